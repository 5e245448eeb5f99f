"""``dedup_dask()`` (``syndetect.dedup_dask``): :func:`syndetect.dedup` on a ``dask.bag`` or
``dask.dataframe`` spread over a cluster, with the same decisions.

Install with ``pip install 'syndetect[dask]'``; dask is imported only when :func:`dedup_dask` runs.
The worker functions are in :mod:`.dask_tasks`; this module is the driver. The decisions are made by
the same :class:`~.judge.Judge` as on one machine, from the same numbers, so they are identical:

1. **load**: each input partition is parsed where it lives; the driver gathers a few numbers per
   record (id, raw content hash, length, date, the user's key) and numbers the records in partition
   order, finding the raw duplicates as it goes.
2. **hash**: each partition hashes the first record of each raw text into a shard that stays on its
   worker (shingle sets, band keys, fingerprints); the driver gathers set sizes and token-sequence
   hashes and finds the normalized duplicates, in input order.
3. **candidates**: band keys (and, with containment, fingerprints) of the representatives are
   shuffled by value to ``shuffle_partitions`` reducers, whose buckets make the pairs; the driver
   gathers the pairs (16 bytes each).
4. **verification**: pairs are cut into blocks by the shards holding their records; small fetch
   tasks send the sets a block needs to the task that counts the shingles each pair shares. Only the
   counts come back. The ``"complete"`` policy gathers the sets of the families of two or more
   distinct texts to the driver.
5. **decisions** on the driver (families, survivors, reasons, similarities); the result's
   :attr:`~.result.DedupResult.table` is the input collection with them applied, lazily: writing
   it (``to_parquet``, ``to_textfiles``, ...) reads the input again where it lives.

The driver holds about 60 bytes per record plus its id, and the candidate pairs; no text and no set.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Hashable, Sequence
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..candidates.groups import unique_pairs
from ..config import CandidateConfig
from ..engines.dask_engine import connected, dask_partitions, require_dask
from ..engines.dask_tasks import materialise, partition_length
from ..engines.stages import StageClock, reduce_pairs
from ..errors import ConfigError
from ..io.problems import Problem
from ..io.records import Fields
from ..types import Document
from .config import DedupConfig
from .dask_tasks import (
    PartitionMarks,
    apply_decisions,
    bucket_pairs_of,
    count_shared,
    fetch_sets,
    fingerprint_groups,
    hash_shard,
    map_band_keys,
    map_fingerprints,
    parse_records,
    partition_facts,
    sets_by_document,
    shard_summary,
)
from .judge import Admitted, Judge, RecordFacts
from .records import MARK_NAMES, checked_settings
from .result import DedupResult, DedupStats

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["ClusterSets", "ClusterShards", "dedup_dask"]

I64 = NDArray[np.int64]
U64 = NDArray[np.uint64]
_BLOCK = 1 << 16  # pairs per counting task at most


class ClusterSets:
    """The :class:`~.judge.SetHolder` of a Dask cluster: one :class:`~.dask_tasks.SetShard` future
    per input partition, holding records ``firsts[i]`` onwards."""

    def __init__(self, client: Any, shards: list[Any], firsts: I64, reps: list[NDArray[np.bool_]],
                 reducers: int) -> None:
        self.client, self.shards, self.firsts = client, shards, firsts
        self.reps, self.reducers = reps, reducers
        self.threads = max(sum(client.nthreads().values()), 1)

    def _shuffle(self, mapper: Callable[..., Any], reducer: Callable[..., Any], *args: object) -> list[Any]:
        c = self.client
        maps = [c.submit(mapper, s, r, self.reducers) for s, r in zip(self.shards, self.reps, strict=True)]
        column = [[c.submit(operator.getitem, m, r) for m in maps] for r in range(self.reducers)]
        found: list[Any] = c.gather([c.submit(reducer, *args, *pieces) for pieces in column])
        return found

    def lsh_pairs(self, n: int) -> I64:
        found = self._shuffle(map_band_keys, bucket_pairs_of, n, CandidateConfig().all_pairs_limit)
        return unique_pairs(np.concatenate([np.zeros((0, 2), np.int64), *found]))

    def fingerprint_pairs(self, n: int) -> I64:
        return reduce_pairs(n, 2, [], self._shuffle(map_fingerprints, fingerprint_groups, n))

    def _owner(self, docs: I64) -> I64:
        owner: I64 = np.searchsorted(self.firsts, docs, side="right") - 1
        return owner

    def _fetch(self, docs: I64) -> list[Any]:
        """Futures of the sets of ``docs`` (ascending), one fetch task per shard holding some."""
        owners = self._owner(docs)
        return [self.client.submit(fetch_sets, self.shards[int(o)], docs[owners == o])
                for o in np.unique(owners).tolist()]

    def intersections(self, pairs: I64, rep: I64) -> I64:
        out = np.zeros(len(pairs), dtype=np.int64)
        if not len(pairs):
            return out
        ends = rep[pairs]
        sa, sb = self._owner(ends[:, 0]), self._owner(ends[:, 1])
        order = np.lexsort((ends[:, 1], ends[:, 0], sb, sa))
        size = max(64, min(_BLOCK, math.ceil(len(order) / self.threads)))
        blocks = [ends[order[i : i + size]] for i in range(0, len(order), size)]
        tasks = [self.client.submit(count_shared, block, *self._fetch(np.unique(block))) for block in blocks]
        out[order] = np.concatenate(self.client.gather(tasks))
        return out

    def set_getter(self, docs: I64) -> Callable[[int], U64]:
        return sets_by_document(tuple(self.client.gather(self._fetch(np.unique(docs))))).__getitem__


class ClusterShards:
    """Batches of records admitted by a :class:`~.judge.Judge`, each hashed on the cluster into a
    shard that stays there; :meth:`finish` completes the judge's numbers and gives the holder."""

    def __init__(self, client: Any, judge: Judge, shuffle_partitions: int | None = None) -> None:
        self.client, self.judge, self.shuffle_partitions = client, judge, shuffle_partitions
        self.batches: list[Admitted] = []
        self.shards: list[Any] = []

    def hash(self, batch: Admitted, docs: Any) -> None:
        """Hash ``batch`` (admitted last) from ``docs``: its records' documents, or a future of them
        (a list, or the parsed partition)."""
        self.batches.append(batch)
        self.shards.append(self.client.submit(hash_shard, docs, batch.index, batch.todo, self.judge.cfg))

    def add(self, docs: list[Document], path: int, rows: I64) -> None:
        """Admit records read here and send the ones to hash to the cluster."""
        if not docs:
            return
        batch = self.judge.admit(RecordFacts.of(docs, self.judge.key), path, rows)
        [sent] = self.client.scatter([[docs[i] for i in batch.todo.tolist()]])
        self.batches.append(batch)
        every = np.arange(batch.todo.size, dtype=np.int64)
        cfg = self.judge.cfg
        self.shards.append(self.client.submit(hash_shard, sent, batch.index[batch.todo], every, cfg))

    def finish(self, stack: ExitStack | None = None) -> ClusterSets:
        """The holder of every shard, once every batch is in (``stack`` is not needed here)."""
        c, judge = self.client, self.judge
        summaries = c.gather([c.submit(shard_summary, s) for s in self.shards])
        reps = [judge.hashed(b, *s) for b, s in zip(self.batches, summaries, strict=True)]
        threads = max(sum(c.nthreads().values()), 1)
        firsts = np.array([b.index[0] if b.index.size else judge.n for b in self.batches], dtype=np.int64)
        firsts = np.minimum.accumulate(firsts[::-1])[::-1] if firsts.size else firsts
        reducers = self.shuffle_partitions or max(len(self.shards), threads, 1)
        return ClusterSets(c, self.shards, firsts, reps, reducers)


def dedup_dask(
    collection: object,
    config: DedupConfig | None = None,
    *,
    client: Client | None = None,
    mode: Literal["drop", "mark"] = "drop",
    key: Callable[[Document], Hashable] | None = None,
    mark_names: Sequence[str] = MARK_NAMES,
    shuffle_partitions: int | None = None,
    fields: Fields | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> DedupResult:
    """:func:`syndetect.dedup` on a Dask collection, with the same decisions.

    ``collection`` is a ``dask.bag.Bag`` of :class:`~syndetect.Document` objects, mappings with
    ``id`` and ``text`` (plus optional ``date``, ``source``, ``url``) or strings, or a
    ``dask.dataframe.DataFrame`` with ``id`` and ``text`` columns (plus optional ``date``); ``fields``
    names other fields or columns (``Fields(id="uid", text="body", date="published")``); records are
    numbered in partition order. An item that is not a document (a null text, say) is a problem,
    not an error: it is reported (``on_problem``, :attr:`~.result.DedupResult.problems`) and kept
    unchanged in the output.

    The result holds every decision, as :func:`syndetect.dedup` gives them for the same records in
    the same order (``rows`` are positions in the collection). Its ``table`` is the collection,
    lazily, with the decisions applied: of the same kind and partitions, without the dropped records
    (``mode="drop"``), or with the marks ``mark_names`` added (``"mark"``): as nullable columns of a
    dataframe, as keys of mapping items, and to other bag items as the mapping of their fields
    (``id``, ``text``, ``source``, ``date``, ``url``). Computing it reads the input again.

    ``client`` is a connected :class:`distributed.Client`; without one a two-process
    ``LocalCluster`` on 127.0.0.1 runs the deduplication and is closed afterwards (compute the
    returned ``table`` with a scheduler of your own then). ``key`` must be picklable: it runs on the
    workers. ``shuffle_partitions``: reducers of the band-key and fingerprint shuffles (default: one
    per input partition, at least the number of worker threads). ``config.jobs`` is ignored: the
    workers are the parallelism.
    """
    require_dask()
    cfg, names = checked_settings(config, mode, mark_names)
    if shuffle_partitions is not None and (isinstance(shuffle_partitions, bool) or not isinstance(
            shuffle_partitions, int) or not 1 <= shuffle_partitions <= 1 << 20):
        msg = f"shuffle_partitions must be an integer in [1, {1 << 20}] (a few per worker core), got " \
              f"{shuffle_partitions!r}"
        raise ConfigError(msg)
    read_as = fields or Fields()
    if not isinstance(read_as, Fields):
        raise ConfigError(f"fields must be a syndetect.Fields, got {type(read_as).__name__}")
    parts = dask_partitions(collection, read_as.text)
    with connected(client) as c:
        result, starts = _judge(c, parts, cfg, key, shuffle_partitions, read_as, on_problem)
    table = _applied(collection, parts, starts, result, mode, names)
    return DedupResult(result.ids, result.paths, result.path_index, result.rows, result.family,
                       result.kept_index, result.reason_code, result.similarity, result.stats,
                       result.problems, cfg, (), table)


def _judge(client: Any, parts: list[Any], cfg: DedupConfig, key: Callable[[Document], Any] | None,
           shuffle_partitions: int | None, fields: Fields, on_problem: Callable[[Problem], None] | None
           ) -> tuple[DedupResult, I64]:
    """Steps 1-5 (see the module's docstring): the decisions, and the input position of each
    partition's first item (then the number of items)."""
    from dask.delayed import delayed

    clock = StageClock()
    raw = client.compute([delayed(materialise)(p) for p in parts])
    lengths = client.gather([client.submit(partition_length, r) for r in raw])
    starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    parsed = [client.submit(parse_records, r, int(s), fields) for r, s in zip(raw, starts[:-1], strict=True)]
    del raw
    judge = Judge(cfg, key)
    shards = ClusterShards(client, judge, shuffle_partitions)
    problems: list[Problem] = []
    gathered = client.gather([client.submit(partition_facts, p, key) for p in parsed])
    for part, (facts, items, skipped) in zip(parsed, gathered, strict=True):
        for item, skip in skipped:
            problem = Problem(f"item {item}", skip.reason + "; skipped", True)
            problems.append(problem)
            if on_problem is not None:
                on_problem(problem)
        shards.hash(judge.admit(facts, 0, np.asarray(items, dtype=np.int64)), part)
    del parsed, gathered
    clock.lap("reading")
    holder = shards.finish()
    clock.lap("hashing")
    decided = judge.decide(holder, clock)
    code = decided.code
    stats = DedupStats.of(code, decided.candidates, tuple(problems), clock.total())
    result = DedupResult(judge.ids, (None,), judge.column("path", np.int32), judge.column("row", np.int64),
                         decided.family, decided.kept, code, decided.similarity, stats, tuple(problems), cfg)
    return result, starts


def _applied(collection: Any, parts: list[Any], starts: I64, result: DedupResult, mode: str,
             names: tuple[str, ...]) -> Any:
    """The collection with the decisions applied, lazily (same kind, same partitions)."""
    from dask.delayed import delayed

    rows, kept = result.rows, result.kept
    cuts = np.searchsorted(rows, starts)
    out = []
    for i, part in enumerate(parts):
        lo, size = int(starts[i]), int(starts[i + 1] - starts[i])
        which = np.arange(cuts[i], cuts[i + 1], dtype=np.int64)
        at = rows[which] - lo
        if mode == "drop":
            keep = np.ones(size, dtype=np.bool_)
            keep[at] = kept[which]
            out.append(delayed(apply_decisions)(part, lo, keep, None))
        else:
            marks = PartitionMarks(names, result.marks(which, at, size))
            out.append(delayed(apply_decisions)(part, lo, None, marks))
    if hasattr(collection, "columns"):
        import dask.dataframe as dd

        empty = np.zeros(0, dtype=np.int64)
        meta = collection._meta if mode == "drop" else apply_decisions(
            collection._meta, 0, None, PartitionMarks(names, result.marks(empty, empty, 0)))
        divisions = collection.divisions if collection.known_divisions else None
        return dd.from_delayed(out, meta=meta, divisions=divisions, verify_meta=False)
    import dask.bag as db

    return db.from_delayed(out)  # type: ignore[no-untyped-call]
