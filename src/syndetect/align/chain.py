"""Passages: aligned token spans of two documents, mapped back to raw character offsets.

Alignment is seed-and-chain on normalised tokens:

1. **Anchors**: every shared run of ``anchor`` tokens (token q-grams with equal hashes). q-grams that
   occur more than ``MAX_OCCURRENCES`` times in either document (stock phrases) and q-grams that touch
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

from ..config import AlignConfig
from ..text.shingle import mix64

__all__ = [
    "MAX_OCCURRENCES",
    "AnchorIndex",
    "DocTokens",
    "TokenPassage",
    "align_chain_runs",
    "align_chains",
    "align_tokens",
    "anchor_index",
    "coverage",
    "passages_from_chains",
    "qgram_hashes",
    "quote_mask",
    "visible_prefix",
]

MAX_OCCURRENCES = 4
_PREFIX_BLOCK = 1 << 20  # characters summed at once in visible_prefix
MERGE_FACTOR = 3
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


def qgram_hashes(hashes: NDArray[np.uint64], q: int) -> NDArray[np.uint64]:
    """Hashes of the ``q``-grams of a run of token hashes (``len - q + 1`` of them)."""
    n = hashes.size - q + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    acc = hashes[:n].copy()
    for j in range(1, q):
        acc *= np.uint64(0xC2B2AE3D27D4EB4F)  # mod 2**64 by design
        acc += hashes[j : j + n]
    return mix64(acc)


def _touches_boiler(boiler: NDArray[np.bool_] | None, q: int, n: int) -> NDArray[np.bool_] | None:
    """q-grams (``n`` of them) that touch a boilerplate token, or None when none does."""
    if boiler is None or n == 0 or not boiler.any():
        return None
    touched: NDArray[np.bool_] = np.convolve(boiler.astype(np.int64), np.ones(q, dtype=np.int64),
                                             mode="valid")[:n] > 0
    return touched


@dataclass(frozen=True, slots=True)
class AnchorIndex:
    """One document's usable q-grams, in text order and sorted by hash (built once per document,
    reused for every pair it is in)."""

    pos: NDArray[np.int64]
    grams: NDArray[np.uint64]
    sorted_grams: NDArray[np.uint64]
    sorted_pos: NDArray[np.int64]
    unique: bool = False
    """True when no usable q-gram occurs twice: a lookup then finds at most one match."""


def anchor_index(doc: DocTokens, q: int) -> AnchorIndex:
    """The usable q-grams of ``doc``: not more frequent in it than ``MAX_OCCURRENCES`` (stock
    phrases), not touching boilerplate. One stable sort gives both the counts and the hash order."""
    grams = qgram_hashes(doc.hash, q)
    order = np.argsort(grams, kind="stable")  # ties stay in text order
    in_order = grams[order]
    new = np.ones(in_order.size, dtype=np.bool_)
    new[1:] = in_order[1:] != in_order[:-1]
    starts = np.flatnonzero(new)
    sizes = np.diff(starts, append=in_order.size)
    ok = np.repeat(sizes <= MAX_OCCURRENCES, sizes)
    touched = _touches_boiler(doc.boiler, q, grams.size)
    if touched is not None:
        ok &= ~touched[order]
    sorted_pos = order[ok].astype(np.int64)
    usable = np.zeros(grams.size, dtype=np.bool_)
    usable[sorted_pos] = True
    pos = np.flatnonzero(usable).astype(np.int64)
    kept = in_order[ok]
    return AnchorIndex(pos, grams[pos], kept, sorted_pos, not bool(np.any(kept[1:] == kept[:-1])))


def _anchors(a: AnchorIndex, b: AnchorIndex) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """All (i, j) with equal usable q-grams at a[i:i+q] and b[j:j+q], sorted by (j - i, i).

    The shorter document's q-grams are looked up in the longer one's sorted q-grams, so a long
    document paired with many short ones costs O(short * log long) per pair.
    """
    if a.pos.size == 0 or b.pos.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    swap = a.pos.size > b.pos.size
    small, big = (b, a) if swap else (a, b)
    # the small side's q-grams in hash order: sorted needles make the binary searches walk forward
    lo = np.searchsorted(big.sorted_grams, small.sorted_grams, side="left")
    hi = np.searchsorted(big.sorted_grams, small.sorted_grams, side="right")
    m = hi - lo
    has = m > 0
    p_small, lo, m = small.sorted_pos[has], lo[has], m[has]
    x = np.repeat(p_small, m)
    first = np.cumsum(m) - m
    within = np.arange(x.size) - np.repeat(first, m)
    y = big.sorted_pos[np.repeat(lo, m) + within]
    i, j = (y, x) if swap else (x, y)
    # order by (diagonal, i) with one sort of a combined key: i < span, so the key is unique
    span = int(a.pos[-1]) + 1
    o = np.argsort((j - i + span) * span + i)
    return i[o], j[o]


def _runs(i: NDArray[np.int64], j: NDArray[np.int64], q: int) -> NDArray[np.int64]:
    """Exact runs ``(a0, a1, b0, b1)`` in tokens from anchors sorted by (diagonal, i), in order of
    (a0, b0)."""
    if i.size == 0:
        return np.zeros((0, 4), dtype=np.int64)
    diag = j - i
    brk = np.ones(i.size, dtype=np.bool_)
    brk[1:] = (diag[1:] != diag[:-1]) | (i[1:] != i[:-1] + 1)
    return _runs_at(i, j, brk, q, sort=True)


def _runs_at(
    i: NDArray[np.int64], j: NDArray[np.int64], brk: NDArray[np.bool_], q: int, *, sort: bool
) -> NDArray[np.int64]:
    """Runs ``(a0, a1, b0, b1)`` of anchors ``(i, j)`` where ``brk`` marks the first of each run;
    ``sort``: put them in order of (a0, b0), else they already are."""
    starts = np.flatnonzero(brk)
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:] - 1
    ends[-1] = i.size - 1
    runs = np.empty((starts.size, 4), dtype=np.int64)
    runs[:, 0] = i[starts]
    runs[:, 1] = i[ends] + q
    runs[:, 2] = j[starts]
    runs[:, 3] = j[ends] + q
    if not sort:
        return runs
    span = int(runs[:, 2].max()) + 1  # b0 < span: (a0, b0) as one unique key
    return runs[np.argsort(runs[:, 0] * span + runs[:, 2])]


def anchor_runs(a: AnchorIndex, b: AnchorIndex, q: int) -> NDArray[np.int64]:
    """Exact runs ``(a0, a1, b0, b1)`` (tokens) of shared usable q-grams, in order of (a0, b0).

    When no q-gram the two documents share occurs twice in one of them, the other one's q-grams
    each have at most one partner there (the usual case, whatever else either document repeats):
    partners are laid out in the searching document's text order and a run is a stretch of
    consecutive positions whose partners are consecutive too, with no sort by diagonal. Otherwise
    all anchors are listed and sorted (:func:`_anchors`).
    """
    swap = a.pos.size > b.pos.size
    small, big = (b, a) if swap else (a, b)
    if not big.unique and small.unique:
        small, big, swap = big, small, not swap  # search the longer one's q-grams in the unique ones
    if small.pos.size == 0 or big.pos.size == 0:
        return np.zeros((0, 4), dtype=np.int64)
    needles, grams = small.sorted_grams, big.sorted_grams
    lo = np.searchsorted(grams, needles, side="left")
    np.minimum(lo, grams.size - 1, out=lo)
    hit = grams[lo] == needles
    if not big.unique:
        # a shared q-gram twice in ``big`` (its next entry in hash order equal) has two partners
        after = np.minimum(lo + 1, grams.size - 1)
        if np.any(hit & (after > lo) & (grams[after] == needles)):
            i, j = _anchors(a, b)
            return _runs(i, j, q)
    partner = np.full(int(small.pos[-1]) + 1, -1, dtype=np.int64)
    partner[small.sorted_pos[hit]] = big.sorted_pos[lo[hit]]
    x = np.flatnonzero(partner >= 0)
    if x.size == 0:
        return np.zeros((0, 4), dtype=np.int64)
    y = partner[x]
    brk = np.ones(x.size, dtype=np.bool_)
    brk[1:] = (x[1:] != x[:-1] + 1) | (y[1:] != y[:-1] + 1)
    # runs come in the searching document's order: that is (a0, b0) order unless it is b
    return _runs_at(y, x, brk, q, sort=True) if swap else _runs_at(x, y, brk, q, sort=False)


def align_tokens(
    a: DocTokens,
    b: DocTokens,
    config: AlignConfig,
    *,
    index_a: AnchorIndex | None = None,
    index_b: AnchorIndex | None = None,
) -> list[TokenPassage]:
    """Shared passages of two documents in token coordinates (see the module docstring).

    Pass the documents' :func:`anchor_index` (for ``config.anchor``) when aligning one document
    with many others.
    """
    return passages_from_chains(align_chains(a, b, config, index_a=index_a, index_b=index_b), config)


def align_chains(
    a: DocTokens,
    b: DocTokens,
    config: AlignConfig,
    *,
    index_a: AnchorIndex | None = None,
    index_b: AnchorIndex | None = None,
) -> NDArray[np.int64]:
    """Steps 1-3 of the module docstring: every chain of shared runs, however short, as rows
    ``(a0, a1, b0, b1, matched)`` in tokens, in order of ``(a0, b0)``; chains lying inside another
    one on both sides are left out."""
    return align_chain_runs(a, b, config, index_a=index_a, index_b=index_b)[0]


def align_chain_runs(
    a: DocTokens,
    b: DocTokens,
    config: AlignConfig,
    *,
    index_a: AnchorIndex | None = None,
    index_b: AnchorIndex | None = None,
) -> tuple[NDArray[np.int64], list[list[tuple[int, int, int, int]]]]:
    """:func:`align_chains` and, for each chain, the exact runs ``(a0, a1, b0, b1)`` it is made of."""
    q = config.anchor
    runs = anchor_runs(index_a or anchor_index(a, q), index_b or anchor_index(b, q), q)
    gap = config.max_gap
    # chains: [a0, a1, b0, b1, matched], and the runs of each
    chains: list[list[int]] = []
    made_of: list[list[tuple[int, int, int, int]]] = []
    # a run joins the best of the last 64 chains; runs come in order of a0, so a chain ending more
    # than ``gap`` tokens before a run can take no later run either: only the others are looked at
    # (``open_``: their numbers, ascending)
    open_: list[int] = []
    for a0, a1, b0, b1 in runs.tolist():
        first = len(chains) - 63
        if open_ and (open_[0] < first or a0 - chains[open_[0]][1] > gap):
            open_ = [c_idx for c_idx in open_ if c_idx >= first and a0 - chains[c_idx][1] <= gap]
        best, best_gap = -1, gap + 1
        for c_idx in reversed(open_):
            c = chains[c_idx]
            ga, gb = a0 - c[1], b0 - c[3]
            if -q < ga <= gap and -q < gb <= gap:
                g = max(ga, gb, 0)
                if g < best_gap:
                    best, best_gap = c_idx, g
        if best < 0:
            open_.append(len(chains))
            chains.append([a0, a1, b0, b1, a1 - a0, len(made_of)])
            made_of.append([(a0, a1, b0, b1)])
            continue
        c = chains[best]
        made_of[c[5]].append((a0, a1, b0, b1))
        overlap = max(0, c[1] - a0)
        c[4] += (a1 - a0) - overlap if a1 > c[1] else 0
        c[1] = max(c[1], a1)
        c[3] = max(c[3], b1)
    kept = _drop_nested(chains)
    rows = np.array([c[:5] for c in kept], dtype=np.int64).reshape(-1, 5)
    return rows, [made_of[c[5]] for c in kept]


def passages_from_chains(chains: NDArray[np.int64], config: AlignConfig) -> list[TokenPassage]:
    """Step 4 of the module docstring: the chains long enough and matched enough, close ones joined."""
    out: list[TokenPassage] = []
    for a0, a1, b0, b1, matched in chains.tolist():
        la, lb = a1 - a0, b1 - b0
        if min(la, lb) < config.min_words:
            continue
        score = min(1.0, matched / max(la, lb))
        if score >= config.min_score:
            out.append(TokenPassage(a0, a1, b0, b1, matched, score))
    return _merge_close(out, config)


def _merge_close(passages: list[TokenPassage], config: AlignConfig) -> list[TokenPassage]:
    """Join consecutive passages separated by at most ``MERGE_FACTOR * max_gap`` tokens on both
    sides, gaps of similar length (a rewritten sentence between two copied ones), when the joined
    passage still has the matched share ``min_score``: one edited passage is reported once, not as
    fragments."""
    if len(passages) < 2:
        return passages
    limit = MERGE_FACTOR * config.max_gap
    merged = [passages[0]]
    for p in sorted(passages[1:], key=lambda p: (p.a0, p.b0)):
        last = merged[-1]
        ga, gb = p.a0 - last.a1, p.b0 - last.b1
        # a rewritten stretch has a counterpart on both sides; text inserted on one side only (an
        # interjection between two quoted paragraphs) is not part of the passage
        if 0 <= ga <= limit and 0 <= gb <= limit and abs(ga - gb) <= config.max_gap:
            a0, a1, b0, b1 = last.a0, max(last.a1, p.a1), last.b0, max(last.b1, p.b1)
            matched = last.matched + p.matched
            score = min(1.0, matched / max(a1 - a0, b1 - b0))
            if score >= config.min_score:
                merged[-1] = TokenPassage(a0, a1, b0, b1, matched, score)
                continue
        merged.append(p)
    return merged


def _drop_nested(chains: list[list[int]]) -> list[list[int]]:
    """Chains lying inside another chain on both sides (repeats within one passage) are dropped."""
    keep: list[list[int]] = []
    for c in sorted(chains, key=lambda c: (c[0], -c[1], c[2], -c[3])):
        if any(k[0] <= c[0] and c[1] <= k[1] and k[2] <= c[2] and c[3] <= k[3] for k in keep[-8:]):
            continue
        keep.append(c)
    return keep


def quote_mask(text: str) -> NDArray[np.bool_]:
    """True for characters inside quotation marks. Curly and guillemet quotes open and close; a
    straight double quote toggles; every line (paragraph) starts outside a quotation."""
    mask = np.zeros(len(text), dtype=np.bool_)
    if not text:
        return mask
    chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    inside_from = -1
    for pos in np.flatnonzero(_QUOTE_TABLE[np.minimum(chars, _TABLE_MAX)]).tolist():
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


def visible_prefix(text: str) -> NDArray[np.int64]:
    """``prefix[i]``: how many non-space characters ``text[:i]`` has (``len(text) + 1`` entries)."""
    prefix = np.zeros(len(text) + 1, dtype=np.int64)
    if text.isascii():  # one byte per character: a 256-entry table, no clamping
        visible = _ASCII_VISIBLE[np.frombuffer(text.encode("ascii"), dtype=np.uint8)]
    else:
        chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        visible = ~_SPACE_TABLE[np.minimum(chars, _TABLE_MAX)]
        del chars
    # summed a block at a time: numpy sums booleans into a temporary array of the output's type,
    # 8 bytes per character of a long text at once otherwise
    carry = 0
    for lo in range(0, visible.size, _PREFIX_BLOCK):
        out = prefix[lo + 1 : lo + 1 + _PREFIX_BLOCK]
        np.cumsum(visible[lo : lo + _PREFIX_BLOCK], out=out)
        out += carry
        carry = int(out[-1])
    return prefix


def coverage(text: str, spans: list[tuple[int, int]], prefix: NDArray[np.int64] | None = None) -> float:
    """Share of the non-space characters of ``text`` covered by the union of ``spans``
    (``prefix`` is :func:`visible_prefix` of ``text``, when already computed, or that plus a constant:
    only its differences are read)."""
    if prefix is None:
        prefix = visible_prefix(text)
    total = int(prefix[-1] - prefix[0])
    if total == 0:
        return 0.0
    covered = 0
    end = 0
    for s, e in sorted(spans):
        s = max(s, end)
        if e > s:
            covered += int(prefix[e] - prefix[s])
            end = e
    return covered / total


_TABLE_MAX = 0x10000  # every space and quotation mark is in the BMP; the last entry means "other"
_SPACE_TABLE = np.array([chr(c).isspace() for c in range(_TABLE_MAX)] + [False], dtype=np.bool_)
_ASCII_VISIBLE = ~_SPACE_TABLE[:256]
_QUOTE_TABLE = np.zeros(_TABLE_MAX + 1, dtype=np.bool_)
_QUOTE_TABLE[[ord(c) for c in _OPEN_QUOTES | _CLOSE_QUOTES | _BOTH_QUOTES | {"\n"}]] = True
