"""Value objects shared by every stage: input documents and scan results.

All character offsets are half-open ``[start, end)`` indices into the raw ``Document.text`` (Python
``str`` indices, i.e. Unicode code points).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

__all__ = [
    "Credit",
    "Document",
    "Edit",
    "EditSummary",
    "Evidence",
    "Family",
    "FamilyAttribution",
    "MemberAttribution",
    "OriginShare",
    "OutletStats",
    "Pair",
    "PairRelation",
    "Passage",
    "PassageCredit",
    "Provenance",
    "ScanResult",
    "ScanStats",
    "Skipped",
]

_T = TypeVar("_T")


def pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Class decorator for a frozen dataclass: pickle an instance as ``cls(*its field values)``.

    Results cross process boundaries by pickle (a worker sends each block's pairs to the caller).
    The ``__getstate__``/``__setstate__`` that ``dataclass(slots=True)`` writes loop over the fields
    in Python for every object; this reduce reads them with one ``operator.attrgetter`` call and
    rebuilds the object with one constructor call, which is cheaper both ways.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    get = operator.attrgetter(*names)  # a tuple for two names or more, the bare value for one
    values: Callable[[Any], tuple[Any, ...]] = get if len(names) > 1 else (lambda obj: (get(obj),))

    def __reduce__(self: _T) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, values(self)

    setattr(cls, "__reduce__", __reduce__)  # noqa: B010 (mypy: no assignment to a method)
    return cls


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with its identity and optional metadata.

    ``source`` is the outlet (used to detect per-outlet page furniture), ``date`` an ISO 8601 date or
    datetime string (used to pick a family's origin), ``url`` is carried through to reports.
    """

    id: str
    text: str
    source: str | None = None
    date: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Passage:
    """Text shared by two documents: ``a.text[a_start:a_end]`` ~ ``b.text[b_start:b_end]``."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    score: float
    """Share of the passage's tokens matched in the other text, in [0, 1]."""
    quote: bool
    """True when most of the passage (in document ``a``) lies inside quotation marks."""
    words: int = 0
    """Length of the passage in tokens of document ``a``."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Pair:
    """Two documents that share text, ``a`` < ``b`` by input order (or query, indexed for an index)."""

    a: str
    b: str
    jaccard: float
    """Exact Jaccard similarity of the two shingle sets (shingles compared by a 48-bit hash)."""
    jaccard_estimate: float
    """MinHash estimate of ``jaccard``."""
    containment_a: float
    """Share of ``a``'s characters (ignoring spaces) covered by passages shared with ``b``."""
    containment_b: float
    passages: tuple[Passage, ...]
    evidence: str = "passages"
    """Why the pair is reported: ``"passages"`` (it shares at least one passage of ``min_words``),
    ``"near-identical"`` (exact shingle Jaccard of at least ``min_jaccard``, with passages shorter than
    ``min_words`` or none) or ``"rewritten"`` (a rewritten copy: enough of the smaller document's word
    n-grams found in the other, shown by the shorter fragments in ``passages``)."""


@dataclass(frozen=True, slots=True)
class Family:
    """Documents linked by verified pairs. ``id`` is stable: derived from the members' ids."""

    id: str
    members: tuple[str, ...]
    origin: str
    origin_reason: str
    pairs: int = 0
    """Reported pairs between members. Fewer than ``n (n - 1) / 2`` when the text is carried by more
    documents than :attr:`~syndetect.CandidateConfig.all_pairs_limit`: each member is then paired
    with a representative (the first document holding the text), with its own containment and
    passages, instead of with every other member. 0 for families read back from an index, whose
    pairs are not stored."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not scanned, and why (e.g. a duplicate id)."""

    id: str
    reason: str


@dataclass(frozen=True, slots=True)
class ScanStats:
    """Counts and timings of one scan."""

    documents: int = 0
    empty_documents: int = 0
    candidate_pairs: int = 0
    pairs: int = 0
    families: int = 0
    boilerplate_fingerprints: int = 0
    """Fingerprints dropped as page furniture (too many documents, or too many of one source)."""
    capped_buckets: int = 0
    """LSH buckets or fingerprint postings larger than the cap, reduced to star edges."""
    seconds: dict[str, float] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Credit:
    """One credit in a text: ``text[start:end]`` names ``agency`` (canonical name) as a ``kind``
    credit (one of :data:`syndetect.provenance.agencies.KINDS`)."""

    start: int
    end: int
    agency: str
    kind: str


@dataclass(frozen=True, slots=True)
class PassageCredit:
    """One side of one shared passage: passage ``passage`` of ``ScanResult.pairs[pair]``, in document
    ``a`` or ``b`` of the pair (``side``). ``status`` is ``"credited"`` when ``credit`` (for
    ``agency``) credits the passage by ``relation`` (one of
    :data:`syndetect.provenance.attribution.RELATIONS`), else ``"uncredited"`` with the other three
    ``None``."""

    pair: int
    passage: int
    side: str
    status: str
    agency: str | None
    credit: Credit | None
    relation: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A credit of the family's source agency that credits a shared passage in document ``doc_id``."""

    doc_id: str
    credit: Credit


@dataclass(frozen=True, slots=True)
class MemberAttribution:
    """One member of a family: ``"credited"`` (it credits the family's source agency on or near its
    shared text; ``credit`` is its first such credit), ``"uncredited"``, or ``"source"`` (the member
    is where the family's text
    comes from: no member credits an agency and this document is the family's origin, or the
    member's outlet is the credited agency itself)."""

    doc_id: str
    status: str
    agency: str | None
    credit: Credit | None


@dataclass(frozen=True, slots=True)
class FamilyAttribution:
    """Where a family's shared text comes from: ``source_agency`` with ``evidence`` when a member
    credits an agency, and ``source_document``: the agency's own page when it is a member (its outlet
    is the agency), else, when no member credits an agency, the family's origin, else ``None``.
    ``reason`` says which and why, in words."""

    family_id: str
    source_agency: str | None
    source_document: str | None
    evidence: tuple[Evidence, ...]
    members: tuple[MemberAttribution, ...]
    reason: str = ""


@dataclass(frozen=True, slots=True)
class PairRelation:
    """What ``ScanResult.pairs[pair]`` is: ``relation`` is ``"version"`` (both documents come from
    the same outlet: an update or a re-publication of its own story), ``"quote"`` (most of the shared
    words are inside quotation marks) or ``"copy"`` (text carried across outlets). ``a_status`` and
    ``b_status`` are each document's standing in the family (:class:`MemberAttribution`), ``agency``
    the family's source agency, if any."""

    pair: int
    a: str
    b: str
    relation: str
    a_status: str
    b_status: str
    agency: str | None


@dataclass(frozen=True, slots=True)
class Edit:
    """One word-level change from a family's source document to a copy: ``kind`` is ``"insert"``
    (words only in the copy; the source span is empty, at the place they were inserted),
    ``"delete"`` (words only in the source), ``"substitute"`` (words replaced by others) or
    ``"typographic"`` (words that differ only in quotes, dashes, apostrophes or dots:
    ``"U.S."``/``"US"``). Offsets are raw and half-open in the source and in the copy; ``words``
    counts the words changed on the side that has more of them."""

    kind: str
    source_start: int
    source_end: int
    copy_start: int
    copy_end: int
    words: int


@dataclass(frozen=True, slots=True)
class EditSummary:
    """What a copy changed in the text it shares with its family's source document, word by word,
    over the passages of their pair. Counts are words; ``per_100`` gives them per 100 words of the
    source's shared text. Typographic-only changes are counted apart, not as substitutions."""

    family_id: str
    source: str
    copy: str
    relation: str
    source_words: int
    inserted: int
    deleted: int
    substituted: int
    typographic: int
    paragraphs_dropped: int
    paragraphs_reordered: int
    edits: tuple[Edit, ...]

    def per_100(self, count: int) -> float:
        """``count`` words per 100 words of the source's shared text (0 when it has none)."""
        return 100.0 * count / self.source_words if self.source_words else 0.0


@dataclass(frozen=True, slots=True)
class OriginShare:
    """Text an outlet carries from one origin (an agency's canonical name or another outlet):
    ``documents`` of the outlet carry ``characters`` of it, ``credited`` of those documents credit
    it."""

    origin: str
    documents: int
    characters: int
    credited: int


@dataclass(frozen=True, slots=True)
class OutletStats:
    """One outlet (a document's ``source``, else its URL's host): how much of it is other people's
    copy. ``characters`` are raw characters of its documents; ``copied_characters`` those covered by
    passages it shares, as a copy (a ``"copy"`` pair, not a version or a quote), with text that
    comes from another outlet or an agency. ``median_delay_hours`` is the median of each copy's date
    minus its family's source document's date, when both are known."""

    outlet: str
    documents: int
    characters: int
    copied_documents: int
    copied_characters: int
    credited: int
    uncredited: int
    origins: tuple[OriginShare, ...]
    median_delay_hours: float | None

    @property
    def copied_share(self) -> float:
        """``copied_characters / characters`` (0 for an outlet without text)."""
        return self.copied_characters / self.characters if self.characters else 0.0


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who wrote the shared text of a scan and who copied it. ``credits``: the credits found in each
    document that appears in a pair, in and around its shared passages and at its end (where they can
    credit a passage); ``passages``: one :class:`PassageCredit` per passage and side,
    in pair, passage and side order; ``pairs``: one :class:`PairRelation` per pair, in the result's
    order; ``families``: one :class:`FamilyAttribution` per family, in the result's order;
    ``edits``: one :class:`EditSummary` per family member that has a pair with the family's source
    document; ``outlets``: one :class:`OutletStats` per outlet, most copied share first."""

    credits: dict[str, tuple[Credit, ...]]
    passages: tuple[PassageCredit, ...]
    pairs: tuple[PairRelation, ...]
    families: tuple[FamilyAttribution, ...]
    edits: tuple[EditSummary, ...] = ()
    outlets: tuple[OutletStats, ...] = ()


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What :func:`syndetect.scan` found. ``provenance`` is ``None`` when the scan was asked not to
    attribute the shared text (``provenance=False``)."""

    pairs: tuple[Pair, ...]
    families: tuple[Family, ...]
    stats: ScanStats
    skipped: tuple[Skipped, ...] = ()
    provenance: Provenance | None = None
