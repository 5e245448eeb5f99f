"""Documents prepared for verification (:class:`DocData`): the documents of the candidate pairs are
tokenised again, in chunks, with raw spans, which keeps corpus-wide memory to signatures and
fingerprints. A chunk is done at once on flat arrays: its sorted shingle sets, word n-grams, anchor
indices, visible-character prefixes and the document sets of its recurring word n-grams; per
document only views are taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..candidates.recurring import Recurring
from ..config import ShingleConfig
from ..sketch.signatures import text_lengths
from ..text.shingle import gram_hashes, shingle_batch
from .chain import MAX_OCCURRENCES, AnchorIndex, DocTokens, qgram_hashes, visible_prefix

__all__ = [
    "SET_HASH_BITS",
    "DocData",
    "prepare_docs",
]


@dataclass(frozen=True, slots=True)
class DocData:
    """What verification needs of one document."""

    text: str
    tokens: DocTokens
    shingles: NDArray[np.uint64]
    """Sorted unique shingle hashes, their top 48 bits (see :data:`SET_HASH_BITS`)."""
    word_grams: NDArray[np.uint64]
    """Word n-gram hashes in text order (``fingerprint_k`` words, trigrams by default), in both
    shingle modes: the rewritten-copy rule compares their sets (rarely needed, so not sorted here)."""
    anchors: AnchorIndex | None = None
    """The anchor index for ``anchor_q``-grams, when built with the document."""
    anchor_q: int = 0
    visible: NDArray[np.int64] | None = None
    """:func:`~syndetect.align.chain.visible_prefix` of ``text`` plus a constant (a slice of the prefix of
    the texts prepared with it, not copied), when built with the document: only its differences
    count."""
    recurring: NDArray[np.uint64] | None = None
    """Per token, the document-set signature of the recurring word n-gram starting there (0 where
    none; see :class:`~syndetect.candidates.recurring.Recurring`); ``None`` for character shingles or when
    unknown."""
    readers: NDArray[np.int64] | None = None
    """Per token, how many documents hold the recurring word n-gram starting there (0 where none)."""


def prepare_docs(
    texts: Sequence[str],
    indices: Sequence[int],
    shingle: ShingleConfig,
    chunk_size: int = 256,
    fingerprint_k: int = 3,
    anchor: int = 0,
    recurring: Recurring | None = None,
) -> dict[int, DocData]:
    """Tokenise the documents ``indices`` of ``texts`` again, with spans (and, with ``anchor > 0``,
    their anchor indices and visible-character prefixes; with ``recurring``, the document sets of
    their recurring word n-grams).

    Everything is computed for a chunk of documents at once on flat arrays; per document only views
    are taken. (Per document, the same work cost about 330 us in a few dozen small numpy calls.)
    """
    out: dict[int, DocData] = {}
    idx = list(indices)
    for c0 in range(0, len(idx), chunk_size):
        chunk = idx[c0 : c0 + chunk_size]
        docs = _prepare_chunk([texts[i] for i in chunk], shingle, fingerprint_k, anchor, recurring)
        out.update(zip(chunk, docs, strict=True))
    return out


def _prepare_chunk(
    texts: list[str],
    shingle: ShingleConfig,
    fingerprint_k: int,
    anchor: int,
    recurring: Recurring | None = None,
) -> list[DocData]:
    n = len(texts)
    batch = shingle_batch(texts, shingle, spans=True)
    tok_off = batch.token_offsets
    # word n-grams of the tokens (words in both shingle modes): the recurring fingerprints and the
    # rewritten-copy containment are measured on these
    g_hash, g_first, _, g_off = gram_hashes(batch.token_hash, tok_off, fingerprint_k)
    lengths = text_lengths(texts)
    base = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=base[1:])
    rec_sig = rec_df = None
    if recurring is not None and recurring.hashes.size and shingle.unit == "word":
        rec_sig = np.zeros(batch.token_hash.size, dtype=np.uint64)
        rec_df = np.zeros(batch.token_hash.size, dtype=np.int64)
        found, where = _lookup(g_hash, recurring.hashes)
        rec_sig[g_first[found]] = recurring.signatures[where]
        rec_df[g_first[found]] = recurring.counts[where]
    shingles, sh_off = _sorted_unique_segments(batch.shingle_hash, batch.shingle_offsets)
    index = _anchor_segments(batch.token_hash, tok_off, anchor) if anchor > 0 else None
    visible = _visible_prefixes(texts, base) if anchor > 0 else None
    out: list[DocData] = []
    for d in range(n):
        t0, t1 = int(tok_off[d]), int(tok_off[d + 1])
        anchors = None
        if index is not None:
            a0, a1, s0, s1 = (int(x) for x in index.bounds[d])
            anchors = AnchorIndex(index.pos[a0:a1], index.grams[a0:a1], index.sorted_grams[s0:s1],
                                  index.sorted_pos[s0:s1], bool(index.unique[d]))
        vis = None
        if visible is not None:
            vis = visible[base[d] : base[d + 1] + 1]  # a view: counts from the chunk's start
        out.append(DocData(
            text=texts[d],
            tokens=DocTokens(batch.token_hash[t0:t1], batch.token_start[t0:t1], batch.token_end[t0:t1]),
            shingles=shingles[sh_off[d] : sh_off[d + 1]],
            word_grams=g_hash[g_off[d] : g_off[d + 1]],
            anchors=anchors,
            anchor_q=anchor,
            visible=vis,
            recurring=None if rec_sig is None else rec_sig[t0:t1],
            readers=None if rec_df is None else rec_df[t0:t1],
        ))
    return out


def _segment_ids(offsets: NDArray[np.int64]) -> NDArray[np.int64]:
    """The segment (document) of every element of a flat array with ``offsets``."""
    return np.repeat(np.arange(offsets.size - 1, dtype=np.int64), np.diff(offsets))


def _sorted_segments(values: NDArray[np.uint64], seg: NDArray[np.int64], n_seg: int) -> NDArray[np.int64]:
    """A stable order of ``values`` by (segment, value): one sort of a packed key (segment in the top
    bits, the value's top bits below it), checked, with an exact lexsort when two values of one
    segment share their kept bits."""
    bits = max(1, (n_seg - 1).bit_length())
    if bits >= 32:
        return np.lexsort((values, seg))
    key = (seg.astype(np.uint64) << np.uint64(64 - bits)) | (values >> np.uint64(bits))
    order = np.argsort(key, kind="stable")
    v, s = values[order], seg[order]
    if bool(np.any((v[1:] < v[:-1]) & (s[1:] == s[:-1]))):
        order = np.lexsort((values, seg))
    return order


SET_HASH_BITS = 48
"""Bits of a shingle hash kept for the exact Jaccard: the rest of a 64-bit word numbers the document
inside its chunk, so one direct sort orders a whole chunk's shingles by (document, hash). Two different
shingles of two 1,000-shingle documents share 48 bits with probability 1e6 / 2**48, about 4e-9."""


_DOC_BITS = 64 - SET_HASH_BITS


def _sorted_unique_segments(
    values: NDArray[np.uint64], offsets: NDArray[np.int64]
) -> tuple[NDArray[np.uint64], NDArray[np.int64]]:
    """Each segment's sorted unique values (their top :data:`SET_HASH_BITS` bits), flat, with offsets."""
    n = offsets.size - 1
    if n > 1 << _DOC_BITS:
        msg = f"a chunk of {n} documents; at most {1 << _DOC_BITS} fit in the sort key"
        raise ValueError(msg)
    seg = _segment_ids(offsets)
    key = np.sort((seg.astype(np.uint64) << np.uint64(SET_HASH_BITS)) | (values >> np.uint64(_DOC_BITS)))
    keep = np.ones(key.size, dtype=np.bool_)
    np.not_equal(key[1:], key[:-1], out=keep[1:])
    key = key[keep]
    out_off = np.searchsorted(key, np.arange(n + 1, dtype=np.uint64) << np.uint64(SET_HASH_BITS))
    return key & np.uint64((1 << SET_HASH_BITS) - 1), out_off.astype(np.int64)


def _lookup(
    values: NDArray[np.uint64], sorted_set: NDArray[np.uint64]
) -> tuple[NDArray[np.bool_], NDArray[np.int64]]:
    """Which ``values`` are in a sorted unique set of hashes, and for those their index in it: a
    bitmap of the set's low 20 bits rules most values out with one lookup, and only the rest are
    binary-searched (about 0.5% of them for 5,000 furniture hashes)."""
    found = np.zeros(values.size, dtype=np.bool_)
    if sorted_set.size == 0 or values.size == 0:
        return found, np.zeros(0, dtype=np.int64)
    low = np.uint64(_BITMAP_SIZE - 1)
    bitmap = np.zeros(_BITMAP_SIZE, dtype=np.bool_)
    bitmap[(sorted_set & low).astype(np.intp)] = True
    maybe = np.flatnonzero(bitmap[(values & low).astype(np.intp)])
    idx = np.searchsorted(sorted_set, values[maybe])
    idx[idx == sorted_set.size] = 0
    hit = sorted_set[idx] == values[maybe]
    found[maybe] = hit
    return found, idx[hit].astype(np.int64)


_BITMAP_SIZE = 1 << 20


@dataclass(frozen=True, slots=True)
class _ChunkAnchors:
    pos: NDArray[np.int64]
    grams: NDArray[np.uint64]
    sorted_grams: NDArray[np.uint64]
    sorted_pos: NDArray[np.int64]
    bounds: NDArray[np.int64]
    """Per document: (start, end) in ``pos``/``grams``, then (start, end) in the sorted arrays."""
    unique: NDArray[np.bool_]
    """Per document: no usable q-gram occurs twice."""


def _anchor_segments(
    token_hash: NDArray[np.uint64], tok_off: NDArray[np.int64], q: int
) -> _ChunkAnchors:
    """:func:`~syndetect.align.chain.anchor_index` of every document of the chunk at once."""
    n = tok_off.size - 1
    total = token_hash.size
    tok_doc = _segment_ids(tok_off)
    m = max(0, total - q + 1)
    grams = qgram_hashes(token_hash, q)
    start = np.arange(m, dtype=np.int64)
    inside = tok_doc[:m] == tok_doc[q - 1 : q - 1 + m]  # the q-gram lies in one document
    start, grams = start[inside], grams[inside]
    seg = tok_doc[start]
    order = _sorted_segments(grams, seg, n)
    v, s = grams[order], seg[order]
    new = np.ones(v.size, dtype=np.bool_)
    new[1:] = (v[1:] != v[:-1]) | (s[1:] != s[:-1])
    starts = np.flatnonzero(new)
    sizes = np.diff(starts, append=v.size)
    ok = np.repeat(sizes <= MAX_OCCURRENCES, sizes)
    sorted_idx = order[ok]
    sorted_doc = s[ok]
    usable = np.zeros(start.size, dtype=np.bool_)
    usable[sorted_idx] = True
    text_idx = np.flatnonzero(usable)
    rel = start - tok_off[seg]
    bounds = np.zeros((n, 4), dtype=np.int64)
    text_off = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(seg[text_idx], minlength=n), out=text_off[1:])
    sort_off = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(sorted_doc, minlength=n), out=sort_off[1:])
    bounds[:, 0], bounds[:, 1] = text_off[:-1], text_off[1:]
    bounds[:, 2], bounds[:, 3] = sort_off[:-1], sort_off[1:]
    kept = grams[sorted_idx]
    dup = (kept[1:] == kept[:-1]) & (sorted_doc[1:] == sorted_doc[:-1])
    unique = np.bincount(sorted_doc[1:][dup], minlength=n) == 0
    return _ChunkAnchors(rel[text_idx], grams[text_idx], kept, rel[sorted_idx], bounds, unique)


def _visible_prefixes(texts: list[str], base: NDArray[np.int64]) -> NDArray[np.int64]:
    """:func:`~syndetect.align.chain.visible_prefix` of the chunk's texts concatenated (``base`` offsets)."""
    prefix = visible_prefix("".join(texts))
    assert prefix.size == int(base[-1]) + 1
    return prefix
