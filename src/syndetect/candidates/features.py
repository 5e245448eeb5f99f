"""Per-document features for candidate generation, computed in bounded chunks.

For every chunk of ``chunk_size`` documents: normalise, shingle, MinHash and winnow in one vectorised
pass, then keep only the signatures and the winnowed fingerprints (a few per hundred shingles). Peak
memory is one chunk's shingles per worker plus the kept features; ``jobs > 1`` (or an executor)
hashes chunks in that many processes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..config import MinHashConfig, ShingleConfig
from ..sketch.minhash import minhash
from ..sketch.signatures import batch_bounds, text_lengths
from ..text.shingle import ShingledBatch, gram_hashes, shingle_batch
from ..workers.executor import Executor, Work, as_executor
from ..workers.fork import release_tail
from ..workers.tasks import SharedOutput, Task
from .winnowing import winnow

__all__ = ["CorpusFeatures", "corpus_features", "fingerprint_grams"]


@dataclass(frozen=True, slots=True)
class CorpusFeatures:
    """Signatures ``(n, num_perm)``, token counts, and winnowed fingerprints
    (``fp_hash[i]`` found in document ``fp_doc[i]``, in document order)."""

    signatures: NDArray[np.uint32]
    n_tokens: NDArray[np.int64]
    fp_hash: NDArray[np.uint64]
    fp_doc: NDArray[np.int64]


_NO_HASHES = np.zeros(0, dtype=np.uint64)


def fingerprint_grams(
    batch: ShingledBatch, shingle: ShingleConfig, fingerprint_k: int
) -> tuple[NDArray[np.uint64], NDArray[np.int64]]:
    """The n-gram hashes that are winnowed into fingerprints, with offsets per document: word
    ``fingerprint_k``-grams for word shingles, the character shingles themselves otherwise."""
    if shingle.unit != "word" or fingerprint_k == shingle.k:
        return batch.shingle_hash, batch.shingle_offsets
    hashes, _, _, offsets = gram_hashes(batch.token_hash, batch.token_offsets, fingerprint_k, positions=False)
    return hashes, offsets


def _chunk_features(
    texts: list[str],
    shingle: ShingleConfig,
    mh: MinHashConfig,
    window: int,
    fingerprint_k: int,
    lengths: NDArray[np.int64] | None = None,
) -> tuple[NDArray[np.uint32], NDArray[np.int64], NDArray[np.uint64], NDArray[np.int64]]:
    batch = shingle_batch(texts, shingle, spans=False, lengths=lengths)
    sigs = minhash(batch.shingle_hash, batch.shingle_offsets, mh)
    n_tokens = np.diff(batch.token_offsets)
    if shingle.unit == "word" and fingerprint_k != shingle.k:  # the grams are made from the tokens
        batch = replace(batch, shingle_hash=_NO_HASHES)  # the shingle hashes (8 bytes each) go first
    grams, offsets = fingerprint_grams(batch, shingle, fingerprint_k)
    del batch  # and the token hashes (8 bytes each) before winnowing
    fp_hash, fp_doc, _ = winnow(grams, offsets, window)
    return sigs, n_tokens, fp_hash, fp_doc


def corpus_features(
    texts: list[str],
    shingle: ShingleConfig,
    mh: MinHashConfig,
    *,
    window: int,
    fingerprint_k: int = 3,
    chunk_size: int = 256,
    jobs: int | Executor = 1,
    progress: Callable[[int], None] | None = None,
) -> CorpusFeatures:
    """Features of all ``texts``; ``progress(done_documents)`` is called after each chunk. ``jobs``: a
    number of processes or an :class:`~syndetect.workers.tasks.Executor`
    (:func:`~syndetect.workers.executor.as_executor`); the result does not depend on it."""
    ex = as_executor(jobs)
    if ex.jobs > 1 and len(texts) > 1:
        return _parallel_features(texts, shingle, mh, window, fingerprint_k, chunk_size, ex, progress)
    spans = batch_bounds(texts, chunk_size)
    bounds = [start for start, _ in spans]
    chunks = [texts[start:stop] for start, stop in spans]
    parts: list[tuple[NDArray[np.uint32], NDArray[np.int64], NDArray[np.uint64], NDArray[np.int64]]] = []
    for done, chunk in enumerate(chunks):
        parts.append(_chunk_features(chunk, shingle, mh, window, fingerprint_k))
        if progress:
            progress(spans[done][1])
    if not parts:
        e = np.zeros(0, dtype=np.int64)
        return CorpusFeatures(np.zeros((0, mh.num_perm), np.uint32), e, np.zeros(0, np.uint64), e)
    return CorpusFeatures(
        signatures=np.concatenate([p[0] for p in parts]),
        n_tokens=np.concatenate([p[1] for p in parts]),
        fp_hash=np.concatenate([p[2] for p in parts]),
        fp_doc=np.concatenate([p[3] + start for p, start in zip(parts, bounds, strict=True)]),
    )


def _feature_tasks(
    texts: list[str],
    lengths: NDArray[np.int64],
    tasks: list[tuple[int, int]],
    slot: NDArray[np.int64],
    slot_start: NDArray[np.int64],
    shingle: ShingleConfig,
    mh: MinHashConfig,
    window: int,
    fingerprint_k: int,
) -> Task:
    """The tasks of :func:`_parallel_features`. The task lists are made here, once per process and
    before any fork: tasks never write an article's reference count (which would copy its page in
    whichever process touched it)."""
    lists = [texts[start:stop] for start, stop in tasks]

    def task(i: int, out: list[NDArray[Any]]) -> tuple[NDArray[Any], NDArray[Any]] | None:
        start, stop = tasks[i]
        sigs, n_tokens, fp_hash, fp_doc = _chunk_features(lists[i], shingle, mh, window, fingerprint_k,
                                                          lengths[start:stop])
        out[0][start:stop] = sigs
        out[1][start:stop] = n_tokens
        m = fp_hash.size
        out[2][i] = m
        if m > slot[i]:  # pathological text (every character a token): send these back pickled
            return fp_hash, fp_doc + start
        at = int(slot_start[i])
        out[3][at : at + m] = fp_hash
        out[4][at : at + m] = fp_doc + start
        return None

    return task


def _parallel_features(
    texts: list[str],
    shingle: ShingleConfig,
    mh: MinHashConfig,
    window: int,
    fingerprint_k: int,
    chunk_size: int,
    ex: Executor,
    progress: Callable[[int], None] | None,
) -> CorpusFeatures:
    """:func:`corpus_features` over the processes of ``ex``.

    Everything is written to shared memory, the fingerprints too: each task has a slot sized from its
    characters (``_FP_PER_CHAR``; news text fills about a third of it) and only a task whose
    fingerprints do not fit returns them pickled. Pickling them all cost about 1 s of 4.9 s on 100k
    articles with 2 processes (0.6 s to send 100 MB through a pipe, then unpickling and concatenating).
    """
    lengths = text_lengths(texts)
    tasks = batch_bounds(texts, min(chunk_size, _TASK_DOCS), lengths=lengths)
    slot, slot_start = _fingerprint_slots(lengths, tasks)
    capacity = int(slot_start[-1])

    def done(n_tasks: int) -> None:
        if progress is not None and n_tasks:
            progress(tasks[n_tasks - 1][1])

    n = len(texts)
    outputs = [
        SharedOutput((n, mh.num_perm), np.uint32), SharedOutput((n,), np.int64),
        SharedOutput((len(tasks),), np.int64), SharedOutput((capacity,), np.uint64),
        SharedOutput((capacity,), np.int64),
    ]
    work = Work("syndetect.candidates.features:_feature_tasks",
                 (texts, lengths, tasks, slot, slot_start, shingle, mh, window, fingerprint_k))
    (sigs, n_tokens, counts, slot_hash, slot_doc), found = ex.run(work, len(tasks), outputs, on_done=done)
    if not found:
        total = _pack_slots(slot_start, counts, slot_hash, slot_doc)
        return CorpusFeatures(sigs, n_tokens, slot_hash[:total], slot_doc[:total])
    hashes, docs = _gather_slots(slot_start, counts, slot_hash, slot_doc, found)
    return CorpusFeatures(sigs.copy(), n_tokens.copy(), hashes, docs)


def _fingerprint_slots(
    lengths: NDArray[np.int64], tasks: list[tuple[int, int]]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Each task's fingerprint slot, sized from its characters (``_FP_PER_CHAR``), and where the slots
    start in the shared arrays (one more entry: their total)."""
    ends = np.cumsum(lengths)
    chars = np.array([int(ends[stop - 1]) - (int(ends[start - 1]) if start else 0) for start, stop in tasks],
                     dtype=np.int64)
    slot = chars // _FP_PER_CHAR + 64
    slot_start = np.concatenate([[0], np.cumsum(slot)])
    return slot, slot_start


def _pack_slots(
    slot_start: NDArray[np.int64], counts: NDArray[np.int64], slot_hash: NDArray[Any], slot_doc: NDArray[Any]
) -> int:
    """Pack the tasks' fingerprints (every one fit its slot) to the front of the shared arrays, in
    place, and give the emptied tail back; the number of fingerprints."""
    # each slot moves down, never onto one not yet moved, instead of copying everything into fresh
    # memory (on 100k articles that copy took 0.4-0.6 s: first touches of 280 MB of new pages). The
    # results stay views of the map, which lives as long as they do.
    total = 0
    for at, m in zip(slot_start[:-1].tolist(), counts.tolist(), strict=True):
        if at != total:
            slot_hash[total : total + m] = slot_hash[at : at + m]
            slot_doc[total : total + m] = slot_doc[at : at + m]
        total += m
    release_tail(slot_hash, total)
    release_tail(slot_doc, total)
    return total


def _gather_slots(
    slot_start: NDArray[np.int64],
    counts: NDArray[np.int64],
    slot_hash: NDArray[Any],
    slot_doc: NDArray[Any],
    found: dict[int, object],
) -> tuple[NDArray[Any], NDArray[Any]]:
    """The fingerprints (hashes, documents) when a task overflowed its slot and returned them
    (``found``, by task): the slots and the returned ones concatenated, in task order."""
    hashes: list[NDArray[Any]] = []
    docs: list[NDArray[Any]] = []
    for i, (at, m) in enumerate(zip(slot_start[:-1].tolist(), counts.tolist(), strict=True)):
        if i in found:
            got = cast(tuple[NDArray[Any], NDArray[Any]], found[i])
            hashes.append(got[0])
            docs.append(got[1])
        else:
            hashes.append(slot_hash[at : at + m])
            docs.append(slot_doc[at : at + m])
    empty_h, empty_d = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    return np.concatenate([empty_h, *hashes]), np.concatenate([empty_d, *docs])


_TASK_DOCS = 128
"""Documents per forked task, larger than ``sketch.PARALLEL_BATCH`` (64): a features task makes about
twice the numpy calls of a signatures task, and on 100k articles with 2 processes tasks of 128 took
2.85 s against 3.03 s for 32 (64: 2.90 s); the last task claimed still ends within a few ms."""

_FP_PER_CHAR = 8
"""A task's fingerprint slot holds one per 8 characters (+64). Word trigrams winnowed in windows of 8
give about one per 26 characters of news; text whose every character is a token (Chinese, Japanese)
gives about one per 4.5 and overflows, which is handled."""
