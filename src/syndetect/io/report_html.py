"""The HTML report: one self-contained page with the families, the ranked pairs and side-by-side
views of the top pairs, their shared passages highlighted in both texts.

When the result carries provenance (``ScanResult.provenance``) the page also shows the outlets (a bar
chart of each one's copied share, a matrix of the characters each carries from each origin, both
inline SVG from :mod:`~syndetect.io.charts`, and a table), the source of each family with its
evidence and each member's credit status, each pair's relation and each side's status, and in the
side-by-side views the credits and, for a copy and its family's source, the edits between them
(:mod:`~syndetect.io.report_html_provenance`).

All document text, ids and metadata are escaped; the page loads nothing from outside, and its
Content-Security-Policy allows only its own inline style and script (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TextIO

from ..types import (
    Credit,
    Document,
    EditSummary,
    MemberAttribution,
    Pair,
    Provenance,
    ScanResult,
)
from .charts import origin_matrix, share_bars
from .report_html_provenance import (
    Layer,
    credit_layer,
    edit_layer,
    edit_summary_html,
    family_source_html,
    mark_text,
    member_html,
    outlet_table,
    relation_badge,
    status_badge,
)
from .report_provenance import ProvenanceView
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
.badge{display:inline-block;font-size:.75rem;line-height:1.3;padding:0 .4em;border-radius:3px;
border:1px solid var(--line);background:var(--panel);white-space:nowrap;font-family:system-ui,sans-serif}
.rel-copy{background:#ffe3e3;border-color:#ffa8a8}.rel-version{background:#e7f5ff;border-color:#a5d8ff}
.rel-quote{background:#f3f0ff;border-color:#d0bfff}
.st-credited{background:#ebfbee;border-color:#8ce99a}.st-uncredited{background:#fff4e6;border-color:#ffc078}
.st-source{background:#e6fcf5;border-color:#63e6be}
span.cr{border-bottom:2px solid #e8590c}span.cr-used{background:#ffe8cc}
span.ed-insert{background:#b2f2bb;text-decoration:underline #2b8a3e}
span.ed-delete{background:#ffc9c9;text-decoration:line-through #c92a2a}
span.ed-substitute{background:#ffec99;box-shadow:inset 0 -2px #f08c00}
span.ed-typographic{background:#f1f3f5;text-decoration:underline dotted #868e96}
.edits{font-size:.85rem;padding:.5rem .75rem 0}
.edits .legend span{padding:0 .2em}
ul.evidence{margin:.2rem 0 0;padding-left:1.1rem;font-size:.85rem}q.cr-text{font-weight:600}
figure.chart{margin:1rem 0;overflow-x:auto}figure.chart figcaption{font-size:.85rem;color:var(--muted)}
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


def _passage_layer(
    spans: Sequence[tuple[int, int]], pair_no: int, side: str, quotes: Sequence[bool]
) -> Layer:
    """Shared passages as ``<mark>``: an element lists the passages it belongs to in ``data-p``; the
    first element of passage ``i`` gets the id ``p{pair_no}{side}{i}`` so a URL fragment can point
    at it."""
    first_seen: set[int] = set()

    def attrs(members: tuple[int, ...]) -> str:
        classes = f"m c{members[0] % 6}" + (" q" if any(quotes[i] for i in members) else "")
        id_attr = ""
        new = [i for i in members if i not in first_seen]
        if new:
            first_seen.update(new)
            id_attr = f' id="p{pair_no}{side}{new[0]}"'
        idx = " ".join(map(str, members))
        return f' class="{classes}" data-side="{side}" data-p="{idx}" tabindex="0"{id_attr}'

    return Layer("mark", spans, attrs)


class _Prov(ProvenanceView):
    """The provenance of a result, indexed for the page: the reports' look-ups, and which edit summary
    belongs to a pair, which credits credit a passage, each member's standing."""

    def __init__(self, result: ScanResult, prov: Provenance) -> None:
        super().__init__(result)
        self.prov = prov
        self.summaries: dict[frozenset[str], EditSummary] = {}
        for es in prov.edits:
            self.summaries.setdefault(frozenset((es.source, es.copy)), es)
        self.used: dict[tuple[int, str], set[Credit]] = {}  # credits that credit a passage, by pair and side
        for pc in prov.passages:
            if pc.credit is not None:
                self.used.setdefault((pc.pair, pc.side), set()).add(pc.credit)
        self.members: dict[tuple[str, str], MemberAttribution] = {
            (fa.family_id, m.doc_id): m for fa in prov.families for m in fa.members
        }


def _doc_panel(doc: Document | None, doc_id: str, side: str, body: str, badge: str = "") -> str:
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
        f'<div class="doc" data-side="{side}"><h3 class="id">{side}: {_e(doc_id)}{badge}</h3>{meta_html}'
        f'<div class="text">{body}</div></div>'
    )


def _pair_view(no: int, pair: Pair, documents: Mapping[str, Document], open_: bool, ctx: _Prov | None) -> str:
    quotes = [p.quote for p in pair.passages]
    layers = {
        "a": [_passage_layer([(p.a_start, p.a_end) for p in pair.passages], no, "a", quotes)],
        "b": [_passage_layer([(p.b_start, p.b_end) for p in pair.passages], no, "b", quotes)],
    }
    rel = ctx.relation(pair) if ctx else None
    badges, head, edits = {"a": "", "b": ""}, "", ""
    if ctx is not None:
        i = ctx.index(pair)
        i = -1 if i is None else i
        summary = ctx.summaries.get(frozenset((pair.a, pair.b)))
        for side, doc_id in (("a", pair.a), ("b", pair.b)):
            layers[side].append(credit_layer(ctx.prov.credits.get(doc_id, ()), ctx.used.get((i, side), ())))
            if summary is not None:
                role = "source" if doc_id == summary.source else "copy"
                layers[side].append(edit_layer(summary.edits, role))
        edits = edit_summary_html(summary) if summary is not None else ""
    if rel is not None:
        head = relation_badge(rel.relation) + " "
        statuses = (("a", rel.a_status), ("b", rel.b_status))
        badges = {side: " " + status_badge(st, rel.agency) for side, st in statuses}
    panels = []
    for side, doc_id in (("a", pair.a), ("b", pair.b)):
        doc = documents.get(doc_id)
        body = mark_text(doc.text, layers[side]) if doc else ""
        panels.append(_doc_panel(doc, doc_id, side, body, badges[side]))
    n = len(pair.passages)
    return (
        f'<details class="pair" id="pair-{no}"{" open" if open_ else ""}>'
        f'<summary><b>{no}.</b> {head}<span class="id">{_e(pair.a)}</span> ↔ '
        f'<span class="id">{_e(pair.b)}</span>'
        f' <span class="muted">shares {percent(pair.containment_a)} of a, {percent(pair.containment_b)} of b;'
        f" {n} {plural(n, 'passage')}</span></summary>"
        f'{edits}<div class="sbs">{"".join(panels)}</div>'
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
    view of its best-ranked pair, or to that pair's row when its pairs are past ``max_views``. With
    ``result.provenance``, the page also has the outlets, each family's source and members' statuses,
    each pair's relation, and credits and edits marked in the views (module docstring).

    All document text, ids and metadata are escaped; the page loads nothing from outside, and its
    Content-Security-Policy allows only its own inline style and script (by hash), so even markup that
    slipped through could not run.
    """
    ranked = rank_pairs(result.pairs)
    fam = family_index(result.families)
    n_views = len(ranked) if max_views <= 0 else min(max_views, len(ranked))
    ctx = None if result.provenance is None else _Prov(result, result.provenance)
    w = out.write
    _write_head(w, result, ranked, title)
    if ctx is not None and ctx.prov.outlets:
        _write_outlets(w, ctx.prov)
    _write_families(w, result, ranked, fam, n_views, documents, ctx)
    _write_pair_table(w, ranked, fam, n_views, ctx)
    if ranked:
        _write_views(w, ranked, documents, n_views, ctx)
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


def _write_outlets(w: Write, prov: Provenance) -> None:
    """The outlets: copied share per outlet, characters per outlet and origin, and the table."""
    w('<section id="outlets"><h2>Outlets</h2>\n')
    w(
        '<figure class="chart">' + share_bars(prov.outlets) + "<figcaption>Share of each outlet's "
        "characters in text it copied from another outlet or an agency.</figcaption></figure>\n"
    )
    matrix = origin_matrix(prov.outlets)
    if matrix:
        w(
            f'<figure class="chart">{matrix}<figcaption>Characters each outlet carries from each origin '
            "(hover a cell for the numbers); the strip at a cell's foot is the share of those documents "
            "that credit the origin.</figcaption></figure>\n"
        )
    w(outlet_table(prov.outlets) + "\n</section>\n")


def _write_families(
    w: Write,
    result: ScanResult,
    ranked: Sequence[Pair],
    fam: Mapping[str, str],
    n_views: int,
    documents: Mapping[str, Document],
    ctx: _Prov | None,
) -> None:
    """The family table; each family links to the view (or table row) of its best-ranked pair. With
    provenance, each family's source and each member's status."""
    w('<section id="families"><h2>Families</h2>\n')
    if result.families:
        first_rank: dict[str | None, int] = {}
        for no, pair in enumerate(ranked, 1):
            first_rank.setdefault(fam.get(pair.a), no)
        source_th = "<th>source</th>" if ctx else ""
        w(
            f"<table><thead><tr><th>family</th><th>size</th><th>origin</th>{source_th}<th>members</th></tr>"
            "</thead><tbody>\n"
        )
        for family in result.families:
            members = "<br>".join(
                member_html(m, ctx.members.get((family.id, m)) if ctx else None) for m in family.members
            )
            fa = ctx.family(family) if ctx else None
            source_td = "" if ctx is None else f"<td>{family_source_html(fa, documents) if fa else ''}</td>"
            rank = first_rank.get(family.id)
            target = None if rank is None else f"pair-{rank}" if rank <= n_views else f"row-{rank}"
            fam_id = f'<a href="#{target}">{_e(family.id)}</a>' if target else _e(family.id)
            w(
                f'<tr><td class="id">{fam_id}</td><td class="num">{len(family.members)}</td>'
                f'<td><span class="id">{_e(family.origin)}</span><br><span class="muted">'
                f"{_e(family.origin_reason)}</span>"
                + (f'<br><span class="muted">{_e(note)}</span>' if (note := family_note(family)) else "")
                + f"</td>{source_td}<td>{members}</td></tr>\n"
            )
        w("</tbody></table>\n")
    else:
        w('<p class="muted">No families.</p>\n')
    w("</section>\n")


def _write_pair_table(
    w: Write, ranked: Sequence[Pair], fam: Mapping[str, str], n_views: int, ctx: _Prov | None
) -> None:
    """Every pair in rank order, numbered, linking to its side-by-side view when it has one; with
    provenance, its relation and each side's credit status."""
    w('<section id="pairs"><h2>Pairs, by share of text shared</h2>\n')
    if ranked:
        w(
            "<table><thead><tr><th>#</th><th>a</th><th>b</th><th>shared a</th><th>shared b</th>"
            "<th>jaccard</th><th>passages</th><th>family</th>" + ("<th>relation</th>" if ctx else "")
            + "</tr></thead><tbody>\n"
        )
        for no, pair in enumerate(ranked, 1):
            link = f'<a href="#pair-{no}">{no}</a>' if no <= n_views else str(no)
            rel = ctx.relation(pair) if ctx else None
            rel_td = "" if ctx is None else "<td></td>" if rel is None else (
                f"<td>{relation_badge(rel.relation)}<br>a {status_badge(rel.a_status, rel.agency)}"
                f"<br>b {status_badge(rel.b_status, rel.agency)}</td>"
            )
            w(
                f'<tr id="row-{no}"><td class="num">{link}</td>'
                f'<td class="id">{_e(pair.a)}</td><td class="id">{_e(pair.b)}</td>'
                f'<td class="num">{percent(pair.containment_a)}</td>'
                f'<td class="num">{percent(pair.containment_b)}</td>'
                f'<td class="num">{pair.jaccard:.3f}</td><td class="num">{len(pair.passages)}'
                + (f'<br><span class="muted">{_e(pair.evidence)}</span>'
                   if pair.evidence != "passages" else "")
                + f'</td><td class="id">{_e(fam.get(pair.a, ""))}</td>{rel_td}</tr>\n'
            )
        w("</tbody></table>\n")
    else:
        w('<p class="muted">No shared text found.</p>\n')
    w("</section>\n")


def _write_views(
    w: Write, ranked: Sequence[Pair], documents: Mapping[str, Document], n_views: int, ctx: _Prov | None
) -> None:
    """The side-by-side views of the top ``n_views`` pairs (the first one open)."""
    w('<section id="views"><h2>Side by side</h2>\n')
    credits = " Credits are underlined in orange (shaded when they credit a passage of the pair)."
    edits = " A copy beside its family's source shows the edits between them."
    w(
        '<p class="legend muted">Shared passages are highlighted in both texts; click one to find it '
        "in the other text. Dotted underline: mostly inside quotation marks."
        + (credits if ctx else "") + (edits if ctx and ctx.prov.edits else "") + "</p>\n"
    )
    if len(ranked) > n_views:
        w(
            f'<p class="muted">Showing the top {n_views} of {len(ranked)} pairs side by side; the '
            'others are in the table above (show more with <code>--max-pairs N</code>, 0 for all).</p>\n'
        )
    for no, pair in enumerate(ranked[:n_views], 1):
        w(_pair_view(no, pair, documents, no == 1, ctx) + "\n")
    w("</section>\n")
