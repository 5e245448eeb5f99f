"""The decisions of a deduplication, wherever the shingle sets are held.

:class:`Judge` keeps a few numbers per record (id, input and row, exact-duplicate pointer, set size,
length, date, the user's key) and decides, once every record has been seen, which records are
duplicates of which and which one each family keeps (:meth:`Judge.decide`). It never holds a text or
a shingle set: those stay with a :class:`SetHolder`, on this machine
(:class:`~.near.LocalSets`) or on a Dask cluster (:class:`~.dask_run.ClusterSets`), which proposes
the candidate pairs and counts the shingles two records share. Both engines therefore make the same
decisions from the same numbers.

Records are fed in input order, in two steps per batch:

1. :meth:`Judge.admit` numbers the records and finds each one's first record with the same raw text
   (:class:`RecordFacts` carries the 128-bit content hashes, computed where the texts are); only
   those first records are shingled;
2. :meth:`Judge.hashed` takes what shingling gave (token counts, token-sequence hashes, set sizes)
   and, with ``exact="normalized"``, finds each shingled record's first record with the same tokens.

The two steps of a batch may be far apart (the Dask engine admits every partition before any is
hashed); each step must see the batches in input order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from ..candidates.groups import unique_pairs
from ..engines.stages import StageClock
from ..types import Document
from .config import DedupConfig
from .exact import FirstSeen, raw_hashes
from .policy import (
    CONTAINED,
    EXACT,
    complete_members,
    complete_scores,
    components,
    contained_in,
    follow,
    reasons,
    survivors,
)

__all__ = ["Admitted", "Decided", "Judge", "RecordFacts", "SetHolder", "timestamp"]

I64 = NDArray[np.int64]
U64 = NDArray[np.uint64]
F64 = NDArray[np.float64]


def timestamp(value: str | None) -> float:
    """An ISO 8601 date as seconds (UTC when it has an offset), ``inf`` when missing or unreadable."""
    if not value:
        return np.inf
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return np.inf
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.timestamp()


@dataclass(frozen=True, slots=True)
class RecordFacts:
    """What the judge needs of a batch of records: everything but the texts."""

    ids: list[str]
    raw_hi: U64
    raw_lo: U64
    """The 128-bit xxh3 hash of each raw text (:func:`~.exact.raw_hashes`), high and low halves."""
    lengths: I64
    """Characters."""
    dates: F64
    """:func:`timestamp` of each date."""
    keys: list[Any] | None
    """The user's key of each record, when there is a key function."""

    @staticmethod
    def of(docs: Sequence[Document], key: Callable[[Document], Any] | None) -> RecordFacts:
        hi, lo = raw_hashes([d.text for d in docs])
        lengths = np.array([len(d.text) for d in docs], dtype=np.int64)
        return RecordFacts([d.id for d in docs], hi, lo, lengths,
                           np.array([timestamp(d.date) for d in docs], dtype=np.float64),
                           None if key is None else [key(d) for d in docs])


@dataclass(frozen=True, slots=True)
class Admitted:
    """A batch of records as :meth:`Judge.admit` numbered them."""

    index: I64
    """Record numbers."""
    todo: I64
    """Positions in the batch of the records to shingle: the first record of each raw text."""
    exact: I64
    """Each record's exact-duplicate pointer (itself when first), completed by :meth:`Judge.hashed`."""
    size: I64
    """Distinct shingles of each shingled record (0 for the others), set by :meth:`Judge.hashed`."""


@dataclass(frozen=True, slots=True)
class Decided:
    """What :meth:`Judge.decide` found for every record (arrays in record order)."""

    family: I64
    kept: I64
    code: NDArray[np.int8]
    similarity: F64
    candidates: int


class SetHolder(Protocol):
    """Where the shingle sets, LSH band keys and (with containment) winnowed fingerprints of the
    distinct texts are; documents are record numbers, and only a record that is its own
    representative (first of its text) has a set."""

    def lsh_pairs(self, n: int) -> I64:
        """Distinct pairs ``(a, b)``, ``a < b``, sharing an LSH bucket (:func:`~.near.lsh_pairs`)."""
        ...

    def fingerprint_pairs(self, n: int) -> I64:
        """Pairs sharing winnowed fingerprints (:func:`~.near.shared_fingerprint_pairs`)."""
        ...

    def intersections(self, pairs: I64, rep: I64) -> I64:
        """Shingles shared by each pair; document ``d``'s set is the set of ``rep[d]``."""
        ...

    def set_getter(self, docs: I64) -> Callable[[int], U64]:
        """A function giving the set of each of ``docs`` (representatives), one at a time."""
        ...


class Judge:
    """Per-record numbers, fed batch by batch (:meth:`admit`, :meth:`hashed`), then :meth:`decide`."""

    def __init__(self, cfg: DedupConfig, key: Callable[[Document], Any] | None) -> None:
        self.cfg, self.key = cfg, key
        self.raw, self.norm = FirstSeen(), FirstSeen()
        self.ids: list[str] = []
        self.user_keys: list[Any] = []
        self.parts: dict[str, list[NDArray[Any]]] = {k: [] for k in ("path", "row", "exact", "size", "len",
                                                                      "date")}
        self.n = 0

    def admit(self, facts: RecordFacts, path: int, rows: I64) -> Admitted:
        """Number a batch of records (the next ones in input order) and find their raw duplicates."""
        m = len(facts.ids)
        index = np.arange(self.n, self.n + m, dtype=np.int64)
        exact = self.raw.first(facts.raw_hi, facts.raw_lo, index) if m else index
        size = np.zeros(m, dtype=np.int64)
        self.ids.extend(facts.ids)
        if self.key is not None:
            assert facts.keys is not None, "RecordFacts.of(docs, key) with the judge's key"
            self.user_keys.extend(facts.keys)
        for name, values in (("path", np.full(m, path, dtype=np.int32)), ("row", rows), ("exact", exact),
                             ("size", size), ("len", facts.lengths), ("date", facts.dates)):
            self.parts[name].append(values)
        self.n += m
        return Admitted(index, np.flatnonzero(exact == index), exact, size)

    def hashed(self, batch: Admitted, n_tokens: I64, seq_hi: U64, seq_lo: U64,
               set_sizes: I64) -> NDArray[np.bool_]:
        """Record what shingling ``batch.todo`` gave; whether each of them is its text's representative
        (the first record with its tokens under ``exact="normalized"``, else with its raw text)."""
        todo, index = batch.todo, batch.index
        if self.cfg.exact == "normalized":
            has = n_tokens > 0
            batch.exact[todo[has]] = self.norm.first(seq_hi[has], seq_lo[has], index[todo[has]])
        batch.size[todo] = set_sizes
        rep: NDArray[np.bool_] = batch.exact[todo] == index[todo]
        return rep

    def column(self, name: str, dtype: Any) -> NDArray[Any]:
        return np.concatenate([np.zeros(0, dtype=dtype), *self.parts[name]]).astype(dtype, copy=False)

    def decide(self, sets: SetHolder, clock: StageClock) -> Decided:
        """Families, survivors, reasons and similarities of every record."""
        n, cfg = self.n, self.cfg
        index = np.arange(n, dtype=np.int64)
        rep = follow(self.column("exact", np.int64))
        size = self.column("size", np.int64)[rep]
        pairs = sets.lsh_pairs(n)
        inter = sets.intersections(pairs, rep)
        union = size[pairs[:, 0]] + size[pairs[:, 1]] - inter
        with np.errstate(divide="ignore", invalid="ignore"):
            near = pairs[(inter > 0) & (inter / np.maximum(union, 1) >= cfg.threshold)]
        clock.lap("near")
        dup = np.flatnonzero(rep != index)
        family = components(n, np.concatenate([dup, near[:, 0]]), np.concatenate([rep[dup], near[:, 1]]))
        family_kept = survivors(family, *self._policy_keys(sets, family, rep, size))
        kept, n_candidates = family_kept, len(pairs)
        if cfg.containment is not None:
            kept, n_more = self._contain(sets, family_kept, rep, size, cfg.containment)
            n_candidates += n_more
        code, group = reasons(kept, family_kept, rep)
        clock.lap("families")
        return Decided(group, kept, code, self._similarity(sets, kept, code, rep, size), n_candidates)

    def _policy_keys(self, sets: SetHolder, family: I64, rep: I64, size: I64) -> list[NDArray[Any]]:
        keep = self.cfg.keep
        if self.key is not None:
            many = np.flatnonzero(np.bincount(family, minlength=family.size)[family] > 1)
            rank = np.zeros(family.size, dtype=np.int64)
            keys = self.user_keys
            rank[sorted(many.tolist(), key=lambda i: keys[i])] = np.arange(many.size)
            return [rank]
        if keep == "earliest":
            return [self.column("date", np.float64)]
        if keep == "longest":
            return [-self.column("len", np.int64)]
        if keep == "complete":
            getter = sets.set_getter(complete_members(family, rep))
            return [-complete_scores(family, rep, getter), -size]
        return []

    def _contain(self, sets: SetHolder, family_kept: I64, rep: I64, size: I64,
                 threshold: float) -> tuple[I64, int]:
        found = sets.fingerprint_pairs(self.n)
        ends = family_kept[found] if found.size else found
        ends = np.sort(ends[ends[:, 0] != ends[:, 1]], axis=1)
        ends = unique_pairs(ends)
        inter = sets.intersections(ends, rep)
        small, big, _ = contained_in(ends[:, 0], ends[:, 1], inter, size, threshold)
        pointer = np.arange(self.n, dtype=np.int64)
        pointer[small] = big
        return follow(pointer)[family_kept], len(ends)

    def _similarity(self, sets: SetHolder, kept: I64, code: NDArray[np.int8], rep: I64,
                    size: I64) -> F64:
        n = self.n
        sim = np.full(n, np.nan)
        sim[code == EXACT] = 1.0
        todo = np.flatnonzero((kept != np.arange(n)) & (code != EXACT))
        if not todo.size:
            return sim
        a, b = rep[todo], rep[kept[todo]]
        keys, inverse = np.unique(a * n + b, return_inverse=True)
        distinct = np.stack([keys // n, keys % n], axis=1)
        inter = sets.intersections(distinct, np.arange(n, dtype=np.int64))[inverse.ravel()]
        sa, sb = size[todo].astype(np.float64), size[kept[todo]].astype(np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            jaccard = inter / (sa + sb - inter)
            contained = inter / sa
        sim[todo] = np.where(code[todo] == CONTAINED, contained, jaccard)
        return sim
