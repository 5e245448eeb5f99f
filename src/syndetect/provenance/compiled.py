"""Compiled regular expressions kept on disk between processes.

The credit forms of :mod:`.matcher` are a few dozen regular expressions of 14,000 to 30,000
characters each (every form repeats the agencies' names); ``re`` parses and compiles them in about
a second, which every process paid before it read a single text. A :class:`PatternCache` keeps what
``re`` compiles them to, each pattern's program (a list of integers), in one file under the user's
cache directory, and builds the pattern objects from the programs with the constructor ``re.compile``
itself ends with (``_sre.compile``), which checks a program before accepting it. A pattern built so
is equal (``==``) to the one ``re.compile`` gives.

Programs belong to one Python build: a file records the interpreter's version and ``re``'s program
format, and a file written by another is ignored. Patterns are looked up by a digest of their text
and flags, so a changed pattern is compiled afresh. Anything unexpected (no cache directory, a file
another process is writing, a damaged file, a Python whose ``re`` is built differently) falls back to
``re.compile``: the cache changes how soon the patterns are ready, never what they match.

Where: ``$SYNDETECT_CACHE_DIR`` when set (set to an empty string, nothing is read or written), else
``$XDG_CACHE_HOME/syndetect``, else ``~/.cache/syndetect``. One file per set of agencies, about 5 MB
for the default set; deleting the directory is always safe.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

__all__ = ["ENV", "PatternCache", "cache_dir"]

ENV = "SYNDETECT_CACHE_DIR"
"""The environment variable naming the cache directory (empty: no cache)."""

_MAGIC = b"syndetect-sre-programs 1\n"

try:  # the parts of re that compile a pattern; absent or different, every pattern goes to re.compile
    _sre: Any = importlib.import_module("_sre")
    _PARSER: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
    _COMPILER: Any = importlib.import_module("re._compiler" if sys.version_info >= (3, 11) else "sre_compile")
    _PROGRAMS = bool(callable(getattr(_sre, "compile", None)) and callable(getattr(_COMPILER, "_code", None))
                     and callable(getattr(_PARSER, "parse", None)) and array("I").itemsize == 4
                     and _sre.CODESIZE == 4)
except (ImportError, AttributeError):  # pragma: no cover - depends on the interpreter
    _PROGRAMS = False

_TAG = sys.implementation.cache_tag or "python"
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, program, groups, group index, index group."""


def cache_dir() -> Path | None:
    """The cache directory (module docstring, *Where*), or ``None`` when caching is off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen).expanduser() if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "syndetect"


def _identity() -> dict[str, Any]:
    return {"python": sys.version, "implementation": sys.implementation.cache_tag,
            "sre": getattr(_sre, "MAGIC", None) if _PROGRAMS else None}


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{flags}\x00{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


class PatternCache:
    """Patterns compiled under one ``name`` (a file in :func:`cache_dir`): :meth:`compile` each, then
    :meth:`save` once to keep the programs of those compiled in this process for the next."""

    def __init__(self, name: str, directory: Path | None = None) -> None:
        if not re.fullmatch(r"[\w.-]+", name):
            raise ValueError(f"PatternCache name must be letters, digits, '.', '_' or '-', got {name!r}")
        where = cache_dir() if directory is None else directory
        self.path = None if where is None or not _PROGRAMS else where / f"{name}.{_TAG}.sre"
        self.stored: dict[str, _Entry] = self._load()
        self.used: dict[str, _Entry] = {}
        self.compiled_afresh = 0
        """Patterns compiled by ``re`` in this process (not found in the file)."""

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the stored program when there is one."""
        if self.path is None:
            return re.compile(pattern, flags)
        key = _key(pattern, int(flags))
        entry = self.stored.get(key)
        if entry is not None:
            try:
                rx: re.Pattern[str] = _sre.compile(pattern, *entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # a program _sre refuses
                self.stored.clear()
            else:
                self.used[key] = entry
                return rx
        self.compiled_afresh += 1
        try:
            entry = _program(pattern, int(flags))
            rx = _sre.compile(pattern, *entry)
        except re.error:  # a bad pattern: as re.compile raises it
            raise
        except Exception:  # re's internals are not what this module expects: compile as re does
            return re.compile(pattern, flags)
        self.used[key] = entry
        return rx

    def save(self) -> None:
        """Write the programs of the patterns compiled so far, when any was compiled afresh or the
        file holds others; a directory that cannot be written is left alone."""
        unchanged = not self.compiled_afresh and self.used.keys() == self.stored.keys()
        if self.path is None or not self.used or unchanged:
            return
        keys = list(self.used)
        header: dict[str, Any] = {**_identity(), "entries": [
            {"key": k, "flags": f, "size": len(code), "groups": g, "groupindex": gi, "indexgroup": list(ig)}
            for k in keys for f, code, g, gi, ig in (self.used[k],)]}
        programs = array("I")
        for k in keys:
            programs.extend(self.used[k][1])
        header["sha256"] = hashlib.sha256(programs.tobytes()).hexdigest()
        tmp = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            with os.fdopen(fd, "wb") as out:
                out.write(_MAGIC + json.dumps(header).encode() + b"\n")
                out.write(programs.tobytes())
            os.replace(tmp, self.path)
        except OSError:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            return
        self.stored = dict(self.used)
        self.compiled_afresh = 0

    def _load(self) -> dict[str, _Entry]:
        if self.path is None:
            return {}
        try:
            data = self.path.read_bytes()
        except OSError:
            return {}
        try:
            if not data.startswith(_MAGIC):
                return {}
            end = data.index(b"\n", len(_MAGIC))
            header = json.loads(data[len(_MAGIC):end])
            if any(header.get(k) != v for k, v in _identity().items()):
                return {}
            body = data[end + 1:]
            if hashlib.sha256(body).hexdigest() != header.get("sha256"):  # damaged since written
                return {}
            programs = array("I")
            programs.frombytes(body)
            out: dict[str, _Entry] = {}
            at = 0
            for e in header["entries"]:
                size = int(e["size"])
                out[str(e["key"])] = (int(e["flags"]), programs[at:at + size].tolist(), int(e["groups"]),
                                      {str(k): int(v) for k, v in e["groupindex"].items()},
                                      tuple(e["indexgroup"]))
                at += size
            return out if at == len(programs) else {}
        except (ValueError, KeyError, TypeError, AttributeError):  # damaged or foreign: compile afresh
            return {}


def _program(pattern: str, flags: int) -> _Entry:
    """What ``re.compile`` hands ``_sre.compile`` for ``pattern`` (the steps of its last function)."""
    parsed = _PARSER.parse(pattern, flags)
    code = _COMPILER._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, list(code), parsed.state.groups - 1, groupindex, tuple(indexgroup)
