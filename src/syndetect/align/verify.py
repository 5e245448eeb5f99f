"""Verification of one candidate pair (:func:`verify_pair`): exact Jaccard, shared passages with raw
offsets, containment, and the evidence the pair is reported with.

Whether shared text is page furniture is decided pair by pair (:mod:`syndetect.align.furniture`),
never by how many documents hold it: a story reprinted by 500 outlets is held by more documents than
any outlet's footer. The documents come prepared (:mod:`syndetect.align.prepare`); many pairs are
verified in blocks by :mod:`syndetect.align.blocks`. Verified pairs become family edges and shared
character counts here too.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from ..config import AlignConfig
from ..types import Pair, Passage, pickled_by_fields
from .chain import (
    AnchorIndex,
    DocTokens,
    TokenPassage,
    align_chain_runs,
    anchor_index,
    coverage,
    passages_from_chains,
    quote_mask,
    visible_prefix,
)
from .clean import clean_passages
from .furniture import furniture_chains
from .lines import ChainText
from .pieces import join_lines, split_lines
from .prepare import DocData
from .recurrence import Recurrence

__all__ = [
    "VerifiedPair",
    "VerifyCache",
    "shared_chars",
    "span_union_lengths",
    "verify_pair",
]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class VerifiedPair:
    """A reported pair with its document indices and the characters its passages cover."""

    a: int
    b: int
    pair: Pair
    covered_a: list[tuple[int, int]]
    covered_b: list[tuple[int, int]]


def _sorted_unique(x: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """``np.unique(x)`` for one document's few hundred hashes, at a third of its cost (numpy's
    hash-based unique pays for a hash table before it sorts)."""
    out = np.sort(x)
    if out.size > 1:
        keep = np.empty(out.size, dtype=np.bool_)
        keep[0] = True
        np.not_equal(out[1:], out[:-1], out=keep[1:])
        out = out[keep]
    return out


def _containment(a: NDArray[np.uint64], b: NDArray[np.uint64]) -> tuple[float, int]:
    """Share of the smaller sorted unique set found in the other, and the shared count."""
    if a.size == 0 or b.size == 0:
        return 0.0, 0
    inter = _intersection(a, b)
    return inter / min(a.size, b.size), inter


class VerifyCache:
    """Per-document arrays derived once and reused for every pair a document is in."""

    def __init__(self) -> None:
        self._anchors: dict[tuple[int, int], AnchorIndex] = {}
        self._visible: dict[int, NDArray[np.int64]] = {}
        self._text: dict[int, ChainText] = {}
        self._recurrence: dict[int, Recurrence | None] = {}
        self._figures: dict[int, list[int]] = {}

    def chain_text(self, d: int, doc: DocData) -> ChainText:
        found = self._text.get(d)
        if found is None:
            found = self._text[d] = ChainText(doc.text, doc.tokens.start, doc.tokens.end)
        return found

    def figures(self, d: int, doc: DocData) -> list[int]:
        """``figures[t]``: how many of the document's tokens before ``t`` are numbers (start with a
        digit of any script in the Basic Multilingual Plane)."""
        found = self._figures.get(d)
        if found is None:
            text, table = doc.text, _digit_table()
            if text.isascii():
                chars = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
            else:
                chars = np.minimum(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4"),
                                   table.size - 1)
            counts = np.zeros(doc.tokens.start.size + 1, dtype=np.int64)
            np.cumsum(table[chars[doc.tokens.start]], out=counts[1:])
            found = self._figures[d] = counts.tolist()
        return found

    def recurrence(self, d: int, doc: DocData) -> Recurrence | None:
        """The document's recurring fingerprints, ``None`` when not known (character shingles)."""
        if d not in self._recurrence:
            self._recurrence[d] = None if doc.recurring is None else Recurrence(doc.recurring, doc.readers)
        return self._recurrence[d]

    def anchors(self, d: int, doc: DocData, q: int) -> AnchorIndex:
        if doc.anchors is not None and doc.anchor_q == q:
            return doc.anchors
        key = (d, q)
        found = self._anchors.get(key)
        if found is None:
            found = self._anchors[key] = anchor_index(doc.tokens, q)
        return found

    def visible(self, d: int, doc: DocData) -> NDArray[np.int64]:
        if doc.visible is not None:
            return doc.visible
        text = doc.text
        found = self._visible.get(d)
        if found is None:
            found = self._visible[d] = visible_prefix(text)
        return found


def _intersection(a: NDArray[np.uint64], b: NDArray[np.uint64]) -> int:
    """Size of the intersection of two sorted unique arrays (binary search, no sort)."""
    if a.size > b.size:
        a, b = b, a
    if a.size == 0:
        return 0
    idx = np.searchsorted(b, a)
    idx[idx == b.size] = 0
    return int(np.count_nonzero(b[idx] == a))


def _exact_jaccard(a: NDArray[np.uint64], b: NDArray[np.uint64]) -> float:
    if a.size == 0 and b.size == 0:
        return 0.0
    inter = _intersection(a, b)
    return inter / (a.size + b.size - inter)


def verify_pair(
    a: int,
    b: int,
    da: DocData,
    db: DocData,
    ids: Sequence[str],
    estimate: float,
    config: AlignConfig,
    quote_cache: dict[int, NDArray[np.bool_]],
    *,
    same_source: bool = False,
    cache: VerifyCache | None = None,
    window: int = 8,
    fingerprint_k: int = 3,
) -> VerifiedPair | None:
    """Verify one candidate pair; ``None`` when the two documents share nothing but page furniture,
    no passage, and are not similar enough.

    Shared chains of tokens are found once; those that are page furniture
    (:func:`~syndetect.align.furniture.furniture_chains`) are set aside, and passages are made of the rest.
    A pair is reported with its evidence (:attr:`~syndetect.types.Pair.evidence`): passages; or
    ``"near-identical"`` texts (exact shingle Jaccard at least ``min_jaccard``, with no furniture
    explaining it) whose passages are shorter than ``min_words``; or a ``"rewritten"`` copy (at least
    ``min_reuse`` of the smaller document's word n-grams outside furniture found in the other, with at
    least one shared fragment of half ``min_words``). The rewritten-copy rule applies only across
    outlets: two documents of one ``source`` share that outlet's style.
    """
    jac = _exact_jaccard(da.shingles, db.shingles)
    cache = cache if cache is not None else VerifyCache()
    # furniture is judged from one side's lines and sentences: always the same side, whichever
    # order the pair comes in (a scan and an index query see it both ways)
    swap = (len(da.text), da.text) > (len(db.text), db.text)
    shared = (_shared(b, a, db, da, jac, config, same_source, cache, window, fingerprint_k) if swap
              else _shared(a, b, da, db, jac, config, same_source, cache, window, fingerprint_k))
    if shared is None:
        return None
    found, evidence = shared
    if swap:
        found = [TokenPassage(p.b0, p.b1, p.a0, p.a1, p.matched, p.score) for p in found]
    passages = _char_passages(found, a, da, db, quote_cache)
    cov_a = [(p.a_start, p.a_end) for p in passages]
    cov_b = [(p.b_start, p.b_end) for p in passages]
    pair = Pair(
        a=ids[a],
        b=ids[b],
        jaccard=round(jac, 4),
        jaccard_estimate=round(estimate, 4),
        containment_a=round(coverage(da.text, cov_a, cache.visible(a, da)), 4),
        containment_b=round(coverage(db.text, cov_b, cache.visible(b, db)), 4),
        passages=tuple(passages),
        evidence=evidence,
    )
    return VerifiedPair(a, b, pair, cov_a, cov_b)


def _char_passages(
    found: list[TokenPassage], a: int, da: DocData, db: DocData, quote_cache: dict[int, NDArray[np.bool_]]
) -> list[Passage]:
    """The passages ``found`` (in tokens) in raw character offsets, each marked quoted when most of
    its ``a`` side lies inside quotation marks (``quote_cache`` keeps ``a``'s quote mask)."""
    ta, tb = da.tokens, db.tokens
    passages: list[Passage] = []
    for p in found:
        a_start, a_end = int(ta.start[p.a0]), int(ta.end[p.a1 - 1])
        b_start, b_end = int(tb.start[p.b0]), int(tb.end[p.b1 - 1])
        qa = quote_cache.get(a)
        if qa is None:
            qa = quote_cache[a] = quote_mask(da.text)
        quoted = 2 * int(np.count_nonzero(qa[a_start:a_end])) > a_end - a_start  # mostly quoted
        passages.append(
            Passage(a_start, a_end, b_start, b_end, round(p.score, 4), quoted, p.a1 - p.a0)
        )
    return passages


def _shared(
    a: int,
    b: int,
    da: DocData,
    db: DocData,
    jac: float,
    config: AlignConfig,
    same_source: bool,
    cache: VerifyCache,
    window: int,
    fingerprint_k: int,
) -> tuple[list[TokenPassage], str] | None:
    """The passages of :func:`verify_pair` in token coordinates and the evidence, or ``None``."""
    ta, tb = da.tokens, db.tokens
    index_a, index_b = cache.anchors(a, da, config.anchor), cache.anchors(b, db, config.anchor)
    text_a = cache.chain_text(a, da)
    whole, runs = align_chain_runs(ta, tb, config, index_a=index_a, index_b=index_b)
    same_facts = [_same_figures(cache.figures(a, da), chain_runs) for chain_runs in runs]
    if not all(same_facts):
        whole, runs = whole[same_facts], [r for r, keep in zip(runs, same_facts, strict=True) if keep]
    chains, parent = split_lines(whole, runs, text_a)
    rec_a, rec_b = cache.recurrence(a, da), cache.recurrence(b, db)
    furniture = furniture_chains(chains, rec_a, rec_b, window, text_a, parent)
    content = join_lines(chains, parent, ~furniture)
    found = passages_from_chains(content, config)
    evidence = "passages"
    used = config.min_words
    shorter = min(ta.hash.size, tb.hash.size)
    if not found and jac >= config.min_jaccard:
        if shorter < config.min_words:
            # near-identical short texts: the passage may be as short as the shorter text
            used = max(1, shorter)
            found = passages_from_chains(content, replace(config, min_words=used))
        if not found:
            found = _same_ends(ta.hash, tb.hash, config.min_words)
        if not found and furniture.any():
            return None  # similar because of the furniture they share
        evidence = "passages" if found and used == config.min_words else "near-identical"
    if not found and jac < config.min_jaccard:
        if same_source:
            return None
        skip_a, skip_b = _masked(ta, chains[furniture], 0), _masked(tb, chains[furniture], 2)
        reuse, shared = _containment(_sorted_unique(da.word_grams[~skip_a[: da.word_grams.size]]),
                                     _sorted_unique(db.word_grams[~skip_b[: db.word_grams.size]]))
        if reuse < config.min_reuse or shared < config.min_reuse_grams:
            return None
        # rewritten copy: shown by the shorter shared fragments it still has
        used = max(5, config.min_words // 2)
        found = passages_from_chains(content, replace(config, min_words=used))
        if not found:
            return None
        evidence = "rewritten"
    return clean_passages(found, ta, tb, da.text, db.text, used), evidence


FIGURES = 3
"""Numbers in a chain from which most must be shared for it to be copied text."""


@functools.cache
def _digit_table() -> NDArray[np.bool_]:
    """Which code points of the Basic Multilingual Plane are digits (the last entry: any other);
    built on first use, not at import."""
    return np.array([chr(c).isdigit() for c in range(0x10000)] + [False], dtype=np.bool_)


def _same_figures(figures: list[int], runs: list[tuple[int, int, int, int]]) -> bool:
    """Whether a chain (its exact ``runs``) shares its figures: a chain holding :data:`FIGURES`
    numbers or more of which the two texts share fewer than half is two reports of different facts
    in the same words ("... rose 3.41 points to 1,915.31" against "... rose 20.59 points to 1,790.47"),
    not a copy; a copy keeps its numbers. ``figures`` is the prefix count of numbers in ``a``."""
    a0, a1 = runs[0][0], max(r[1] for r in runs)
    total = figures[a1] - figures[a0]
    if total < FIGURES:
        return True
    shared = 0
    end = a0
    for ra0, ra1, _, _ in runs:
        lo = max(ra0, end)
        if ra1 > lo:
            shared += figures[ra1] - figures[lo]
            end = ra1
    return 2 * shared >= total


def _masked(tokens: DocTokens, chains: NDArray[np.int64], col: int) -> NDArray[np.bool_]:
    """Tokens of a document inside the given chains (columns ``col``, ``col + 1``) or its boilerplate."""
    mask = np.zeros(tokens.hash.size, dtype=np.bool_) if tokens.boiler is None else tokens.boiler.copy()
    for lo, hi in chains[:, col : col + 2].tolist():
        mask[lo:hi] = True
    return mask


def _same_ends(a: NDArray[np.uint64], b: NDArray[np.uint64], min_words: int) -> list[TokenPassage]:
    """Passages of two near-identical texts that anchors cannot align (a line repeated more often
    than :data:`~syndetect.align.chain.MAX_OCCURRENCES` makes no anchor): their common beginning and their
    common end, each at least ``min_words`` tokens."""
    n = min(a.size, b.size)
    differ = np.flatnonzero(a[:n] != b[:n])
    head = int(differ[0]) if differ.size else n
    differ = np.flatnonzero(a[::-1][:n] != b[::-1][:n])
    tail = min(int(differ[0]) if differ.size else n, n - head)
    out = []
    if head >= min_words:
        out.append(TokenPassage(0, head, 0, head, head, 1.0))
    if tail >= min_words:
        out.append(TokenPassage(a.size - tail, a.size, b.size - tail, b.size, tail, 1.0))
    return out


def shared_chars(n: int, verified: Sequence[VerifiedPair]) -> list[int]:
    """Characters of each of ``n`` documents covered by the passages of its verified pairs (the
    length of the union of its spans)."""
    doc = [v.a for v in verified for _ in v.covered_a] + [v.b for v in verified for _ in v.covered_b]
    spans = [se for v in verified for se in v.covered_a] + [se for v in verified for se in v.covered_b]
    se = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    out: list[int] = span_union_lengths(np.asarray(doc, dtype=np.int64), se[:, 0], se[:, 1], n).tolist()
    return out


def span_union_lengths(
    doc: NDArray[np.int64], start: NDArray[np.int64], end: NDArray[np.int64], n: int
) -> NDArray[np.int64]:
    """Per document ``0..n-1``, the length of the union of its spans: span ``i`` is
    ``[start[i], end[i])`` of document ``doc[i]`` (offsets from 0, spans in any order)."""
    if doc.size == 0:
        return np.zeros(n, dtype=np.int64)
    order = np.lexsort((start, doc))
    d, start, end = doc[order], start[order], end[order]
    # running end of the union so far, per document: ends lifted by document * span are increasing
    # across documents, so one running maximum never carries an end over into the next document
    span = int(end.max()) + 2
    lifted = np.maximum.accumulate(d * span + end)
    before = np.empty_like(end)
    before[0] = -1
    before[1:] = np.maximum(lifted[:-1] - d[1:] * span, -1)
    gain = np.maximum(end - np.maximum(start, before), 0)
    lengths: NDArray[np.int64] = np.bincount(d, weights=gain, minlength=n).astype(np.int64)
    return lengths
