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

from .align import AnchorIndex, DocTokens, align_tokens, anchor_index, coverage, quote_mask, visible_prefix
from .cluster import Edge
from .config import AlignConfig, ShingleConfig
from .parallel import can_fork, run_tasks
from .shingle import gram_hashes, shingle_batch
from .types import Pair, Passage

__all__ = [
    "DocData",
    "VerifiedPair",
    "VerifyCache",
    "family_edges",
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
    """Sorted unique shingle hashes."""
    grams: NDArray[np.uint64]
    """Sorted unique word n-gram hashes (``fingerprint_k`` words, trigrams by default), in both
    shingle modes: the rewritten-copy rule compares these."""


@dataclass(frozen=True, slots=True)
class VerifiedPair:
    """A reported pair with its document indices and the characters its passages cover."""

    a: int
    b: int
    pair: Pair
    covered_a: list[tuple[int, int]]
    covered_b: list[tuple[int, int]]


def _boiler_tokens(
    tok_start: NDArray[np.int64],
    tok_end: NDArray[np.int64],
    gram_hash: NDArray[np.uint64],
    is_boiler: NDArray[np.bool_],
    gram_start: NDArray[np.int64],
    gram_end: NDArray[np.int64],
    boilerplate: NDArray[np.uint64],
    window: int,
    n_chars: int,
) -> NDArray[np.bool_] | None:
    """Tokens inside page furniture: the stretch between two n-grams whose hashes are boilerplate
    fingerprints and that lie at most ``window`` n-grams apart (winnowing samples one n-gram per
    window, so the n-grams between them are the same furniture). A lone common n-gram ("one of the")
    is a stock phrase, not furniture, and masks nothing."""
    if boilerplate.size == 0 or gram_hash.size == 0:
        return None
    pos = np.flatnonzero(is_boiler)
    close = np.flatnonzero(np.diff(pos) <= window)
    if close.size == 0:
        return None
    diff = np.zeros(n_chars + 1, dtype=np.int64)
    np.add.at(diff, gram_start[pos[close]], 1)
    np.add.at(diff, gram_end[pos[close + 1]], -1)
    char_mask = np.cumsum(diff[:-1]) > 0
    prefix = np.zeros(n_chars + 1, dtype=np.int64)
    np.cumsum(char_mask, out=prefix[1:])
    boiler: NDArray[np.bool_] = (prefix[tok_end] - prefix[tok_start]) > 0
    return boiler


def prepare_docs(
    texts: Sequence[str],
    indices: Sequence[int],
    shingle: ShingleConfig,
    boilerplate: NDArray[np.uint64],
    window: int,
    chunk_size: int = 256,
    fingerprint_k: int = 3,
) -> dict[int, DocData]:
    """Tokenise the documents ``indices`` of ``texts`` again, with spans and boilerplate masks."""
    out: dict[int, DocData] = {}
    idx = list(indices)
    word_grams = shingle.unit == "word"
    for c0 in range(0, len(idx), chunk_size):
        chunk = idx[c0 : c0 + chunk_size]
        batch = shingle_batch([texts[i] for i in chunk], shingle, spans=True)
        # word n-grams of the tokens (words in both shingle modes): boilerplate masks and the
        # rewritten-copy containment are measured on these
        g_hash, g_first, g_len, g_offsets = gram_hashes(batch.token_hash, batch.token_offsets,
                                                       fingerprint_k)
        g_boiler = np.isin(g_hash if word_grams else batch.shingle_hash, boilerplate)
        for local, d in enumerate(chunk):
            ts, ss = batch.doc_tokens(local), batch.doc_shingles(local)
            t_start, t_end = batch.token_start[ts], batch.token_end[ts]
            gs = slice(int(g_offsets[local]), int(g_offsets[local + 1]))
            word_grams_of_doc = g_hash[gs]
            if word_grams:
                grams, flags = word_grams_of_doc, g_boiler[gs]
                first = g_first[gs] - ts.start
                gram_start = t_start[first]
                gram_end = t_end[first + g_len[gs] - 1]
            else:  # character shingles were winnowed: their spans mark the furniture
                grams, flags = batch.shingle_hash[ss], g_boiler[ss]
                gram_start, gram_end = batch.shingle_start[ss], batch.shingle_end[ss]
            boiler = _boiler_tokens(t_start, t_end, grams, flags, gram_start, gram_end, boilerplate,
                                    window, len(texts[d]))
            out[d] = DocData(
                text=texts[d],
                tokens=DocTokens(batch.token_hash[ts], t_start, t_end, boiler),
                shingles=_sorted_unique(batch.shingle_hash[ss]),
                grams=_sorted_unique(word_grams_of_doc),
            )
    return out


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
        key = (d, q)
        found = self._anchors.get(key)
        if found is None:
            found = self._anchors[key] = anchor_index(doc.tokens, q)
        return found

    def visible(self, d: int, text: str) -> NDArray[np.int64]:
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
        reuse, shared = _containment(da.grams, db.grams)
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
        quoted = bool(qa[a_start:a_end].mean() > 0.5) if a_end > a_start else False
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
        containment_a=round(coverage(da.text, cov_a, cache.visible(a, da.text)), 4),
        containment_b=round(coverage(db.text, cov_b, cache.visible(b, db.text)), 4),
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


def _verify_block(block: NDArray[np.int64]) -> list[VerifiedPair]:
    job = _JOB[0]
    texts, ids, signatures, config = job.texts, job.ids, job.signatures, job.config
    shingle, boilerplate, window = job.shingle, job.boilerplate, job.window
    docs = prepare_docs(texts, np.unique(block).tolist(), shingle, boilerplate, window,
                        fingerprint_k=job.fingerprint_k)
    estimates = np.mean(signatures[block[:, 0]] == signatures[block[:, 1]], axis=1)
    quote_cache: dict[int, NDArray[np.bool_]] = {}
    cache = VerifyCache()
    out: list[VerifiedPair] = []
    for (a, b), est in zip(block.tolist(), estimates.tolist(), strict=True):
        src_a, src_b = job.sources[a], job.sources[b]
        same = src_a is not None and src_a == src_b
        v = verify_pair(a, b, docs[a], docs[b], ids, est, config, quote_cache, same_source=same,
                        cache=cache)
        if v is not None:
            out.append(v)
    return out


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
    _JOB[:] = [_Job(texts, ids, signatures, shingle, config, boilerplate, window, fingerprint_k, srcs)]
    workers = jobs if jobs > 1 and can_fork() else 1
    # enough blocks for every process to claim several, but not so small that the documents shared
    # by neighbouring pairs (pairs are sorted by their first document) are tokenised over and over
    size = _BLOCK if workers == 1 else max(_MIN_BLOCK, min(_BLOCK, -(-len(pairs) // (4 * workers))))
    blocks = [pairs[i : i + size] for i in range(0, len(pairs), size)]
    out: list[VerifiedPair] = []
    try:
        if workers > 1 and len(blocks) > 1:
            def task(i: int, _: list[NDArray[Any]]) -> list[VerifiedPair]:
                return _verify_block(blocks[i])

            def done(n: int) -> None:
                if progress:
                    progress(min(len(pairs), n * size))

            _, found = run_tasks(task, len(blocks), [], workers, on_done=done)
            for i in range(len(blocks)):
                out.extend(cast(list[VerifiedPair], found.get(i, [])))
        else:
            for n, block in enumerate(blocks):
                out.extend(_verify_block(block))
                if progress:
                    progress(min(len(pairs), (n + 1) * size))
    finally:
        _JOB.clear()
    return out


def family_edges(verified: Sequence[VerifiedPair]) -> list[Edge]:
    """Family edges of verified pairs, weighted by the share of the smaller document covered."""
    return [Edge(v.a, v.b, max(v.pair.containment_a, v.pair.containment_b)) for v in verified]


def shared_chars(n: int, verified: Sequence[VerifiedPair]) -> list[int]:
    """Characters of each of ``n`` documents covered by the passages of its verified pairs."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for v in verified:
        spans.setdefault(v.a, []).extend(v.covered_a)
        spans.setdefault(v.b, []).extend(v.covered_b)
    out = [0] * n
    for d, ss in spans.items():
        end = -1
        total = 0
        for s, e in sorted(ss):
            if e <= end:
                continue
            total += e - max(s, end)
            end = e
        out[d] = total
    return out
