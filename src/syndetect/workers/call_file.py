"""The file of one :meth:`WorkerPool.run <syndetect.workers.pool.WorkerPool.run>` call: the pickled
:class:`~syndetect.workers.tasks.Work`, then the call's shared outputs, and :func:`work_handler`, what
a worker runs over it.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .tasks import SharedOutput, Work, resolve

__all__ = ["CallFile", "map_outputs", "work_handler"]


class CallFile:
    """One :meth:`WorkerPool.run` call's file: the pickled work, then its shared outputs. An unnamed
    in-memory file where the system has one (``memfd``; workers open it through ``/proc``), otherwise a
    temporary file removed when the call ends. Workers map it by path; the caller keeps its map as
    long as the output arrays live."""

    def __init__(self, work: Work, outputs: Sequence[SharedOutput]) -> None:
        blob = pickle.dumps((work.target, work.args), protocol=pickle.HIGHEST_PROTOCOL)
        offsets = [-(-len(blob) // 64) * 64]
        for spec in outputs:
            size = int(np.prod(spec.shape, dtype=np.int64)) * np.dtype(spec.dtype).itemsize
            offsets.append(-(-(offsets[-1] + size) // 64) * 64)
        starts = offsets[: len(outputs)]
        self.layout = (len(blob), [(s.shape, np.dtype(s.dtype).str, at)
                                   for s, at in zip(outputs, starts, strict=True)])
        self._unlink: str | None = None
        if hasattr(os, "memfd_create") and os.path.isdir(f"/proc/{os.getpid()}/fd"):
            fd = os.memfd_create("syndetect-call", 0)
            self.path = f"/proc/{os.getpid()}/fd/{fd}"
        else:
            fd, self.path = tempfile.mkstemp(prefix="syndetect-call-")
            self._unlink = self.path
        self._fd = fd
        os.ftruncate(fd, max(offsets[-1], 1))
        self._map = mmap.mmap(fd, max(offsets[-1], 1))
        self._map[: len(blob)] = blob
        self.arrays = map_outputs(self._map, self.layout[1])

    def __enter__(self) -> CallFile:
        return self

    def __exit__(self, *exc: object) -> None:
        # the map stays while the output arrays (views of it) live; the file goes now
        os.close(self._fd)
        if self._unlink is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._unlink)


def map_outputs(buf: mmap.mmap, layout: list[tuple[tuple[int, ...], str, int]]) -> list[NDArray[Any]]:
    arrays = []
    for shape, dtype, at in layout:
        count = int(np.prod(shape, dtype=np.int64))
        arrays.append(np.frombuffer(buf, dtype=dtype, count=count, offset=at).reshape(shape))
    return arrays


def work_handler(
    path: str, layout: tuple[int, list[tuple[tuple[int, ...], str, int]]]
) -> Callable[[NDArray[Any], int], object]:
    """What a worker runs for :meth:`WorkerPool.run`: the work's task function, over the call's file."""
    with open(path, "r+b") as f:
        size = os.fstat(f.fileno()).st_size
        buf = mmap.mmap(f.fileno(), size)
    target, args = pickle.loads(buf[: layout[0]])
    task = resolve(target)(*args)
    arrays = map_outputs(buf, layout[1])

    def handle(codes: NDArray[Any], i: int) -> object:
        return task(i, arrays)

    return handle
