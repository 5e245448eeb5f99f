"""What :func:`syndetect.dedup` returns: :class:`DedupResult`, its per-record :class:`Decision`
objects and :class:`DedupStats`."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..io.problems import Problem
from .config import DedupConfig
from .policy import REASONS

__all__ = ["Decision", "DedupResult", "DedupStats", "MarkArrays"]


@dataclass(frozen=True, slots=True)
class Decision:
    """What deduplication decided for one record."""

    index: int
    """Position of the record among the records read (0-based, input order)."""
    id: str
    path: str | None
    """The input file it was read from (None for an in-memory item)."""
    row: int
    """Where it is in that input (0-based): the line of a JSONL file, the line a CSV record starts on
    (the header is line 0), the item of an in-memory sequence, 0 for a one-text file."""
    family: int
    """``index`` of the first record of its family (the records kept as the same one)."""
    kept: bool
    reason: str
    """``"unique"`` (no duplicate), ``"kept"`` (its family's survivor), ``"exact"``, ``"near"`` or
    ``"contained"`` (dropped: an exact duplicate of the kept record, a near duplicate in its family,
    or contained in the kept record)."""
    kept_id: str
    """Id of the record kept in its place (its own for a kept record)."""
    similarity: float | None
    """Dropped records: the exact Jaccard similarity of its shingle set with the kept record's
    (``"exact"``, ``"near"``), or the share of its shingles found in the kept record
    (``"contained"``). None for a kept record."""


@dataclass(frozen=True, slots=True)
class DedupStats:
    """Counts and timings of one deduplication."""

    records: int
    """Records read and judged."""
    by_reason: dict[str, int]
    """Records per reason, every reason present (0 when none)."""
    families: int
    """Families of two or more records."""
    candidate_pairs: int
    """Pairs proposed by LSH (and, with containment, by shared fingerprints) and verified."""
    problems: int
    """Inputs skipped (files, records, rows) because of a problem."""
    seconds: dict[str, float] = field(default_factory=dict)

    @staticmethod
    def of(code: NDArray[np.int8], candidates: int, problems: tuple[Problem, ...],
           seconds: dict[str, float]) -> DedupStats:
        """The statistics of the decisions ``code`` (reason codes, one per record)."""
        counts = np.bincount(code, minlength=len(REASONS))
        by_reason = {r: int(c) for r, c in zip(REASONS, counts, strict=True)}
        return DedupStats(int(code.size), by_reason, int(counts[REASONS.index("kept")]), candidates,
                          sum(p.fatal_for_document for p in problems), seconds)

    @property
    def dropped(self) -> int:
        return sum(self.by_reason[r] for r in ("exact", "near", "contained"))

    @property
    def kept(self) -> int:
        return self.by_reason["unique"] + self.by_reason["kept"]


@dataclass(frozen=True, slots=True)
class MarkArrays:
    """The marks of a run of input rows (a table's rows, a partition's items), column by column.
    ``unread[j]``: row ``j`` was not read as a record and has no marks (family 0, kept False,
    reason and kept id None, similarity NaN)."""

    unread: NDArray[np.bool_]
    family: NDArray[np.int64]
    kept: NDArray[np.bool_]
    reason: NDArray[np.object_]
    kept_id: NDArray[np.object_]
    similarity: NDArray[np.float64]
    """Rounded to 6 decimals; NaN for a kept record."""


@dataclass(frozen=True, slots=True, eq=False)
class DedupResult:
    """Decisions for every record read, as arrays in input order (:meth:`decisions` gives them as
    :class:`Decision` objects), with statistics and the problems met.

    ``kept_index[i]`` is the record kept in record ``i``'s place (``i`` itself when it is kept),
    ``reason_code[i]`` indexes :data:`~syndetect.deduplication.policy.REASONS`, ``similarity[i]`` is NaN
    for a kept record.
    """

    ids: list[str]
    paths: tuple[str | None, ...]
    """The inputs read, by number (``path_index``)."""
    path_index: NDArray[np.int32]
    rows: NDArray[np.int64]
    family: NDArray[np.int64]
    kept_index: NDArray[np.int64]
    reason_code: NDArray[np.int8]
    similarity: NDArray[np.float64]
    stats: DedupStats
    problems: tuple[Problem, ...]
    config: DedupConfig
    outputs: tuple[str, ...] = ()
    """Files written."""
    table: Any = None
    """For an in-memory table source (pyarrow Table, pandas or Polars DataFrame, datasets Dataset)
    and no output: the deduplicated table, of the source's kind (without the dropped rows, or with
    the mark columns); for :func:`syndetect.dedup_dask`, the Dask collection with the decisions
    applied, lazily; None otherwise."""

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def kept(self) -> NDArray[np.bool_]:
        """Whether each record is kept."""
        kept: NDArray[np.bool_] = self.kept_index == np.arange(len(self.ids))
        return kept

    def decision(self, i: int) -> Decision:
        """The decision of record ``i``."""
        sim = float(self.similarity[i])
        k = int(self.kept_index[i])
        return Decision(i, self.ids[i], self.paths[int(self.path_index[i])], int(self.rows[i]),
                        int(self.family[i]), k == i, REASONS[int(self.reason_code[i])], self.ids[k],
                        None if math.isnan(sim) else sim)

    def decisions(self) -> Iterator[Decision]:
        """Every record's decision, in input order."""
        return (self.decision(i) for i in range(len(self.ids)))

    def marks(self, which: NDArray[np.int64], at: NDArray[np.int64], rows: int) -> MarkArrays:
        """The marks of ``rows`` input rows among which records ``which`` sit at rows ``at``."""
        unread = np.ones(rows, dtype=np.bool_)
        unread[at] = False

        def spread(values: NDArray[Any], fill: Any, dtype: Any) -> NDArray[Any]:
            full = np.full(rows, fill, dtype=dtype)
            full[at] = values
            return full

        kept_index = self.kept_index[which]
        ids = self.ids
        return MarkArrays(
            unread, spread(self.family[which], 0, np.int64), spread(kept_index == which, False, np.bool_),
            spread(np.array(REASONS, dtype=object)[self.reason_code[which]], None, object),
            spread(np.array([ids[k] for k in kept_index.tolist()], dtype=object), None, object),
            spread(np.round(self.similarity[which], 6), np.nan, np.float64))

    def kept_ids(self) -> list[str]:
        """The ids of the kept records, in input order."""
        return [self.ids[i] for i in np.flatnonzero(self.kept).tolist()]

    def summary(self) -> str:
        """One line: records, kept, dropped by reason, problems."""
        s = self.stats
        r = s.by_reason
        return (f"{s.records} records: {s.kept} kept, {s.dropped} dropped ({r['exact']} exact, "
                f"{r['near']} near, {r['contained']} contained), {s.families} families, "
                f"{s.problems} skipped inputs")
