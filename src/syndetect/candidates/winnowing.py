"""Passage-level fingerprints: winnowing (Schleimer, Wilkerson and Aiken 2003).

Winnowing keeps the minimum hash of every window of ``window`` consecutive word n-grams
(``fingerprint_k`` words, trigrams by default). Two documents sharing a run of
``window + fingerprint_k - 1`` words share at least one fingerprint, and a run of
``2 * window + fingerprint_k - 1`` words (18 with the defaults) at least two, however long the
documents are: this finds a few wire paragraphs quoted inside an otherwise different article, where
whole-document Jaccard is tiny. The pairs that share fingerprints are found by
:mod:`syndetect.candidates.fingerprints`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["winnow"]

U64 = np.uint64


def _sliding(values: NDArray[np.uint64], w: int, op: Any) -> NDArray[np.uint64]:
    """``op`` (``np.minimum`` or ``np.maximum``) of every window ``values[i:i+w]``
    (``len - w + 1`` of them): blocks of 1, 2, 4, ... then two overlapping blocks, about
    ``log2(w) + 1`` vector passes."""
    m = values
    span = 1
    while 2 * span <= w:
        m = op(m[:-span], m[span:])
        span *= 2
    if span < w:
        shift = w - span
        m = op(m[: m.size - shift], m[shift:])
    result: NDArray[np.uint64] = m
    return result


def winnow(
    hashes: NDArray[np.uint64], offsets: NDArray[np.int64], window: int
) -> tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64]]:
    """Winnowing fingerprints of every document: ``(hash, document, shingle position in document)``.

    For each window of ``window`` consecutive shingles of a document, the minimum hash (rightmost on
    ties) is selected; a document with fewer shingles than the window selects its minimum once.
    Consecutive windows selecting the same position count once.

    Whether a position is selected depends only on the windows that hold it, that is on the hashes
    less than a window away in its document, so more than ``_WINNOW_BLOCK`` shingles are winnowed a
    block of positions at a time, each with ``window - 1`` shingles of context on either side (cut at
    its document's ends): same result, temporaries bounded by the block.
    """
    n = hashes.size
    if n <= _WINNOW_BLOCK:
        return _winnow(hashes, offsets, window)
    w = min(window, n)
    sel_hash: list[NDArray[np.uint64]] = []
    sel_doc: list[NDArray[np.int64]] = []
    sel_at: list[NDArray[np.int64]] = []
    for b0 in range(0, n, _WINNOW_BLOCK):
        b1 = min(n, b0 + _WINNOW_BLOCK)
        first_doc = int(np.searchsorted(offsets, b0, side="right")) - 1
        last_doc = int(np.searchsorted(offsets, b1 - 1, side="right")) - 1
        lo = max(b0 - (w - 1), int(offsets[first_doc]))
        hi = min(b1 + (w - 1), int(offsets[last_doc + 1]))
        # documents first_doc..last_doc cut to [lo, hi): a document cut there keeps ``w`` shingles or
        # more, so the short-document rule applies to the documents shorter than the window only
        sub = np.clip(offsets[first_doc : last_doc + 2], lo, hi) - lo
        h, d, p = _winnow(hashes[lo:hi], sub, window)
        at = p + sub[d] + lo  # index in ``hashes``
        inside = (at >= b0) & (at < b1)
        sel_hash.append(h[inside])
        sel_doc.append(d[inside] + first_doc)
        sel_at.append(at[inside])
    fp_doc = np.concatenate(sel_doc)
    return np.concatenate(sel_hash), fp_doc, np.concatenate(sel_at) - offsets[fp_doc]


_WINNOW_BLOCK = 1 << 20
"""Shingles winnowed at once at most (about 50 bytes of temporaries each): a batch has fewer unless
one of its documents is long."""


def _winnow(
    hashes: NDArray[np.uint64], offsets: NDArray[np.int64], window: int
) -> tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64]]:
    """:func:`winnow` of the whole array at once.

    Computed on values, not positions: the minimum of every window, then for every position the
    largest minimum of the windows that contain it; a position equal to that is a window's minimum.
    Only a position with an equal candidate less than a window to its right can lose a window to it
    (rightmost on ties); those few are checked window by window.
    """
    n_docs = offsets.size - 1
    counts = np.diff(offsets)
    n = hashes.size
    empty = np.zeros(0, dtype=np.int64)
    if n == 0:
        return np.zeros(0, dtype=np.uint64), empty, empty
    w = min(window, n)
    doc_of = np.repeat(np.arange(n_docs, dtype=np.int64), counts)
    n_win = n - w + 1
    wmin = _sliding(hashes, w, np.minimum)
    valid = doc_of[:n_win] == doc_of[w - 1 :]  # the window lies inside one document
    # windows across a document boundary count as 0, which never exceeds a real window's minimum
    pad = np.zeros(w - 1, dtype=np.uint64)
    best = _sliding(np.concatenate([pad, np.where(valid, wmin, U64(0)), pad]), w, np.maximum)
    cand = (best == hashes) & (counts >= w)[doc_of]
    cp = np.flatnonzero(cand)
    cv, cd = hashes[cp], doc_of[cp]
    # the nearest equal candidate to the right, less than a window away, in the same document
    tie_at = np.full(cp.size, -1, dtype=np.int64)
    step = 1
    while step < cp.size:
        near = cp[step:] - cp[:-step] < w
        if not near.any():
            break
        tie = near & (cv[step:] == cv[:-step]) & (cd[step:] == cd[:-step]) & (tie_at[:-step] < 0)
        tie_at[:-step][tie] = cp[step:][tie]
        step += 1
    tied = np.flatnonzero(tie_at >= 0)
    keep = np.ones(cp.size, dtype=np.bool_)
    if tied.size:  # selected only by a window that ends before the tie: start in [lo, hi]
        j = cp[tied]
        lo = np.maximum(offsets[cd[tied]], j - w + 1)
        hi = np.minimum(j, tie_at[tied] - w)
        ok = np.zeros(tied.size, dtype=np.bool_)
        for s in (j - w + 1 + o for o in range(w)):
            ok |= (s >= lo) & (s <= hi) & (wmin[np.clip(s, 0, n_win - 1)] == cv[tied])
        keep[tied] = ok
    sel, sel_doc = cp[keep], cd[keep]
    # documents shorter than the window: their overall minimum (rightmost on ties)
    short = np.flatnonzero((counts > 0) & (counts < w))
    if short.size:
        mins = [
            int(offsets[d + 1]) - 1 - int(np.argmin(hashes[offsets[d] : offsets[d + 1]][::-1]))
            for d in short
        ]
        sel = np.concatenate([sel, np.asarray(mins, dtype=np.int64)])
        sel_doc = np.concatenate([sel_doc, short.astype(np.int64)])
        order = np.argsort(sel, kind="stable")
        sel, sel_doc = sel[order], sel_doc[order]
    return hashes[sel], sel_doc, sel - offsets[sel_doc]
