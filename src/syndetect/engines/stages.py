"""The stages of a scan, each defined once. The engines (:mod:`.local`, :mod:`.stream`,
:mod:`.dask_engine`) and the index's queries (:mod:`syndetect.index.query`) call these and decide
only where the data lives and how the work is spread.

In pipeline order:

* **ingest**: :class:`Ingest` turns the items a user gives into :class:`~syndetect.types.Document`
  objects, item by item or batch by batch, skipping bad items and repeated ids with a reason;
  :func:`coerce_documents` does it for a whole iterable at once;
* **sources**: :class:`SourceNumbers` numbers the ``source`` names in order of first appearance;
* **features** of a batch of texts: :func:`batch_features`;
* **candidates**: :func:`find_candidates` for a corpus in memory. For a corpus in pieces,
  :func:`bucket_pairs` (the star edges of LSH buckets), :func:`group_fingerprints` (the pairs
  sharing fingerprints of whole fingerprint groups, with their supports) and :func:`reduce_pairs`
  (the candidates of a range of pairs: supports summed over the pieces, then ``min_shared``);
  :class:`CandidateTally` holds what candidate generation found besides the pairs;
* **verification** of a block of pairs given its documents: :func:`verify_block`;
* **families**: :func:`find_families`;
* **statistics**: :class:`StageClock` times the stages, :func:`scan_stats` and :func:`scan_result`
  assemble what a scan returns.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..align.blocks import verify_pairs
from ..align.verify import VerifiedPair, shared_chars
from ..candidates.banding import optimal_bands, star_edges
from ..candidates.features import CorpusFeatures, corpus_features
from ..candidates.fingerprints import (
    FingerprintIndex,
    boilerplate_cap,
    candidate_pairs,
    fingerprint_candidates,
)
from ..candidates.groups import unique_pairs
from ..candidates.recurring import Recurring
from ..config import CandidateConfig, ScanConfig
from ..families.cluster import families, family_edges
from ..provenance.trace import attribute
from ..types import Document, Family, ScanResult, ScanStats, Skipped
from ..workers.tasks import Executor

__all__ = [
    "CandidateTally",
    "DocumentBlock",
    "DocumentLike",
    "Ingest",
    "ProgressCallback",
    "SourceNumbers",
    "StageClock",
    "band_shape",
    "batch_features",
    "bucket_pairs",
    "coerce_document",
    "coerce_documents",
    "count_empty",
    "find_candidates",
    "find_families",
    "furniture_cap",
    "group_fingerprints",
    "pair_ranges",
    "range_of",
    "reduce_pairs",
    "scan_result",
    "scan_stats",
    "source_numbers",
    "verify_block",
    "with_provenance",
]

ProgressCallback = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; stages: "hashing", "candidates", "alignment"."""

DocumentLike = Document | Mapping[str, Any] | str

I64 = NDArray[np.int64]
U64A = NDArray[np.uint64]


# ------------------------------------------------------------------------------------------------
# ingest


def coerce_document(item: object, i: int) -> Document | Skipped:
    """Item ``i`` of a scan's input as a Document, or why it is skipped."""
    if isinstance(item, Document):
        doc = item
    elif isinstance(item, str):
        doc = Document(id=str(i), text=item)
    elif isinstance(item, Mapping):
        text = item.get("text")
        ident = item.get("id", i)
        if not isinstance(text, str):
            return Skipped(str(ident), f"item {i}: field 'text' is {type(text).__name__}, expected str")
        extra = {k: v for k, v in item.items() if k not in ("id", "text", "source", "date", "url")}
        opt = {k: (None if item.get(k) is None else str(item.get(k))) for k in ("source", "date", "url")}
        doc = Document(id=str(ident), text=text, meta=extra, **opt)
    else:
        return Skipped(str(i), f"item {i} is {type(item).__name__}; expected Document, mapping or str")
    if not isinstance(doc.text, str):
        return Skipped(str(doc.id), f"item {i}: text is {type(doc.text).__name__}, expected str")
    return doc


class Ingest:
    """The documents of a scan's input, fed in input order in any number of batches: bad items and
    repeated ids are skipped with a reason, the first document with an id is kept.

    Items are coerced here (:meth:`accept`) or where they live (:func:`coerce_document`, the result
    handed in with :meth:`admit` or :meth:`skip`). The set of ids seen is the only state that grows
    with the corpus.
    """

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._skipped: list[tuple[int, Skipped]] = []

    def accept(self, item: object, i: int) -> Document | None:
        """Item ``i`` as a document to keep, or None when it is skipped (the reason is kept)."""
        doc = coerce_document(item, i)
        if isinstance(doc, Skipped):
            self._skipped.append((i, doc))
            return None
        return doc if self.admit(doc.id, i) else None

    def admit(self, doc_id: str, i: int) -> bool:
        """Whether the document of item ``i``, already coerced, is kept: not when its id is repeated."""
        if doc_id in self._seen:
            reason = f"item {i}: duplicate id {doc_id!r}; the first one was kept"
            self._skipped.append((i, Skipped(doc_id, reason)))
            return False
        self._seen.add(doc_id)
        return True

    def skip(self, i: int, skipped: Skipped) -> None:
        """Item ``i`` was skipped where it was coerced, for the reason in ``skipped``."""
        self._skipped.append((i, skipped))

    def forget_ids(self) -> None:
        """Drop the set of ids seen (after the last batch): the skipped items are kept."""
        self._seen = set()

    @property
    def skipped(self) -> list[Skipped]:
        """The skipped items, in input order."""
        return [s for _, s in sorted(self._skipped, key=operator.itemgetter(0))]


def coerce_documents(documents: Iterable[DocumentLike]) -> tuple[list[Document], list[Skipped]]:
    """Documents from what the user gave; bad items and repeated ids are skipped with a reason."""
    ingest = Ingest()
    docs = [doc for i, item in enumerate(documents) if (doc := ingest.accept(item, i)) is not None]
    return docs, ingest.skipped


# ------------------------------------------------------------------------------------------------
# sources and features


class SourceNumbers:
    """A number per ``source`` name, in order of first appearance (-1 for no source). A corpus fed
    in batches keeps one instance for all of them."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}

    def number(self, sources: Iterable[str | None]) -> I64:
        """The numbers of ``sources``; names not seen before get the next numbers."""
        codes = self.codes
        return np.array([-1 if s is None else codes.setdefault(s, len(codes)) for s in sources],
                        dtype=np.int64)

    @property
    def known(self) -> bool:
        """Whether any document so far had a source."""
        return bool(self.codes)


def source_numbers(docs: Sequence[Document]) -> I64 | None:
    """A number per document for its ``source`` (-1 when unknown), or None when no source is known."""
    numbers = SourceNumbers()
    found = numbers.number(d.source for d in docs)
    return found if numbers.known else None


def _runner(cfg: ScanConfig, jobs: int | Executor | None) -> int | Executor:
    """What runs a stage's parallel work: ``jobs`` when given, else ``cfg.jobs`` processes."""
    return cfg.jobs if jobs is None else jobs


def batch_features(
    texts: list[str], cfg: ScanConfig, *, jobs: int | Executor | None = None,
    progress: Callable[[int], None] | None = None,
) -> CorpusFeatures:
    """Signatures, token counts and fingerprints of a batch of texts (``jobs``: processes or an
    executor, default ``cfg.jobs``); ``progress(done_documents)`` after each chunk."""
    cc = cfg.candidates
    return corpus_features(texts, cfg.shingle, cfg.minhash, window=cc.window, fingerprint_k=cc.fingerprint_k,
                           chunk_size=cfg.chunk_size, jobs=_runner(cfg, jobs),
                           progress=progress)


def count_empty(n_tokens: I64) -> int:
    """How many documents have no token (``n_tokens``: the token counts of their features)."""
    return int(np.count_nonzero(n_tokens == 0))


# ------------------------------------------------------------------------------------------------
# candidates


def band_shape(cfg: ScanConfig) -> tuple[int, int]:
    """``(bands, rows)`` of the LSH banding of ``cfg``."""
    return optimal_bands(cfg.candidates.threshold, cfg.minhash.num_perm, cfg.candidates.bands)


def furniture_cap(n: int, cc: CandidateConfig) -> int:
    """The number of documents (of ``n``) above which a fingerprint is page furniture."""
    return boilerplate_cap(n, cc.boilerplate_df, cc.boilerplate_fraction)


@dataclass(frozen=True, slots=True)
class CandidateTally:
    """What candidate generation found besides the pairs."""

    boilerplate: U64A
    """Fingerprint hashes judged page furniture, sorted and unique."""
    capped: int
    """LSH buckets and fingerprint postings larger than their cap."""
    recurring: Recurring

    @staticmethod
    def of(found: FingerprintIndex, capped: int = 0) -> CandidateTally:
        """The tally of one :class:`FingerprintIndex`, with ``capped`` more capped LSH buckets."""
        return CandidateTally(found.boilerplate, found.capped + capped, found.recurring)

    @staticmethod
    def merge(parts: Sequence[CandidateTally], capped: int = 0) -> CandidateTally:
        """The tallies of parts that share no fingerprint, as one, with ``capped`` more capped buckets."""
        boilerplate = (np.unique(np.concatenate([p.boilerplate for p in parts])) if parts
                       else np.zeros(0, dtype=np.uint64))
        return CandidateTally(boilerplate, capped + sum(p.capped for p in parts),
                              Recurring.merge([p.recurring for p in parts]))


def find_candidates(
    feats: CorpusFeatures, sources: I64 | None, cfg: ScanConfig, *, jobs: int | Executor | None = None
) -> tuple[I64, CandidateTally]:
    """Candidate pairs of a corpus in memory, sorted and unique (LSH banding and shared
    fingerprints, :func:`~syndetect.candidates.fingerprints.candidate_pairs`), and their tally. ``sources``
    are :func:`source_numbers`; ``jobs`` as for :func:`batch_features`."""
    cc = cfg.candidates
    bands, rows = band_shape(cfg)
    doc_pairs, capped, fps = candidate_pairs(
        feats.signatures, feats.n_tokens == 0, feats.fp_hash, feats.fp_doc, sources, cc, bands=bands,
        rows=rows, cap=furniture_cap(feats.signatures.shape[0], cc), jobs=_runner(cfg, jobs),
    )
    return unique_pairs(np.concatenate([doc_pairs, fps.pairs])), CandidateTally.of(fps, capped)


def bucket_pairs(keys: U64A, docs: I64, cap: int) -> tuple[I64, I64, int]:
    """The star edges of the LSH buckets of equal ``keys`` (at most ``cap`` lowest members each,
    :func:`~syndetect.candidates.banding.star_edges`) as pairs ``a < b``, and how many buckets are
    larger than ``cap``."""
    left, right, capped = star_edges(keys, docs, cap)
    a, b = np.minimum(left, right), np.maximum(left, right)
    keep = a != b
    return a[keep], b[keep], capped


def group_fingerprints(hashes: U64A, docs: I64, sources: I64 | None, cap: int,
                       cc: CandidateConfig) -> FingerprintIndex:
    """:func:`~syndetect.candidates.fingerprints.fingerprint_candidates` of postings that hold whole
    fingerprint groups (every posting of each of their hashes): ``docs`` are corpus-wide numbers,
    ``sources`` their source numbers (None without sources), ``cap`` the furniture cap of the whole
    corpus. Documents are renumbered locally (in ascending order, so the first member of each group
    stays first) and back. Every pair comes with its support: ``min_shared`` applies to the supports
    summed over all pieces (:func:`reduce_pairs`)."""
    numbers, local = np.unique(docs, return_inverse=True)
    local = local.ravel().astype(np.int64)
    src_of: I64 | None = None
    if sources is not None:
        src_of = np.full(numbers.size, -1, dtype=np.int64)
        src_of[local] = sources
    fi = fingerprint_candidates(np.ascontiguousarray(hashes), local, src_of, cap=cap,
                                source_cap=cc.boilerplate_source_df, min_shared=1, doc_numbers=numbers,
                                all_pairs_limit=cc.all_pairs_limit)
    pairs = numbers[fi.pairs] if fi.pairs.size else np.zeros((0, 2), dtype=np.int64)
    return replace(fi, pairs=pairs, support=fi.support.astype(np.int64))


def pair_ranges(n: int, parts: int) -> I64:
    """The first document of each of ``parts`` ranges of ``n`` documents: pairs are split by the
    range of their first document (:func:`range_of`)."""
    bounds: I64 = (np.arange(parts, dtype=np.int64) * n) // parts
    return bounds


def range_of(bounds: I64, first: I64) -> I64:
    """The range (:func:`pair_ranges`) of each pair's first document ``first``."""
    found: I64 = np.searchsorted(bounds, first, side="right") - 1
    return found


def reduce_pairs(n: int, min_shared: int, lsh: Sequence[tuple[I64, I64]],
                 shared: Sequence[tuple[I64, I64, I64]]) -> I64:
    """The candidate pairs ``(m, 2)`` of pieces of pairs among ``n`` documents, sorted and unique:
    every LSH pair ``(a, b)``, and every pair ``(a, b, support)`` sharing fingerprints whose
    supports, summed over the pieces, reach ``min_shared``."""
    width = max(n, 1)
    codes = [a * width + b for a, b in lsh]
    if shared:
        keys = np.concatenate([a * width + b for a, b, _ in shared])
        support = np.concatenate([s for _, _, s in shared])
        uniq, inverse = np.unique(keys, return_inverse=True)
        total = np.bincount(inverse.ravel(), weights=support, minlength=uniq.size)
        codes.append(uniq[total >= min_shared])
    found = np.unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.int64)
    if found.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    return np.stack([found // width, found % width], axis=1).astype(np.int64)


# ------------------------------------------------------------------------------------------------
# verification and families


@dataclass(frozen=True, slots=True)
class DocumentBlock:
    """What verification needs of the documents of a block of pairs, all in one order."""

    numbers: I64 | None
    """Ascending corpus-wide numbers of the documents; None when the pairs number the documents
    of the block themselves (0, 1, ...)."""
    texts: Sequence[str]
    ids: Sequence[str]
    sources: Sequence[str | None]
    """Compared for equality only."""
    signatures: NDArray[np.uint32]

    @staticmethod
    def join(parts: Sequence[DocumentBlock]) -> DocumentBlock:
        """Blocks of disjoint documents, in ascending order of their numbers, as one."""
        return DocumentBlock(np.concatenate([p.numbers for p in parts if p.numbers is not None]),
                             [t for p in parts for t in p.texts], [i for p in parts for i in p.ids],
                             [s for p in parts for s in p.sources],
                             np.concatenate([p.signatures for p in parts]))


def verify_block(
    pairs: I64, block: DocumentBlock, cfg: ScanConfig, recurring: Recurring | None, *,
    jobs: int | Executor | None = None, progress: Callable[[int], None] | None = None,
) -> list[VerifiedPair]:
    """Verify candidate pairs (:func:`~syndetect.align.blocks.verify_pairs`; ``jobs`` as for
    :func:`batch_features`) given their documents: corpus-wide numbers are renumbered into the block
    (ascending, so ``a < b`` still holds) and the verified pairs numbered back."""
    numbers = block.numbers
    local = pairs if numbers is None else np.searchsorted(numbers, pairs)
    cc = cfg.candidates
    found = verify_pairs(local, block.texts, block.ids, block.signatures, cfg.shingle, cfg.align, cc,
                         sources=block.sources, recurring=recurring,
                         jobs=_runner(cfg, jobs), progress=progress)
    if numbers is None:
        return found
    return [replace(v, a=int(numbers[v.a]), b=int(numbers[v.b])) for v in found]


def find_families(ids: Sequence[str], dates: Sequence[str | None], verified: Sequence[VerifiedPair],
                  cfg: ScanConfig) -> list[Family]:
    """The families of documents ``0..len(ids)-1`` linked by ``verified`` pairs, with their origins."""
    return families(ids, dates, shared_chars(len(ids), verified), family_edges(verified), cfg.cluster)


# ------------------------------------------------------------------------------------------------
# statistics


class StageClock:
    """Seconds per stage for :attr:`~syndetect.types.ScanStats.seconds`: :meth:`lap` ends a stage
    begun at the previous lap (the first at the clock's creation)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._start = self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        """The stage ``stage`` ends now."""
        now = time.perf_counter()
        self.seconds[stage] = now - self._last
        self._last = now

    def total(self) -> dict[str, float]:
        """The seconds per stage with ``total`` (last), the time since the clock was made."""
        self.seconds.pop("total", None)
        self.seconds["total"] = time.perf_counter() - self._start
        return self.seconds


def scan_stats(*, documents: int, empty: int, candidates: int, tally: CandidateTally, pairs: int,
               families: int, seconds: dict[str, float]) -> ScanStats:
    """The statistics of a scan or query from its counts."""
    return ScanStats(documents=documents, empty_documents=empty, candidate_pairs=candidates, pairs=pairs,
                     families=families, boilerplate_fingerprints=int(tally.boilerplate.size),
                     capped_buckets=int(tally.capped), seconds=seconds)


def scan_result(verified: Sequence[VerifiedPair], fams: Sequence[Family], skipped: Sequence[Skipped], *,
                documents: int, empty: int, candidates: int, tally: CandidateTally,
                clock: StageClock) -> ScanResult:
    """What a scan returns: its pairs, families, statistics (the clock's stages and total) and the
    items it skipped."""
    stats = scan_stats(documents=documents, empty=empty, candidates=candidates, tally=tally,
                       pairs=len(verified), families=len(fams), seconds=clock.total())
    return ScanResult(tuple(v.pair for v in verified), tuple(fams), stats, tuple(skipped))


def with_provenance(result: ScanResult, documents: Sequence[Document], clock: StageClock) -> ScanResult:
    """``result`` with its :attr:`~syndetect.types.ScanResult.provenance` (credits, family sources,
    pair relations, outlets: :func:`syndetect.provenance.trace.attribute` over the scanned
    ``documents``) and the ``provenance`` stage's seconds in its statistics."""
    found = attribute(documents, result)
    clock.lap("provenance")
    return replace(result, provenance=found, stats=replace(result.stats, seconds=clock.total()))
