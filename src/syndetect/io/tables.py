"""Documents from tables, and tables written back with added columns: Parquet and Arrow IPC files
(``.parquet``; ``.arrow``, ``.feather``, ``.ipc``), pyarrow Tables, pandas and Polars DataFrames and
Hugging Face Datasets.

:func:`iter_table_batches` reads a table in batches of rows, never the whole file at once: each
:class:`TableBatch` holds the documents of its rows, their row numbers and the problems of the rows
that were skipped. :func:`write_table` reads the table again in batches and writes the rows kept, with
columns added, to a new file (or returns a new in-memory table of the same kind).

Columns are named by :class:`~syndetect.io.records.Fields` as for JSONL records. Rows are numbered from
0 in input order, as pandas and pyarrow number them. A row without an id gets ``<file id>:<row>``
(``<row>`` in memory), as a JSONL record gets ``<file id>:<line>``.

Bad input: a missing text column, a text column that holds no text (numbers, say) or an id column that
holds neither text nor integers stops the table (a :class:`~syndetect.errors.CorpusError` naming the
file, the column and the columns it has); so does a file that cannot be opened as a table. A row
whose text is null, not a string, empty or too large, or whose id is of another type or repeated, is a
:class:`~syndetect.io.problems.Problem` naming the file, the row and its row group (a Parquet file) or
record batch (an Arrow file), and the other rows are read. So is a row group that cannot be read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..errors import ConfigError, CorpusError, OverwriteError
from ..types import Document
from .discovery import PARQUET_SUFFIXES, TABLE_SUFFIXES
from .problems import MISSING_FIELD, Problem, field_names
from .records import DEFAULT_MAX_BYTES, Fields, optional_text, record_id, text_problem
from .table_sources import Slice, TableSource, Unreadable, open_table, require

__all__ = ["TableBatch", "TableWritten", "iter_table_batches", "write_table"]

OnError = Literal["raise", "problem"]

_TEXT_TYPES = ("string", "object", "null")
_ID_TYPES = ("string", "integer", "object", "null")


@dataclass(frozen=True, slots=True)
class TableBatch:
    """The documents read from a batch of rows, the 0-based input row of each, and the problems of
    the rows skipped (or of rows that could not be read)."""

    documents: list[Document]
    rows: NDArray[np.int64]
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TableWritten:
    """What :func:`write_table` wrote to a file: its path, the rows written, and the rows of the input
    that could not be read again (a damaged row group), which are not in it."""

    path: str
    rows: int
    problems: list[Problem] = field(default_factory=list)


def iter_table_batches(
    source: object,
    fields: Fields | None = None,
    batch_rows: int = 65536,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    shown: str | None = None,
    id_prefix: str | None = None,
    default_source: str | None = None,
    require_ids: bool = False,
    unique_ids: bool = True,
    on_error: OnError = "raise",
) -> Iterator[TableBatch]:
    """The documents of a table, ``batch_rows`` rows at a time, in input order.

    ``source`` is a path (``.parquet``, ``.arrow``, ``.feather``, ``.ipc``) or an in-memory
    ``pyarrow.Table``, ``pandas.DataFrame``, ``polars.DataFrame`` or ``datasets.Dataset``; ``fields``
    names its columns (default ``id``, ``text``, ``source``, ``date``, ``url``; only the text column
    is required, and only the columns named are read). ``shown`` names the table in messages (default:
    the path, or ``pandas.DataFrame`` and so on). A row without an id gets ``<id_prefix>:<row>`` (default
    prefix: the file's name; in memory the id is ``<row>``), or is skipped when ``require_ids``.
    ``default_source`` is the source of rows without one. ``unique_ids`` skips a row whose id an earlier
    row had (it keeps every id read, the only state that grows with the table).

    A table that cannot be read at all (see the module's docstring) raises a CorpusError, or with
    ``on_error="problem"`` gives one batch holding only that problem.
    """
    if isinstance(batch_rows, bool) or not isinstance(batch_rows, int) or batch_rows < 1:
        msg = f"batch_rows must be a positive integer, got {batch_rows!r}"
        raise ConfigError(msg)
    f = fields or Fields()
    table = _open(source, shown, on_error)
    if isinstance(table, Problem):
        yield TableBatch([], np.zeros(0, np.int64), [table])
        return
    names = _columns(table, f, on_error)
    if isinstance(names, Problem):
        yield TableBatch([], np.zeros(0, np.int64), [names])
        return
    if require_ids and f.id not in names:
        missing = Problem(table.shown, f"no {f.id!r} column and ids are required; skipped", True,
                          kind=MISSING_FIELD, found=table.columns)
        yield TableBatch([], np.zeros(0, np.int64), [_fail(missing, on_error, "name the id column with "
                                                           "Fields(id=...)")])
        return
    if id_prefix is None and table.path is not None:
        id_prefix = Path(table.path).name
    rows = _Rows(table.shown, f, max_bytes, id_prefix, default_source, require_ids, unique_ids)
    for item in table.slices(names, batch_rows):
        if isinstance(item, Unreadable):
            yield TableBatch([], np.zeros(0, np.int64), [Problem(table.shown, item.message(), True)])
        else:
            yield rows.batch(item)


def _open(source: object, shown: str | None, on_error: OnError) -> TableSource | Problem:
    table = open_table(source, shown)
    if isinstance(table, Problem):
        _fail(table, on_error)
    return table


def _fail(problem: Problem, on_error: OnError, hint: str = "") -> Problem:
    """``problem``, or (``on_error="raise"``) the CorpusError that says it, with ``hint``."""
    if on_error == "raise":
        raise CorpusError(str(problem).removesuffix("; skipped") + (f"; {hint}" if hint else ""))
    return problem


def _columns(table: TableSource, f: Fields, on_error: OnError) -> Any:
    """The columns to read (text first), or the problem with the text or id column."""
    if f.text not in table.columns:
        found = table.columns
        problem = Problem(table.shown, f"no {f.text!r} column (columns: {field_names(found)}); skipped", True,
                          kind=MISSING_FIELD, found=found)
        return _fail(problem, on_error, "name the text column with Fields(text=...)")
    kind, name = table.column_type(f.text)
    if kind not in _TEXT_TYPES:
        problem = Problem(table.shown, f"column {f.text!r} holds {name}, not text; skipped", True)
        return _fail(problem, on_error, "name the text column with Fields(text=...)")
    kind, name = table.column_type(f.id) if f.id in table.columns else ("null", "")
    if kind not in _ID_TYPES:
        reason = f"column {f.id!r} holds {name}, not strings or integers; skipped"
        problem = Problem(table.shown, reason, True)
        return _fail(problem, on_error, "name another id column with Fields(id=...), or one the table does "
                     "not have for row numbers as ids")
    optional = [f.id, f.source, f.date, f.url]
    return [f.text, *dict.fromkeys(n for n in optional if n in table.columns and n != f.text)]


class _Rows:
    """Turns slices of one table into batches of documents, remembering the ids seen."""

    def __init__(self, shown: str, f: Fields, max_bytes: int, id_prefix: str | None,
                 default_source: str | None, require_ids: bool, unique_ids: bool) -> None:
        self.shown, self.f, self.max_bytes = shown, f, max_bytes
        self.prefix = "" if id_prefix is None else id_prefix + ":"
        self.default_source, self.require_ids = default_source, require_ids
        self.seen: dict[str, int] | None = {} if unique_ids else None
        self.file = id_prefix is not None

    def batch(self, part: Slice) -> TableBatch:
        f, values = self.f, part.values
        n = len(values[f.text])
        none = [None] * n
        ids, sources, dates, urls = (values.get(name, none) for name in (f.id, f.source, f.date, f.url))
        docs: list[Document] = []
        rows: list[int] = []
        problems: list[Problem] = []
        for i, text in enumerate(values[f.text]):
            row = part.first + i
            reason = self._text_reason(text)
            doc_id: str | None = None
            if reason is None:
                doc_id, reason = self._id(ids[i], row)
            if reason is not None:
                where = f"row {row} ({part.part})" if part.part else f"row {row}"
                problems.append(Problem(self.shown, f"{where}: {reason}", True))
                continue
            assert doc_id is not None
            meta: dict[str, Any] = {"path": self.shown, "row": row} if self.file else {"row": row}
            source = optional_text(sources[i]) or self.default_source
            docs.append(Document(id=doc_id, text=text, source=source, date=optional_text(dates[i]),
                                 url=optional_text(urls[i]), meta=meta))
            rows.append(row)
        return TableBatch(docs, np.array(rows, dtype=np.int64), problems)

    def _text_reason(self, text: object) -> str | None:
        if text is None:
            return f"column {self.f.text!r} is null; row skipped"
        if not isinstance(text, str):
            return f"column {self.f.text!r} holds a {type(text).__name__}, not a string; row skipped"
        return text_problem(text, self.max_bytes)

    def _id(self, value: object, row: int) -> tuple[str | None, str | None]:
        """The id of row ``row`` whose id column holds ``value``, or why the row is skipped."""
        if self.require_ids and (value is None or value == ""):
            return None, f"column {self.f.id!r} is null and ids are required; row skipped"
        doc_id = record_id(value, f"{self.prefix}{row}")
        if doc_id is None:
            name = type(value).__name__
            return None, f"column {self.f.id!r} holds a {name}, not a string or an integer; row skipped"
        if self.seen is not None:
            first = self.seen.setdefault(doc_id, row)
            if first != row:
                return None, f"duplicate id {doc_id!r} (first at row {first}); row skipped"
        return doc_id, None


# --------------------------------------------------------------------------------------------------
# Writing


def write_table(
    source: object,
    dest: str | os.PathLike[str] | None,
    columns: Mapping[str, NDArray[Any] | list[Any]],
    keep: NDArray[np.bool_] | None = None,
    *,
    overwrite: bool = False,
    batch_rows: int = 65536,
    shown: str | None = None,
) -> Any:
    """``source`` (as for :func:`iter_table_batches`) with ``columns`` added and only the rows where
    ``keep`` is true (every row when None), in input order.

    Each added column has one value per input row (None or NaN for a missing value) and a name the
    table does not have. ``dest`` is the file to write (Parquet for ``.parquet``, an Arrow IPC file for
    ``.arrow``, ``.feather`` and ``.ipc``; a file source's format for another extension), read and
    written in batches of ``batch_rows`` rows, and the result is a :class:`TableWritten`; it is never
    the source file, and an existing file is replaced only with ``overwrite=True`` (the file appears
    complete or not at all). With ``dest=None`` an in-memory source gives a new table of its own kind:
    a ``pyarrow.Table``, a ``pandas.DataFrame`` (keeping the index of the rows kept), a
    ``polars.DataFrame`` or a ``datasets.Dataset``.
    """
    table = _open(source, shown, "raise")
    assert not isinstance(table, Problem)
    extra = _extra_columns(table, columns)
    mask = _keep_mask(keep, table.rows)
    if dest is None:
        return table.rebuild(extra, mask)
    path = os.fspath(dest)
    fmt = _dest_format(path, table)
    _check_dest(path, table, overwrite)
    tmp = Path(path).with_name(f".{Path(path).name}.{os.getpid()}.tmp")
    try:
        written, problems = _write_file(table, tmp, fmt, extra, mask, batch_rows)
        if not overwrite and os.path.lexists(path):
            raise OverwriteError(f"{path} appeared while writing; pass overwrite=True to replace it")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return TableWritten(path, written, problems)


def _extra_columns(table: TableSource, columns: Mapping[str, NDArray[Any] | list[Any]]) -> dict[str, Any]:
    """The added columns as pyarrow arrays, checked: new names, one value per input row."""
    pa = require("pyarrow", "adding columns to a table")
    out = {}
    for name, values in columns.items():
        if name in table.columns:
            msg = f"column {name!r} is already in {table.shown}; give the added column another name"
            raise ConfigError(msg)
        if len(values) != table.rows:
            msg = (f"column {name!r} has {len(values)} values but {table.shown} has {table.rows} rows; "
                   "give one value per input row (None for none)")
            raise ConfigError(msg)
        try:
            out[name] = pa.array(values, from_pandas=True)
        except (pa.ArrowException, TypeError, ValueError) as exc:
            msg = f"column {name!r} cannot be stored in a table ({exc}); give values of one type"
            raise ConfigError(msg) from exc
    return out


def _keep_mask(keep: NDArray[np.bool_] | None, rows: int) -> NDArray[np.bool_] | None:
    if keep is None:
        return None
    mask = np.asarray(keep)
    if mask.dtype != np.bool_ or mask.shape != (rows,):
        msg = (f"keep must be a boolean array of one value per input row ({rows}), got {mask.dtype} "
               f"{mask.shape}")
        raise ConfigError(msg)
    return mask


def _dest_format(path: str, table: TableSource) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return "parquet" if suffix in PARQUET_SUFFIXES else "arrow"
    if table.path is not None:
        return table.kind
    known = ", ".join(sorted(TABLE_SUFFIXES))
    msg = f"cannot tell the format of {path} from its extension; end its name with one of {known}"
    raise ConfigError(msg)


def _check_dest(path: str, table: TableSource, overwrite: bool) -> None:
    same = table.path is not None and (
        os.path.abspath(path) == os.path.abspath(table.path)
        or (os.path.exists(path) and os.path.samefile(path, table.path))
    )
    if same:
        msg = f"{path} is the input table; write to another file"
        raise ConfigError(msg)
    if os.path.isdir(path):
        msg = f"{path} is a directory; give a file name"
        raise ConfigError(msg)
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        msg = f"cannot write {path}: the directory {parent} does not exist; create it first"
        raise ConfigError(msg)
    if os.path.lexists(path) and not overwrite:
        msg = f"{path} exists; pass overwrite=True to replace it, or write to another file"
        raise OverwriteError(msg)


def _write_file(table: TableSource, tmp: Path, fmt: str, extra: dict[str, Any],
                mask: NDArray[np.bool_] | None, batch_rows: int) -> tuple[int, list[Problem]]:
    """Write the rows kept, with the added columns, to ``tmp``: ``(rows written, problems)``."""
    pa = require("pyarrow", "writing tables")
    schema = table.schema()
    for name, values in extra.items():
        schema = schema.append(pa.field(name, values.type))
    written, problems = 0, []
    with _writer(tmp, fmt, schema) as writer:
        for item in table.batches(None, batch_rows):
            if isinstance(item, Unreadable):
                problems.append(Problem(table.shown, item.message(), True))
                continue
            first, _, batch = item
            n = batch.num_rows
            arrays = [*batch.columns, *(values.slice(first, n) for values in extra.values())]
            out = pa.Table.from_arrays(arrays, names=schema.names)
            if not out.schema.equals(schema):
                out = out.cast(schema)
            if mask is not None:
                out = out.filter(pa.array(mask[first : first + n]))
            if out.num_rows:
                writer.write_table(out)
                written += out.num_rows
    return written, problems


@contextmanager
def _writer(path: Path, fmt: str, schema: Any) -> Iterator[Any]:
    """An open Parquet or Arrow IPC file writer for ``schema``, closed on leaving."""
    pa = require("pyarrow", "writing tables")
    if fmt == "parquet":
        with require("pyarrow.parquet", "writing Parquet files").ParquetWriter(str(path), schema) as writer:
            yield writer
    else:
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
            yield writer
