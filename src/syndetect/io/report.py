"""Rendering a :class:`~syndetect.types.ScanResult`: ``table``, ``jsonl``, ``csv`` and ``html``.

Every renderer writes to a text stream and needs the scanned documents (a mapping from id to
:class:`~syndetect.types.Document`) for the text of the shared passages. Pairs are always ranked the same
way: by the share of text shared (the larger of the two containments), then Jaccard, then ids.

The JSONL records are a stable contract, documented in ``docs/jsonl-schema.md``:

- one ``{"type": "pair", ...}`` object per pair, in rank order;
- one ``{"type": "family", ...}`` object per family;
- one final ``{"type": "summary", ...}`` object with counts and ``"schema": 1``.

This module does no input I/O and never imports click.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import itertools
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TextIO

from ..errors import ConfigError
from ..types import Document, Family, Pair, Passage, ScanResult

__all__ = [
    "FORMATS",
    "SCHEMA_VERSION",
    "Format",
    "family_index",
    "rank_pairs",
    "render",
    "render_csv",
    "render_html",
    "render_jsonl",
    "render_table",
    "shared_share",
    "snippet",
]

Format = Literal["table", "jsonl", "csv", "html"]
FORMATS: tuple[Format, ...] = ("table", "jsonl", "csv", "html")
SCHEMA_VERSION = 1
"""Version of the JSONL record schema; bumped only for incompatible changes."""

_DIGITS = 6


def shared_share(pair: Pair) -> float:
    """The share of text the pair shares: the larger of its two containments."""
    return max(pair.containment_a, pair.containment_b)


def rank_pairs(pairs: Sequence[Pair]) -> list[Pair]:
    """Pairs by share of text shared (highest first), then Jaccard, then ids: a stable order."""
    return sorted(pairs, key=lambda p: (-shared_share(p), -p.jaccard, p.a, p.b))


def family_index(families: Sequence[Family]) -> dict[str, str]:
    """Map each document id to the id of its family."""
    return {member: fam.id for fam in families for member in fam.members}


def snippet(pair: Pair, documents: Mapping[str, Document], width: int = 160) -> str:
    """The longest passage of ``pair`` as one line of at most ``width`` characters, or ``""``."""
    doc = documents.get(pair.a)
    if doc is None or not pair.passages:
        return ""
    longest = max(pair.passages, key=lambda p: (p.a_end - p.a_start, -p.a_start))
    text = " ".join(doc.text[longest.a_start : longest.a_end].split())
    return _clip(text, width)


def render(
    result: ScanResult,
    documents: Mapping[str, Document],
    fmt: Format,
    out: TextIO,
    *,
    title: str = "syndetect report",
    max_views: int | None = None,
) -> None:
    """Write ``result`` to ``out`` in format ``fmt`` (one of :data:`FORMATS`). ``max_views`` caps the
    HTML report's side-by-side views (default :data:`HTML_MAX_VIEWS`; the other formats list every
    pair)."""
    views = HTML_MAX_VIEWS if max_views is None else max_views
    renderers: dict[str, Callable[[ScanResult, Mapping[str, Document], TextIO], None]] = {
        "table": render_table,
        "jsonl": render_jsonl,
        "csv": render_csv,
        "html": lambda r, d, o: render_html(r, d, o, title=title, max_views=views),
    }
    try:
        renderer = renderers[fmt]
    except KeyError:
        msg = f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"
        raise ConfigError(msg) from None
    renderer(result, documents, out)


# --------------------------------------------------------------------------------------------------
# JSONL


def _round(x: float) -> float:
    return round(float(x), _DIGITS)


def _passage_record(p: Passage, a: Document | None) -> dict[str, Any]:
    return {
        "a_start": p.a_start,
        "a_end": p.a_end,
        "b_start": p.b_start,
        "b_end": p.b_end,
        "score": _round(p.score),
        "quote": bool(p.quote),
        "words": p.words,
        "text": a.text[p.a_start : p.a_end] if a is not None else None,
    }


DOCUMENT_FIELDS = ("source", "date", "url")
"""What a pair record carries of each side's document, as ``a_source``, ``b_source``, ..."""


def document_fields(pair: Pair, documents: Mapping[str, Document]) -> dict[str, str | None]:
    """``{"a_source": ..., "b_source": ..., "a_date": ..., ...}``: each side's source, date and URL
    (None when unknown)."""
    sides = (("a", documents.get(pair.a)), ("b", documents.get(pair.b)))
    return {
        f"{side}_{name}": getattr(doc, name) if doc is not None else None
        for name in DOCUMENT_FIELDS
        for side, doc in sides
    }


def pair_record(pair: Pair, documents: Mapping[str, Document], family: str | None = None) -> dict[str, Any]:
    """The JSONL object of one pair (see ``docs/jsonl-schema.md``)."""
    a = documents.get(pair.a)
    return {
        "type": "pair",
        "a": pair.a,
        "b": pair.b,
        "jaccard": _round(pair.jaccard),
        "jaccard_estimate": _round(pair.jaccard_estimate),
        "containment_a": _round(pair.containment_a),
        "containment_b": _round(pair.containment_b),
        "family": family,
        "passages": [_passage_record(p, a) for p in pair.passages],
        **document_fields(pair, documents),
        "evidence": pair.evidence,
    }


def family_record(family: Family) -> dict[str, Any]:
    """The JSONL object of one family (see ``docs/jsonl-schema.md``)."""
    return {
        "type": "family",
        "id": family.id,
        "members": list(family.members),
        "origin": family.origin,
        "origin_reason": family.origin_reason,
        "size": len(family.members),
        "pairs": family.pairs,
        "all_pairs": family.pairs == all_pairs(family) if family.pairs else None,
    }


def all_pairs(family: Family) -> int:
    """How many pairs its members make: ``n (n - 1) / 2``."""
    n = len(family.members)
    return n * (n - 1) // 2


def evidence_note(pair: Pair) -> str:
    """Why a pair without a passage of ``min_words``, or with only fragments, is reported."""
    if pair.evidence == "near-identical":
        return f"near-identical texts (jaccard {pair.jaccard:.2f}); no passage as long as min_words"
    if pair.evidence == "rewritten":
        return "rewritten copy: the shorter shared fragments below, and many shared word n-grams"
    return ""


def family_note(family: Family) -> str:
    """How a family's pairs were reported: every pair, or each member against a representative."""
    n = all_pairs(family)
    if family.pairs == n or not family.pairs:
        return ""
    return (f"{family.pairs} of its {n:,} pairs reported: a text carried by many documents pairs each "
            "with a representative")


def summary_record(result: ScanResult) -> dict[str, Any]:
    """The final JSONL object: counts, skipped inputs and stage timings."""
    s = result.stats
    record: dict[str, Any] = {
        "type": "summary",
        "schema": SCHEMA_VERSION,
        "documents": s.documents,
        "empty_documents": s.empty_documents,
        "candidate_pairs": s.candidate_pairs,
        "pairs": len(result.pairs),
        "families": len(result.families),
        "boilerplate_fingerprints": s.boilerplate_fingerprints,
        "capped_buckets": s.capped_buckets,
        "families_with_representative": sum(
            1 for f in result.families if f.pairs and f.pairs < all_pairs(f)
        ),
        "skipped": [{"id": k.id, "reason": k.reason} for k in result.skipped],
        "seconds": {k: round(v, 4) for k, v in s.seconds.items()},
    }
    same_ids = getattr(result, "same_ids", None)  # an index query's QueryResult
    if same_ids is not None:
        record["same_ids"] = list(same_ids)
    return record


def _dumps(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def render_jsonl(result: ScanResult, documents: Mapping[str, Document], out: TextIO) -> None:
    """One JSON object per line: pairs (ranked), families, then one summary."""
    fam = family_index(result.families)
    for pair in rank_pairs(result.pairs):
        out.write(_dumps(pair_record(pair, documents, fam.get(pair.a))) + "\n")
    for family in result.families:
        out.write(_dumps(family_record(family)) + "\n")
    out.write(_dumps(summary_record(result)) + "\n")


# --------------------------------------------------------------------------------------------------
# CSV

CSV_COLUMNS = (
    "rank",
    "a",
    "b",
    "shared",
    "containment_a",
    "containment_b",
    "jaccard",
    "jaccard_estimate",
    "passages",
    "shared_words",
    "family",
    "snippet",
    "a_source",
    "b_source",
    "a_date",
    "b_date",
    "a_url",
    "b_url",
    "evidence",
)


def render_csv(result: ScanResult, documents: Mapping[str, Document], out: TextIO) -> None:
    """One row per pair (ranked) with the columns in :data:`CSV_COLUMNS`."""
    fam = family_index(result.families)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for rank, pair in enumerate(rank_pairs(result.pairs), 1):
        writer.writerow(
            [
                rank,
                pair.a,
                pair.b,
                _round(shared_share(pair)),
                _round(pair.containment_a),
                _round(pair.containment_b),
                _round(pair.jaccard),
                _round(pair.jaccard_estimate),
                len(pair.passages),
                sum(p.words for p in pair.passages),
                fam.get(pair.a, ""),
                snippet(pair, documents, width=300),
                *(value or "" for value in document_fields(pair, documents).values()),
                pair.evidence,
            ]
        )


# --------------------------------------------------------------------------------------------------
# Table

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _safe(text: str) -> str:
    """Text safe to print on a terminal: control and bidi-override characters become U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def _clip(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)].rstrip() + "…"


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def render_table(
    result: ScanResult, documents: Mapping[str, Document], out: TextIO, *, width: int = 100
) -> None:
    """A human summary: pairs ranked by share of text shared, each with a snippet, then families."""
    s = result.stats
    n_pairs, n_fams = len(result.pairs), len(result.families)
    out.write(
        f"{s.documents} documents, {n_pairs} {_plural(n_pairs, 'pair')}, "
        f"{n_fams} {_plural(n_fams, 'family', 'families')}\n"
    )
    if not result.pairs:
        out.write("No shared text found.\n")
    else:
        out.write("\nPairs, by share of text shared\n")
        for rank, pair in enumerate(rank_pairs(result.pairs), 1):
            words = sum(p.words for p in pair.passages)
            n = len(pair.passages)
            out.write(f"{rank:>4}. {_safe(pair.a)}  <->  {_safe(pair.b)}\n")
            out.write(
                f"      shares {_pct(pair.containment_a)} of a, {_pct(pair.containment_b)} of b; "
                f"jaccard {pair.jaccard:.2f}; {n} {_plural(n, 'passage')} ({words} words)\n"
            )
            note = evidence_note(pair)
            if note:
                out.write(f"      {note}\n")
            text = snippet(pair, documents, width=max(width - 8, 20))
            if text:
                out.write(f'      "{_safe(text)}"\n')
    if result.families:
        out.write("\nFamilies\n")
        for fam in result.families:
            size = len(fam.members)
            out.write(
                f"  {_safe(fam.id)}: {size} documents, "
                f"origin {_safe(fam.origin)} ({_safe(fam.origin_reason)})\n"
            )
            note = family_note(fam)
            if note:
                out.write(f"      {note}\n")
            members = ", ".join(_safe(m) for m in fam.members)
            out.write(f"      {members}\n")
    if result.skipped:
        out.write("\nSkipped\n")
        for skip in result.skipped:
            out.write(f"  {_safe(skip.id)}: {_safe(skip.reason)}\n")


def _plural(n: int, one: str, many: str | None = None) -> str:
    return one if n == 1 else (many or one + "s")


# --------------------------------------------------------------------------------------------------
# HTML

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
        f' <span class="muted">shares {_pct(pair.containment_a)} of a, {_pct(pair.containment_b)} of b;'
        f" {n} {_plural(n, 'passage')}</span></summary>"
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
    s = result.stats
    n_views = len(ranked) if max_views <= 0 else min(max_views, len(ranked))
    csp = (
        f"default-src 'none'; style-src {_csp_hash(_CSS)}; script-src {_csp_hash(_JS)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    w = out.write
    w('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n')
    w(f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    w(f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n")
    w(f"<header><h1>{_e(title)}</h1>\n")
    n_pairs, n_fams = len(ranked), len(result.families)
    w(
        f'<p class="muted" id="summary">{s.documents} documents · {n_pairs} {_plural(n_pairs, "pair")} · '
        f"{n_fams} {_plural(n_fams, 'family', 'families')}"
        + (f" · {len(result.skipped)} skipped" if result.skipped else "")
        + "</p></header>\n"
    )

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
                f'<td class="num">{_pct(pair.containment_a)}</td>'
                f'<td class="num">{_pct(pair.containment_b)}</td>'
                f'<td class="num">{pair.jaccard:.3f}</td><td class="num">{len(pair.passages)}'
                + (f'<br><span class="muted">{_e(pair.evidence)}</span>'
                   if pair.evidence != "passages" else "")
                + f'</td><td class="id">{_e(fam.get(pair.a, ""))}</td></tr>\n'
            )
        w("</tbody></table>\n")
    else:
        w('<p class="muted">No shared text found.</p>\n')
    w("</section>\n")

    if ranked:
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

    if result.skipped:
        w('<section id="skipped"><h2>Skipped</h2><ul>\n')
        for skip in result.skipped:
            w(f'<li><span class="id">{_e(skip.id)}</span>: {_e(skip.reason)}</li>\n')
        w("</ul></section>\n")
    w(f"<script>{_JS}</script>\n</body></html>\n")
