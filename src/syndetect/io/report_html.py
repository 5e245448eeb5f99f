"""The HTML report: one self-contained page with the families, the ranked pairs and side-by-side
views of the top pairs, their shared passages highlighted in both texts.

All document text, ids and metadata are escaped; the page loads nothing from outside, and its
Content-Security-Policy allows only its own inline style and script (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TextIO

from ..types import Document, Pair, ScanResult
from .report_text import family_index, family_note, percent, plural, rank_pairs

__all__ = ["HTML_MAX_VIEWS", "render_html"]

Write = Callable[[str], object]
"""Where the page goes: ``out.write``."""

HTML_MAX_VIEWS = 200
"""Side-by-side views are written for at most this many top-ranked pairs, to keep reports openable."""

_CSS = """
:root{--fg:#1d2330;--muted:#5b6475;--line:#d9dde5;--bg:#fff;--panel:#f6f7f9;--on:#ffb347}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);
margin:0;padding:1.5rem 2rem 4rem}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--panel);font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
details.pair{border:1px solid var(--line);border-radius:6px;margin:.75rem 0;background:var(--bg)}
details.pair>summary{cursor:pointer;padding:.5rem .75rem;background:var(--panel);border-radius:6px}
.sbs{display:grid;grid-template-columns:1fr 1fr;gap:1rem;padding:.75rem}
.doc h3{font-size:.95rem;margin:0 0 .25rem}.doc .meta{font-size:.8rem;color:var(--muted);margin-bottom:.4rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;max-height:70vh;overflow:auto;border:1px solid var(--line);
padding:.6rem .75rem;border-radius:4px;font-size:.92rem}
mark.m{cursor:pointer;border-radius:2px;padding:0 1px;color:inherit}
mark.c0{background:#cfe8ff}mark.c1{background:#d7f5d0}mark.c2{background:#ffe0f0}mark.c3{background:#fff1b8}
mark.c4{background:#e6ddff}mark.c5{background:#d0f3f0}
mark.q{text-decoration:underline dotted}
mark.on{background:var(--on);outline:2px solid #e07b00}
.legend{font-size:.85rem}
"""

_JS = """
(function () {
  "use strict";
  function marks(view, side, idx) {
    return Array.prototype.filter.call(
      view.querySelectorAll('mark.m[data-side="' + side + '"]'),
      function (m) { return m.dataset.p.split(" ").indexOf(idx) >= 0; });
  }
  function activate(mark, scroll, smooth) {
    var view = mark.closest("details.pair");
    if (!view) { return; }
    view.open = true;
    Array.prototype.forEach.call(view.querySelectorAll("mark.on"), function (m) {
      m.classList.remove("on");
    });
    var idx = mark.dataset.p.split(" ")[0];
    var other = mark.dataset.side === "a" ? "b" : "a";
    var mine = marks(view, mark.dataset.side, idx), peers = marks(view, other, idx);
    mine.concat(peers).forEach(function (m) { m.classList.add("on"); });
    if (scroll && peers.length) {
      peers[0].scrollIntoView({block: "center", behavior: smooth ? "smooth" : "auto"});
    }
  }
  document.addEventListener("click", function (ev) {
    var m = ev.target.closest ? ev.target.closest("mark.m") : null;
    if (m) { activate(m, true, true); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.matches && ev.target.matches("mark.m")) {
      activate(ev.target, true, true);
    }
  });
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (!el) { return; }
    if (el.matches("mark.m")) { activate(el, true, false); }
    else if (el.matches("details.pair")) { el.open = true; }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
  document.documentElement.setAttribute("data-ready", "1");
})();
"""


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _highlight(
    text: str, spans: Sequence[tuple[int, int]], pair_no: int, side: str, quotes: Sequence[bool]
) -> str:
    """Escaped ``text`` with each span wrapped in ``<mark>``; overlapping spans are split into segments.

    Every segment lists the passages it belongs to in ``data-p``; the first segment of passage ``i``
    gets the id ``p{pair_no}{side}{i}`` so a URL fragment can point at it.
    """
    cuts = {0, len(text)}
    for start, end in spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    bounds = sorted(cuts)
    parts: list[str] = []
    first_seen: set[int] = set()
    for lo, hi in itertools.pairwise(bounds):
        if lo == hi:
            continue
        segment = _e(text[lo:hi])
        members = [i for i, (s, e) in enumerate(spans) if s <= lo and hi <= e]
        if not members:
            parts.append(segment)
            continue
        idx = " ".join(map(str, members))
        classes = f"m c{members[0] % 6}" + (" q" if any(quotes[i] for i in members) else "")
        id_attr = ""
        new = [i for i in members if i not in first_seen]
        if new:
            first_seen.update(new)
            id_attr = f' id="p{pair_no}{side}{new[0]}"'
        parts.append(
            f'<mark class="{classes}" data-side="{side}" data-p="{idx}" tabindex="0"{id_attr}>'
            f"{segment}</mark>"
        )
    return "".join(parts)


def _doc_panel(doc: Document | None, doc_id: str, side: str, body: str) -> str:
    meta: list[str] = []
    if doc is not None:
        if doc.source:
            meta.append(f"source {_e(doc.source)}")
        if doc.date:
            meta.append(f"date {_e(doc.date)}")
        if doc.url:
            if re.match(r"(?i)https?://", doc.url):
                meta.append(f'<a href="{_e(doc.url)}" rel="noopener noreferrer">{_e(doc.url)}</a>')
            else:
                meta.append(_e(doc.url))
    meta_html = f'<div class="meta">{" · ".join(meta)}</div>' if meta else ""
    return (
        f'<div class="doc" data-side="{side}"><h3 class="id">{side}: {_e(doc_id)}</h3>{meta_html}'
        f'<div class="text">{body}</div></div>'
    )


def _pair_view(no: int, pair: Pair, documents: Mapping[str, Document], open_: bool) -> str:
    a, b = documents.get(pair.a), documents.get(pair.b)
    quotes = [p.quote for p in pair.passages]
    a_body = _highlight(a.text, [(p.a_start, p.a_end) for p in pair.passages], no, "a", quotes) if a else ""
    b_body = _highlight(b.text, [(p.b_start, p.b_end) for p in pair.passages], no, "b", quotes) if b else ""
    n = len(pair.passages)
    return (
        f'<details class="pair" id="pair-{no}"{" open" if open_ else ""}>'
        f'<summary><b>{no}.</b> <span class="id">{_e(pair.a)}</span> ↔ <span class="id">{_e(pair.b)}</span>'
        f' <span class="muted">shares {percent(pair.containment_a)} of a, {percent(pair.containment_b)} of b;'
        f" {n} {plural(n, 'passage')}</span></summary>"
        f'<div class="sbs">{_doc_panel(a, pair.a, "a", a_body)}{_doc_panel(b, pair.b, "b", b_body)}</div>'
        "</details>"
    )


def render_html(
    result: ScanResult,
    documents: Mapping[str, Document],
    out: TextIO,
    *,
    title: str = "syndetect report",
    max_views: int = HTML_MAX_VIEWS,
) -> None:
    """One self-contained HTML page: families, ranked pairs, and side-by-side views of the top
    ``max_views`` pairs (0: all). Every pair is listed in the pair table; each family links to the
    view of its best-ranked pair, or to that pair's row when its pairs are past ``max_views``.

    All document text, ids and metadata are escaped; the page loads nothing from outside, and its
    Content-Security-Policy allows only its own inline style and script (by hash), so even markup that
    slipped through could not run.
    """
    ranked = rank_pairs(result.pairs)
    fam = family_index(result.families)
    n_views = len(ranked) if max_views <= 0 else min(max_views, len(ranked))
    w = out.write
    _write_head(w, result, ranked, title)
    _write_families(w, result, ranked, fam, n_views)
    _write_pair_table(w, ranked, fam, n_views)
    if ranked:
        _write_views(w, ranked, documents, n_views)
    if result.skipped:
        w('<section id="skipped"><h2>Skipped</h2><ul>\n')
        for skip in result.skipped:
            w(f'<li><span class="id">{_e(skip.id)}</span>: {_e(skip.reason)}</li>\n')
        w("</ul></section>\n")
    w(f"<script>{_JS}</script>\n</body></html>\n")


def _write_head(w: Write, result: ScanResult, ranked: Sequence[Pair], title: str) -> None:
    """The page's head (its Content-Security-Policy and style) and its header with the counts."""
    s = result.stats
    csp = (
        f"default-src 'none'; style-src {_csp_hash(_CSS)}; script-src {_csp_hash(_JS)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    w('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n')
    w(f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    w(f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n")
    w(f"<header><h1>{_e(title)}</h1>\n")
    n_pairs, n_fams = len(ranked), len(result.families)
    w(
        f'<p class="muted" id="summary">{s.documents} documents · {n_pairs} {plural(n_pairs, "pair")} · '
        f"{n_fams} {plural(n_fams, 'family', 'families')}"
        + (f" · {len(result.skipped)} skipped" if result.skipped else "")
        + "</p></header>\n"
    )


def _write_families(
    w: Write, result: ScanResult, ranked: Sequence[Pair], fam: Mapping[str, str], n_views: int
) -> None:
    """The family table; each family links to the view (or table row) of its best-ranked pair."""
    w('<section id="families"><h2>Families</h2>\n')
    if result.families:
        first_rank: dict[str | None, int] = {}
        for no, pair in enumerate(ranked, 1):
            first_rank.setdefault(fam.get(pair.a), no)
        w(
            "<table><thead><tr><th>family</th><th>size</th><th>origin</th><th>members</th></tr></thead><tbody>\n"
        )
        for family in result.families:
            members = "<br>".join(f'<span class="id">{_e(m)}</span>' for m in family.members)
            rank = first_rank.get(family.id)
            target = None if rank is None else f"pair-{rank}" if rank <= n_views else f"row-{rank}"
            fam_id = f'<a href="#{target}">{_e(family.id)}</a>' if target else _e(family.id)
            w(
                f'<tr><td class="id">{fam_id}</td><td class="num">{len(family.members)}</td>'
                f'<td><span class="id">{_e(family.origin)}</span><br><span class="muted">'
                f"{_e(family.origin_reason)}</span>"
                + (f'<br><span class="muted">{_e(note)}</span>' if (note := family_note(family)) else "")
                + f"</td><td>{members}</td></tr>\n"
            )
        w("</tbody></table>\n")
    else:
        w('<p class="muted">No families.</p>\n')
    w("</section>\n")


def _write_pair_table(w: Write, ranked: Sequence[Pair], fam: Mapping[str, str], n_views: int) -> None:
    """Every pair in rank order, numbered, linking to its side-by-side view when it has one."""
    w('<section id="pairs"><h2>Pairs, by share of text shared</h2>\n')
    if ranked:
        w(
            "<table><thead><tr><th>#</th><th>a</th><th>b</th><th>shared a</th><th>shared b</th>"
            "<th>jaccard</th><th>passages</th><th>family</th></tr></thead><tbody>\n"
        )
        for no, pair in enumerate(ranked, 1):
            link = f'<a href="#pair-{no}">{no}</a>' if no <= n_views else str(no)
            w(
                f'<tr id="row-{no}"><td class="num">{link}</td>'
                f'<td class="id">{_e(pair.a)}</td><td class="id">{_e(pair.b)}</td>'
                f'<td class="num">{percent(pair.containment_a)}</td>'
                f'<td class="num">{percent(pair.containment_b)}</td>'
                f'<td class="num">{pair.jaccard:.3f}</td><td class="num">{len(pair.passages)}'
                + (f'<br><span class="muted">{_e(pair.evidence)}</span>'
                   if pair.evidence != "passages" else "")
                + f'</td><td class="id">{_e(fam.get(pair.a, ""))}</td></tr>\n'
            )
        w("</tbody></table>\n")
    else:
        w('<p class="muted">No shared text found.</p>\n')
    w("</section>\n")


def _write_views(w: Write, ranked: Sequence[Pair], documents: Mapping[str, Document], n_views: int) -> None:
    """The side-by-side views of the top ``n_views`` pairs (the first one open)."""
    w('<section id="views"><h2>Side by side</h2>\n')
    w(
        '<p class="legend muted">Shared passages are highlighted in both texts; click one to find it '
        "in the other text. Dotted underline: mostly inside quotation marks.</p>\n"
    )
    if len(ranked) > n_views:
        w(
            f'<p class="muted">Showing the top {n_views} of {len(ranked)} pairs side by side; the '
            'others are in the table above (show more with <code>--max-pairs N</code>, 0 for all).</p>\n'
        )
    for no, pair in enumerate(ranked[:n_views], 1):
        w(_pair_view(no, pair, documents, open_=no == 1) + "\n")
    w("</section>\n")
