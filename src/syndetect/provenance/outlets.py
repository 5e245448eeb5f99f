"""Who copies whom: what each pair is (copy, version, quote), which side of it is the copy, and per
outlet how much of its text is other people's copy, from where, credited or not, and how late.

**Outlet.** A document's outlet is its ``source`` (stripped), else the host of its ``url`` without a
leading ``www.``, else it has none (it counts in no outlet's row).

**Relation of a pair** (:class:`~syndetect.types.PairRelation`): ``version`` when both documents have
the same outlet; else ``quote`` when more than half of the shared words (``Passage.words``) lie in
passages that are mostly quotation in either document (:func:`.quotes.quoted`: a quotation may run
over several paragraphs); else ``copy``.

**Standing of each side** (``a_status``, ``b_status``): in a family, the member's standing
(:class:`~syndetect.types.MemberAttribution`). A pair outside every family (its link was too weak to
join one) is judged alone: when one of its passages is credited on either side, the first such agency
is the source; a side whose outlet is that agency is ``source``, a side that credits it ``credited``,
else ``uncredited``; with no credit, the side with the earlier date (else side ``a``, earlier in input
order, as a family's origin falls back to the first document) is ``source`` and the other
``uncredited``.

**Copied text of a document** (:class:`~syndetect.types.OutletStats`): the union of its sides of the
passages of every ``copy`` pair in which it is ``credited`` or ``uncredited``. Its *origin* is the
family's source agency, else the outlet of the source document (its id when it has none). Versions and
quotes are not copies. The *delay* of a copied document is its date minus the date of the text's
source: the source document when there is one and it is dated, else the earliest dated member of the
family; ISO 8601 dates, a date without a time is midnight, one without a zone is UTC.
"""

from __future__ import annotations

import statistics
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit

from ..types import (
    FamilyAttribution,
    OriginShare,
    OutletStats,
    Pair,
    PairRelation,
    PassageCredit,
    ScanResult,
)
from .quotes import quoted_share

__all__ = ["outlet_of", "outlet_stats", "pair_relations", "parse_date"]

_COPYING = frozenset({"credited", "uncredited"})


def outlet_of(source: str | None, url: str | None) -> str | None:
    """The outlet of a document with this ``source`` and ``url``: the source, else the URL's host
    (without ``www.``), else ``None``."""
    if source is not None and source.strip():
        return source.strip()
    if url:
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            return None
        if host:
            return host[4:] if host.startswith("www.") else host
    return None


def parse_date(value: str | None) -> datetime | None:
    """An ISO 8601 date or datetime as an aware datetime (UTC when no zone is given), or ``None``
    when ``value`` is absent or not ISO 8601."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def _relation(pair: Pair, outlets: Mapping[str, str | None],
              quotes: Mapping[str, list[tuple[int, int]]]) -> str:
    a, b = outlets.get(pair.a), outlets.get(pair.b)
    if a is not None and a == b:
        return "version"
    words = sum(p.words for p in pair.passages)
    qa, qb = quotes[pair.a], quotes[pair.b]
    inside = sum(p.words for p in pair.passages
                 if max(quoted_share(qa, p.a_start, p.a_end), quoted_share(qb, p.b_start, p.b_end)) > 0.5)
    return "quote" if 2 * inside > words else "copy"


def _alone(i: int, pair: Pair, credited: Mapping[tuple[int, str], str], outlets: Mapping[str, str | None],
           dates: Mapping[str, datetime | None]) -> tuple[str, str, str | None]:
    """``(a_status, b_status, agency)`` of a pair outside every family (module docstring)."""
    agency = credited.get((i, "a")) or credited.get((i, "b"))
    if agency is not None:
        def status(side: str, doc: str) -> str:
            if (outlets.get(doc) or "").casefold() == agency.casefold():
                return "source"
            return "credited" if credited.get((i, side)) == agency else "uncredited"

        return status("a", pair.a), status("b", pair.b), agency
    da, db = dates.get(pair.a), dates.get(pair.b)
    if da is not None and db is not None and db < da:
        return "uncredited", "source", None
    return "source", "uncredited", None


def pair_relations(result: ScanResult, families: Sequence[FamilyAttribution],
                   passages: Sequence[PassageCredit], outlets: Mapping[str, str | None],
                   dates: Mapping[str, datetime | None],
                   quotes: Mapping[str, list[tuple[int, int]]]) -> tuple[PairRelation, ...]:
    """One :class:`~syndetect.types.PairRelation` per pair of ``result``, in its order (``quotes``:
    the quotations of every document in a pair, :func:`.quotes.quoted`)."""
    standing = {m.doc_id: (m.status, fa.source_agency) for fa in families for m in fa.members}
    credited: dict[tuple[int, str], str] = {}
    for pc in passages:
        if pc.agency is not None:
            credited.setdefault((pc.pair, pc.side), pc.agency)
    out = []
    for i, pair in enumerate(result.pairs):
        if pair.a in standing and pair.b in standing:
            (a_status, agency), (b_status, _) = standing[pair.a], standing[pair.b]
        else:
            a_status, b_status, agency = _alone(i, pair, credited, outlets, dates)
        out.append(PairRelation(i, pair.a, pair.b, _relation(pair, outlets, quotes), a_status, b_status,
                                agency))
    return tuple(out)


@dataclass
class _Copied:
    """One document's copied text: spans per origin, whether it credits, its first delay."""

    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    credited: set[str] = field(default_factory=set)
    delay: float | None = None
    dated: bool = False


def _union(spans: list[tuple[int, int]]) -> int:
    total, end = 0, -1
    for s, e in sorted(spans):
        if e > end:
            total += e - max(s, end)
            end = e
    return total


def _origins(result: ScanResult, families: Sequence[FamilyAttribution], relations: Sequence[PairRelation],
             outlets: Mapping[str, str | None],
             dates: Mapping[str, datetime | None]) -> dict[int, tuple[str, datetime | None]]:
    """Pair index -> (origin label, date of the text's source) for every pair with a copying side."""
    by_member = {m.doc_id: fa for fa in families for m in fa.members}
    family_of = {m: f for f in result.families for m in f.members}
    earliest: dict[str, datetime | None] = {}  # family id -> its earliest member date, read once per family
    out = {}
    for rel in relations:
        fa = by_member.get(rel.a) if rel.a in by_member and rel.b in by_member else None
        if fa is not None:
            source = fa.source_document
            when = dates.get(source) if source is not None else None
            if when is None:
                family = family_of[rel.a]
                if family.id not in earliest:
                    dated = (d for d in (dates.get(m) for m in family.members) if d is not None)
                    earliest[family.id] = min(dated, default=None)
                when = earliest[family.id]
        else:
            source = rel.a if rel.a_status == "source" else rel.b if rel.b_status == "source" else None
            when = dates.get(source) if source is not None else None
        label = rel.agency or (outlets.get(source) or source if source is not None else None)
        out[rel.pair] = (label or "unknown", when)
    return out


def outlet_stats(result: ScanResult, families: Sequence[FamilyAttribution],
                 relations: Sequence[PairRelation], outlets: Mapping[str, str | None],
                 dates: Mapping[str, datetime | None], lengths: Mapping[str, int],
                 counted: Collection[str] | None = None) -> tuple[OutletStats, ...]:
    """One :class:`~syndetect.types.OutletStats` per outlet of the corpus (``outlets`` and
    ``lengths`` cover every scanned document), most copied share first, then by name. With
    ``counted``, the rows count only those documents (the others can still be sources)."""
    origins = _origins(result, families, relations, outlets, dates)
    copied: dict[str, _Copied] = {}
    for rel, pair in zip(relations, result.pairs, strict=True):
        if rel.relation != "copy":
            continue
        label, when = origins[rel.pair]
        for doc, status, side in ((pair.a, rel.a_status, "a"), (pair.b, rel.b_status, "b")):
            if status not in _COPYING:
                continue
            c = copied.setdefault(doc, _Copied())
            c.spans.setdefault(label, []).extend(
                (p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end) for p in pair.passages
            )
            if status == "credited":
                c.credited.add(label)
            mine = dates.get(doc)
            if not c.dated and when is not None and mine is not None:
                c.delay, c.dated = (mine - when).total_seconds() / 3600.0, True
    rows: dict[str, list[str]] = {}
    for doc, outlet in outlets.items():
        if outlet is not None and (counted is None or doc in counted):
            rows.setdefault(outlet, []).append(doc)
    stats = [_row(outlet, docs, copied, lengths) for outlet, docs in rows.items()]
    return tuple(sorted(stats, key=lambda s: (-s.copied_share, s.outlet)))


def _row(outlet: str, docs: list[str], copied: Mapping[str, _Copied],
         lengths: Mapping[str, int]) -> OutletStats:
    per_origin: dict[str, list[int]] = {}  # origin -> [documents, characters, credited]
    copied_chars = credited = 0
    delays = []
    carriers = [d for d in docs if d in copied]
    for doc in carriers:
        c = copied[doc]
        copied_chars += _union([s for spans in c.spans.values() for s in spans])
        credited += bool(c.credited)
        if c.delay is not None:
            delays.append(c.delay)
        for label, spans in c.spans.items():
            row = per_origin.setdefault(label, [0, 0, 0])
            row[0] += 1
            row[1] += _union(spans)
            row[2] += label in c.credited
    origins = tuple(sorted((OriginShare(o, n, chars, cred) for o, (n, chars, cred) in per_origin.items()),
                           key=lambda o: (-o.characters, o.origin)))
    return OutletStats(
        outlet=outlet,
        documents=len(docs),
        characters=sum(lengths[d] for d in docs),
        copied_documents=len(carriers),
        copied_characters=copied_chars,
        credited=credited,
        uncredited=len(carriers) - credited,
        origins=origins,
        median_delay_hours=statistics.median(delays) if delays else None,
    )
