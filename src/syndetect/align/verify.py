"""Verification of candidate pairs: exact Jaccard, shared passages with raw offsets, containment.

The documents of the candidate pairs are tokenised again (in chunks, with raw spans), which keeps
corpus-wide memory to signatures and fingerprints. Whether shared text is page furniture is decided
pair by pair (:mod:`syndetect.align.furniture`), never by how many documents hold it: a story reprinted by
500 outlets is held by more documents than any outlet's footer. A pair is reported with its evidence
(:func:`verify_pair`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..candidates.recurring import Recurring
from ..config import AlignConfig, ShingleConfig
from ..families.cluster import Edge
from ..sketch.signatures import text_lengths
from ..text.shingle import gram_hashes, shingle_batch
from ..types import Pair, Passage, pickled_by_fields
from ..workers.executor import Executor, Work, as_executor
from ..workers.tasks import Task
from .chain import (
    MAX_OCCURRENCES,
    AnchorIndex,
    DocTokens,
    TokenPassage,
    align_chain_runs,
    anchor_index,
    coverage,
    passages_from_chains,
    qgram_hashes,
    quote_mask,
    visible_prefix,
)
from .furniture import ChainText, Recurrence, furniture_chains, join_lines, split_lines

__all__ = [
    "DocData",
    "VerifiedPair",
    "VerifyCache",
    "clean_passages",
    "family_edges",
    "locality_order",
    "prepare_docs",
    "shared_chars",
    "span_union_lengths",
    "verify_pair",
    "verify_pairs",
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


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class VerifiedPair:
    """A reported pair with its document indices and the characters its passages cover."""

    a: int
    b: int
    pair: Pair
    covered_a: list[tuple[int, int]]
    covered_b: list[tuple[int, int]]


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


_SENTENCE_END = re.compile(r"[.!?\u06d4\u061f\u3002\uff01\uff1f][\"'\u201d\u2019)\]]*\s|\n")


def _boundary(text: str, tokens: DocTokens, i: int) -> bool:
    """Whether a sentence or line ends between token ``i`` and token ``i + 1`` (and token ``i + 1``
    does not start in lower case, so "U.S. officials" is not a boundary)."""
    gap = text[int(tokens.end[i]) : int(tokens.start[i + 1])]
    if "\n" in gap:
        return True
    return bool(_SENTENCE_END.search(gap)) and not text[int(tokens.start[i + 1])].islower()


_STRAY = 2
"""Tokens at either end of a passage that may be cut off as the tail of the sentence before it or
the head of the sentence after it."""


def clean_passages(
    found: list[TokenPassage], ta: DocTokens, tb: DocTokens, text_a: str, text_b: str, min_words: int
) -> list[TokenPassage]:
    """Passages in order of ``a``, none overlapping another on either side, and without a stray word
    of the neighbouring sentence at either end: a passage that starts with the last word or two of a
    sentence (or ends with the first of the next) where both texts have that sentence boundary starts
    (or ends) at the boundary instead. A passage left shorter than ``min_words`` is dropped."""
    out: list[TokenPassage] = []
    taken_a: list[tuple[int, int]] = []
    taken_b: list[tuple[int, int]] = []
    for p in sorted(found, key=lambda p: (p.a0, p.b0)):
        head = max(_covered_from(p.a0, taken_a), _covered_from(p.b0, taken_b))
        tail = max(_covered_to(p.a1, taken_a), _covered_to(p.b1, taken_b))
        a0, a1, b0, b1 = p.a0 + head, p.a1 - tail, p.b0 + head, p.b1 - tail
        if min(a1 - a0, b1 - b0) < (min_words if head or tail else 1):
            continue  # what an overlap leaves of it is too short
        a0, a1, b0, b1 = _snap(a0, a1, b0, b1, ta, tb, text_a, text_b)
        if min(a1 - a0, b1 - b0) < min_words:
            continue  # long enough only with a word or two of the sentences around it
        cut = (p.a1 - p.a0) - (a1 - a0)
        matched = max(0, p.matched - cut)
        score = min(1.0, matched / max(a1 - a0, b1 - b0)) if cut else p.score
        out.append(TokenPassage(a0, a1, b0, b1, matched, score))
        taken_a.append((a0, a1))
        taken_b.append((b0, b1))
    return out


def _covered_from(start: int, taken: list[tuple[int, int]]) -> int:
    """How many tokens from ``start`` on lie in the ``taken`` spans (0 when ``start`` lies in none)."""
    at = start
    moved = True
    while moved:
        moved = False
        for lo, hi in taken:
            if lo <= at < hi:
                at, moved = hi, True
    return at - start


def _covered_to(end: int, taken: list[tuple[int, int]]) -> int:
    """How many tokens before ``end`` lie in the ``taken`` spans, counted back from ``end``."""
    at = end
    moved = True
    while moved:
        moved = False
        for lo, hi in taken:
            if lo < at <= hi:
                at, moved = lo, True
    return end - at


def _snap(
    a0: int, a1: int, b0: int, b1: int, ta: DocTokens, tb: DocTokens, text_a: str, text_b: str
) -> tuple[int, int, int, int]:
    """The passage without a stray word of the neighbouring sentence at either end."""
    for k in range(min(_STRAY, a1 - a0 - 1, b1 - b0 - 1)):
        if _boundary(text_a, ta, a0 + k) and _boundary(text_b, tb, b0 + k):
            a0, b0 = a0 + k + 1, b0 + k + 1
            break
    for k in range(min(_STRAY, a1 - a0 - 1, b1 - b0 - 1)):
        if _boundary(text_a, ta, a1 - 2 - k) and _boundary(text_b, tb, b1 - 2 - k):
            a1, b1 = a1 - 1 - k, b1 - 1 - k
            break
    return a0, a1, b0, b1


_BLOCK = 4096  # candidate pairs verified together: bounds the re-tokenised documents held at once
_MIN_BLOCK = 256
_BLOCK_DOCS = 2 * _BLOCK  # documents of one block held prepared at once: as many as _BLOCK pairs have
_JOINED = 16  # chunks of _BLOCK pairs joined into one block at most (progress is reported per block)

@dataclass(frozen=True, slots=True)
class _Job:
    """What every block of one :func:`verify_pairs` call reads: it travels with the call's work."""

    texts: Sequence[str]
    ids: Sequence[str]
    signatures: NDArray[np.uint32]
    shingle: ShingleConfig
    config: AlignConfig
    window: int
    fingerprint_k: int
    sources: Sequence[str | None]
    recurring: Recurring | None


def _verify_block(job: _Job, block: NDArray[np.int64]) -> list[tuple[int, VerifiedPair]]:
    """The pairs of ``block`` that verify, with their row numbers in it."""
    texts, ids, signatures, config = job.texts, job.ids, job.signatures, job.config
    shingle, window = job.shingle, job.window
    docs = prepare_docs(texts, np.unique(block).tolist(), shingle, fingerprint_k=job.fingerprint_k,
                        anchor=config.anchor, recurring=job.recurring)
    estimates = np.mean(signatures[block[:, 0]] == signatures[block[:, 1]], axis=1)
    quote_cache: dict[int, NDArray[np.bool_]] = {}
    cache = VerifyCache()
    out: list[tuple[int, VerifiedPair]] = []
    for row, ((a, b), est) in enumerate(zip(block.tolist(), estimates.tolist(), strict=True)):
        src_a, src_b = job.sources[a], job.sources[b]
        same = src_a is not None and src_a == src_b
        v = verify_pair(a, b, docs[a], docs[b], ids, est, config, quote_cache, same_source=same,
                        cache=cache, window=window, fingerprint_k=job.fingerprint_k)
        if v is not None:
            out.append((row, v))
    return out


def locality_order(pairs: NDArray[np.int64], rounds: int = 64) -> NDArray[np.int64]:
    """A permutation of ``pairs`` that puts the pairs of each connected component of the candidate
    graph next to each other, so that a block of pairs holds whole families and each document is
    tokenised once, not once per block it has a pair in (pairs sorted by first document put one
    family's pairs in many blocks: on 100k articles, 43k documents prepared for 22k in pairs).

    Components by min-label propagation with pointer jumping; after ``rounds`` rounds the order is
    whatever the labels reached (any order is correct, this one is only faster).
    """
    a, b = pairs[:, 0], pairs[:, 1]
    label = np.arange(int(pairs.max(initial=0)) + 1, dtype=np.int64)
    for _ in range(rounds):
        low = np.minimum(label[a], label[b])
        new = label.copy()
        np.minimum.at(new, a, low)
        np.minimum.at(new, b, low)
        new = new[new]
        if np.array_equal(new, label):
            break
        label = new
    order: NDArray[np.int64] = np.lexsort((b, a, label[a]))
    return order


def verify_pairs(
    pairs: NDArray[np.int64],
    texts: Sequence[str],
    ids: Sequence[str],
    signatures: NDArray[np.uint32],
    shingle: ShingleConfig,
    config: AlignConfig,
    window: int,
    *,
    fingerprint_k: int = 3,
    sources: Sequence[str | None] | None = None,
    recurring: Recurring | None = None,
    jobs: int | Executor = 1,
    progress: Callable[[int], None] | None = None,
) -> list[VerifiedPair]:
    """Verify every candidate pair ``(a, b)`` (rows of ``pairs``); results keep the input order.

    Pairs are verified in blocks of a few thousand, so only the documents of one block are held
    tokenised at a time; with ``jobs > 1`` (a number of processes or an
    :class:`~syndetect.workers.tasks.Executor`) blocks run in that many processes, this one included.
    Calls may run at once in several threads: each call's state is its own.
    """
    if pairs.size == 0:
        return []
    ex = as_executor(jobs)
    srcs = list(sources) if sources is not None else [None] * len(texts)
    job = _Job(texts, ids, signatures, shingle, config, window, fingerprint_k, srcs, recurring)
    workers = ex.jobs
    # enough blocks for every process to claim several, but not so small that the documents of
    # one family are tokenised in block after block
    size = _BLOCK if workers == 1 else max(_MIN_BLOCK, min(_BLOCK, -(-len(pairs) // (16 * workers))))
    order = locality_order(pairs)
    ordered = pairs[order]
    blocks = [ordered[i : i + size] for i in range(0, len(pairs), size)]
    if workers == 1:
        blocks = _joined_blocks(blocks)
    offset = np.cumsum([0] + [len(b) for b in blocks]).tolist()
    found: list[tuple[int, VerifiedPair]] = []
    if workers > 1 and len(blocks) > 1:
        # the costliest blocks are claimed first, so the last ones are short and the processes
        # finish together (blocks differ: a family of long articles costs several short ones)
        first = _costliest_first(blocks, texts)

        def done(n: int) -> None:
            if progress:
                progress(min(len(pairs), n * size))

        work = Work("syndetect.align.verify:_verify_tasks", (job, blocks, first, offset))
        _, results = ex.run(work, len(blocks), on_done=done)
        for i in range(len(blocks)):
            found.extend(cast(list[tuple[int, VerifiedPair]], results.get(i, [])))
    else:
        for n, block in enumerate(blocks):
            found.extend((offset[n] + row, v) for row, v in _verify_block(job, block))
            if progress:
                progress(offset[n + 1])
    # back to the input order
    position = order[[k for k, _ in found]]
    return [found[k][1] for k in np.argsort(position, kind="stable").tolist()]


def _verify_tasks(
    job: _Job, blocks: list[NDArray[np.int64]], first: list[int], offset: list[int]
) -> Task:
    """The tasks of a parallel :func:`verify_pairs` call: task ``t`` verifies block ``first[t]`` and
    returns its verified pairs with their row numbers in the ordered pairs."""

    def task(t: int, _: list[NDArray[Any]]) -> list[tuple[int, VerifiedPair]]:
        i = first[t]
        return [(offset[i] + row, v) for row, v in _verify_block(job, blocks[i])]

    return task


def _joined_blocks(chunks: list[NDArray[np.int64]]) -> list[NDArray[np.int64]]:
    """Consecutive chunks of pairs joined into blocks of at most :data:`_BLOCK_DOCS` documents and
    :data:`_JOINED` chunks: a dense corpus (a few thousand documents in many pairs each) prepares
    each document once, not once per chunk, and no block holds more documents than a chunk may."""
    blocks: list[NDArray[np.int64]] = []
    held: list[NDArray[np.int64]] = []
    docs = np.zeros(0, dtype=np.int64)
    for chunk in chunks:
        joined = np.union1d(docs, chunk.ravel())
        if held and (joined.size > _BLOCK_DOCS or len(held) == _JOINED):
            blocks.append(np.concatenate(held))
            held, joined = [], np.unique(chunk)
        held.append(chunk)
        docs = joined
    if held:
        blocks.append(np.concatenate(held))
    return blocks


def _costliest_first(blocks: list[NDArray[np.int64]], texts: Sequence[str]) -> list[int]:
    """Block numbers by decreasing estimated cost: characters of the documents to prepare (about 42 ns
    each) plus characters of every pair's two sides (about 11 ns each, measured per pair)."""
    used = np.unique(np.concatenate(blocks))
    length = np.zeros(int(used[-1]) + 1, dtype=np.int64)
    length[used] = [len(texts[d]) for d in used.tolist()]
    cost = [4 * int(length[np.unique(b)].sum()) + int(length[b].sum()) for b in blocks]
    order: list[int] = np.argsort(-np.asarray(cost), kind="stable").tolist()
    return order


def family_edges(verified: Sequence[VerifiedPair]) -> list[Edge]:
    """Family edges of verified pairs, weighted by the share of the smaller document covered."""
    return [Edge(v.a, v.b, max(v.pair.containment_a, v.pair.containment_b)) for v in verified]


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
