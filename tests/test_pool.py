"""WorkerPool: persistent workers give the same signatures as one process, survive a dead worker and
an abandoned call, report a worker's failure with its traceback, and refuse misuse clearly."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import syndetect
from syndetect import WorkerError, WorkerPool
from syndetect.config import MinHashConfig, ShingleConfig
from syndetect.testing.synthetic import synthetic_corpus
from syndetect.workers.ring import SLOT_BYTES

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the process tests fork")

ODD = [
    "",
    "a",
    "plain ASCII words, U.S. officials said on Tuesday",
    "curly \u201cquotes\u201d and Shi\u2019ite and \u00a0spaces",
    "Cafe\u0301 na\u0308ive: decomposed accents that must be composed first",
    "non-BMP \U0001f600 and a lone surrogate x\ud800y",
    "中文文本没有空格分词，每个字是一个词。",
    "ligatures \ufb01ne and stra\u00dfe expand",
    "اردو متن کے الفاظ",
]


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(jobs=2) as p:
        yield p


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return synthetic_corpus(n_docs=700, seed=5).texts


@pytest.mark.parametrize(
    "options",
    [
        {}, {"scheme": "kperm"}, {"unit": "char", "k": 4}, {"num_perm": 64, "seed": 9}, {"chunk_size": 7},
        {"num_perm": 4096},  # 128 rows of 16 KiB: beyond the slot's result area, sent through the pipe
    ],
)
def test_pool_gives_the_signatures_of_one_process(pool: WorkerPool, texts: list[str], options: Any) -> None:
    expected = syndetect.signatures(texts, **options)
    assert np.array_equal(syndetect.signatures(texts, jobs=pool, **options), expected)


def test_pool_handles_every_kind_of_text(pool: WorkerPool) -> None:
    odd = ODD * 30  # several tasks, so both the workers and the caller get some
    assert np.array_equal(syndetect.signatures(odd, jobs=pool), syndetect.signatures(odd))
    assert syndetect.signatures([], jobs=pool).shape == (0, 128)


def test_a_task_too_large_for_a_slot_runs_in_the_caller(pool: WorkerPool) -> None:
    # one document of 1.1M characters with a non-BMP one is encoded in 4 bytes each: beyond a slot
    big = "word " * 220_000 + "\U0001f600"
    assert 4 * len(big) > SLOT_BYTES
    batch = [big, "short text here", big[:1000]]
    assert np.array_equal(syndetect.signatures(batch, jobs=pool), syndetect.signatures(batch))


def test_bad_items_are_reported_before_any_worker_is_used(pool: WorkerPool) -> None:
    with pytest.raises(TypeError, match=r"texts\[1\] is int"):
        syndetect.signatures(["fine", 3], jobs=pool)  # type: ignore[list-item]


def test_a_dead_worker_costs_time_not_results(texts: list[str]) -> None:
    expected = syndetect.signatures(texts)
    with WorkerPool(jobs=3) as p:
        assert p.workers_alive == 2
        p._workers[0].proc.kill()
        p._workers[0].proc.wait()
        assert np.array_equal(syndetect.signatures(texts, jobs=p), expected)
        assert p.workers_alive == 1
        assert np.array_equal(syndetect.signatures(texts, jobs=p), expected)


def _after_a_worker_answers(pool: WorkerPool) -> Callable[[int], None]:
    """A ``run_here`` for calls whose worker tasks fail: the caller waits (up to a minute, against a
    hang) until the worker has answered, rather than taking back every task itself before the worker
    starts one, however fast or slow this machine is."""

    def run_here(i: int) -> None:
        pool._workers[0].receive.poll(60)

    return run_here


def test_a_worker_killed_during_a_call_costs_time_not_results(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    many = texts * 4
    expected = syndetect.signatures(many)
    with WorkerPool(jobs=2) as p:
        worker = p._workers[0]
        held: list[int] = []
        run = p.run_posted

        def run_killing_after_the_first_result(n: int, setup: Any, post: Any, run_here: Any,
                                               take: Callable[[int, Any], None]) -> None:
            def take_then_kill(i: int, result: Any) -> None:
                take(i, result)
                if not held:  # mid-call, after a first result, while the worker holds more tasks
                    held.append(len(worker.inflight))
                    worker.proc.kill()
                    worker.proc.wait()

            def run_here_after_a_result(i: int) -> None:
                if not held:
                    worker.receive.poll(60)  # the worker answers first, however slow this machine is
                run_here(i)

            run(n, setup, post, run_here_after_a_result, take_then_kill)

        monkeypatch.setattr(p, "run_posted", run_killing_after_the_first_result)
        got = syndetect.signatures(many, jobs=p, chunk_size=16)
        monkeypatch.undo()
        assert held
        assert held[0] > 0
        assert np.array_equal(got, expected)
        assert p.workers_alive == 0
        assert np.array_equal(syndetect.signatures(texts, jobs=p), syndetect.signatures(texts))


def test_a_forked_copy_of_the_owner_does_not_stop_the_workers(pool: WorkerPool, texts: list[str]) -> None:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - what exiting runs in a child that inherited the pool
        pool._finalizer()
        os._exit(0)
    os.waitpid(pid, 0)
    assert np.array_equal(syndetect.signatures(texts, jobs=pool), syndetect.signatures(texts))
    assert pool.workers_alive == 1  # a stopped worker would have been found dead by that call


def test_a_failure_in_a_worker_is_raised_with_its_traceback(pool: WorkerPool, texts: list[str]) -> None:
    def post(i: int) -> tuple[Any, Any]:
        return np.array([0, 2], dtype=np.int64), np.frombuffer(b"a", dtype=np.uint8)

    # no configs: fails in the worker
    bad_setup = ("syndetect.sketch.signatures:_pool_signatures", (None, None))
    with pytest.raises(WorkerError, match=r"(?s)a task failed in a worker process.*Traceback"):
        pool.run_posted(8, bad_setup, post, _after_a_worker_answers(pool), lambda i, r: None)
    # the pool still serves correct calls afterwards
    assert np.array_equal(syndetect.signatures(texts, jobs=pool), syndetect.signatures(texts))


def test_workers_run_only_syndetect_functions(pool: WorkerPool) -> None:
    def post(i: int) -> tuple[Any, Any]:
        return None, np.zeros(1, dtype=np.uint8)

    with pytest.raises(WorkerError, match="syndetect's own functions only"):
        pool.run_posted(6, ("os:system", ("true",)), post, _after_a_worker_answers(pool), lambda i, r: None)


def test_an_abandoned_call_does_not_leak_into_the_next(pool: WorkerPool, texts: list[str]) -> None:
    config = (ShingleConfig(), MinHashConfig())
    taken: list[int] = []

    def post(i: int) -> tuple[Any, Any]:
        codes = np.frombuffer(texts[i].encode("utf-16-le"), dtype="<u2")
        return np.array([0, len(texts[i]) + 1], dtype=np.int64), codes

    def run_here(i: int) -> None:
        raise KeyboardInterrupt  # the caller gives up while the workers hold tasks

    setup = ("syndetect.sketch.signatures:_pool_signatures", config)
    with pytest.raises(KeyboardInterrupt):
        pool.run_posted(40, setup, post, run_here, lambda i, r: taken.append(i))
    assert np.array_equal(syndetect.signatures(texts, jobs=pool), syndetect.signatures(texts))


def test_threads_take_turns_on_one_pool(pool: WorkerPool, texts: list[str]) -> None:
    expected = syndetect.signatures(texts)
    results: list[bool] = []

    def call() -> None:
        results.append(bool(np.array_equal(syndetect.signatures(texts, jobs=pool), expected)))

    threads = [threading.Thread(target=call) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True, True, True]


def test_a_closed_pool_is_refused_with_a_way_out() -> None:
    p = WorkerPool(jobs=2)
    assert repr(p) == "WorkerPool(jobs=2): 1 of 1 workers alive"
    p.close()
    p.close()  # idempotent
    assert p.workers_alive == 0
    assert repr(p) == "WorkerPool(jobs=2): closed"
    with pytest.raises(WorkerError, match="closed; make a new one") as info:
        syndetect.signatures(["some text"], jobs=p)
    # one hierarchy: the CLI reports it like any other error, and `except RuntimeError` still works
    assert isinstance(info.value, syndetect.SyndetectError)
    assert isinstance(info.value, RuntimeError)


def test_a_pool_belongs_to_the_process_that_made_it(pool: WorkerPool) -> None:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            syndetect.signatures(["some words here"], jobs=pool)
            os.write(write, b"no error")
        except WorkerError as exc:
            os.write(write, str(exc).encode())
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    message = os.read(read, 1000).decode()
    os.close(read)
    os.close(write)
    assert "belongs to process" in message


def test_pool_size_is_validated() -> None:
    with pytest.raises(syndetect.ConfigError, match="jobs"):
        WorkerPool(jobs=1)


def test_a_worker_that_cannot_start_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    with pytest.raises(WorkerError, match="could not start a syndetect worker process"):
        WorkerPool(jobs=2)


def test_a_worker_that_exits_at_once_is_reported_with_its_output(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho 'no module named syndetect' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(fake))
    with pytest.raises(WorkerError, match=r"(?s)exited while starting.*no module named syndetect"):
        WorkerPool(jobs=2)
