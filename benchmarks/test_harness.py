"""Timing checks of the benchmark tooling (the two-process ceiling on real work, the synthetic corpus
generator's speed): they depend on the machine, so they live with the benchmarks and run in ``.ci/run``,
not in the unit suite.

    python -m pytest benchmarks/test_harness.py -q
"""

from __future__ import annotations

import fcntl
import time
from pathlib import Path

import harness
from syndetect.testing.synthetic import synthetic_corpus


def test_two_process_ceiling_of_work_that_runs_side_by_side_is_two() -> None:
    # sleeping processes do not compete for anything: each runs at its solo speed
    ceiling = harness.two_process_ceiling(lambda: time.sleep(0.05), repeats=2)
    assert 1.8 <= ceiling <= 2.1


def test_two_process_ceiling_of_work_that_takes_turns_is_one_and_a_half(tmp_path: Path) -> None:
    # a lock held for the whole run: one process runs at solo speed, the other waits for it first
    lock = tmp_path / "lock"
    lock.touch()

    def exclusive() -> None:
        with lock.open() as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            time.sleep(0.05)

    ceiling = harness.two_process_ceiling(exclusive, repeats=2)
    assert 1.35 <= ceiling <= 1.65


def test_synthetic_corpus_generation_is_cheap_enough() -> None:
    t0 = time.perf_counter()
    c = synthetic_corpus(2000, seed=0)
    elapsed = time.perf_counter() - t0
    assert c.total_chars > 2000 * 3000
    assert elapsed < 10, f"2000 documents took {elapsed:.1f} s; 100k must stay well under two minutes"
