"""The provenance of a scan in one call: :func:`attribute` checks its input, reads each document's
outlet, date and length once, and runs the steps in order: credits and family sources
(:mod:`.attribution`), pair relations and outlet statistics (:mod:`.outlets`), and what each copy
changed against its family's source (:mod:`.summaries`, by the rules of :mod:`.edits`).

The scan engines call it after the families are found, unless asked not to (``provenance=False``);
it works per pair over the few passages of each, and reads the text only of documents in a pair.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal

from ..errors import ConfigError, CorpusError, CorpusTypeError
from ..types import Document, Provenance, ScanResult
from ..workers.tasks import Executor
from .agencies import DEFAULT_AGENCIES, Agency
from .attribution import attribute_credits
from .outlets import outlet_of, outlet_stats, pair_relations, parse_date
from .summaries import edit_summaries

__all__ = ["CorpusFacts", "attribute", "attribute_facts", "result_ids"]


def _check(documents: Sequence[Document], result: ScanResult) -> None:
    if not isinstance(result, ScanResult):
        raise CorpusTypeError(
            f"attribute: result must be a ScanResult, got {type(result).__name__}; "
            "pass what syndetect.scan(documents) returned"
        )
    if isinstance(documents, (str, bytes)) or not isinstance(documents, Sequence):
        raise CorpusTypeError(
            f"attribute: documents must be a sequence of Document, got {type(documents).__name__}; "
            "pass the list of documents that was scanned"
        )


@dataclass(frozen=True)
class CorpusFacts:
    """What provenance needs of the scanned corpus: every document's outlet and length (raw
    characters), and the date (parsed) and text of the documents that appear in the result."""

    outlets: dict[str, str | None] = field(default_factory=dict)
    lengths: dict[str, int] = field(default_factory=dict)
    dates: dict[str, datetime | None] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)

    def add(self, doc: Document, wanted: set[str], paired: set[str]) -> None:
        """Record ``doc`` (a repeated id keeps the first, as the scan does)."""
        if doc.id not in self.outlets:
            self.note(doc.id, doc.source, doc.url, len(doc.text), doc.date, wanted)
            if doc.id in paired:
                self.texts[doc.id] = doc.text

    def note(self, doc_id: str, source: str | None, url: str | None, length: int, date: str | None,
             wanted: Collection[str]) -> None:
        """Record a document's outlet and length, and its date when it is ``wanted`` (in the result)."""
        self.outlets[doc_id] = outlet_of(source, url)
        self.lengths[doc_id] = length
        if doc_id in wanted:
            self.dates[doc_id] = parse_date(date)


def result_ids(result: ScanResult) -> tuple[list[str], set[str]]:
    """The documents of ``result`` (in pairs, then family members, in order) and those in a pair."""
    order = list(dict.fromkeys([*(d for p in result.pairs for d in (p.a, p.b)),
                                *(m for f in result.families for m in f.members)]))
    return order, {d for p in result.pairs for d in (p.a, p.b)}


def attribute(
    documents: Sequence[Document],
    result: ScanResult,
    *,
    agencies: Sequence[Agency] = DEFAULT_AGENCIES,
    credits: Literal["near", "all"] = "near",
    counted: Collection[str] | None = None,
    jobs: int | Executor = 1,
    edits: bool = True,
) -> Provenance:
    """Who wrote the shared text of ``result`` and who copied it: credits, passage credits, family
    sources, pair relations and outlet statistics (:class:`~syndetect.types.Provenance`).

    ``documents`` are the documents that were scanned, in any order (matched to the result by id; the
    first of a repeated id, as the scan keeps it); each is read once in order, and the text kept
    only for documents in a pair. ``agencies`` are the wires whose credits count. ``credits="near"``
    looks for credits only where they can credit a shared passage (``Provenance.credits`` then holds
    those), ``"all"`` finds every credit of each paired document; the rest of the result is the same
    either way. With ``counted`` (ids), the outlet statistics count only those documents. ``jobs``
    (processes, or an executor) finds the credits of many documents in parallel. ``edits=False``
    leaves out what each copy changed (:mod:`.edits`, ``Provenance.edits``). Raises
    :class:`~syndetect.errors.CorpusTypeError` for input of the wrong type and
    :class:`~syndetect.errors.CorpusError` when a document of the result is not among ``documents``
    or a passage falls outside its text.
    """
    _check(documents, result)
    order, paired = result_ids(result)
    wanted = set(order)
    facts = CorpusFacts()
    for i, doc in enumerate(documents):
        if not isinstance(doc, Document):
            raise CorpusTypeError(
                f"attribute: documents[{i}] is {type(doc).__name__}, not Document; "
                "pass the Document objects that were scanned"
            )
        facts.add(doc, wanted, paired)
    return attribute_facts(facts, result, agencies=agencies, credits=credits, counted=counted, jobs=jobs,
                           edits=edits)


def attribute_facts(
    facts: CorpusFacts,
    result: ScanResult,
    *,
    agencies: Sequence[Agency] = DEFAULT_AGENCIES,
    credits: Literal["near", "all"] = "near",
    counted: Collection[str] | None = None,
    jobs: int | Executor = 1,
    edits: bool = True,
) -> Provenance:
    """:func:`attribute` from the facts of the corpus (an engine that keeps the texts elsewhere, such
    as the Dask engine, gathers only these). With ``counted``, the outlet statistics count only those
    documents (an index's documents of a period, whose sources may be older)."""
    order, paired = result_ids(result)
    missing = [d for d in order if d not in facts.outlets or (d in paired and d not in facts.texts)]
    if missing:
        raise CorpusError(
            f"attribute: document {missing[0]!r} of the scan result is not among the "
            f"{len(facts.outlets)} documents given ({len(missing)} missing in all); pass the same "
            "documents that were scanned"
        )
    if credits not in ("near", "all"):
        raise ConfigError(f"attribute: credits must be 'near' or 'all', got {credits!r}")
    found, passages, families, quotes = attribute_credits(
        facts.texts, result, facts.outlets, agencies=agencies, near=credits == "near", jobs=jobs)
    relations = pair_relations(result, families, passages, facts.outlets, facts.dates, quotes)
    stats = outlet_stats(result, families, relations, facts.outlets, facts.dates, facts.lengths, counted)
    traced = Provenance(found, passages, relations, families, outlets=stats)
    if not edits:
        return traced
    texts = {d: Document(d, t) for d, t in facts.texts.items()}
    return replace(traced, edits=edit_summaries(texts, replace(result, provenance=traced), found, jobs=jobs))
