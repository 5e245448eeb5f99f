"""The worker side of the Dask engine (:mod:`.dask_engine`): the functions its tasks run, at module
level so that workers unpickle them by name. None of them needs dask.

* load: an input partition materialised, coerced to documents (:func:`parse`), summarised for the
  driver (:func:`summary`), then hashed into a :class:`Shard` (:func:`make_shard`);
* shuffles: :func:`map_lsh` / :func:`reduce_lsh` (band keys), :func:`map_fp` / :func:`reduce_fp`
  (fingerprints), split by range of first document and de-duplicated (:func:`range_candidates`);
* verification: :func:`fetch` of a block's documents from their shards, then :func:`verify`;
* families on the cluster: edge and span arrays of the verified pairs, :func:`label_proposals` of
  the min-label propagation, and :func:`component_families` per connected component.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..align.verify import VerifiedPair
from ..candidates.banding import bucket_keys
from ..candidates.fingerprints import FingerprintIndex
from ..candidates.groups import first_postings, group_ranks, group_starts
from ..candidates.recurring import Recurring, combine_partials, docset_partials
from ..config import CandidateConfig, ScanConfig
from ..families.cluster import Edge, families, family_edges
from ..types import Document, Family, Skipped
from .stages import (
    DocumentBlock,
    batch_features,
    bucket_pairs,
    coerce_document,
    count_empty,
    group_fingerprints,
    range_of,
    reduce_pairs,
    verify_block,
)

__all__ = [
    "I64",
    "U64A",
    "Edges",
    "FpPiece",
    "LshPiece",
    "Parsed",
    "Shard",
    "clean_value",
    "component_families",
    "edge_arrays",
    "empty_count",
    "fetch",
    "label_proposals",
    "make_shard",
    "map_fp",
    "map_lsh",
    "materialise",
    "parse",
    "partition_length",
    "range_candidates",
    "records",
    "reduce_fp",
    "reduce_lsh",
    "shard_facts",
    "span_arrays",
    "split_by_range",
    "split_edges_by_component",
    "split_fp",
    "split_lsh",
    "summary",
    "verify",
]

I64 = NDArray[np.int64]
U64A = NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class Parsed:
    docs: list[Document]
    items: list[int]
    """Global input position of each document."""
    skipped: list[tuple[int, Skipped]]


def partition_length(raw: Any) -> int:
    return len(raw)


def materialise(partition: Any) -> Any:
    if hasattr(partition, "to_dict"):  # a pandas DataFrame partition
        return partition
    return list(partition)


def clean_value(value: object) -> object:
    """Missing values of a dataframe (NaN, None, pandas.NA, NaT) become None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    return value


def records(raw: Any) -> list[Any]:
    if hasattr(raw, "to_dict"):
        return [{k: clean_value(v) for k, v in rec.items()} for rec in raw.to_dict("records")]
    return list(raw)


def parse(raw: Any, start: int) -> Parsed:
    docs: list[Document] = []
    items: list[int] = []
    skipped: list[tuple[int, Skipped]] = []
    for j, item in enumerate(records(raw)):
        doc = coerce_document(item, start + j)
        if isinstance(doc, Skipped):
            skipped.append((start + j, doc))
        else:
            docs.append(doc)
            items.append(start + j)
    return Parsed(docs, items, skipped)


def summary(part: Parsed) -> tuple[list[str], list[int], list[str | None], list[str | None],
                                     list[tuple[int, Skipped]]]:
    return ([d.id for d in part.docs], part.items, [d.source for d in part.docs],
            [d.date for d in part.docs], part.skipped)


@dataclass(frozen=True, slots=True)
class Shard:
    """Kept documents of one input partition with their features; document ``start + i`` is row i."""

    start: int
    ids: list[str]
    texts: list[str]
    sources: list[str | None]
    urls: list[str | None]
    signatures: NDArray[np.uint32]
    n_tokens: I64
    fp_hash: U64A
    fp_doc: I64
    """Global document numbers."""


def make_shard(part: Parsed, keep: NDArray[np.bool_], start: int, cfg: ScanConfig) -> Shard:
    docs = [d for d, k in zip(part.docs, keep.tolist(), strict=True) if k]
    texts = [d.text for d in docs]
    feats = batch_features(texts, cfg, jobs=1)
    return Shard(start, [d.id for d in docs], texts, [d.source for d in docs], [d.url for d in docs],
                 feats.signatures, feats.n_tokens, feats.fp_hash, feats.fp_doc + start)


def shard_facts(shard: Shard, numbers: list[int]) -> tuple[list[str | None], list[int], list[str]]:
    """For provenance: the URL and length of every document of the shard, and the texts of documents
    ``numbers`` (global numbers inside the shard)."""
    return shard.urls, [len(t) for t in shard.texts], [shard.texts[d - shard.start] for d in numbers]


def empty_count(shard: Shard) -> int:
    return count_empty(shard.n_tokens)


LshPiece = tuple[U64A, I64, U64A, I64]  # (keys, docs) of the kept members; (keys, sizes) of buckets


def map_lsh(shard: Shard, bands: int, rows: int, cap: int, reducers: int) -> list[LshPiece]:
    """Bucket entries of this shard split by reducer, at most ``cap`` per bucket, with bucket sizes."""
    local = np.flatnonzero(shard.n_tokens > 0)
    flat = bucket_keys(shard.signatures[local], bands, rows)
    docs = np.repeat(local.astype(np.int64) + shard.start, bands)
    order = np.lexsort((docs, flat))
    flat, docs = flat[order], docs[order]
    starts, sizes = group_starts(flat)
    kept = group_ranks(starts, sizes) < cap
    flat_k, docs_k = flat[kept], docs[kept]
    g_keys = flat[starts]
    out: list[LshPiece] = []
    for r in range(reducers):
        m = flat_k % np.uint64(reducers) == r
        g = g_keys % np.uint64(reducers) == r
        out.append((flat_k[m], docs_k[m], g_keys[g], sizes[g]))
    return out


def reduce_lsh(cap: int, *pieces: LshPiece) -> tuple[I64, I64, int]:
    """Star edges of the buckets of one reducer: (left, right, buckets larger than ``cap``)."""
    keys = np.concatenate([p[0] for p in pieces]) if pieces else np.zeros(0, np.uint64)
    docs = np.concatenate([p[1] for p in pieces]) if pieces else np.zeros(0, np.int64)
    g_keys = np.concatenate([p[2] for p in pieces]) if pieces else np.zeros(0, np.uint64)
    g_sizes = np.concatenate([p[3] for p in pieces]) if pieces else np.zeros(0, np.int64)
    _, inverse = np.unique(g_keys, return_inverse=True)
    totals = np.bincount(inverse.ravel(), weights=g_sizes, minlength=0) if g_keys.size else np.zeros(0)
    capped = int(np.count_nonzero(totals > cap))
    # every bucket arrives with its lowest `cap` members at most per mapper; star edges keep the
    # lowest `cap` of their union, which are the lowest `cap` of the whole bucket
    a, b, _ = bucket_pairs(keys, docs, cap)
    return a, b, capped


FpPiece = tuple[U64A, I64, I64, U64A, U64A, I64]
"""Postings (hash, doc, source number); hashes flagged boilerplate, with their partial document-set
sums and counts in the shard (:func:`~syndetect.candidates.recurring.docset_partials`)."""


def map_fp(shard: Shard, src: I64 | None, cap: int, reducers: int) -> list[FpPiece]:
    """Postings of this shard split by reducer; ``src`` are the source numbers of its documents
    (None without sources)."""
    h, d = shard.fp_hash, shard.fp_doc
    order = np.lexsort((d, h))
    h, d = h[order], d[order]
    keep = first_postings(h, d)
    h, d = h[keep], d[keep]  # one posting per (fingerprint, document); documents live in one shard
    starts, sizes = group_starts(h)
    over = sizes > cap  # held by more documents than the cap here already: boilerplate everywhere
    flagged = h[starts[over]]
    rest = ~np.repeat(over, sizes)
    _, f_sums, f_counts = docset_partials(h[~rest], d[~rest])
    h, d = h[rest], d[rest]
    doc_src = np.full(h.size, -1, dtype=np.int64) if src is None else src[d - shard.start]
    out: list[FpPiece] = []
    for r in range(reducers):
        m = h % np.uint64(reducers) == r
        f = flagged % np.uint64(reducers) == r
        out.append((h[m], d[m], doc_src[m], flagged[f], f_sums[f], f_counts[f]))
    return out


def reduce_fp(cap: int, cc: CandidateConfig, with_sources: bool, *pieces: FpPiece) -> FingerprintIndex:
    """Pairs sharing fingerprints of one reducer, with their shared counts in it (corpus-wide
    document numbers), its boilerplate hashes, capped postings and recurring fingerprints."""
    if not pieces:
        e = np.zeros(0, dtype=np.int64)
        return FingerprintIndex(np.zeros((0, 2), dtype=np.int64), e, np.zeros(0, dtype=np.uint64), 0,
                                Recurring.empty())
    h = np.concatenate([p[0] for p in pieces])
    d = np.concatenate([p[1] for p in pieces])
    s = np.concatenate([p[2] for p in pieces])
    flagged_all = np.concatenate([p[3] for p in pieces])
    flagged = np.unique(flagged_all)
    rest = ~np.isin(h, flagged)
    # the document sets of flagged fingerprints: the shards' partial sums plus the postings that
    # shards holding fewer of them sent as usual
    order = np.lexsort((d[~rest], h[~rest]))
    extra_h, extra_sums, extra_counts = docset_partials(h[~rest][order], d[~rest][order])
    flagged_rec = combine_partials(np.concatenate([flagged_all, extra_h]),
                                   np.concatenate([p[4] for p in pieces] + [extra_sums]),
                                   np.concatenate([p[5] for p in pieces] + [extra_counts]))
    fi = group_fingerprints(h[rest], d[rest], s[rest] if with_sources else None, cap, cc)
    return FingerprintIndex(fi.pairs, fi.support, np.union1d(flagged, fi.boilerplate), fi.capped,
                            Recurring.merge([flagged_rec, fi.recurring]))


def split_by_range(a: I64, b: I64, w: I64 | None, bounds: I64) -> list[tuple[I64, I64, I64 | None]]:
    part = range_of(bounds, a)
    return [(a[part == r], b[part == r], None if w is None else w[part == r])
            for r in range(bounds.size)]


def split_lsh(edges: tuple[I64, I64, int], bounds: I64) -> list[tuple[I64, I64, I64 | None]]:
    return split_by_range(edges[0], edges[1], None, bounds)


def split_fp(found: FingerprintIndex, bounds: I64) -> list[tuple[I64, I64, I64 | None]]:
    return split_by_range(found.pairs[:, 0], found.pairs[:, 1], found.support, bounds)


def range_candidates(n: int, min_shared: int, n_lsh: int, *pieces: tuple[I64, I64, I64 | None]) -> I64:
    """The candidate pairs of one range of first documents (:func:`~.stages.reduce_pairs`): the
    first ``n_lsh`` pieces are LSH edges, the others pairs sharing fingerprints."""
    lsh = [(a, b) for a, b, _ in pieces[:n_lsh]]
    shared = [(a, b, w) for a, b, w in pieces[n_lsh:] if w is not None]
    return reduce_pairs(n, min_shared, lsh, shared)


def fetch(shard: Shard, docs: I64) -> DocumentBlock:
    """The texts, ids, sources and signatures of documents ``docs`` (global numbers) of a shard."""
    rows = (docs - shard.start).tolist()
    return DocumentBlock(docs, [shard.texts[i] for i in rows], [shard.ids[i] for i in rows],
                         [shard.sources[i] for i in rows], shard.signatures[rows])


def verify(pairs: I64, cfg: ScanConfig, recurring: Recurring, *fetched: DocumentBlock) -> list[VerifiedPair]:
    """Verify a block of pairs given its documents, fetched from their shards in ascending order."""
    block = DocumentBlock.join(fetched)
    return verify_block(pairs, block, cfg, recurring, jobs=1)


# Families on the cluster (when the verified edges should not be gathered on the driver)

Edges = tuple[I64, I64, NDArray[np.float64]]


def edge_arrays(verified: list[VerifiedPair]) -> Edges:
    """A verification task's pairs as edge arrays ``(a, b, strength)``."""
    edges = family_edges(verified)
    return (np.array([e.a for e in edges], dtype=np.int64), np.array([e.b for e in edges], dtype=np.int64),
            np.array([e.strength for e in edges], dtype=np.float64))


def span_arrays(verified: list[VerifiedPair]) -> tuple[I64, I64, I64]:
    """``(doc, start, end)`` of every passage span of a verification task, both sides."""
    docs: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    for v in verified:
        for d, spans in ((v.a, v.covered_a), (v.b, v.covered_b)):
            for st, en in spans:
                docs.append(d)
                starts.append(st)
                ends.append(en)
    return (np.array(docs, dtype=np.int64), np.array(starts, dtype=np.int64),
            np.array(ends, dtype=np.int64))


def label_proposals(edges: Edges, labels: I64) -> tuple[I64, I64]:
    """Min-label propagation over one edge partition: nodes whose label would drop, and to what."""
    a, b, _ = edges
    if a.size == 0:
        return a, a
    low = np.minimum(labels[a], labels[b])
    nodes = np.concatenate([a, b])
    proposed = np.concatenate([low, low])
    better = proposed < labels[nodes]
    return nodes[better], proposed[better]


def split_edges_by_component(edges: Edges, labels: I64, reducers: int) -> list[Edges]:
    a, b, w = edges
    part = labels[a] % reducers
    return [(a[part == r], b[part == r], w[part == r]) for r in range(reducers)]


def component_families(cfg: ScanConfig, ids: list[str], dates: list[str | None], shared: I64,
                        *pieces: Edges) -> list[tuple[int, Family]]:
    """``cluster.families`` on whole connected components (documents renumbered locally in
    ascending order, which keeps every tie-break of the driver-side computation)."""
    a = np.concatenate([p[0] for p in pieces]) if pieces else np.zeros(0, np.int64)
    b = np.concatenate([p[1] for p in pieces]) if pieces else np.zeros(0, np.int64)
    w = np.concatenate([p[2] for p in pieces]) if pieces else np.zeros(0, np.float64)
    if a.size == 0:
        return []
    docs = np.unique(np.concatenate([a, b]))
    la, lb = np.searchsorted(docs, a), np.searchsorted(docs, b)
    edges = [Edge(int(x), int(y), float(z)) for x, y, z in zip(la, lb, w, strict=True)]
    local_ids = [ids[d] for d in docs.tolist()]
    fams = families(local_ids, [dates[d] for d in docs.tolist()], shared[docs].tolist(), edges, cfg.cluster)
    position = {ident: int(d) for ident, d in zip(local_ids, docs.tolist(), strict=True)}
    return [(position[f.members[0]], f) for f in fams]
