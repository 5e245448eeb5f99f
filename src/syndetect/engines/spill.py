"""Spill files of the streaming engine (:mod:`.stream`): append-only records on disk read back at
random, rows of a matrix file, structured records scattered to partition files.

Reads are positioned reads (``os.pread``), not mappings, so the pages read are not held by the
process.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, BinaryIO, overload

import numpy as np
from numpy.typing import NDArray

from ..types import Document

__all__ = ["JsonColumn", "RecordReader", "RecordStore", "SpilledDocuments", "read_rows", "scatter"]


class RecordStore:
    """Append-only records on disk: a blob (``.bin``) and the byte offset where each record ends
    (``.off``)."""

    def __init__(self, path: Path) -> None:
        self.blob_path = path.with_suffix(".bin")
        self.off_path = path.with_suffix(".off")
        self._blob: BinaryIO = open(self.blob_path, "wb")  # noqa: SIM115 - closed in close()
        self._off: BinaryIO = open(self.off_path, "wb")  # noqa: SIM115
        self._end = 0
        self.count = 0
        """Records appended so far."""

    def append(self, records: list[bytes]) -> None:
        ends = np.cumsum([len(r) for r in records], dtype=np.int64) + self._end
        self._blob.write(b"".join(records))
        ends.tofile(self._off)
        self._end = int(ends[-1]) if records else self._end
        self.count += len(records)

    def close(self) -> None:
        self._blob.close()
        self._off.close()


class RecordReader:
    """Random access to the records of a closed :class:`RecordStore`; the file is closed when
    ``stack`` closes."""

    def __init__(self, store: RecordStore, stack: ExitStack) -> None:
        self.ends = np.fromfile(store.off_path, dtype=np.int64)
        self._fd = os.open(store.blob_path, os.O_RDONLY)
        stack.callback(os.close, self._fd)

    def get(self, i: int) -> bytes:
        """Record ``i``."""
        start = int(self.ends[i - 1]) if i else 0
        return os.pread(self._fd, int(self.ends[i]) - start, start)


class JsonColumn(Sequence[Any]):
    """Field ``field`` of records that are JSON arrays, one per document, decoded on access."""

    def __init__(self, records: RecordReader, field: int) -> None:
        self._records, self._field = records, field

    def __len__(self) -> int:
        return int(self._records.ends.size)

    @overload
    def __getitem__(self, i: int) -> Any: ...
    @overload
    def __getitem__(self, i: slice) -> list[Any]: ...
    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return json.loads(self._records.get(i))[self._field]


class SpilledDocuments(Sequence[Document]):
    """The kept documents of a stream scan, read back on access from the spilled texts (UTF-8 with
    surrogates passed) and metadata (``[id, source, date, url]``)."""

    def __init__(self, texts: RecordReader, meta: RecordReader) -> None:
        self._texts, self._meta = texts, meta

    def __len__(self) -> int:
        return int(self._meta.ends.size)

    @overload
    def __getitem__(self, i: int) -> Document: ...
    @overload
    def __getitem__(self, i: slice) -> list[Document]: ...
    def __getitem__(self, i: int | slice) -> Document | list[Document]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        doc_id, source, date, url = json.loads(self._meta.get(i))
        text = self._texts.get(i).decode("utf-8", "surrogatepass")
        return Document(doc_id, text, source, date, url)


def read_rows(path: Path, rows: NDArray[np.int64], width: int) -> NDArray[np.uint32]:
    """Rows ``rows`` of an ``(n, width)`` uint32 matrix file, read one by one."""
    out = np.empty((rows.size, width), dtype=np.uint32)
    size = 4 * width
    fd = os.open(path, os.O_RDONLY)
    try:
        for j, d in enumerate(rows.tolist()):
            out[j] = np.frombuffer(os.pread(fd, size, d * size), dtype=np.uint32)
    finally:
        os.close(fd)
    return out


def scatter(records: NDArray[np.void], part: NDArray[np.uint64], files: Sequence[BinaryIO]) -> None:
    """Append each of ``records`` to ``files[part]`` (in their order within each file)."""
    order = np.argsort(part, kind="stable")
    records, part = records[order], part[order]
    cuts = np.searchsorted(part, np.arange(len(files) + 1, dtype=np.uint64))
    for p, f in enumerate(files):
        if cuts[p + 1] > cuts[p]:
            records[cuts[p] : cuts[p + 1]].tofile(f)
