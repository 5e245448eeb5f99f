"""Executors: every implementation gives the same outputs and values; the pool runs each task once;
no fork beside another Python thread (the fallback gives the same results); no fork warning for
native threads; verify_pairs is reentrant; the scoped garbage-collection pause."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from syndetect.align import blocks
from syndetect.align.blocks import verify_pairs
from syndetect.candidates.features import corpus_features
from syndetect.candidates.fingerprints import fingerprint_candidates
from syndetect.config import AlignConfig, CandidateConfig, MinHashConfig, ShingleConfig
from syndetect.errors import ConfigError, WorkerError
from syndetect.testing.synthetic import synthetic_corpus
from syndetect.workers import executor, pool
from syndetect.workers.collect import collection_paused
from syndetect.workers.executor import Forked, Serial, Spawned, as_executor
from syndetect.workers.fork import can_fork
from syndetect.workers.pool import WorkerPool
from syndetect.workers.ring import claim
from syndetect.workers.tasks import Executor, SharedOutput, Work

pytestmark = pytest.mark.skipif(not can_fork(), reason="the process tests fork")

N = 50
OUTPUTS = [SharedOutput((N,), np.int64), SharedOutput((N,), np.int64)]


def _squares(record: str | None = None) -> Work:
    return Work("syndetect.testing.tasks:squares", (record,))


@pytest.fixture(scope="module")
def workers() -> Iterator[WorkerPool]:
    with WorkerPool(jobs=2) as p:
        yield p


def _check(found: tuple[list[Any], dict[int, object]]) -> None:
    (squares, _), values = found
    assert squares.tolist() == [i * i for i in range(N)]
    assert values == {i: f"t{i}" for i in range(0, N, 3)}


@pytest.mark.parametrize("make", [Serial, lambda: Forked(2), lambda: Forked(3), lambda: Spawned(2)],
                         ids=["serial", "forked2", "forked3", "spawned"])
def test_every_executor_gives_the_same_outputs_and_values(make: Callable[[], Executor]) -> None:
    done: list[int] = []
    _check(make().run(_squares(), N, OUTPUTS, on_done=done.append))
    assert done[-1] == N
    assert done == sorted(done)


def test_the_pool_is_an_executor_and_serves_call_after_call(workers: WorkerPool) -> None:
    assert isinstance(workers, Executor)
    for _ in range(3):
        done: list[int] = []
        _check(workers.run(_squares(), N, OUTPUTS, on_done=done.append))
        assert done[-1] == N


def test_the_spawn_path_without_posix_gives_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the pool cannot run (no POSIX), Spawned uses multiprocessing's spawn."""
    monkeypatch.setattr(executor.os, "name", "nt")
    _check(Spawned(2).run(_squares(), N, OUTPUTS))


def test_a_pool_runs_each_task_once(workers: WorkerPool, tmp_path: Path) -> None:
    record = tmp_path / "ran"
    for _ in range(5):
        _check(workers.run(_squares(str(record)), N, OUTPUTS))
    counts = np.bincount(np.array(record.read_text().split(), dtype=np.int64), minlength=N)
    assert counts.tolist() == [5] * N


def test_a_queued_task_is_claimed_by_one_process_only(tmp_path: Path) -> None:
    """The claim is one swap of the slot's state from the task's ticket: the worker's start (to
    -ticket) and the caller's take-back (to 0) exclude each other, and a stale ticket claims nothing."""

    class Ring:
        def __init__(self) -> None:
            self.file = (tmp_path / "ring").open("w+b")
            self.states = np.zeros(4, dtype=np.int64)

        def fileno(self) -> int:
            return self.file.fileno()

    ring = Ring()
    ring.states[1] = 7
    assert claim(ring, 1, 7, -7)  # the worker starts task 7
    assert not claim(ring, 1, 7, 0)  # the caller can no longer take it back
    ring.states[2] = 8
    assert claim(ring, 2, 8, 0)  # the caller takes task 8 back
    assert not claim(ring, 2, 8, -8)  # the worker skips it
    ring.states[2] = 9  # the slot reused for task 9
    assert not claim(ring, 2, 8, -8)  # a stale message for task 8 does not run task 9
    assert ring.states.tolist() == [0, -7, 9, 0]
    ring.file.close()


def test_the_caller_never_takes_back_a_task_the_worker_has_just_started(tmp_path: Path) -> None:
    """The caller reads a queued task's ticket, and the worker claims the task right then: the caller's
    take-back must fail (it once read the state again, found the worker's -ticket, swapped that to 0
    and ran the task a second time)."""
    from types import SimpleNamespace

    class States:
        """Slot states where the worker claims slot 1 right after the caller's first read of it."""

        def __init__(self) -> None:
            self.values = np.zeros(4, dtype=np.int64)
            self.values[1] = 7
            self.reads = 0

        def __getitem__(self, slot: int) -> np.int64:
            value = self.values[slot]
            self.reads += 1
            if slot == 1 and self.reads == 1:
                self.values[1] = -7  # the worker starts task 33 between the caller's reads
            return value

        def __setitem__(self, slot: int, value: int) -> None:
            self.values[slot] = value

    file = (tmp_path / "ring").open("w+b")
    ring = SimpleNamespace(states=States(), fileno=file.fileno)
    worker = SimpleNamespace(alive=True, inflight={33: 1})
    ran: list[int] = []
    call = pool._Call(SimpleNamespace(_ring=ring, _workers=[worker]), 1, 50, lambda t: None, ran.append,
                      lambda t, r: None)
    assert not call._take_back()
    assert ran == []
    assert ring.states.values[1] == -7  # still the worker's
    assert worker.inflight == {33: 1}  # its reply will come
    file.close()


def test_a_worker_importing_another_syndetect_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "package_file", lambda: "/elsewhere/syndetect/__init__.py")
    with pytest.raises(WorkerError, match=r"imported syndetect from .* not from /elsewhere"):
        WorkerPool(jobs=2)


def test_workers_get_the_environment_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker finds this syndetect by the path given on its command line, not by PYTHONPATH."""
    seen: list[dict[str, str]] = []
    real = pool.subprocess.Popen

    def popen(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs.get("env") or {})
        return real(*args, **kwargs)

    monkeypatch.setattr(pool.subprocess, "Popen", popen)
    with WorkerPool(jobs=2) as p:
        _check(p.run(_squares(), N, OUTPUTS))
    assert seen == [{}]  # no env given: the child inherits this process's


def test_no_fork_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """With another Python thread alive, Forked runs the call in fresh interpreters instead."""
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        def refuse() -> int:
            raise AssertionError("forked while another thread runs")

        monkeypatch.setattr(os, "fork", refuse)
        assert not executor.fork_allowed()
        _check(Forked(2).run(_squares(), N, OUTPUTS))
    finally:
        release.set()
        other.join()


_FRESH = """
import threading, warnings
import numpy as np
from syndetect.workers import fork
from syndetect.workers.executor import Forked
from syndetect.workers.tasks import SharedOutput, Work

forked = []
real = fork.os.fork
def counted():
    forked.append(1)
    return real()
fork.os.fork = counted
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (rows, _), _ = Forked(2).run(Work("syndetect.testing.tasks:squares", (None,)), 50,
                                 [SharedOutput((50,), np.int64), SharedOutput((50,), np.int64)])
assert rows.tolist() == [i * i for i in range(50)]
print(len(forked), threading.active_count(), [str(w.message) for w in caught])
"""


def test_a_fresh_process_forks_without_warning_and_keeps_no_thread() -> None:
    """In a process of its own (this test process may hold other tests' threads): the call forks, no
    thread is left running afterwards, and CPython 3.12+'s warning about the native threads it counts
    (a BLAS pool) is not passed on."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(pool.__file__).parents[2]),
                                                        os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-W", "error", "-c", _FRESH], capture_output=True, text=True,
                         env=env, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[0] == "1 1 []"


def test_as_executor_takes_numbers_and_executors(workers: WorkerPool) -> None:
    assert isinstance(as_executor(1), Serial)
    assert isinstance(as_executor(2), Forked)
    assert as_executor(2).jobs == 2
    assert as_executor(workers) is workers
    with pytest.raises(ConfigError, match=r"jobs must be an integer in \[1, 1024\], got 0"):
        as_executor(0)
    with pytest.raises(ConfigError, match=r"or an executor .*got '2'"):
        as_executor("2")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="jobs must be an integer"):
        Spawned(1)


def _verify_input(seed: int) -> tuple[Any, ...]:
    texts = [d.text for d in synthetic_corpus(120, seed=seed).documents]
    feats = corpus_features(texts, ShingleConfig(), MinHashConfig(), window=8)
    fps = fingerprint_candidates(feats.fp_hash, feats.fp_doc, None, cap=50, source_cap=0)
    ids = [f"{seed}-{i}" for i in range(len(texts))]
    return fps.pairs, texts, ids, feats.signatures, fps.recurring


@pytest.mark.parametrize("jobs", [1, 2])
def test_verify_pairs_is_reentrant(jobs: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two threads verify different corpora at once: each gets what it gets alone. Each call waits,
    after its first block, until the other call has verified a block too, so both are inside
    verify_pairs at the same time whatever the machine's speed."""
    monkeypatch.setattr(blocks, "_BLOCK", 8)
    monkeypatch.setattr(blocks, "_MIN_BLOCK", 8)
    monkeypatch.setattr(blocks, "_JOINED", 1)
    inputs = [_verify_input(3), _verify_input(4)]

    def run(args: tuple[Any, ...], progress: Callable[[int], None] | None = None) -> list[Any]:
        pairs, texts, ids, sigs, recurring = args
        return verify_pairs(pairs, texts, ids, sigs, ShingleConfig(), AlignConfig(), CandidateConfig(),
                            recurring=recurring, jobs=jobs, progress=progress)

    alone = [run(args) for args in inputs]
    assert all(len(a) > 5 for a in alone)
    assert alone[0] != alone[1]
    both_inside = threading.Barrier(2, timeout=120)
    met = [False, False]
    together: list[Any] = [None, None]

    def call(k: int) -> None:
        def progress(done: int) -> None:
            if not met[k]:
                met[k] = True
                both_inside.wait()

        together[k] = run(inputs[k], progress)

    threads = [threading.Thread(target=call, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert met == [True, True]
    assert together == alone


def test_collection_is_paused_only_when_no_other_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    assert gc.isenabled()
    with monkeypatch.context() as alone:
        alone.setattr(threading, "active_count", lambda: 1)  # as if no other test had left threads
        with collection_paused() as paused:
            assert paused
            assert not gc.isenabled()
            with collection_paused() as inner:  # nested: already off, left to the outer block
                assert not inner
            assert not gc.isenabled()
    assert gc.isenabled()
    with monkeypatch.context() as alone:
        alone.setattr(threading, "active_count", lambda: 1)
        with pytest.raises(KeyError), collection_paused():
            raise KeyError("x")
    assert gc.isenabled()
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        with collection_paused() as paused:
            assert not paused
            assert gc.isenabled()
    finally:
        release.set()
        other.join()
    gc.disable()
    try:
        with collection_paused() as paused:
            assert not paused
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()
