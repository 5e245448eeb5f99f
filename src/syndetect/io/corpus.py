"""Reading documents: files, directories, HTML pages, JSONL/JSON records, CSV rows and stdin.

This is the only module that opens input files. It turns paths into :class:`~syndetect.types.Document`
objects and never lets one bad input stop the rest: every problem becomes a :class:`Problem` (``path:
reason``) and reading goes on. Nothing is ever written into the scanned tree. Its parts:
:mod:`~syndetect.io.discovery` (which files, in which order, with which ids),
:mod:`~syndetect.io.decoding` (bytes to text), :mod:`~syndetect.io.records` (JSONL, JSON and CSV
records) and :mod:`~syndetect.io.problems` (the :class:`Problem` type and its messages); text and
HTML files are read here.

Formats, chosen by file extension:

``.txt``, ``.md`` (and any file named explicitly on the command line with another extension)
    One document per file; the text is kept as it is (Markdown syntax included).
``.html``, ``.htm``
    One document per file: the main text of the page (see *HTML extraction* below).
``.jsonl``, ``.ndjson``
    One JSON object per line, one document per object (``-`` reads JSONL from standard input).
``.json``
    A JSON array of objects, or one object; a file that is not valid JSON as a whole is read as JSONL.
``.csv``
    One document per row; the first row names the columns.
``.parquet``, ``.arrow``, ``.feather``, ``.ipc``
    One document per row of a Parquet file or an Arrow IPC file or stream (Feather version 2), read a
    row group or record batch at a time by :mod:`~syndetect.io.tables` (needs pyarrow: ``pip install
    'syndetect[parquet]'``).

Record fields and table columns are configurable with :class:`Fields` (``id``, ``text``, and optional
``source``, ``date``, ``url``). A record without an id gets ``<file id>:<line>``, a table row
``<file id>:<row>`` (rows numbered from 0). An in-memory table (a ``pyarrow.Table``, a pandas or Polars
``DataFrame``, a ``datasets.Dataset``) given instead of paths is read the same way.

Document ids: a file's path relative to the deepest common parent directory of the paths given (a
directory counts as itself, a file as its parent; POSIX separators), or the record's id field. So one
directory gives ``a.txt``, ``sub/b.txt``; a file given alone gives its name; ``d1 d2`` or ``d1/a.txt
d2/a.txt`` give ``d1/a.txt`` and ``d2/a.txt``: files from different folders never share an id, and the
same inputs always give the same ids. Directories are walked recursively in sorted order of relative
path, so the same tree always gives the same order; hidden entries (names starting with ``.``) and files
with other extensions are left out.

HTML extraction
    A small extractor on the standard library's :class:`html.parser.HTMLParser`. It drops ``script``,
    ``style``, ``nav``, ``header``, ``footer``, ``aside``, ``form``, ``noscript`` and similar elements (and
    anything marked ``hidden``, ``aria-hidden="true"`` or with a navigation/banner/footer role), keeps block
    structure as blank-line separated paragraphs, and prefers the page's ``<main>`` element, or else its
    largest ``<article>``, when there is one. Why not a library such as trafilatura or readability:
    they are good at boilerplate removal on arbitrary web pages but pull in lxml and a dozen transitive
    dependencies, and syndetect already drops repeated page furniture itself (boilerplate fingerprints
    by document frequency, per outlet). What this reader has to get right is narrower: never keep script
    or style text, never lose the article body, decode entities, and be deterministic on malformed markup.
    ``html.parser`` is lenient, always available and stable across Python versions.

Bad input (each reported once as a :class:`Problem`, the rest goes on)
    binary files (a NUL byte), text that is not UTF-8 (decoded as cp1252, or Latin-1 when cp1252 cannot,
    with a warning), a UTF-8 byte order mark (removed, with a note), empty files or records, files larger
    than ``max_bytes``, unreadable files, symlink loops, malformed JSONL lines and CSV rows (with their line
    number), and duplicate record ids (the later one is skipped). CSV files separated by ``;``, tabs or
    ``|`` are recognised from their header line. Tables: a file that is not a readable table, a missing
    text column or one that holds no text (the file is skipped), a row group that cannot be read, and
    rows whose text is null, not a string or empty (with their row number and row group).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import ConfigError, CorpusError, CorpusTypeError
from ..text.html import extract_html_text
from ..types import Document
from .decoding import decode
from .discovery import (
    CORPUS_SUFFIXES,
    CSV_SUFFIXES,
    HTML_SUFFIXES,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    STDIN,
    STDIN_NAME,
    TABLE_SUFFIXES,
    TEXT_SUFFIXES,
    InputFile,
    SourceFrom,
    common_parent,
    find_inputs,
)
from .problems import MISSING_FIELD, Problem, cannot_read, too_large
from .records import CSV_DELIMITERS, DEFAULT_MAX_BYTES, Fields, RecordReader, sniff_delimiter
from .table_sources import is_table
from .tables import iter_table_batches

__all__ = [
    "CORPUS_SUFFIXES",
    "CSV_DELIMITERS",
    "CSV_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "MISSING_FIELD",
    "STDIN",
    "STDIN_NAME",
    "TABLE_SUFFIXES",
    "TEXT_SUFFIXES",
    "CorpusRead",
    "Fields",
    "Problem",
    "SourceFrom",
    "extract_html_text",
    "iter_corpus",
    "read_corpus",
    "sniff_delimiter",
]

ProgressCallback = Callable[[str, int, int], None]

Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | Any
"""Files and directories to read, or one in-memory table (a ``pyarrow.Table``, a pandas or Polars
``DataFrame``, a ``datasets.Dataset``)."""


@dataclass(slots=True)
class CorpusRead:
    """Everything :func:`read_corpus` read: the documents, in order, and the problems met."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    """Input files opened (stdin counts as one)."""

    @property
    def skipped(self) -> int:
        """Inputs (files, records, rows) that were not read because of a problem."""
        return sum(p.fatal_for_document for p in self.problems)

    @property
    def warnings(self) -> int:
        """Problems that did not stop an input from being read."""
        return sum(not p.fatal_for_document for p in self.problems)


def _path_list(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """``paths`` as a list of strings; one path (a ``str`` or ``PathLike``) is a list of one, not the
    characters of its name."""
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    if isinstance(paths, bytes):
        msg = f"paths must be str or os.PathLike, got bytes {paths!r}; decode it, e.g. paths.decode()"
        raise CorpusTypeError(msg)
    return [os.fspath(p) for p in paths]


def read_corpus(
    paths: Paths,
    *,
    fields: Fields | None = None,
    source_from: SourceFrom | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
    progress: ProgressCallback | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    csv_delimiter: str | None = None,
) -> CorpusRead:
    """Read every document under ``paths`` (files, directories, or ``"-"`` for JSONL on stdin).

    See :func:`iter_corpus` for the arguments; ``on_problem`` is called with each problem as it is met
    (to report it at once), and all of them are also collected in the result.
    """
    reader = _make_reader(fields, source_from, max_bytes, stdin, csv_delimiter)
    result = CorpusRead()
    for item in reader.run(paths, progress):
        if isinstance(item, Problem):
            result.problems.append(item)
            if on_problem is not None:
                on_problem(item)
        else:
            result.documents.append(item)
    result.files = reader.files
    return result


def iter_corpus(
    paths: Paths,
    *,
    fields: Fields | None = None,
    source_from: SourceFrom | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
    progress: ProgressCallback | None = None,
    csv_delimiter: str | None = None,
) -> Iterator[Document | Problem]:
    """Yield documents and problems in a deterministic order, reading one file at a time.

    ``fields`` names the record fields (defaults: ``id``, ``text``, ``source``, ``date``, ``url``).
    ``source_from="dir"`` sets each file's ``source`` to the first directory level of its path relative
    to the directory given (a record's own source field wins). ``max_bytes`` caps the size of one
    document (a text or HTML file, or one record's text); JSONL and CSV files themselves may be larger.
    ``stdin`` is read for the path ``"-"`` (default: ``sys.stdin.buffer``). ``progress`` is called as
    ``progress("reading", files_done, files_total)``. ``csv_delimiter`` is the CSV field delimiter
    (default: found from each file's header line by :func:`sniff_delimiter`).

    Document ids are paths relative to the deepest common parent directory of the ``paths`` given (a
    directory counts as itself, a file as its parent), with ``/`` separators: one directory gives
    ``a.txt`` and ``2020/b.txt``, ``d1 d2`` (or ``d1/a.txt d2/a.txt``) give ``d1/a.txt`` and
    ``d2/a.txt``, so files of different folders never share an id. Records keep their id field.

    ``paths`` may instead be one in-memory table (a ``pyarrow.Table``, a pandas or Polars
    ``DataFrame``, a ``datasets.Dataset``): one document per row, named by ``fields`` as for a table
    file; a row without an id gets its row number (from 0) as id. Its problems name it
    ``pandas.DataFrame`` (and so on) with the row.
    """
    reader = _make_reader(fields, source_from, max_bytes, stdin, csv_delimiter)
    yield from reader.run(paths, progress)


def _make_reader(
    fields: Fields | None,
    source_from: SourceFrom | None,
    max_bytes: int,
    stdin: IO[bytes] | None,
    csv_delimiter: str | None = None,
) -> _Reader:
    if source_from not in (None, "dir"):
        msg = f"source_from must be None or 'dir', got {source_from!r}"
        raise CorpusError(msg)
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        msg = f"max_bytes must be a positive integer, got {max_bytes!r}"
        raise CorpusError(msg)
    if csv_delimiter is not None and len(csv_delimiter) != 1:
        msg = f"csv_delimiter must be one character, got {csv_delimiter!r}"
        raise CorpusError(msg)
    return _Reader(fields=fields or Fields(), source_from=source_from, max_bytes=max_bytes, stdin=stdin,
                   csv_delimiter=csv_delimiter)


# --------------------------------------------------------------------------------------------------
# Reading


class _Reader:
    """Reads the inputs one file at a time: text and HTML files here, record files through
    :class:`~syndetect.io.records.RecordReader`; remembers the ids and files already read."""

    def __init__(
        self,
        *,
        fields: Fields,
        source_from: SourceFrom | None,
        max_bytes: int,
        stdin: IO[bytes] | None,
        csv_delimiter: str | None = None,
    ) -> None:
        self.base = "."
        self.source_from = source_from
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.records = RecordReader(
            fields=fields, max_bytes=max_bytes, csv_delimiter=csv_delimiter, emit=self._emit
        )
        self.seen_ids: dict[str, str] = {}
        self.seen_files: dict[tuple[int, int], str] = {}
        self.files = 0

    def run(self, given: Paths, progress: ProgressCallback | None) -> Iterator[Document | Problem]:
        if is_table(given):
            yield from self._in_memory(given, progress)
            return
        paths = _path_list(given)
        self.base = common_parent(paths)
        inputs: list[InputFile] = []
        for path in paths:
            for item in find_inputs(path, self.base, self.source_from):
                if isinstance(item, Problem):
                    yield item
                else:
                    inputs.append(item)
        total = len(inputs)
        if progress is not None:
            progress("reading", 0, total)
        for done, inp in enumerate(inputs, 1):
            self.files += 1
            yield from self._read_input(inp)
            if progress is not None:
                progress("reading", done, total)

    def _read_input(self, inp: InputFile) -> Iterator[Document | Problem]:
        if inp.path == STDIN:
            stream = self.stdin if self.stdin is not None else sys.stdin.buffer
            yield from self.records.read_jsonl(inp, iter(stream))
            return
        try:
            st = os.stat(inp.path)
        except OSError as exc:
            yield Problem(inp.shown, cannot_read(exc), True)
            return
        if not stat.S_ISREG(st.st_mode):
            yield Problem(inp.shown, "not a regular file; skipped", True)
            return
        key = (st.st_dev, st.st_ino)
        if key in self.seen_files:
            yield Problem(inp.shown, f"same file as {self.seen_files[key]} (reached twice); skipped", True)
            return
        self.seen_files[key] = inp.shown
        suffix = Path(inp.path).suffix.lower()
        try:
            if suffix in JSONL_SUFFIXES:
                with open(inp.path, "rb") as fh:
                    yield from self.records.read_jsonl(inp, fh)
            elif suffix in JSON_SUFFIXES:
                with open(inp.path, "rb") as fh:
                    data = fh.read()
                yield from self.records.read_json(inp, data)
            elif suffix in CSV_SUFFIXES:
                with open(inp.path, "rb") as fh:
                    yield from self.records.read_csv(inp, fh)
            elif suffix in TABLE_SUFFIXES:
                yield from self._table(inp.path, inp.shown, inp.doc_id, inp.source)
            else:
                yield from self._single_file(inp, st.st_size, html=suffix in HTML_SUFFIXES)
        except OSError as exc:
            yield Problem(inp.shown, cannot_read(exc), True)

    def _in_memory(self, table: object, progress: ProgressCallback | None) -> Iterator[Document | Problem]:
        if progress is not None:
            progress("reading", 0, 1)
        self.files += 1
        yield from self._table(table, None, None, None)
        if progress is not None:
            progress("reading", 1, 1)

    def _table(
        self, source: object, shown: str | None, id_prefix: str | None, default_source: str | None
    ) -> Iterator[Document | Problem]:
        """The documents of a table file or an in-memory table, a batch of rows at a time; a table
        that cannot be read (no text column, not a table file, pyarrow missing) is one problem."""
        try:
            batches = iter_table_batches(
                source, self.records.fields, shown=shown, id_prefix=id_prefix, default_source=default_source,
                max_bytes=self.max_bytes, unique_ids=shown is None, on_error="problem",
            )
            for batch in batches:
                yield from batch.problems
                if shown is None:  # in memory: the only input, whose ids were checked as it was read
                    yield from batch.documents
                    continue
                for doc in batch.documents:
                    yield from self._emit(f"{shown}: row {doc.meta['row']}", None, doc)
        except ConfigError as exc:  # an optional library is missing
            yield Problem(shown or type(source).__name__, f"{exc}; skipped", True)

    def _single_file(self, inp: InputFile, size: int, *, html: bool) -> Iterator[Document | Problem]:
        if size > self.max_bytes:
            yield Problem(inp.shown, too_large(size, self.max_bytes), True)
            return
        with open(inp.path, "rb") as fh:
            # read(n) allocates n bytes up front: ask for what stat() promised (plus one byte to notice a
            # file that grew), not max_bytes, which a user may raise far above the file's size
            data = fh.read(min(size, self.max_bytes) + 1)
            if len(data) > size and len(data) <= self.max_bytes:  # the file grew since stat()
                data += fh.read(self.max_bytes + 1 - len(data))
        if len(data) > self.max_bytes:  # the file grew since stat(), or is a special file
            yield Problem(inp.shown, too_large(len(data), self.max_bytes), True)
            return
        text, notes = decode(data, html=html)
        if text is None:
            yield Problem(inp.shown, notes[0], True)
            return
        for note in notes:
            yield Problem(inp.shown, note, False)
        if html:
            text = extract_html_text(text)
        if not text.strip():
            yield Problem(
                inp.shown, "empty (no text); skipped" if not html else "no text in the page; skipped", True
            )
            return
        yield from self._emit(
            inp.shown, None, Document(id=inp.doc_id, text=text, source=inp.source, meta={"path": inp.shown})
        )

    def _emit(self, shown: str, line: int | None, doc: Document) -> Iterator[Document | Problem]:
        first = self.seen_ids.get(doc.id)
        if first is not None:
            yield Problem(shown, f"duplicate id {doc.id!r} (first read from {first}); skipped", True, line)
            return
        self.seen_ids[doc.id] = shown if line is None else f"{shown}:{line}"
        yield doc
