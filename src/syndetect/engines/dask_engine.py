"""The Dask engine: :func:`scan` on a ``dask.bag`` or ``dask.dataframe`` spread over a cluster.

Install with ``pip install syndetect[dask]``. The core package never imports this module.

The result equals :func:`syndetect.scan` on the same documents in the same order (same pairs,
passages, families, statistics), because every stage runs the stage functions of :mod:`.stages` on
pieces whose boundaries cannot change their output:

1. **load**: each input partition is coerced to documents where it lives; the driver gathers only ids,
   sources and dates (a few dozen bytes per document) to drop repeated ids exactly as ``scan`` does
   (:class:`~.stages.Ingest`) and to number documents and sources in input order.
2. **features**: :func:`~.stages.batch_features` per partition (signatures, token counts, winnowed
   fingerprints). Texts and features stay on the workers.
3. **shuffle by band key / fingerprint hash** into ``shuffle_partitions`` reducers. A mapper combines
   before it sends: of each LSH bucket it sends only its ``max_bucket`` lowest documents plus the
   bucket's local size, and a fingerprint held by more local documents than the boilerplate cap is
   sent as one "boilerplate" flag instead of its postings. A boilerplate bucket therefore reaches its
   reducer as at most ``partitions x cap`` entries, however many documents carry it.
4. **candidates per reducer**: star edges of each LSH bucket (first member to the others, capped; the
   cap is counted from the summed sizes; :func:`~.stages.bucket_pairs`), and
   :func:`~.stages.group_fingerprints` on whole fingerprint groups with their per-reducer shared
   counts.
5. **edge de-duplication**: a second shuffle by the first document's range unions the LSH edges and
   sums the fingerprint supports of each pair across reducers before applying ``min_shared``
   (:func:`~.stages.reduce_pairs`).
6. **verification** in blocks of pairs ordered by the partitions that hold their documents: small
   fetch tasks run where the texts are and send only the needed texts and signatures to the block
   (:func:`~.stages.verify_block`).
7. **families** on the driver (:func:`~.stages.find_families`), or, for more than
   ``driver_edge_limit`` verified pairs (or ``families_on="cluster"``), a distributed pass:
   connected components by min-label propagation over the edge partitions (one label per document
   on the driver, only dropping labels sent back each round, pointer jumping between rounds), edges
   shuffled by component, and the family rule run per component on the workers. The rule never
   links two components, so both ways give the same families.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass
from itertools import compress
from typing import Any, Literal

import numpy as np
from dask.delayed import delayed
from distributed import Client, LocalCluster
from numpy.typing import NDArray

from ..align.verify import VerifiedPair, family_edges, span_union_lengths
from ..candidates.banding import bucket_keys
from ..candidates.fingerprints import FingerprintIndex
from ..candidates.groups import first_postings, group_ranks, group_starts
from ..candidates.recurring import Recurring, combine_partials, docset_partials
from ..config import CandidateConfig, ScanConfig, _check_int
from ..errors import ConfigError, CorpusTypeError
from ..families.cluster import Edge, families
from ..types import Document, Family, ScanResult, Skipped
from .stages import (
    CandidateTally,
    DocumentBlock,
    Ingest,
    SourceNumbers,
    StageClock,
    band_shape,
    batch_features,
    bucket_pairs,
    coerce_document,
    count_empty,
    find_families,
    furniture_cap,
    group_fingerprints,
    pair_ranges,
    range_of,
    reduce_pairs,
    scan_result,
    verify_block,
)

__all__ = ["scan"]

I64 = NDArray[np.int64]
U64A = NDArray[np.uint64]
_BLOCK = 4096  # candidate pairs per verification task at most (as in-process); else one per thread


# ------------------------------------------------------------------------------------------------
# Worker-side pieces (module level so that workers can unpickle them)


@dataclass(frozen=True, slots=True)
class _Parsed:
    docs: list[Document]
    items: list[int]
    """Global input position of each document."""
    skipped: list[tuple[int, Skipped]]


def _length(raw: Any) -> int:
    return len(raw)


def _materialise(partition: Any) -> Any:
    if hasattr(partition, "to_dict"):  # a pandas DataFrame partition
        return partition
    return list(partition)


def _clean(value: object) -> object:
    """Missing values of a dataframe (NaN, None, pandas.NA, NaT) become None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    return value


def _records(raw: Any) -> list[Any]:
    if hasattr(raw, "to_dict"):
        return [{k: _clean(v) for k, v in rec.items()} for rec in raw.to_dict("records")]
    return list(raw)


def _parse(raw: Any, start: int) -> _Parsed:
    docs: list[Document] = []
    items: list[int] = []
    skipped: list[tuple[int, Skipped]] = []
    for j, item in enumerate(_records(raw)):
        doc = coerce_document(item, start + j)
        if isinstance(doc, Skipped):
            skipped.append((start + j, doc))
        else:
            docs.append(doc)
            items.append(start + j)
    return _Parsed(docs, items, skipped)


def _summary(part: _Parsed) -> tuple[list[str], list[int], list[str | None], list[str | None],
                                     list[tuple[int, Skipped]]]:
    return ([d.id for d in part.docs], part.items, [d.source for d in part.docs],
            [d.date for d in part.docs], part.skipped)


@dataclass(frozen=True, slots=True)
class _Shard:
    """Kept documents of one input partition with their features; document ``start + i`` is row i."""

    start: int
    ids: list[str]
    texts: list[str]
    sources: list[str | None]
    signatures: NDArray[np.uint32]
    n_tokens: I64
    fp_hash: U64A
    fp_doc: I64
    """Global document numbers."""


def _shard(part: _Parsed, keep: NDArray[np.bool_], start: int, cfg: ScanConfig) -> _Shard:
    docs = [d for d, k in zip(part.docs, keep.tolist(), strict=True) if k]
    texts = [d.text for d in docs]
    feats = batch_features(texts, cfg, jobs=1)
    return _Shard(start, [d.id for d in docs], texts, [d.source for d in docs], feats.signatures,
                  feats.n_tokens, feats.fp_hash, feats.fp_doc + start)


def _n_empty(shard: _Shard) -> int:
    return count_empty(shard.n_tokens)


_LshPiece = tuple[U64A, I64, U64A, I64]  # (keys, docs) of the kept members; (keys, sizes) of buckets


def _map_lsh(shard: _Shard, bands: int, rows: int, cap: int, reducers: int) -> list[_LshPiece]:
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
    out: list[_LshPiece] = []
    for r in range(reducers):
        m = flat_k % np.uint64(reducers) == r
        g = g_keys % np.uint64(reducers) == r
        out.append((flat_k[m], docs_k[m], g_keys[g], sizes[g]))
    return out


def _reduce_lsh(cap: int, *pieces: _LshPiece) -> tuple[I64, I64, int]:
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


_FpPiece = tuple[U64A, I64, I64, U64A, U64A, I64]
"""Postings (hash, doc, source number); hashes flagged boilerplate, with their partial document-set
sums and counts in the shard (:func:`~syndetect.candidates.recurring.docset_partials`)."""


def _map_fp(shard: _Shard, src: I64 | None, cap: int, reducers: int) -> list[_FpPiece]:
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
    out: list[_FpPiece] = []
    for r in range(reducers):
        m = h % np.uint64(reducers) == r
        f = flagged % np.uint64(reducers) == r
        out.append((h[m], d[m], doc_src[m], flagged[f], f_sums[f], f_counts[f]))
    return out


def _reduce_fp(cap: int, cc: CandidateConfig, with_sources: bool, *pieces: _FpPiece) -> FingerprintIndex:
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


def _split_by_range(a: I64, b: I64, w: I64 | None, bounds: I64) -> list[tuple[I64, I64, I64 | None]]:
    part = range_of(bounds, a)
    return [(a[part == r], b[part == r], None if w is None else w[part == r])
            for r in range(bounds.size)]


def _split_lsh(edges: tuple[I64, I64, int], bounds: I64) -> list[tuple[I64, I64, I64 | None]]:
    return _split_by_range(edges[0], edges[1], None, bounds)


def _split_fp(found: FingerprintIndex, bounds: I64) -> list[tuple[I64, I64, I64 | None]]:
    return _split_by_range(found.pairs[:, 0], found.pairs[:, 1], found.support, bounds)


def _range_candidates(n: int, min_shared: int, n_lsh: int, *pieces: tuple[I64, I64, I64 | None]) -> I64:
    """The candidate pairs of one range of first documents (:func:`~.stages.reduce_pairs`): the
    first ``n_lsh`` pieces are LSH edges, the others pairs sharing fingerprints."""
    lsh = [(a, b) for a, b, _ in pieces[:n_lsh]]
    shared = [(a, b, w) for a, b, w in pieces[n_lsh:] if w is not None]
    return reduce_pairs(n, min_shared, lsh, shared)


def _fetch(shard: _Shard, docs: I64) -> DocumentBlock:
    """The texts, ids, sources and signatures of documents ``docs`` (global numbers) of a shard."""
    rows = (docs - shard.start).tolist()
    return DocumentBlock(docs, [shard.texts[i] for i in rows], [shard.ids[i] for i in rows],
                         [shard.sources[i] for i in rows], shard.signatures[rows])


def _verify(pairs: I64, cfg: ScanConfig, recurring: Recurring, *fetched: DocumentBlock) -> list[VerifiedPair]:
    """Verify a block of pairs given its documents, fetched from their shards in ascending order."""
    block = DocumentBlock.join(fetched)
    return verify_block(pairs, block, cfg, recurring, jobs=1)


# Families on the cluster (when the verified edges should not be gathered on the driver)

_Edges = tuple[I64, I64, NDArray[np.float64]]


def _edge_arrays(verified: list[VerifiedPair]) -> _Edges:
    """A verification task's pairs as edge arrays ``(a, b, strength)``."""
    edges = family_edges(verified)
    return (np.array([e.a for e in edges], dtype=np.int64), np.array([e.b for e in edges], dtype=np.int64),
            np.array([e.strength for e in edges], dtype=np.float64))


def _span_arrays(verified: list[VerifiedPair]) -> tuple[I64, I64, I64]:
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


def _label_proposals(edges: _Edges, labels: I64) -> tuple[I64, I64]:
    """Min-label propagation over one edge partition: nodes whose label would drop, and to what."""
    a, b, _ = edges
    if a.size == 0:
        return a, a
    low = np.minimum(labels[a], labels[b])
    nodes = np.concatenate([a, b])
    proposed = np.concatenate([low, low])
    better = proposed < labels[nodes]
    return nodes[better], proposed[better]


def _split_edges_by_component(edges: _Edges, labels: I64, reducers: int) -> list[_Edges]:
    a, b, w = edges
    part = labels[a] % reducers
    return [(a[part == r], b[part == r], w[part == r]) for r in range(reducers)]


def _component_families(cfg: ScanConfig, ids: list[str], dates: list[str | None], shared: I64,
                        *pieces: _Edges) -> list[tuple[int, Family]]:
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


def _families_on_cluster(client: Any, tasks: list[Any], loaded: _Loaded, cfg: ScanConfig,
                         reducers: int) -> list[Family]:
    """Families without gathering the edges: connected components by min-label propagation (the
    driver keeps one label per document; each round sends only the labels that drop), then the
    scan's family rule once per component on the workers. The verified rule never links documents
    of different components, so the result equals the driver-side computation exactly."""
    n, ids, dates = len(loaded.ids), loaded.ids, loaded.dates
    edge_parts = [client.submit(_edge_arrays, t) for t in tasks]
    span_parts = client.gather([client.submit(_span_arrays, t) for t in tasks])
    spans = [np.concatenate([p[i] for p in span_parts]) if span_parts else np.zeros(0, np.int64)
             for i in range(3)]
    shared = span_union_lengths(spans[0], spans[1], spans[2], n)
    labels = np.arange(n, dtype=np.int64)
    while True:
        shared_labels = client.scatter(labels, broadcast=True)
        proposals = client.gather([client.submit(_label_proposals, e, shared_labels) for e in edge_parts])
        nodes = np.concatenate([p[0] for p in proposals]) if proposals else np.zeros(0, np.int64)
        if nodes.size == 0:
            break
        np.minimum.at(labels, nodes, np.concatenate([p[1] for p in proposals]))
        while True:  # pointer jumping: a label's own label is smaller still
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
    shared_labels = client.scatter(labels, broadcast=True)
    split = [client.submit(_split_edges_by_component, e, shared_labels, reducers) for e in edge_parts]
    ids_f = client.scatter(ids, broadcast=True)
    dates_f = client.scatter(dates, broadcast=True)
    shared_f = client.scatter(shared, broadcast=True)
    results = client.gather([
        client.submit(_component_families, cfg, ids_f, dates_f, shared_f,
                      *[client.submit(operator.getitem, x, r) for x in split])
        for r in range(reducers)
    ])
    return [f for _, f in sorted((pair for part in results for pair in part), key=lambda p: p[0])]


# ------------------------------------------------------------------------------------------------
# Driver


def _partitions(collection: object) -> list[Any]:
    to_delayed = getattr(collection, "to_delayed", None)
    if to_delayed is None:
        msg = (f"collection must be a dask.bag.Bag or a dask.dataframe.DataFrame, got "
               f"{type(collection).__name__}; for a list use syndetect.scan or dask.bag.from_sequence")
        raise CorpusTypeError(msg)
    parts: list[Any] = list(to_delayed())
    return parts


def _blocks(pairs: I64, shard_of: I64, size: int) -> list[I64]:
    """Candidate pairs grouped by the shards of their documents, cut into blocks of ``size``."""
    if pairs.size == 0:
        return []
    sa, sb = shard_of[pairs[:, 0]], shard_of[pairs[:, 1]]
    order = np.lexsort((pairs[:, 1], pairs[:, 0], sb, sa))
    ordered = pairs[order]
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def scan(
    collection: object,
    config: ScanConfig | None = None,
    *,
    client: Client | None = None,
    shuffle_partitions: int | None = None,
    families_on: Literal["auto", "driver", "cluster"] = "auto",
    driver_edge_limit: int = 1_000_000,
) -> ScanResult:
    """:func:`syndetect.scan` on a Dask collection, with the same result.

    ``collection`` is a ``dask.bag.Bag`` of :class:`~syndetect.Document` objects, mappings with
    ``id`` and ``text`` (plus optional ``source``, ``date``, ``url``) or strings, or a
    ``dask.dataframe.DataFrame`` with ``id`` and ``text`` columns (plus optional ``source``,
    ``date``, ``url``; missing values count as absent). Documents are numbered in partition order.

    ``client`` is a connected :class:`distributed.Client`; without one a two-process
    ``LocalCluster`` on 127.0.0.1 is started and closed afterwards. ``shuffle_partitions`` is the
    number of reducers of the band-key and fingerprint shuffles (default: one per input partition,
    at least the number of worker threads).

    ``families_on`` chooses where families are formed: ``"driver"`` runs :func:`cluster.families`
    on the driver; ``"cluster"`` finds connected components by min-label propagation over the edge
    partitions (the driver keeps one label per document) and runs the family rule once per
    component on the workers; ``"auto"`` picks the cluster when there are more than
    ``driver_edge_limit`` verified pairs. Both give the same families.
    """
    cfg = config or ScanConfig()
    if families_on not in ("auto", "driver", "cluster"):
        msg = f"families_on must be 'auto', 'driver' or 'cluster', got {families_on!r}"
        raise ConfigError(msg)
    _check_int("driver_edge_limit", driver_edge_limit, 0, 1 << 62)
    if shuffle_partitions is not None:
        _check_int("shuffle_partitions", shuffle_partitions, 1, 1 << 20, "a few per worker core")
    parts = _partitions(collection)
    if client is not None:
        return _scan(parts, cfg, client, shuffle_partitions, families_on, driver_edge_limit)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                      host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster, \
            Client(cluster) as own:  # type: ignore[no-untyped-call]
        return _scan(parts, cfg, own, shuffle_partitions, families_on, driver_edge_limit)


def _scan(parts: list[Any], cfg: ScanConfig, client: Any, shuffle_partitions: int | None,
          families_on: str = "driver", driver_edge_limit: int = 1_000_000) -> ScanResult:
    clock = StageClock()
    # 1-2. load, then features where the documents are
    parsed, loaded = _load(client, parts)
    shards = [client.submit(_shard, p, k, s, cfg)
              for p, k, s in zip(parsed, loaded.keeps, loaded.starts, strict=True)]
    del parsed
    n_empty = sum(client.gather([client.submit(_n_empty, s) for s in shards]))
    clock.lap("hashing")

    # 3-5. shuffles, candidates per reducer, edge de-duplication
    threads = sum(client.nthreads().values()) or 1
    reducers = shuffle_partitions or max(len(shards), threads, 1)
    candidates, tally = _candidates(client, shards, loaded, cfg, reducers)
    clock.lap("candidates")

    # 6. verification next to the texts
    tasks = _verify_next_to_texts(client, shards, loaded, candidates, tally.recurring, cfg, threads)
    n_verified = sum(client.gather([client.submit(len, t) for t in tasks]))
    clock.lap("alignment")

    # 7. families: on the driver, or per connected component on the workers
    on_cluster = families_on == "cluster" or (families_on == "auto" and n_verified > driver_edge_limit)
    ids, dates = loaded.ids, loaded.dates
    cluster_fams = _families_on_cluster(client, tasks, loaded, cfg, reducers) if on_cluster else None
    verified = sorted((v for part in client.gather(tasks) for v in part), key=lambda v: (v.a, v.b))
    del tasks, shards
    fams = find_families(ids, dates, verified, cfg) if cluster_fams is None else cluster_fams
    clock.lap("families")
    return scan_result(verified, fams, loaded.skipped, documents=len(ids), empty=n_empty,
                       candidates=len(candidates), tally=tally, clock=clock)


@dataclass(frozen=True, slots=True)
class _Loaded:
    """What the driver keeps of the input: per input partition, which of its documents are kept
    and the number of its first kept document; per kept document, its id, date and source."""

    keeps: list[NDArray[np.bool_]]
    starts: list[int]
    ids: list[str]
    dates: list[str | None]
    sources: list[str | None]
    skipped: list[Skipped]


def _load(client: Any, parts: list[Any]) -> tuple[list[Any], _Loaded]:
    """Step 1: the input coerced where it lives (the futures of every partition's ``_Parsed``),
    and repeated ids dropped on the driver."""
    raw: list[Any] = client.compute([delayed(_materialise)(p) for p in parts])
    lengths = client.gather([client.submit(_length, r) for r in raw])
    item_starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    parsed = [client.submit(_parse, r, int(s)) for r, s in zip(raw, item_starts[:-1], strict=True)]
    summaries = client.gather([client.submit(_summary, p) for p in parsed])
    del raw
    ingest = Ingest()
    loaded = _Loaded([], [], [], [], [], [])
    for p_ids, p_items, p_sources, p_dates, p_skipped in summaries:
        for item, skip in p_skipped:
            ingest.skip(item, skip)
        loaded.starts.append(len(loaded.ids))
        keep = [ingest.admit(ident, item) for ident, item in zip(p_ids, p_items, strict=True)]
        loaded.ids.extend(compress(p_ids, keep))
        loaded.dates.extend(compress(p_dates, keep))
        loaded.sources.extend(compress(p_sources, keep))
        loaded.keeps.append(np.array(keep, dtype=np.bool_))
    loaded.skipped.extend(ingest.skipped)
    return parsed, loaded


def _candidates(client: Any, shards: list[Any], loaded: _Loaded, cfg: ScanConfig,
                reducers: int) -> tuple[I64, CandidateTally]:
    """Steps 3-5: the candidate pairs, sorted by range of their first document, and their tally."""
    cc = cfg.candidates
    n = len(loaded.ids)
    bands, rows = band_shape(cfg)
    cap = furniture_cap(n, cc)
    numbers = SourceNumbers()
    src = numbers.number(loaded.sources)
    shard_src = np.split(src, loaded.starts[1:]) if numbers.known else [None] * len(shards)

    def column(maps: list[Any], r: int) -> list[Any]:
        return [client.submit(operator.getitem, m, r) for m in maps]

    lsh_maps = [client.submit(_map_lsh, s, bands, rows, cc.max_bucket, reducers) for s in shards]
    fp_maps = [client.submit(_map_fp, s, x, cap, reducers) for s, x in zip(shards, shard_src, strict=True)]
    lsh_red = [client.submit(_reduce_lsh, cc.max_bucket, *column(lsh_maps, r)) for r in range(reducers)]
    fp_red = [client.submit(_reduce_fp, cap, cc, numbers.known, *column(fp_maps, r)) for r in range(reducers)]
    del lsh_maps, fp_maps
    bounds = pair_ranges(n, reducers)
    lsh_split = [client.submit(_split_lsh, e, bounds) for e in lsh_red]
    fp_split = [client.submit(_split_fp, e, bounds) for e in fp_red]
    cand = [client.submit(_range_candidates, n, cc.min_shared, len(lsh_split),
                          *column(lsh_split, r), *column(fp_split, r))
            for r in range(reducers)]
    lsh_capped = sum(client.gather([client.submit(operator.itemgetter(2), e) for e in lsh_red]))
    tallies = client.gather([client.submit(CandidateTally.of, e) for e in fp_red])
    pieces = client.gather(cand)
    candidates = np.concatenate(pieces) if pieces else np.zeros((0, 2), np.int64)
    return candidates, CandidateTally.merge(tallies, lsh_capped)


def _verify_next_to_texts(client: Any, shards: list[Any], loaded: _Loaded, candidates: I64,
                          recurring: Recurring, cfg: ScanConfig, threads: int) -> list[Any]:
    """Step 6: one verification task per block of pairs, fed by small fetch tasks on the shards
    that hold its documents; the futures of their verified pairs."""
    shard_starts = np.asarray(loaded.starts, dtype=np.int64)
    shard_of = np.searchsorted(shard_starts, np.arange(len(loaded.ids)), side="right") - 1
    size = max(64, min(_BLOCK, math.ceil(len(candidates) / threads)))
    recurring_f = client.scatter(recurring, broadcast=True)
    tasks = []
    for block in _blocks(candidates, shard_of, size):
        docs = np.unique(block)
        owners = shard_of[docs]
        fetched = [client.submit(_fetch, shards[int(o)], docs[owners == o]) for o in np.unique(owners)]
        tasks.append(client.submit(_verify, block, cfg, recurring_f, *fetched))
    return tasks
