"""The Dask engine: :func:`scan_dask` (``syndetect.scan_dask``) on a ``dask.bag`` or ``dask.dataframe``
spread over a cluster.

Install with ``pip install 'syndetect[dask]'``. This module imports dask and distributed only when
:func:`scan_dask` runs (without them it raises :class:`~syndetect.errors.ConfigError`), so
``import syndetect`` never imports dask. The functions the tasks run are in :mod:`.dask_tasks`; this
module is the driver.

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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import compress
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..align.verify import span_union_lengths
from ..candidates.recurring import Recurring
from ..config import ScanConfig, _check_int
from ..errors import ConfigError, CorpusError, CorpusTypeError
from ..provenance.trace import CorpusFacts, attribute_facts, result_ids
from ..types import Family, ScanResult, Skipped
from .dask_tasks import (
    I64,
    component_families,
    edge_arrays,
    empty_count,
    fetch,
    label_proposals,
    make_shard,
    map_fp,
    map_lsh,
    materialise,
    parse,
    partition_length,
    range_candidates,
    reduce_fp,
    reduce_lsh,
    shard_facts,
    span_arrays,
    split_edges_by_component,
    split_fp,
    split_lsh,
    summary,
    verify,
)
from .stages import (
    CandidateTally,
    Ingest,
    SourceNumbers,
    StageClock,
    band_shape,
    find_families,
    furniture_cap,
    pair_ranges,
    scan_result,
)

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["connected", "dask_partitions", "require_dask", "scan_dask"]

_BLOCK = 4096  # candidate pairs per verification task at most (as in-process); else one per thread


# ------------------------------------------------------------------------------------------------
# Families on the cluster (when the verified edges should not be gathered on the driver)


def _families_on_cluster(client: Any, tasks: list[Any], loaded: _Loaded, cfg: ScanConfig,
                         reducers: int) -> list[Family]:
    """Families without gathering the edges: connected components by min-label propagation (the
    driver keeps one label per document; each round sends only the labels that drop), then the
    scan's family rule once per component on the workers. The verified rule never links documents
    of different components, so the result equals the driver-side computation exactly."""
    n, ids, dates = len(loaded.ids), loaded.ids, loaded.dates
    edge_parts = [client.submit(edge_arrays, t) for t in tasks]
    span_parts = client.gather([client.submit(span_arrays, t) for t in tasks])
    spans = [np.concatenate([p[i] for p in span_parts]) if span_parts else np.zeros(0, np.int64)
             for i in range(3)]
    shared = span_union_lengths(spans[0], spans[1], spans[2], n)
    labels = np.arange(n, dtype=np.int64)
    while True:
        shared_labels = client.scatter(labels, broadcast=True)
        proposals = client.gather([client.submit(label_proposals, e, shared_labels) for e in edge_parts])
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
    split = [client.submit(split_edges_by_component, e, shared_labels, reducers) for e in edge_parts]
    ids_f = client.scatter(ids, broadcast=True)
    dates_f = client.scatter(dates, broadcast=True)
    shared_f = client.scatter(shared, broadcast=True)
    results = client.gather([
        client.submit(component_families, cfg, ids_f, dates_f, shared_f,
                      *[client.submit(operator.getitem, x, r) for x in split])
        for r in range(reducers)
    ])
    return [f for _, f in sorted((pair for part in results for pair in part), key=lambda p: p[0])]


# ------------------------------------------------------------------------------------------------
# Driver


def dask_partitions(collection: object, text_column: str = "text") -> list[Any]:
    """The partitions of a Dask bag or dataframe, as delayed objects; a dataframe must have a
    ``text_column``."""
    to_delayed = getattr(collection, "to_delayed", None)
    if to_delayed is None:
        msg = (f"collection must be a dask.bag.Bag or a dask.dataframe.DataFrame, got "
               f"{type(collection).__name__}; for a list on one machine use syndetect.scan or "
               "syndetect.dedup, or make a bag of it with dask.bag.from_sequence")
        raise CorpusTypeError(msg)
    columns = getattr(collection, "columns", None)
    if columns is not None and text_column not in list(columns):
        msg = (f"the dataframe has no {text_column!r} column (columns: {', '.join(map(str, columns))}); name "
               "the column of the texts (syndetect.dedup_dask(..., fields=Fields(text=...))), or rename it: "
               "frame.rename(columns={'body': 'text'})")
        raise CorpusError(msg)
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


def require_dask() -> None:
    """Raise :class:`ConfigError` when dask or distributed cannot be imported."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        msg = (f"the Dask engine needs dask and distributed ({exc}); install them with "
               "pip install 'syndetect[dask]'")
        raise ConfigError(msg) from exc


def scan_dask(
    collection: object,
    config: ScanConfig | None = None,
    *,
    client: Client | None = None,
    shuffle_partitions: int | None = None,
    families_on: Literal["auto", "driver", "cluster"] = "auto",
    driver_edge_limit: int = 1_000_000,
    provenance: bool = True,
) -> ScanResult:
    """:func:`syndetect.scan` on a Dask collection, with the same result.

    ``collection`` is a ``dask.bag.Bag`` of :class:`~syndetect.Document` objects, mappings with
    ``id`` and ``text`` (plus optional ``source``, ``date``, ``url``) or strings, or a
    ``dask.dataframe.DataFrame`` with ``id`` and ``text`` columns (plus optional ``source``,
    ``date``, ``url``; missing values count as absent). Documents are numbered in partition order.

    ``client`` is a connected :class:`distributed.Client`; without one a two-process
    ``LocalCluster`` on 127.0.0.1 is started and closed afterwards. ``shuffle_partitions`` is the
    number of reducers of the band-key and fingerprint shuffles (default: one per input partition,
    at least the number of worker threads). ``provenance`` as for :func:`syndetect.scan`: the driver
    gathers every document's URL and length and the texts of the documents in a pair.

    ``families_on`` chooses where families are formed: ``"driver"`` runs :func:`cluster.families`
    on the driver; ``"cluster"`` finds connected components by min-label propagation over the edge
    partitions (the driver keeps one label per document) and runs the family rule once per
    component on the workers; ``"auto"`` picks the cluster when there are more than
    ``driver_edge_limit`` verified pairs. Both give the same families.
    """
    require_dask()
    cfg = config or ScanConfig()
    if families_on not in ("auto", "driver", "cluster"):
        msg = f"families_on must be 'auto', 'driver' or 'cluster', got {families_on!r}"
        raise ConfigError(msg)
    _check_int("driver_edge_limit", driver_edge_limit, 0, 1 << 62)
    if shuffle_partitions is not None:
        _check_int("shuffle_partitions", shuffle_partitions, 1, 1 << 20, "a few per worker core")
    parts = dask_partitions(collection)
    with connected(client) as c:
        return _scan(parts, cfg, c, shuffle_partitions, families_on, driver_edge_limit, provenance)


@contextmanager
def connected(client: Client | None) -> Iterator[Any]:
    """``client``, or without one the client of a two-process ``LocalCluster`` on 127.0.0.1, started
    here and closed on leaving."""
    if client is not None:
        yield client
        return
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                      host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster, \
            Client(cluster) as own:  # type: ignore[no-untyped-call]
        yield own


def _scan(parts: list[Any], cfg: ScanConfig, client: Any, shuffle_partitions: int | None,
          families_on: str = "driver", driver_edge_limit: int = 1_000_000,
          provenance: bool = True) -> ScanResult:
    clock = StageClock()
    # 1-2. load, then features where the documents are
    parsed, loaded = _load(client, parts)
    shards = [client.submit(make_shard, p, k, s, cfg)
              for p, k, s in zip(parsed, loaded.keeps, loaded.starts, strict=True)]
    del parsed
    n_empty = sum(client.gather([client.submit(empty_count, s) for s in shards]))
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
    del tasks
    fams = find_families(ids, dates, verified, cfg) if cluster_fams is None else cluster_fams
    clock.lap("families")
    result = scan_result(verified, fams, loaded.skipped, documents=len(ids), empty=n_empty,
                         candidates=len(candidates), tally=tally, clock=clock)
    if not provenance:
        return result
    found = attribute_facts(_facts(client, shards, loaded, result), result)
    clock.lap("provenance")
    return replace(result, provenance=found, stats=replace(result.stats, seconds=clock.total()))


def _facts(client: Any, shards: list[Any], loaded: _Loaded, result: ScanResult) -> CorpusFacts:
    """What provenance needs, gathered from the shards: every URL and length, the paired texts."""
    order, paired = result_ids(result)
    number = {d: i for i, d in enumerate(loaded.ids)}
    wanted = np.array(sorted(number[d] for d in paired), dtype=np.int64)
    bounds = np.searchsorted(wanted, [*loaded.starts, len(loaded.ids)])
    gathered = client.gather([client.submit(shard_facts, shard, wanted[lo:hi].tolist())
                              for shard, lo, hi in zip(shards, bounds[:-1], bounds[1:], strict=True)])
    facts = CorpusFacts()
    in_result = set(order)
    texts = iter([t for _, _, part in gathered for t in part])
    urls = [u for part, _, _ in gathered for u in part]
    lengths = [n for _, part, _ in gathered for n in part]
    for i, doc_id in enumerate(loaded.ids):
        facts.note(doc_id, loaded.sources[i], urls[i], lengths[i], loaded.dates[i], in_result)
    for i in wanted.tolist():
        facts.texts[loaded.ids[i]] = next(texts)
    return facts


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
    """Step 1: the input coerced where it lives (the futures of every partition's ``Parsed``),
    and repeated ids dropped on the driver."""
    from dask.delayed import delayed

    raw: list[Any] = client.compute([delayed(materialise)(p) for p in parts])
    lengths = client.gather([client.submit(partition_length, r) for r in raw])
    item_starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    parsed = [client.submit(parse, r, int(s)) for r, s in zip(raw, item_starts[:-1], strict=True)]
    summaries = client.gather([client.submit(summary, p) for p in parsed])
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

    lsh_maps = [client.submit(map_lsh, s, bands, rows, cc.max_bucket, reducers) for s in shards]
    fp_maps = [client.submit(map_fp, s, x, cap, reducers) for s, x in zip(shards, shard_src, strict=True)]
    lsh_red = [client.submit(reduce_lsh, cc.max_bucket, *column(lsh_maps, r)) for r in range(reducers)]
    fp_red = [client.submit(reduce_fp, cap, cc, numbers.known, *column(fp_maps, r)) for r in range(reducers)]
    del lsh_maps, fp_maps
    bounds = pair_ranges(n, reducers)
    lsh_split = [client.submit(split_lsh, e, bounds) for e in lsh_red]
    fp_split = [client.submit(split_fp, e, bounds) for e in fp_red]
    cand = [client.submit(range_candidates, n, cc.min_shared, len(lsh_split),
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
        fetched = [client.submit(fetch, shards[int(o)], docs[owners == o]) for o in np.unique(owners)]
        tasks.append(client.submit(verify, block, cfg, recurring_f, *fetched))
    return tasks

