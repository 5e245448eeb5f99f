"""Charts of the HTML report as inline SVG: pure functions from :class:`~syndetect.types.OutletStats`
to SVG strings.

- :func:`origin_matrix`: outlets (rows) by origins (columns: agencies or other outlets). A cell's
  shade grows linearly with the characters the outlet carries from the origin (a floor of
  :data:`MIN_SHADE` keeps the smallest visible); a strip along its bottom edge, as wide as the cell
  times the share of those documents that credit the origin, shows how much of it is credited.
- :func:`share_bars`: one horizontal bar per outlet, its length its copied share
  (:attr:`~syndetect.types.OutletStats.copied_share`) on a fixed 0-100% axis, the percentage
  printed after it; most copied first.

Both list outlets most copied share first (then by name) and draw at most ``max_rows`` of them. The
SVG's height grows with the rows. Every label is escaped (names come from the data) and cleaned of
control and bidirectional-override characters; a label longer than its room is cut with an ellipsis
and its full text kept in a ``<title>`` (a tooltip), as is every number behind a cell or bar. Text is
set in the system's monospace font, whose fixed advance bounds a label's width without measuring
it: row labels end before the plot starts, rows are :data:`ROW` pixels apart for a
:data:`FONT`-pixel font, and column labels, turned 45 degrees, are ``CELL * sin 45`` (17) pixels
apart. The SVGs load nothing: no fonts, images, links or scripts.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Sequence

from ..types import OriginShare, OutletStats

__all__ = [
    "ADVANCE",
    "BAR_COLOUR",
    "BAR_WIDTH",
    "CELL",
    "FONT",
    "LABEL_CHARS",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "MIN_SHADE",
    "ROW",
    "fit",
    "origin_matrix",
    "ranked_outlets",
    "share_bars",
    "text_width",
]

FONT = 12
"""Font size of every label, in pixels."""
ADVANCE = 0.62
"""Advance of one monospace character in ems: an upper bound for common monospace fonts (0.55-0.61);
a wide (East Asian) character counts two."""
ROW = 20
"""Distance between two rows, in pixels."""
CELL = 24
"""Width of a matrix column, in pixels."""
LABEL_CHARS = 28
"""Room for a row label (an outlet), in monospace characters."""
COLUMN_CHARS = 18
"""Room for a column label (an origin), in monospace characters."""
BAR_WIDTH = 480
"""Length of a 100% bar, in pixels."""
MAX_ROWS = 100
"""Outlets drawn at most; the others are counted in a last line."""
MAX_COLUMNS = 30
"""Origin columns at most; past it the least copied origins share one last column."""
MIN_SHADE = 0.05
"""Opacity of the palest non-empty cell."""

BAR_COLOUR = "#3b5bdb"
CELL_COLOUR = "#0b7285"
CREDIT_COLOUR = "#e8590c"
EMPTY_COLOUR = "#f1f3f5"
TRACK_COLOUR = "#edf0f7"
INK = "#1d2330"
MUTED = "#5b6475"
_FONT_ATTRS = (
    f'font-family="ui-monospace,SFMono-Regular,Menlo,Consolas,\'DejaVu Sans Mono\',monospace" '
    f'font-size="{FONT}"'
)
_SVG_NS = "http://www.w3.org/2000/svg"
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+")
_PAD = 8


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _clean(label: str) -> str:
    """``label`` on one line without control or bidirectional-override characters."""
    return _UNSAFE.sub(" ", label).strip()


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def text_width(text: str) -> int:
    """Width of ``text`` in monospace cells: 2 for a wide character, 0 for a combining mark."""
    return sum(_char_width(ch) for ch in text)


def fit(label: str, room: int) -> str:
    """``label`` cleaned (no control or bidi characters) and, if wider than ``room`` monospace
    cells, cut to fit with ``…`` at the end."""
    text = _clean(label)
    if text_width(text) <= room:
        return text
    out, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > room - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "…"


def _px(cells: int) -> int:
    """Pixels for ``cells`` monospace cells, rounded up (plot edges fall on whole pixels)."""
    return math.ceil(cells * FONT * ADVANCE)


def _num(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _label(x: float, y: float, label: str, room: int, anchor: str, extra: str = "") -> str:
    shown = fit(label, room)
    title = f"<title>{_e(_clean(label))}</title>" if shown != _clean(label) else ""
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" dominant-baseline="central" '
        f'fill="{INK}"{extra}>{title}{_e(shown)}</text>'
    )


def ranked_outlets(outlets: Sequence[OutletStats]) -> list[OutletStats]:
    """``outlets`` most copied share first, then by name: the order of both charts."""
    return sorted(outlets, key=lambda o: (-o.copied_share, o.outlet))


def _svg(width: float, height: float, cls: str, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="{_SVG_NS}" class="chart {cls}" width="{math.ceil(width)}" height="{math.ceil(height)}" '
        f'viewBox="0 0 {math.ceil(width)} {math.ceil(height)}" role="img" {_FONT_ATTRS}>'
        f"<title>{_e(title)}</title>{''.join(body)}</svg>"
    )


def _more(n_more: int, y: float) -> str:
    return (
        f'<text class="more" x="{_PAD}" y="{_num(y)}" dominant-baseline="central" fill="{MUTED}">'
        f"… and {n_more} more {'outlet' if n_more == 1 else 'outlets'} (all are in the table)</text>"
    )


def _plural(n: int, one: str) -> str:
    return f"{n:,} {one if n == 1 else one + 's'}"


def share_bars(outlets: Sequence[OutletStats], *, max_rows: int = MAX_ROWS) -> str:
    """A horizontal bar chart of each outlet's copied share, most copied first (module docstring);
    ``""`` when there is no outlet."""
    rows = ranked_outlets(outlets)
    if not rows:
        return ""
    shown = rows[: max(1, max_rows)]
    label_w = _px(LABEL_CHARS) + 2 * _PAD
    top = ROW + 6
    x0 = label_w
    width = x0 + BAR_WIDTH + _px(8) + _PAD
    height = top + ROW * (len(shown) + (len(rows) > len(shown))) + _PAD
    body: list[str] = []
    for k in range(5):  # axis: 0, 25, 50, 75, 100%
        x = x0 + BAR_WIDTH * k / 4
        anchor = "start" if k == 0 else "end" if k == 4 else "middle"
        body.append(
            f'<line x1="{_num(x)}" y1="{top - 4}" x2="{_num(x)}" y2="{_num(top + ROW * len(shown))}" '
            f'stroke="#d9dde5" stroke-width="1"/>'
            f'<text class="tick" x="{_num(x)}" y="{ROW // 2}" text-anchor="{anchor}" '
            f'dominant-baseline="central" fill="{MUTED}">{25 * k}%</text>'
        )
    for i, o in enumerate(shown):
        y = top + ROW * i
        share = min(max(o.copied_share, 0.0), 1.0)
        length = BAR_WIDTH * share
        tip = (
            f"{_clean(o.outlet)}: {100 * o.copied_share:.1f}% copied ({o.copied_characters:,} of "
            f"{_plural(o.characters, 'character')}), {o.copied_documents:,} of "
            f"{_plural(o.documents, 'document')}"
        )
        body.append(
            f'<g class="row"><title>{_e(tip)}</title>'
            + _label(x0 - _PAD, y + ROW / 2, o.outlet, LABEL_CHARS, "end", ' class="row-label"')
            + f'<rect class="track" x="{_num(x0)}" y="{y + 3}" width="{BAR_WIDTH}" height="{ROW - 6}" '
            f'fill="{TRACK_COLOUR}"/>'
            f'<rect class="bar" x="{_num(x0)}" y="{y + 3}" width="{_num(length)}" height="{ROW - 6}" '
            f'fill="{BAR_COLOUR}"/>'
            f'<text class="value" x="{_num(x0 + length + 4)}" y="{_num(y + ROW / 2)}" '
            f'dominant-baseline="central" fill="{INK}">{100 * o.copied_share:.1f}%</text></g>'
        )
    if len(rows) > len(shown):
        body.append(_more(len(rows) - len(shown), top + ROW * len(shown) + ROW / 2))
    return _svg(width, height, "share-bars", "Share of each outlet's text copied from elsewhere", body)


def _columns(outlets: Sequence[OutletStats], max_columns: int) -> tuple[list[str], str | None]:
    """The origins by characters carried (most first, then name), and the name of the column that
    folds the rest when there are more than ``max_columns``."""
    total: dict[str, int] = {}
    for o in outlets:
        for share in o.origins:
            total[share.origin] = total.get(share.origin, 0) + share.characters
    names = sorted(total, key=lambda n: (-total[n], n))
    if len(names) <= max_columns:
        return names, None
    keep = max(1, max_columns - 1)
    return names[:keep], f"{len(names) - keep} other origins"


def _cells(o: OutletStats, names: Sequence[str], other: str | None) -> list[OriginShare | None]:
    by_name: dict[str, list[OriginShare]] = {}
    for share in o.origins:
        by_name.setdefault(share.origin, []).append(share)
    out: list[OriginShare | None] = []
    for name in names:
        found = by_name.pop(name, [])
        out.append(_sum(name, found))
    if other is not None:
        out.append(_sum(other, [s for shares in by_name.values() for s in shares]))
    return out


def _sum(name: str, shares: Sequence[OriginShare]) -> OriginShare | None:
    if not shares:
        return None
    return OriginShare(
        name,
        sum(s.documents for s in shares),
        sum(s.characters for s in shares),
        sum(s.credited for s in shares),
    )


def origin_matrix(
    outlets: Sequence[OutletStats], *, max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS
) -> str:
    """The outlet-by-origin matrix (module docstring); ``""`` when no outlet carries text from an
    origin."""
    rows = ranked_outlets(outlets)
    names, other = _columns(rows, max(1, max_columns))
    if not rows or not names:
        return ""
    shown = rows[: max(1, max_rows)]
    columns = [*names, *([other] if other else [])]
    grid = [_cells(o, names, other) for o in shown]
    peak = max((c.characters for row in grid for c in row if c is not None), default=0) or 1
    label_w = _px(LABEL_CHARS) + 2 * _PAD
    diag = math.sqrt(0.5)
    longest = max(text_width(fit(c, COLUMN_CHARS)) for c in columns)
    reach = _px(longest) * diag + FONT  # how far a turned column label reaches up and to the right
    legend_h = 4 * ROW + _PAD
    top = max(reach, legend_h) + _PAD
    x0 = label_w
    width = x0 + CELL * len(columns) + reach + _PAD
    height = top + ROW * (len(shown) + (len(rows) > len(shown))) + _PAD
    body = [_legend(peak)]
    for j, name in enumerate(columns):
        cx, cy = x0 + CELL * j + CELL / 2, top - 6
        body.append(
            _label(cx, cy, name, COLUMN_CHARS, "start",
                   f' class="col-label" transform="rotate(-45 {_num(cx)} {_num(cy)})"')
        )  # fmt: skip
    for i, (o, row) in enumerate(zip(shown, grid, strict=True)):
        y = top + ROW * i
        body.append(_label(x0 - _PAD, y + ROW / 2, o.outlet, LABEL_CHARS, "end", ' class="row-label"'))
        for j, cell in enumerate(row):
            body.append(_cell(o.outlet, cell, columns[j], x0 + CELL * j, y, peak))
    if len(rows) > len(shown):
        body.append(_more(len(rows) - len(shown), top + ROW * len(shown) + ROW / 2))
    return _svg(width, height, "origin-matrix", "Characters each outlet carries from each origin", body)


def _cell(outlet: str, cell: OriginShare | None, origin: str, x: float, y: float, peak: int) -> str:
    w, h = CELL - 2, ROW - 2
    if cell is None or cell.characters <= 0:
        return (
            f'<rect class="cell empty" x="{_num(x + 1)}" y="{_num(y + 1)}" width="{w}" height="{h}" '
            f'fill="{EMPTY_COLOUR}"><title>{_e(_clean(outlet))} ← {_e(_clean(origin))}: none</title></rect>'
        )
    shade = max(MIN_SHADE, cell.characters / peak)
    credited = min(max(cell.credited / cell.documents, 0.0), 1.0) if cell.documents else 0.0
    tip = (
        f"{_clean(outlet)} ← {_clean(origin)}: {_plural(cell.characters, 'character')} copied in "
        f"{_plural(cell.documents, 'document')}, {cell.credited:,} crediting it"
    )
    return (
        f'<g class="cell" data-characters="{cell.characters}" data-credited="{_num(credited)}">'
        f"<title>{_e(tip)}</title>"
        f'<rect x="{_num(x + 1)}" y="{_num(y + 1)}" width="{w}" height="{h}" fill="{EMPTY_COLOUR}"/>'
        f'<rect class="shade" x="{_num(x + 1)}" y="{_num(y + 1)}" width="{w}" height="{h}" '
        f'fill="{CELL_COLOUR}" fill-opacity="{shade:.3f}"/>'
        f'<rect class="credit" x="{_num(x + 1)}" y="{_num(y + h - 3)}" width="{_num(w * credited)}" '
        f'height="4" fill="{CREDIT_COLOUR}"/></g>'
    )


def _legend(peak: int) -> str:
    """Top left, above the row labels: what a shade and a strip mean."""
    parts = [
        f'<g class="legend"><text x="{_PAD}" y="{ROW / 2}" dominant-baseline="central" fill="{MUTED}">'
        "shade: characters copied</text>"
    ]
    for k in range(5):
        shade = max(MIN_SHADE, (k + 1) / 5)
        parts.append(
            f'<rect x="{_PAD + k * (CELL - 4)}" y="{ROW + 2}" width="{CELL - 6}" height="{ROW - 4}" '
            f'fill="{CELL_COLOUR}" fill-opacity="{shade:.3f}"/>'
        )
    parts.append(
        f'<text x="{_PAD + 5 * (CELL - 4) + 4}" y="{ROW * 1.5}" dominant-baseline="central" '
        f'fill="{MUTED}">up to {peak:,}</text>'
        f'<rect x="{_PAD}" y="{ROW * 2 + 2}" width="{CELL - 6}" height="{ROW - 4}" fill="{EMPTY_COLOUR}"/>'
        f'<rect x="{_PAD}" y="{ROW * 3 - 6}" width="{(CELL - 6) / 2}" height="4" fill="{CREDIT_COLOUR}"/>'
        f'<text x="{_PAD + CELL}" y="{ROW * 2.5}" dominant-baseline="central" fill="{MUTED}">'
        "strip: share crediting</text>"
        f'<text x="{_PAD}" y="{ROW * 3.5}" dominant-baseline="central" fill="{MUTED}">'
        "row: outlet × column: origin</text></g>"
    )
    return "".join(parts)
