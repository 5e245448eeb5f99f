"""Per-document features for candidate generation, computed in bounded chunks.

For every chunk of ``chunk_size`` documents: normalise, shingle, MinHash and winnow in one vectorised
pass, then keep only the signatures and the winnowed fingerprints (a few per hundred shingles). Peak
memory is one chunk's shingles per worker plus the kept features; ``jobs > 1`` hashes chunks in
that many processes.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from .config import MinHashConfig, ShingleConfig
from .lsh import winnow
from .minhash import minhash
from .parallel import SharedOutput, can_fork, run_tasks
from .shingle import ShingledBatch, gram_hashes, shingle_batch
from .sketch import PARALLEL_BATCH, _mp_context, batch_bounds

__all__ = ["CorpusFeatures", "corpus_features", "fingerprint_grams"]


@dataclass(frozen=True, slots=True)
class CorpusFeatures:
    """Signatures ``(n, num_perm)``, token counts, and winnowed fingerprints
    (``fp_hash[i]`` found in document ``fp_doc[i]`` at shingle ``fp_pos[i]``)."""

    signatures: NDArray[np.uint32]
    n_tokens: NDArray[np.int64]
    fp_hash: NDArray[np.uint64]
    fp_doc: NDArray[np.int64]
    fp_pos: NDArray[np.int64]


def fingerprint_grams(
    batch: ShingledBatch, shingle: ShingleConfig, fingerprint_k: int
) -> tuple[NDArray[np.uint64], NDArray[np.int64]]:
    """The n-gram hashes that are winnowed into fingerprints, with offsets per document: word
    ``fingerprint_k``-grams for word shingles, the character shingles themselves otherwise."""
    if shingle.unit != "word" or fingerprint_k == shingle.k:
        return batch.shingle_hash, batch.shingle_offsets
    hashes, _, _, offsets = gram_hashes(batch.token_hash, batch.token_offsets, fingerprint_k)
    return hashes, offsets


def _chunk_features(
    texts: list[str], shingle: ShingleConfig, mh: MinHashConfig, window: int, fingerprint_k: int
) -> tuple[NDArray[np.uint32], NDArray[np.int64], NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64]]:
    batch = shingle_batch(texts, shingle, spans=False)
    sigs = minhash(batch.shingle_hash, batch.shingle_offsets, mh)
    grams, offsets = fingerprint_grams(batch, shingle, fingerprint_k)
    fp_hash, fp_doc, fp_pos = winnow(grams, offsets, window)
    return sigs, np.diff(batch.token_offsets), fp_hash, fp_doc, fp_pos


def corpus_features(
    texts: list[str],
    shingle: ShingleConfig,
    mh: MinHashConfig,
    *,
    window: int,
    fingerprint_k: int = 3,
    chunk_size: int = 256,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> CorpusFeatures:
    """Features of all ``texts``; ``progress(done_documents)`` is called after each chunk."""
    if jobs > 1 and len(texts) > 1 and can_fork():
        return _forked_features(texts, shingle, mh, window, fingerprint_k, chunk_size, jobs, progress)
    spans = batch_bounds(texts, chunk_size)
    bounds = [start for start, _ in spans]
    chunks = [texts[start:stop] for start, stop in spans]
    parts: list[tuple[NDArray[np.uint32], NDArray[np.int64], NDArray[np.uint64], NDArray[np.int64],
                      NDArray[np.int64]]] = []
    if jobs > 1 and len(chunks) > 1:
        with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=_mp_context()) as pool:
            n = len(chunks)
            for done, part in enumerate(pool.map(_chunk_features, chunks, [shingle] * n, [mh] * n,
                                                 [window] * n, [fingerprint_k] * n, chunksize=4)):
                parts.append(part)
                if progress:
                    progress(spans[done][1])
    else:
        for done, chunk in enumerate(chunks):
            parts.append(_chunk_features(chunk, shingle, mh, window, fingerprint_k))
            if progress:
                progress(spans[done][1])
    if not parts:
        e = np.zeros(0, dtype=np.int64)
        return CorpusFeatures(np.zeros((0, mh.num_perm), np.uint32), e, np.zeros(0, np.uint64), e, e)
    return CorpusFeatures(
        signatures=np.concatenate([p[0] for p in parts]),
        n_tokens=np.concatenate([p[1] for p in parts]),
        fp_hash=np.concatenate([p[2] for p in parts]),
        fp_doc=np.concatenate([p[3] + start for p, start in zip(parts, bounds, strict=True)]),
        fp_pos=np.concatenate([p[4] for p in parts]),
    )


def _forked_features(
    texts: list[str],
    shingle: ShingleConfig,
    mh: MinHashConfig,
    window: int,
    fingerprint_k: int,
    chunk_size: int,
    jobs: int,
    progress: Callable[[int], None] | None,
) -> CorpusFeatures:
    """:func:`corpus_features` over forked processes (:func:`syndetect.parallel.run_tasks`):
    signatures and token counts are written to shared memory, fingerprints return per task."""
    tasks = batch_bounds(texts, min(chunk_size, PARALLEL_BATCH))

    def task(i: int, out: list[NDArray[Any]]) -> tuple[NDArray[Any], NDArray[Any], NDArray[Any]]:
        start, stop = tasks[i]
        sigs, n_tokens, fp_hash, fp_doc, fp_pos = _chunk_features(texts[start:stop], shingle, mh, window,
                                                                  fingerprint_k)
        out[0][start:stop] = sigs
        out[1][start:stop] = n_tokens
        # the fingerprints travel back pickled: narrow types cut the bytes by 40% (a task holds
        # PARALLEL_BATCH documents of at most 2**31 tokens each)
        return fp_hash, fp_doc.astype(np.uint16), fp_pos.astype(np.int32)

    def done(n_tasks: int) -> None:
        if progress is not None and n_tasks:
            progress(tasks[n_tasks - 1][1])

    n = len(texts)
    (sigs, n_tokens), found = run_tasks(
        task, len(tasks), [SharedOutput((n, mh.num_perm), np.uint32), SharedOutput((n,), np.int64)],
        jobs, on_done=done,
    )
    fps = [cast(tuple[NDArray[Any], NDArray[Any], NDArray[Any]], found[i]) for i in range(len(tasks))]
    return CorpusFeatures(
        signatures=sigs,
        n_tokens=n_tokens,
        fp_hash=np.concatenate([f[0] for f in fps]),
        fp_doc=np.concatenate([f[1] + np.int64(start) for f, (start, _) in zip(fps, tasks, strict=True)]),
        fp_pos=np.concatenate([f[2] for f in fps]).astype(np.int64),
    )
