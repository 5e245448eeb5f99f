"""Reading documents: files, directories, HTML pages, JSONL/JSON records, CSV rows and stdin.

This is the only module that reads input. It turns paths into :class:`~syndetect.types.Document` objects
and never lets one bad input stop the rest: every problem becomes a :class:`Problem` (``path: reason``)
and reading goes on. Nothing is ever written into the scanned tree.

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

Record fields are configurable with :class:`Fields` (``id``, ``text``, and optional ``source``, ``date``,
``url``). A record without an id gets ``<file id>:<line>``.

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
    ``|`` are recognised from their header line.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from ..errors import CorpusError
from ..text.html import extract_html_text
from ..types import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "TEXT_SUFFIXES",
    "CorpusRead",
    "Fields",
    "Problem",
    "extract_html_text",
    "iter_corpus",
    "read_corpus",
]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Largest file (or record text, in UTF-8 bytes) read as one document: 10 MiB, far above any article."""

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
CSV_SUFFIXES = frozenset({".csv"})
CORPUS_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES
"""Extensions picked up when walking a directory."""

STDIN = "-"
STDIN_NAME = "<stdin>"

MISSING_FIELD = "missing-field"
""":attr:`Problem.kind` of a record or CSV file without the text field."""

SourceFrom = Literal["dir"]
ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input. ``str(problem)`` is the ``path: reason`` line shown to users.

    ``fatal_for_document`` is True when the input (a file, a record or a row) was skipped, False when it
    was read anyway (e.g. a cp1252 file decoded with a fallback). ``line`` is the 1-based line number in
    a JSONL or CSV file. ``kind`` is ``"missing-field"`` for a record or CSV file without the text
    field, with the field or column names it has in ``found``, so a caller can tell the user which
    field to name; otherwise ``""``.
    """

    path: str
    reason: str
    fatal_for_document: bool
    line: int | None = None
    kind: str = ""
    found: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Fields:
    """Names of the record fields read from JSONL/JSON objects and CSV columns."""

    id: str = "id"
    text: str = "text"
    source: str = "source"
    date: str = "date"
    url: str = "url"


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


def read_corpus(
    paths: Iterable[str | os.PathLike[str]],
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
    for item in reader.run([os.fspath(p) for p in paths], progress):
        if isinstance(item, Problem):
            result.problems.append(item)
            if on_problem is not None:
                on_problem(item)
        else:
            result.documents.append(item)
    result.files = reader.files
    return result


def iter_corpus(
    paths: Iterable[str | os.PathLike[str]],
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
    """
    reader = _make_reader(fields, source_from, max_bytes, stdin, csv_delimiter)
    yield from reader.run([os.fspath(p) for p in paths], progress)


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
# Discovery


@dataclass(frozen=True, slots=True)
class _Input:
    """One file to read: where it is, how to show it, its document id (or id prefix) and source."""

    path: str
    shown: str
    doc_id: str
    source: str | None
    explicit: bool


class _Reader:
    def __init__(
        self,
        *,
        fields: Fields,
        source_from: SourceFrom | None,
        max_bytes: int,
        stdin: IO[bytes] | None,
        csv_delimiter: str | None = None,
    ) -> None:
        self.fields = fields
        self.csv_delimiter = csv_delimiter
        self.base = "."
        self.source_from = source_from
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.seen_ids: dict[str, str] = {}
        self.seen_files: dict[tuple[int, int], str] = {}
        self.files = 0

    def run(self, paths: Sequence[str], progress: ProgressCallback | None) -> Iterator[Document | Problem]:
        self.base = _common_parent(paths)
        inputs: list[_Input] = []
        for path in paths:
            for item in self._discover(path):
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

    def _discover(self, path: str) -> Iterator[_Input | Problem]:
        if path == STDIN:
            yield _Input(path=STDIN, shown=STDIN_NAME, doc_id=STDIN_NAME, source=None, explicit=True)
            return
        try:
            st = os.stat(path)
        except OSError as exc:
            yield Problem(path, _os_reason(exc), True)
            return
        if stat.S_ISDIR(st.st_mode):
            yield from self._walk(path)
        else:
            yield _Input(path=path, shown=path, doc_id=self._relative(path), source=None, explicit=True)

    def _relative(self, path: str) -> str:
        """``path`` relative to the common parent of the inputs, with ``/`` separators."""
        rel = os.path.relpath(os.path.abspath(path), self.base)
        return "" if rel == "." else Path(rel).as_posix()

    def _walk(self, root: str) -> Iterator[_Input | Problem]:
        """Every corpus file under ``root``, sorted by relative path, following symlinks without looping."""
        found: list[tuple[str, str]] = []  # (relative posix path, filesystem path)
        problems: list[tuple[str, Problem]] = []
        root_st = os.stat(root)
        ancestors = {(root_st.st_dev, root_st.st_ino)}

        def visit(dirpath: str, rel: tuple[str, ...], ancestors: set[tuple[int, int]]) -> None:
            try:
                with os.scandir(dirpath) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                shown = os.path.join(root, *rel) if rel else root
                problems.append(("/".join(rel), Problem(shown, _os_reason(exc), True)))
                return
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                entry_rel = (*rel, entry.name)
                rel_posix = "/".join(entry_rel)
                shown = os.path.join(root, *entry_rel)
                try:
                    st = os.stat(entry.path)
                except OSError as exc:
                    if entry.is_symlink() or Path(entry.name).suffix.lower() in CORPUS_SUFFIXES:
                        problems.append((rel_posix, Problem(shown, _os_reason(exc), True)))
                    continue
                if stat.S_ISDIR(st.st_mode):
                    key = (st.st_dev, st.st_ino)
                    if key in ancestors:
                        problems.append(
                            (
                                rel_posix,
                                Problem(
                                    shown, "symlink loop (links back to a parent directory); skipped", True
                                ),
                            )
                        )
                        continue
                    visit(entry.path, entry_rel, ancestors | {key})
                elif Path(entry.name).suffix.lower() in CORPUS_SUFFIXES:
                    found.append((rel_posix, entry.path))

        visit(root, (), ancestors)
        prefix = self._relative(root)
        prefix = prefix + "/" if prefix else ""
        items: list[tuple[str, _Input | Problem]] = list(problems)
        for rel_posix, fspath in found:
            parts = rel_posix.split("/")
            source = parts[0] if self.source_from == "dir" and len(parts) > 1 else None
            shown = os.path.join(root, *parts)
            doc_id = prefix + rel_posix
            items.append(
                (rel_posix, _Input(path=fspath, shown=shown, doc_id=doc_id, source=source, explicit=False))
            )
        items.sort(key=lambda t: t[0])
        for _, item in items:
            yield item

    # ----------------------------------------------------------------------------------------------
    # Reading

    def _read_input(self, inp: _Input) -> Iterator[Document | Problem]:
        if inp.path == STDIN:
            stream = self.stdin if self.stdin is not None else sys.stdin.buffer
            yield from self._records_jsonl(inp, iter(stream))
            return
        try:
            st = os.stat(inp.path)
        except OSError as exc:
            yield Problem(inp.shown, _os_reason(exc), True)
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
                    yield from self._records_jsonl(inp, fh)
            elif suffix in JSON_SUFFIXES:
                yield from self._records_json(inp, st.st_size)
            elif suffix in CSV_SUFFIXES:
                with open(inp.path, "rb") as fh:
                    yield from self._records_csv(inp, fh)
            else:
                yield from self._single_file(inp, st.st_size, html=suffix in HTML_SUFFIXES)
        except OSError as exc:
            yield Problem(inp.shown, _os_reason(exc), True)

    def _single_file(self, inp: _Input, size: int, *, html: bool) -> Iterator[Document | Problem]:
        if size > self.max_bytes:
            yield Problem(inp.shown, _too_large(size, self.max_bytes), True)
            return
        with open(inp.path, "rb") as fh:
            # read(n) allocates n bytes up front: ask for what stat() promised (plus one byte to notice a
            # file that grew), not max_bytes, which a user may raise far above the file's size
            data = fh.read(min(size, self.max_bytes) + 1)
            if len(data) > size and len(data) <= self.max_bytes:  # the file grew since stat()
                data += fh.read(self.max_bytes + 1 - len(data))
        if len(data) > self.max_bytes:  # the file grew since stat(), or is a special file
            yield Problem(inp.shown, _too_large(len(data), self.max_bytes), True)
            return
        text, notes = _decode(data, html=html)
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

    def _record(self, inp: _Input, line: int, obj: object) -> Iterator[Document | Problem]:
        f = self.fields
        if not isinstance(obj, dict):
            yield Problem(inp.shown, f"expected a JSON object, got {type(obj).__name__}; skipped", True, line)
            return
        text = obj.get(f.text)
        if text is None:
            found = tuple(str(k) for k in obj)
            yield Problem(
                inp.shown, f"no {f.text!r} field (fields: {_names(found)}); skipped", True, line,
                kind=MISSING_FIELD, found=found,
            )
            return
        if not isinstance(text, str):
            yield Problem(
                inp.shown, f"field {f.text!r} is {type(text).__name__}, not a string; skipped", True, line
            )
            return
        yield from self._record_fields(inp, line, {k: v for k, v in obj.items() if isinstance(k, str)}, text)

    def _record_fields(
        self, inp: _Input, line: int, rec: dict[str, Any], text: str
    ) -> Iterator[Document | Problem]:
        f = self.fields
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > self.max_bytes:
            yield Problem(inp.shown, _too_large(size, self.max_bytes, what="text"), True, line)
            return
        if not text.strip():
            yield Problem(inp.shown, "empty text; skipped", True, line)
            return
        raw_id = rec.get(f.id)
        if raw_id is None or raw_id == "":
            doc_id = f"{inp.doc_id}:{line}"
        elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
            doc_id = str(raw_id)
        else:
            yield Problem(
                inp.shown, f"field {f.id!r} is {type(raw_id).__name__}, not a string; skipped", True, line
            )
            return
        source = _opt_str(rec.get(f.source)) or inp.source
        meta: dict[str, Any] = {"path": inp.shown, "line": line}
        yield from self._emit(
            inp.shown,
            line,
            Document(
                id=doc_id,
                text=text,
                source=source,
                date=_opt_str(rec.get(f.date)),
                url=_opt_str(rec.get(f.url)),
                meta=meta,
            ),
        )

    def _records_jsonl(self, inp: _Input, lines: Iterable[bytes]) -> Iterator[Document | Problem]:
        warned = False
        for line_no, raw in enumerate(lines, 1):
            if line_no == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
                yield Problem(inp.shown, "UTF-8 byte order mark removed", False)
            if not raw.strip():
                continue
            if b"\x00" in raw:
                yield Problem(inp.shown, "binary data (NUL byte); line skipped", True, line_no)
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                text, encoding = _decode_legacy(raw)
                if not warned:
                    warned = True
                    yield Problem(inp.shown, _not_utf8(exc, encoding) + " (first such line)", False, line_no)
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Problem(inp.shown, f"invalid JSON ({_json_reason(exc)}); line skipped", True, line_no)
                continue
            yield from self._record(inp, line_no, obj)

    def _records_json(self, inp: _Input, size: int) -> Iterator[Document | Problem]:
        with open(inp.path, "rb") as fh:
            data = fh.read()
        if b"\x00" in data:
            yield Problem(inp.shown, _binary(data), True)
            return
        text, notes = _decode(data, html=False)
        if text is None:
            yield Problem(inp.shown, notes[0], True)
            return
        try:
            obj = json.loads(text)
        except json.JSONDecodeError:
            # Many ".json" exports are really JSON Lines.
            yield from self._records_jsonl(inp, iter(data.splitlines(keepends=True)))
            return
        for note in notes:
            yield Problem(inp.shown, note, False)
        if isinstance(obj, dict):
            yield from self._record(inp, 1, obj)
        elif isinstance(obj, list):
            for n, item in enumerate(obj, 1):
                # A JSON array has no useful line numbers: number the records instead.
                for out in self._record(inp, n, item):
                    if isinstance(out, Problem) and out.line is not None:
                        out = Problem(out.path, f"record {n}: {out.reason}", out.fatal_for_document)
                    yield out
        else:
            yield Problem(
                inp.shown, f"expected a JSON object or array, got {type(obj).__name__}; skipped", True
            )

    def _records_csv(self, inp: _Input, fh: IO[bytes]) -> Iterator[Document | Problem]:
        notes: list[Problem] = []
        warned = False

        def lines() -> Iterator[str]:
            nonlocal warned
            for n, raw in enumerate(fh, 1):
                if n == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                    notes.append(Problem(inp.shown, "UTF-8 byte order mark removed", False))
                try:
                    yield raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    text, encoding = _decode_legacy(raw)
                    if not warned:
                        warned = True
                        notes.append(
                            Problem(inp.shown, _not_utf8(exc, encoding) + " (first such line)", False, n)
                        )
                    yield text

        f = self.fields
        old_limit = csv.field_size_limit()
        csv.field_size_limit(max(old_limit, self.max_bytes + 1))
        try:
            source = lines()
            first = next(source, None)
            if first is None:
                yield from notes
                yield Problem(inp.shown, "empty (no header row); skipped", True)
                return
            delimiter = self.csv_delimiter or sniff_delimiter(first, f.text)
            reader = csv.reader(itertools.chain([first], source), delimiter=delimiter, strict=True)
            try:
                header = next(reader)
            except StopIteration:  # pragma: no cover - the first line is there
                yield from notes
                yield Problem(inp.shown, "empty (no header row); skipped", True)
                return
            except csv.Error as exc:
                yield from notes
                yield Problem(inp.shown, f"malformed CSV header ({exc}); skipped", True, reader.line_num)
                return
            yield from notes
            notes.clear()
            if f.text not in header:
                found = tuple(header)
                yield Problem(
                    inp.shown, f"no {f.text!r} column (columns: {_names(found)}); skipped", True,
                    kind=MISSING_FIELD, found=found,
                )
                return
            row_start = reader.line_num + 1
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    yield from notes
                    notes.clear()
                    yield Problem(inp.shown, f"malformed CSV row ({exc}); row skipped", True, row_start)
                    row_start = reader.line_num + 1
                    continue
                yield from notes
                notes.clear()
                line, row_start = row_start, reader.line_num + 1
                if not row or all(not c for c in row):
                    continue
                if len(row) != len(header):
                    yield Problem(
                        inp.shown, f"expected {len(header)} fields, found {len(row)}; row skipped", True, line
                    )
                    continue
                rec = dict(zip(header, row, strict=True))
                yield from self._record_fields(inp, line, rec, rec[f.text])
            yield from notes
        finally:
            csv.field_size_limit(old_limit)


CSV_DELIMITERS = (",", ";", "\t", "|")
"""Delimiters :func:`sniff_delimiter` tries, in this order."""


def sniff_delimiter(header: str, text_field: str) -> str:
    """The delimiter of a CSV file from its header line: the first of :data:`CSV_DELIMITERS` that
    splits it into columns including ``text_field``; else the one giving the most columns (so a
    message can list them); ``","`` when none splits it."""
    best, best_n = ",", 1
    for delimiter in CSV_DELIMITERS:
        try:
            columns = next(csv.reader([header], delimiter=delimiter, strict=True), [])
        except csv.Error:
            continue
        if text_field in columns:
            return delimiter
        if len(columns) > best_n:
            best, best_n = delimiter, len(columns)
    return best


# --------------------------------------------------------------------------------------------------
# Decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _common_parent(paths: Sequence[str]) -> str:
    """The deepest directory holding every input (a directory counts as itself, a file as its
    parent), absolute; ``"/"`` style root when they share nothing else. Stdin is left out."""
    bases = []
    for path in paths:
        if path == STDIN:
            continue
        absolute = os.path.abspath(path)
        bases.append(absolute if os.path.isdir(absolute) else os.path.dirname(absolute))
    if not bases:
        return os.getcwd()
    try:
        return os.path.commonpath(bases)
    except ValueError:  # pragma: no cover - different drives (Windows): keep absolute paths
        return ""


def _decode(data: bytes, *, html: bool) -> tuple[str | None, list[str]]:
    """Decode file bytes. Returns ``(text, notes)``; ``text`` is None (with the reason) for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), ["UTF-8 byte order mark removed"]
        except UnicodeDecodeError:
            data = data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        return None, [_binary(data)]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_error = exc
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared is not None:
            name = declared.group(1).decode("ascii", "replace")
            try:
                return data.decode(name), []
            except (LookupError, UnicodeDecodeError):
                pass
    text, encoding = _decode_legacy(data)
    return text, [_not_utf8(first_error, encoding)]


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Windows-1252 (a superset of Latin-1's printable range), or Latin-1 when cp1252 has no mapping."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _not_utf8(exc: UnicodeDecodeError, encoding: str) -> str:
    byte = exc.object[exc.start]
    return f"not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start}); decoded as {encoding}"


def _json_reason(exc: json.JSONDecodeError) -> str:
    """``exc``'s message and column: "Invalid control character at column 25" (the standard library's
    messages that end in "at" expect the position to follow)."""
    msg = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg
    return f"{msg} at column {exc.colno}"


def _binary(data: bytes) -> str:
    offset = data.index(b"\x00")
    return f"binary file (NUL byte at offset {offset}); skipped"


def _too_large(size: int, limit: int, what: str = "file") -> str:
    return f"{what} too large ({size:,} bytes > max_bytes {limit:,}); skipped"


def _os_reason(exc: OSError) -> str:
    reason = exc.strerror or type(exc).__name__
    return f"cannot read ({reason}); skipped"


def _names(names: Sequence[str], limit: int = 12) -> str:
    shown = ", ".join(names[:limit]) if names else "none"
    return shown + (f", ... ({len(names)} in all)" if len(names) > limit else "")


def _opt_str(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
