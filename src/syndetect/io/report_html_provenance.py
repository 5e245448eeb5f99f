"""The provenance parts of the HTML report, and the marked text of its side-by-side views.

:func:`mark_text` writes a text with any number of layers of spans (shared passages, credits, edits)
as nested elements: it walks the text's span boundaries in order and, at each, closes the open
elements from the innermost out to the first layer whose element changes and opens the new ones, so
the elements always nest, whatever the spans overlap, and every piece of text is escaped.

The rest builds the HTML fragments the report shows when ``ScanResult.provenance`` is set: the
relation badge of a pair, the credit status of a document, the source of a family with its evidence
(the credit's text quoted, with its raw offsets), the legend and counts of an
:class:`~syndetect.types.EditSummary`, and the table of outlets. Every piece of user data (ids,
names, text) is escaped.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..types import Credit, Document, Edit, EditSummary, FamilyAttribution, MemberAttribution, OutletStats
from .report_text import plural

__all__ = [
    "EDIT_KINDS",
    "Layer",
    "credit_layer",
    "edit_layer",
    "edit_summary_html",
    "family_source_html",
    "mark_text",
    "member_html",
    "outlet_table",
    "relation_badge",
    "status_badge",
]

EDIT_KINDS = ("insert", "delete", "substitute", "typographic")
"""The kinds of :class:`~syndetect.types.Edit`, in the order a span's class is chosen when edits
overlap."""

_EDIT_WORDS = {
    "insert": "inserted in the copy",
    "delete": "deleted from the source",
    "substitute": "substituted",
    "typographic": "typographic change only",
}
_SHOWN_EVIDENCE = 5


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True, slots=True)
class Layer:
    """One kind of span drawn as ``<tag ...>`` elements: ``spans`` are raw half-open offsets
    (clamped to the text; empty ones are not drawn), and ``attrs`` gives the attributes (a string
    that starts with a space, or ``""``) of the element for the indices of the spans that cover a
    piece of text, or ``None`` to draw none. ``attrs`` is called once each time that set changes,
    in text order. Earlier layers are drawn outside later ones."""

    tag: str
    spans: Sequence[tuple[int, int]]
    attrs: Callable[[tuple[int, ...]], str | None]


def mark_text(text: str, layers: Sequence[Layer]) -> str:
    """``text`` escaped, with the spans of every layer drawn as nested elements (module docstring)."""
    n = len(text)
    starts: dict[int, list[tuple[int, int]]] = {}
    ends: dict[int, list[tuple[int, int]]] = {}
    for li, layer in enumerate(layers):
        for i, (s, e) in enumerate(layer.spans):
            s, e = max(0, min(s, n)), max(0, min(e, n))
            if s < e:
                starts.setdefault(s, []).append((li, i))
                ends.setdefault(e, []).append((li, i))
    active: list[set[int]] = [set() for _ in layers]
    keys: list[tuple[int, ...]] = [() for _ in layers]
    attrs: list[str | None] = [None for _ in layers]
    stack: list[tuple[str, str]] = []
    out: list[str] = []
    for lo, hi in itertools.pairwise(sorted({0, n, *starts, *ends})):
        for li, i in ends.get(lo, ()):
            active[li].discard(i)
        for li, i in starts.get(lo, ()):
            active[li].add(i)
        want: list[tuple[str, str]] = []
        for li, layer in enumerate(layers):
            key = tuple(sorted(active[li]))
            if key != keys[li]:
                keys[li] = key
                attrs[li] = layer.attrs(key) if key else None
            if (a := attrs[li]) is not None:
                want.append((layer.tag, a))
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] == want[keep]:
            keep += 1
        out.extend(f"</{tag}>" for tag, _ in reversed(stack[keep:]))
        out.extend(f"<{tag}{a}>" for tag, a in want[keep:])
        stack = want
        out.append(_e(text[lo:hi]))
    out.extend(f"</{tag}>" for tag, _ in reversed(stack))
    return "".join(out)


def credit_layer(credits: Sequence[Credit], used: Iterable[Credit] = ()) -> Layer:
    """The credits of a text; those in ``used`` (they credit a passage of the pair shown) are drawn
    stronger."""
    used_set = set(used)

    def attrs(idx: tuple[int, ...]) -> str:
        cs = [credits[i] for i in idx]
        strong = any(c in used_set for c in cs)
        words = "; ".join(f"{c.agency} ({c.kind})" for c in cs)
        note = ", credits a shared passage" if strong else ""
        return f' class="cr{" cr-used" if strong else ""}" title="credit: {_e(words)}{note}"'

    return Layer("span", [(c.start, c.end) for c in credits], attrs)


def edit_layer(edits: Sequence[Edit], side: str) -> Layer:
    """The edits of a summary in its ``"source"`` or ``"copy"`` text: inserts are drawn in the copy,
    deletes in the source, substitutions and typographic changes in both."""
    kinds = ("delete" if side == "source" else "insert", "substitute", "typographic")
    drawn = [ed for ed in edits if ed.kind in kinds]
    spans = [
        (ed.source_start, ed.source_end) if side == "source" else (ed.copy_start, ed.copy_end) for ed in drawn
    ]

    def attrs(idx: tuple[int, ...]) -> str:
        kind = min((drawn[i].kind for i in idx), key=EDIT_KINDS.index)
        words = sum(drawn[i].words for i in idx)
        return f' class="ed ed-{kind}" title="{_EDIT_WORDS[kind]} ({words} {plural(words, "word")})"'

    return Layer("span", spans, attrs)


def relation_badge(relation: str) -> str:
    """A pair's relation (``copy``, ``version``, ``quote``) as a badge."""
    return f'<span class="badge rel rel-{_e(relation)}">{_e(relation)}</span>'


def status_badge(status: str, agency: str | None = None) -> str:
    """A document's credit status (``credited``, ``uncredited``, ``source``), with the agency."""
    who = f" {_e(agency)}" if agency and status == "credited" else ""
    return f'<span class="badge st st-{_e(status)}">{_e(status)}{who}</span>'


def _quote(documents: Mapping[str, Document], doc_id: str, credit: Credit) -> str:
    doc = documents.get(doc_id)
    text = " ".join(doc.text[credit.start : credit.end].split()) if doc else ""
    return (
        f'<q class="cr-text">{_e(text)}</q> <span class="muted">in <span class="id">{_e(doc_id)}</span> '
        f"[{credit.start}:{credit.end}], {_e(credit.kind)}</span>"
    )


def family_source_html(fa: FamilyAttribution, documents: Mapping[str, Document]) -> str:
    """Where a family's text comes from: the agency (and its own page, when a member) with its
    evidence quoted (document, raw offsets, the credit's text), or the source document; then the
    reason in words."""
    if fa.source_agency:
        head = f'<b class="src-agency">{_e(fa.source_agency)}</b>'
        if fa.source_document:  # the agency's own page is a member
            head += f' · its page <span class="id src-doc">{_e(fa.source_document)}</span>'
        shown = fa.evidence[:_SHOWN_EVIDENCE]
        items = [f"<li>{_quote(documents, ev.doc_id, ev.credit)}</li>" for ev in shown]
        more = len(fa.evidence) - _SHOWN_EVIDENCE
        if more > 0:
            items.append(f'<li class="muted">and {more} more {plural(more, "credit")}</li>')
        body = f'<ul class="evidence">{"".join(items)}</ul>' if items else ""
    elif fa.source_document:
        head = f'document <span class="id src-doc">{_e(fa.source_document)}</span>'
        body = ""
    else:
        head, body = '<span class="muted">unknown</span>', ""
    reason = f'<br><span class="muted">{_e(fa.reason)}</span>' if fa.reason else ""
    return f'<div class="source">{head}{reason}{body}</div>'


def member_html(doc_id: str, member: MemberAttribution | None) -> str:
    """A family member's id with its status badge (none without attribution)."""
    badge = f" {status_badge(member.status, member.agency)}" if member else ""
    return f'<span class="id">{_e(doc_id)}</span>{badge}'


def edit_summary_html(summary: EditSummary) -> str:
    """A summary's counts (words per 100 words of the source's shared text, typographic changes,
    paragraphs dropped and reordered) and the legend of the marks in the texts."""
    rate = ", ".join(
        f"{word} {summary.per_100(n):.1f}"
        for word, n in (
            ("inserted", summary.inserted), ("deleted", summary.deleted), ("substituted", summary.substituted)
        )
    )  # fmt: skip
    t, d, r = summary.typographic, summary.paragraphs_dropped, summary.paragraphs_reordered
    return (
        f'<div class="edits"><b>Edits</b> from the source <span class="id">{_e(summary.source)}</span> '
        f'to the copy <span class="id">{_e(summary.copy)}</span>: {rate} words per 100 words of the '
        f"source's shared text ({summary.source_words:,} {plural(summary.source_words, 'word')}); "
        f"{t} typographic {plural(t, 'change')}; {d} {plural(d, 'paragraph')} dropped, {r} reordered."
        '<div class="legend">Marks: <span class="ed ed-insert">inserted</span> (in the copy) · '
        '<span class="ed ed-delete">deleted</span> (in the source) · '
        '<span class="ed ed-substitute">substituted</span> · '
        '<span class="ed ed-typographic">typographic</span> · '
        '<span class="cr">credit</span></div></div>'
    )


def _hours(h: float | None) -> str:
    return "" if h is None else f"{h:.1f}"


def outlet_table(outlets: Sequence[OutletStats]) -> str:
    """Every outlet, most copied share first, as a plain table (the charts' numbers, accessible)."""
    rows = []
    for o in outlets:
        rows.append(
            f'<tr><td class="id">{_e(o.outlet)}</td><td class="num">{o.documents:,}</td>'
            f'<td class="num">{o.copied_documents:,}</td><td class="num">{100 * o.copied_share:.1f}%</td>'
            f'<td class="num">{o.credited:,}</td><td class="num">{o.uncredited:,}</td>'
            f'<td class="num">{_hours(o.median_delay_hours)}</td></tr>'
        )
    return (
        '<table class="outlets"><thead><tr><th>outlet</th><th>documents</th><th>copied documents</th>'
        "<th>copied share</th><th>credited</th><th>uncredited</th><th>median delay (hours)</th></tr>"
        f"</thead><tbody>\n{chr(10).join(rows)}\n</tbody></table>"
    )
