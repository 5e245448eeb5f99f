"""Run numbered tasks in forked processes, with the calling process working too.

Why not a ``ProcessPoolExecutor``: hashing 10,000 articles takes about 0.45 s in one process, so the
fixed costs of a pool are a large share of a 2-process run. Measured on 2 cores (10k articles, batches
of 32): a freshly forked worker's first pass over its half took 0.26 s against 0.22 s warm (page
faults on memory it shares copy-on-write with its parent), and the pool added start-up, pickled
results and an idle parent on top, for 1.2-1.5x. Here the caller forks ``jobs - 1`` children and then
claims tasks itself, so one warm process is always working; tasks are claimed one at a time from a
shared counter, so a slow (cold) child simply takes fewer; fixed-size results are written straight
into a shared memory map (no pickling). Variable-size results travel through a pipe, each as soon
as its task is done, taken in by a thread of the caller while it works.

The tasks of a child that died without answering (say of a signal) are run again by the caller, both
those it had claimed and those it had finished (their return values died with it), so a lost child
costs time, never results. An exception in a task is raised in the caller, with the child's
traceback text attached when it happened there.

Threads. Forking copies only the calling thread: a lock another thread held at that moment stays
held forever in the child. :func:`fork_allowed` says whether this process runs no Python thread but
the caller; :class:`~syndetect.workers.executor.Forked` forks only then and otherwise runs the call in
fresh interpreters. Threads this module starts itself (one per child, to take in its results) start
after the last fork of a call and are joined before the call returns; children that answered are not
waited for by threads either: the next call reaps those that have exited (without waiting), and
:func:`reap_children` waits for the rest. Native
threads of libraries (a BLAS pool) are invisible to Python and hold no Python state; CPython 3.12+
still counts them and warns (``DeprecationWarning``) at every fork, so :func:`run_tasks` silences
that one warning around its own fork when no other Python thread runs.
"""

from __future__ import annotations

import contextlib
import gc
import mmap
import multiprocessing
import os
import signal
import threading
import traceback
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..errors import WorkerError
from .tasks import SharedOutput

__all__ = [
    "SharedOutput", "WorkerError", "can_fork", "fork_allowed", "reap_children", "release_tail", "run_tasks",
]


def can_fork() -> bool:
    """Whether this platform offers the ``fork`` start method (Linux, macOS; not Windows)."""
    return "fork" in multiprocessing.get_all_start_methods()


def fork_allowed() -> bool:
    """Whether this process may fork workers now: the platform can, and no Python thread runs but the
    calling one (a thread holding a lock at the fork would leave it held in the child)."""
    return can_fork() and threading.active_count() == 1


class _Unreaped:
    """Children of :func:`run_tasks` that answered and are exiting, not yet waited for. They belong to
    this process: a forked child starts with none."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pids: list[int] = []
        if hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=self._forget)

    def _forget(self) -> None:
        self.lock = threading.Lock()
        self.pids = []

    def add(self, pid: int) -> None:
        with self.lock:
            self.pids.append(pid)

    def reap(self, wait: bool) -> None:
        with self.lock:
            pids, self.pids = self.pids, []
        for pid in pids:
            try:
                done, _ = os.waitpid(pid, 0 if wait else os.WNOHANG)
            except ChildProcessError:  # reaped by someone else
                continue
            if not done:
                self.add(pid)


_UNREAPED = _Unreaped()


def reap_children(wait: bool = True) -> None:
    """Wait for the children of earlier :func:`run_tasks` calls that are still exiting (``wait=False``:
    reap only those that have exited), so they leave no zombies. Every call that forks reaps those
    that have exited first, so at most one call's children are left unreaped."""
    _UNREAPED.reap(wait)


def _fork() -> int:
    """``os.fork()``; CPython's warning about threads is silenced only when no other Python thread
    runs (then the threads it counted are native ones, and changing the filters races no one)."""
    if threading.active_count() > 1:
        return os.fork()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*is multi-threaded, use of fork\(\)",
                                category=DeprecationWarning)
        return os.fork()


def _shared_array(buf: mmap.mmap, offset: int, spec: SharedOutput) -> NDArray[Any]:
    count = int(np.prod(spec.shape, dtype=np.int64))
    return np.frombuffer(buf, dtype=spec.dtype, count=count, offset=offset).reshape(spec.shape)


def release_tail(array: NDArray[Any], keep: int) -> None:
    """Give the memory of a 1-d shared output beyond its first ``keep`` elements back to the system
    (whole pages only; its contents there read as zeros afterwards). A no-op for an array that is
    not a :func:`run_tasks` output, or where the platform has no ``MADV_REMOVE``."""
    buf = array.base
    while buf is not None and not isinstance(buf, mmap.mmap):  # views, then numpy's memoryview
        buf = buf.obj if isinstance(buf, memoryview) else getattr(buf, "base", None)
    advice = getattr(mmap, "MADV_REMOVE", None)
    if buf is None or advice is None or array.ndim != 1:
        return
    origin = np.frombuffer(buf, dtype=np.uint8, count=1).ctypes.data
    start = array.ctypes.data - origin + keep * array.itemsize
    end = array.ctypes.data - origin + array.nbytes
    start = -(-start // mmap.PAGESIZE) * mmap.PAGESIZE
    if end - start >= mmap.PAGESIZE:
        # refused (an older kernel): the pages stay until the map is freed
        with contextlib.suppress(OSError):
            buf.madvise(advice, start, (end - start) // mmap.PAGESIZE * mmap.PAGESIZE)


def _layout(specs: Sequence[SharedOutput], n_tasks: int) -> tuple[list[int], int]:
    """Byte offsets of the task states and of each output in one map, and its total size."""
    offsets = [0]  # task states: int64 "next task" counter, then one done flag per task
    size = 8 * (n_tasks + 1)
    for spec in specs:
        size = -(-size // 64) * 64  # each array cache-line aligned
        offsets.append(size)
        size += int(np.prod(spec.shape, dtype=np.int64)) * np.dtype(spec.dtype).itemsize
    return offsets, max(size, 1)


class _Board:
    """One call's shared state: the next-task counter and who finished each task (int64s at the
    start of the call's anonymous map), then the shared outputs; tasks are claimed one at a time."""

    def __init__(
        self, task: Callable[[int, list[NDArray[Any]]], object], n_tasks: int,
        outputs: Sequence[SharedOutput], ctx: Any,
    ) -> None:
        offsets, size = _layout(outputs, n_tasks)
        buf = mmap.mmap(-1, size)  # anonymous and shared: children's writes are seen here
        self.task, self.n_tasks = task, n_tasks
        self.state = np.frombuffer(buf, dtype=np.int64, count=n_tasks + 1)
        self.arrays = [_shared_array(buf, off, spec) for off, spec in zip(offsets[1:], outputs, strict=True)]
        self.lock = ctx.Lock()

    def claim(self) -> int:
        with self.lock:
            i = int(self.state[0])
            self.state[0] = i + 1
        return i

    def work(
        self, keep: Callable[[int, object], None], marker: int, progress: Callable[[int], None] | None
    ) -> None:
        state = self.state
        while (i := self.claim()) < self.n_tasks:
            found = self.task(i, self.arrays)
            if found is not None:
                keep(i, found)
            state[1 + i] = marker  # who did it: 1 the caller, 2 + k child k
            if progress is not None:
                progress(int(np.count_nonzero(state[1:])))

    def redo(self, markers: list[int], results: dict[int, object]) -> None:
        """Run here every task marked as done by one of ``markers`` (0: not done)."""
        state = self.state
        for i in np.flatnonzero(np.isin(state[1:], markers)).tolist():
            found = self.task(i, self.arrays)
            if found is not None:
                results[i] = found
            state[1 + i] = 1


def run_tasks(
    task: Callable[[int, list[NDArray[Any]]], object],
    n_tasks: int,
    outputs: Sequence[SharedOutput],
    jobs: int,
    *,
    on_done: Callable[[int], None] | None = None,
) -> tuple[list[NDArray[Any]], dict[int, object]]:
    """Run ``task(i, arrays)`` for every ``i`` in ``range(n_tasks)`` over ``jobs`` processes.

    ``arrays`` are the shared ``outputs``, which a task fills in place (each task its own rows). What a
    task returns (``None`` for nothing) is collected by task number. ``on_done(n)`` is called in the
    caller, after each task it runs itself, with the number of tasks finished so far in all processes,
    and once more with ``n_tasks`` at the end.
    Needs the ``fork`` start method (:func:`can_fork`), and should be called only when
    :func:`fork_allowed`; with ``jobs == 1`` it runs in this process only.
    """
    ctx = multiprocessing.get_context("fork")
    board = _Board(task, n_tasks, outputs, ctx)
    children: list[tuple[int, Any]] = []
    results: dict[int, object] = {}
    status: dict[int, tuple[str, str]] = {}
    receivers: list[threading.Thread] = []
    if min(jobs, n_tasks) > 1:
        reap_children(wait=False)  # earlier calls' children that have exited since they answered
    try:
        _fork_children(board, min(jobs, n_tasks) - 1, ctx, children)
        # children send each result as soon as it is ready; a thread per child takes them in while
        # this process works, so no backlog of pickled results is left for the end
        for k, (_, receive) in enumerate(children):
            thread = threading.Thread(target=_receive, args=(receive, results, status, k), daemon=True)
            thread.start()
            receivers.append(thread)
        board.work(results.__setitem__, 1, on_done)
        for thread in receivers:
            thread.join()
        board.redo(_lost_markers(len(children), status), results)
        if on_done is not None and n_tasks:
            on_done(n_tasks)
    finally:
        _end_children(children, status, receivers)
    return board.arrays, results


def _fork_children(board: _Board, n: int, ctx: Any, children: list[tuple[int, Any]]) -> None:
    """Fork ``n`` children that work on ``board``, each with a pipe for its results, appending each to
    ``children`` (pid, receiving end) as soon as it runs."""
    for k in range(n):
        receive, send = ctx.Pipe(duplex=False)
        # os.fork rather than multiprocessing.Process, which refuses to start a child from a
        # daemonic process (a multiprocessing.Pool worker, say): these children live no longer
        # than this call, which stops any that has not answered
        pid = _fork()
        if pid == 0:  # pragma: no cover - the child (its work is tested through the results)
            try:
                receive.close()
                _child(board.work, 2 + k, send)
            finally:
                os._exit(0)
        send.close()
        children.append((pid, receive))


def _lost_markers(n_children: int, status: dict[int, tuple[str, str]]) -> list[int]:
    """The markers of tasks to run again: unfinished tasks (0), and every task of a child that died
    (some returns died too). A child's error is raised here."""
    lost = [0]
    for k in range(n_children):
        what, detail = status.get(k, ("lost", ""))
        if what == "error":
            raise WorkerError(f"a task failed in a worker process:\n{detail}")
        if what != "ok":
            lost.append(2 + k)
    return lost


def _end_children(
    children: list[tuple[int, Any]], status: dict[int, tuple[str, str]], receivers: list[threading.Thread]
) -> None:
    """The end of a call, whatever happened: stop the children that have not answered, leave those
    that have to be reaped later, join the receiving threads and close the pipes."""
    for k, (pid, _) in enumerate(children):
        # a child that has answered is exiting: its teardown (~8 ms) is not waited for here but
        # at the next call (or reap_children); any other child is stopped
        if k not in status:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            _reap(pid)
        else:
            _UNREAPED.add(pid)
    for thread in receivers:
        thread.join()
    for _, receive in children:
        receive.close()
    if children:
        reap_children(wait=False)


def _reap(pid: int) -> None:
    """Wait for child ``pid`` to exit, so it leaves no zombie (unless someone else reaped it)."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _receive(receive: Any, results: dict[int, object], status: dict[int, tuple[str, str]], k: int) -> None:
    """Take in child ``k``'s results until it says it is done, failed, or its pipe closes."""
    while True:
        try:
            message = receive.recv()
        except (EOFError, OSError):  # the child died without a word; its tasks are redone
            status[k] = ("lost", "")
            return
        if message[0] == "task":
            results[message[1]] = message[2]
        else:
            status[k] = (message[0], message[1])
            return


def _child(work: Callable[[Callable[[int, object], None], int, None], None], marker: int, send: Any) -> None:
    # A collection would write to the headers of the parent's objects, copying their pages; this
    # short-lived process frees what it allocates by reference counting alone.
    gc.disable()
    try:
        work(lambda i, found: send.send(("task", i, found)), marker, None)
    except BaseException:  # reported to the parent, which raises it
        send.send(("error", traceback.format_exc()))
    else:
        send.send(("ok", ""))
    finally:
        send.close()
