"""Tokens and shingle hashes, vectorised over a whole batch of documents (CSR layout).

Definitions (``tests/oracle.py`` restates them with Python ints):

* A *token* is a maximal run of word characters of the normalised text, or one solo character (see
  :mod:`syndetect.text.normalize`). Its raw span runs from the raw index of its first normalised character
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

The word tokens come from the compiled tokeniser when it is in use (:mod:`syndetect.text.native`), else
from :func:`~syndetect.text.normalize.normalize_batch` and the numpy passes here: the same arrays.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..config import NormalizeConfig, ShingleConfig
from ..errors import ConfigError
from . import native
from .normalize import (
    SEP,
    SOLO,
    WORD,
    EncodedTexts,
    NormalizedBatch,
    _CodePoints,
    encode_texts,
    normalize_batch,
)
from .windows import Source, doc_pieces

__all__ = [
    "B_CHAR", "C_GRAM", "WINDOW_CHARS", "ShingledBatch", "gram_hashes", "mix64", "shingle_batch",
    "word_tokens",
]

U64 = np.uint64
B_CHAR = 0x9E3779B97F4A7C15  # odd, so invertible mod 2**64
C_GRAM = 0xC2B2AE3D27D4EB4F  # odd
_M1 = U64(0xBF58476D1CE4E5B9)
_M2 = U64(0x94D049BB133111EB)
_B_INV = pow(B_CHAR, -1, 2**64)

_pow_cache: dict[int, NDArray[np.uint64]] = {}
_MIX_BLOCK = 1 << 20  # entries mixed at once: the temporary stays at 8 MB
_POW_CACHE_MAX = 1 << 23  # entries (64 MB) kept per base at most; a window needs about 1 << 18

WINDOW_CHARS = 1 << 18
"""Raw characters normalised and tokenised at once at most: a longer batch (one long document, say) is
cut into windows of at most this many characters, each normalised and tokenised on its own, so that
the per-character arrays of those stages (about 30 bytes per character alive at once at the peak)
cost a few MB however long a text is. Only the token hashes (8 bytes per token) are kept from each
window. A text is cut only where that changes nothing (see ``_cut_ok``); a stretch of more than this
many characters without such a place is one window. Same figure as
:data:`syndetect.sketch.signatures.MAX_BATCH_CHARS`, the batch size that stays in a core's cache."""


def mix64(x: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """SplitMix64's finaliser, a bijection on 64-bit integers (arithmetic mod 2**64)."""
    x = x ^ (x >> U64(30))
    x *= _M1
    x ^= x >> U64(27)
    x *= _M2
    x ^= x >> U64(31)
    return x


def _mix64_inplace(x: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """:func:`mix64` overwriting ``x`` (which must be a fresh array the caller owns), with one temporary
    of at most ``_MIX_BLOCK`` entries."""
    if x.size > _MIX_BLOCK:
        for at in range(0, x.size, _MIX_BLOCK):
            _mix64_inplace(x[at : at + _MIX_BLOCK])
        return x
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
    """``base**i mod 2**64`` for i in [0, n), cached and grown geometrically up to ``_POW_CACHE_MAX``
    entries; a longer run is computed for the call and not kept."""
    cached = _pow_cache.get(base)
    if cached is None or cached.size < n:
        size = max(n, 1 << 16, 2 * (0 if cached is None else cached.size))
        if n > _POW_CACHE_MAX:
            size = n
        elif size > _POW_CACHE_MAX:
            size = _POW_CACHE_MAX
        arr = np.full(size, base, dtype=np.uint64)
        arr[0] = 1
        np.multiply.accumulate(arr, out=arr)  # wraps mod 2**64 by design
        if size > _POW_CACHE_MAX:
            return arr
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
    values: NDArray[np.uint64], offsets: NDArray[np.int64], k: int, *, positions: bool = True
) -> tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """k-gram hashes over each document's run of ``values``.

    Returns (hashes, first index, length in values, shingle offsets per document). With
    ``positions=False`` the first indices (8 bytes per gram) are not made when the hashes do not need
    them (an empty array is returned in their place) and the lengths may be an empty array too.
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
        # every shingle has k values: the common case, without per-shingle document lookups.
        # ``contiguous``: the grams are all the k-runs of ``values`` (one document has the values,
        # or k == 1), so they need no gather
        contiguous = total == n - k + 1
        first = np.zeros(0, dtype=np.int64)
        if positions or not contiguous:
            first = np.arange(total, dtype=np.int64)
            first += np.repeat(offsets[:-1] - sh_offsets[:-1], per_doc)
        if not total:
            return np.zeros(0, dtype=np.uint64), first, first, sh_offsets
        run = values[: n - k + 1].copy()
        for j in range(1, k):
            run *= c
            run += values[j : n - k + 1 + j]
        acc = run if contiguous else np.take(run, first)
        del run
        acc ^= U64(k)
        m_all: NDArray[np.int64] = np.broadcast_to(np.int64(k), (total,))
        if not positions:
            first = np.zeros(0, dtype=np.int64)
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


def _token_arrays(
    nb: NormalizedBatch, spans: bool, shift: NDArray[np.int64] | None = None
) -> tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Token hashes, raw spans relative to each document (plus ``shift[d]``, when given; empty without
    ``spans``) and token offsets per document of a normalised batch."""
    starts, ends, tok_offsets = _tokens(nb)
    tok_hash = _mix64_inplace(_segment_hash(nb.cp, starts, ends))
    if spans:
        n_docs = tok_offsets.size - 1
        doc_of_tok = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(tok_offsets))
        base = nb.raw_starts[:-1] if shift is None else nb.raw_starts[:-1] - shift
        tok_base = base[doc_of_tok]
        tok_start = nb.to_raw(starts) - tok_base
        tok_end = nb.to_raw_end(ends - 1) - tok_base
    else:
        tok_start = tok_end = np.zeros(0, dtype=np.int64)
    return tok_hash, tok_start, tok_end, tok_offsets


def _batch_tokens(
    texts: Sequence[str],
    config: NormalizeConfig,
    spans: bool,
    *,
    lengths: NDArray[np.int64] | None = None,
    encoded: tuple[_CodePoints, NDArray[np.int64]] | None = None,
    shift: NDArray[np.int64] | None = None,
) -> tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """:func:`_token_arrays` of ``texts`` normalised as one batch: by the compiled tokeniser when it is
    in use (:func:`syndetect.text.native.backend`), else by numpy; the same arrays either way."""
    if native.backend() == "native":
        if encoded is None and shift is None and lengths is not None:
            found = native.text_token_arrays(texts, lengths, config, spans)
        else:
            if encoded is None:
                encoded = encode_texts(texts, lengths)
            found = native.token_arrays(encoded[0], encoded[1], config, spans, shift)
        if found is not None:
            return found
    nb = normalize_batch(texts, config, raw_map=spans, lengths=lengths, encoded=encoded)
    return _token_arrays(nb, spans, shift)


def _windowed_tokens(
    source: Source, lengths: NDArray[np.int64], config: NormalizeConfig, spans: bool, window: int
) -> tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """:func:`_token_arrays` of a whole batch, normalised and tokenised ``window`` characters at a time:
    every document is cut into pieces (:func:`~syndetect.text.windows.doc_pieces`), consecutive pieces
    are grouped into windows of at most ``window`` characters, and each window is normalised as a batch
    of its own. The cuts are where they change nothing, so the tokens are those of the batch
    normalised at once."""
    piece_doc: list[int] = []
    piece_start: list[int] = []
    piece_stop: list[int] = []
    for d, length in enumerate(lengths.tolist()):
        cuts = doc_pieces(source, d, length, window, config) if length > window else [0, length]
        piece_doc += [d] * (len(cuts) - 1)
        piece_start += cuts[:-1]
        piece_stop += cuts[1:]
    p_doc = np.array(piece_doc, dtype=np.int64)
    p_start = np.array(piece_start, dtype=np.int64)
    p_len = np.array(piece_stop, dtype=np.int64) - p_start
    hashes: list[NDArray[np.uint64]] = []
    t_starts: list[NDArray[np.int64]] = []
    t_ends: list[NDArray[np.int64]] = []
    counts: list[NDArray[np.int64]] = []
    ends = np.cumsum(p_len)
    g0 = 0
    while g0 < p_len.size:  # greedy groups of whole pieces, at most ``window`` characters (or one piece)
        before = int(ends[g0 - 1]) if g0 else 0
        g1 = max(g0 + 1, int(np.searchsorted(ends, before + window, side="right")))
        encoded = source.batch([(piece_doc[i], piece_start[i], piece_stop[i]) for i in range(g0, g1)])
        tok_hash, tok_start, tok_end, tok_offsets = _batch_tokens(
            EncodedTexts(*encoded), config, spans, encoded=encoded, shift=p_start[g0:g1]
        )
        del encoded
        hashes.append(tok_hash)
        t_starts.append(tok_start)
        t_ends.append(tok_end)
        counts.append(np.diff(tok_offsets))
        g0 = g1
    per_piece = np.concatenate(counts)
    piece_offsets = np.zeros(per_piece.size + 1, dtype=np.int64)
    np.cumsum(per_piece, out=piece_offsets[1:])
    # every document has one piece at least (an empty text has the piece [0, 0))
    first_piece = np.searchsorted(p_doc, np.arange(lengths.size + 1, dtype=np.int64), side="left")
    tok_offsets = piece_offsets[first_piece]
    return np.concatenate(hashes), np.concatenate(t_starts), np.concatenate(t_ends), tok_offsets


def _window(window_chars: int | None) -> int:
    window = WINDOW_CHARS if window_chars is None else window_chars
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise ConfigError(f"window_chars must be a positive int (characters), got {window!r}")
    return window


def word_tokens(
    texts: Sequence[str],
    config: NormalizeConfig,
    *,
    spans: bool = True,
    lengths: NDArray[np.int64] | None = None,
    encoded: tuple[_CodePoints, NDArray[np.int64]] | None = None,
    window_chars: int | None = None,
) -> tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """The tokens of ``texts`` as :func:`shingle_batch` makes them for word shingles: token hashes, raw
    spans (``token_start``, ``token_end``; empty arrays without ``spans``) and token offsets per text."""
    window = _window(window_chars)
    if lengths is None:
        if encoded is not None:
            lengths = np.diff(encoded[1]) - 1
        else:
            lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    if int(lengths.sum()) > window:
        return _windowed_tokens(Source(texts, encoded), lengths, config, spans, window)
    return _batch_tokens(texts, config, spans, lengths=lengths, encoded=encoded)


def shingle_batch(
    texts: Sequence[str],
    config: ShingleConfig,
    *,
    spans: bool = True,
    lengths: NDArray[np.int64] | None = None,
    encoded: tuple[_CodePoints, NDArray[np.int64]] | None = None,
    window_chars: int | None = None,
) -> ShingledBatch:
    """Tokenise ``texts`` and hash their shingles in one vectorised pass.

    With ``spans=False`` the shingles' raw spans are not computed (what signatures need). ``encoded``:
    :func:`syndetect.text.normalize.encode_texts` of ``texts``, when already made. A batch of more than
    ``window_chars`` characters (default :data:`WINDOW_CHARS`) is normalised and tokenised that many
    characters at a time, with the same result (word shingles; character shingles are not windowed).
    """
    window = _window(window_chars)
    n_docs = len(texts)
    if config.unit == "word":
        tok_hash, tok_start, tok_end, tok_offsets = word_tokens(
            texts, config.normalize, spans=spans, lengths=lengths, encoded=encoded, window_chars=window
        )
        sh_hash, first, m, sh_offsets = gram_hashes(tok_hash, tok_offsets, config.k, positions=spans)
        if spans:
            sh_start = tok_start[first]
            sh_end = tok_end[first + m - 1]
        else:
            sh_start = sh_end = np.zeros(0, dtype=np.int64)
    else:
        nb = normalize_batch(texts, config.normalize, raw_map=True, lengths=lengths, encoded=encoded)
        tok_hash, tok_start, tok_end, tok_offsets = _token_arrays(nb, spans)
        unit_cp, u_start, u_end, u_offsets = _char_units(nb)
        sh_hash, first, m, sh_offsets = gram_hashes(unit_cp, u_offsets, config.k)
        if spans:
            doc_of_sh = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(sh_offsets))
            sh_base = nb.raw_starts[doc_of_sh]
            sh_start = u_start[first] - sh_base
            sh_end = u_end[first + m - 1] - sh_base
        else:
            sh_start = sh_end = np.zeros(0, dtype=np.int64)
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
