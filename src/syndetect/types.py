"""Value objects shared by every stage: input documents and scan results.

All character offsets are half-open ``[start, end)`` indices into the raw ``Document.text`` (Python
``str`` indices, i.e. Unicode code points).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

__all__ = ["Document", "Family", "Pair", "Passage", "ScanResult", "ScanStats", "Skipped"]

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
class ScanResult:
    """What :func:`syndetect.scan` found."""

    pairs: tuple[Pair, ...]
    families: tuple[Family, ...]
    stats: ScanStats
    skipped: tuple[Skipped, ...] = ()
