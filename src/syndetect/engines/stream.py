"""``scan_stream()``: :func:`syndetect.scan` for corpora larger than memory, on one machine.

The result equals ``scan(documents, config)`` (same pairs, passages, families and counts). The stages
are the in-process ones; only where their inputs and outputs live changes:

1. **ingest and hash**: documents are read from the iterable in batches; each batch's texts are
   appended to an on-disk store (a UTF-8 blob plus byte offsets) and hashed with
   :func:`~syndetect.candidates.features.corpus_features` (``config.jobs`` processes).
   Signatures go to a file; LSH bucket entries and winnowed fingerprints are appended to
   ``partitions`` files each, by band key and by fingerprint hash.
2. **candidates, partition by partition**: every LSH bucket and every fingerprint lies wholly in one
   partition, so star edges (:func:`~syndetect.candidates.lsh.star_edges`) and
   :func:`~syndetect.candidates.lsh.fingerprint_candidates` run on one partition at a time. Their pairs are
   appended to files by range of the first document, with the fingerprint pairs' shared counts.
3. **verification, range by range**: the shared counts of a range are summed, ``min_shared`` applied,
   and the candidate pairs verified in blocks with :func:`~syndetect.align.verify.verify_pairs`, reading back
   only the texts and signatures of the block's documents.
4. **families** from the verified pairs, with ids and dates read lazily from the store.

Peak memory, for ``n`` documents: the id set used to skip repeated ids (about 100 bytes plus the id
length per document) and three per-document arrays (24 bytes per document); one batch of texts
(``batch_size`` documents) and its hashing buffers (``chunk_size`` documents per process); the largest
partition file (about ``24 * fingerprints / partitions`` bytes, times ~4 while sorting) and the
largest pair range; the texts of one verification block; and the result itself (the verified pairs
and their passages). Nothing holds all texts, all signatures or all fingerprints at once. The disk
needs about the corpus size in UTF-8 plus ``4 * num_perm + 16 * bands + 24 * fingerprints`` bytes per
document; the directory is removed afterwards.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO, overload

import numpy as np
from numpy.typing import NDArray

from ..align.verify import VerifiedPair, family_edges, shared_chars, verify_pairs
from ..candidates.features import corpus_features
from ..candidates.lsh import (
    Recurring,
    boilerplate_cap,
    bucket_keys,
    fingerprint_candidates,
    optimal_bands,
    star_edges,
)
from ..config import ScanConfig, _check_int
from ..families.cluster import families
from ..types import ScanResult, ScanStats, Skipped
from .local import DocumentLike, ProgressCallback, coerce_document

__all__ = ["scan_stream"]

I64 = NDArray[np.int64]
_LSH = np.dtype([("key", "<u8"), ("doc", "<i8")])
_FP = np.dtype([("hash", "<u8"), ("doc", "<i8"), ("src", "<i8")])
_PAIR = np.dtype([("a", "<i8"), ("b", "<i8"), ("support", "<i8")])
_VERIFY_BLOCK = 4096  # pairs per verify_pairs block, as in-process


class _Store:
    """Append-only records on disk: a blob and the byte offset where each record ends."""

    def __init__(self, path: Path) -> None:
        self.blob_path = path.with_suffix(".bin")
        self.off_path = path.with_suffix(".off")
        self._blob: BinaryIO = open(self.blob_path, "wb")  # noqa: SIM115 - closed in close()
        self._off: BinaryIO = open(self.off_path, "wb")  # noqa: SIM115
        self._end = 0
        self.count = 0

    def append(self, records: list[bytes]) -> None:
        ends = np.cumsum([len(r) for r in records], dtype=np.int64) + self._end
        self._blob.write(b"".join(records))
        ends.tofile(self._off)
        self._end = int(ends[-1]) if records else self._end
        self.count += len(records)

    def close(self) -> None:
        self._blob.close()
        self._off.close()


class _Reader:
    """Random access to a closed :class:`_Store` with positioned reads (no mapping, so pages read
    are not held by the process)."""

    def __init__(self, store: _Store, stack: ExitStack) -> None:
        self.ends = np.fromfile(store.off_path, dtype=np.int64)
        self._fd = os.open(store.blob_path, os.O_RDONLY)
        stack.callback(os.close, self._fd)

    def get(self, i: int) -> bytes:
        start = int(self.ends[i - 1]) if i else 0
        return os.pread(self._fd, int(self.ends[i]) - start, start)


def _rows(path: Path, docs: I64, width: int) -> NDArray[np.uint32]:
    """Rows ``docs`` of an ``(n, width)`` uint32 file, read one by one."""
    out = np.empty((docs.size, width), dtype=np.uint32)
    size = 4 * width
    fd = os.open(path, os.O_RDONLY)
    try:
        for j, d in enumerate(docs.tolist()):
            out[j] = np.frombuffer(os.pread(fd, size, d * size), dtype=np.uint32)
    finally:
        os.close(fd)
    return out


class _Column(Sequence[str | None]):
    """One metadata field of every document, decoded on access (for :func:`families`)."""

    def __init__(self, meta: _Reader, field: int) -> None:
        self._meta, self._field = meta, field

    def __len__(self) -> int:
        return int(self._meta.ends.size)

    @overload
    def __getitem__(self, i: int) -> str | None: ...
    @overload
    def __getitem__(self, i: slice) -> list[str | None]: ...
    def __getitem__(self, i: int | slice) -> str | list[str | None] | None:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        value: str | None = json.loads(self._meta.get(i))[self._field]
        return value


def _batches(documents: Iterable[DocumentLike], size: int) -> Iterator[list[tuple[int, object]]]:
    batch: list[tuple[int, object]] = []
    for i, item in enumerate(documents):
        batch.append((i, item))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def scan_stream(
    documents: Iterable[DocumentLike],
    config: ScanConfig | None = None,
    *,
    workdir: str | os.PathLike[str] | None = None,
    partitions: int = 64,
    batch_size: int = 8192,
    progress: ProgressCallback | None = None,
) -> ScanResult:
    """:func:`syndetect.scan` with bounded memory: the same result, spilling to ``workdir``.

    ``documents`` is any iterable (a generator, :func:`syndetect.io.corpus.iter_corpus` documents, ...);
    it is read once. Intermediate files go to a fresh directory inside ``workdir`` (default: the
    system temporary directory), removed afterwards. ``partitions`` is the number of band-key,
    fingerprint-hash and pair-range partitions (raise it for corpora of tens of millions of
    documents); ``batch_size`` documents are held in memory at once while reading. ``progress`` is
    called as ``progress(stage, done, total)`` with ``total=0`` while the corpus size is unknown.
    See the module docstring for the memory bound.
    """
    cfg = config or ScanConfig()
    _check_int("partitions", partitions, 1, 1 << 16, "64 suits up to a few million documents")
    _check_int("batch_size", batch_size, 1, 10**8)
    report = progress or (lambda stage, done, total: None)
    with tempfile.TemporaryDirectory(prefix="syndetect-stream-", dir=workdir) as tmp:
        return _scan(documents, cfg, Path(tmp), partitions, batch_size, report)


def _scan(documents: Iterable[DocumentLike], cfg: ScanConfig, tmp: Path, parts: int, batch_size: int,
          report: ProgressCallback) -> ScanResult:
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    cc = cfg.candidates
    bands, rows = optimal_bands(cc.threshold, cfg.minhash.num_perm, cc.bands)
    texts, meta = _Store(tmp / "texts"), _Store(tmp / "meta")
    skipped: list[Skipped] = []
    seen: set[str] = set()
    codes: dict[str, int] = {}
    n_empty = 0
    with ExitStack() as files:
        sig_file = files.enter_context(open(tmp / "signatures.u32", "wb"))
        src_file = files.enter_context(open(tmp / "sources.i64", "wb"))
        lsh_files = [files.enter_context(open(tmp / f"lsh{p}.bin", "wb")) for p in range(parts)]
        fp_files = [files.enter_context(open(tmp / f"fp{p}.bin", "wb")) for p in range(parts)]
        files.callback(texts.close)
        files.callback(meta.close)
        for batch in _batches(documents, batch_size):
            kept: list[tuple[str, str, str | None, str | None]] = []
            for i, item in batch:
                doc = coerce_document(item, i)
                if isinstance(doc, Skipped):
                    skipped.append(doc)
                elif doc.id in seen:
                    reason = f"item {i}: duplicate id {doc.id!r}; the first one was kept"
                    skipped.append(Skipped(doc.id, reason))
                else:
                    seen.add(doc.id)
                    kept.append((doc.id, doc.text, doc.source, doc.date))
            if not kept:
                continue
            start = texts.count
            batch_texts = [k[1] for k in kept]
            texts.append([t.encode("utf-8", "surrogatepass") for t in batch_texts])
            meta.append([json.dumps([k[0], k[2], k[3]]).encode() for k in kept])
            src = np.array([-1 if k[2] is None else codes.setdefault(k[2], len(codes)) for k in kept],
                           dtype=np.int64)
            src.tofile(src_file)
            feats = corpus_features(batch_texts, cfg.shingle, cfg.minhash, window=cc.window,
                                    fingerprint_k=cc.fingerprint_k, chunk_size=cfg.chunk_size,
                                    jobs=cfg.jobs)
            del batch_texts, kept
            feats.signatures.tofile(sig_file)
            n_empty += int(np.count_nonzero(feats.n_tokens == 0))
            _spill_lsh(feats.signatures, feats.n_tokens, start, bands, rows, lsh_files)
            _spill_fp(feats.fp_hash, feats.fp_doc, src, start, fp_files)
            report("hashing", texts.count, 0)
    n = texts.count
    del seen
    seconds["hashing"] = time.perf_counter() - t0

    t1 = time.perf_counter()
    cap = boilerplate_cap(n, cc.boilerplate_df, cc.boilerplate_fraction)
    bounds = (np.arange(parts, dtype=np.int64) * n) // parts
    capped = 0
    boiler: list[NDArray[np.uint64]] = []
    recurring: list[Recurring] = []
    with ExitStack() as files:
        lsh_out = [files.enter_context(open(tmp / f"edges{r}.bin", "wb")) for r in range(parts)]
        fp_out = [files.enter_context(open(tmp / f"shared{r}.bin", "wb")) for r in range(parts)]
        for p in range(parts):
            entries = np.fromfile(tmp / f"lsh{p}.bin", dtype=_LSH)
            left, right, c = star_edges(entries["key"], entries["doc"], cc.max_bucket)
            capped += c
            del entries
            _spill_pairs(np.minimum(left, right), np.maximum(left, right), None, bounds, lsh_out)
            os.unlink(tmp / f"lsh{p}.bin")
            postings = np.fromfile(tmp / f"fp{p}.bin", dtype=_FP)
            a, b, support, bp, c, rec = _fingerprint_pairs(postings, cap, cc.boilerplate_source_df,
                                                           bool(codes), cc.all_pairs_limit)
            del postings
            capped += c
            boiler.append(bp)
            recurring.append(rec)
            _spill_pairs(a, b, support, bounds, fp_out)
            os.unlink(tmp / f"fp{p}.bin")
            report("candidates", p + 1, parts)
    boilerplate = np.unique(np.concatenate(boiler)) if boiler else np.zeros(0, np.uint64)
    shared_by = Recurring.merge(recurring)
    del boiler, recurring
    seconds["candidates"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    verified: list[VerifiedPair] = []
    n_candidates = 0
    with ExitStack() as stack:
        text_reader = _Reader(texts, stack)
        meta_reader = _Reader(meta, stack)
        src_codes = np.fromfile(tmp / "sources.i64", dtype=np.int64)
        # ranges are verified in order, pooled into groups of a few blocks per process so that small
        # ranges still keep every process busy
        group = _VERIFY_BLOCK * max(1, cfg.jobs) * 2
        pending: list[I64] = []
        for r in range(parts):
            cand = _range_candidates(tmp / f"edges{r}.bin", tmp / f"shared{r}.bin", n, cc.min_shared)
            n_candidates += len(cand)
            pending.append(cand)
            if sum(len(c) for c in pending) >= group or r == parts - 1:
                todo = np.concatenate(pending)
                pending = []
                for g in range(0, len(todo), group):
                    verified.extend(_verify(todo[g : g + group], cfg, text_reader, meta_reader,
                                            tmp / "signatures.u32", src_codes, shared_by))
            report("alignment", r + 1, parts)
        seconds["alignment"] = time.perf_counter() - t2

        t3 = time.perf_counter()
        ids = _Column(meta_reader, 0)
        dates = _Column(meta_reader, 2)
        fams = families(ids, dates, shared_chars(n, verified), family_edges(verified), cfg.cluster)  # type: ignore[arg-type]
        seconds["families"] = time.perf_counter() - t3
    seconds["total"] = time.perf_counter() - t0
    stats = ScanStats(
        documents=n,
        empty_documents=n_empty,
        candidate_pairs=n_candidates,
        pairs=len(verified),
        families=len(fams),
        boilerplate_fingerprints=int(boilerplate.size),
        capped_buckets=capped,
        seconds=seconds,
    )
    return ScanResult(tuple(v.pair for v in verified), tuple(fams), stats, tuple(skipped))


def _spill_lsh(sigs: NDArray[np.uint32], n_tokens: I64, start: int, bands: int, rows: int,
               files: Sequence[BinaryIO]) -> None:
    """Bucket entries (flat band key, document) of the non-empty documents, by key partition."""
    local = np.flatnonzero(n_tokens > 0)
    flat = bucket_keys(sigs[local], bands, rows)
    rec = np.empty(flat.size, dtype=_LSH)
    rec["key"] = flat
    rec["doc"] = np.repeat(local.astype(np.int64) + start, bands)
    _scatter(rec, rec["key"] % np.uint64(len(files)), files)


def _spill_fp(fp_hash: NDArray[np.uint64], fp_doc: I64, src: I64, start: int,
              files: Sequence[BinaryIO]) -> None:
    rec = np.empty(fp_hash.size, dtype=_FP)
    rec["hash"], rec["doc"], rec["src"] = fp_hash, fp_doc + start, src[fp_doc]
    _scatter(rec, rec["hash"] % np.uint64(len(files)), files)


def _scatter(rec: NDArray[np.void], part: NDArray[np.uint64], files: Sequence[BinaryIO]) -> None:
    order = np.argsort(part, kind="stable")
    rec, part = rec[order], part[order]
    cuts = np.searchsorted(part, np.arange(len(files) + 1, dtype=np.uint64))
    for p, f in enumerate(files):
        if cuts[p + 1] > cuts[p]:
            rec[cuts[p] : cuts[p + 1]].tofile(f)


def _spill_pairs(a: I64, b: I64, support: I64 | None, bounds: I64, files: Sequence[BinaryIO]) -> None:
    keep = a != b
    rec = np.empty(int(keep.sum()), dtype=_PAIR)
    rec["a"], rec["b"] = a[keep], b[keep]
    rec["support"] = 0 if support is None else support[keep]
    part = (np.searchsorted(bounds, rec["a"], side="right") - 1).astype(np.uint64)
    _scatter(rec, part, files)


def _fingerprint_pairs(
    postings: NDArray[np.void], cap: int, source_cap: int, with_sources: bool, all_pairs_limit: int
) -> tuple[I64, I64, I64, NDArray[np.uint64], int, Recurring]:
    """fingerprint_candidates on whole fingerprint groups, documents renumbered locally (monotone,
    so the first member of each group stays first); pairs with their shared counts."""
    docs, local = np.unique(postings["doc"], return_inverse=True)
    local = local.ravel().astype(np.int64)
    src_of: I64 | None = None
    if with_sources:
        src_of = np.full(docs.size, -1, dtype=np.int64)
        src_of[local] = postings["src"]
    fi = fingerprint_candidates(np.ascontiguousarray(postings["hash"]), local, src_of, cap=cap,
                                source_cap=source_cap, min_shared=1, doc_numbers=docs,
                                all_pairs_limit=all_pairs_limit)
    pairs = docs[fi.pairs] if fi.pairs.size else np.zeros((0, 2), dtype=np.int64)
    return pairs[:, 0], pairs[:, 1], fi.support.astype(np.int64), fi.boilerplate, fi.capped, fi.recurring


def _range_candidates(edges: Path, shared: Path, n: int, min_shared: int) -> I64:
    """Sorted unique candidate pairs of one range: LSH edges, and pairs whose fingerprint supports,
    summed over all partitions, reach ``min_shared``."""
    lsh = np.fromfile(edges, dtype=_PAIR)
    fps = np.fromfile(shared, dtype=_PAIR)
    os.unlink(edges)
    os.unlink(shared)
    width = max(n, 1)
    keys = fps["a"] * width + fps["b"]
    uniq, inverse = np.unique(keys, return_inverse=True)
    total = np.bincount(inverse.ravel(), weights=fps["support"], minlength=uniq.size)
    codes = np.unique(np.concatenate([lsh["a"] * width + lsh["b"], uniq[total >= min_shared]]))
    return np.stack([codes // width, codes % width], axis=1).astype(np.int64)


def _verify(pairs: I64, cfg: ScanConfig, texts: _Reader, meta: _Reader, sigs: Path, src_codes: I64,
            recurring: Recurring) -> list[VerifiedPair]:
    """verify_pairs on a group of pairs, with only their documents read back and renumbered."""
    docs = np.unique(pairs)
    local = np.searchsorted(docs, pairs)  # monotone: a < b still holds
    doc_list = docs.tolist()
    block_texts = [texts.get(d).decode("utf-8", "surrogatepass") for d in doc_list]
    ids = [json.loads(meta.get(d))[0] for d in doc_list]
    sources = [None if s < 0 else str(s) for s in src_codes[docs].tolist()]  # equality is all that counts
    cc = cfg.candidates
    block_sigs = _rows(sigs, docs, cfg.minhash.num_perm)
    found = verify_pairs(local, block_texts, ids, block_sigs, cfg.shingle, cfg.align, cc.window,
                         fingerprint_k=cc.fingerprint_k, sources=sources, recurring=recurring, jobs=cfg.jobs)
    return [_renumber(v, docs) for v in found]


def _renumber(v: VerifiedPair, docs: I64) -> VerifiedPair:
    return VerifiedPair(int(docs[v.a]), int(docs[v.b]), v.pair, v.covered_a, v.covered_b)
