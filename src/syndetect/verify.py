"""Verification of candidate pairs: exact Jaccard, shared passages with raw offsets, containment.

The documents of the candidate pairs are tokenised again (in chunks, with raw spans), which keeps
corpus-wide memory to signatures and fingerprints. Text that the candidate stage judged to be
boilerplate (shingles whose fingerprint is held by too many documents) is masked: it never anchors a
passage. A pair is reported when it shares at least one passage or its exact shingle Jaccard reaches
``min_jaccard`` (short near-identical texts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from .align import (
    MAX_OCCURRENCES,
    AnchorIndex,
    DocTokens,
    align_tokens,
    anchor_index,
    coverage,
    qgram_hashes,
    quote_mask,
    visible_prefix,
)
from .cluster import Edge
from .config import AlignConfig, ShingleConfig
from .parallel import can_fork, run_tasks
from .shingle import ShingledBatch, gram_hashes, shingle_batch
from .sketch import text_lengths
from .types import Pair, Passage, pickled_by_fields

__all__ = [
    "DocData",
    "VerifiedPair",
    "VerifyCache",
    "family_edges",
    "locality_order",
    "prepare_docs",
    "shared_chars",
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
    """:func:`~syndetect.align.visible_prefix` of ``text``, when built with the document."""


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
    boilerplate: NDArray[np.uint64],
    window: int,
    chunk_size: int = 256,
    fingerprint_k: int = 3,
    anchor: int = 0,
) -> dict[int, DocData]:
    """Tokenise the documents ``indices`` of ``texts`` again, with spans and boilerplate masks (and,
    with ``anchor > 0``, their anchor indices and visible-character prefixes).

    Everything is computed for a chunk of documents at once on flat arrays; per document only views
    are taken. (Per document, the same work cost about 330 us in a few dozen small numpy calls.)
    """
    out: dict[int, DocData] = {}
    idx = list(indices)
    for c0 in range(0, len(idx), chunk_size):
        chunk = idx[c0 : c0 + chunk_size]
        docs = _prepare_chunk([texts[i] for i in chunk], shingle, boilerplate, window, fingerprint_k, anchor)
        out.update(zip(chunk, docs, strict=True))
    return out


def _prepare_chunk(
    texts: list[str],
    shingle: ShingleConfig,
    boilerplate: NDArray[np.uint64],
    window: int,
    fingerprint_k: int,
    anchor: int,
) -> list[DocData]:
    n = len(texts)
    batch = shingle_batch(texts, shingle, spans=True)
    tok_off = batch.token_offsets
    # word n-grams of the tokens (words in both shingle modes): boilerplate masks and the
    # rewritten-copy containment are measured on these
    g_hash, g_first, g_len, g_off = gram_hashes(batch.token_hash, tok_off, fingerprint_k)
    if shingle.unit == "word":
        m_off, m_hash = g_off, g_hash
        m_start, m_end = batch.token_start[g_first], batch.token_end[g_first + g_len - 1]
    else:  # character shingles were winnowed: their spans mark the furniture
        m_off, m_hash = batch.shingle_offsets, batch.shingle_hash
        m_start, m_end = batch.shingle_start, batch.shingle_end
    lengths = text_lengths(texts)
    base = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=base[1:])
    boiler, has_boiler = _boiler_mask(batch, base, m_off, _member(m_hash, boilerplate), m_start, m_end,
                                      window)
    shingles, sh_off = _sorted_unique_segments(batch.shingle_hash, batch.shingle_offsets)
    index = _anchor_segments(batch.token_hash, tok_off, boiler, anchor) if anchor > 0 else None
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
            vis = visible[base[d] : base[d + 1] + 1] - visible[base[d]]
        out.append(DocData(
            text=texts[d],
            tokens=DocTokens(batch.token_hash[t0:t1], batch.token_start[t0:t1], batch.token_end[t0:t1],
                             boiler[t0:t1] if has_boiler[d] else None),
            shingles=shingles[sh_off[d] : sh_off[d + 1]],
            word_grams=g_hash[g_off[d] : g_off[d + 1]],
            anchors=anchors,
            anchor_q=anchor,
            visible=vis,
        ))
    return out


def _segment_ids(offsets: NDArray[np.int64]) -> NDArray[np.int64]:
    """The segment (document) of every element of a flat array with ``offsets``."""
    return np.repeat(np.arange(offsets.size - 1, dtype=np.int64), np.diff(offsets))


def _boiler_mask(
    batch: ShingledBatch,
    base: NDArray[np.int64],
    m_off: NDArray[np.int64],
    is_boiler: NDArray[np.bool_],
    m_start: NDArray[np.int64],
    m_end: NDArray[np.int64],
    window: int,
) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    """Tokens inside page furniture, for every document of the chunk at once: the stretch between two
    n-grams whose hashes are boilerplate fingerprints and that lie at most ``window`` n-grams apart in
    one document (winnowing samples one n-gram per window, so the n-grams between them are the same
    furniture). A lone common n-gram ("one of the") is a stock phrase, not furniture, and masks
    nothing. Returns the flat token mask and which documents have any such stretch."""
    n = base.size - 1
    n_tok = batch.token_hash.size
    pos = np.flatnonzero(is_boiler)
    doc = np.searchsorted(m_off, pos, side="right") - 1
    close = np.flatnonzero((np.diff(pos) <= window) & (doc[1:] == doc[:-1]))
    if close.size == 0:
        return np.zeros(n_tok, dtype=np.bool_), np.zeros(n, dtype=np.bool_)
    d = doc[close]
    total = int(base[-1])
    # characters covered, in the chunk's concatenated text (documents back to back, no separator)
    cover = np.bincount(m_start[pos[close]] + base[d], minlength=total + 1)
    cover -= np.bincount(m_end[pos[close + 1]] + base[d], minlength=total + 1)
    prefix = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(np.cumsum(cover[:total]) > 0, out=prefix[1:])
    tok_base = base[_segment_ids(batch.token_offsets)]
    boiler: NDArray[np.bool_] = prefix[batch.token_end + tok_base] > prefix[batch.token_start + tok_base]
    return boiler, np.bincount(d, minlength=n) > 0


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


def _member(values: NDArray[np.uint64], sorted_set: NDArray[np.uint64]) -> NDArray[np.bool_]:
    """``np.isin(values, sorted_set)`` for a sorted unique set of hashes, without sorting ``values``:
    a bitmap of the set's low 20 bits rules most values out with one lookup, and only the rest are
    binary-searched (about 0.5% of them for 5,000 furniture hashes)."""
    found = np.zeros(values.size, dtype=np.bool_)
    if sorted_set.size == 0 or values.size == 0:
        return found
    low = np.uint64(_BITMAP_SIZE - 1)
    bitmap = np.zeros(_BITMAP_SIZE, dtype=np.bool_)
    bitmap[(sorted_set & low).astype(np.intp)] = True
    maybe = np.flatnonzero(bitmap[(values & low).astype(np.intp)])
    idx = np.searchsorted(sorted_set, values[maybe])
    idx[idx == sorted_set.size] = 0
    found[maybe] = sorted_set[idx] == values[maybe]
    return found


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
    token_hash: NDArray[np.uint64], tok_off: NDArray[np.int64], boiler: NDArray[np.bool_], q: int
) -> _ChunkAnchors:
    """:func:`~syndetect.align.anchor_index` of every document of the chunk at once."""
    n = tok_off.size - 1
    total = token_hash.size
    tok_doc = _segment_ids(tok_off)
    m = max(0, total - q + 1)
    grams = qgram_hashes(token_hash, q)
    start = np.arange(m, dtype=np.int64)
    inside = tok_doc[:m] == tok_doc[q - 1 : q - 1 + m]  # the q-gram lies in one document
    cs = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(boiler, out=cs[1:])
    touched = (cs[q : q + m] - cs[:m]) > 0
    start, grams, touched = start[inside], grams[inside], touched[inside]
    seg = tok_doc[start]
    order = _sorted_segments(grams, seg, n)
    v, s = grams[order], seg[order]
    new = np.ones(v.size, dtype=np.bool_)
    new[1:] = (v[1:] != v[:-1]) | (s[1:] != s[:-1])
    starts = np.flatnonzero(new)
    sizes = np.diff(starts, append=v.size)
    ok = np.repeat(sizes <= MAX_OCCURRENCES, sizes) & ~touched[order]
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
    """:func:`~syndetect.align.visible_prefix` of the chunk's texts concatenated (``base`` offsets)."""
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
) -> VerifiedPair | None:
    """Verify one candidate pair; ``None`` when it shares no passage and is not similar enough.

    The rewritten-copy rule (``min_reuse``) applies only across outlets: two documents of one
    ``source`` sharing scattered n-grams are more likely to share that outlet's furniture and style.
    """
    jac = _exact_jaccard(da.shingles, db.shingles)
    cache = cache if cache is not None else VerifyCache()
    index_a, index_b = cache.anchors(a, da, config.anchor), cache.anchors(b, db, config.anchor)
    found = align_tokens(da.tokens, db.tokens, config, index_a=index_a, index_b=index_b)
    shorter = min(da.tokens.hash.size, db.tokens.hash.size)
    if not found and jac >= config.min_jaccard and shorter < config.min_words:
        # near-identical short texts: the passage may be as short as the shorter text
        short = replace(config, min_words=max(1, shorter))
        found = align_tokens(da.tokens, db.tokens, short, index_a=index_a, index_b=index_b)
    if not found and jac < config.min_jaccard:
        if same_source:
            return None
        reuse, shared = _containment(_sorted_unique(da.word_grams), _sorted_unique(db.word_grams))
        if reuse < config.min_reuse or shared < config.min_reuse_grams:
            return None
        # rewritten copy: show the shorter shared fragments it still has
        relaxed = replace(config, min_words=max(5, config.min_words // 2))
        found = align_tokens(da.tokens, db.tokens, relaxed, index_a=index_a, index_b=index_b)
    passages: list[Passage] = []
    ta, tb = da.tokens, db.tokens
    for p in sorted(found, key=lambda p: (p.a0, p.b0)):
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
    )
    return VerifiedPair(a, b, pair, cov_a, cov_b)


_BLOCK = 4096  # candidate pairs verified together: bounds the re-tokenised documents held at once
_MIN_BLOCK = 256

@dataclass(frozen=True, slots=True)
class _Job:
    texts: Sequence[str]
    ids: Sequence[str]
    signatures: NDArray[np.uint32]
    shingle: ShingleConfig
    config: AlignConfig
    boilerplate: NDArray[np.uint64]
    window: int
    fingerprint_k: int
    sources: Sequence[str | None]


# The job shared with forked worker processes: set just before the pool starts, read-only there.
_JOB: list[_Job] = []


def _verify_block(block: NDArray[np.int64]) -> list[tuple[int, VerifiedPair]]:
    """The pairs of ``block`` that verify, with their row numbers in it."""
    job = _JOB[0]
    texts, ids, signatures, config = job.texts, job.ids, job.signatures, job.config
    shingle, boilerplate, window = job.shingle, job.boilerplate, job.window
    docs = prepare_docs(texts, np.unique(block).tolist(), shingle, boilerplate, window,
                        fingerprint_k=job.fingerprint_k, anchor=config.anchor)
    estimates = np.mean(signatures[block[:, 0]] == signatures[block[:, 1]], axis=1)
    quote_cache: dict[int, NDArray[np.bool_]] = {}
    cache = VerifyCache()
    out: list[tuple[int, VerifiedPair]] = []
    for row, ((a, b), est) in enumerate(zip(block.tolist(), estimates.tolist(), strict=True)):
        src_a, src_b = job.sources[a], job.sources[b]
        same = src_a is not None and src_a == src_b
        v = verify_pair(a, b, docs[a], docs[b], ids, est, config, quote_cache, same_source=same,
                        cache=cache)
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
    boilerplate: NDArray[np.uint64],
    window: int,
    *,
    fingerprint_k: int = 3,
    sources: Sequence[str | None] | None = None,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> list[VerifiedPair]:
    """Verify every candidate pair ``(a, b)`` (rows of ``pairs``); results keep the input order.

    Pairs are verified in blocks of a few thousand, so only the documents of one block are held
    tokenised at a time; with ``jobs > 1`` (and the fork start method) blocks run in that many
    processes, this one included (:func:`syndetect.parallel.run_tasks`).
    """
    if pairs.size == 0:
        return []
    srcs = list(sources) if sources is not None else [None] * len(texts)
    boilerplate = np.unique(boilerplate)  # sorted and unique, for binary search
    _JOB[:] = [_Job(texts, ids, signatures, shingle, config, boilerplate, window, fingerprint_k, srcs)]
    workers = jobs if jobs > 1 and can_fork() else 1
    # enough blocks for every process to claim several, but not so small that the documents of
    # one family are tokenised in block after block
    size = _BLOCK if workers == 1 else max(_MIN_BLOCK, min(_BLOCK, -(-len(pairs) // (16 * workers))))
    order = locality_order(pairs)
    ordered = pairs[order]
    blocks = [ordered[i : i + size] for i in range(0, len(pairs), size)]
    found: list[tuple[int, VerifiedPair]] = []
    try:
        if workers > 1 and len(blocks) > 1:
            # the costliest blocks are claimed first, so the last ones are short and the processes
            # finish together (blocks differ: a family of long articles costs several short ones)
            first = _costliest_first(blocks, texts)

            def task(t: int, _: list[NDArray[Any]]) -> list[tuple[int, VerifiedPair]]:
                i = first[t]
                return [(i * size + row, v) for row, v in _verify_block(blocks[i])]

            def done(n: int) -> None:
                if progress:
                    progress(min(len(pairs), n * size))

            _, results = run_tasks(task, len(blocks), [], workers, on_done=done)
            for i in range(len(blocks)):
                found.extend(cast(list[tuple[int, VerifiedPair]], results.get(i, [])))
        else:
            for n, block in enumerate(blocks):
                found.extend((n * size + row, v) for row, v in _verify_block(block))
                if progress:
                    progress(min(len(pairs), (n + 1) * size))
    finally:
        _JOB.clear()
    # back to the input order
    position = order[[k for k, _ in found]]
    return [found[k][1] for k in np.argsort(position, kind="stable").tolist()]


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
    if not spans:
        return [0] * n
    d = np.asarray(doc, dtype=np.int64)
    se = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    order = np.lexsort((se[:, 0], d))
    d, start, end = d[order], se[order, 0], se[order, 1]
    # running end of the union so far, per document: ends lifted by document * span are increasing
    # across documents, so one running maximum never carries an end over into the next document
    span = int(end.max()) + 2
    lifted = np.maximum.accumulate(d * span + end)
    before = np.empty_like(end)
    before[0] = -1
    before[1:] = np.maximum(lifted[:-1] - d[1:] * span, -1)
    gain = np.maximum(end - np.maximum(start, before), 0)
    out: list[int] = np.bincount(d, weights=gain, minlength=n).astype(np.int64).tolist()
    return out
