"""The worker side of a :class:`~syndetect.workers.pool.WorkerPool`: the loop a worker process runs
(started as ``python -c`` with :data:`WORKER_COMMAND`), and where this ``syndetect`` package is, which a
worker puts first on its path and reports back at start.
"""

from __future__ import annotations

import signal
import sys
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..errors import WorkerError
from .ring import RESULT_BYTES, SLOT_BYTES, STATES, STRIDE, WorkerRing, claim
from .tasks import resolve

__all__ = ["WORKER_COMMAND", "package_file", "package_root", "worker_main"]


def worker_main() -> None:  # pragma: no cover - runs in the worker processes (tested end to end)
    """A worker: serve tasks until the pool says stop or the caller goes away."""
    # Ctrl-C in a terminal reaches the whole process group: the caller handles it; a worker ends
    # when the caller closes its pipe or exits
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    receive_fd, send_fd, ring_fd, ring_size = map(int, sys.argv[2:6])
    receive = Connection(receive_fd, writable=False)
    send = Connection(send_fd, readable=False)
    ring = WorkerRing(ring_fd, ring_size)
    handler: Callable[[NDArray[Any], Any], Any] | None = None
    setup_error = "no call was set up"
    send.send(("ready", package_file()))
    while True:
        try:
            message = receive.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        if message[0] == "call":
            _, number, target, args = message
            handler = None
            try:
                handler = resolve(target)(*args)
            except Exception:
                setup_error = traceback.format_exc()
            continue
        _, number, task, slot, ticket, dtype, count, header = message
        if not claim(ring, slot, ticket, -ticket):
            continue  # taken back by the caller
        try:
            if handler is None:
                raise WorkerError(f"the call's setup failed in the worker:\n{setup_error}")
            at = STATES + slot * STRIDE
            codes = np.frombuffer(ring.map, dtype=dtype, count=count, offset=at)
            result = handler(codes, header)
            if isinstance(result, np.ndarray) and result.nbytes <= RESULT_BYTES:
                at += SLOT_BYTES
                into = np.frombuffer(ring.map, dtype=result.dtype, count=result.size, offset=at)
                into[:] = result.reshape(-1)
                send.send(("in ring", number, task, (result.dtype.str, result.shape)))
            else:
                send.send(("done", number, task, result))
        except Exception:
            send.send(("error", number, task, traceback.format_exc()))


WORKER_COMMAND = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from syndetect.workers.worker_process import worker_main; worker_main()"
)


def package_root() -> Path:
    """The folder that holds this ``syndetect`` package (what a worker puts first on its path)."""
    return Path(__file__).resolve().parents[len(__name__.split(".")) - 1]


def package_file() -> str:
    """Where this process's ``syndetect`` package is (compared with each worker's at start)."""
    return str(Path(__file__).resolve().parents[len(__name__.split(".")) - 2] / "__init__.py")
