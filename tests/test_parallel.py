"""run_tasks: forked processes plus the caller, shared outputs, lost children, errors."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from syndetect.workers.fork import SharedOutput, WorkerError, can_fork, reap_children, run_tasks

pytestmark = pytest.mark.skipif(not can_fork(), reason="run_tasks needs the fork start method")

N = 40


def _wait_until(condition: Callable[[], bool], what: str, seconds: float = 60.0) -> None:
    """Poll ``condition`` until it holds; fail naming ``what`` if it still does not after ``seconds``
    (a deadline against a hang, not a speed expectation)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds} s for {what}")
        time.sleep(0.001)


def _square_rows(i: int, out: list[NDArray[Any]]) -> object:
    out[0][i] = [i * i, os.getpid()]
    return None if i % 3 else f"task {i}"


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_every_task_runs_once_and_fills_its_rows(jobs: int) -> None:
    done: list[int] = []
    (rows,), results = run_tasks(_square_rows, N, [SharedOutput((N, 2), np.int64)], jobs,
                                 on_done=done.append)
    assert rows[:, 0].tolist() == [i * i for i in range(N)]
    assert results == {i: f"task {i}" for i in range(0, N, 3)}  # returned values, from every process
    assert done == sorted(done)
    assert done[-1] == N  # counted over all processes, N at the end
    if jobs == 1:
        assert set(rows[:, 1].tolist()) == {os.getpid()}


def test_the_caller_works_too_and_children_share_the_work() -> None:
    parent = os.getpid()

    def meet(i: int, out: list[NDArray[Any]]) -> None:
        # each process's tasks wait until the other process has run one too: both must take a share,
        # however fast the caller is or however late the child starts
        pids = out[0]
        pids[i] = os.getpid()
        if os.getpid() == parent:
            _wait_until(lambda: bool(np.any((pids != 0) & (pids != parent))), "the child to run a task")
        else:
            _wait_until(lambda: bool(np.any(pids == parent)), "the caller to run a task")

    (pids,), _ = run_tasks(meet, N, [SharedOutput((N,), np.int64)], 2)
    assert os.getpid() in set(pids.tolist())
    assert len(set(pids.tolist())) == 2


def test_tasks_of_a_child_that_dies_are_run_again_by_the_caller() -> None:
    parent = os.getpid()

    def dies(i: int, out: list[NDArray[Any]]) -> str:
        if os.getpid() != parent and i >= 5:
            os._exit(3)  # a killed worker: no answer, its claimed task unfinished
        out[0][i] = i + 1
        return f"r{i}"

    (rows,), results = run_tasks(dies, N, [SharedOutput((N,), np.int64)], 2)
    assert rows.tolist() == list(range(1, N + 1))
    # the child's finished tasks are run again: their return values died with it
    assert results == {i: f"r{i}" for i in range(N)}


def test_an_error_in_a_child_is_raised_with_its_traceback() -> None:
    parent = os.getpid()

    def fails(i: int, out: list[NDArray[Any]]) -> None:
        if os.getpid() != parent:
            out[0][0] = 1
            raise ValueError(f"bad task {i}")
        # the caller leaves tasks for the child until the child has failed one
        _wait_until(lambda: bool(out[0][0] == 1), "the child to fail a task")

    with pytest.raises(WorkerError, match=r"(?s)a task failed in a worker process.*ValueError: bad task"):
        run_tasks(fails, N, [SharedOutput((1,), np.int64)], 2)


def test_an_error_in_the_caller_is_raised_as_itself() -> None:
    def fails(i: int, out: list[NDArray[Any]]) -> None:
        raise KeyError(i)

    with pytest.raises(KeyError):
        run_tasks(fails, 4, [], 2)


def test_no_tasks() -> None:
    (empty,), results = run_tasks(_square_rows, 0, [SharedOutput((0, 2), np.int64)], 2)
    assert empty.shape == (0, 2)
    assert results == {}


def test_release_tail_frees_whole_pages_past_the_kept_elements_only() -> None:
    import mmap

    from syndetect.workers.fork import SharedOutput, release_tail, run_tasks

    n = 4 * mmap.PAGESIZE  # int64: 8 pages of data

    def fill(i: int, out: list[np.ndarray]) -> None:
        out[0][:] = 7
        out[1][:] = np.arange(n)

    (first, second), _ = run_tasks(fill, 1, [SharedOutput((n,), np.int64), SharedOutput((n,), np.int64)], 1)
    keep = 1000
    release_tail(first, keep)
    assert (first[:keep] == 7).all()
    # released pages read as zeros: one run of whole pages after the kept elements; the partial
    # pages at either end of that range keep their contents
    zero = np.flatnonzero(first == 0)
    assert zero.size >= n - keep - 2 * mmap.PAGESIZE // 8
    assert zero.size % (mmap.PAGESIZE // 8) == 0
    assert np.array_equal(zero, np.arange(zero[0], zero[0] + zero.size))
    assert keep <= zero[0] < keep + mmap.PAGESIZE // 8
    assert np.array_equal(second, np.arange(n))  # the next output is untouched
    release_tail(np.arange(10), 3)  # not a shared output: nothing happens


def _signatures_in_a_pool_worker(texts: list[str]) -> Any:
    import syndetect

    return syndetect.signatures(texts, jobs=2, chunk_size=8)


def test_works_inside_a_daemonic_pool_worker() -> None:
    # multiprocessing refuses to start a Process from a daemonic one (a Pool worker); run_tasks forks
    # itself, so a pipeline that calls syndetect from its own Pool still gets its processes
    import multiprocessing

    import syndetect

    texts = [f"story {i} " + "the same wire paragraph about the vote " * (i % 7 + 2) for i in range(80)]
    with multiprocessing.get_context("fork").Pool(1) as pool:
        got = pool.apply(_signatures_in_a_pool_worker, (texts,))
    assert np.array_equal(got, syndetect.signatures(texts))


@pytest.mark.skipif(not hasattr(os, "waitid"), reason="waits for an exit with waitid(WNOWAIT)")
def test_children_are_reaped_without_threads() -> None:
    """A call leaves no thread behind (a later fork must not run beside one); the children that
    answered and have exited are reaped by the next call, the others by reap_children."""
    psutil = pytest.importorskip("psutil")
    me = psutil.Process()
    before = {c.pid for c in me.children()}
    threads = set(threading.enumerate())  # other tests may have left some (a Dask cluster's)
    run_tasks(_square_rows, N, [SharedOutput((N, 2), np.int64)], 3)
    assert set(threading.enumerate()) == threads
    first = {c.pid for c in me.children()} - before
    for pid in first:  # until each has exited, leaving it to be reaped
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    run_tasks(_square_rows, N, [SharedOutput((N, 2), np.int64)], 3)
    assert set(threading.enumerate()) == threads
    assert not first & {c.pid for c in me.children()}  # the first call's children: reaped
    reap_children()
    assert not {c.pid for c in me.children()} - before
