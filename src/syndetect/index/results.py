"""What the :class:`~syndetect.index.api.Index` operations return: :class:`AddResult`,
:class:`QueryResult`, :class:`RemoveResult` and :class:`IndexStats`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..types import Family, Pair, ScanResult, Skipped

__all__ = ["AddResult", "IndexStats", "QueryResult", "RemoveResult"]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Index.add` did."""

    added: tuple[str, ...]
    """Ids now indexed by this call (new ones and replacements), in input order."""
    replaced: tuple[str, ...]
    """Ids that were already indexed: their old document was replaced."""
    duplicates: tuple[tuple[str, str], ...]
    """``(added id, other id)``: the added text is exactly the text of another document."""
    pairs: tuple[Pair, ...]
    """Verified pairs of the added documents: ``a`` added, ``b`` indexed (or added, by input order)."""
    families: tuple[Family, ...]
    """The families the added documents are in now."""
    merged: tuple[tuple[str, str], ...] = ()
    """``(absorbed family id, surviving family id)`` for families merged by this batch."""
    skipped: tuple[Skipped, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict, compare=False)

    def summary(self) -> str:
        """One line for humans: counts of what happened."""
        parts = [f"{len(self.added)} added", f"{len(self.replaced)} replaced",
                 f"{len(self.duplicates)} exact duplicates", f"{len(self.pairs)} pairs",
                 f"{len(self.families)} families"]
        if self.merged:
            parts.append(f"{len(self.merged)} families merged")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class QueryResult(ScanResult):
    """What :meth:`Index.query` found: a :class:`ScanResult`, and the query documents whose id is
    also an indexed document's id."""

    same_ids: tuple[str, ...] = ()
    """Query ids that are indexed ids too. Both documents are compared by text like any other; in
    pairs and families the indexed one is named ``index:<id>`` (:data:`INDEXED_PREFIX`)."""


@dataclass(frozen=True, slots=True)
class RemoveResult:
    """What :meth:`Index.remove` did."""

    removed: tuple[str, ...]
    missing: tuple[str, ...]
    """Ids that were not indexed (nothing to remove)."""


@dataclass(frozen=True, slots=True)
class IndexStats:
    """Sizes of an index."""

    path: str
    documents: int
    texts: int
    """Distinct texts stored (exact duplicates share one)."""
    sources: int
    families: int
    band_keys: int
    fingerprints: int
    bytes: int
    """Bytes on disk (database file and write-ahead log)."""
    schema_version: int
    config_fingerprint: str
    config: dict[str, Any]

    @property
    def bytes_per_document(self) -> float:
        return self.bytes / self.documents if self.documents else 0.0

    def as_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["bytes_per_document"] = round(self.bytes_per_document, 1)
        return out
