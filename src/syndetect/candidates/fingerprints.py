"""Passage-level candidates: the document pairs that share winnowed fingerprints
(:mod:`syndetect.candidates.winnowing`).

Postings (fingerprint, document) are grouped by fingerprint. A pair needs ``min_shared`` common
fingerprints to become a candidate. Fingerprints held by more than the boilerplate cap of documents
(or of one source's documents) are page furniture and create no pair; postings longer than
``all_pairs_limit`` give star edges (:func:`~syndetect.candidates.banding.star_edges`). With several
processes the fingerprints are grouped in parts that share no fingerprint, and
:func:`candidate_pairs` runs the LSH banding as one more task beside them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..config import CandidateConfig
from ..workers.executor import Executor, Work, as_executor
from ..workers.tasks import Task
from .banding import lsh_candidates, star_edges
from .groups import first_postings, group_start_mask, group_starts, repeated_in_input_order, repeated_mask
from .recurring import Recurring, docset_signatures

__all__ = [
    "FingerprintIndex",
    "all_pairs_in_groups",
    "boilerplate_cap",
    "candidate_pairs",
    "fingerprint_candidates",
]


def boilerplate_cap(n_docs: int, boilerplate_df: int, boilerplate_fraction: float) -> int:
    """The document frequency above which a fingerprint is page furniture."""
    return max(boilerplate_df, math.ceil(boilerplate_fraction * n_docs))


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


def all_pairs_in_groups(
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
    empty: NDArray[np.bool_],
    fp_hash: NDArray[np.uint64],
    fp_doc: NDArray[np.int64],
    source_of: NDArray[np.int64] | None,
    config: CandidateConfig,
    *,
    bands: int,
    rows: int,
    cap: int,
    jobs: int | Executor = 1,
) -> tuple[NDArray[np.int64], int, FingerprintIndex]:
    """:func:`lsh_candidates` (``bands`` x ``rows``) and :func:`fingerprint_candidates` (furniture
    ``cap``) together, with the rest of their settings from ``config``: with ``jobs > 1`` (or an
    executor) the LSH grouping is one more task beside the fingerprint parts, so it runs while they do."""
    ex = as_executor(jobs)
    if not _in_processes(fp_hash, ex):
        lsh_pairs, capped = lsh_candidates(sigs, bands, rows, config.max_bucket, empty)
        fps = fingerprint_candidates(fp_hash, fp_doc, source_of, cap=cap,
                                     source_cap=config.boilerplate_source_df,
                                     all_pairs_limit=config.all_pairs_limit, min_shared=config.min_shared)
        return lsh_pairs, capped, fps
    lsh_args = (sigs, bands, rows, config.max_bucket, empty)
    parts, lsh = _grouped_in_processes(fp_hash, fp_doc, source_of, cap, config.boilerplate_source_df,
                                       config.all_pairs_limit, ex, lsh_args)
    lsh_pairs, capped = cast(tuple[NDArray[np.int64], int], lsh)
    return lsh_pairs, capped, _count_pairs(parts, config.min_shared, _n_docs(fp_doc))


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
    work = Work("syndetect.candidates.fingerprints:_group_tasks",
                (fp_hash, fp_doc, source_of, cap, source_cap, all_pairs_limit, bits, lsh_args, doc_numbers))
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
        starts = np.flatnonzero(group_start_mask(keys))
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
    h, d = _repeated_postings(fp_hash, fp_doc)
    recurring = docset_signatures(h, d if doc_numbers is None else doc_numbers[d])
    drop, boilerplate = _furniture_postings(h, d, source_of, cap, source_cap)
    h, d = h[~drop], d[~drop]
    left, right, n_big = _pairs_of_groups(h, d, all_pairs_limit)
    keys, counts = np.unique(np.minimum(left, right) * n_docs + np.maximum(left, right), return_counts=True)
    return _Grouped(keys, counts.astype(np.int64), boilerplate, n_big, recurring)


def _repeated_postings(
    fp_hash: NDArray[np.uint64], fp_doc: NDArray[np.int64]
) -> tuple[NDArray[np.uint64], NDArray[np.int64]]:
    """One posting per (fingerprint, document), grouped by hash with documents in input order
    inside each group, for the fingerprints held more than once."""
    # most fingerprints occur once in the corpus: they pair nothing and are no furniture, so only
    # the repeated ones are carried on (a tenth of them on 100k news articles)
    if fp_doc.size > 1 and bool(np.all(fp_doc[1:] >= fp_doc[:-1])):
        order = repeated_in_input_order(fp_hash)
    else:
        order = np.lexsort((fp_doc, fp_hash))
        order = order[repeated_mask(fp_hash[order])]
    h, d = fp_hash[order], fp_doc[order]
    keep = first_postings(h, d)
    return h[keep], d[keep]


def _furniture_postings(
    h: NDArray[np.uint64],
    d: NDArray[np.int64],
    source_of: NDArray[np.int64] | None,
    cap: int,
    source_cap: int,
) -> tuple[NDArray[np.bool_], NDArray[np.uint64]]:
    """Which postings (of :func:`_repeated_postings`) are page furniture: their fingerprint is held by
    more than ``cap`` documents, or by more than ``source_cap`` of one source; and the sorted unique
    hashes of those fingerprints."""
    new = group_start_mask(h)
    starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, h.size))
    df = np.repeat(sizes, sizes)
    drop = df > cap
    boiler = [h[starts[sizes > cap]]]
    if source_of is not None and source_cap > 0:
        source_drop = _source_furniture(h, d, new, df, source_of, source_cap)
        boiler.append(h[source_drop])
        drop |= source_drop
    return drop, np.unique(np.concatenate(boiler))


def _source_furniture(
    h: NDArray[np.uint64],
    d: NDArray[np.int64],
    new: NDArray[np.bool_],
    df: NDArray[np.int64],
    source_of: NDArray[np.int64],
    source_cap: int,
) -> NDArray[np.bool_]:
    """Which postings have a fingerprint held by more than ``source_cap`` documents of their source:
    that outlet's furniture (``new`` marks where each fingerprint's group starts, ``df`` is each
    posting's group size)."""
    # postings per (fingerprint, source). Only groups with more than source_cap postings can have
    # that many of one source.
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
    return source_drop


def _pairs_of_groups(
    h: NDArray[np.uint64], d: NDArray[np.int64], all_pairs_limit: int
) -> tuple[NDArray[np.int64], NDArray[np.int64], int]:
    """The document pairs of every group of equal ``h``: all pairs in groups of up to
    ``all_pairs_limit`` documents, star edges in larger ones; and how many groups were larger."""
    empty = np.zeros(0, dtype=np.int64)
    _, sizes = group_starts(h)
    small = (sizes >= 2) & (sizes <= all_pairs_limit)
    lefts, rights = [empty], [empty]
    if small.any():
        g_docs_mask = np.repeat(small, sizes)
        sub_docs = d[g_docs_mask]
        sub_sizes = sizes[small]
        sub_starts = np.cumsum(sub_sizes) - sub_sizes
        left, right = all_pairs_in_groups(sub_docs, sub_starts, sub_sizes)
        lefts.append(left)
        rights.append(right)
    big = sizes > all_pairs_limit
    if big.any():
        g_docs_mask = np.repeat(big, sizes)
        left, right, _ = star_edges(h[g_docs_mask], d[g_docs_mask], np.iinfo(np.int64).max)
        lefts.append(left)
        rights.append(right)
    return np.concatenate(lefts), np.concatenate(rights), int(big.sum())
