"""``scan_stream()``: :func:`syndetect.scan` for corpora larger than memory, on one machine.

The result equals ``scan(documents, config)`` (same pairs, passages, families and counts). The stages
are those of :mod:`.stages`; only where their inputs and outputs live changes (the spill files are
those of :mod:`.spill`):

1. **ingest and hash**: documents are read from the iterable in batches (:class:`~.stages.Ingest`);
   each batch's texts are appended to an on-disk store (a UTF-8 blob plus byte offsets) and hashed
   (:func:`~.stages.batch_features`, ``config.jobs`` processes). Signatures go to a file; LSH bucket
   entries and winnowed fingerprints are appended to ``partitions`` files each, by band key and by
   fingerprint hash.
2. **candidates, partition by partition**: every LSH bucket and every fingerprint lies wholly in one
   partition, so star edges (:func:`~.stages.bucket_pairs`) and the pairs sharing fingerprints
   (:func:`~.stages.group_fingerprints`) are found one partition at a time. Their pairs are appended
   to files by range of the first document, with the fingerprint pairs' shared counts.
3. **verification, range by range**: the shared counts of a range are summed and ``min_shared``
   applied (:func:`~.stages.reduce_pairs`), and the candidate pairs verified in blocks
   (:func:`~.stages.verify_block`), reading back only the texts and signatures of the block's
   documents.
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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
from numpy.typing import NDArray

from ..align.verify import VerifiedPair
from ..candidates.banding import bucket_keys
from ..candidates.recurring import Recurring
from ..config import ScanConfig, _check_int
from ..types import ScanResult
from ..workers.tasks import Executor
from .spill import JsonColumn, RecordReader, RecordStore, SpilledDocuments, read_rows, scatter
from .stages import (
    CandidateTally,
    DocumentBlock,
    DocumentLike,
    Ingest,
    ProgressCallback,
    SourceNumbers,
    StageClock,
    band_shape,
    batch_features,
    bucket_pairs,
    count_empty,
    find_families,
    furniture_cap,
    group_fingerprints,
    pair_ranges,
    range_of,
    reduce_pairs,
    scan_result,
    verify_block,
    with_provenance,
)

__all__ = ["scan_stream"]

I64 = NDArray[np.int64]
_LSH = np.dtype([("key", "<u8"), ("doc", "<i8")])
_FP = np.dtype([("hash", "<u8"), ("doc", "<i8"), ("src", "<i8")])
_PAIR = np.dtype([("a", "<i8"), ("b", "<i8"), ("support", "<i8")])
_VERIFY_BLOCK = 4096  # pairs per verify_pairs block, as in-process


@dataclass(frozen=True, slots=True)
class _Work:
    """The work of one streamed scan: its directory with ``parts`` partition files per kind, the
    texts and the metadata (``[id, source, date, url]`` as JSON) of the kept documents, and the
    ``workers`` that run its parallel stages (None: ``config.jobs`` processes)."""

    tmp: Path
    parts: int
    texts: RecordStore
    meta: RecordStore
    workers: Executor | None = None

    def files(self, stack: ExitStack, stem: str) -> list[BinaryIO]:
        """``parts`` new partition files ``<stem><p>.bin``, closed with ``stack``."""
        return [stack.enter_context(open(self.tmp / f"{stem}{p}.bin", "wb")) for p in range(self.parts)]

    def take(self, stem: str, p: int, dtype: np.dtype[np.void]) -> NDArray[np.void]:
        """The records of partition file ``<stem><p>.bin``, the file removed."""
        path = self.tmp / f"{stem}{p}.bin"
        records = np.fromfile(path, dtype=dtype)
        os.unlink(path)
        return records


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
    workers: Executor | None = None,
    provenance: bool = True,
) -> ScanResult:
    """:func:`syndetect.scan` with bounded memory: the same result, spilling to ``workdir``.

    ``documents`` is any iterable (a generator, :func:`syndetect.io.corpus.iter_corpus` documents, ...);
    it is read once. Intermediate files go to a fresh directory inside ``workdir`` (default: the
    system temporary directory), removed afterwards. ``partitions`` is the number of band-key,
    fingerprint-hash and pair-range partitions (raise it for corpora of tens of millions of
    documents); ``batch_size`` documents are held in memory at once while reading. ``progress`` is
    called as ``progress(stage, done, total)`` with ``total=0`` while the corpus size is unknown;
    ``workers`` and ``provenance`` as for :func:`syndetect.scan` (the provenance step reads the spilled
    documents back once). See the module docstring for the memory bound.
    """
    cfg = config or ScanConfig()
    _check_int("partitions", partitions, 1, 1 << 16, "64 suits up to a few million documents")
    _check_int("batch_size", batch_size, 1, 10**8)
    report = progress or (lambda stage, done, total: None)
    with tempfile.TemporaryDirectory(prefix="syndetect-stream-", dir=workdir) as tmp:
        work = _Work(Path(tmp), partitions, RecordStore(Path(tmp) / "texts"),
                     RecordStore(Path(tmp) / "meta"), workers)
        return _scan(documents, cfg, work, batch_size, report, provenance)


def _scan(documents: Iterable[DocumentLike], cfg: ScanConfig, work: _Work, batch_size: int,
          report: ProgressCallback, provenance: bool) -> ScanResult:
    clock = StageClock()
    ingest, sources = Ingest(), SourceNumbers()
    n_empty = _hash(documents, cfg, work, batch_size, ingest, sources, report)
    ingest.forget_ids()
    n = work.texts.count
    clock.lap("hashing")
    tally = _candidates(cfg, work, n, sources.known, report)
    clock.lap("candidates")
    with ExitStack() as stack:
        texts, meta = RecordReader(work.texts, stack), RecordReader(work.meta, stack)
        verified, n_candidates = _verify(cfg, work, n, texts, meta, tally.recurring, report)
        clock.lap("alignment")
        fams = find_families(JsonColumn(meta, 0), JsonColumn(meta, 2), verified, cfg)
        clock.lap("families")
        result = scan_result(verified, fams, ingest.skipped, documents=n, empty=n_empty,
                             candidates=n_candidates, tally=tally, clock=clock)
        return with_provenance(result, SpilledDocuments(texts, meta), clock) if provenance else result


def _hash(documents: Iterable[DocumentLike], cfg: ScanConfig, work: _Work, batch_size: int, ingest: Ingest,
          sources: SourceNumbers, report: ProgressCallback) -> int:
    """Step 1, ingest and hash, batch by batch; returns the number of empty documents."""
    bands, rows = band_shape(cfg)
    n_empty = 0
    with ExitStack() as files:
        sig_file = files.enter_context(open(work.tmp / "signatures.u32", "wb"))
        src_file = files.enter_context(open(work.tmp / "sources.i64", "wb"))
        lsh_files, fp_files = work.files(files, "lsh"), work.files(files, "fp")
        files.callback(work.texts.close)
        files.callback(work.meta.close)
        for batch in _batches(documents, batch_size):
            kept = [doc for i, item in batch if (doc := ingest.accept(item, i)) is not None]
            if not kept:
                continue
            start = work.texts.count
            batch_texts = [d.text for d in kept]
            work.texts.append([t.encode("utf-8", "surrogatepass") for t in batch_texts])
            work.meta.append([json.dumps([d.id, d.source, d.date, d.url]).encode() for d in kept])
            src = sources.number(d.source for d in kept)
            src.tofile(src_file)
            feats = batch_features(batch_texts, cfg, jobs=work.workers)
            del batch_texts, kept
            feats.signatures.tofile(sig_file)
            n_empty += count_empty(feats.n_tokens)
            _spill_lsh(feats.signatures, feats.n_tokens, start, bands, rows, lsh_files)
            _spill_fp(feats.fp_hash, feats.fp_doc, src, start, fp_files)
            report("hashing", work.texts.count, 0)
    return n_empty


def _candidates(cfg: ScanConfig, work: _Work, n: int, with_sources: bool,
                report: ProgressCallback) -> CandidateTally:
    """Step 2, partition by partition: LSH star edges and pairs sharing fingerprints, spilled by
    range of their first document."""
    cc = cfg.candidates
    cap = furniture_cap(n, cc)
    bounds = pair_ranges(n, work.parts)
    capped = 0
    tallies: list[CandidateTally] = []
    with ExitStack() as files:
        lsh_out, fp_out = work.files(files, "edges"), work.files(files, "shared")
        for p in range(work.parts):
            entries = work.take("lsh", p, _LSH)
            a, b, c = bucket_pairs(entries["key"], entries["doc"], cc.max_bucket)
            capped += c
            del entries
            _spill_pairs(a, b, None, bounds, lsh_out)
            postings = work.take("fp", p, _FP)
            found = group_fingerprints(postings["hash"], postings["doc"],
                                       postings["src"] if with_sources else None, cap, cc)
            del postings
            tallies.append(CandidateTally.of(found))
            _spill_pairs(found.pairs[:, 0], found.pairs[:, 1], found.support, bounds, fp_out)
            report("candidates", p + 1, work.parts)
    return CandidateTally.merge(tallies, capped)


def _verify(cfg: ScanConfig, work: _Work, n: int, texts: RecordReader, meta: RecordReader,
            recurring: Recurring, report: ProgressCallback) -> tuple[list[VerifiedPair], int]:
    """Step 3, range by range: the verified pairs and the number of candidate pairs."""
    verified: list[VerifiedPair] = []
    n_candidates = 0
    src_codes = np.fromfile(work.tmp / "sources.i64", dtype=np.int64)
    # ranges are verified in order, pooled into groups of a few blocks per process so that small
    # ranges still keep every process busy
    group = _VERIFY_BLOCK * (cfg.jobs if work.workers is None else work.workers.jobs) * 2
    pending: list[I64] = []
    for r in range(work.parts):
        lsh, fps = work.take("edges", r, _PAIR), work.take("shared", r, _PAIR)
        cand = reduce_pairs(n, cfg.candidates.min_shared, [(lsh["a"], lsh["b"])],
                            [(fps["a"], fps["b"], fps["support"])])
        del lsh, fps
        n_candidates += len(cand)
        pending.append(cand)
        if sum(len(c) for c in pending) >= group or r == work.parts - 1:
            todo = np.concatenate(pending)
            pending = []
            for g in range(0, len(todo), group):
                pairs = todo[g : g + group]
                block = _block(pairs, cfg, texts, meta, work.tmp / "signatures.u32", src_codes)
                verified.extend(verify_block(pairs, block, cfg, recurring, jobs=work.workers))
        report("alignment", r + 1, work.parts)
    return verified, n_candidates


def _block(pairs: I64, cfg: ScanConfig, texts: RecordReader, meta: RecordReader, sigs: Path,
           src_codes: I64) -> DocumentBlock:
    """The documents of a group of pairs, read back from the store."""
    docs = np.unique(pairs)
    doc_list = docs.tolist()
    return DocumentBlock(
        docs,
        [texts.get(d).decode("utf-8", "surrogatepass") for d in doc_list],
        [json.loads(meta.get(d))[0] for d in doc_list],
        [None if s < 0 else str(s) for s in src_codes[docs].tolist()],  # equality is all that counts
        read_rows(sigs, docs, cfg.minhash.num_perm),
    )


def _spill_lsh(sigs: NDArray[np.uint32], n_tokens: I64, start: int, bands: int, rows: int,
               files: Sequence[BinaryIO]) -> None:
    """Bucket entries (flat band key, document) of the non-empty documents, by key partition."""
    local = np.flatnonzero(n_tokens > 0)
    flat = bucket_keys(sigs[local], bands, rows)
    rec = np.empty(flat.size, dtype=_LSH)
    rec["key"] = flat
    rec["doc"] = np.repeat(local.astype(np.int64) + start, bands)
    scatter(rec, rec["key"] % np.uint64(len(files)), files)


def _spill_fp(fp_hash: NDArray[np.uint64], fp_doc: I64, src: I64, start: int,
              files: Sequence[BinaryIO]) -> None:
    """Fingerprint postings (hash, document, source number), by hash partition."""
    rec = np.empty(fp_hash.size, dtype=_FP)
    rec["hash"], rec["doc"], rec["src"] = fp_hash, fp_doc + start, src[fp_doc]
    scatter(rec, rec["hash"] % np.uint64(len(files)), files)


def _spill_pairs(a: I64, b: I64, support: I64 | None, bounds: I64, files: Sequence[BinaryIO]) -> None:
    """Pairs ``a < b`` (with their supports, 0 for LSH pairs), by range of ``a``."""
    rec = np.empty(a.size, dtype=_PAIR)
    rec["a"], rec["b"] = a, b
    rec["support"] = 0 if support is None else support
    scatter(rec, range_of(bounds, rec["a"]).astype(np.uint64), files)
