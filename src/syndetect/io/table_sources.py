"""Tables read a slice of rows at a time: Parquet files by row group, Arrow IPC files (and Feather
version 2, the same format) and streams by record batch, and in-memory pyarrow Tables, pandas and
Polars DataFrames and Hugging Face Datasets by slices of rows.

:func:`open_table` gives a :class:`TableSource` for any of them, or the :class:`Problem` that stops it
(a file that cannot be opened, an object of another kind). Nothing here builds documents: that is
:mod:`syndetect.io.tables`. Rows are numbered from 0 in input order, as pandas and pyarrow number them.

pyarrow, pandas, polars and datasets are imported only when a table of theirs is read (a file needs
pyarrow); a missing one is a :class:`~syndetect.errors.ConfigError` naming the extra to install.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..errors import ConfigError
from .discovery import ARROW_SUFFIXES, PARQUET_SUFFIXES, TABLE_SUFFIXES
from .problems import Problem, cannot_read

__all__ = ["EXTRAS", "Slice", "TableSource", "Unreadable", "is_table", "open_table", "require", "table_kind"]

EXTRAS = {"pyarrow": "parquet", "pandas": "frames", "polars": "polars", "datasets": "hf"}
"""The optional extra of syndetect that installs each library a table may come from."""

_KINDS = {"pyarrow": "pyarrow.Table", "pandas": "pandas.DataFrame", "polars": "polars.DataFrame",
          "datasets": "datasets.Dataset"}
_BUFFER = 1 << 20
"""Bytes read from a Parquet file at a time: the reader streams pages instead of whole column chunks."""


def require(module: str, what: str) -> Any:
    """Import optional ``module`` (pyarrow, pandas, polars or datasets), or raise a ConfigError saying
    that ``what`` needs it and which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        extra = EXTRAS.get(module.split(".")[0], "frames")
        msg = f"{what} needs {module.split('.')[0]}: pip install 'syndetect[{extra}]'"
        raise ConfigError(msg) from exc


def is_table(obj: object) -> bool:
    """Whether ``obj`` comes from a library whose tables this module reads (pyarrow, pandas, polars,
    datasets; a subclass defined elsewhere counts), told without importing the library."""
    return table_kind(obj) is not None


def table_kind(obj: object) -> tuple[str, str] | None:
    """``(library, class name)`` of the first class of ``obj``'s type, or of a base class, that comes
    from pyarrow, pandas, polars or datasets; None for any other object."""
    for cls in type(obj).__mro__:
        root = cls.__module__.split(".")[0]
        if root in _KINDS:
            return root, cls.__name__
    return None


@dataclass(frozen=True, slots=True)
class Slice:
    """Rows ``first`` to ``first + len`` of a table, from ``part`` ("row group 2", "record batch 0",
    or "" in memory): ``values`` maps each column asked for to its values, missing ones None."""

    first: int
    part: str
    values: dict[str, list[Any]]


@dataclass(frozen=True, slots=True)
class Unreadable:
    """Rows of a table that cannot be read: ``rows`` of them from ``first`` (None: to the end of the
    file), in ``part``, and why."""

    first: int
    rows: int | None
    part: str
    reason: str

    def message(self) -> str:
        """The reason given for these rows."""
        if self.rows is None:
            return (f"{self.part} (rows from {self.first} on) cannot be read ({self.reason}); "
                    "the rest of the file skipped")
        last = self.first + self.rows - 1
        return f"{self.part} (rows {self.first} to {last}) cannot be read ({self.reason}); its rows skipped"


Batch = tuple[int, str, Any]
"""``(first row, part, pyarrow.RecordBatch)``."""


class TableSource:
    """A table to read. ``shown`` names it in messages; ``path`` is its file, or None in memory;
    ``rows`` is its number of rows (readable rows for an Arrow file with a bad record batch)."""

    kind = "table"

    def __init__(self, shown: str, path: str | None, columns: tuple[str, ...], rows: int) -> None:
        self.shown = shown
        self.path = path
        self.columns = columns
        self.rows = rows

    def column_type(self, name: str) -> tuple[str, str]:
        """What column ``name`` holds, ``(kind, type name)``: the kind is ``"string"``,
        ``"integer"``, ``"null"`` (nothing), ``"object"`` (anything: each value is checked) or
        ``"other"``."""
        data_type = self.schema().field(name).type
        return arrow_kind(data_type), str(data_type)

    def schema(self) -> Any:
        """The pyarrow schema of the rows :meth:`batches` gives."""
        raise NotImplementedError

    def batches(self, names: list[str] | None, batch_rows: int) -> Iterator[Batch | Unreadable]:
        """The rows as pyarrow record batches of at most ``batch_rows`` rows, in order, with the
        columns ``names`` (all when None)."""
        raise NotImplementedError

    def slices(self, names: list[str], batch_rows: int) -> Iterator[Slice | Unreadable]:
        """The values of columns ``names``, ``batch_rows`` rows at a time."""
        for item in self.batches(names, batch_rows):
            if isinstance(item, Unreadable):
                yield item
            else:
                first, part, batch = item
                yield Slice(first, part, {n: batch.column(n).to_pylist() for n in names})

    def rebuild(self, extra: dict[str, Any], keep: NDArray[np.bool_] | None) -> Any:
        """The in-memory table with the ``extra`` pyarrow arrays as new columns, rows where ``keep``."""
        msg = f"{self.shown} is a file: give write_table a destination path"
        raise ConfigError(msg)

    def by_slices(self, rows_from: Callable[[int], Any]) -> Iterator[Batch | Unreadable]:
        """The batches of the pyarrow tables ``rows_from(start)`` gives for ``start`` = 0, ``step``,
        ``2 * step``... up to :attr:`rows` (``rows_from`` knows the step)."""
        first = 0
        while first < self.rows:
            table = rows_from(first)
            if table.num_rows == 0:  # pragma: no cover - a table shorter than it said
                return
            for batch in table.to_batches():
                yield first, "", batch
                first += batch.num_rows


def arrow_kind(data_type: Any) -> str:
    """:meth:`TableSource.column_type` of a pyarrow type."""
    pa = require("pyarrow", "reading tables")
    if pa.types.is_dictionary(data_type):
        data_type = data_type.value_type
    if pa.types.is_string(data_type) or pa.types.is_large_string(data_type) or (
        hasattr(pa.types, "is_string_view") and pa.types.is_string_view(data_type)
    ):
        return "string"
    if pa.types.is_integer(data_type):
        return "integer"
    return "null" if pa.types.is_null(data_type) else "other"


def _reason(exc: Exception) -> str:
    """An exception as a short reason: its first line."""
    lines = str(exc).strip().splitlines()
    if not lines:
        return type(exc).__name__
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in lines[0])


class _ParquetFile(TableSource):
    """A Parquet file, read one row group at a time, a page buffer at a time within it."""

    kind = "parquet"

    def __init__(self, shown: str, path: str, pf: Any) -> None:
        self.pf = pf
        super().__init__(shown, path, tuple(pf.schema_arrow.names), pf.metadata.num_rows)

    def schema(self) -> Any:
        return self.pf.schema_arrow

    def batches(self, names: list[str] | None, batch_rows: int) -> Iterator[Batch | Unreadable]:
        pa = require("pyarrow", "reading Parquet files")
        pool = pa.default_memory_pool()
        first = 0
        for group in range(self.pf.metadata.num_row_groups):
            size = self.pf.metadata.row_group(group).num_rows
            part, at = f"row group {group}", first
            try:
                for batch in self.pf.iter_batches(batch_rows, row_groups=[group], columns=names,
                                                  use_threads=False):
                    yield at, part, batch
                    at += batch.num_rows
                    del batch
                    # hand the pages of the batches done back to the system: Arrow's default
                    # allocator (mimalloc) otherwise keeps them, and the peak grows with the file
                    pool.release_unused()
            except (OSError, pa.ArrowException) as exc:
                yield Unreadable(at, first + size - at, part, _reason(exc))
            first += size


class _ArrowFile(TableSource):
    """An Arrow IPC file (Feather version 2) or stream, read one record batch at a time. A batch that
    cannot be read ends the reading: the rows after it cannot be numbered."""

    kind = "arrow"

    def __init__(self, shown: str, path: str, schema: Any, rows: int, stream: bool) -> None:
        self._schema, self.stream = schema, stream
        super().__init__(shown, path, tuple(schema.names), rows)

    def schema(self) -> Any:
        return self._schema

    def batches(self, names: list[str] | None, batch_rows: int) -> Iterator[Batch | Unreadable]:
        ipc = require("pyarrow.ipc", "reading Arrow files")
        pa = require("pyarrow", "reading Arrow files")
        first, number = 0, 0
        with pa.OSFile(self.path) as fh:
            reader = ipc.open_stream(fh) if self.stream else ipc.open_file(fh)
            while self.stream or number < reader.num_record_batches:
                part = f"record batch {number}"
                try:
                    batch = reader.read_next_batch() if self.stream else reader.get_batch(number)
                except StopIteration:
                    return
                except (OSError, pa.ArrowException) as exc:
                    yield Unreadable(first, None, part, _reason(exc))
                    return
                if names is not None:
                    batch = batch.select(names)
                for start in range(0, batch.num_rows, batch_rows):
                    yield first + start, part, batch.slice(start, batch_rows)
                first += batch.num_rows
                number += 1


class _ArrowTable(TableSource):
    """A pyarrow Table in memory."""

    kind = "pyarrow"

    def __init__(self, shown: str, table: Any) -> None:
        self.table = table
        super().__init__(shown, None, tuple(table.column_names), table.num_rows)

    def schema(self) -> Any:
        return self.table.schema

    def batches(self, names: list[str] | None, batch_rows: int) -> Iterator[Batch | Unreadable]:
        table = self.table if names is None else self.table.select(names)
        first = 0
        for batch in table.to_batches(max_chunksize=batch_rows):
            yield first, "", batch
            first += batch.num_rows

    def rebuild(self, extra: dict[str, Any], keep: NDArray[np.bool_] | None) -> Any:
        pa = require("pyarrow", "writing a pyarrow Table")
        table = self.table
        for name, values in extra.items():
            table = table.append_column(name, values)
        return table if keep is None else table.filter(pa.array(keep))


class _PolarsFrame(TableSource):
    """A Polars DataFrame, read by slices of rows converted to Arrow (no copy for most types)."""

    kind = "polars"

    def __init__(self, shown: str, frame: Any) -> None:
        self.frame = frame
        super().__init__(shown, None, tuple(frame.columns), frame.height)

    def schema(self) -> Any:
        return self.frame.head(0).to_arrow().schema

    def batches(self, names: list[str] | None, batch_rows: int) -> Iterator[Batch | Unreadable]:
        frame = self.frame if names is None else self.frame.select(names)
        return self.by_slices(lambda start: frame.slice(start, batch_rows).to_arrow())

    def rebuild(self, extra: dict[str, Any], keep: NDArray[np.bool_] | None) -> Any:
        pl = require("polars", "writing a Polars DataFrame")
        frame = self.frame.with_columns([pl.from_arrow(values).alias(name) for name, values in extra.items()])
        return frame if keep is None else frame.filter(pl.Series(keep))


class _Dataset(TableSource):
    """A Hugging Face ``datasets.Dataset`` (local data), read by slices of rows as Arrow tables."""

    kind = "datasets"

    def __init__(self, shown: str, dataset: Any) -> None:
        self.dataset = dataset
        super().__init__(shown, None, tuple(dataset.column_names), dataset.num_rows)

    def schema(self) -> Any:
        return self.dataset.features.arrow_schema

    def batches(self, names: list[str] | None, batch_rows: int) -> Iterator[Batch | Unreadable]:
        data = self.dataset.with_format("arrow")
        if names is not None:
            data = data.select_columns(names)
        return self.by_slices(lambda start: data[start : start + batch_rows])

    def rebuild(self, extra: dict[str, Any], keep: NDArray[np.bool_] | None) -> Any:
        dataset = self.dataset
        for name, values in extra.items():
            dataset = dataset.add_column(name, values.to_pylist())
        return dataset if keep is None else dataset.select(np.flatnonzero(keep))


class _PandasFrame(TableSource):
    """A pandas DataFrame, read by slices of rows: an ``object`` column may hold values of any type,
    each checked by the caller; missing values (None, NaN, NA, NaT) are None."""

    kind = "pandas"

    def __init__(self, shown: str, frame: Any) -> None:
        self.frame = frame
        labels = [str(c) for c in frame.columns]
        super().__init__(shown, None, tuple(labels), len(frame))

    def column_type(self, name: str) -> tuple[str, str]:
        pd = require("pandas", "reading a pandas DataFrame")
        dtype = self.frame[name].dtype
        if isinstance(dtype, pd.StringDtype) or getattr(dtype, "kind", "") in ("S", "U"):
            return "string", str(dtype)
        if dtype == np.dtype(object) or isinstance(dtype, pd.CategoricalDtype):
            return "object", str(dtype)
        return "integer" if pd.api.types.is_integer_dtype(dtype) else "other", str(dtype)

    def schema(self) -> Any:
        pa = require("pyarrow", "writing a pandas DataFrame to a file")
        return pa.Schema.from_pandas(self.frame, preserve_index=False)

    def slices(self, names: list[str], batch_rows: int) -> Iterator[Slice | Unreadable]:
        for start in range(0, self.rows, batch_rows):
            chunk = self.frame.iloc[start : start + batch_rows]
            values = {}
            for name in names:
                series = chunk[name]
                values[name] = series.astype(object).where(series.notna(), None).tolist()
            yield Slice(start, "", values)

    def batches(self, names: list[str] | None, batch_rows: int) -> Iterator[Batch | Unreadable]:
        pa = require("pyarrow", "writing a pandas DataFrame to a file")
        schema = self.schema()
        frame = self.frame if names is None else self.frame[names]
        for start in range(0, self.rows, batch_rows):
            chunk = frame.iloc[start : start + batch_rows]
            yield start, "", pa.RecordBatch.from_pandas(chunk, schema=schema, preserve_index=False)

    def rebuild(self, extra: dict[str, Any], keep: NDArray[np.bool_] | None) -> Any:
        frame = self.frame if keep is None else self.frame.iloc[np.flatnonzero(keep)]
        added = {}
        for name, values in extra.items():
            kept = values if keep is None else values.filter(keep)
            added[name] = kept.to_pandas().set_axis(frame.index)
        return frame.assign(**added)


def open_table(source: object, shown: str | None = None) -> TableSource | Problem:
    """The table ``source`` (a path to a Parquet or Arrow file, or an in-memory table), named
    ``shown`` in messages; or the problem that stops it from being read."""
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        return _open_file(path, shown or path)
    root, name = table_kind(source) or (type(source).__module__.split(".")[0], type(source).__name__)
    shown = shown or _KINDS.get(root, name)
    if root == "pyarrow" and name == "Table":
        return _ArrowTable(shown, source)
    if root == "pandas" and name == "DataFrame":
        return _PandasFrame(shown, source)
    if root == "polars" and name == "DataFrame":
        return _PolarsFrame(shown, source)
    if root == "datasets" and name == "Dataset":
        return _Dataset(shown, source)
    hint = _HINTS.get(name, "give a file path, a pyarrow.Table, a pandas or Polars DataFrame or a "
                            "datasets.Dataset")
    return Problem(shown, f"cannot read a {root}.{name} as a table; {hint}", True)


_HINTS = {
    "LazyFrame": "collect() it first",
    "DatasetDict": "pick a split, e.g. dataset['train']",
    "IterableDataset": "load it without streaming=True",
    "RecordBatch": "make it a table: pyarrow.Table.from_batches([batch])",
    "Series": "make it a DataFrame with a text column: series.to_frame('text')",
}


def _open_file(path: str, shown: str) -> TableSource | Problem:
    suffix = Path(path).suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        known = ", ".join(sorted(TABLE_SUFFIXES))
        return Problem(shown, f"not a table file (the extensions read as tables: {known}); skipped", True)
    pa = require("pyarrow", "reading Parquet and Arrow files")
    if os.path.isdir(path):
        return Problem(shown, "a directory, not a table file; read folders with iter_corpus", True)
    try:
        if suffix in PARQUET_SUFFIXES:
            pq = require("pyarrow.parquet", "reading Parquet files")
            pf = pq.ParquetFile(path, buffer_size=_BUFFER, pre_buffer=False)
            return _ParquetFile(shown, path, pf)
        assert suffix in ARROW_SUFFIXES
        return _open_arrow(path, shown)
    except OSError as exc:
        if isinstance(exc, pa.ArrowException) or exc.strerror is None:
            return Problem(shown, f"not a readable {_format(suffix)} file ({_reason(exc)}); skipped", True)
        return Problem(shown, cannot_read(exc), True)
    except pa.ArrowException as exc:
        return Problem(shown, f"not a readable {_format(suffix)} file ({_reason(exc)}); skipped", True)


def _format(suffix: str) -> str:
    return "Parquet" if suffix in PARQUET_SUFFIXES else "Arrow IPC"


def _open_arrow(path: str, shown: str) -> TableSource:
    """An Arrow IPC file, else an Arrow IPC stream; its rows are counted (the rows before a record
    batch that cannot be read)."""
    pa = require("pyarrow", "reading Arrow files")
    ipc = require("pyarrow.ipc", "reading Arrow files")
    with pa.OSFile(path) as fh:
        try:
            reader = ipc.open_file(fh)
            stream = False
        except pa.ArrowInvalid:
            fh.seek(0)
            reader = ipc.open_stream(fh)
            stream = True
        schema = reader.schema
        counted = None if stream else getattr(reader, "count_rows", None)
        try:
            rows = counted() if counted is not None else None
        except (OSError, pa.ArrowException):
            rows = None
    source = _ArrowFile(shown, path, schema, 0, stream)
    if rows is None:
        batches = source.batches(None, 1 << 62)
        rows = sum(item[2].num_rows for item in batches if not isinstance(item, Unreadable))
    source.rows = rows
    return source
