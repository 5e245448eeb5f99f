"""Pausing Python's automatic garbage collection around work that makes no reference cycles.

A scan builds hundreds of thousands of acyclic objects (documents, pairs, passages); each batch of
allocations sets off a collection that walks every live object. The collector is one per process,
so pausing it affects every thread: :func:`collection_paused` pauses it only when the calling thread
is the only Python thread (then no other code of the host runs meanwhile, apart from the callbacks
the host passed in), and restores it as it was when the block ends or raises. With other threads
running, it changes nothing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collection_paused"]


@contextmanager
def collection_paused() -> Iterator[bool]:
    """Automatic collection off for the block when this is the process's only Python thread and it
    is on; yields whether it paused it. Afterwards it is on again if it was on before."""
    pause = gc.isenabled() and threading.active_count() == 1
    if pause:
        gc.disable()
    try:
        yield pause
    finally:
        if pause and not gc.isenabled():
            gc.enable()
