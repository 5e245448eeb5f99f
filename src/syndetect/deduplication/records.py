"""Reading records in batches and writing them back, one entry per input format.

:data:`FORMATS` maps a file suffix to its :class:`Format`: a reader that yields a file's records in
batches (:class:`RecordBatch`: documents, their rows, problems) and a writer that copies the file to
its destination keeping or dropping each record and adding the marks (:class:`Marks`). The reader
runs in the first pass, the writer in the second, so neither holds more than a batch. JSONL, CSV and
single-text files (.txt, .md, .html) are here; table formats plug into the same table.

What is kept of the input: a JSONL record's line is copied byte for byte, with the marks spliced in
before its closing brace (re-encoded as JSON only when it already has a field of a mark's name); a
CSV row is re-written with the input's delimiter and the marks as extra columns; a text file is
copied as it is. Records that could not be read (listed as problems) are copied unchanged, without
marks, except a malformed CSV row, which the CSV module cannot write back and which is left out.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np
from numpy.typing import NDArray

from ..errors import ConfigError, OverwriteError
from ..io.corpus import iter_corpus
from ..io.decoding import decode_legacy
from ..io.discovery import TABLE_SUFFIXES, InputFile
from ..io.problems import Problem
from ..io.records import Fields, RecordReader, numbered_csv_rows, sniff_delimiter
from ..io.tables import iter_table_batches
from ..types import Document
from .config import DedupConfig

__all__ = ["FORMATS", "MARK_NAMES", "Format", "Marks", "ReadOptions", "RecordBatch", "atomic_output",
           "checked_settings", "format_of"]

I64 = NDArray[np.int64]

MARK_NAMES = ("dedup_family", "dedup_kept", "dedup_reason", "dedup_kept_id", "dedup_similarity")
"""Default names of the added fields or columns, in the order of :class:`Marks` values."""


def checked_settings(config: object, mode: str,
                     mark_names: Sequence[str]) -> tuple[DedupConfig, tuple[str, ...]]:
    """The run's config (the default for None) and mark names, or a :class:`ConfigError` naming the
    setting that is wrong: ``config`` a :class:`~.config.DedupConfig`, ``mode`` ``"drop"`` or
    ``"mark"``, ``mark_names`` five distinct non-empty names."""
    cfg = DedupConfig() if config is None else config
    if not isinstance(cfg, DedupConfig):
        raise ConfigError(f"config must be a syndetect.DedupConfig, got {type(cfg).__name__}")
    if mode not in ("drop", "mark"):
        raise ConfigError(f"mode must be 'drop' or 'mark', got {mode!r}")
    names = tuple(mark_names)
    if len(names) != len(MARK_NAMES) or len(set(names)) != len(names) or not all(
            isinstance(n, str) and n for n in names):
        msg = f"mark_names must be {len(MARK_NAMES)} distinct non-empty names, got {mark_names!r}"
        raise ConfigError(msg)
    return cfg, names


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How record files are read (as for :func:`syndetect.read_corpus`)."""

    fields: Fields
    max_bytes: int
    csv_delimiter: str | None


@dataclass(frozen=True, slots=True)
class RecordBatch:
    """Some records of one input, in input order: the documents read, the row of each (see
    :func:`Format.read`), and the problems met."""

    documents: list[Document]
    rows: I64
    problems: list[Problem]


@dataclass(frozen=True, slots=True)
class Marks:
    """What the second pass writes for one input: for the records at ``rows`` (ascending), whether
    each is kept and the values of the added fields (:data:`MARK_NAMES` order, named ``names``).
    ``mark`` adds the fields; otherwise dropped records are left out and nothing is added."""

    rows: I64
    keep: NDArray[np.bool_]
    values: list[tuple[Any, ...]]
    names: tuple[str, ...]
    mark: bool

    def at(self) -> Callable[[int], int]:
        """A look-up, for rows asked in ascending order, of the entry of a row (-1 if none)."""
        rows = self.rows.tolist()
        pos = [0]

        def find(row: int) -> int:
            while pos[0] < len(rows) and rows[pos[0]] < row:
                pos[0] += 1
            return pos[0] if pos[0] < len(rows) and rows[pos[0]] == row else -1

        return find


def _batches(items: Iterable[Document | Problem], size: int, row: Callable[[Document], int]) -> Iterator[
        RecordBatch]:
    docs: list[Document] = []
    rows: list[int] = []
    problems: list[Problem] = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        docs.append(item)
        rows.append(row(item))
        if len(docs) >= size:
            yield RecordBatch(docs, np.array(rows, dtype=np.int64), problems)
            docs, rows, problems = [], [], []
    if docs or problems:
        yield RecordBatch(docs, np.array(rows, dtype=np.int64), problems)


def _emit(shown: str, line: int | None, doc: Document) -> Iterator[Document | Problem]:
    yield doc  # repeated ids are allowed: records are told apart by their place


def _line_row(doc: Document) -> int:
    return int(doc.meta["line"]) - 1


# --------------------------------------------------------------------------------------------------
# JSONL


def _read_jsonl(inp: InputFile, opts: ReadOptions, size: int) -> Iterator[RecordBatch]:
    reader = RecordReader(fields=opts.fields, max_bytes=opts.max_bytes, csv_delimiter=None, emit=_emit)
    with open(inp.path, "rb") as fh:
        yield from _batches(reader.read_jsonl(inp, fh), size, _line_row)


def _splice(line: bytes, names: Sequence[str], values: tuple[Any, ...]) -> bytes:
    """``line`` (one JSON object and its line ending) with the fields ``names`` set to ``values``."""
    body = line.rstrip(b"\r\n")
    ending = line[len(body):] or b"\n"
    added = dict(zip(names, values, strict=True))
    if any(json.dumps(name).encode() in body for name in names):  # a field of that name: re-encode
        with contextlib.suppress(ValueError):
            obj = json.loads(body.lstrip(b"\xef\xbb\xbf"))
            obj.update(added)
            return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass") + ending
    head = body.rstrip()[:-1].rstrip()
    glue = b"" if head.endswith(b"{") else b", "
    return head + glue + json.dumps(added)[1:-1].encode("ascii") + b"}" + ending


def _write_jsonl(inp: InputFile, out: IO[bytes], marks: Marks) -> None:
    find = marks.at()
    with open(inp.path, "rb") as fh:
        for i, line in enumerate(fh):
            if i == 0 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            at = find(i)
            if at < 0:
                out.write(line)
            elif marks.mark:
                out.write(_splice(line, marks.names, marks.values[at]))
            elif marks.keep[at]:
                out.write(line)


# --------------------------------------------------------------------------------------------------
# CSV


def _read_csv(inp: InputFile, opts: ReadOptions, size: int) -> Iterator[RecordBatch]:
    reader = RecordReader(fields=opts.fields, max_bytes=opts.max_bytes, csv_delimiter=opts.csv_delimiter,
                          emit=_emit)
    with open(inp.path, "rb") as fh:
        yield from _batches(reader.read_csv(inp, fh), size, _line_row)


def _decoded_lines(fh: IO[bytes]) -> Iterator[str]:
    for n, raw in enumerate(fh):
        if n == 0 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield decode_legacy(raw)[0]


def _write_csv(inp: InputFile, out: IO[bytes], marks: Marks, fields: Fields, delimiter: str | None) -> None:
    """The rows of a CSV file, numbered by the line each starts on as the reader numbers them."""
    find = marks.at()
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    with open(inp.path, "rb") as fh:
        lines = _decoded_lines(fh)
        first = next(lines, None)
        if first is None:
            return
        sep = delimiter or sniff_delimiter(first, fields.text)
        reader = csv.reader(_chain(first, lines), delimiter=sep, strict=True)
        writer = csv.writer(text, delimiter=sep, lineterminator="\n")
        try:
            header = next(reader)
        except (StopIteration, csv.Error):
            return
        writer.writerow([*header, *marks.names] if marks.mark else header)
        for line, row in numbered_csv_rows(reader):
            if isinstance(row, csv.Error):
                continue
            at = find(line - 1)
            if at < 0:
                writer.writerow(row)
            elif marks.mark:
                writer.writerow([*row, *("" if v is None else v for v in marks.values[at])])
            elif marks.keep[at]:
                writer.writerow(row)
    text.detach()


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


# --------------------------------------------------------------------------------------------------
# one text per file


def _read_text(inp: InputFile, opts: ReadOptions, size: int) -> Iterator[RecordBatch]:
    items = (dataclasses.replace(item, id=inp.doc_id) if isinstance(item, Document) else item
             for item in iter_corpus([inp.path], max_bytes=opts.max_bytes))
    yield from _batches(items, size, lambda doc: 0)


def _write_text(inp: InputFile, out: IO[bytes], marks: Marks) -> None:
    with open(inp.path, "rb") as fh:
        shutil.copyfileobj(fh, out)


# --------------------------------------------------------------------------------------------------
# tables (Parquet, Arrow IPC): written by .tables


def _read_table(inp: InputFile, opts: ReadOptions, size: int) -> Iterator[RecordBatch]:
    """The rows of a Parquet or Arrow file (row numbers from 0); a file that cannot be read (or
    without pyarrow installed), a missing text column, a bad row or row group is a problem and the
    rest goes on."""
    try:
        for batch in iter_table_batches(inp.path, opts.fields, size, max_bytes=opts.max_bytes,
                                        shown=inp.shown, id_prefix=inp.doc_id, unique_ids=False,
                                        on_error="problem"):
            yield RecordBatch(batch.documents, batch.rows, batch.problems)
    except ConfigError as exc:  # pyarrow is missing: this file is skipped, the other inputs go on
        yield RecordBatch([], np.zeros(0, np.int64), [Problem(inp.shown, f"{exc}; skipped", True)])


@dataclass(frozen=True, slots=True)
class Format:
    """One input format: ``read(input, options, batch_size)`` yields its records in batches, with the
    row of each (a JSONL line, the line a CSV record starts on, a table row, all 0-based; 0 for a
    one-text file); ``write(input, stream, marks, options)`` writes its copy (None for a ``table``,
    whose copy :mod:`.tables` writes). ``one_text`` formats hold one record per file: their copy is
    written for a kept record only and their marks go to a JSONL file of their own."""

    name: str
    read: Callable[[InputFile, ReadOptions, int], Iterator[RecordBatch]]
    write: Callable[[InputFile, IO[bytes], Marks, ReadOptions], None] | None
    one_text: bool = False
    table: bool = False


_JSONL = Format("jsonl", _read_jsonl, lambda inp, out, marks, opts: _write_jsonl(inp, out, marks))
_CSV = Format("csv", _read_csv,
              lambda inp, out, marks, opts: _write_csv(inp, out, marks, opts.fields, opts.csv_delimiter))
_TEXT = Format("text", _read_text, lambda inp, out, marks, opts: _write_text(inp, out, marks), one_text=True)
_TABLE = Format("table", _read_table, None, table=True)

FORMATS: Mapping[str, Format] = {
    ".jsonl": _JSONL, ".ndjson": _JSONL, ".csv": _CSV,
    ".txt": _TEXT, ".md": _TEXT, ".html": _TEXT, ".htm": _TEXT,
    **dict.fromkeys(sorted(TABLE_SUFFIXES), _TABLE),
}
"""The formats by file suffix (lower case)."""


def format_of(path: str) -> Format | None:
    """The format of a file from its suffix; a file named explicitly with another suffix is text."""
    return FORMATS.get(Path(path).suffix.lower())


@contextlib.contextmanager
def atomic_output(path: Path, *, overwrite: bool) -> Iterator[IO[bytes]]:
    """A binary stream that becomes ``path`` when the block ends without an error (written to a
    temporary file next to it, then renamed): refuses an existing ``path`` unless ``overwrite``."""
    if path.exists() and not overwrite:
        msg = f"{path} exists; choose another output or pass overwrite=True (--overwrite) to replace it"
        raise OverwriteError(msg)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
