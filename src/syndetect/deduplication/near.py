"""Near duplicates: shingle sets, MinHash LSH proposals, and their verification on the exact sets.

Per batch of texts (:func:`hash_texts`, vectorised over the batch): the tokens and shingle hashes of
:func:`~syndetect.text.shingle.shingle_batch`, each document's shingle set (sorted, distinct), its
MinHash signature (:func:`~syndetect.sketch.minhash.minhash`) cut into LSH band keys
(:func:`~syndetect.candidates.banding.band_keys`) and, for containment, its winnowed fingerprints
(:func:`~syndetect.candidates.winnowing.winnow` over the shingle hashes).

The sets go to a :class:`SetStore` on disk and the band keys and fingerprints to partition files
(:class:`Postings`), so memory holds one batch. Afterwards each partition's buckets give star edges
(:func:`~syndetect.engines.stages.bucket_pairs`) and its shared fingerprints pairs
(:func:`~syndetect.engines.stages.group_fingerprints`); :func:`intersections` counts the shingles
each proposed pair shares, from the stored sets, which is what decides.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
from numpy.typing import NDArray

from ..candidates.banding import band_keys
from ..candidates.fingerprints import all_pairs_in_groups
from ..candidates.groups import group_starts, repeated_in_input_order, unique_pairs
from ..candidates.winnowing import winnow
from ..config import CandidateConfig, MinHashConfig, ShingleConfig
from ..engines.spill import RecordReader, RecordStore, scatter
from ..engines.stages import bucket_pairs, furniture_cap, group_fingerprints, reduce_pairs
from ..sketch.minhash import minhash
from ..sketch.signatures import batch_bounds
from ..text.shingle import shingle_batch
from ..workers.executor import Work, run_batches
from ..workers.tasks import Executor
from .exact import token_sequence_hashes

__all__ = ["WINDOW", "Hashed", "LocalSets", "Postings", "SetStore", "all_bucket_pairs", "hash_texts",
           "intersections", "lsh_pairs", "shared_fingerprint_pairs"]

I64 = NDArray[np.int64]
U64 = NDArray[np.uint64]
_POSTING = np.dtype([("key", "<u8"), ("doc", "<i8")])
_CHUNK = 256  # documents per vectorised hashing chunk
_PARTS = 16  # partition files per kind of posting
WINDOW = 8
"""Winnowing window (shingles) of the containment fingerprints: a text of ``WINDOW + k - 1`` words or
more held whole in another shares a fingerprint with it."""


@dataclass(frozen=True, slots=True)
class Hashed:
    """What a batch of texts gives, document by document in the batch's order."""

    n_tokens: I64
    seq_hi: U64
    """High 64 bits of each token-sequence hash (empty unless asked for)."""
    seq_lo: U64
    sets: U64
    """Distinct shingle hashes of each document, ascending: ``sets[set_offsets[d]:set_offsets[d+1]]``."""
    set_offsets: I64
    keys: U64
    """LSH band keys ``(documents, bands)``."""
    fp_hash: U64
    """Winnowed fingerprints (empty unless asked for), ``fp_hash[i]`` of document ``fp_doc[i]``."""
    fp_doc: I64

    @staticmethod
    def join(parts: Sequence[Hashed], bands: int) -> Hashed:
        sizes = [p.n_tokens.size for p in parts]
        starts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        set_starts = np.concatenate([[0], np.cumsum([p.sets.size for p in parts])]).astype(np.int64)
        offsets = [p.set_offsets[:-1] + s for p, s in zip(parts, set_starts.tolist(), strict=False)]
        e64, eu = np.zeros(0, np.int64), np.zeros(0, np.uint64)
        return Hashed(
            np.concatenate([e64, *(p.n_tokens for p in parts)]),
            np.concatenate([eu, *(p.seq_hi for p in parts)]),
            np.concatenate([eu, *(p.seq_lo for p in parts)]),
            np.concatenate([eu, *(p.sets for p in parts)]),
            np.concatenate([e64, *offsets, set_starts[-1:]]),
            np.concatenate([np.zeros((0, bands), np.uint64), *(p.keys for p in parts)]),
            np.concatenate([eu, *(p.fp_hash for p in parts)]),
            np.concatenate([e64, *(p.fp_doc + s for p, s in zip(parts, starts.tolist(), strict=False))]),
        )


def _distinct_sorted(hashes: U64, offsets: I64) -> tuple[U64, I64]:
    """Each document's hashes sorted and without repeats, with the new offsets."""
    values = hashes.copy()
    bounds = offsets.tolist()
    for a, b in itertools.pairwise(bounds):
        values[a:b].sort()
    keep = np.ones(values.size, dtype=np.bool_)
    keep[1:] = values[1:] != values[:-1]
    counts = np.diff(offsets)
    keep[offsets[:-1][counts > 0]] = True
    doc = np.repeat(np.arange(counts.size, dtype=np.int64), counts)
    new_offsets = np.zeros(counts.size + 1, dtype=np.int64)
    np.cumsum(np.bincount(doc[keep], minlength=counts.size), out=new_offsets[1:])
    return values[keep], new_offsets


def hash_chunk(texts: Sequence[str], shingle: ShingleConfig, mh: MinHashConfig, bands: int, rows: int,
               sequences: bool, fingerprints: bool) -> Hashed:
    """:class:`Hashed` of one chunk of texts, in one vectorised pass."""
    batch = shingle_batch(texts, shingle, spans=False)
    n_tokens = np.diff(batch.token_offsets)
    seq_hi = seq_lo = np.zeros(0, dtype=np.uint64)
    if sequences:
        seq_hi, seq_lo = token_sequence_hashes(batch.token_hash, batch.token_offsets)
    sigs = minhash(batch.shingle_hash, batch.shingle_offsets, mh)
    keys = band_keys(sigs, bands, rows)
    fp_hash, fp_doc = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    if fingerprints:
        fp_hash, fp_doc, _ = winnow(batch.shingle_hash, batch.shingle_offsets, WINDOW)
    sets, set_offsets = _distinct_sorted(batch.shingle_hash, batch.shingle_offsets)
    return Hashed(n_tokens, seq_hi, seq_lo, sets, set_offsets, keys, fp_hash, fp_doc)


def _hash_tasks(texts: list[str], bounds: list[tuple[int, int]], shingle: ShingleConfig, mh: MinHashConfig,
                bands: int, rows: int, sequences: bool, fingerprints: bool) -> Any:
    """The tasks of a parallel :func:`hash_texts`: task ``i`` returns ``[Hashed]`` of chunk ``i``."""

    def task(i: int, out: list[NDArray[Any]]) -> list[Hashed]:
        start, stop = bounds[i]
        return [hash_chunk(texts[start:stop], shingle, mh, bands, rows, sequences, fingerprints)]

    return task


def hash_texts(texts: list[str], shingle: ShingleConfig, mh: MinHashConfig, bands: int, rows: int, *,
               sequences: bool, fingerprints: bool, jobs: int | Executor = 1) -> Hashed:
    """:class:`Hashed` of ``texts``, chunk by chunk (in ``jobs`` processes, or an executor)."""
    bounds = batch_bounds(texts, _CHUNK)
    if len(bounds) < 2 or jobs == 1:
        parts = [hash_chunk(texts[a:b], shingle, mh, bands, rows, sequences, fingerprints) for a, b in bounds]
    else:
        work = Work("syndetect.deduplication.near:_hash_tasks",
                    (texts, bounds, shingle, mh, bands, rows, sequences, fingerprints))
        parts = run_batches(jobs, work, len(bounds))
    return Hashed.join(parts, bands)


class SetStore:
    """Shingle sets on disk, one record per document (empty for a document whose set is another's)."""

    def __init__(self, path: Path) -> None:
        self._store = RecordStore(path)
        self.reader: RecordReader | None = None

    def append(self, sets: U64, offsets: I64, stored: NDArray[np.bool_]) -> None:
        """Append a batch's documents: the set of document ``d`` when ``stored[d]``, else nothing."""
        data = np.ascontiguousarray(sets, dtype="<u8").view(np.uint8)
        cuts = (offsets * 8).tolist()
        self._store.append([bytes(data[cuts[d] : cuts[d + 1]]) if keep else b""
                            for d, keep in enumerate(stored.tolist())])

    def open(self, stack: ExitStack) -> None:
        """Close for writing and open for reading (until ``stack`` closes)."""
        self._store.close()
        self.reader = RecordReader(self._store, stack)

    def get(self, d: int) -> U64:
        assert self.reader is not None, "SetStore.open() first"
        return np.frombuffer(self.reader.get(d), dtype="<u8")

    def close(self) -> None:
        self._store.close()


class Postings:
    """(key, document) postings spilled to ``parts`` files by key, read back a partition at a time."""

    def __init__(self, directory: Path, stem: str, parts: int, stack: ExitStack) -> None:
        self._paths = [directory / f"{stem}{p}.bin" for p in range(parts)]
        self._files: list[BinaryIO] = []
        for path in self._paths:
            self._files.append(stack.enter_context(open(path, "wb")))  # noqa: SIM115 - closed by the stack

    def add(self, keys: U64, docs: I64) -> None:
        rec = np.empty(keys.size, dtype=_POSTING)
        rec["key"], rec["doc"] = keys, docs
        scatter(rec, rec["key"] % np.uint64(len(self._files)), self._files)

    def partitions(self) -> Iterator[tuple[U64, I64]]:
        """Each partition's postings ``(keys, documents)``, its file removed."""
        for f in self._files:
            f.close()
        for path in self._paths:
            rec = np.fromfile(path, dtype=_POSTING)
            os.unlink(path)
            yield np.ascontiguousarray(rec["key"]), np.ascontiguousarray(rec["doc"])


def all_bucket_pairs(keys: U64, docs: I64, n: int, limit: int) -> I64:
    """Every pair of each LSH bucket of at most ``limit`` documents, the star edges (to its first
    document) of each larger one: ``(m, 2)``, ``a < b``. ``docs`` ascend within equal ``keys``."""
    order = repeated_in_input_order(keys)
    k, d = keys[order], docs[order]
    _, sizes = group_starts(k)
    small = sizes <= limit
    inside = np.repeat(small, sizes)
    sub_sizes = sizes[small]
    sub_starts = (np.cumsum(sub_sizes) - sub_sizes).astype(np.int64)
    left, right = all_pairs_in_groups(d[inside], sub_starts, sub_sizes)
    a, b, _ = bucket_pairs(k[~inside], d[~inside], max(n, 2))
    first = np.concatenate([np.minimum(left, right), a])
    second = np.concatenate([np.maximum(left, right), b])
    keep = first != second
    pairs: I64 = np.stack([first[keep], second[keep]], axis=1)
    return pairs


def lsh_pairs(postings: Postings, n: int, limit: int = CandidateConfig().all_pairs_limit) -> I64:
    """The distinct pairs ``(a, b)``, ``a < b``, of documents sharing an LSH bucket: all the pairs of
    a bucket of at most ``limit`` documents, the star edges of a larger one (each member paired with
    its first, so a text carried thousands of times makes as many pairs, not their square)."""
    found = [all_bucket_pairs(keys, docs, n, limit) for keys, docs in postings.partitions()]
    return unique_pairs(np.concatenate([np.zeros((0, 2), np.int64), *found]))


def shared_fingerprint_pairs(postings: Postings, n: int, min_shared: int = 2) -> I64:
    """The pairs sharing at least ``min_shared`` winnowed fingerprints (a fingerprint held by more
    documents than the furniture cap of :class:`~syndetect.CandidateConfig` makes none)."""
    cc = CandidateConfig()
    cap = furniture_cap(n, cc)
    shared = []
    for keys, docs in postings.partitions():
        fi = group_fingerprints(keys, docs, None, cap, cc)
        shared.append((fi.pairs[:, 0], fi.pairs[:, 1], fi.support))
    return reduce_pairs(n, min_shared, [], shared)


_BLOCK = 1 << 16  # pairs whose sets are read at once


def intersections(pairs: I64, get_set: Callable[[int], U64], rep: I64 | None = None) -> I64:
    """How many shingles the sets of each pair's documents share (document ``d``'s set is
    ``get_set(rep[d])``, or ``get_set(d)`` without ``rep``)."""
    out = np.zeros(len(pairs), dtype=np.int64)
    for b0 in range(0, len(pairs), _BLOCK):
        block = pairs[b0 : b0 + _BLOCK] if rep is None else rep[pairs[b0 : b0 + _BLOCK]]
        cache = {int(d): get_set(int(d)) for d in np.unique(block).tolist()}
        counts = out[b0 : b0 + _BLOCK]
        for p, (a, b) in enumerate(block.tolist()):
            x, y = cache[a], cache[b]
            if x.size > y.size:
                x, y = y, x
            if x.size == 0:
                continue
            at = np.searchsorted(y, x)
            at[at == y.size] = 0
            counts[p] = np.count_nonzero(y[at] == x)
    return out


class LocalSets:
    """The :class:`~.judge.SetHolder` of one machine: the sets in a :class:`SetStore`, the band keys
    and fingerprints in :class:`Postings` files, all in the directory ``tmp`` until ``stack`` closes."""

    def __init__(self, tmp: Path, stack: ExitStack, *, fingerprints: bool) -> None:
        self.sets = SetStore(tmp / "sets")
        stack.callback(self.sets.close)
        self.lsh = Postings(tmp, "lsh", _PARTS, stack)
        self.fps = Postings(tmp, "fp", _PARTS, stack) if fingerprints else None

    def add(self, h: Hashed, index: I64, todo: I64, rep: NDArray[np.bool_]) -> None:
        """Store a batch: records ``index``, of which ``todo`` were hashed into ``h``; ``rep`` says
        which of those are their text's representative (only they are stored)."""
        m = index.size
        counts = np.zeros(m, dtype=np.int64)
        counts[todo] = np.diff(h.set_offsets)
        stored = np.zeros(m, dtype=np.bool_)
        stored[todo] = rep
        offsets = np.zeros(m + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        self.sets.append(h.sets, offsets, stored)
        lsh = rep & (h.n_tokens > 0)
        self.lsh.add(h.keys[lsh].ravel(), np.repeat(index[todo[lsh]], h.keys.shape[1]))
        if self.fps is not None:
            use = rep[h.fp_doc]
            self.fps.add(h.fp_hash[use], index[todo[h.fp_doc[use]]])

    def open(self, stack: ExitStack) -> None:
        """Done adding: the sets readable until ``stack`` closes."""
        self.sets.open(stack)

    def lsh_pairs(self, n: int) -> I64:
        return lsh_pairs(self.lsh, n)

    def fingerprint_pairs(self, n: int) -> I64:
        assert self.fps is not None, "LocalSets(fingerprints=True) for containment"
        return shared_fingerprint_pairs(self.fps, n)

    def intersections(self, pairs: I64, rep: I64) -> I64:
        return intersections(pairs, self.sets.get, rep)

    def set_getter(self, docs: I64) -> Callable[[int], U64]:
        return self.sets.get
