"""``dedup()``: read a corpus, decide which records are duplicates, write it back without them (or
with each record marked).

Two passes over the input, so memory holds one batch of records and a few arrays of numbers per
record (about 60 bytes, plus its id):

1. **decide**: records are read in batches (:mod:`.records`). Each text's raw content hash is looked
   up first (:mod:`.exact`): only the first record with a text is shingled; with
   ``exact="normalized"`` its token-sequence hash is looked up next. Each distinct text's shingle
   set goes to disk and its LSH band keys (and, with containment, its fingerprints) to partition
   files (:mod:`.near`). Then, partition by partition, LSH buckets propose pairs; each pair's exact
   Jaccard similarity is computed from the stored sets, and the pairs reaching the threshold and the
   exact duplicates link records into families (:mod:`.policy`); each family keeps one record, by
   the keep policy. With containment, a kept record mostly contained in a larger kept one is
   dropped too.
2. **write**: each input is read again and copied to the output, record by record, leaving out the
   dropped records or adding the marks (:mod:`.records`).

With ``engine="dask"`` the first pass sends each batch's texts to a Dask cluster, which shingles
them and keeps the sets (:class:`~.dask_run.ClusterShards`); the decisions are the same.

The disk holds, in a temporary directory removed afterwards, about ``8 * shingles + 16 * bands``
bytes per distinct text.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..engines.dask_engine import connected, require_dask
from ..engines.stages import DocumentLike, StageClock, coerce_document
from ..errors import ConfigError, CorpusError, OverwriteError
from ..io.corpus import DEFAULT_MAX_BYTES
from ..io.discovery import STDIN, TABLE_SUFFIXES, InputFile, common_parent, find_inputs
from ..io.problems import Problem
from ..io.records import Fields
from ..io.table_sources import is_table
from ..io.tables import iter_table_batches
from ..types import Document
from ..workers.collect import collection_paused
from .config import DedupConfig, lsh_shape
from .dask_run import ClusterShards
from .judge import Judge, RecordFacts
from .near import LocalSets, hash_texts
from .policy import REASONS
from .records import (
    MARK_NAMES,
    Format,
    Marks,
    ReadOptions,
    RecordBatch,
    atomic_output,
    checked_settings,
    format_of,
)
from .result import DedupResult, DedupStats
from .tables import table_copy

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["MARKS_FILE", "DedupSource", "dedup"]

I64 = NDArray[np.int64]
DedupSource = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | Iterable[DocumentLike] | Any
"""Paths, documents, or an in-memory table (pyarrow, pandas, Polars, datasets; typed ``Any``)."""
Progress = Callable[[str, int, int], None]
MARKS_FILE = "dedup-marks.jsonl"
"""In a folder output, the marks of one-text files (.txt, .md, .html) in ``mode="mark"``."""


class _LocalJudge:
    """The first pass on this machine: records fed batch by batch, hashed here, their sets on disk."""

    def __init__(self, cfg: DedupConfig, key: Callable[[Document], Any] | None, tmp: Path,
                 stack: ExitStack) -> None:
        self.cfg, self.key = cfg, key
        self.bands, self.rows = lsh_shape(cfg)
        self.judge = Judge(cfg, key)
        self.sets = LocalSets(tmp, stack, fingerprints=cfg.containment is not None)

    def add(self, docs: list[Document], path: int, rows: I64) -> None:
        if not docs:
            return
        cfg = self.cfg
        batch = self.judge.admit(RecordFacts.of(docs, self.key), path, rows)
        h = hash_texts([docs[i].text for i in batch.todo.tolist()], cfg.shingle, cfg.minhash, self.bands,
                       self.rows, sequences=cfg.exact == "normalized",
                       fingerprints=cfg.containment is not None, jobs=cfg.jobs)
        rep = self.judge.hashed(batch, h.n_tokens, h.seq_hi, h.seq_lo, np.diff(h.set_offsets))
        self.sets.add(h, batch.index, batch.todo, rep)

    def finish(self, stack: ExitStack | None = None) -> LocalSets:
        """The holder, readable until ``stack`` closes."""
        assert stack is not None
        self.sets.open(stack)
        return self.sets


def _resolve(source: DedupSource) -> list[str] | None:
    """The paths of ``source``, or None for an in-memory collection of documents."""
    if isinstance(source, (str, os.PathLike)):
        return [os.fspath(source)]
    if isinstance(source, Sequence) and source and all(isinstance(s, (str, os.PathLike)) for s in source) \
            and not isinstance(source, (bytes, bytearray)):
        paths = [os.fspath(s) for s in source]
        if all(os.path.exists(p) or p == STDIN for p in paths):
            return paths
    return None


def _inputs(paths: list[str], problems: list[Problem]) -> list[tuple[InputFile, Format]]:
    if STDIN in paths:
        raise CorpusError("dedup reads its inputs twice and cannot read '-' (stdin); save it to a file first")
    base = common_parent(paths)
    found: list[tuple[InputFile, Format]] = []
    for path in paths:
        for item in find_inputs(path, base, None):
            if isinstance(item, Problem):
                problems.append(item)
                continue
            fmt = format_of(item.path)
            if fmt is None and not item.explicit:
                problems.append(Problem(item.shown, f"{Path(item.path).suffix} files are not deduplicated "
                                        "(JSONL, CSV, Parquet, Arrow and one-text files are); skipped", True))
                continue
            found.append((item, fmt or format_of("x.txt")))  # type: ignore[arg-type]
    return found


def _check_output(paths: list[str], output: Path, single: bool, overwrite: bool) -> None:
    """Refuse an output that is, or lies inside, an input; a folder output must be new or empty."""
    target = output.resolve()
    for raw in paths:
        inp = Path(raw).resolve()
        if target == inp or (inp.is_dir() and target.is_relative_to(inp)):
            msg = f"output {str(output)!r} is or lies inside the input {raw!r}; write it somewhere else"
            raise OverwriteError(msg)
    if single:
        if output.exists() and not overwrite:
            msg = f"{output} exists; choose another output or pass overwrite=True (--overwrite)"
            raise OverwriteError(msg)
        return
    if output.exists() and (not output.is_dir() or (any(output.iterdir()) and not overwrite)):
        msg = (f"output folder {str(output)!r} exists and is not empty (or is a file); name a new or "
               "empty folder, or pass overwrite=True (--overwrite)")
        raise OverwriteError(msg)


def _memory_batches(items: Iterable[DocumentLike], size: int) -> Iterator[RecordBatch]:
    """The documents of an in-memory collection in batches; an item that is not one is a problem."""
    docs: list[Document] = []
    rows: list[int] = []
    problems: list[Problem] = []
    for i, item in enumerate(items):
        doc = coerce_document(item, i)
        if isinstance(doc, Document):
            docs.append(doc)
            rows.append(i)
        else:
            problems.append(Problem(f"item {i}", doc.reason + "; skipped", True))
        if len(docs) >= size:
            yield RecordBatch(docs, np.array(rows, dtype=np.int64), problems)
            docs, rows, problems = [], [], []
    if docs or problems:
        yield RecordBatch(docs, np.array(rows, dtype=np.int64), problems)


def _table_batches(source: object, opts: ReadOptions, size: int) -> Iterator[RecordBatch]:
    """The rows of an in-memory table in batches (a bad row is a problem; a missing text column an
    error)."""
    for batch in iter_table_batches(source, opts.fields, size, max_bytes=opts.max_bytes, unique_ids=False):
        yield RecordBatch(batch.documents, batch.rows, batch.problems)


def dedup(
    source: DedupSource,
    output: str | os.PathLike[str] | None = None,
    *,
    config: DedupConfig | None = None,
    mode: Literal["drop", "mark"] = "drop",
    key: Callable[[Document], Hashable] | None = None,
    fields: Fields | None = None,
    mark_names: Sequence[str] = MARK_NAMES,
    overwrite: bool = False,
    workdir: str | os.PathLike[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    csv_delimiter: str | None = None,
    progress: Progress | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    engine: Literal["local", "dask"] = "local",
    client: Client | None = None,
) -> DedupResult:
    """Find the exact and near-duplicate records of ``source`` and keep one of each family.

    ``source``: a JSONL, CSV, Parquet, Arrow IPC (``.arrow``, ``.feather``, ``.ipc``) or text file,
    a folder of them, several paths, an in-memory table (``pyarrow.Table``, pandas or Polars
    ``DataFrame``, ``datasets.Dataset``) or an in-memory collection of :class:`~syndetect.Document`
    objects, mappings (``id``, ``text``, ...) or strings.
    ``output``: where the deduplicated copy goes, in the input's format: a file for one input file,
    else a folder (new or empty) mirroring the inputs' relative paths; for an in-memory table, a
    Parquet or Arrow file (by its extension). ``None`` writes nothing (the result holds every
    decision, and for an in-memory table :attr:`DedupResult.table` is the deduplicated table of the
    same kind). ``mode="drop"`` leaves the dropped records out; ``"mark"`` keeps
    every record and adds the fields ``mark_names`` (family, kept, reason, kept record's id,
    similarity). ``key``: a function of a :class:`~syndetect.Document`; each family keeps the record
    with the smallest key (ties to the earlier record) instead of ``config.keep``. ``fields``, ``max_bytes``
    and ``csv_delimiter`` are read as by :func:`syndetect.read_corpus`. A record that cannot be read is
    a problem (``on_problem`` is called with each, and the result lists them), not an error: it is
    copied to the output unchanged. Nothing is ever written onto an input, nor onto an existing output
    unless ``overwrite``.

    ``engine="dask"`` shingles and compares on a Dask cluster (``pip install 'syndetect[dask]'``):
    the records are read here, batch by batch, and the texts to shingle are sent to the workers,
    where their shingle sets stay; the decisions are the local engine's, and the output is written
    here. ``client`` is a connected :class:`distributed.Client`; without one a two-process
    ``LocalCluster`` is started and closed afterwards. For a corpus the workers read themselves, see
    :func:`syndetect.dedup_dask`.
    """
    cfg, names = checked_settings(config, mode, mark_names)
    if engine not in ("local", "dask"):
        raise ConfigError(f"engine must be 'local' or 'dask', got {engine!r}")
    if engine == "dask":
        require_dask()
    elif client is not None:
        raise ConfigError("a Dask client is used with engine='dask'; pass both, or neither")
    in_table = is_table(source)
    paths = None if in_table else _resolve(source)
    if paths is None and output is not None and not in_table:
        raise ConfigError("an in-memory collection of documents has no format to write back: leave "
                          "output=None and use the result's decisions")
    problems: list[Problem] = []

    def note(found: Iterable[Problem]) -> None:
        for p in found:
            problems.append(p)
            if on_problem is not None:
                on_problem(p)

    found: list[Problem] = []
    inputs = _inputs(paths, found) if paths is not None else []
    note(found)
    out = None if output is None else Path(output)
    single = paths is not None and len(paths) == 1 and len(inputs) == 1 and inputs[0][0].explicit
    if out is not None:
        _check_output(paths or [], out, single or in_table, overwrite)
    if in_table and out is not None and out.suffix.lower() not in TABLE_SUFFIXES:
        known = ", ".join(sorted(TABLE_SUFFIXES))
        msg = f"an in-memory table is written as Parquet or Arrow: end {str(out)!r} with one of {known}"
        raise ConfigError(msg)
    opts = ReadOptions(fields or Fields(), max_bytes, csv_delimiter)
    report = progress or (lambda stage, done, total: None)
    with collection_paused(), tempfile.TemporaryDirectory(prefix="syndetect-dedup-", dir=workdir) as tmp, \
            ExitStack() as stack:
        clock = StageClock()
        feed: _LocalJudge | ClusterShards
        if engine == "dask":
            feed = ClusterShards(stack.enter_context(connected(client)), Judge(cfg, key))
        else:
            feed = _LocalJudge(cfg, key, Path(tmp), stack)
        judge = feed.judge
        if paths is None:
            batches = _table_batches(source, opts, cfg.batch_size) if in_table else _memory_batches(
                source, cfg.batch_size)  # type: ignore[arg-type]
            for batch in batches:
                note(batch.problems)
                feed.add(batch.documents, 0, batch.rows)
                report("reading", judge.n, 0)
        else:
            for p, (inp, fmt) in enumerate(inputs):
                for batch in fmt.read(inp, opts, cfg.batch_size):
                    note(batch.problems)
                    feed.add(batch.documents, p, batch.rows)
                    report("reading", judge.n, 0)
        clock.lap("reading")
        decided = judge.decide(feed.finish(stack), clock)
        family, kept, code, similarity = decided.family, decided.kept, decided.code, decided.similarity
        n_candidates = decided.candidates
        path_names: tuple[str | None, ...] = tuple(inp.shown for inp, _ in inputs) if paths else (None,)
        result = DedupResult(
            judge.ids, path_names, judge.column("path", np.int32), judge.column("row", np.int64), family,
            kept, code, similarity, DedupStats(0, {}, 0, 0, 0), tuple(problems), cfg)
        written: list[str] = []
        table = None
        if in_table:
            table = table_copy(source, out, result, np.arange(judge.n, dtype=np.int64), names,
                               mark=mode == "mark", overwrite=overwrite, batch_rows=cfg.batch_size)
            written = [] if out is None else [str(out)]
            table = table if out is None else None
        elif out is not None:
            written = _write(result, inputs, out, single, mode == "mark", names, opts, overwrite, report)
            clock.lap("writing")
    stats = DedupStats.of(code, n_candidates, tuple(problems), clock.total())
    return DedupResult(result.ids, result.paths, result.path_index, result.rows, family, kept, code,
                       similarity, stats, tuple(problems), cfg, tuple(written), table)


def _mark_values(result: DedupResult, which: I64) -> list[tuple[Any, ...]]:
    ids = result.ids
    kept = result.kept_index[which].tolist()
    return [(f, k == i, REASONS[c], ids[k], None if s != s else round(s, 6))
            for i, f, k, c, s in zip(which.tolist(), result.family[which].tolist(), kept,
                                     result.reason_code[which].tolist(), result.similarity[which].tolist(),
                                     strict=True)]


def _write(result: DedupResult, inputs: list[tuple[InputFile, Format]], out: Path, single: bool, mark: bool,
           names: tuple[str, ...], opts: ReadOptions, overwrite: bool, report: Progress) -> list[str]:
    """The second pass: each input copied to its place under ``out`` (or to ``out`` itself)."""
    order = np.argsort(result.path_index, kind="stable")
    cuts = np.searchsorted(result.path_index[order], np.arange(len(inputs) + 1))
    written: list[str] = []
    text_marks: list[bytes] = []
    if not single:
        out.mkdir(parents=True, exist_ok=True)
    for p, (inp, fmt) in enumerate(inputs):
        which = order[cuts[p] : cuts[p + 1]]
        dest = out if single else out / inp.doc_id
        if fmt.table:
            dest.parent.mkdir(parents=True, exist_ok=True)
            done = table_copy(inp.path, dest, result, which, names, mark=mark, overwrite=overwrite,
                              batch_rows=result.config.batch_size, shown=inp.shown)
            if not isinstance(done, Problem):  # not opened again: reported when read
                written.append(str(dest))
            report("writing", p + 1, len(inputs))
            continue
        marks = Marks(result.rows[which], result.kept[which], _mark_values(result, which), names, mark)
        if fmt.one_text and mark:
            text_marks.extend(json.dumps({"id": result.ids[i], "path": inp.doc_id,
                                          **dict(zip(names, v, strict=True))}).encode() + b"\n"
                              for i, v in zip(which.tolist(), marks.values, strict=True))
            continue
        if fmt.one_text and which.size and not marks.keep.all():
            continue
        assert fmt.write is not None
        with atomic_output(dest, overwrite=overwrite) as fh:
            fmt.write(inp, fh, marks, opts)
        written.append(str(dest))
        report("writing", p + 1, len(inputs))
    if text_marks:
        dest = out if single else out / MARKS_FILE
        with atomic_output(dest, overwrite=overwrite) as fh:
            fh.writelines(text_marks)
        written.append(str(dest))
    return written
