"""Grouping on sorted arrays, shared by the candidate routes: which elements start a group of equal
adjacent values, each group's start, size and ranks, the repeated values grouped in input order, one
posting per (hash, document), and the distinct rows of a pair array.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "first_postings",
    "group_ranks",
    "group_start_mask",
    "group_starts",
    "repeated_in_input_order",
    "repeated_mask",
    "unique_pairs",
]

U64 = np.uint64


def unique_pairs(pairs: NDArray[np.int64]) -> NDArray[np.int64]:
    """The distinct rows of ``pairs`` (``(m, 2)``, non-negative), sorted: ``np.unique(pairs, axis=0)``
    by one sort of the keys ``a * n + b``, much cheaper than numpy's row-wise unique."""
    if pairs.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    n = int(pairs.max()) + 1  # a * n + b < n**2: exact in int64 below 3 billion documents
    keys = np.unique(pairs[:, 0].astype(np.int64) * n + pairs[:, 1])
    return np.stack([keys // n, keys % n], axis=1)


def repeated_mask(grouped: NDArray[Any]) -> NDArray[np.bool_]:
    """Which elements of ``grouped`` (equal values adjacent) have an equal neighbour."""
    repeated = np.zeros(grouped.size, dtype=np.bool_)
    same = grouped[1:] == grouped[:-1]
    repeated[1:] = same
    repeated[:-1] |= same
    return repeated


def repeated_in_input_order(hashes: NDArray[np.uint64]) -> NDArray[np.int64]:
    """Indices of the ``hashes`` that occur more than once, equal hashes adjacent and each group in
    input order (the groups themselves in no particular order).

    The same grouping as a stable argsort, restricted to repeated values, at less than half its
    cost: one plain sort of 64-bit keys ``(hash << b) | index`` with ``b`` bits for the index orders
    by the hash's low ``64 - b`` bits and, inside equal keys, by index. Two different hashes can
    share their low bits (about 90 pairs among 14M fingerprints at ``b = 24``); the groups where
    that happened are re-sorted by the full hash, so the result is exact.
    """
    n = hashes.size
    if n < 2:
        return np.zeros(0, dtype=np.int64)
    bits = (n - 1).bit_length()
    low = U64((1 << bits) - 1)
    keys = hashes << U64(bits)  # shifting the high bits out is intended (mod 2**64)
    keys |= np.arange(n, dtype=np.uint64)
    keys.sort()
    keys = keys[repeated_mask(keys >> U64(bits))]
    order = (keys & low).astype(np.int64)
    h = hashes[order]
    # runs of equal truncated keys that hold more than one full hash: re-sort them by (hash, index)
    run = np.cumsum(group_start_mask(keys >> U64(bits))) - 1
    mixed = np.flatnonzero(h[1:] != h[:-1])
    mixed = mixed[run[mixed + 1] == run[mixed]]
    if mixed.size:
        bad = np.zeros(int(run[-1]) + 1, dtype=np.bool_)
        bad[run[mixed]] = True
        at = np.flatnonzero(bad[run])
        sub = order[at]
        order[at] = sub[np.lexsort((sub, h[at], run[at]))]
        h = hashes[order]
    kept: NDArray[np.int64] = order[repeated_mask(h)]
    return kept


def group_start_mask(grouped: NDArray[Any]) -> NDArray[np.bool_]:
    """Which elements of ``grouped`` (equal values adjacent) start a new group."""
    new = np.ones(grouped.size, dtype=np.bool_)
    new[1:] = grouped[1:] != grouped[:-1]
    return new


def group_starts(grouped: NDArray[Any]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Where each group of equal adjacent values of ``grouped`` (sorted keys, say) starts, and
    its size."""
    starts = np.flatnonzero(group_start_mask(grouped))
    return starts, np.diff(np.append(starts, grouped.size))


def first_postings(grouped_hash: NDArray[Any], grouped_doc: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Which postings, grouped by hash with equal documents adjacent in each group, are the first of
    their (hash, document): one posting per fingerprint and document."""
    first = np.ones(grouped_hash.size, dtype=np.bool_)
    first[1:] = (grouped_hash[1:] != grouped_hash[:-1]) | (grouped_doc[1:] != grouped_doc[:-1])
    return first


def group_ranks(starts: NDArray[np.int64], sizes: NDArray[np.int64]) -> NDArray[np.int64]:
    """Each element's rank inside its group (0 for the first), for groups of :func:`group_starts`."""
    ranks: NDArray[np.int64] = np.arange(int(sizes.sum()), dtype=np.int64) - np.repeat(starts, sizes)
    return ranks
