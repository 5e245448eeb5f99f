"""What a deduplication decides with: :class:`DedupConfig`, frozen and validated."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

from ..config import MinHashConfig, ShingleConfig
from ..errors import ConfigError

__all__ = ["EXACT_MODES", "KEEP_POLICIES", "LSH_RECALL", "DedupConfig", "Exact", "Keep", "lsh_shape"]

Keep = Literal["first", "earliest", "longest", "complete"]
Exact = Literal["normalized", "raw"]
KEEP_POLICIES: tuple[str, ...] = ("first", "earliest", "longest", "complete")
EXACT_MODES: tuple[str, ...] = ("normalized", "raw")

LSH_RECALL = 0.995
"""The least probability that two texts whose Jaccard similarity is exactly ``threshold`` share an
LSH bucket with the derived banding (:func:`lsh_shape`); a pair more similar than that collides more
often. The LSH only proposes pairs: every proposal is verified on the exact shingle sets."""


def _number(name: str, value: object, lo: float, hi: float, *, lo_open: bool, hint: str) -> float:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if ok and (lo < float(value) if lo_open else lo <= float(value)) and float(value) <= hi:  # type: ignore[arg-type]
        return float(value)  # type: ignore[arg-type]
    left = "(" if lo_open else "["
    msg = f"{name} must be a number in {left}{lo}, {hi}], got {value!r}; {hint}"
    raise ConfigError(msg)


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupConfig:
    """How :func:`syndetect.dedup` finds duplicates and which copy it keeps.

    Two records are near duplicates when the exact Jaccard similarity of their shingle sets (the
    hashes of their word 5-grams by default, :class:`~syndetect.ShingleConfig`) is at least
    ``threshold``; MinHash LSH only proposes the pairs to check. Duplicates link into families
    (connected components); each family keeps one record, chosen by ``keep``.
    """

    threshold: float = 0.8
    """Least exact Jaccard similarity of two shingle sets for the records to be near duplicates."""
    keep: Keep = "first"
    """Which record of a family is kept: ``"first"`` in input order, ``"earliest"`` by ``date``
    (ISO 8601; records without a parseable date come after dated ones), ``"longest"`` in characters,
    ``"complete"`` the record sharing the most distinct shingles with the rest of its family (ties
    to the larger shingle set). Remaining ties go to the earlier record."""
    containment: float | None = None
    """When set, a kept record whose shingle set lies at least this much (share of its shingles) in
    a larger kept record's is dropped too, as ``"contained"`` in it. ``None``: off."""
    exact: Exact = "normalized"
    """What counts as an exact duplicate: ``"raw"`` identical text (code point for code point),
    ``"normalized"`` the same sequence of tokens after normalisation (case, Unicode forms, quote
    styles, punctuation and white space aside); raw duplicates are found first either way."""
    shingle: ShingleConfig = field(default_factory=ShingleConfig)
    minhash: MinHashConfig = field(default_factory=MinHashConfig)
    bands: int | None = None
    """LSH bands; ``None`` derives bands and rows from ``threshold`` (:func:`lsh_shape`)."""
    jobs: int = 1
    """Worker processes for hashing."""
    batch_size: int = 8192
    """Records read and hashed at once: what bounds the memory of a batch."""

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "threshold", _number("threshold", self.threshold, 0.0, 1.0, lo_open=True,
                                       hint="0.8 is usual for near-duplicate removal"))
        if self.keep not in KEEP_POLICIES:
            msg = f"keep must be one of {', '.join(map(repr, KEEP_POLICIES))}, got {self.keep!r}"
            raise ConfigError(msg)
        if self.exact not in EXACT_MODES:
            msg = f"exact must be one of {', '.join(map(repr, EXACT_MODES))}, got {self.exact!r}"
            raise ConfigError(msg)
        if self.containment is not None:
            object.__setattr__(
                self, "containment", _number("containment", self.containment, 0.0, 1.0, lo_open=True,
                                             hint="0.9 drops a text when 90% of it lies in a longer one"))
        for name, cls in (("shingle", ShingleConfig), ("minhash", MinHashConfig)):
            if not isinstance(getattr(self, name), cls):
                msg = f"{name} must be a {cls.__name__}, got {type(getattr(self, name)).__name__}"
                raise ConfigError(msg)
        for name, value, hi in (("jobs", self.jobs, 1024), ("batch_size", self.batch_size, 10**8)):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= hi:
                raise ConfigError(f"{name} must be an integer in [1, {hi}], got {value!r}")
        if self.bands is not None and (
            isinstance(self.bands, bool) or not isinstance(self.bands, int)
            or not 1 <= self.bands <= self.minhash.num_perm
        ):
            msg = (f"bands must be an integer in [1, num_perm={self.minhash.num_perm}] or None, got "
                   f"{self.bands!r}; leave it None to derive it from the threshold")
            raise ConfigError(msg)


def lsh_shape(config: DedupConfig) -> tuple[int, int]:
    """``(bands, rows)`` of the LSH banding: ``rows = num_perm // bands`` for the given ``bands``;
    otherwise the most rows per band (fewest false candidates) for which two texts of Jaccard
    similarity ``threshold`` share a bucket with probability at least :data:`LSH_RECALL`."""
    num_perm = config.minhash.num_perm
    if config.bands is not None:
        return config.bands, num_perm // config.bands
    t = config.threshold
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if 1.0 - (1.0 - t**rows) ** bands >= LSH_RECALL:
            return bands, rows
    return num_perm, 1
