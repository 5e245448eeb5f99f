"""Tokens and shingle hashes, vectorised over a whole batch of documents (CSR layout).

Definitions (``tests/oracle.py`` restates them with Python ints):

* A *token* is a maximal run of word characters of the normalised text, or one solo character (see
  :mod:`syndetect.normalize`). Its raw span runs from the raw index of its first normalised character
  to one past the raw index of its last one.
* ``token_hash = mix64(sum(c_j * B**j for j, c_j in enumerate(code points)) mod 2**64)``.
* A word shingle is ``k`` consecutive tokens of one document; a document with ``1 <= n < k`` tokens
  has one shingle of all ``n``: ``shingle_hash = mix64(P ^ m)`` where
  ``P = sum(t_j * C**(m-1-j)) mod 2**64`` over its ``m`` token hashes.
* A character shingle is ``k`` consecutive *units*, where the units of a document are its normalised
  word and solo characters with one space (code 32) wherever separators stood between two of them;
  same polynomial over the unit code points.

All arithmetic is on uint64 and *intentionally modulo 2**64* (numpy wraps unsigned integers, which is
exactly the ring Z/2**64 these hashes are defined in); no step depends on a wider intermediate.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .config import ShingleConfig
from .normalize import SEP, SOLO, WORD, NormalizedBatch, _CodePoints, normalize_batch

__all__ = ["B_CHAR", "C_GRAM", "ShingledBatch", "gram_hashes", "mix64", "shingle_batch"]

U64 = np.uint64
B_CHAR = 0x9E3779B97F4A7C15  # odd, so invertible mod 2**64
C_GRAM = 0xC2B2AE3D27D4EB4F  # odd
_M1 = U64(0xBF58476D1CE4E5B9)
_M2 = U64(0x94D049BB133111EB)
_B_INV = pow(B_CHAR, -1, 2**64)

_pow_cache: dict[int, NDArray[np.uint64]] = {}


def mix64(x: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """SplitMix64's finaliser, a bijection on 64-bit integers (arithmetic mod 2**64)."""
    x = x ^ (x >> U64(30))
    x *= _M1
    x ^= x >> U64(27)
    x *= _M2
    x ^= x >> U64(31)
    return x


def _mix64_inplace(x: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """:func:`mix64` overwriting ``x`` (which must be a fresh array the caller owns), one temporary."""
    tmp = x >> U64(30)
    x ^= tmp
    x *= _M1
    np.right_shift(x, U64(27), out=tmp)
    x ^= tmp
    x *= _M2
    np.right_shift(x, U64(31), out=tmp)
    x ^= tmp
    return x


def _powers(base: int, n: int) -> NDArray[np.uint64]:
    """``base**i mod 2**64`` for i in [0, n), cached and grown geometrically."""
    cached = _pow_cache.get(base)
    if cached is None or cached.size < n:
        size = max(n, 1 << 16, 2 * (0 if cached is None else cached.size))
        arr = np.full(size, base, dtype=np.uint64)
        arr[0] = 1
        np.multiply.accumulate(arr, out=arr)  # wraps mod 2**64 by design
        _pow_cache[base] = cached = arr
    return cached[:n]


@dataclass(frozen=True, slots=True)
class ShingledBatch:
    """Tokens and shingles of a batch of documents, flat arrays plus ``offsets`` per document.

    Token ``i`` of document ``d`` is at ``token_*[token_offsets[d] + i]``; its raw span, relative to the
    document's own text, is ``[token_start, token_end)``. Shingles likewise with ``shingle_offsets``;
    ``shingle_start/end`` (raw spans, empty arrays unless requested) cover the shingle's text.
    """

    n_docs: int
    token_hash: NDArray[np.uint64]
    token_start: NDArray[np.int64]
    token_end: NDArray[np.int64]
    token_offsets: NDArray[np.int64]
    shingle_hash: NDArray[np.uint64]
    shingle_offsets: NDArray[np.int64]
    shingle_start: NDArray[np.int64]
    shingle_end: NDArray[np.int64]

    def doc_tokens(self, d: int) -> slice:
        return slice(int(self.token_offsets[d]), int(self.token_offsets[d + 1]))

    def doc_shingles(self, d: int) -> slice:
        return slice(int(self.shingle_offsets[d]), int(self.shingle_offsets[d + 1]))


_local = threading.local()
_SCRATCH_MAX = 1 << 23  # entries (64 MB) kept per thread at most; a default chunk needs about 1 << 20


def _scratch(n: int) -> NDArray[np.uint64]:
    """A per-thread uint64 work buffer of at least ``n`` entries, reused across batches: allocating
    (and page-faulting) a fresh multi-megabyte temporary per batch cost as much as the arithmetic."""
    if n > _SCRATCH_MAX:  # a huge batch: do not keep its buffer alive after the call
        return np.empty(n, dtype=np.uint64)
    buf: NDArray[np.uint64] | None = getattr(_local, "buf", None)
    if buf is None or buf.size < n:
        size = min(_SCRATCH_MAX, max(n, 1 << 16, 0 if buf is None else 2 * buf.size))
        buf = np.empty(size, dtype=np.uint64)
        _local.buf = buf
    return buf[:n]


def _segment_hash(
    values: NDArray[np.uint32], starts: NDArray[np.int64], ends: NDArray[np.int64]
) -> NDArray[np.uint64]:
    """``sum(values[s + j] * B**j)`` over each half-open segment, via prefix sums mod 2**64."""
    n = values.size
    prefix = _scratch(n + 1)
    prefix[0] = 0
    np.multiply(values, _powers(B_CHAR, n), out=prefix[1:])
    np.cumsum(prefix[1:], out=prefix[1:])  # wraps mod 2**64 by design
    out = prefix[ends] - prefix[starts]
    out *= _powers(_B_INV, n)[starts]
    return out


def gram_hashes(
    values: NDArray[np.uint64], offsets: NDArray[np.int64], k: int
) -> tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """k-gram hashes over each document's run of ``values``.

    Returns (hashes, first index, length in values, shingle offsets per document).
    """
    counts = np.diff(offsets)
    n_docs = counts.size
    full = np.maximum(counts - k + 1, 0)
    short = (counts > 0) & (counts < k)
    per_doc = np.where(short, 1, full)
    sh_offsets = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(per_doc, out=sh_offsets[1:])
    total = int(sh_offsets[-1])
    n = values.size
    c = U64(C_GRAM)
    if not short.any():
        # every shingle has k values: the common case, without per-shingle document lookups
        first = np.arange(total, dtype=np.int64)
        first += np.repeat(offsets[:-1] - sh_offsets[:-1], per_doc)
        if not total:
            return np.zeros(0, dtype=np.uint64), first, first, sh_offsets
        run = values[: n - k + 1].copy()
        for j in range(1, k):
            run *= c
            run += values[j : n - k + 1 + j]
        acc = np.take(run, first)
        acc ^= U64(k)
        m_all: NDArray[np.int64] = np.broadcast_to(np.int64(k), (total,))
        return _mix64_inplace(acc), first, m_all, sh_offsets
    # first value index of every shingle: doc start + position within the doc
    doc_of = np.repeat(np.arange(n_docs, dtype=np.int64), per_doc)
    first = offsets[doc_of] + (np.arange(total, dtype=np.int64) - sh_offsets[doc_of])
    is_short = short[doc_of]
    m = np.where(is_short, counts[doc_of], k).astype(np.int64)
    acc = np.zeros(total, dtype=np.uint64)
    if n >= k:
        # Full k-grams over the flat array with slices (no gathers), then pick the valid starts.
        run = values[: n - k + 1].copy()
        for j in range(1, k):
            run *= c
            run += values[j : n - k + 1 + j]
        full = ~is_short
        acc[full] = run[first[full]]
    if is_short.any():
        s_first, s_m = first[is_short], m[is_short]
        s_acc = np.zeros(s_first.size, dtype=np.uint64)
        for j in range(k - 1):
            take = values[np.minimum(s_first + j, n - 1)]
            s_acc = np.where(j < s_m, s_acc * c + take, s_acc)
        acc[is_short] = s_acc
    acc ^= m.astype(np.uint64)
    return _mix64_inplace(acc), first, m, sh_offsets


def _tokens(
    nb: NormalizedBatch,
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Token boundaries in normalised positions and token offsets per document."""
    cls = nb.cls
    n = cls.size
    if n and int(cls.max()) == SOLO:
        word = cls == WORD
        solo = cls == SOLO
        prev_word = np.zeros(n, dtype=np.bool_)
        prev_word[1:] = word[:-1]
        next_word = np.zeros(n, dtype=np.bool_)
        next_word[:-1] = word[1:]
        starts = np.flatnonzero(solo | (word & ~prev_word))
        ends = np.flatnonzero(solo | (word & ~next_word)) + 1
    else:
        # only SEP (0) and WORD (1): the classes are the word mask, and the places where it changes
        # alternate between token starts and token ends
        word = cls.view(np.bool_)
        change = np.flatnonzero(word[1:] != word[:-1]) + 1
        if n and word[0]:
            change = np.concatenate(([0], change))
        if n and word[-1]:
            change = np.concatenate((change, [n]))
        starts, ends = change[0::2], change[1::2]
    tok_offsets = np.searchsorted(starts, nb.doc_starts, side="left").astype(np.int64)
    return starts.astype(np.int64, copy=False), ends.astype(np.int64, copy=False), tok_offsets


def _char_units(
    nb: NormalizedBatch,
) -> tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Unit code points, raw start/end of each unit and unit offsets per document."""
    pos = np.flatnonzero(nb.cls != SEP)
    doc = np.searchsorted(nb.doc_starts, pos, side="right") - 1
    gap = np.zeros(pos.size, dtype=np.bool_)
    if pos.size > 1:
        gap[1:] = (pos[1:] - pos[:-1] > 1) & (doc[1:] == doc[:-1])
    shift = np.cumsum(gap)
    n_units = pos.size + int(shift[-1]) if pos.size else 0
    unit_cp = np.full(n_units, 32, dtype=np.uint64)
    unit_raw_start = np.empty(n_units, dtype=np.int64)
    unit_raw_end = np.empty(n_units, dtype=np.int64)
    at = np.arange(pos.size, dtype=np.int64) + shift
    unit_cp[at] = nb.cp[pos]
    unit_raw_start[at] = nb.to_raw(pos)
    unit_raw_end[at] = nb.to_raw_end(pos)
    space_at = at[gap] - 1
    after_prev = pos[np.flatnonzero(gap) - 1] + 1  # first separator after the previous unit
    unit_raw_start[space_at] = nb.to_raw(after_prev)
    unit_raw_end[space_at] = nb.to_raw(pos[gap])
    doc_counts = np.bincount(doc, minlength=nb.doc_starts.size - 1) if pos.size else None
    unit_offsets = np.zeros(nb.doc_starts.size, dtype=np.int64)
    if doc_counts is not None:
        gaps_per_doc = np.bincount(doc[gap], minlength=nb.doc_starts.size - 1)
        np.cumsum(doc_counts[: nb.doc_starts.size - 1] + gaps_per_doc, out=unit_offsets[1:])
    return unit_cp, unit_raw_start, unit_raw_end, unit_offsets


def shingle_batch(
    texts: Sequence[str],
    config: ShingleConfig,
    *,
    spans: bool = True,
    lengths: NDArray[np.int64] | None = None,
    encoded: tuple[_CodePoints, NDArray[np.int64]] | None = None,
) -> ShingledBatch:
    """Tokenise ``texts`` and hash their shingles in one vectorised pass.

    With ``spans=False`` the shingles' raw spans are not computed (what signatures need). ``encoded``:
    :func:`syndetect.normalize.encode_texts` of ``texts``, when already made.
    """
    nb = normalize_batch(texts, config.normalize, raw_map=spans or config.unit == "char", lengths=lengths,
                         encoded=encoded)
    n_docs = len(texts)
    starts, ends, tok_offsets = _tokens(nb)
    tok_hash = _mix64_inplace(_segment_hash(nb.cp, starts, ends))
    if spans:
        doc_of_tok = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(tok_offsets))
        base = nb.raw_starts[doc_of_tok]
        tok_start = nb.to_raw(starts) - base
        tok_end = nb.to_raw_end(ends - 1) - base
    else:
        tok_start = tok_end = np.zeros(0, dtype=np.int64)
    empty = np.zeros(0, dtype=np.int64)
    if config.unit == "word":
        sh_hash, first, m, sh_offsets = gram_hashes(tok_hash, tok_offsets, config.k)
        if spans:
            sh_start = tok_start[first]
            sh_end = tok_end[first + m - 1]
        else:
            sh_start = sh_end = empty
    else:
        unit_cp, u_start, u_end, u_offsets = _char_units(nb)
        sh_hash, first, m, sh_offsets = gram_hashes(unit_cp, u_offsets, config.k)
        if spans:
            doc_of_sh = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(sh_offsets))
            sh_base = nb.raw_starts[doc_of_sh]
            sh_start = u_start[first] - sh_base
            sh_end = u_end[first + m - 1] - sh_base
        else:
            sh_start = sh_end = empty
    return ShingledBatch(
        n_docs=n_docs,
        token_hash=tok_hash,
        token_start=tok_start,
        token_end=tok_end,
        token_offsets=tok_offsets,
        shingle_hash=sh_hash,
        shingle_offsets=sh_offsets,
        shingle_start=sh_start,
        shingle_end=sh_end,
    )
