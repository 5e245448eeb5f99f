"""Provenance in the text reports: the fields it adds to JSONL pair, passage and family records, the
``{"type": "source", ...}`` records (one per outlet), the outlet CSV table and the outlet section of
the terminal table. Every field is additive in schema 1 (``docs/jsonl-schema.md``); a result without
provenance (``ScanResult.provenance is None``) adds nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from typing import Any, TextIO

from ..types import (
    Credit,
    Document,
    EditSummary,
    Family,
    FamilyAttribution,
    OutletStats,
    Pair,
    PairRelation,
    PassageCredit,
    ScanResult,
)

__all__ = [
    "OUTLET_COLUMNS",
    "ProvenanceView",
    "edit_record",
    "render_outlets_csv",
    "source_record",
    "write_outlet_section",
]

_DIGITS = 6

OUTLET_COLUMNS = (
    "outlet",
    "documents",
    "characters",
    "copied_documents",
    "copied_characters",
    "copied_share",
    "credited",
    "uncredited",
    "median_delay_hours",
    "origins",
)
"""Columns of the outlet CSV table; ``origins`` is ``origin:characters`` pairs joined by ``; ``."""


def _text(documents: Mapping[str, Document], doc_id: str) -> str | None:
    doc = documents.get(doc_id)
    return doc.text if doc is not None else None


def _credit(credit: Credit | None, text: str | None) -> dict[str, Any] | None:
    if credit is None:
        return None
    return {
        "agency": credit.agency,
        "kind": credit.kind,
        "start": credit.start,
        "end": credit.end,
        "text": text[credit.start : credit.end] if text is not None else None,
    }


class ProvenanceView:
    """Look-ups from a result's pairs and families to their provenance (empty when it has none)."""

    def __init__(self, result: ScanResult) -> None:
        prov = result.provenance
        self.enabled = prov is not None
        self._pair_index = {(p.a, p.b): i for i, p in enumerate(result.pairs)}
        self._relations: dict[int, PairRelation] = {r.pair: r for r in prov.pairs} if prov else {}
        self._passages: dict[tuple[int, int, str], PassageCredit] = (
            {(c.pair, c.passage, c.side): c for c in prov.passages} if prov else {}
        )
        self._families: dict[str, FamilyAttribution] = {f.family_id: f for f in prov.families} if prov else {}
        self.outlets: tuple[OutletStats, ...] = prov.outlets if prov else ()
        self.edits: tuple[EditSummary, ...] = prov.edits if prov else ()

    def index(self, pair: Pair) -> int | None:
        """Where ``pair`` is in ``result.pairs`` (its index in the provenance records)."""
        return self._pair_index.get((pair.a, pair.b))

    def relation(self, pair: Pair) -> PairRelation | None:
        """The relation of ``pair`` (None without provenance)."""
        i = self.index(pair)
        return self._relations.get(i) if i is not None else None

    def pair_fields(self, pair: Pair) -> dict[str, Any]:
        """``relation``, ``a_status``, ``b_status`` and ``agency`` of a pair record."""
        rel = self.relation(pair)
        if rel is None:
            return {}
        return {"relation": rel.relation, "a_status": rel.a_status, "b_status": rel.b_status,
                "agency": rel.agency}

    def passage_fields(self, pair: Pair, k: int, documents: Mapping[str, Document]) -> dict[str, Any]:
        """``a_credit`` and ``b_credit`` of passage ``k`` of a pair record: the credit that credits it
        in each document (agency, kind, raw offsets, text, and how it credits it), or null."""
        i = self.index(pair)
        if not self.enabled or i is None:
            return {}
        out: dict[str, Any] = {}
        for side, doc_id in (("a", pair.a), ("b", pair.b)):
            pc = self._passages.get((i, k, side))
            record = _credit(pc.credit if pc else None, _text(documents, doc_id))
            if record is not None and pc is not None:
                record["relation"] = pc.relation
            out[f"{side}_credit"] = record
        return out

    def family(self, family: Family) -> FamilyAttribution | None:
        """The attribution of ``family`` (None without provenance)."""
        return self._families.get(family.id)

    def family_fields(self, family: Family, documents: Mapping[str, Document]) -> dict[str, Any]:
        """``source_agency``, ``source_document``, ``attribution``, ``evidence`` and
        ``member_status`` of a family record."""
        fa = self.family(family)
        if fa is None:
            return {}
        return {
            "source_agency": fa.source_agency,
            "source_document": fa.source_document,
            "attribution": fa.reason,
            "evidence": [{"doc": e.doc_id, **(_credit(e.credit, _text(documents, e.doc_id)) or {})}
                         for e in fa.evidence],
            "member_status": {m.doc_id: m.status for m in fa.members},
        }


def _round(x: float) -> float:
    return round(float(x), _DIGITS)


def edit_record(summary: EditSummary) -> dict[str, Any]:
    """The ``{"type": "edit", ...}`` JSONL object of one copy against its family's source."""
    rates = {k: _round(summary.per_100(getattr(summary, k)))
             for k in ("inserted", "deleted", "substituted", "typographic")}
    return {
        "type": "edit",
        "family": summary.family_id,
        "source": summary.source,
        "copy": summary.copy,
        "relation": summary.relation,
        "source_words": summary.source_words,
        "inserted": summary.inserted,
        "deleted": summary.deleted,
        "substituted": summary.substituted,
        "typographic": summary.typographic,
        "rates": rates,
        "paragraphs_dropped": summary.paragraphs_dropped,
        "paragraphs_reordered": summary.paragraphs_reordered,
        "edits": [
            {"kind": e.kind, "source_start": e.source_start, "source_end": e.source_end,
             "copy_start": e.copy_start, "copy_end": e.copy_end, "words": e.words}
            for e in summary.edits
        ],
    }


def _maybe(x: float | None) -> float | None:
    return None if x is None else _round(x)


def source_record(outlet: OutletStats) -> dict[str, Any]:
    """The ``{"type": "source", ...}`` JSONL object of one outlet."""
    return {
        "type": "source",
        "outlet": outlet.outlet,
        "documents": outlet.documents,
        "characters": outlet.characters,
        "copied_documents": outlet.copied_documents,
        "copied_characters": outlet.copied_characters,
        "copied_share": _round(outlet.copied_share),
        "credited": outlet.credited,
        "uncredited": outlet.uncredited,
        "median_delay_hours": _maybe(outlet.median_delay_hours),
        "origins": [
            {"origin": o.origin, "documents": o.documents, "characters": o.characters, "credited": o.credited}
            for o in outlet.origins
        ],
    }


def render_outlets_csv(result: ScanResult, documents: Mapping[str, Document], out: TextIO) -> None:
    """One row per outlet (most copied share first) with the columns in :data:`OUTLET_COLUMNS`; only
    the header when the result has no provenance or no document has an outlet."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OUTLET_COLUMNS)
    for o in result.provenance.outlets if result.provenance else ():
        writer.writerow([
            o.outlet, o.documents, o.characters, o.copied_documents, o.copied_characters,
            _round(o.copied_share), o.credited, o.uncredited,
            "" if o.median_delay_hours is None else _maybe(o.median_delay_hours),
            "; ".join(f"{x.origin}:{x.characters}" for x in o.origins),
        ])


def write_outlet_section(outlets: tuple[OutletStats, ...], out: TextIO, *, limit: int = 20,
                         safe: Any = str) -> None:
    """The terminal table's outlet section: the ``limit`` outlets with the most copied share."""
    copying = [o for o in outlets if o.copied_documents]
    if not copying:
        return
    out.write(f"\nOutlets, by share of their text copied ({len(copying)} of {len(outlets)} carry copy)\n")
    for o in copying[:limit]:
        origins = ", ".join(f"{safe(x.origin)} {x.documents}" for x in o.origins[:3])
        delay = "" if o.median_delay_hours is None else f"; median delay {o.median_delay_hours:.1f} h"
        out.write(
            f"  {safe(o.outlet)}: {100 * o.copied_share:.0f}% copied in {o.copied_documents} of "
            f"{o.documents} documents ({o.credited} credited, {o.uncredited} not); from {origins}{delay}\n"
        )
    if len(copying) > limit:
        out.write(f"  ... {len(copying) - limit} more in --format jsonl or --format outlets\n")
