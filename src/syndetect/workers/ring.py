"""The shared memory ring of a :class:`~syndetect.workers.pool.WorkerPool`: one int64 state per slot,
then the slots (a task's code points, then room for its result), and :func:`claim`, the one step by
which the caller or a worker takes a queued task.
"""

from __future__ import annotations

import mmap
import os
import tempfile
from typing import BinaryIO, Protocol

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "MAX_SLOTS", "RESULT_BYTES", "SLOT_BYTES", "STATES", "STRIDE",
    "Ring", "SlotStates", "WorkerRing", "claim",
]

SLOT_BYTES = 4 << 20
"""Bytes of code points one task can carry to a worker: a batch of at most ``MAX_BATCH_CHARS``
(2**20) characters in the widest encoding (4 bytes each). Larger tasks run in the caller."""

RESULT_BYTES = 1 << 20
"""Bytes of result a worker writes back into the task's slot (64 signatures of 128 permutations take
32 KiB); a larger result travels pickled through the pipe. Through the pipe, every result would
cost a copy each way, and two results would fill it while the caller is busy, stalling the worker."""

STRIDE = SLOT_BYTES + RESULT_BYTES

MAX_SLOTS = 4096
STATES = 8 * MAX_SLOTS
"""The ring starts with one int64 state per slot: the caller writes the task's ticket (a number
unique in the pool's life) before sending it; the worker, when it begins the task, swaps the ticket
for its negative, and the caller, when it takes a queued task back, for 0. Each swap is made only if
the state still holds the ticket, under an exclusive ``lockf`` of that state's 8 bytes, so exactly one
of the two runs the task and a stale message (its ticket gone) is skipped."""

class Ring:
    """The shared slots: an unnamed in-memory file, mapped here and (by descriptor) in each worker."""

    def __init__(self, size: int) -> None:
        if hasattr(os, "memfd_create"):
            self.file: BinaryIO = os.fdopen(os.memfd_create("syndetect-pool", 0), "w+b")
        else:  # macOS: an unlinked temporary file
            self.file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self.file.truncate(size)
        self.size = size
        self.map = mmap.mmap(self.file.fileno(), size)
        self.view: NDArray[np.uint8] = np.frombuffer(self.map, dtype=np.uint8)
        self.states: NDArray[np.int64] = np.frombuffer(self.map, dtype=np.int64, count=MAX_SLOTS)

    def fileno(self) -> int:
        return self.file.fileno()

    def close(self) -> None:
        del self.view, self.states  # the map cannot close while a view exports it
        self.map.close()
        self.file.close()


class SlotStates(Protocol):
    states: NDArray[np.int64]

    def fileno(self) -> int: ...


def claim(ring: SlotStates, slot: int, ticket: int, new: int) -> bool:
    """Swap the state of ``slot`` from ``ticket`` to ``new`` if it still holds ``ticket``: whether
    it did. The check and the swap are one step for every process that claims through here."""
    import fcntl  # POSIX only, like the pool: importing this module stays possible everywhere

    fd = ring.fileno()
    fcntl.lockf(fd, fcntl.LOCK_EX, 8, 8 * slot)
    try:
        if int(ring.states[slot]) != ticket:
            return False
        ring.states[slot] = new
        return True
    finally:
        fcntl.lockf(fd, fcntl.LOCK_UN, 8, 8 * slot)


class WorkerRing:
    """The ring as a worker maps it (by the descriptor it was given)."""

    def __init__(self, fd: int, size: int) -> None:
        self.fd = fd
        self.map = mmap.mmap(fd, size)
        self.states: NDArray[np.int64] = np.frombuffer(self.map, dtype=np.int64, count=MAX_SLOTS)

    def fileno(self) -> int:
        return self.fd
