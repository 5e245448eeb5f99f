"""Passages: aligned token spans of two documents, mapped back to raw character offsets.

Alignment is seed-and-chain on normalised tokens:

1. **Anchors**: every shared run of ``anchor`` tokens (token q-grams with equal hashes). q-grams that
   occur more than ``_MAX_OCCURRENCES`` times in either document (stock phrases) and q-grams that touch
   a boilerplate token are not anchors.
2. **Runs**: anchors on the same diagonal at consecutive positions merge into one exact run.
3. **Chains**: runs are taken in order of their position in ``a``; a run extends the chain whose end
   it follows within ``max_gap`` unmatched tokens on *both* sides (dropped, replaced or inserted
   words, other punctuation), else it starts a new chain. So an edited passage comes out as one
   passage, not a scatter of fragments.
4. **Passages**: chains at least ``min_words`` tokens long on both sides whose matched share (tokens
   covered by runs over the longer side) reaches ``min_score``. Their first and last tokens' raw spans
   give half-open character offsets into both raw texts.

Everything before the chaining is vectorised; the chaining loop runs once per exact run (tens per
pair), never per token.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .config import AlignConfig
from .shingle import mix64

__all__ = ["DocTokens", "TokenPassage", "align_tokens", "coverage", "quote_mask"]

_MAX_OCCURRENCES = 4
_OPEN_QUOTES = frozenset("“«„‟「『")
_CLOSE_QUOTES = frozenset("”»」』")
_BOTH_QUOTES = frozenset('"＂')


@dataclass(frozen=True, slots=True)
class DocTokens:
    """One document's tokens: hashes and raw spans (relative to the document), plus a boilerplate
    mask (tokens inside page furniture, which never anchor a passage)."""

    hash: NDArray[np.uint64]
    start: NDArray[np.int64]
    end: NDArray[np.int64]
    boiler: NDArray[np.bool_] | None = None


@dataclass(frozen=True, slots=True)
class TokenPassage:
    """A passage in token coordinates: ``a`` tokens ``[a0, a1)`` ~ ``b`` tokens ``[b0, b1)``."""

    a0: int
    a1: int
    b0: int
    b1: int
    matched: int
    score: float


def _qgrams(hashes: NDArray[np.uint64], q: int) -> NDArray[np.uint64]:
    n = hashes.size - q + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    acc = hashes[:n].copy()
    for j in range(1, q):
        acc *= np.uint64(0xC2B2AE3D27D4EB4F)  # mod 2**64 by design
        acc += hashes[j : j + n]
    return mix64(acc)


def _usable(grams: NDArray[np.uint64], boiler: NDArray[np.bool_] | None, q: int) -> NDArray[np.bool_]:
    """q-grams that may anchor: not too frequent in the document, not touching boilerplate."""
    ok = np.ones(grams.size, dtype=np.bool_)
    if grams.size:
        _, inverse, counts = np.unique(grams, return_inverse=True, return_counts=True)
        ok &= counts[inverse] <= _MAX_OCCURRENCES
    if boiler is not None and boiler.any() and grams.size:
        touched = np.convolve(boiler.astype(np.int64), np.ones(q, dtype=np.int64), mode="valid") > 0
        ok &= ~touched[: grams.size]
    return ok


def _anchors(a: DocTokens, b: DocTokens, q: int) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """All (i, j) with equal usable q-grams at a[i:i+q] and b[j:j+q], sorted by (j - i, i)."""
    ga, gb = _qgrams(a.hash, q), _qgrams(b.hash, q)
    ia = np.flatnonzero(_usable(ga, a.boiler, q))
    jb = np.flatnonzero(_usable(gb, b.boiler, q))
    if ia.size == 0 or jb.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    order = np.argsort(gb[jb], kind="stable")
    sorted_b = gb[jb][order]
    lo = np.searchsorted(sorted_b, ga[ia], side="left")
    hi = np.searchsorted(sorted_b, ga[ia], side="right")
    m = hi - lo
    has = m > 0
    ia, lo, m = ia[has], lo[has], m[has]
    i = np.repeat(ia, m)
    first = np.cumsum(m) - m
    within = np.arange(i.size) - np.repeat(first, m)
    j = jb[order[np.repeat(lo, m) + within]]
    diag = j - i
    o = np.lexsort((i, diag))
    return i[o].astype(np.int64), j[o].astype(np.int64)


def _runs(i: NDArray[np.int64], j: NDArray[np.int64], q: int) -> NDArray[np.int64]:
    """Exact runs ``(a0, a1, b0, b1)`` in tokens from anchors sorted by (diagonal, i)."""
    if i.size == 0:
        return np.zeros((0, 4), dtype=np.int64)
    diag = j - i
    brk = np.ones(i.size, dtype=np.bool_)
    brk[1:] = (diag[1:] != diag[:-1]) | (i[1:] != i[:-1] + 1)
    starts = np.flatnonzero(brk)
    ends = np.append(starts[1:], i.size) - 1
    a0 = i[starts]
    a1 = i[ends] + q
    b0 = j[starts]
    b1 = j[ends] + q
    runs = np.stack([a0, a1, b0, b1], axis=1)
    return runs[np.lexsort((b0, a0))]


def align_tokens(a: DocTokens, b: DocTokens, config: AlignConfig) -> list[TokenPassage]:
    """Shared passages of two documents in token coordinates (see the module docstring)."""
    q = config.anchor
    i, j = _anchors(a, b, q)
    runs = _runs(i, j, q)
    gap = config.max_gap
    # chains: [a0, a1, b0, b1, matched]
    chains: list[list[int]] = []
    for a0, a1, b0, b1 in runs.tolist():
        best, best_gap = -1, gap + 1
        for c_idx in range(len(chains) - 1, max(-1, len(chains) - 64), -1):
            c = chains[c_idx]
            ga, gb = a0 - c[1], b0 - c[3]
            if -q < ga <= gap and -q < gb <= gap:
                g = max(ga, gb, 0)
                if g < best_gap:
                    best, best_gap = c_idx, g
        if best < 0:
            chains.append([a0, a1, b0, b1, a1 - a0])
            continue
        c = chains[best]
        overlap = max(0, c[1] - a0)
        c[4] += (a1 - a0) - overlap if a1 > c[1] else 0
        c[1] = max(c[1], a1)
        c[3] = max(c[3], b1)
    out: list[TokenPassage] = []
    for a0, a1, b0, b1, matched in chains:
        la, lb = a1 - a0, b1 - b0
        if min(la, lb) < config.min_words:
            continue
        score = min(1.0, matched / max(la, lb))
        if score >= config.min_score:
            out.append(TokenPassage(a0, a1, b0, b1, matched, score))
    return out


def quote_mask(text: str) -> NDArray[np.bool_]:
    """True for characters inside quotation marks. Curly and guillemet quotes open and close; a
    straight double quote toggles; every line (paragraph) starts outside a quotation."""
    mask = np.zeros(len(text), dtype=np.bool_)
    if not text:
        return mask
    chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    inside_from = -1
    for pos in np.flatnonzero(np.isin(chars, _QUOTE_CODES)).tolist():
        ch = text[pos]
        if ch in _OPEN_QUOTES or (ch in _BOTH_QUOTES and inside_from < 0):
            inside_from = pos
        elif ch in _CLOSE_QUOTES or ch in _BOTH_QUOTES:
            if inside_from >= 0:
                mask[inside_from : pos + 1] = True
            inside_from = -1
        else:  # a line break ends any open quotation
            inside_from = -1
    return mask


def coverage(text: str, spans: list[tuple[int, int]]) -> float:
    """Share of the non-space characters of ``text`` covered by the union of ``spans``."""
    if not text:
        return 0.0
    chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    visible = ~np.isin(chars, _SPACE_CODES)
    total = int(visible.sum())
    if total == 0:
        return 0.0
    covered = np.zeros(len(text) + 1, dtype=np.int64)
    for s, e in spans:
        covered[s] += 1
        covered[e] -= 1
    inside = np.cumsum(covered[:-1]) > 0
    return float(np.count_nonzero(inside & visible)) / total


_QUOTE_CODES = np.array(sorted(ord(c) for c in _OPEN_QUOTES | _CLOSE_QUOTES | _BOTH_QUOTES | {"\n"}),
                        dtype=np.uint32)
_SPACE_CODES = np.array([c for c in range(0x3000 + 1) if chr(c).isspace()], dtype=np.uint32)
