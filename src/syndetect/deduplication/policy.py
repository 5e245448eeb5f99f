"""Families and survivors: which records are duplicates of which, and which one each family keeps.

* :func:`components`: the connected components of the duplicate links (exact duplicates and verified
  near duplicates), each named by its lowest record (vectorised union by hooking to the lower root,
  then pointer jumping).
* :func:`survivors`: the record each family keeps, the one with the lowest rank key, ties to the
  earlier record (the keys of each policy: :func:`policy_key`).
* :func:`complete_scores`: the ``"complete"`` policy's score of each distinct text of a family, the
  number of its distinct shingles that another distinct text of the family also has.
* :func:`contained_in`: with containment on, the kept record each kept record is contained in.
* :func:`reasons`: why each record is kept or dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "CONTAINED",
    "EXACT",
    "KEPT",
    "NEAR",
    "REASONS",
    "UNIQUE",
    "complete_members",
    "complete_scores",
    "components",
    "contained_in",
    "follow",
    "reasons",
    "survivors",
]

I64 = NDArray[np.int64]
F64 = NDArray[np.float64]

UNIQUE, KEPT, EXACT, NEAR, CONTAINED = range(5)
REASONS = ("unique", "kept", "exact", "near", "contained")
"""The reasons by code: a record with no duplicate, the record a family keeps, and the records it
drops: an exact duplicate of the kept record, a near duplicate in its family, a text contained in it."""


def follow(parent: I64) -> I64:
    """``parent`` with every pointer followed to its root (a record pointing at itself)."""
    while True:
        up = parent[parent]
        if np.array_equal(up, parent):
            return parent
        parent = up


def components(n: int, a: I64, b: I64) -> I64:
    """The component of each of ``n`` records linked by the edges ``(a[i], b[i])``: the lowest record
    of its component."""
    parent = np.arange(n, dtype=np.int64)
    while a.size:
        ra, rb = parent[a], parent[b]
        lo, hi = np.minimum(ra, rb), np.maximum(ra, rb)
        moving = lo != hi
        if not moving.any():
            break
        np.minimum.at(parent, hi[moving], lo[moving])
        parent = follow(parent)
        a, b = a[moving], b[moving]
    return follow(parent)


def survivors(family: I64, *keys: I64 | F64) -> I64:
    """The record each record's family keeps: the lowest by ``keys`` (the first key most
    significant), then by record number."""
    n = family.size
    index = np.arange(n, dtype=np.int64)
    order = np.lexsort((index, *reversed(keys), family))
    first = np.ones(n, dtype=np.bool_)
    first[1:] = family[order[1:]] != family[order[:-1]]
    starts = np.flatnonzero(first)
    kept = np.empty(n, dtype=np.int64)
    kept[order] = np.repeat(order[starts], np.diff(np.append(starts, n)))
    return kept


def _distinct_texts_by_family(family: I64, rep: I64) -> tuple[I64, I64, list[int], list[int]]:
    """The representatives (records that are their text's ``rep``) sorted by family, stably:
    ``(reps, order, starts, ends)``, family ``i``'s being ``reps[order[starts[i]:ends[i]]]``."""
    reps = np.flatnonzero(rep == np.arange(family.size))
    fam_of = family[reps]
    order = np.argsort(fam_of, kind="stable")
    fam_sorted = fam_of[order]
    starts = np.flatnonzero(np.append(True, fam_sorted[1:] != fam_sorted[:-1]))
    ends = np.append(starts[1:], fam_sorted.size)
    return reps, order, starts.tolist(), ends.tolist()


def complete_members(family: I64, rep: I64) -> I64:
    """The records whose sets :func:`complete_scores` reads: the representatives of the families of
    two or more distinct texts, ascending."""
    reps, order, starts, ends = _distinct_texts_by_family(family, rep)
    sizes = np.subtract(ends, starts)
    many = np.repeat(sizes > 1, sizes)
    return np.sort(reps[order[many]])


def complete_scores(family: I64, rep: I64, get_set: Callable[[int], NDArray[np.uint64]]) -> I64:
    """Each record's ``"complete"`` score: how many of its distinct shingles another distinct text of
    its family (another ``rep``) also has; 0 in a family of one distinct text."""
    n = family.size
    scores = np.zeros(n, dtype=np.int64)
    reps, order, starts, ends = _distinct_texts_by_family(family, rep)
    for s, e in zip(starts, ends, strict=True):
        if e - s < 2:
            continue
        members = reps[order[s:e]]
        sets = [get_set(int(m)) for m in members]
        values = np.concatenate(sets)
        owner = np.repeat(np.arange(len(sets)), [x.size for x in sets])
        sort = np.argsort(values, kind="stable")
        v = values[sort]
        shared = np.zeros(v.size, dtype=np.bool_)
        same = v[1:] == v[:-1]
        shared[1:] |= same
        shared[:-1] |= same
        scores[members] = np.bincount(owner[sort][shared], minlength=len(sets))
    return scores[rep]


def contained_in(a: I64, b: I64, inter: I64, size: I64, threshold: float) -> tuple[I64, I64, F64]:
    """Of pairs of kept records ``(a, b)`` sharing ``inter`` shingles, the ones where the one with
    the smaller set (``size``; on equal sizes the later record) has at least ``threshold`` of its
    shingles in the other: ``(contained, container, containment)``, at most one container per
    contained record (the most containing, then the earliest)."""
    small_is_a = (size[a] < size[b]) | ((size[a] == size[b]) & (a > b))
    small, big = np.where(small_is_a, a, b), np.where(small_is_a, b, a)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(size[small] > 0, inter / np.maximum(size[small], 1), 0.0)
    ok = share >= threshold
    small, big, share = small[ok], big[ok], share[ok]
    order = np.lexsort((big, -share, small))
    small, big, share = small[order], big[order], share[order]
    first = np.ones(small.size, dtype=np.bool_)
    first[1:] = small[1:] != small[:-1]
    return small[first], big[first], share[first]


def reasons(kept: I64, family_kept: I64, rep: I64) -> tuple[NDArray[np.int8], I64]:
    """The reason code of each record (:data:`REASONS`) and its group: the lowest record kept as
    the same one. ``kept``: the record each record's output keeps; ``family_kept``: the record its
    family (exact and near links) keeps, before containment; ``rep``: its distinct text's record."""
    n = kept.size
    index = np.arange(n, dtype=np.int64)
    group = np.full(n, n, dtype=np.int64)
    np.minimum.at(group, kept, index)
    group = group[kept]
    size = np.bincount(kept, minlength=n)[kept]
    code = np.full(n, NEAR, dtype=np.int8)
    code[rep == rep[kept]] = EXACT
    code[family_kept != kept] = CONTAINED
    code[kept == index] = KEPT
    code[(kept == index) & (size == 1)] = UNIQUE
    return code, group
