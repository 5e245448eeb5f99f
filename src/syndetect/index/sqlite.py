"""The SQLite file behind :class:`syndetect.index.api.Index`: schema, opening checks, transactions.

Layout (schema version :data:`SCHEMA_VERSION`)::

    meta(key PRIMARY KEY, value)            format marker, schema version, config JSON + fingerprint,
                                            document count
    sources(code INTEGER PRIMARY KEY, name UNIQUE)
    texts(hash INTEGER PRIMARY KEY, body)   zlib-compressed UTF-8 text, addressed by its xxh3_64
    docs(num INTEGER PRIMARY KEY, id UNIQUE, source, src, date, url, text_hash, n_tokens,
         sig BLOB, family, shared)          one row per document; ``sig`` is the uint32 signature
    bands(key, doc) PRIMARY KEY(key, doc)   LSH band keys (band index mixed into the key)
    fps(hash, doc, src) PRIMARY KEY(hash, doc)   winnowed fingerprints with the document's source code

``bands`` and ``fps`` are clustered on their key (``WITHOUT ROWID``), so candidates for a query are a
handful of index range scans. 64-bit hashes are stored as signed integers (the same bits).

Every write is one ``BEGIN IMMEDIATE`` transaction in WAL mode: readers keep their snapshot while one
writer works, other writers wait (``busy_timeout``) and the whole transaction is retried if SQLite still
reports the database as locked. Nothing here knows about shingles or alignment.
"""

from __future__ import annotations

import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import xxhash
from numpy.typing import NDArray

from ..errors import FormatError, IndexStoreError

__all__ = ["FORMAT_NAME", "SCHEMA_VERSION", "Store", "as_signed", "as_unsigned", "text_hash"]

FORMAT_NAME = "syndetect-index"
SCHEMA_VERSION = 1
_IN_CHUNK = 900
"""Values bound per ``IN (...)`` list: well below SQLite's variable limit on every build."""
_SQLITE_MAGIC = b"SQLite format 3\x00"

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources(code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE texts(hash INTEGER PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE docs(
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT, src INTEGER NOT NULL, date TEXT, url TEXT,
    text_hash INTEGER NOT NULL, n_tokens INTEGER NOT NULL, sig BLOB NOT NULL,
    family TEXT, shared INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX docs_text ON docs(text_hash);
CREATE INDEX docs_family ON docs(family) WHERE family IS NOT NULL;
CREATE TABLE bands(key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY(key, doc)) WITHOUT ROWID;
CREATE TABLE fps(hash INTEGER NOT NULL, doc INTEGER NOT NULL, src INTEGER NOT NULL,
                 PRIMARY KEY(hash, doc)) WITHOUT ROWID;
"""


def as_signed(values: NDArray[np.uint64]) -> NDArray[np.int64]:
    """The same 64 bits as SQLite's signed INTEGER."""
    return np.ascontiguousarray(values, dtype=np.uint64).view(np.int64)


def as_unsigned(values: NDArray[np.int64]) -> NDArray[np.uint64]:
    return np.ascontiguousarray(values, dtype=np.int64).view(np.uint64)


def text_hash(text: str) -> int:
    """Content address of a text: xxh3_64 of its UTF-8 bytes, as a signed 64-bit integer."""
    h = xxhash.xxh3_64_intdigest(text.encode("utf-8", "surrogatepass"))
    return h - (1 << 64) if h >= 1 << 63 else h


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def decompress(body: bytes) -> str:
    return zlib.decompress(body).decode("utf-8", "surrogatepass")


def _header_problem(path: Path) -> str | None:
    """Why the file at ``path`` cannot be an intact SQLite database, judged from its header alone."""
    size = path.stat().st_size
    if size == 0:
        return None
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
        return "is not a syndetect index (not an SQLite database)"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(head[24:28], "big")
    pages = int.from_bytes(head[28:32], "big")
    valid_for = int.from_bytes(head[92:96], "big")
    if pages and valid_for == change_counter and size < pages * page_size:
        return (
            f"is truncated: its header promises {pages * page_size} bytes but the file has {size}; "
            "restore it from a backup or rebuild the index"
        )
    return None


def sqlite_message(path: Path, doing: str, exc: sqlite3.Error) -> str:
    """One line for an SQLite error met while ``doing`` (``"write to"``, ``"read"``) the index."""
    text = str(exc)
    where = f"cannot {doing} index {str(path)!r} ({text})"
    if "readonly" in text or "read-only" in text:
        return (f"{where}: the file or its directory is read-only; check their permissions, or copy the "
                "index somewhere writable. Nothing was changed")
    if "disk is full" in text or "disk I/O" in text:
        return f"{where}: free space on its disk or move the index, then retry. Nothing was changed"
    if "unable to open" in text:
        return (f"{where}: SQLite needs to create {path.name}-wal and {path.name}-shm next to it; make "
                "its directory writable")
    return f"{where}; check the file with: sqlite3 {str(path)!r} 'PRAGMA integrity_check'"


class Store:
    """One connection to an index file. Use :meth:`open`; close with :meth:`close`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, busy_timeout: float) -> None:
        self.path = path
        self.conn = conn
        self.busy_timeout = busy_timeout

    # ---------------------------------------------------------------------------------------------
    # opening

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], create_meta: Callable[[], dict[str, str]], busy_timeout: float
    ) -> tuple[Store, dict[str, str], bool]:
        """Open (or create) the index at ``path``; returns the store, its meta table and whether it was
        created now. ``create_meta()`` gives the meta rows of a new index."""
        p = Path(path)
        if p.is_dir():
            msg = f"index path {str(p)!r} is a directory; give a file name such as {str(p / 'news.sdx')!r}"
            raise IndexStoreError(msg)
        if not p.parent.is_dir():
            msg = f"cannot create index {str(p)!r}: directory {str(p.parent)!r} does not exist"
            raise IndexStoreError(msg)
        if p.exists():
            problem = _header_problem(p)
            if problem:
                raise IndexStoreError(f"{str(p)!r} {problem}; nothing was changed")
        try:
            conn = sqlite3.connect(p, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            msg = f"cannot open index {str(p)!r}: {exc}"
            raise IndexStoreError(msg) from exc
        store = cls(p, conn, busy_timeout)
        try:
            meta, created = store._init(create_meta)
        except BaseException:
            conn.close()
            raise
        return store, meta, created

    def _init(self, create_meta: Callable[[], dict[str, str]]) -> tuple[dict[str, str], bool]:
        where = repr(str(self.path))
        try:
            meta = self._read_meta()
            created = False
            if meta is None:
                # empty database: create the schema, unless another process did it meanwhile
                with self.write():
                    meta = self._read_meta()
                    if meta is None:
                        for stmt in _SCHEMA.split(";"):
                            if stmt.strip():
                                self.conn.execute(stmt)
                        rows = create_meta()
                        self.conn.executemany("INSERT INTO meta VALUES(?, ?)", sorted(rows.items()))
                        meta, created = rows, True
            self._check_meta(meta)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA temp_store=MEMORY")
            self.conn.execute("PRAGMA cache_size=-65536")
        except sqlite3.DatabaseError as exc:
            msg = f"{where} is not a readable syndetect index ({exc}); nothing was changed"
            raise IndexStoreError(msg) from exc
        return meta, created

    def _read_meta(self) -> dict[str, str] | None:
        """The meta table, or None for a database without any table. Raises for a foreign database."""
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "meta" not in tables:
            msg = (
                f"{str(self.path)!r} is an SQLite database but not a syndetect index (no 'meta' table); "
                "give another path for a new index. Nothing was changed"
            )
            raise IndexStoreError(msg)
        return {str(k): str(v) for k, v in self.conn.execute("SELECT key, value FROM meta")}

    def _check_meta(self, meta: dict[str, str]) -> None:
        where = repr(str(self.path))
        if meta.get("format") != FORMAT_NAME:
            msg = f"{where} is an SQLite database but not a syndetect index (format {meta.get('format')!r})"
            raise IndexStoreError(msg)
        try:
            version = int(meta.get("schema_version", ""))
        except ValueError:
            value = meta.get("schema_version")
            msg = f"{where}: schema_version {value!r} is not an integer; the file is damaged"
            raise FormatError(msg) from None
        if version > SCHEMA_VERSION:
            msg = (
                f"{where} has index schema version {version}, newer than this syndetect supports "
                f"({SCHEMA_VERSION}); upgrade syndetect to read it"
            )
            raise FormatError(msg)
        if version < SCHEMA_VERSION:
            msg = (f"{where} has index schema version {version}, older than {SCHEMA_VERSION}; "
                   "rebuild the index")
            raise FormatError(msg)

    def close(self) -> None:
        self.conn.close()

    # ---------------------------------------------------------------------------------------------
    # transactions

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``); rolled back on any exception.
        An SQLite error (read-only file, full disk, ...) becomes an :class:`IndexStoreError`."""
        with self._translated("write to"):
            self._begin("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self._retry(lambda: self.conn.execute("COMMIT"))

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: one consistent snapshot for several statements."""
        with self._translated("read"):
            self._begin("BEGIN")
            try:
                yield self.conn
            finally:
                if self.conn.in_transaction:
                    self.conn.execute("COMMIT")

    @contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        """Turn an :class:`sqlite3.Error` into an :class:`IndexStoreError` that says what to do."""
        try:
            yield
        except sqlite3.Error as exc:
            raise IndexStoreError(sqlite_message(self.path, doing, exc)) from exc

    def _begin(self, stmt: str) -> None:
        self._retry(lambda: self.conn.execute(stmt))

    def _retry(self, op: Callable[[], T]) -> T:
        """Run ``op``; while SQLite reports the database locked or busy, wait and retry until
        ``busy_timeout`` seconds have passed (the busy handler already waited inside SQLite)."""
        deadline = time.monotonic() + self.busy_timeout
        delay = 0.01
        while True:
            try:
                return op()
            except sqlite3.OperationalError as exc:
                text = str(exc)
                if "locked" not in text and "busy" not in text:
                    raise
                if time.monotonic() >= deadline:
                    msg = (
                        f"index {str(self.path)!r} stayed locked by another writer for "
                        f"{self.busy_timeout:.0f} s; retry later or raise busy_timeout"
                    )
                    raise IndexStoreError(msg) from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    # ---------------------------------------------------------------------------------------------
    # batched lookups

    def select_in(self, sql: str, values: Sequence[Any], item: str = "?") -> list[tuple[Any, ...]]:
        """Rows of ``sql`` (with one ``{}`` standing for a list of ``item`` placeholders, as in
        ``IN ({})`` or ``VALUES {}`` with ``item="(?)"``) for all ``values``, in chunks of
        :data:`_IN_CHUNK` bound parameters."""
        rows: list[tuple[Any, ...]] = []
        for i in range(0, len(values), _IN_CHUNK):
            chunk = values[i : i + _IN_CHUNK]
            rows.extend(self.conn.execute(sql.format(",".join([item] * len(chunk))), chunk))
        return rows

    def meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self.conn.execute("SELECT key, value FROM meta")}

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES(?, ?)", (key, value))

    def file_bytes(self) -> int:
        """Bytes on disk: the database file plus its write-ahead log."""
        total = 0
        for suffix in ("", "-wal"):
            f = Path(str(self.path) + suffix)
            if f.exists():
                total += f.stat().st_size
        return total
