"""The text reports: the terminal ``table``, ``jsonl`` records and ``csv`` rows, with the ranking,
records and notes every report (the HTML one too) shares.

Pairs are always ranked the same way: by the share of text shared (the larger of the two
containments), then Jaccard, then ids.

The JSONL records are a stable contract, documented in ``docs/jsonl-schema.md``:

- one ``{"type": "pair", ...}`` object per pair, in rank order;
- one ``{"type": "family", ...}`` object per family;
- with provenance, one ``{"type": "edit", ...}`` object per copy compared with its family's source,
  one ``{"type": "source", ...}`` object per outlet, most copied share first, and provenance fields
  on pair, passage and family records (:mod:`.report_provenance`);
- one final ``{"type": "summary", ...}`` object with counts and ``"schema": 1``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from ..types import Document, Family, FamilyAttribution, Pair, Passage, ScanResult
from .report_provenance import ProvenanceView, edit_record, source_record, write_outlet_section

__all__ = [
    "CSV_COLUMNS",
    "DOCUMENT_FIELDS",
    "SCHEMA_VERSION",
    "all_pairs",
    "document_fields",
    "evidence_note",
    "family_index",
    "family_note",
    "family_record",
    "pair_record",
    "percent",
    "plural",
    "rank_pairs",
    "render_csv",
    "render_jsonl",
    "render_table",
    "shared_share",
    "snippet",
    "summary_record",
]

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


def percent(x: float) -> str:
    """``x`` (a share) as a whole percentage: ``"42%"``."""
    return f"{100 * x:.0f}%"


def plural(n: int, one: str, many: str | None = None) -> str:
    """``one`` or, unless ``n`` is 1, ``many`` (default ``one + "s"``)."""
    return one if n == 1 else (many or one + "s")


def _clip(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)].rstrip() + "…"


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
        "provenance": result.provenance is not None,
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
    view = ProvenanceView(result)
    for pair in rank_pairs(result.pairs):
        record = pair_record(pair, documents, fam.get(pair.a))
        if view.enabled:
            record.update(view.pair_fields(pair))
            for k, passage in enumerate(record["passages"]):
                passage.update(view.passage_fields(pair, k, documents))
        out.write(_dumps(record) + "\n")
    for family in result.families:
        out.write(_dumps({**family_record(family), **view.family_fields(family, documents)}) + "\n")
    for summary in view.edits:
        out.write(_dumps(edit_record(summary)) + "\n")
    for outlet in view.outlets:
        out.write(_dumps(source_record(outlet)) + "\n")
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
    "relation",
    "a_status",
    "b_status",
    "agency",
)


_PROVENANCE_COLUMNS = ("relation", "a_status", "b_status", "agency")


def render_csv(result: ScanResult, documents: Mapping[str, Document], out: TextIO) -> None:
    """One row per pair (ranked) with the columns in :data:`CSV_COLUMNS`."""
    fam = family_index(result.families)
    view = ProvenanceView(result)
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
                *(view.pair_fields(pair).get(k) or "" for k in _PROVENANCE_COLUMNS),
            ]
        )


# --------------------------------------------------------------------------------------------------
# Table

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _safe(text: str) -> str:
    """Text safe to print on a terminal: control and bidi-override characters become U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def render_table(
    result: ScanResult, documents: Mapping[str, Document], out: TextIO, *, width: int = 100
) -> None:
    """A human summary: pairs ranked by share of text shared, each with a snippet, then families."""
    s = result.stats
    n_pairs, n_fams = len(result.pairs), len(result.families)
    out.write(
        f"{s.documents} documents, {n_pairs} {plural(n_pairs, 'pair')}, "
        f"{n_fams} {plural(n_fams, 'family', 'families')}\n"
    )
    view = ProvenanceView(result)
    if not result.pairs:
        out.write("No shared text found.\n")
    else:
        out.write("\nPairs, by share of text shared\n")
        for rank, pair in enumerate(rank_pairs(result.pairs), 1):
            words = sum(p.words for p in pair.passages)
            n = len(pair.passages)
            out.write(f"{rank:>4}. {_safe(pair.a)}  <->  {_safe(pair.b)}\n")
            out.write(
                f"      shares {percent(pair.containment_a)} of a, {percent(pair.containment_b)} of b; "
                f"jaccard {pair.jaccard:.2f}; {n} {plural(n, 'passage')} ({words} words)\n"
            )
            rel = view.relation(pair)
            if rel is not None:
                agency = f" of {rel.agency}" if rel.agency else ""
                out.write(f"      {rel.relation}{_safe(agency)}: a {rel.a_status}, b {rel.b_status}\n")
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
            fa = view.family(fam)
            if fa is not None:
                out.write(f"      {_safe(_source_line(fa))}\n")
    write_outlet_section(view.outlets, out, safe=_safe)
    if result.skipped:
        out.write("\nSkipped\n")
        for skip in result.skipped:
            out.write(f"  {_safe(skip.id)}: {_safe(skip.reason)}\n")


def _source_line(fa: FamilyAttribution) -> str:
    """One line on where a family's text comes from and who credits it."""
    status: dict[str, list[str]] = {}
    for m in fa.members:
        status.setdefault(m.status, []).append(m.doc_id)
    who = "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(status.items()))
    if fa.source_agency is None:
        return f"source: document {fa.source_document} (no member credits an agency); {who}"
    first = fa.evidence[0]
    return (f"source: {fa.source_agency}, credited in {first.doc_id} at "
            f"[{first.credit.start}, {first.credit.end}); {who}")
