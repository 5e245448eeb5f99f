"""MinHash signatures for many documents at once, from flat shingle hashes plus offsets.

Two schemes behind one function, both unbiased estimators of Jaccard similarity:

``"oph"``: one-permutation hashing with optimal densification (Shrivastava, ICML 2017). Each shingle
    hash ``h`` is mixed once with the seed, ``g = mix64(h ^ key)``; its top 32 bits choose one of
    ``num_perm`` bins (``((g >> 32) * num_perm) >> 32``, exact: ``< 2**32 * 2**13``) and its low 32
    bits are the value; each bin keeps its minimum. An empty bin ``j`` then copies the value of the
    first non-empty bin among ``probe(j, 0), probe(j, 1), ...``, a sequence that depends on ``j``
    and the seed only, so two documents densify consistently. O(shingles + num_perm) per document.

``"kperm"``: ``num_perm`` independent hash functions ``h_i(x) = ((a_i * x + b_i) mod 2**64) >> 32``
    (multiply-add-shift, Dietzfelbinger 1996; strongly universal for 32-bit keys) over the 32-bit
    fold of each shingle hash. ``a_i`` (odd) and ``b_i`` are 64-bit; the product and sum wrap
    modulo 2**64 by definition of the scheme and the result is < 2**32.

Parameters (``key``, ``a_i``, ``b_i``, probes) derive from the seed with xxhash, so signatures are the
same on every machine and numpy version. Signatures are ``uint32``; a document with no shingle gets
:data:`EMPTY` in every position (two empty documents therefore estimate 1.0, like datasketch).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import xxhash
from numpy.typing import NDArray

from ..config import MinHashConfig
from ..errors import FormatError
from ..text import native
from ..text.shingle import _mix64_inplace, gram_hashes, mix64

__all__ = [
    "EMPTY", "jaccard_estimate", "kperm_params", "minhash", "minhash_word_grams", "oph_key", "oph_probes",
]

EMPTY = np.uint32(0xFFFFFFFF)
U64 = np.uint64
_SENTINEL = U64(1 << 32)  # an OPH bin's value before any shingle: above every 32-bit value
_MASK32 = U64(0xFFFFFFFF)
_ROWS = 512  # shingle rows per kperm block: 512 x num_perm x 8 bytes stays in cache
_FEW_SEGMENTS = 8  # documents per kperm block below which each gets its own column minimum
_CACHED_ROUNDS = 16  # densification rounds served from the cached probe table
_PROBE_BUDGET = 1 << 20  # probe entries computed at once for sparse rows
_OPH_BLOCK = 1 << 20  # shingles binned at once: about 48 MB of temporaries (6 arrays of 8 bytes each)


def _seeded(seed: int, label: bytes, i: int) -> int:
    return int(xxhash.xxh64_intdigest(label + i.to_bytes(8, "little"), seed=seed))


@lru_cache(maxsize=64)
def kperm_params(seed: int, num_perm: int) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    """The (a, b) parameters of the kperm hash functions: a odd, both 64-bit."""
    a = np.array([_seeded(seed, b"kperm-a", i) | 1 for i in range(num_perm)], dtype=np.uint64)
    b = np.array([_seeded(seed, b"kperm-b", i) for i in range(num_perm)], dtype=np.uint64)
    a.setflags(write=False)
    b.setflags(write=False)
    return a, b


@lru_cache(maxsize=64)
def oph_key(seed: int) -> int:
    return _seeded(seed, b"oph-key", 0)


@lru_cache(maxsize=64)
def oph_probes(seed: int, num_perm: int, rounds: int) -> NDArray[np.int64]:
    """``probes[t, j]``: the bin that empty bin ``j`` looks at in densification round ``t``."""
    key = U64(_seeded(seed, b"oph-probe", 0))
    t = np.arange(rounds, dtype=np.uint64)[:, None]
    j = np.arange(num_perm, dtype=np.uint64)[None, :]
    g = mix64((j << U64(32)) + t + key)
    out: NDArray[np.int64] = (((g >> U64(32)) * U64(num_perm)) >> U64(32)).astype(np.int64)
    out.setflags(write=False)
    return out


def minhash(
    hashes: NDArray[np.uint64], offsets: NDArray[np.int64], config: MinHashConfig
) -> NDArray[np.uint32]:
    """Signatures ``(n_docs, num_perm)`` of the shingle sets ``hashes[offsets[d]:offsets[d+1]]``."""
    if config.scheme == "oph":
        return _oph(hashes, offsets, config.num_perm, config.seed)
    return _kperm(hashes, offsets, config.num_perm, config.seed)


def minhash_word_grams(
    token_hash: NDArray[np.uint64], token_offsets: NDArray[np.int64], gram_k: int, config: MinHashConfig
) -> NDArray[np.uint32]:
    """Signatures of the word ``gram_k``-gram shingles of tokens (``token_hash[token_offsets[d]:
    token_offsets[d+1]]`` for text ``d``): ``minhash(gram_hashes(...))``. With OPH and the compiled
    path in use (:func:`syndetect.text.native.backend`) the shingles are hashed and binned in one
    pass, without an array of shingle hashes; the signatures are the same."""
    if config.scheme == "oph":
        n_docs = token_offsets.size - 1
        bins = np.full(n_docs * config.num_perm, _SENTINEL, dtype=np.uint64)
        if native.oph_bins(token_hash, token_offsets, gram_k, config.num_perm, oph_key(config.seed), bins):
            return _oph_signatures(bins, n_docs, config.num_perm, config.seed)
    hashes, _, _, offsets = gram_hashes(token_hash, token_offsets, gram_k, positions=False)
    return minhash(hashes, offsets, config)


def _oph(
    hashes: NDArray[np.uint64], offsets: NDArray[np.int64], k: int, seed: int
) -> NDArray[np.uint32]:
    n_docs = offsets.size - 1
    bins = np.full(n_docs * k, _SENTINEL, dtype=np.uint64)
    key = U64(oph_key(seed))
    # blocks of _OPH_BLOCK shingles (a batch has fewer unless one document is long): each bin keeps
    # its minimum, which does not depend on the order the shingles arrive in
    for r0 in range(0, hashes.size, _OPH_BLOCK):
        r1 = min(hashes.size, r0 + _OPH_BLOCK)
        g = _mix64_inplace(hashes[r0:r1] ^ key)
        if r0 == 0 and r1 == hashes.size:
            doc = np.repeat(np.arange(n_docs, dtype=np.uint64), np.diff(offsets).astype(np.int64))
        else:
            doc = (np.searchsorted(offsets, np.arange(r0, r1), side="right") - 1).astype(np.uint64)
        # bin < k <= 8192, so doc * k + bin is exact for any realistic n_docs
        slot = doc * U64(k) + (((g >> U64(32)) * U64(k)) >> U64(32))
        np.minimum.at(bins, slot.astype(np.intp), g & _MASK32)
    return _oph_signatures(bins, n_docs, k, seed)


def _oph_signatures(bins: NDArray[np.uint64], n_docs: int, k: int, seed: int) -> NDArray[np.uint32]:
    """The signatures of OPH ``bins`` (``n_docs * k``, each bin its minimum or ``_SENTINEL``): empty
    bins densified, the bins of a text without shingles ``EMPTY``."""
    sentinel = _SENTINEL
    table = bins.reshape(n_docs, k)
    empty_rows, empty_cols = np.nonzero(table == sentinel)
    if empty_rows.size:
        filled_any = np.any(table != sentinel, axis=1)
        keep = filled_any[empty_rows]
        _densify(table, empty_rows[keep], empty_cols[keep], k, seed, sentinel)
    table[table == sentinel] = U64(int(EMPTY))
    return table.astype(np.uint32)


def _densify(
    table: NDArray[np.uint64],
    rows: NDArray[np.intp],
    cols: NDArray[np.intp],
    k: int,
    seed: int,
    sentinel: np.uint64,
) -> None:
    """Optimal densification: fill each empty bin from the first non-empty bin its probes hit.

    A row with one filled bin copies it everywhere (every probe sequence ends there). Other rows
    probe ``width`` rounds at a time for the empty bins still open, with ``width`` growing while
    few remain, so memory stays at about ``_PROBE_BUDGET`` entries however sparse a row is (an
    empty bin of a row with ``m`` of ``k`` bins filled needs ``k / m`` probes on average).
    """
    original = table.copy()
    n_filled = np.count_nonzero(table != sentinel, axis=1)
    single = n_filled[rows] == 1
    if single.any():
        only = table.min(axis=1)  # the sentinel is above every value
        table[rows[single], cols[single]] = only[rows[single]]
        rows, cols = rows[~single], cols[~single]
    if not rows.size:
        return
    probes = oph_probes(seed, k, _CACHED_ROUNDS)
    for t in range(_CACHED_ROUNDS):
        values = original[rows, probes[t, cols]]
        hit = values != sentinel
        table[rows[hit], cols[hit]] = values[hit]
        rows, cols = rows[~hit], cols[~hit]
        if not rows.size:
            return
    key = U64(_seeded(seed, b"oph-probe", 0))
    t = _CACHED_ROUNDS
    while rows.size:
        width = max(1, min(4096, _PROBE_BUDGET // rows.size))
        rounds = np.arange(t, t + width, dtype=np.uint64)[None, :]
        g = mix64((cols.astype(np.uint64)[:, None] << U64(32)) + rounds + key)
        src = (((g >> U64(32)) * U64(k)) >> U64(32)).astype(np.intp)
        values = original[rows[:, None], src]
        hit = values != sentinel
        found = hit.any(axis=1)
        first = hit.argmax(axis=1)  # the earliest round that hit
        table[rows[found], cols[found]] = values[found, first[found]]
        rows, cols = rows[~found], cols[~found]
        t += width


def _kperm(
    hashes: NDArray[np.uint64], offsets: NDArray[np.int64], k: int, seed: int
) -> NDArray[np.uint32]:
    n_docs = offsets.size - 1
    out = np.full((n_docs, k), U64(int(EMPTY)), dtype=np.uint64)
    n = hashes.size
    if n:
        a, b = kperm_params(seed, k)
        x = (hashes ^ (hashes >> U64(32))) & _MASK32
        buf = np.empty((_ROWS, k), dtype=np.uint64)
        shift = U64(32)
        for r0 in range(0, n, _ROWS):
            r1 = min(n, r0 + _ROWS)
            v = buf[: r1 - r0]
            np.multiply(x[r0:r1, None], a, out=v)  # mod 2**64 by definition
            v += b
            # ">> 32" is monotone, so it commutes with min: shift the few minima, not every value
            # segments of this block: one per document that has rows in it
            lo = int(np.searchsorted(offsets, r0, side="right")) - 1
            hi = int(np.searchsorted(offsets, r1, side="left"))
            docs = np.arange(lo, hi)
            seg = np.maximum(offsets[lo:hi], r0) - r0
            nonempty = offsets[lo + 1 : hi + 1] > offsets[lo:hi]
            docs, seg = docs[nonempty], seg[nonempty]
            if docs.size <= _FEW_SEGMENTS:
                # a few long documents: a plain column minimum per document is cheaper than
                # reduceat along axis 0, which pays off only with many short segments
                bounds = [*seg.tolist(), r1 - r0]
                for i, d in enumerate(docs.tolist()):
                    col_min = v[bounds[i] : bounds[i + 1]].min(axis=0)
                    col_min >>= shift  # now < 2**32
                    np.minimum(out[d], col_min, out=out[d])
            else:
                mins = np.minimum.reduceat(v, seg, axis=0)
                mins >>= shift  # now < 2**32
                out[docs] = np.minimum(out[docs], mins)
    return out.astype(np.uint32)


def jaccard_estimate(sig_a: NDArray[np.uint32], sig_b: NDArray[np.uint32]) -> float | NDArray[np.float64]:
    """Estimated Jaccard similarity: the share of equal positions.

    Two 1-d signatures give a float; 2-d arrays (row-wise, broadcasting) give an array.
    """
    a, b = np.asarray(sig_a), np.asarray(sig_b)
    if a.shape[-1] != b.shape[-1]:
        msg = (
            f"signatures have different lengths ({a.shape[-1]} and {b.shape[-1]}); "
            "compare signatures made with the same num_perm"
        )
        raise FormatError(msg)
    eq = np.mean(a == b, axis=-1)
    if np.ndim(eq) == 0:
        return float(eq)
    return np.asarray(eq, dtype=np.float64)
