"""Record formats: JSONL (and stdin), JSON arrays or objects, and CSV rows, one document each.

:class:`RecordReader` turns the bytes of a record file, already opened by
:mod:`syndetect.io.corpus`, into documents and :class:`~syndetect.io.problems.Problem` objects:
record fields are named by :class:`Fields`, a record without an id gets ``<file id>:<line>``, and a
malformed line or row is reported with its line number and skipped.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import itertools
import json
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..types import Document
from .decoding import binary_reason, decode, decode_legacy, not_utf8
from .discovery import InputFile
from .problems import MISSING_FIELD, Problem, field_names, too_large

__all__ = [
    "CSV_DELIMITERS",
    "DEFAULT_MAX_BYTES",
    "Emit",
    "Fields",
    "RecordReader",
    "optional_text",
    "record_id",
    "sniff_delimiter",
    "text_problem",
]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Largest file (or record text, in UTF-8 bytes) read as one document: 10 MiB, far above any article."""

CSV_DELIMITERS = (",", ";", "\t", "|")
"""Delimiters :func:`sniff_delimiter` tries, in this order."""

Emit = Callable[[str, int | None, Document], Iterator[Document | Problem]]
"""Hands on a document read from ``shown`` (at ``line``): yields it, or the problem that stops it
(a duplicate id)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Fields:
    """Names of the record fields read from JSONL/JSON objects, CSV columns and table columns."""

    id: str = "id"
    text: str = "text"
    source: str = "source"
    date: str = "date"
    url: str = "url"


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


class RecordReader:
    """Reads the records of JSONL, JSON and CSV inputs; every document goes out through ``emit``."""

    def __init__(self, *, fields: Fields, max_bytes: int, csv_delimiter: str | None, emit: Emit) -> None:
        self.fields = fields
        self.max_bytes = max_bytes
        self.csv_delimiter = csv_delimiter
        self.emit = emit

    # ----------------------------------------------------------------------------------------------
    # JSONL and JSON

    def read_jsonl(self, inp: InputFile, lines: Iterable[bytes]) -> Iterator[Document | Problem]:
        """One record per line of ``lines`` (a JSONL file or stdin)."""
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
                text, encoding = decode_legacy(raw)
                if not warned:
                    warned = True
                    yield Problem(inp.shown, not_utf8(exc, encoding) + " (first such line)", False, line_no)
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Problem(inp.shown, f"invalid JSON ({_json_reason(exc)}); line skipped", True, line_no)
                continue
            yield from self._record(inp, line_no, obj)

    def read_json(self, inp: InputFile, data: bytes) -> Iterator[Document | Problem]:
        """The records of a ``.json`` file's bytes: an array of objects, one object, or JSON Lines."""
        if b"\x00" in data:
            yield Problem(inp.shown, binary_reason(data), True)
            return
        text, notes = decode(data, html=False)
        if text is None:
            yield Problem(inp.shown, notes[0], True)
            return
        try:
            obj = json.loads(text)
        except json.JSONDecodeError:
            # Many ".json" exports are really JSON Lines.
            yield from self.read_jsonl(inp, iter(data.splitlines(keepends=True)))
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

    def _record(self, inp: InputFile, line: int, obj: object) -> Iterator[Document | Problem]:
        f = self.fields
        if not isinstance(obj, dict):
            yield Problem(inp.shown, f"expected a JSON object, got {type(obj).__name__}; skipped", True, line)
            return
        text = obj.get(f.text)
        if text is None:
            found = tuple(str(k) for k in obj)
            yield Problem(
                inp.shown, f"no {f.text!r} field (fields: {field_names(found)}); skipped", True, line,
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
        self, inp: InputFile, line: int, rec: dict[str, Any], text: str
    ) -> Iterator[Document | Problem]:
        """The document of one record (a JSON object or a CSV row) whose text is ``text``."""
        f = self.fields
        bad_text = text_problem(text, self.max_bytes)
        if bad_text is not None:
            yield Problem(inp.shown, bad_text, True, line)
            return
        raw_id = rec.get(f.id)
        doc_id = record_id(raw_id, f"{inp.doc_id}:{line}")
        if doc_id is None:
            yield Problem(
                inp.shown, f"field {f.id!r} is {type(raw_id).__name__}, not a string; skipped", True, line
            )
            return
        source = optional_text(rec.get(f.source)) or inp.source
        meta: dict[str, Any] = {"path": inp.shown, "line": line}
        yield from self.emit(
            inp.shown,
            line,
            Document(
                id=doc_id,
                text=text,
                source=source,
                date=optional_text(rec.get(f.date)),
                url=optional_text(rec.get(f.url)),
                meta=meta,
            ),
        )

    # ----------------------------------------------------------------------------------------------
    # CSV

    def read_csv(self, inp: InputFile, fh: IO[bytes]) -> Iterator[Document | Problem]:
        """One record per row of an open CSV file; the first row names the columns.

        Notes on decoding (a byte order mark, a line that is not UTF-8) are collected in ``notes`` as
        lines are read and handed on before the row they belong to.
        """
        notes: list[Problem] = []
        old_limit = csv.field_size_limit()
        csv.field_size_limit(max(old_limit, self.max_bytes + 1))
        try:
            lines = _csv_lines(inp, fh, notes)
            first = next(lines, None)
            if first is None:
                yield from notes
                yield Problem(inp.shown, "empty (no header row); skipped", True)
                return
            delimiter = self.csv_delimiter or sniff_delimiter(first, self.fields.text)
            reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter, strict=True)
            header = yield from self._csv_header(inp, reader, notes)
            if header is not None:
                yield from self._csv_rows(inp, reader, header, notes)
        finally:
            csv.field_size_limit(old_limit)

    def _csv_header(
        self, inp: InputFile, reader: Any, notes: list[Problem]
    ) -> Generator[Problem, None, list[str] | None]:
        """The header row, or None (with the problem) when there is none or it lacks the text column."""
        try:
            header: list[str] = next(reader)
        except StopIteration:  # pragma: no cover - the first line is there
            yield from notes
            yield Problem(inp.shown, "empty (no header row); skipped", True)
            return None
        except csv.Error as exc:
            yield from notes
            yield Problem(inp.shown, f"malformed CSV header ({exc}); skipped", True, reader.line_num)
            return None
        yield from notes
        notes.clear()
        if self.fields.text not in header:
            found = tuple(header)
            yield Problem(
                inp.shown, f"no {self.fields.text!r} column (columns: {field_names(found)}); skipped", True,
                kind=MISSING_FIELD, found=found,
            )
            return None
        return header

    def _csv_rows(
        self, inp: InputFile, reader: Any, header: list[str], notes: list[Problem]
    ) -> Iterator[Document | Problem]:
        """The documents of the rows after the header, numbered by the line each starts on."""
        for line, row in numbered_csv_rows(reader):
            yield from notes
            notes.clear()
            if isinstance(row, csv.Error):
                yield Problem(inp.shown, f"malformed CSV row ({row}); row skipped", True, line)
                continue
            if not row or all(not c for c in row):
                continue
            if len(row) != len(header):
                yield Problem(
                    inp.shown, f"expected {len(header)} fields, found {len(row)}; row skipped", True, line
                )
                continue
            rec = dict(zip(header, row, strict=True))
            yield from self._record_fields(inp, line, rec, rec[self.fields.text])
        yield from notes


def numbered_csv_rows(reader: Any) -> Iterator[tuple[int, list[str] | csv.Error]]:
    """The rows a ``csv.reader`` gives after the header, each with the line it starts on; a malformed
    row as its ``csv.Error`` (the reader goes on after it)."""
    row_start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield row_start, exc
        else:
            yield row_start, row
        row_start = reader.line_num + 1


def _csv_lines(inp: InputFile, fh: IO[bytes], notes: list[Problem]) -> Iterator[str]:
    """The decoded lines of a CSV file; a removed byte order mark and the first line that is not
    UTF-8 (decoded as cp1252 or Latin-1) are noted in ``notes``."""
    warned = False
    for n, raw in enumerate(fh, 1):
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
            notes.append(Problem(inp.shown, "UTF-8 byte order mark removed", False))
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            text, encoding = decode_legacy(raw)
            if not warned:
                warned = True
                notes.append(Problem(inp.shown, not_utf8(exc, encoding) + " (first such line)", False, n))
            yield text


def _json_reason(exc: json.JSONDecodeError) -> str:
    """``exc``'s message and column: "Invalid control character at column 25" (the standard library's
    messages that end in "at" expect the position to follow)."""
    msg = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg
    return f"{msg} at column {exc.colno}"


def optional_text(value: object) -> str | None:
    """A record's optional field (source, date, url) as a string: None when missing or empty; a date
    or a timestamp (from a typed column) in ISO 8601."""
    if value is None or value == "":
        return None
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def record_id(value: object, default: str) -> str | None:
    """A record's document id from its id field's ``value``: ``default`` when missing or empty, the
    value as a string for a ``str`` or an ``int``, None (the record is skipped) for any other type."""
    if value is None or value == "":
        return default
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value)
    return None


def text_problem(text: str, max_bytes: int) -> str | None:
    """Why a record's text is skipped (over ``max_bytes`` in UTF-8, or only white space), or None."""
    if len(text) * 4 > max_bytes:  # a code point takes at most 4 bytes: encode only when it may matter
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            return too_large(size, max_bytes, what="text")
    if not text or text.isspace():  # what text.strip() would leave empty, without copying the text
        return "empty text; skipped"
    return None
