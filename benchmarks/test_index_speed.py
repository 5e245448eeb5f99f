"""Speed of the persistent index against datasketch MinHashLSH, in the same run.

    pytest benchmarks/test_index_speed.py --benchmark-json=benchmarks/results/index_speed.json

A small index (``SYNDETECT_INDEX_BENCH_DOCS`` articles, default 5,000) is built once per session; the
large figures (100,000 articles) come from ``benchmarks/index_bench.py`` and are reported in
``docs/index.md``. syndetect's query includes hashing, lookups, alignment and families; datasketch's
is a candidate lookup only, fed the same signatures. No timed assertions: a benchmark informs.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from syndetect import Document, Index, ScanConfig
from syndetect.candidates.features import corpus_features
from syndetect.testing.synthetic import synthetic_corpus

N_DOCS = int(os.environ.get("SYNDETECT_INDEX_BENCH_DOCS", "5000"))
N_NEW = 300


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return synthetic_corpus(N_DOCS + N_NEW, seed=5).documents


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, documents: list[Document]) -> Iterator[Index]:
    path: Path = tmp_path_factory.mktemp("index") / "bench.sdx"
    with Index.open(path) as ix:
        for start in range(0, N_DOCS, 2500):
            ix.add(documents[start : min(N_DOCS, start + 2500)])
        yield ix


def test_query_one_article_syndetect(benchmark: Any, index: Index, documents: list[Document]) -> None:
    probes = itertools.cycle(documents[N_DOCS:])
    benchmark.extra_info["indexed"] = N_DOCS
    benchmark(lambda: index.query([next(probes)]))


def test_add_100_articles_syndetect(benchmark: Any, tmp_path: Path, documents: list[Document]) -> None:
    base = documents[: min(N_DOCS, 1000)]
    new = documents[N_DOCS : N_DOCS + 100]
    counter = itertools.count()

    def setup() -> tuple[tuple[Index], dict[str, Any]]:
        ix = Index.open(tmp_path / f"add{next(counter)}.sdx")
        ix.add(base)
        return (ix,), {}

    def add(ix: Index) -> None:
        ix.add(new)
        ix.close()

    benchmark.pedantic(add, setup=setup, rounds=3)


@pytest.fixture(scope="module")
def datasketch_lsh(documents: list[Document]) -> tuple[Any, list[Any]]:
    datasketch = pytest.importorskip("datasketch")
    cfg = ScanConfig()
    feats = corpus_features(
        [d.text for d in documents],
        cfg.shingle,
        cfg.minhash,
        window=cfg.candidates.window,
        fingerprint_k=cfg.candidates.fingerprint_k,
    )
    hashes = [
        datasketch.LeanMinHash(
            datasketch.MinHash(num_perm=128, hashvalues=s.astype(np.uint64), scheme="affine32")
        )
        for s in feats.signatures
    ]
    lsh = datasketch.MinHashLSH(threshold=cfg.candidates.threshold, num_perm=128)
    for i in range(N_DOCS):
        lsh.insert(i, hashes[i])
    return lsh, hashes


def test_query_one_article_datasketch(benchmark: Any, datasketch_lsh: tuple[Any, list[Any]]) -> None:
    lsh, hashes = datasketch_lsh
    probes = itertools.cycle(hashes[N_DOCS:])
    benchmark(lambda: lsh.query(next(probes)))


def test_insert_1000_datasketch(benchmark: Any, datasketch_lsh: tuple[Any, list[Any]]) -> None:
    datasketch = pytest.importorskip("datasketch")
    _, hashes = datasketch_lsh

    def insert() -> None:
        lsh = datasketch.MinHashLSH(threshold=0.5, num_perm=128)
        for i in range(1000):
            lsh.insert(i, hashes[i])

    benchmark.pedantic(insert, rounds=3)
