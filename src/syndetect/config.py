"""Frozen, validated, keyword-only configuration, one dataclass per stage.

A stage takes only the config it needs. :class:`ScanConfig` bundles them for :func:`syndetect.scan`.
Every config has a :meth:`fingerprint` so persisted artefacts can refuse a mismatched config.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .errors import ConfigError

__all__ = [
    "AlignConfig",
    "CandidateConfig",
    "ClusterConfig",
    "MinHashConfig",
    "NormalizeConfig",
    "ScanConfig",
    "ShingleConfig",
]

Unit = Literal["word", "char"]
Scheme = Literal["oph", "kperm"]
ClusterMode = Literal["verified", "components"]


def _check_int(name: str, value: object, lo: int, hi: int, hint: str = "") -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        msg = f"{name} must be an integer in [{lo}, {hi}], got {value!r}"
        if hint:
            msg += f"; {hint}"
        raise ConfigError(msg)


def _check_float(name: str, value: object, lo: float, hi: float, *, lo_open: bool = False) -> None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if ok:
        v = float(value)  # type: ignore[arg-type]
        ok = (lo < v if lo_open else lo <= v) and v <= hi
    if not ok:
        left = "(" if lo_open else "["
        msg = f"{name} must be a number in {left}{lo}, {hi}], got {value!r}"
        raise ConfigError(msg)


def _check_choice(name: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        msg = f"{name} must be one of {', '.join(map(repr, choices))}, got {value!r}"
        raise ConfigError(msg)


def flatten(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A nested dict as one level with dotted keys: ``{"a": {"b": 1}}`` -> ``{"a.b": 1}``."""
    out: dict[str, Any] = {}
    for key, value in d.items():
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


class _Fingerprinted:
    __slots__ = ()

    RUNTIME_FIELDS: ClassVar[tuple[str, ...]] = ()
    """Fields that change how fast a result comes, never the result: left out of :meth:`fingerprint`."""

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]

    def result_dict(self) -> dict[str, Any]:
        """:meth:`as_dict` without the :attr:`RUNTIME_FIELDS` (at the top level, which is the only
        level that has any)."""
        return {k: v for k, v in self.as_dict().items() if k not in self.RUNTIME_FIELDS}

    def flat_dict(self) -> dict[str, Any]:
        """Every field, nested configs included, under dotted names ("shingle.k")."""
        return flatten(self.as_dict())

    def fingerprint(self) -> str:
        """A short stable hash of every field that can change a result (not the
        :attr:`RUNTIME_FIELDS`): configs that give the same results give equal fingerprints."""
        blob = json.dumps(self.result_dict(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True, kw_only=True)
class NormalizeConfig(_Fingerprinted):
    """How raw text is folded before tokenising. Offsets always map back to the raw text.

    Always on: Unicode compatibility normalisation (NFKC, decomposed input composed first) and case
    folding, so precomposed and decomposed accents, full-width forms, ligatures and case all match;
    curly and straight quotes, apostrophes, dashes and Unicode spaces fold together (apostrophes are
    dropped inside words, so "Shi'ite" and "Shi’ite" give one token).
    """

    fold_acronyms: bool = True
    """Drop the dots of single-letter abbreviations, so "U.S." and "US" give the same token."""
    strip_diacritics: bool = False
    """Drop combining marks after decomposition ("café" matches "cafe")."""
    fold_digits: bool = False
    """Map every decimal digit of any script to 0 ("2019" matches "2020"); off by default. Digits of
    other scripts always fold to ASCII (Urdu "۲۰۱۹" matches "2019")."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ShingleConfig(_Fingerprinted):
    """Shingles: word k-grams (default, for news) or character n-grams (for unsegmented scripts)."""

    unit: Unit = "word"
    k: int = 5
    """Shingle size in units: words for ``unit="word"``, characters for ``unit="char"``."""
    normalize: NormalizeConfig = field(default_factory=NormalizeConfig)

    def __post_init__(self) -> None:
        _check_choice("unit", self.unit, ("word", "char"))
        _check_int("k", self.k, 1, 64, "word 5-grams suit news; character shingles usually use 4-7")
        if not isinstance(self.normalize, NormalizeConfig):
            msg = f"normalize must be a NormalizeConfig, got {type(self.normalize).__name__}"
            raise ConfigError(msg)


@dataclass(frozen=True, slots=True, kw_only=True)
class MinHashConfig(_Fingerprinted):
    """MinHash signatures.

    ``scheme="oph"`` is one-permutation hashing with optimal densification (Shrivastava 2017), the
    fast default; ``scheme="kperm"`` is classic MinHash with ``num_perm`` independent hash functions.
    Both estimate Jaccard similarity without bias. Permutation parameters derive from ``seed`` with
    xxhash, so signatures are identical on every machine.
    """

    num_perm: int = 128
    scheme: Scheme = "oph"
    seed: int = 1

    def __post_init__(self) -> None:
        _check_int("num_perm", self.num_perm, 1, 8192, "128 is a good default")
        _check_choice("scheme", self.scheme, ("oph", "kperm"))
        _check_int("seed", self.seed, 0, 2**64 - 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateConfig(_Fingerprinted):
    """Candidate generation: document-level LSH plus passage-level winnowed fingerprints."""

    threshold: float = 0.5
    """Document-level Jaccard threshold of the LSH banding (candidates, not the final decision)."""
    bands: int | None = None
    """LSH bands; ``None`` derives bands and rows from ``threshold`` and ``num_perm``."""
    fingerprint_k: int = 3
    """Size in words of the n-grams that are winnowed into passage fingerprints (word shingles only;
    character shingles are winnowed as they are)."""
    window: int = 8
    """Winnowing window in n-grams: a shared run of ``window + fingerprint_k - 1`` words shares at
    least one fingerprint, a run of ``2 * window + fingerprint_k - 1`` (18 words) at least two."""
    boilerplate_df: int = 50
    """A fingerprint found in more documents than this (or than ``boilerplate_fraction`` of the
    corpus, whichever is larger) is page furniture or stock phrasing: it creates no pair."""
    boilerplate_fraction: float = 0.01
    boilerplate_source_df: int = 2
    """A fingerprint found in more documents of one ``source`` than this is that outlet's furniture."""
    max_bucket: int = 100_000
    """LSH buckets larger than this are cut there (star edges to the first ``max_bucket`` members; the
    cut is counted in :attr:`~syndetect.types.ScanStats.capped_buckets`). Every member of a bucket is
    paired with its first member, never with all the others, so a text carried 3,000 times makes
    2,999 pairs and one family."""
    all_pairs_limit: int = 32
    """A fingerprint held by at most this many documents pairs all of them; one held by more links
    each of them to its first holder only (a star). So a story carried by many outlets is reported as
    a family whose members are each paired with a representative, not as every pair
    (:attr:`~syndetect.types.Family.pairs` says how many pairs its members have)."""
    min_shared: int = 2
    """Shared fingerprints a pair needs to become a passage-level candidate."""

    def __post_init__(self) -> None:
        _check_float("threshold", self.threshold, 0.0, 1.0, lo_open=True)
        if self.bands is not None:
            _check_int("bands", self.bands, 1, 8192)
        _check_int("window", self.window, 1, 1000)
        _check_int("fingerprint_k", self.fingerprint_k, 1, 64)
        _check_int("boilerplate_df", self.boilerplate_df, 2, 10**9)
        _check_float("boilerplate_fraction", self.boilerplate_fraction, 0.0, 1.0)
        _check_int("boilerplate_source_df", self.boilerplate_source_df, 2, 10**9)
        _check_int("max_bucket", self.max_bucket, 2, 10**9)
        _check_int("all_pairs_limit", self.all_pairs_limit, 2, 10**6)
        _check_int("min_shared", self.min_shared, 1, 10**6)


@dataclass(frozen=True, slots=True, kw_only=True)
class AlignConfig(_Fingerprinted):
    """Verification and passage alignment of candidate pairs."""

    min_words: int = 15
    """Shortest passage reported, in tokens (words). Shorter shared runs are common phrases."""
    max_gap: int = 8
    """Largest run of unmatched tokens (either side) bridged inside one passage."""
    anchor: int = 3
    """Alignment anchors are shared runs of this many tokens (word q-grams)."""
    min_score: float = 0.5
    """Lowest share of matched tokens in a passage."""
    min_jaccard: float = 0.5
    """A pair with no passage is still reported when its exact shingle Jaccard reaches this."""
    min_reuse: float = 0.06
    """A pair with no passage is still reported (rewritten copy) when this share of the smaller
    document's word n-grams (``fingerprint_k`` words) occurs in the other: independent reports of the
    same event measure at most 0.035 on the seed articles."""
    min_reuse_grams: int = 10
    """...and at least this many n-grams are shared (keeps very short texts out)."""

    def __post_init__(self) -> None:
        _check_int("min_words", self.min_words, 1, 100_000)
        _check_int("max_gap", self.max_gap, 0, 1000)
        _check_int("anchor", self.anchor, 1, 16)
        _check_float("min_score", self.min_score, 0.0, 1.0)
        _check_float("min_jaccard", self.min_jaccard, 0.0, 1.0, lo_open=True)
        _check_float("min_reuse", self.min_reuse, 0.0, 1.0, lo_open=True)
        _check_int("min_reuse_grams", self.min_reuse_grams, 1, 10**6)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterConfig(_Fingerprinted):
    """Families. ``mode="verified"`` (default) links documents only through verified pairs whose
    passages cover at least ``min_containment`` of the smaller document, and refuses to merge two
    groups through a single weak link; ``mode="components"`` is the plain connected components of all
    verified pairs."""

    mode: ClusterMode = "verified"
    min_containment: float = 0.0

    def __post_init__(self) -> None:
        _check_choice("mode", self.mode, ("verified", "components"))
        _check_float("min_containment", self.min_containment, 0.0, 1.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class ScanConfig(_Fingerprinted):
    """Everything :func:`syndetect.scan` needs, one config per stage."""

    RUNTIME_FIELDS: ClassVar[tuple[str, ...]] = ("jobs", "chunk_size")

    shingle: ShingleConfig = field(default_factory=ShingleConfig)
    minhash: MinHashConfig = field(default_factory=MinHashConfig)
    candidates: CandidateConfig = field(default_factory=CandidateConfig)
    align: AlignConfig = field(default_factory=AlignConfig)
    cluster: ClusterConfig = field(default_factory=ClusterConfig)
    jobs: int = 1
    """Worker processes for hashing and alignment."""
    chunk_size: int = 256
    """Documents hashed per vectorised batch (how the default was chosen: docs/benchmarks.md)."""

    def __post_init__(self) -> None:
        _check_int("jobs", self.jobs, 1, 1024)
        _check_int("chunk_size", self.chunk_size, 1, 10**7)
        for name, cls in (
            ("shingle", ShingleConfig),
            ("minhash", MinHashConfig),
            ("candidates", CandidateConfig),
            ("align", AlignConfig),
            ("cluster", ClusterConfig),
        ):
            if not isinstance(getattr(self, name), cls):
                msg = f"{name} must be a {cls.__name__}, got {type(getattr(self, name)).__name__}"
                raise ConfigError(msg)
