"""Every engine that takes ``jobs`` also takes an executor (``workers=``), with the same results:
in-memory ``scan``, ``scan_stream`` and the index, each with a serial executor, forked processes
and a persistent ``WorkerPool``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import syndetect
from syndetect import Index, ScanConfig, ScanResult, WorkerPool
from syndetect.testing.synthetic import synthetic_corpus
from syndetect.workers.executor import Forked, Serial
from syndetect.workers.tasks import Executor

DOCS = list(synthetic_corpus(240, seed=11, words_per_doc=250).documents)


def _view(result: ScanResult) -> tuple[object, ...]:
    return (result.pairs, result.families, result.skipped, result.stats.pairs, result.stats.candidate_pairs)


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(2) as p:
        yield p


@pytest.fixture(scope="module")
def expected() -> ScanResult:
    result = syndetect.scan(DOCS)
    assert result.pairs, "the corpus must share text for this test to mean anything"
    return result


def _executors(pool: WorkerPool) -> dict[str, Executor]:
    return {"serial": Serial(), "forked": Forked(2), "pool": pool}


@pytest.mark.parametrize("kind", ["serial", "forked", "pool"])
def test_scan_with_workers(kind: str, pool: WorkerPool, expected: ScanResult) -> None:
    assert _view(syndetect.scan(DOCS, workers=_executors(pool)[kind])) == _view(expected)


@pytest.mark.parametrize("kind", ["serial", "forked", "pool"])
def test_scan_stream_with_workers(kind: str, pool: WorkerPool, expected: ScanResult, tmp_path: Path) -> None:
    result = syndetect.scan_stream(iter(DOCS), workers=_executors(pool)[kind], workdir=tmp_path, partitions=4,
                                   batch_size=64)
    assert _view(result) == _view(expected)


@pytest.mark.parametrize("kind", ["serial", "pool"])
def test_index_with_workers(kind: str, pool: WorkerPool, tmp_path: Path) -> None:
    half = len(DOCS) // 2
    found = []
    for workers in (None, _executors(pool)[kind]):
        path = tmp_path / f"{kind}-{workers is None}.sdx"
        with Index.open(path, ScanConfig(), workers=workers) as index:
            added = index.add(DOCS[:half])
            queried = index.query(DOCS[half:])
        found.append((added.pairs, queried.pairs, queried.families))
    assert found[0][1], "the query must find shared text for this test to mean anything"
    assert found[0] == found[1]
