"""Task functions for the tests of :mod:`syndetect.workers`: worker interpreters run only
syndetect's own functions, so the tests' tasks live here."""

from __future__ import annotations

import os
from typing import Any

from numpy.typing import NDArray

from ..workers.tasks import Task

__all__ = ["squares"]


def squares(record: str | None = None) -> Task:
    """Task ``i`` writes ``i * i`` and its process id into row ``i`` of its two outputs and returns
    ``"t<i>"`` for every third task; with ``record`` (a file name) it also appends ``i`` to that file,
    so a test can count how often each task ran."""

    def task(i: int, out: list[NDArray[Any]]) -> object:
        out[0][i] = i * i
        out[1][i] = os.getpid()
        if record is not None:
            fd = os.open(record, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            try:
                os.write(fd, f"{i}\n".encode())
            finally:
                os.close(fd)
        return f"t{i}" if i % 3 == 0 else None

    return task
