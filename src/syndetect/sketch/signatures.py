"""``signatures()``: text to MinHash signatures, chunked so memory stays bounded, optionally in processes.

Each chunk of ``chunk_size`` documents is normalised, shingled and sketched in one vectorised pass;
peak memory is that of one chunk per worker plus the ``(n_docs, num_perm)`` uint32 result.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..config import MinHashConfig, NormalizeConfig, ShingleConfig, _check_int
from ..errors import CorpusTypeError
from ..text.normalize import EncodedTexts, _CodePoints, encode_texts
from ..text.shingle import shingle_batch, word_tokens
from ..workers.executor import Executor, Forked, Serial, Work, as_executor
from ..workers.pool import WorkerPool
from ..workers.tasks import SharedOutput, Task
from .minhash import minhash, minhash_word_grams

__all__ = ["MAX_BATCH_CHARS", "POOL_BATCH", "batch_bounds", "check_texts", "signatures", "text_lengths"]


def check_texts(texts: Sequence[str]) -> list[str]:
    """``texts`` as a list, or a :class:`~syndetect.errors.CorpusTypeError` (a ``TypeError``) naming the
    first item that is not a ``str``."""
    if isinstance(texts, (str, bytes)):
        msg = "texts must be a sequence of str, got a single " + type(texts).__name__
        raise CorpusTypeError(msg + "; wrap it in a list")
    out = list(texts)
    for i, t in enumerate(out):
        if not isinstance(t, str):
            msg = f"texts[{i}] is {type(t).__name__}, expected str; decode bytes first"
            raise CorpusTypeError(msg)
    return out


def _chunk_signatures(
    texts: Sequence[str],
    shingle: ShingleConfig,
    config: MinHashConfig,
    lengths: NDArray[np.int64] | None = None,
    encoded: tuple[_CodePoints, NDArray[np.int64]] | None = None,
) -> NDArray[np.uint32]:
    if shingle.unit == "word":
        tok_hash, _, _, tok_offsets = word_tokens(
            texts, shingle.normalize, spans=False, lengths=lengths, encoded=encoded
        )
        return minhash_word_grams(tok_hash, tok_offsets, shingle.k, config)
    batch = shingle_batch(texts, shingle, spans=False, lengths=lengths, encoded=encoded)
    return minhash(batch.shingle_hash, batch.shingle_offsets, config)


def _pool_signatures(
    shingle: ShingleConfig, config: MinHashConfig
) -> Callable[[_CodePoints, NDArray[np.int64]], NDArray[np.uint32]]:
    """What a :class:`~syndetect.workers.pool.WorkerPool` worker runs: signatures of a task's texts, from the
    code points and text starts that :func:`~syndetect.text.normalize.encode_texts` made of them."""

    def run(codes: _CodePoints, starts: NDArray[np.int64]) -> NDArray[np.uint32]:
        texts = EncodedTexts(codes, starts)
        return _chunk_signatures(texts, shingle, config, np.diff(starts) - 1, encoded=(codes, starts))

    return run


def _pooled_signatures(
    items: list[str], lengths: NDArray[np.int64], shingle: ShingleConfig, config: MinHashConfig,
    chunk_size: int, pool: WorkerPool,
) -> NDArray[np.uint32]:
    tasks = batch_bounds(items, min(chunk_size, POOL_BATCH), lengths=lengths)
    out = np.empty((len(items), config.num_perm), dtype=np.uint32)

    def post(i: int) -> tuple[NDArray[np.int64], _CodePoints]:
        start, stop = tasks[i]
        codes, starts = encode_texts(items[start:stop], lengths[start:stop])
        return starts, codes

    def run_here(i: int) -> None:
        start, stop = tasks[i]
        out[start:stop] = _chunk_signatures(items[start:stop], shingle, config, lengths[start:stop])

    def take(i: int, rows: NDArray[np.uint32]) -> None:
        start, stop = tasks[i]
        out[start:stop] = rows

    setup = ("syndetect.sketch.signatures:_pool_signatures", (shingle, config))
    pool.run_posted(len(tasks), setup, post, run_here, take)
    return out


PARALLEL_BATCH = 64
"""Documents per task when ``jobs > 1``. Two processes share the memory bandwidth and the last-level
cache; small batches keep each one's arrays in its own L2 cache (the measurements that chose 64:
docs/benchmarks.md, design notes)."""


POOL_BATCH = 128
"""Documents per task with a :class:`~syndetect.WorkerPool`. Each task costs the caller a message each
way, and no fork makes small tasks pay off, so pool tasks are larger than forked ones (measured in
docs/benchmarks.md, design notes)."""


MAX_BATCH_CHARS = 1 << 18
"""Characters hashed per vectorised batch at most: a batch is ``chunk_size`` documents or fewer, so
that its arrays (8 bytes per character at the widest) stay in a core's L2 cache; long articles in
one batch would otherwise spill it (measured on news prose, Urdu news and the synthetic corpus:
docs/benchmarks.md, design notes)."""


def text_lengths(texts: Sequence[str]) -> NDArray[np.int64]:
    """The length in characters of every text."""
    return np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))


def batch_bounds(
    texts: Sequence[str],
    max_docs: int,
    max_chars: int = MAX_BATCH_CHARS,
    *,
    lengths: NDArray[np.int64] | None = None,
) -> list[tuple[int, int]]:
    """``(start, stop)`` of consecutive batches of at most ``max_docs`` documents and, unless one
    document alone is longer, at most ``max_chars`` characters (``lengths``: :func:`text_lengths`
    of ``texts``, when already known)."""
    n = len(texts)
    ends = np.cumsum(text_lengths(texts) if lengths is None else lengths)
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < n:
        before = int(ends[start - 1]) if start else 0
        fits = int(np.searchsorted(ends, before + max_chars, side="right"))
        stop = max(start + 1, min(start + max_docs, fits))
        bounds.append((start, stop))
        start = stop
    return bounds


def _chunks(texts: list[str], size: int) -> Iterator[list[str]]:
    for start, stop in batch_bounds(texts, size):
        yield texts[start:stop]


def _signature_tasks(
    items: list[str], lengths: NDArray[np.int64], tasks: list[tuple[int, int]], shingle: ShingleConfig,
    config: MinHashConfig,
) -> Task:
    """The tasks of a parallel :func:`signatures` call: task ``i`` writes the rows of batch ``tasks[i]``.
    The task lists are made here, once per process and before any fork, so that the tasks never write
    an article's reference count (which would copy its page in whichever process touched it)."""
    lists = [items[start:stop] for start, stop in tasks]

    def task(i: int, out: list[NDArray[Any]]) -> None:
        start, stop = tasks[i]
        out[0][start:stop] = _chunk_signatures(lists[i], shingle, config, lengths[start:stop])

    return task


def signatures(
    texts: Sequence[str],
    *,
    num_perm: int = 128,
    scheme: Literal["oph", "kperm"] = "oph",
    seed: int = 1,
    unit: Literal["word", "char"] = "word",
    k: int = 5,
    normalize: NormalizeConfig | None = None,
    chunk_size: int = 256,
    jobs: int | Executor = 1,
) -> NDArray[np.uint32]:
    """MinHash signatures of ``texts``: a ``(len(texts), num_perm)`` uint32 array.

    Defaults suit news: word 5-grams, 128 permutations, one-permutation hashing with optimal
    densification. ``scheme="kperm"`` gives classic k-permutation MinHash. A text with no token
    (empty, only punctuation) gets :data:`syndetect.sketch.minhash.EMPTY` in every position; a text with
    fewer than ``k`` tokens has one shingle made of all of them. ``jobs > 1`` spreads chunks of
    ``chunk_size`` documents over that many processes (at most one per CPU core), forked for this
    call; a :class:`~syndetect.WorkerPool` instead lends its persistent workers (for many calls in a
    row), and any other :class:`~syndetect.workers.tasks.Executor` runs the batches its way. The
    result does not depend on any of these.
    """
    items = check_texts(texts)
    shingle = ShingleConfig(unit=unit, k=k, normalize=normalize or NormalizeConfig())
    config = MinHashConfig(num_perm=num_perm, scheme=scheme, seed=seed)
    _check_int("chunk_size", chunk_size, 1, 10**7)
    if not isinstance(jobs, Executor):
        _check_int("jobs", jobs, 1, 1024, "use at most the number of CPU cores, or pass a WorkerPool")
    ex = as_executor(jobs)
    if not items:
        return np.zeros((0, num_perm), dtype=np.uint32)
    lengths = text_lengths(items)
    if isinstance(ex, WorkerPool):
        return _pooled_signatures(items, lengths, shingle, config, chunk_size, ex)
    n_chunks = len(batch_bounds(items, chunk_size, lengths=lengths))
    if isinstance(ex, Forked):  # processes forked for this call: no more than the cores
        ex = as_executor(min(ex.jobs, n_chunks, os.cpu_count() or 1))
    if isinstance(ex, Serial) or n_chunks <= 1:
        parts = [_chunk_signatures(c, shingle, config) for c in _chunks(items, chunk_size)]
        return np.concatenate(parts, axis=0)
    # forked processes see the texts already: only the signature rows travel (shared memory)
    tasks = batch_bounds(items, min(chunk_size, PARALLEL_BATCH), lengths=lengths)
    work = Work("syndetect.sketch.signatures:_signature_tasks", (items, lengths, tasks, shingle, config))
    (sigs,), _ = ex.run(work, len(tasks), [SharedOutput((len(items), num_perm), np.uint32)])
    return sigs
