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

The parts: the shared ring and the claim of a slot (:mod:`.ring`), the worker's loop
(:mod:`.worker_process`), a :meth:`WorkerPool.run` call's file (:mod:`.call_file`); here, the pool and
the scheduling of one call.
"""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import sys
import tempfile
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, BinaryIO

import numpy as np
from numpy.typing import NDArray

from ..config import _check_int
from ..errors import WorkerError
from .call_file import CallFile
from .ring import MAX_SLOTS, SLOT_BYTES, STATES, STRIDE, Ring, claim
from .tasks import SharedOutput, Work
from .worker_process import WORKER_COMMAND, package_file, package_root

__all__ = ["SLOT_BYTES", "WorkerPool"]

_DEPTH = 3
"""Tasks in flight per worker: one running, two waiting, so a worker never idles while the caller
is busy with a task of its own (about 5 ms for 128 articles). At the end, the caller takes back the
tasks a worker has not started rather than wait for them."""

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
        _check_int("jobs", jobs, 2, MAX_SLOTS // _DEPTH,
                   "a pool needs at least one worker besides the caller")
        if os.name != "posix":  # workers receive their pipes and the ring by descriptor
            raise WorkerError("WorkerPool needs a POSIX system (Linux, macOS); use jobs=2 instead")
        self._jobs = jobs
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._calls = 0
        self._tickets = 0
        n_slots = (jobs - 1) * _DEPTH
        self._ring = Ring(STATES + n_slots * STRIDE)
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
        command = [sys.executable, "-c", WORKER_COMMAND, str(package_root()), *map(str, fds),
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
        if message == ("ready", package_file()):
            return
        if isinstance(message, tuple) and len(message) == 2 and message[0] == "ready":
            msg = (f"a syndetect worker process ({sys.executable}) imported syndetect from {message[1]}, "
                   f"not from {package_file()} as this process did; install one copy of syndetect, or "
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
        with CallFile(work, outputs) as call_file:
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

            setup = ("syndetect.workers.call_file:work_handler", (call_file.path, call_file.layout))
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
                # the ticket is read once: read again, it could be the worker's claim (-ticket) of
                # the task it has just started, and taking that back would run the task twice
                ticket = int(ring.states[slot])
                if ticket > 0 and claim(ring, slot, ticket, 0):
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
            at = STATES + slot * STRIDE
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
                at = STATES + slot * STRIDE + SLOT_BYTES
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


def _shutdown(workers: list[_Worker], ring: Ring, owner: int) -> None:
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


_NOTHING = np.zeros(0, dtype=np.uint8)


