"""Candidate generation: document-level LSH banding and passage-level winnowed fingerprints.

Two routes find candidate pairs, and both are vectorised over the whole corpus:

* **LSH banding** of MinHash signatures finds documents whose whole texts are similar (reprints,
  trimmed reprints). Each bucket of ``m`` documents yields ``m - 1`` *star edges* to its first member,
  never ``m (m - 1) / 2`` pairs; buckets above ``max_bucket`` are cut there and counted.
* **Winnowing** (Schleimer, Wilkerson and Aiken 2003) keeps the minimum hash of every window of
  ``window`` consecutive word n-grams (``fingerprint_k`` words, trigrams by default). Two documents
  sharing a run of ``window + fingerprint_k - 1`` words share at least one fingerprint, and a run of
  ``2 * window + fingerprint_k - 1`` words (18 with the defaults) at least two, however long the
  documents are: this finds a few wire paragraphs quoted inside an
  otherwise different article, where whole-document Jaccard is tiny. A pair needs ``min_shared``
  common fingerprints to become a candidate. Fingerprints held by more than the boilerplate cap of
  documents (or of one source's documents) are page furniture and create no pair; postings longer
  than ``all_pairs_limit`` give star edges.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..errors import ConfigError
from ..text.shingle import mix64
from ..workers.executor import Executor, Work, as_executor
from ..workers.tasks import Task

__all__ = [
    "RECURRING_DF",
    "FingerprintIndex",
    "Recurring",
    "band_keys",
    "boilerplate_cap",
    "bucket_keys",
    "candidate_pairs",
    "combine_partials",
    "docset_partials",
    "docset_signatures",
    "fingerprint_candidates",
    "first_postings",
    "group_ranks",
    "group_starts",
    "lsh_candidates",
    "optimal_bands",
    "repeated_in_input_order",
    "star_edges",
    "unique_pairs",
    "winnow",
]

U64 = np.uint64


def optimal_bands(threshold: float, num_perm: int, bands: int | None = None) -> tuple[int, int]:
    """``(bands, rows)`` with ``bands * rows <= num_perm``.

    With ``bands`` given, rows is ``num_perm // bands``. Otherwise the pair minimising the sum of the
    false-positive area (collision probability integrated below ``threshold``) and the
    false-negative area (non-collision integrated above it), by the trapezoid rule on 201 points.
    """
    if bands is not None:
        if bands > num_perm:
            msg = f"bands={bands} exceeds num_perm={num_perm}; choose bands <= num_perm or leave it unset"
            raise ConfigError(msg)
        return bands, num_perm // bands
    s = np.linspace(0.0, 1.0, 201)
    below, above = s <= threshold, s >= threshold
    best: tuple[float, int, int] = (math.inf, 1, num_perm)
    for b in range(1, num_perm + 1):
        r = num_perm // b
        p = 1.0 - (1.0 - s**r) ** b
        fp = np.trapezoid(p[below], s[below]) if below.sum() > 1 else 0.0
        fn = np.trapezoid(1.0 - p[above], s[above]) if above.sum() > 1 else 0.0
        err = float(fp + fn)
        if err < best[0] - 1e-12:
            best = (err, b, r)
    return best[1], best[2]


def band_keys(sigs: NDArray[np.uint32], bands: int, rows: int) -> NDArray[np.uint64]:
    """One 64-bit key per (document, band): a polynomial of the band's values mixed with the band
    index (arithmetic mod 2**64), so equal keys mean equal bands up to 64-bit collisions."""
    n = sigs.shape[0]
    block = sigs[:, : bands * rows].reshape(n, bands, rows)  # a view: no 64-bit copy of all values
    keys = block[:, :, 0].astype(np.uint64)
    for r in range(1, rows):
        keys *= U64(0x100000001B3)
        keys += block[:, :, r]
    keys ^= (np.arange(bands, dtype=np.uint64) + U64(1)) << U64(40)
    return mix64(keys)


def bucket_keys(sigs: NDArray[np.uint32], bands: int, rows: int) -> NDArray[np.uint64]:
    """LSH bucket keys of every (document, band), flattened document-major: ``n * bands`` keys.

    The band number is mixed into each key (:func:`band_keys`), so one flat grouping over all
    bands puts two documents in the same bucket only when they agree on a whole band."""
    return band_keys(sigs, bands, rows).ravel()


def star_edges(
    keys: NDArray[np.uint64], docs: NDArray[np.int64], cap: int
) -> tuple[NDArray[np.int64], NDArray[np.int64], int]:
    """Star edges (first member, other member) inside each group of equal ``keys``.

    Groups are capped at ``cap`` members (the lowest documents); returns (left, right, number of
    capped groups).
    """
    if docs.size > 1 and bool(np.all(docs[1:] >= docs[:-1])):
        # documents already in order: group the repeated keys only (a lone member makes no edge),
        # several times cheaper than sorting by (key, document)
        order = repeated_in_input_order(keys)
    else:
        order = np.lexsort((docs, keys))
    k, d = keys[order], docs[order]
    if k.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, 0
    group_start, sizes = group_starts(k)
    group_of = np.repeat(np.arange(group_start.size), sizes)
    rank = np.arange(k.size) - group_start[group_of]
    take = (rank > 0) & (rank < cap)
    left = d[group_start[group_of]][take]
    right = d[take]
    return left, right, int(np.count_nonzero(sizes > cap))


def lsh_candidates(
    sigs: NDArray[np.uint32], bands: int, rows: int, max_bucket: int, empty: NDArray[np.bool_]
) -> tuple[NDArray[np.int64], int]:
    """Candidate pairs ``(m, 2)`` (``a < b``, unique) from LSH buckets; plus capped bucket count.

    Documents flagged ``empty`` (no shingle) never enter a bucket.
    """
    docs = np.flatnonzero(~empty).astype(np.int64)
    if docs.size < 2:
        return np.zeros((0, 2), dtype=np.int64), 0
    flat_keys = bucket_keys(sigs[docs], bands, rows)
    flat_docs = np.repeat(docs, bands)
    left, right, capped = star_edges(flat_keys, flat_docs, max_bucket)
    return _unique_pairs(left, right), capped


def _unique_pairs(left: NDArray[np.int64], right: NDArray[np.int64]) -> NDArray[np.int64]:
    a, b = np.minimum(left, right), np.maximum(left, right)
    keep = a != b
    return unique_pairs(np.stack([a[keep], b[keep]], axis=1))


def unique_pairs(pairs: NDArray[np.int64]) -> NDArray[np.int64]:
    """The distinct rows of ``pairs`` (``(m, 2)``, non-negative), sorted: ``np.unique(pairs, axis=0)``
    by one sort of the keys ``a * n + b``, much cheaper than numpy's row-wise unique."""
    if pairs.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    n = int(pairs.max()) + 1  # a * n + b < n**2: exact in int64 below 3 billion documents
    keys = np.unique(pairs[:, 0].astype(np.int64) * n + pairs[:, 1])
    return np.stack([keys // n, keys % n], axis=1)


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


def boilerplate_cap(n_docs: int, boilerplate_df: int, boilerplate_fraction: float) -> int:
    """The document frequency above which a fingerprint is page furniture."""
    return max(boilerplate_df, math.ceil(boilerplate_fraction * n_docs))



RECURRING_DF = 3
"""A fingerprint held by this many documents or more recurs beyond any one pair: furniture
detection compares such fingerprints by the set of documents holding them."""


@dataclass(frozen=True, slots=True)
class Recurring:
    """Fingerprints held by at least :data:`RECURRING_DF` documents, sorted by hash, each with a
    signature of the set of documents holding it: the sum (mod 2**64) of ``mix64(document + 1)`` over
    them, so equal sets have equal signatures and different sets differ but with probability 2**-64.

    Page furniture of one outlet is held by exactly that outlet's documents, so all of its
    fingerprints share one signature; that is how the furniture found at the edges of one pair is
    recognised in the middle of it (:mod:`syndetect.align.furniture`)."""

    hashes: NDArray[np.uint64]
    signatures: NDArray[np.uint64]
    counts: NDArray[np.int64]
    """How many documents hold each fingerprint."""

    @staticmethod
    def empty() -> Recurring:
        return Recurring(np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint64),
                         np.zeros(0, dtype=np.int64))

    @staticmethod
    def merge(parts: list[Recurring]) -> Recurring:
        """Tables of parts that share no fingerprint, as one sorted table."""
        parts = [p for p in parts if p.hashes.size]
        if not parts:
            return Recurring.empty()
        if len(parts) == 1:
            return parts[0]
        h = np.concatenate([p.hashes for p in parts])
        order = np.argsort(h, kind="stable")
        return Recurring(h[order], np.concatenate([p.signatures for p in parts])[order],
                         np.concatenate([p.counts for p in parts])[order])


def docset_partials(
    grouped_hash: NDArray[np.uint64], grouped_doc: NDArray[np.int64]
) -> tuple[NDArray[np.uint64], NDArray[np.uint64], NDArray[np.int64]]:
    """Per group of equal hashes (postings grouped by hash, one per fingerprint and document,
    ``grouped_doc`` the documents' corpus-wide numbers): the hash, the sum (mod 2**64) of
    ``mix64(document + 1)`` over its documents, and how many they are. Sums of parts of a group add
    up to the group's sum, so partial sums made where the documents are can be combined later
    (:func:`combine_partials`)."""
    if grouped_hash.size == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    starts, sizes = group_starts(grouped_hash)
    # np.add.reduceat wraps on uint64: the sum is mod 2**64 by design
    sums = np.add.reduceat(mix64(grouped_doc.astype(np.uint64) + np.uint64(1)), starts)
    return grouped_hash[starts], sums, sizes.astype(np.int64)


def combine_partials(
    hashes: NDArray[np.uint64], sums: NDArray[np.uint64], counts: NDArray[np.int64],
    min_df: int = RECURRING_DF,
) -> Recurring:
    """:class:`Recurring` from partial sums (:func:`docset_partials`) of any number of parts, in any
    order: the hashes held by ``min_df`` documents or more in all."""
    if hashes.size == 0:
        return Recurring.empty()
    order = np.argsort(hashes, kind="stable")
    h = hashes[order]
    starts = np.flatnonzero(_starts(h))
    total = np.add.reduceat(counts[order], starts)
    sig = np.add.reduceat(sums[order], starts)
    big = total >= min_df
    return Recurring(h[starts][big], sig[big], total[big])


def docset_signatures(
    grouped_hash: NDArray[np.uint64], grouped_doc: NDArray[np.int64], min_df: int = RECURRING_DF
) -> Recurring:
    """:class:`Recurring` of postings grouped by hash (one posting per fingerprint and document,
    ``grouped_doc`` the documents' corpus-wide numbers): the groups of ``min_df`` or more."""
    hashes, sums, counts = docset_partials(grouped_hash, grouped_doc)
    big = counts >= min_df
    order = np.argsort(hashes[big], kind="stable")
    return Recurring(hashes[big][order], sums[big][order], counts[big][order])


@dataclass(frozen=True, slots=True)
class FingerprintIndex:
    """Result of passage-level candidate generation."""

    pairs: NDArray[np.int64]
    """Candidate pairs ``(m, 2)``, ``a < b``."""
    support: NDArray[np.int64]
    """Number of shared (non-boilerplate) fingerprints of each pair."""
    boilerplate: NDArray[np.uint64]
    """Sorted fingerprint hashes judged to be page furniture (globally or for some source)."""
    capped: int
    """Postings reduced to star edges because they were longer than ``all_pairs_limit``."""
    recurring: Recurring
    """Fingerprints held by at least :data:`RECURRING_DF` documents, with the set of documents holding
    each (see :class:`Recurring`)."""


def _all_pairs_in_groups(
    docs: NDArray[np.int64], group_start: NDArray[np.int64], sizes: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Every (i < j) pair inside each group of consecutive ``docs``, vectorised."""
    group_of = np.repeat(np.arange(group_start.size), sizes)
    rank = np.arange(docs.size) - group_start[group_of]
    after = sizes[group_of] - rank - 1  # how many later members each element pairs with
    left_idx = np.repeat(np.arange(docs.size), after)
    run_start = np.cumsum(after) - after
    offset_in_run = np.arange(left_idx.size) - np.repeat(run_start, after)
    right_idx = left_idx + 1 + offset_in_run
    return docs[left_idx], docs[right_idx]


def fingerprint_candidates(
    fp_hash: NDArray[np.uint64],
    fp_doc: NDArray[np.int64],
    source_of: NDArray[np.int64] | None,
    *,
    cap: int,
    source_cap: int,
    all_pairs_limit: int = 32,
    min_shared: int = 2,
    jobs: int | Executor = 1,
    doc_numbers: NDArray[np.int64] | None = None,
) -> FingerprintIndex:
    """Candidate pairs from shared winnowed fingerprints (see the module docstring).

    ``source_of[d]`` is a source (outlet) number per document, or -1 when unknown. ``doc_numbers[d]``
    is document ``d``'s number in the whole corpus when ``fp_doc`` numbers only the documents of one
    part (it makes the :class:`Recurring` signatures corpus-wide); ``None`` when they are the same.
    With ``jobs > 1`` (a number of processes or an :class:`~syndetect.workers.tasks.Executor`)
    the fingerprints are split by their low hash bits into parts that share no fingerprint, each part
    is grouped in one of the processes, and only the pair counting is done once at the end; the
    result is the same.
    """
    if fp_hash.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return FingerprintIndex(np.zeros((0, 2), dtype=np.int64), empty, np.zeros(0, np.uint64), 0,
                                Recurring.empty())
    ex = as_executor(jobs)
    if _in_processes(fp_hash, ex):
        parts, _ = _grouped_in_processes(fp_hash, fp_doc, source_of, cap, source_cap, all_pairs_limit,
                                         ex, doc_numbers=doc_numbers)
    else:
        parts = [_group_pairs(fp_hash, fp_doc, source_of, cap, source_cap, all_pairs_limit,
                              _n_docs(fp_doc), doc_numbers)]
    return _count_pairs(parts, min_shared, _n_docs(fp_doc))


def candidate_pairs(
    sigs: NDArray[np.uint32],
    bands: int,
    rows: int,
    max_bucket: int,
    empty: NDArray[np.bool_],
    fp_hash: NDArray[np.uint64],
    fp_doc: NDArray[np.int64],
    source_of: NDArray[np.int64] | None,
    *,
    cap: int,
    source_cap: int,
    all_pairs_limit: int = 32,
    min_shared: int = 2,
    jobs: int | Executor = 1,
) -> tuple[NDArray[np.int64], int, FingerprintIndex]:
    """:func:`lsh_candidates` and :func:`fingerprint_candidates` together: with ``jobs > 1`` (or an
    executor) the LSH grouping is one more task beside the fingerprint parts, so it runs while they do."""
    ex = as_executor(jobs)
    if not _in_processes(fp_hash, ex):
        lsh_pairs, capped = lsh_candidates(sigs, bands, rows, max_bucket, empty)
        fps = fingerprint_candidates(fp_hash, fp_doc, source_of, cap=cap, source_cap=source_cap,
                                     all_pairs_limit=all_pairs_limit, min_shared=min_shared)
        return lsh_pairs, capped, fps
    parts, lsh = _grouped_in_processes(fp_hash, fp_doc, source_of, cap, source_cap, all_pairs_limit, ex,
                                       (sigs, bands, rows, max_bucket, empty))
    lsh_pairs, capped = cast(tuple[NDArray[np.int64], int], lsh)
    return lsh_pairs, capped, _count_pairs(parts, min_shared, _n_docs(fp_doc))


def _grouped_in_processes(
    fp_hash: NDArray[np.uint64],
    fp_doc: NDArray[np.int64],
    source_of: NDArray[np.int64] | None,
    cap: int,
    source_cap: int,
    all_pairs_limit: int,
    ex: Executor,
    lsh_args: tuple[Any, ...] | None = None,
    doc_numbers: NDArray[np.int64] | None = None,
) -> tuple[list[_Grouped], object]:
    """The fingerprints split by their low hash bits into parts that share no fingerprint, each
    grouped as a task of ``ex``; with ``lsh_args`` (the arguments of :func:`lsh_candidates`) that
    grouping is one more task, run first (it is the longest)."""
    bits = max(1, (4 * ex.jobs - 1).bit_length())  # at least four parts per process, for balance
    first = 0 if lsh_args is None else 1
    work = Work("syndetect.candidates.lsh:_group_tasks", (fp_hash, fp_doc, source_of, cap, source_cap,
                                                          all_pairs_limit, bits, lsh_args, doc_numbers))
    _, found = ex.run(work, first + (1 << bits))
    parts = [cast(_Grouped, found[first + p]) for p in range(1 << bits)]
    return parts, found.get(0) if lsh_args is not None else None


def _group_tasks(
    fp_hash: NDArray[np.uint64],
    fp_doc: NDArray[np.int64],
    source_of: NDArray[np.int64] | None,
    cap: int,
    source_cap: int,
    all_pairs_limit: int,
    bits: int,
    lsh_args: tuple[Any, ...] | None,
    doc_numbers: NDArray[np.int64] | None,
) -> Task:
    """The tasks of :func:`_grouped_in_processes`: task ``t`` groups the fingerprints whose low
    ``bits`` bits are ``t`` (after the :func:`lsh_candidates` task 0 when ``lsh_args`` is given)."""
    # low bits: winnowing keeps the smallest hash of each window, so the high bits are skewed
    # (on 100k articles 80% of the fingerprints had the top two bits 00)
    # each fingerprint's part as one small integer, made once before the fork: a task then scans a
    # byte per fingerprint, not a 64-bit AND and compare (0.2 s against 0.8-1.1 s over 8 parts of 14M)
    if bits <= 8:  # read the low byte of each hash in place: no 64-bit temporary
        low = np.ascontiguousarray(fp_hash).view(np.uint8)[0 if np.little_endian else 7 :: 8]
        part = low & np.uint8((1 << bits) - 1)
    else:
        part = (fp_hash & np.uint64((1 << bits) - 1)).astype(np.uint16)
    first = 0 if lsh_args is None else 1
    n_docs = _n_docs(fp_doc)

    def task(t: int, _: list[NDArray[Any]]) -> object:
        if t < first and lsh_args is not None:
            return lsh_candidates(*lsh_args)
        mine = np.flatnonzero(part == t - first)
        return _group_pairs(fp_hash[mine], fp_doc[mine], source_of, cap, source_cap, all_pairs_limit,
                            n_docs, doc_numbers)

    return task


def _in_processes(fp_hash: NDArray[np.uint64], ex: Executor) -> bool:
    """Whether the fingerprints are grouped in processes: more than one, and enough fingerprints."""
    return ex.jobs > 1 and fp_hash.size >= _PARALLEL_MIN_POSTINGS


def _n_docs(fp_doc: NDArray[np.int64]) -> int:
    return int(fp_doc.max(initial=0)) + 1


def _count_pairs(parts: list[_Grouped], min_shared: int, n_docs: int) -> FingerprintIndex:
    """Add up the shared fingerprints of each document pair over all parts."""
    boilerplate = np.sort(np.concatenate([p.boilerplate for p in parts]))
    capped = sum(p.capped for p in parts)
    if len(parts) == 1:
        keys, counts = parts[0].keys, parts[0].counts
    else:
        # each part's keys are sorted: a stable argsort (timsort) merges the runs, then the
        # counts of equal keys are summed (0.13 s against 0.49 s for np.unique on 2.9M keys)
        keys = np.concatenate([p.keys for p in parts])
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        starts = np.flatnonzero(_starts(keys))
        counts = np.add.reduceat(np.concatenate([p.counts for p in parts])[order], starts)
        keys = keys[starts]
    ok = counts >= min_shared
    pairs = np.stack([keys[ok] // n_docs, keys[ok] % n_docs], axis=1)
    recurring = Recurring.merge([p.recurring for p in parts])
    return FingerprintIndex(pairs.astype(np.int64), counts[ok], boilerplate, capped, recurring)


_PARALLEL_MIN_POSTINGS = 1 << 20
"""Fewer fingerprints than this are grouped in one process: forking would cost more than it saves."""


@dataclass(frozen=True, slots=True)
class _Grouped:
    """Document pairs of one part of the fingerprints, as keys ``a * n_docs + b`` (``a < b``) with the
    number of fingerprints of the part they share."""

    keys: NDArray[np.int64]
    counts: NDArray[np.int64]
    boilerplate: NDArray[np.uint64]
    """Sorted unique fingerprint hashes of this part judged to be page furniture."""
    capped: int
    recurring: Recurring


def _repeated_mask(grouped: NDArray[Any]) -> NDArray[np.bool_]:
    """Which elements of ``grouped`` (equal values adjacent) have an equal neighbour."""
    repeated = np.zeros(grouped.size, dtype=np.bool_)
    same = grouped[1:] == grouped[:-1]
    repeated[1:] = same
    repeated[:-1] |= same
    return repeated


def repeated_in_input_order(hashes: NDArray[np.uint64]) -> NDArray[np.int64]:
    """Indices of the ``hashes`` that occur more than once, equal hashes adjacent and each group in
    input order (the groups themselves in no particular order).

    The same grouping as a stable argsort, restricted to repeated values, at less than half its
    cost: one plain sort of 64-bit keys ``(hash << b) | index`` with ``b`` bits for the index orders
    by the hash's low ``64 - b`` bits and, inside equal keys, by index. Two different hashes can
    share their low bits (about 90 pairs among 14M fingerprints at ``b = 24``); the groups where
    that happened are re-sorted by the full hash, so the result is exact.
    """
    n = hashes.size
    if n < 2:
        return np.zeros(0, dtype=np.int64)
    bits = (n - 1).bit_length()
    low = U64((1 << bits) - 1)
    keys = hashes << U64(bits)  # shifting the high bits out is intended (mod 2**64)
    keys |= np.arange(n, dtype=np.uint64)
    keys.sort()
    keys = keys[_repeated_mask(keys >> U64(bits))]
    order = (keys & low).astype(np.int64)
    h = hashes[order]
    # runs of equal truncated keys that hold more than one full hash: re-sort them by (hash, index)
    run = np.cumsum(_starts(keys >> U64(bits))) - 1
    mixed = np.flatnonzero(h[1:] != h[:-1])
    mixed = mixed[run[mixed + 1] == run[mixed]]
    if mixed.size:
        bad = np.zeros(int(run[-1]) + 1, dtype=np.bool_)
        bad[run[mixed]] = True
        at = np.flatnonzero(bad[run])
        sub = order[at]
        order[at] = sub[np.lexsort((sub, h[at], run[at]))]
        h = hashes[order]
    kept: NDArray[np.int64] = order[_repeated_mask(h)]
    return kept


def _starts(grouped: NDArray[Any]) -> NDArray[np.bool_]:
    """Which elements of ``grouped`` (equal values adjacent) start a new group."""
    new = np.ones(grouped.size, dtype=np.bool_)
    new[1:] = grouped[1:] != grouped[:-1]
    return new


def group_starts(grouped: NDArray[Any]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Where each group of equal adjacent values of ``grouped`` (sorted keys, say) starts, and
    its size."""
    starts = np.flatnonzero(_starts(grouped))
    return starts, np.diff(np.append(starts, grouped.size))


def first_postings(grouped_hash: NDArray[Any], grouped_doc: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Which postings, grouped by hash with equal documents adjacent in each group, are the first of
    their (hash, document): one posting per fingerprint and document."""
    first = np.ones(grouped_hash.size, dtype=np.bool_)
    first[1:] = (grouped_hash[1:] != grouped_hash[:-1]) | (grouped_doc[1:] != grouped_doc[:-1])
    return first


def group_ranks(starts: NDArray[np.int64], sizes: NDArray[np.int64]) -> NDArray[np.int64]:
    """Each element's rank inside its group (0 for the first), for groups of :func:`group_starts`."""
    ranks: NDArray[np.int64] = np.arange(int(sizes.sum()), dtype=np.int64) - np.repeat(starts, sizes)
    return ranks


def _group_pairs(
    fp_hash: NDArray[np.uint64],
    fp_doc: NDArray[np.int64],
    source_of: NDArray[np.int64] | None,
    cap: int,
    source_cap: int,
    all_pairs_limit: int,
    n_docs: int,
    doc_numbers: NDArray[np.int64] | None = None,
) -> _Grouped:
    """Group postings by fingerprint: furniture out, then the document pairs of every group."""
    empty = np.zeros(0, dtype=np.int64)
    # one posting per (fingerprint, document), grouped by hash with documents in input order
    # inside each group; most fingerprints occur once in the corpus: they pair nothing and are no
    # furniture, so only the repeated ones are carried on (a tenth of them on 100k news articles)
    if fp_doc.size > 1 and bool(np.all(fp_doc[1:] >= fp_doc[:-1])):
        order = repeated_in_input_order(fp_hash)
    else:
        order = np.lexsort((fp_doc, fp_hash))
        order = order[_repeated_mask(fp_hash[order])]
    h, d = fp_hash[order], fp_doc[order]
    keep = first_postings(h, d)
    h, d = h[keep], d[keep]
    recurring = docset_signatures(h, d if doc_numbers is None else doc_numbers[d])
    new = _starts(h)
    starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, h.size))
    df = np.repeat(sizes, sizes)
    drop = df > cap
    boiler = [h[starts[sizes > cap]]]
    if source_of is not None and source_cap > 0:
        # postings per (fingerprint, source): too many documents of one outlet -> that outlet's
        # furniture. Only groups with more than source_cap postings can have that many of one source.
        group = np.cumsum(new) - 1
        crowded = np.flatnonzero(df > source_cap)
        src = source_of[d[crowded]]
        # h is sorted: sort (group, source) keys, which are nearly in order
        n_src = int(source_of.max(initial=0)) + 2
        key_order = np.argsort(group[crowded] * n_src + (src + 1), kind="stable")
        hs, ss = h[crowded][key_order], src[key_order]
        grp = np.ones(hs.size, dtype=np.bool_)
        grp[1:] = (hs[1:] != hs[:-1]) | (ss[1:] != ss[:-1])
        g_start = np.flatnonzero(grp)
        g_size = np.diff(np.append(g_start, hs.size))
        per_source = np.empty(hs.size, dtype=np.int64)
        per_source[key_order] = np.repeat(g_size, g_size)
        source_drop = np.zeros(h.size, dtype=np.bool_)
        source_drop[crowded] = (src >= 0) & (per_source > source_cap)
        boiler.append(h[source_drop])
        drop |= source_drop
    boilerplate = np.unique(np.concatenate(boiler))
    h, d = h[~drop], d[~drop]
    starts, sizes = group_starts(h)
    small = (sizes >= 2) & (sizes <= all_pairs_limit)
    lefts, rights = [empty], [empty]
    if small.any():
        g_docs_mask = np.repeat(small, sizes)
        sub_docs = d[g_docs_mask]
        sub_sizes = sizes[small]
        sub_starts = np.cumsum(sub_sizes) - sub_sizes
        left, right = _all_pairs_in_groups(sub_docs, sub_starts, sub_sizes)
        lefts.append(left)
        rights.append(right)
    big = sizes > all_pairs_limit
    if big.any():
        g_docs_mask = np.repeat(big, sizes)
        left, right, _ = star_edges(h[g_docs_mask], d[g_docs_mask], np.iinfo(np.int64).max)
        lefts.append(left)
        rights.append(right)
    left, right = np.concatenate(lefts), np.concatenate(rights)
    keys, counts = np.unique(np.minimum(left, right) * n_docs + np.maximum(left, right), return_counts=True)
    return _Grouped(keys, counts.astype(np.int64), boilerplate, int(big.sum()), recurring)
