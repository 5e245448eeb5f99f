"""Which files a scan reads, in which order, and their document ids.

Paths become :class:`InputFile` objects: a file named explicitly is read whatever its extension; a
directory is walked recursively in sorted order of relative path, following symlinks without
looping, leaving out hidden entries and files whose extension is not in :data:`CORPUS_SUFFIXES`.
Ids are paths relative to the deepest common parent directory of the inputs (:func:`common_parent`).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .problems import Problem, cannot_read

__all__ = [
    "ARROW_SUFFIXES",
    "CORPUS_SUFFIXES",
    "CSV_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "PARQUET_SUFFIXES",
    "STDIN",
    "STDIN_NAME",
    "TABLE_SUFFIXES",
    "TEXT_SUFFIXES",
    "InputFile",
    "SourceFrom",
    "common_parent",
    "find_inputs",
]

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
CSV_SUFFIXES = frozenset({".csv"})
PARQUET_SUFFIXES = frozenset({".parquet"})
ARROW_SUFFIXES = frozenset({".arrow", ".feather", ".ipc"})
"""Arrow IPC files (Feather version 2 is the same format) and Arrow IPC streams."""
TABLE_SUFFIXES = PARQUET_SUFFIXES | ARROW_SUFFIXES
"""Columnar tables, read by :mod:`syndetect.io.tables` (with pyarrow)."""
CORPUS_SUFFIXES = (
    TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES | TABLE_SUFFIXES
)
"""Extensions picked up when walking a directory."""

STDIN = "-"
STDIN_NAME = "<stdin>"

SourceFrom = Literal["dir"]


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read: where it is, how to show it, its document id (or id prefix) and source."""

    path: str
    shown: str
    doc_id: str
    source: str | None
    explicit: bool


def common_parent(paths: Sequence[str]) -> str:
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


def find_inputs(path: str, base: str, source_from: SourceFrom | None) -> Iterator[InputFile | Problem]:
    """The files to read for one path given (``"-"`` is stdin), with ids relative to ``base``."""
    if path == STDIN:
        yield InputFile(path=STDIN, shown=STDIN_NAME, doc_id=STDIN_NAME, source=None, explicit=True)
        return
    try:
        st = os.stat(path)
    except OSError as exc:
        yield Problem(path, cannot_read(exc), True)
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk(path, base, source_from)
    else:
        yield InputFile(path=path, shown=path, doc_id=_relative(path, base), source=None, explicit=True)


def _relative(path: str, base: str) -> str:
    """``path`` relative to the common parent of the inputs, with ``/`` separators."""
    rel = os.path.relpath(os.path.abspath(path), base)
    return "" if rel == "." else Path(rel).as_posix()


def _walk(root: str, base: str, source_from: SourceFrom | None) -> Iterator[InputFile | Problem]:
    """Every corpus file under ``root``, sorted by relative path, following symlinks without looping."""
    found: list[tuple[str, str]] = []  # (relative posix path, filesystem path)
    problems: list[tuple[str, Problem]] = []
    root_st = os.stat(root)
    _visit(root, root, (), {(root_st.st_dev, root_st.st_ino)}, found, problems)
    prefix = _relative(root, base)
    prefix = prefix + "/" if prefix else ""
    items: list[tuple[str, InputFile | Problem]] = list(problems)
    for rel_posix, fspath in found:
        parts = rel_posix.split("/")
        source = parts[0] if source_from == "dir" and len(parts) > 1 else None
        shown = os.path.join(root, *parts)
        doc_id = prefix + rel_posix
        items.append(
            (rel_posix, InputFile(path=fspath, shown=shown, doc_id=doc_id, source=source, explicit=False))
        )
    items.sort(key=lambda t: t[0])
    for _, item in items:
        yield item


def _visit(
    root: str,
    dirpath: str,
    rel: tuple[str, ...],
    ancestors: set[tuple[int, int]],
    found: list[tuple[str, str]],
    problems: list[tuple[str, Problem]],
) -> None:
    """Add the corpus files under ``dirpath`` to ``found`` and what went wrong to ``problems``, each
    with its relative path; ``ancestors`` are the directories above (to notice symlink loops)."""
    try:
        with os.scandir(dirpath) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        shown = os.path.join(root, *rel) if rel else root
        problems.append(("/".join(rel), Problem(shown, cannot_read(exc), True)))
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
                problems.append((rel_posix, Problem(shown, cannot_read(exc), True)))
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                loop = "symlink loop (links back to a parent directory); skipped"
                problems.append((rel_posix, Problem(shown, loop, True)))
                continue
            _visit(root, entry.path, entry_rel, ancestors | {key}, found, problems)
        elif Path(entry.name).suffix.lower() in CORPUS_SUFFIXES:
            found.append((rel_posix, entry.path))
