"""Fingerprints that recur beyond one pair (:class:`Recurring`), each with a signature of the set of
documents holding it, made at once (:func:`docset_signatures`) or from partial sums made where the
documents are (:func:`docset_partials`, :func:`combine_partials`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..text.shingle import mix64
from .groups import group_start_mask, group_starts

__all__ = [
    "RECURRING_DF",
    "Recurring",
    "combine_partials",
    "docset_partials",
    "docset_signatures",
]


RECURRING_DF = 3
"""A fingerprint held by this many documents or more recurs beyond any one pair: furniture
detection compares such fingerprints by the set of documents holding them."""


@dataclass(frozen=True, slots=True)
class Recurring:
    """Fingerprints held by at least :data:`RECURRING_DF` documents, sorted by hash, each with a
    signature of the set of documents holding it: the sum (mod 2**64) of ``mix64(document + 1)`` over
    them, so equal sets have equal signatures and different sets differ but with probability 2**-64.

    Page furniture of one outlet is held by exactly that outlet's documents, so all of its
    fingerprints share one signature; that is how the furniture found at the edges of one pair is
    recognised in the middle of it (:mod:`syndetect.align.furniture`)."""

    hashes: NDArray[np.uint64]
    signatures: NDArray[np.uint64]
    counts: NDArray[np.int64]
    """How many documents hold each fingerprint."""

    @staticmethod
    def empty() -> Recurring:
        return Recurring(np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint64),
                         np.zeros(0, dtype=np.int64))

    @staticmethod
    def merge(parts: list[Recurring]) -> Recurring:
        """Tables of parts that share no fingerprint, as one sorted table."""
        parts = [p for p in parts if p.hashes.size]
        if not parts:
            return Recurring.empty()
        if len(parts) == 1:
            return parts[0]
        h = np.concatenate([p.hashes for p in parts])
        order = np.argsort(h, kind="stable")
        return Recurring(h[order], np.concatenate([p.signatures for p in parts])[order],
                         np.concatenate([p.counts for p in parts])[order])


def docset_partials(
    grouped_hash: NDArray[np.uint64], grouped_doc: NDArray[np.int64]
) -> tuple[NDArray[np.uint64], NDArray[np.uint64], NDArray[np.int64]]:
    """Per group of equal hashes (postings grouped by hash, one per fingerprint and document,
    ``grouped_doc`` the documents' corpus-wide numbers): the hash, the sum (mod 2**64) of
    ``mix64(document + 1)`` over its documents, and how many they are. Sums of parts of a group add
    up to the group's sum, so partial sums made where the documents are can be combined later
    (:func:`combine_partials`)."""
    if grouped_hash.size == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    starts, sizes = group_starts(grouped_hash)
    # np.add.reduceat wraps on uint64: the sum is mod 2**64 by design
    sums = np.add.reduceat(mix64(grouped_doc.astype(np.uint64) + np.uint64(1)), starts)
    return grouped_hash[starts], sums, sizes.astype(np.int64)


def combine_partials(
    hashes: NDArray[np.uint64], sums: NDArray[np.uint64], counts: NDArray[np.int64],
    min_df: int = RECURRING_DF,
) -> Recurring:
    """:class:`Recurring` from partial sums (:func:`docset_partials`) of any number of parts, in any
    order: the hashes held by ``min_df`` documents or more in all."""
    if hashes.size == 0:
        return Recurring.empty()
    order = np.argsort(hashes, kind="stable")
    h = hashes[order]
    starts = np.flatnonzero(group_start_mask(h))
    total = np.add.reduceat(counts[order], starts)
    sig = np.add.reduceat(sums[order], starts)
    big = total >= min_df
    return Recurring(h[starts][big], sig[big], total[big])


def docset_signatures(
    grouped_hash: NDArray[np.uint64], grouped_doc: NDArray[np.int64], min_df: int = RECURRING_DF
) -> Recurring:
    """:class:`Recurring` of postings grouped by hash (one posting per fingerprint and document,
    ``grouped_doc`` the documents' corpus-wide numbers): the groups of ``min_df`` or more."""
    hashes, sums, counts = docset_partials(grouped_hash, grouped_doc)
    big = counts >= min_df
    order = np.argsort(hashes[big], kind="stable")
    return Recurring(hashes[big][order], sums[big][order], counts[big][order])
