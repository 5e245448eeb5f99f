"""Exact duplicates by content hash, before any shingle is made of them.

Two kinds of content hash, both 128-bit xxh3:

* the **raw** hash, of a text's UTF-8 bytes (lone surrogates passed through): equal for texts that
  are identical code point for code point;
* the **normalized** hash, of a text's token hashes in order (:mod:`syndetect.text.shingle`): equal
  for texts with the same tokens in the same order after normalisation (case folding, Unicode
  compatibility forms, quote and dash styles; punctuation and white space separate tokens and count
  for nothing else). A text without any token has no normalized hash.

:class:`FirstSeen` finds, batch by batch, the first record with each hash: only that one is hashed
into shingles and compared further, the others are its exact duplicates.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import xxhash
from numpy.typing import NDArray

__all__ = ["FirstSeen", "raw_hashes", "token_sequence_hashes"]

U64A = NDArray[np.uint64]
I64A = NDArray[np.int64]
_LOW = (1 << 64) - 1


def _split(digests: list[int]) -> tuple[U64A, U64A]:
    n = len(digests)
    hi = np.fromiter((d >> 64 for d in digests), dtype=np.uint64, count=n)
    lo = np.fromiter((d & _LOW for d in digests), dtype=np.uint64, count=n)
    return hi, lo


def raw_hashes(texts: Sequence[str]) -> tuple[U64A, U64A]:
    """The 128-bit xxh3 hash of each text's UTF-8 bytes, as its high and low 64 bits."""
    digest = xxhash.xxh3_128_intdigest
    return _split([digest(t.encode("utf-8", "surrogatepass")) for t in texts])


def token_sequence_hashes(token_hash: U64A, token_offsets: I64A) -> tuple[U64A, U64A]:
    """The 128-bit xxh3 hash of each document's token hashes in order (``token_hash[token_offsets[d]:
    token_offsets[d + 1]]``, little-endian bytes), as its high and low 64 bits."""
    digest = xxhash.xxh3_128_intdigest
    data = np.ascontiguousarray(token_hash, dtype="<u8").view(np.uint8)
    ends = (token_offsets * 8).tolist()
    return _split([digest(data[a:b].tobytes()) for a, b in itertools.pairwise(ends)])


class FirstSeen:
    """The first record seen with each 128-bit hash, fed batch by batch in input order.

    Holds one entry per distinct hash (24 bytes), sorted by the high 64 bits. Two different texts
    whose hashes share the high 64 bits (about one chance in 2**64 per pair) are both kept as firsts.
    """

    def __init__(self) -> None:
        self._hi = np.zeros(0, dtype=np.uint64)
        self._lo = np.zeros(0, dtype=np.uint64)
        self._first = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return int(self._hi.size)

    def first(self, hi: U64A, lo: U64A, index: I64A) -> I64A:
        """For records ``index`` (ascending, after every record fed before) with hashes ``(hi, lo)``:
        the index of the first record with the same hash (a record's own index when it is the first)."""
        out: I64A = index.copy()
        if index.size == 0:
            return out
        pos = np.searchsorted(self._hi, hi)
        inside = pos < self._hi.size
        at = np.where(inside, pos, 0)
        seen = inside & (self._hi[at] == hi) & (self._lo[at] == lo) if self._hi.size else inside
        out[seen] = self._first[at[seen]]
        new = np.flatnonzero(~seen)
        if new.size:
            order = new[np.lexsort((index[new], lo[new], hi[new]))]
            start = np.ones(order.size, dtype=np.bool_)
            start[1:] = (hi[order[1:]] != hi[order[:-1]]) | (lo[order[1:]] != lo[order[:-1]])
            group_first = order[start]
            out[order] = index[np.repeat(group_first, np.diff(np.append(np.flatnonzero(start), order.size)))]
            self._insert(hi[group_first], lo[group_first], index[group_first])
        return out

    def _insert(self, hi: U64A, lo: U64A, first: I64A) -> None:
        where = np.searchsorted(self._hi, hi)
        self._hi = np.insert(self._hi, where, hi)
        self._lo = np.insert(self._lo, where, lo)
        self._first = np.insert(self._first, where, first)
