"""Persistent worker processes for many calls in a row: ``signatures(texts, jobs=pool)``, or any stage
that takes ``jobs``.

``jobs=2`` forks a child for every call. On 10,000 articles (0.4 s of work) that costs about a tenth
of a 2-process call: the fork itself (3-7 ms), then a write fault on every page either process writes
while both are alive: the caller's freed per-task lists (one article's reference count per page,
about 12 ms), and each process's reused heap (about 3,000 faults each). A :class:`WorkerPool` starts
its workers once and keeps them warm, so none of that recurs:

* workers are fresh interpreters (``python -c``), not forks: they pin none of the caller's memory
  and do not run the caller's ``__main__`` again;
* the caller encodes a task's texts to code points (the first step of normalising them, which the
  worker would otherwise do) into a slot of a shared memory ring, and sends only the task's header
  through a pipe; the worker normalises, hashes and sends the result back;
* the caller works too: it hands tasks from the end of the list to the workers, a few at a time, and
  takes tasks from the front itself, so everyone finishes at about the same time;
* a task too large for a slot runs in the caller; a worker that dies has its tasks run by the caller;
  a failure in a worker is raised in the caller as :class:`~syndetect.WorkerError` with the
  worker's traceback. Replies carry the call's number, so a call abandoned halfway (an exception in
  the caller, say) cannot leak results into the next one.
* a task queued to a worker is run by exactly one process: the worker and the caller claim it by
  its ticket in the ring's state area, each under a lock on that state (``fcntl.lockf``), so a task
  the caller took back is skipped by the worker, and a stale message never runs a newer task.

What runs in a worker is named by ``"module:function"`` (only inside ``syndetect``): called once per
call with the call's arguments, it returns the function that maps a task's code points and header
to its result (:meth:`WorkerPool.run_posted`). :meth:`WorkerPool.run` runs the tasks of any
:class:`~syndetect.workers.tasks.Work` (the :class:`~syndetect.workers.tasks.Executor` protocol): its
arguments are pickled once into a file of the call that every worker maps, beside the call's shared
outputs.

Workers are started as ``python -c`` with the folder that holds this ``syndetect`` package first on
their ``sys.path`` (the environment is passed on unchanged), and each reports the package it
imported: a worker that would run another copy of syndetect is refused at start.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import select
import signal
import subprocess
import sys
import tempfile
import threading
import traceback
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import numpy as np
from numpy.typing import NDArray

from ..config import _check_int
from ..errors import WorkerError
from .tasks import SharedOutput, Work, resolve

__all__ = ["SLOT_BYTES", "WorkerPool"]

SLOT_BYTES = 4 << 20
"""Bytes of code points one task can carry to a worker: a batch of at most ``MAX_BATCH_CHARS``
(2**20) characters in the widest encoding (4 bytes each). Larger tasks run in the caller."""

_RESULT_BYTES = 1 << 20
"""Bytes of result a worker writes back into the task's slot (64 signatures of 128 permutations take
32 KiB); a larger result travels pickled through the pipe. Through the pipe, every result would
cost a copy each way, and two results would fill it while the caller is busy, stalling the worker."""

_STRIDE = SLOT_BYTES + _RESULT_BYTES

_DEPTH = 3
"""Tasks in flight per worker: one running, two waiting, so a worker never idles while the caller
is busy with a task of its own (about 5 ms for 128 articles). At the end, the caller takes back the
tasks a worker has not started rather than wait for them."""

_MAX_SLOTS = 4096
_STATES = 8 * _MAX_SLOTS
"""The ring starts with one int64 state per slot: the caller writes the task's ticket (a number
unique in the pool's life) before sending it; the worker, when it begins the task, swaps the ticket
for its negative, and the caller, when it takes a queued task back, for 0. Each swap is made only if
the state still holds the ticket, under an exclusive ``lockf`` of that state's 8 bytes, so exactly one
of the two runs the task and a stale message (its ticket gone) is skipped."""

_START_TIMEOUT = 120.0


@dataclass
class _Worker:
    proc: subprocess.Popen[bytes]
    send: Connection
    receive: Connection
    stderr: BinaryIO
    slots: list[int]
    alive: bool = True
    inflight: dict[int, int] = field(default_factory=dict)  # task -> slot


class WorkerPool:
    """``jobs - 1`` persistent worker processes; the calling process is the ``jobs``-th.

    Use it where the same process calls :func:`syndetect.signatures` many times (a pipeline that
    hashes a stream in batches)::

        with syndetect.WorkerPool(jobs=2) as pool:
            for batch in batches:
                sigs = syndetect.signatures(batch, jobs=pool)

    Starting takes a fraction of a second (each worker imports numpy and syndetect) and waits until
    every worker is ready. Results are the same as with ``jobs=1``. One call uses the pool at a time
    (other threads wait); a pool belongs to the process that made it. ``close()`` (or leaving the
    ``with`` block) stops the workers; a pool left open is closed when it is garbage-collected or at
    exit.
    """

    def __init__(self, jobs: int = 2) -> None:
        _check_int("jobs", jobs, 2, _MAX_SLOTS // _DEPTH,
                   "a pool needs at least one worker besides the caller")
        if os.name != "posix":  # workers receive their pipes and the ring by descriptor
            raise WorkerError("WorkerPool needs a POSIX system (Linux, macOS); use jobs=2 instead")
        self._jobs = jobs
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._calls = 0
        self._tickets = 0
        n_slots = (jobs - 1) * _DEPTH
        self._ring = _Ring(_STATES + n_slots * _STRIDE)
        self._workers: list[_Worker] = []
        self._finalizer = weakref.finalize(self, _shutdown, self._workers, self._ring, self._pid)
        try:
            for k in range(jobs - 1):
                self._workers.append(self._start(list(range(k * _DEPTH, (k + 1) * _DEPTH))))
            for worker in self._workers:
                self._await_ready(worker)
        except BaseException:
            self.close()
            raise

    @property
    def jobs(self) -> int:
        """Processes that work on a call: the workers and the caller."""
        return self._jobs

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"{self.workers_alive} of {self._jobs - 1} workers alive"
        return f"WorkerPool(jobs={self._jobs}): {state}"

    @property
    def workers_alive(self) -> int:
        """Workers still running (a worker that died is not replaced; its tasks ran in the caller)."""
        return sum(w.alive for w in self._workers)

    def _start(self, slots: list[int]) -> _Worker:
        to_worker_r, to_worker_w = os.pipe()
        from_worker_r, from_worker_w = os.pipe()
        stderr = tempfile.TemporaryFile()  # noqa: SIM115 - read on failure, closed by close()
        fds = (to_worker_r, from_worker_w, self._ring.file.fileno())
        command = [sys.executable, "-c", _WORKER_COMMAND, str(_package_root()), *map(str, fds),
                   str(self._ring.size)]
        try:
            proc = subprocess.Popen(command, pass_fds=fds, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=stderr)
        except OSError as exc:
            stderr.close()
            for fd in (to_worker_w, from_worker_r):
                os.close(fd)
            msg = f"could not start a syndetect worker process with {sys.executable!r}: {exc}"
            raise WorkerError(msg) from exc
        finally:
            os.close(to_worker_r)
            os.close(from_worker_w)
        send, receive = Connection(to_worker_w, readable=False), Connection(from_worker_r, writable=False)
        return _Worker(proc, send, receive, stderr, slots)

    def _await_ready(self, worker: _Worker) -> None:
        ready = worker.receive.poll(_START_TIMEOUT)
        message = None
        if ready:
            try:
                message = worker.receive.recv()
            except (EOFError, OSError):
                message = None
        if message == ("ready", _package_file()):
            return
        if isinstance(message, tuple) and len(message) == 2 and message[0] == "ready":
            msg = (f"a syndetect worker process ({sys.executable}) imported syndetect from {message[1]}, "
                   f"not from {_package_file()} as this process did; install one copy of syndetect, or "
                   "run both from the same source tree")
            raise WorkerError(msg)
        worker.stderr.seek(0)
        detail = worker.stderr.read().decode("utf-8", "replace").strip()
        what = "did not start in time" if not ready else "exited while starting"
        msg = f"a syndetect worker process {what} ({sys.executable}); its error output:\n{detail}"
        raise WorkerError(msg)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has run (or the pool was garbage-collected)."""
        return not self._finalizer.alive

    def close(self) -> None:
        """Stop the workers and free the shared ring (idempotent)."""
        self._finalizer()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(
        self,
        work: Work,
        n_tasks: int,
        outputs: Sequence[SharedOutput] = (),
        *,
        on_done: Callable[[int], None] | None = None,
    ) -> tuple[list[NDArray[Any]], dict[int, object]]:
        """Run the tasks of ``work`` over the workers and the caller (the
        :class:`~syndetect.workers.tasks.Executor` protocol). The work's arguments are pickled once, into
        a file of this call that every worker maps along with the ``outputs``."""
        with _CallFile(work, outputs) as call_file:
            arrays = call_file.arrays
            results: dict[int, object] = {}
            done = [0]
            own: list[Any] = []  # the caller's task function, built when it first runs a task

            def finished() -> None:
                done[0] += 1
                if on_done is not None:
                    on_done(done[0])

            def post(i: int) -> tuple[int, NDArray[np.uint8]]:
                return i, _NOTHING

            def run_here(i: int) -> None:
                if not own:
                    own.append(work.tasks())
                found = own[0](i, arrays)
                if found is not None:
                    results[i] = found
                finished()

            def take(i: int, found: Any) -> None:
                if found is not None:
                    results[i] = found.copy() if isinstance(found, np.ndarray) else found
                finished()

            setup = ("syndetect.workers.pool:_work_handler", (call_file.path, call_file.layout))
            self.run_posted(n_tasks, setup, post, run_here, take)
            if on_done is not None and n_tasks:
                on_done(n_tasks)
            return arrays, results

    def run_posted(
        self,
        n_tasks: int,
        setup: tuple[str, tuple[Any, ...]],
        post: Callable[[int], tuple[Any, NDArray[Any]] | None],
        run_here: Callable[[int], None],
        take: Callable[[int, Any], None],
    ) -> None:
        """Run tasks ``0 .. n_tasks - 1``: ``post(i)`` gives task ``i``'s header and code points for a
        worker (``None``: run it here instead), ``run_here(i)`` runs it in the caller, ``take(i, r)``
        stores a worker's result (an array result is a view of the shared slot, valid until ``take``
        returns). ``setup`` names the worker-side function and its arguments."""
        with self._lock:
            if self.closed:
                raise WorkerError("this WorkerPool is closed; make a new one")
            if os.getpid() != self._pid:
                msg = f"this WorkerPool belongs to process {self._pid}; make one in process {os.getpid()}"
                raise WorkerError(msg)
            self._calls += 1
            _Call(self, self._calls, n_tasks, post, run_here, take).run(setup)


class _Call:
    """One call's scheduling: workers take tasks from the end, the caller from the front."""

    def __init__(
        self,
        pool: WorkerPool,
        number: int,
        n_tasks: int,
        post: Callable[[int], tuple[Any, NDArray[Any]] | None],
        run_here: Callable[[int], None],
        take: Callable[[int, Any], None],
    ) -> None:
        self.pool, self.number = pool, number
        self.front, self.back = 0, n_tasks
        self.post, self.run_here, self.take = post, run_here, take
        self.given_back: list[int] = []  # too large for a slot, or a dead worker's
        self.error: str | None = None

    def run(self, setup: tuple[str, tuple[Any, ...]]) -> None:
        workers = self.pool._workers
        # one poll object for every worker's replies: Connection.poll builds a selector per call
        # (about 28 us each, 80 times a call on 10k articles)
        poller = select.poll()
        by_fd: dict[int, _Worker] = {}
        for worker in workers:
            worker.inflight.clear()  # an abandoned call's tasks: their replies are ignored
            self._send(worker, ("call", self.number, *setup))
            if worker.alive:
                by_fd[worker.receive.fileno()] = worker
                poller.register(worker.receive.fileno(), select.POLLIN)

        def receive_ready(timeout: int | None) -> None:
            """Take in every reply that is there (waiting up to ``timeout`` ms for the first): a
            reply left for later leaves its worker one task short until the caller's next turn."""
            while ready := poller.poll(timeout):
                for fd, _ in ready:
                    worker = by_fd[fd]
                    self._receive(worker)
                    if not worker.alive:
                        poller.unregister(fd)
                timeout = 0

        while True:
            receive_ready(0)
            if self.error is None:
                for worker in workers:
                    self._feed(worker)
            if self.given_back and self.error is None:
                self.run_here(self.given_back.pop())
            elif self.front < self.back and self.error is None:
                self.front += 1
                self.run_here(self.front - 1)
            elif self.error is None and self._take_back():
                pass
            elif any(w.inflight for w in workers if w.alive):
                receive_ready(None)  # an idle worker's pipe stays quiet: wait for the busy ones
            else:
                break
        if self.error is not None:
            raise WorkerError(f"a task failed in a worker process:\n{self.error}")

    def _take_back(self) -> bool:
        """Run here the last task queued to a worker that has not started it, if there is one."""
        ring = self.pool._ring
        for worker in self.pool._workers:
            if not worker.alive:
                continue
            for task, slot in reversed(worker.inflight.items()):
                if ring.states[slot] > 0 and claim(ring, slot, int(ring.states[slot]), 0):
                    del worker.inflight[task]
                    self.run_here(task)
                    return True
        return False

    def _feed(self, worker: _Worker) -> None:
        while worker.alive and len(worker.inflight) < _DEPTH and self.front < self.back:
            self.back -= 1
            task = self.back
            posted = self.post(task)
            if posted is None:
                self.given_back.append(task)
                continue
            header, codes = posted
            data = codes.reshape(-1).view(np.uint8)
            if data.size > SLOT_BYTES:
                self.given_back.append(task)
                continue
            slot = next(s for s in worker.slots if s not in worker.inflight.values())
            at = _STATES + slot * _STRIDE
            self.pool._ring.view[at : at + data.size] = data
            self.pool._tickets += 1
            ticket = self.pool._tickets
            self.pool._ring.states[slot] = ticket  # the slot is free: no process claims it now
            worker.inflight[task] = slot
            self._send(worker, ("task", self.number, task, slot, ticket, codes.dtype.str, codes.size, header))

    def _send(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        if not worker.alive:
            return
        try:
            worker.send.send(message)
        except OSError:  # the worker died: what it had is run here
            self._lost(worker)

    def _receive(self, worker: _Worker) -> None:
        """Take in one reply from ``worker``, whose pipe is readable."""
        if worker.alive:
            try:
                kind, number, task, payload = worker.receive.recv()
            except (EOFError, OSError):
                self._lost(worker)
                return
            if number != self.number or task not in worker.inflight:
                return  # from an abandoned call
            slot = worker.inflight.pop(task)
            if kind == "in ring":
                dtype, shape = payload
                at = _STATES + slot * _STRIDE + SLOT_BYTES
                count = int(np.prod(shape, dtype=np.int64))
                rows = np.frombuffer(self.pool._ring.map, dtype=dtype, count=count, offset=at)
                self.take(task, rows.reshape(shape))  # a view of the slot: take copies what it keeps
            elif kind == "done":
                self.take(task, payload)
            elif self.error is None:
                self.error = str(payload)

    def _lost(self, worker: _Worker) -> None:
        worker.alive = False
        self.given_back.extend(worker.inflight)
        worker.inflight.clear()


class _Ring:
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
        self.states: NDArray[np.int64] = np.frombuffer(self.map, dtype=np.int64, count=_MAX_SLOTS)

    def fileno(self) -> int:
        return self.file.fileno()

    def close(self) -> None:
        del self.view, self.states  # the map cannot close while a view exports it
        self.map.close()
        self.file.close()


class _States(Protocol):
    states: NDArray[np.int64]

    def fileno(self) -> int: ...


def claim(ring: _States, slot: int, ticket: int, new: int) -> bool:
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


def _shutdown(workers: list[_Worker], ring: _Ring, owner: int) -> None:
    if os.getpid() != owner:  # a forked copy of the owner exiting: the workers are not its to stop
        return
    for worker in workers:
        if worker.alive:
            with contextlib.suppress(OSError):
                worker.send.send(None)
    for worker in workers:
        try:
            worker.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            worker.proc.kill()
            worker.proc.wait()
        worker.alive = False
        worker.send.close()
        worker.receive.close()
        worker.stderr.close()
    workers.clear()
    ring.close()


def _worker_main() -> None:  # pragma: no cover - runs in the worker processes (tested end to end)
    """A worker: serve tasks until the pool says stop or the caller goes away."""
    # Ctrl-C in a terminal reaches the whole process group: the caller handles it; a worker ends
    # when the caller closes its pipe or exits
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    receive_fd, send_fd, ring_fd, ring_size = map(int, sys.argv[2:6])
    receive = Connection(receive_fd, writable=False)
    send = Connection(send_fd, readable=False)
    ring = _WorkerRing(ring_fd, ring_size)
    handler: Callable[[NDArray[Any], Any], Any] | None = None
    setup_error = "no call was set up"
    send.send(("ready", _package_file()))
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
            at = _STATES + slot * _STRIDE
            codes = np.frombuffer(ring.map, dtype=dtype, count=count, offset=at)
            result = handler(codes, header)
            if isinstance(result, np.ndarray) and result.nbytes <= _RESULT_BYTES:
                at += SLOT_BYTES
                into = np.frombuffer(ring.map, dtype=result.dtype, count=result.size, offset=at)
                into[:] = result.reshape(-1)
                send.send(("in ring", number, task, (result.dtype.str, result.shape)))
            else:
                send.send(("done", number, task, result))
        except Exception:
            send.send(("error", number, task, traceback.format_exc()))


class _WorkerRing:
    """The ring as a worker maps it (by the descriptor it was given)."""

    def __init__(self, fd: int, size: int) -> None:
        self.fd = fd
        self.map = mmap.mmap(fd, size)
        self.states: NDArray[np.int64] = np.frombuffer(self.map, dtype=np.int64, count=_MAX_SLOTS)

    def fileno(self) -> int:
        return self.fd


_WORKER_COMMAND = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from syndetect.workers.pool import _worker_main; _worker_main()"
)


def _package_root() -> Path:
    """The folder that holds this ``syndetect`` package (what a worker puts first on its path)."""
    return Path(__file__).resolve().parents[len(__name__.split(".")) - 1]


def _package_file() -> str:
    """Where this process's ``syndetect`` package is (compared with each worker's at start)."""
    return str(Path(__file__).resolve().parents[len(__name__.split(".")) - 2] / "__init__.py")


_NOTHING = np.zeros(0, dtype=np.uint8)


class _CallFile:
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
        self.arrays = _map_outputs(self._map, self.layout[1])

    def __enter__(self) -> _CallFile:
        return self

    def __exit__(self, *exc: object) -> None:
        # the map stays while the output arrays (views of it) live; the file goes now
        os.close(self._fd)
        if self._unlink is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._unlink)


def _map_outputs(buf: mmap.mmap, layout: list[tuple[tuple[int, ...], str, int]]) -> list[NDArray[Any]]:
    arrays = []
    for shape, dtype, at in layout:
        count = int(np.prod(shape, dtype=np.int64))
        arrays.append(np.frombuffer(buf, dtype=dtype, count=count, offset=at).reshape(shape))
    return arrays


def _work_handler(
    path: str, layout: tuple[int, list[tuple[tuple[int, ...], str, int]]]
) -> Callable[[NDArray[Any], int], object]:
    """What a worker runs for :meth:`WorkerPool.run`: the work's task function, over the call's file."""
    with open(path, "r+b") as f:
        size = os.fstat(f.fileno()).st_size
        buf = mmap.mmap(f.fileno(), size)
    target, args = pickle.loads(buf[: layout[0]])
    task = resolve(target)(*args)
    arrays = _map_outputs(buf, layout[1])

    def handle(codes: NDArray[Any], i: int) -> object:
        return task(i, arrays)

    return handle
