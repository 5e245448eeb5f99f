"""Verification of many candidate pairs (:func:`verify_pairs`): in locality-ordered blocks of a few
thousand, so only the documents of one block are held tokenised at a time, in one process or in the
processes of an executor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..candidates.recurring import Recurring
from ..config import AlignConfig, CandidateConfig, ShingleConfig
from ..workers.executor import Executor, Work, as_executor
from ..workers.tasks import Task
from .prepare import prepare_docs
from .verify import VerifiedPair, VerifyCache, verify_pair

__all__ = [
    "locality_order",
    "verify_pairs",
]


_BLOCK = 4096  # candidate pairs verified together: bounds the re-tokenised documents held at once
_MIN_BLOCK = 256
_BLOCK_DOCS = 2 * _BLOCK  # documents of one block held prepared at once: as many as _BLOCK pairs have
_JOINED = 16  # chunks of _BLOCK pairs joined into one block at most (progress is reported per block)


@dataclass(frozen=True, slots=True)
class _Job:
    """What every block of one :func:`verify_pairs` call reads: it travels with the call's work."""

    texts: Sequence[str]
    ids: Sequence[str]
    signatures: NDArray[np.uint32]
    shingle: ShingleConfig
    config: AlignConfig
    window: int
    fingerprint_k: int
    sources: Sequence[str | None]
    recurring: Recurring | None


def _verify_block(job: _Job, block: NDArray[np.int64]) -> list[tuple[int, VerifiedPair]]:
    """The pairs of ``block`` that verify, with their row numbers in it."""
    texts, ids, signatures, config = job.texts, job.ids, job.signatures, job.config
    shingle, window = job.shingle, job.window
    docs = prepare_docs(texts, np.unique(block).tolist(), shingle, fingerprint_k=job.fingerprint_k,
                        anchor=config.anchor, recurring=job.recurring)
    estimates = np.mean(signatures[block[:, 0]] == signatures[block[:, 1]], axis=1)
    quote_cache: dict[int, NDArray[np.bool_]] = {}
    cache = VerifyCache()
    out: list[tuple[int, VerifiedPair]] = []
    for row, ((a, b), est) in enumerate(zip(block.tolist(), estimates.tolist(), strict=True)):
        src_a, src_b = job.sources[a], job.sources[b]
        same = src_a is not None and src_a == src_b
        v = verify_pair(a, b, docs[a], docs[b], ids, est, config, quote_cache, same_source=same,
                        cache=cache, window=window, fingerprint_k=job.fingerprint_k)
        if v is not None:
            out.append((row, v))
    return out


def locality_order(pairs: NDArray[np.int64], rounds: int = 64) -> NDArray[np.int64]:
    """A permutation of ``pairs`` that puts the pairs of each connected component of the candidate
    graph next to each other, so that a block of pairs holds whole families and each document is
    tokenised once, not once per block it has a pair in (pairs sorted by first document put one
    family's pairs in many blocks: on 100k articles, 43k documents prepared for 22k in pairs).

    Components by min-label propagation with pointer jumping; after ``rounds`` rounds the order is
    whatever the labels reached (any order is correct, this one is only faster).
    """
    a, b = pairs[:, 0], pairs[:, 1]
    label = np.arange(int(pairs.max(initial=0)) + 1, dtype=np.int64)
    for _ in range(rounds):
        low = np.minimum(label[a], label[b])
        new = label.copy()
        np.minimum.at(new, a, low)
        np.minimum.at(new, b, low)
        new = new[new]
        if np.array_equal(new, label):
            break
        label = new
    order: NDArray[np.int64] = np.lexsort((b, a, label[a]))
    return order


def verify_pairs(
    pairs: NDArray[np.int64],
    texts: Sequence[str],
    ids: Sequence[str],
    signatures: NDArray[np.uint32],
    shingle: ShingleConfig,
    config: AlignConfig,
    candidates: CandidateConfig,
    *,
    sources: Sequence[str | None] | None = None,
    recurring: Recurring | None = None,
    jobs: int | Executor = 1,
    progress: Callable[[int], None] | None = None,
) -> list[VerifiedPair]:
    """Verify every candidate pair ``(a, b)`` (rows of ``pairs``); results keep the input order.
    ``candidates`` gives the fingerprint n-gram size and winnowing window the documents were hashed with.

    Pairs are verified in blocks of a few thousand, so only the documents of one block are held
    tokenised at a time; with ``jobs > 1`` (a number of processes or an
    :class:`~syndetect.workers.tasks.Executor`) blocks run in that many processes, this one included.
    Calls may run at once in several threads: each call's state is its own.
    """
    if pairs.size == 0:
        return []
    ex = as_executor(jobs)
    srcs = list(sources) if sources is not None else [None] * len(texts)
    job = _Job(texts, ids, signatures, shingle, config, candidates.window, candidates.fingerprint_k, srcs,
               recurring)
    workers = ex.jobs
    # enough blocks for every process to claim several, but not so small that the documents of
    # one family are tokenised in block after block
    size = _BLOCK if workers == 1 else max(_MIN_BLOCK, min(_BLOCK, -(-len(pairs) // (16 * workers))))
    order = locality_order(pairs)
    ordered = pairs[order]
    blocks = [ordered[i : i + size] for i in range(0, len(pairs), size)]
    if workers == 1:
        blocks = _joined_blocks(blocks)
    offset = np.cumsum([0] + [len(b) for b in blocks]).tolist()
    found: list[tuple[int, VerifiedPair]] = []
    if workers > 1 and len(blocks) > 1:
        # the costliest blocks are claimed first, so the last ones are short and the processes
        # finish together (blocks differ: a family of long articles costs several short ones)
        first = _costliest_first(blocks, texts)

        def done(n: int) -> None:
            if progress:
                progress(min(len(pairs), n * size))

        work = Work("syndetect.align.blocks:_verify_tasks", (job, blocks, first, offset))
        _, results = ex.run(work, len(blocks), on_done=done)
        for i in range(len(blocks)):
            found.extend(cast(list[tuple[int, VerifiedPair]], results.get(i, [])))
    else:
        for n, block in enumerate(blocks):
            found.extend((offset[n] + row, v) for row, v in _verify_block(job, block))
            if progress:
                progress(offset[n + 1])
    # back to the input order
    position = order[[k for k, _ in found]]
    return [found[k][1] for k in np.argsort(position, kind="stable").tolist()]


def _verify_tasks(
    job: _Job, blocks: list[NDArray[np.int64]], first: list[int], offset: list[int]
) -> Task:
    """The tasks of a parallel :func:`verify_pairs` call: task ``t`` verifies block ``first[t]`` and
    returns its verified pairs with their row numbers in the ordered pairs."""

    def task(t: int, _: list[NDArray[Any]]) -> list[tuple[int, VerifiedPair]]:
        i = first[t]
        return [(offset[i] + row, v) for row, v in _verify_block(job, blocks[i])]

    return task


def _joined_blocks(chunks: list[NDArray[np.int64]]) -> list[NDArray[np.int64]]:
    """Consecutive chunks of pairs joined into blocks of at most :data:`_BLOCK_DOCS` documents and
    :data:`_JOINED` chunks: a dense corpus (a few thousand documents in many pairs each) prepares
    each document once, not once per chunk, and no block holds more documents than a chunk may."""
    blocks: list[NDArray[np.int64]] = []
    held: list[NDArray[np.int64]] = []
    docs = np.zeros(0, dtype=np.int64)
    for chunk in chunks:
        joined = np.union1d(docs, chunk.ravel())
        if held and (joined.size > _BLOCK_DOCS or len(held) == _JOINED):
            blocks.append(np.concatenate(held))
            held, joined = [], np.unique(chunk)
        held.append(chunk)
        docs = joined
    if held:
        blocks.append(np.concatenate(held))
    return blocks


def _costliest_first(blocks: list[NDArray[np.int64]], texts: Sequence[str]) -> list[int]:
    """Block numbers by decreasing estimated cost: characters of the documents to prepare (about 42 ns
    each) plus characters of every pair's two sides (about 11 ns each, measured per pair)."""
    used = np.unique(np.concatenate(blocks))
    length = np.zeros(int(used[-1]) + 1, dtype=np.int64)
    length[used] = [len(texts[d]) for d in used.tolist()]
    cost = [4 * int(length[np.unique(b)].sum()) + int(length[b].sum()) for b in blocks]
    order: list[int] = np.argsort(-np.asarray(cost), kind="stable").tolist()
    return order
