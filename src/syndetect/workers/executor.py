"""The executors a stage can be given, and :func:`as_executor`, which turns what a user passes as
``jobs`` (a number of processes, or an executor) into one.

* :class:`Serial`: every task in this process, in order.
* :class:`Forked`: ``jobs - 1`` children forked for the call, the caller working too, tasks claimed
  from a shared counter, fixed-size outputs in shared memory (:func:`~syndetect.workers.fork.run_tasks`).
  It forks only when :func:`~syndetect.workers.fork.fork_allowed`: where the platform has no ``fork``,
  or another Python thread of this process runs at the time of the call, the call runs in fresh
  interpreters instead (:class:`Spawned`), with the same results.
* :class:`~syndetect.workers.pool.WorkerPool`: persistent worker interpreters, for many calls in a row.
* :class:`Spawned`: fresh interpreters for one call (a :class:`~syndetect.workers.pool.WorkerPool`
  started and closed around it on POSIX systems, ``multiprocessing``'s ``spawn`` elsewhere).

Every executor gives the same results; they differ in what a call costs.
"""

from __future__ import annotations

import contextlib
import mmap
import multiprocessing
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..errors import ConfigError
from .fork import fork_allowed, run_tasks
from .pool import WorkerPool
from .tasks import Executor, SharedOutput, Work, resolve

__all__ = ["MAX_JOBS", "Executor", "Forked", "Serial", "Spawned", "Work", "as_executor", "run_batches"]

MAX_JOBS = 1024


def _check_jobs(jobs: object, low: int) -> int:
    if isinstance(jobs, bool) or not isinstance(jobs, int) or not low <= jobs <= MAX_JOBS:
        msg = (f"jobs must be an integer in [{low}, {MAX_JOBS}], got {jobs!r}; use at most the number of "
               "CPU cores")
        raise ConfigError(msg)
    return jobs


class Serial:
    """Every task in this process, in order."""

    @property
    def jobs(self) -> int:
        return 1

    def __repr__(self) -> str:
        return "Serial()"

    def run(
        self,
        work: Work,
        n_tasks: int,
        outputs: Sequence[SharedOutput] = (),
        *,
        on_done: Callable[[int], None] | None = None,
    ) -> tuple[list[NDArray[Any]], dict[int, object]]:
        return run_tasks(work.tasks(), n_tasks, outputs, 1, on_done=on_done)


class _Processes:
    """An executor of a fixed number of processes per call (at least ``LOWEST``)."""

    LOWEST = 1

    def __init__(self, jobs: int) -> None:
        self._jobs = _check_jobs(jobs, self.LOWEST)

    @property
    def jobs(self) -> int:
        return self._jobs

    def __repr__(self) -> str:
        return f"{type(self).__name__}(jobs={self._jobs})"


class Forked(_Processes):
    """``jobs`` processes per call: the caller and ``jobs - 1`` children forked for it, which see the
    caller's memory as it was (nothing is pickled but what tasks return). Falls back to
    :class:`Spawned` for a call made while another Python thread runs, or where ``fork`` is missing."""

    def run(
        self,
        work: Work,
        n_tasks: int,
        outputs: Sequence[SharedOutput] = (),
        *,
        on_done: Callable[[int], None] | None = None,
    ) -> tuple[list[NDArray[Any]], dict[int, object]]:
        if min(self._jobs, n_tasks) <= 1:
            return run_tasks(work.tasks(), n_tasks, outputs, 1, on_done=on_done)
        if not fork_allowed():
            return Spawned(self._jobs).run(work, n_tasks, outputs, on_done=on_done)
        # the task function is built here, before the fork: what it prepares is shared, not copied
        return run_tasks(work.tasks(), n_tasks, outputs, self._jobs, on_done=on_done)


class Spawned(_Processes):
    """``jobs`` fresh interpreters for each call (the caller working too on POSIX systems): what a
    :class:`Forked` call runs where it may not fork. Costs an interpreter start per call; a
    :class:`~syndetect.workers.pool.WorkerPool` keeps them for many calls."""

    LOWEST = 2

    def run(
        self,
        work: Work,
        n_tasks: int,
        outputs: Sequence[SharedOutput] = (),
        *,
        on_done: Callable[[int], None] | None = None,
    ) -> tuple[list[NDArray[Any]], dict[int, object]]:
        if n_tasks <= 1:
            return run_tasks(work.tasks(), n_tasks, outputs, 1, on_done=on_done)
        if os.name == "posix":
            with WorkerPool(min(self._jobs, n_tasks)) as pool:
                return pool.run(work, n_tasks, outputs, on_done=on_done)
        return _spawn_run(work, n_tasks, outputs, min(self._jobs, n_tasks), on_done)


def _spawn_run(
    work: Work, n_tasks: int, outputs: Sequence[SharedOutput], jobs: int,
    on_done: Callable[[int], None] | None,
) -> tuple[list[NDArray[Any]], dict[int, object]]:
    """:class:`Spawned` without POSIX: ``multiprocessing`` ``spawn`` workers, each given a share of the
    tasks; outputs through a temporary file they all map (copied out at the end)."""
    layout: list[tuple[tuple[int, ...], str, int]] = []
    size = 0
    for spec in outputs:
        layout.append((spec.shape, np.dtype(spec.dtype).str, size))
        size += int(np.prod(spec.shape, dtype=np.int64)) * np.dtype(spec.dtype).itemsize
        size = -(-size // 64) * 64
    fd, path = tempfile.mkstemp(prefix="syndetect-call-")
    results: dict[int, object] = {}
    try:
        os.ftruncate(fd, max(size, 1))
        os.close(fd)
        shares = [list(range(k, n_tasks, 4 * jobs)) for k in range(min(n_tasks, 4 * jobs))]
        blob = pickle.dumps(work, protocol=pickle.HIGHEST_PROTOCOL)
        done = 0
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as ex:
            found_by_share = ex.map(_spawned_share, [blob] * len(shares), [path] * len(shares),
                                    [layout] * len(shares), shares)
            for share, found in zip(shares, found_by_share, strict=True):
                results.update(found)
                done += len(share)
                if on_done is not None:
                    on_done(min(done, n_tasks))
        with open(path, "r+b") as f:
            buf = mmap.mmap(f.fileno(), max(size, 1))
        arrays = [np.array(a) for a in _views(buf, layout)]
        buf.close()
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
    if on_done is not None and n_tasks:
        on_done(n_tasks)
    return arrays, results


def _views(buf: mmap.mmap, layout: list[tuple[tuple[int, ...], str, int]]) -> list[NDArray[Any]]:
    return [np.frombuffer(buf, dtype=dtype, count=int(np.prod(shape, dtype=np.int64)), offset=at)
            .reshape(shape) for shape, dtype, at in layout]


def _spawned_share(
    blob: bytes, path: str, layout: list[tuple[tuple[int, ...], str, int]], share: list[int]
) -> dict[int, object]:  # pragma: no cover - runs in a spawned process (tested through the results)
    work: Work = pickle.loads(blob)
    task = resolve(work.target)(*work.args)
    with open(path, "r+b") as f:
        buf = mmap.mmap(f.fileno(), os.fstat(f.fileno()).st_size)
    arrays = _views(buf, layout)
    found: dict[int, object] = {}
    for i in share:
        value = task(i, arrays)
        if value is not None:
            found[i] = value
    del arrays
    buf.flush()
    return found


def as_executor(jobs: int | Executor) -> Executor:
    """The executor for what a user passed as ``jobs``: ``1`` :class:`Serial`, ``n > 1``
    :class:`Forked` with ``n`` processes, an executor (a :class:`~syndetect.workers.pool.WorkerPool`,
    say) itself."""
    if isinstance(jobs, int) and not isinstance(jobs, bool):
        return Serial() if _check_jobs(jobs, 1) == 1 else Forked(jobs)
    if isinstance(jobs, Executor):
        return jobs
    msg = (f"jobs must be an integer in [1, {MAX_JOBS}] or an executor (a syndetect.WorkerPool, say), "
           f"got {jobs!r}; pass a number of processes, or jobs=pool")
    raise ConfigError(msg)


def run_batches(jobs: int | Executor, work: Work, n_tasks: int) -> list[Any]:
    """The items the tasks ``0 .. n_tasks - 1`` of ``work`` return (each task a list, for one batch of
    a stage's items), joined in task order; ``jobs`` as for :func:`as_executor`. A single task runs
    in this process, whatever the executor: nothing is sent to a worker for it."""
    executor = as_executor(jobs)
    _, found = (Serial() if n_tasks < 2 else executor).run(work, n_tasks)
    return [item for i in range(n_tasks) for item in cast(list[Any], found[i])]
