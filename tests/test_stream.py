"""scan_stream(): the same result as scan(), whatever the batch, chunk and partition sizes."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import syndetect
from syndetect import CandidateConfig, ConfigError, Document, ScanConfig
from syndetect.engines.stream import scan_stream
from syndetect.testing.synthetic import synthetic_corpus

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def _same(ref: syndetect.ScanResult, got: syndetect.ScanResult) -> None:
    assert got.pairs == ref.pairs  # ids, Jaccard, estimate, containment and every passage offset
    assert got.families == ref.families
    assert got.skipped == ref.skipped
    assert got.stats == ref.stats  # counts (timings are not compared)


def _once(items: list[object]) -> Iterator[object]:
    """A generator, so the corpus can only be read once and never indexed."""
    yield from items


def test_seeds_same_as_scan(tmp_path: Path) -> None:
    docs = [Document(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    ref = syndetect.scan(docs)
    assert len(ref.pairs) == 1
    _same(ref, scan_stream(_once(list(docs)), workdir=tmp_path))
    assert os.listdir(tmp_path) == []  # the spill directory is removed


@pytest.fixture(scope="module")
def planted() -> tuple[list[Document], syndetect.ScanResult]:
    docs = synthetic_corpus(1500, seed=21).documents
    ref = syndetect.scan(docs)
    assert len(ref.pairs) > 200
    assert ref.stats.boilerplate_fingerprints > 0
    return docs, ref


def test_planted_corpus_same_as_scan(planted: tuple[list[Document], syndetect.ScanResult]) -> None:
    docs, ref = planted
    _same(ref, scan_stream(_once(list(docs))))


@pytest.mark.parametrize(("batch_size", "partitions", "chunk_size"), [(1, 1, 1), (97, 7, 13), (1499, 2, 256)])
def test_tiny_batches_and_partitions_change_nothing(
    planted: tuple[list[Document], syndetect.ScanResult], batch_size: int, partitions: int, chunk_size: int
) -> None:
    docs, ref = planted
    docs = docs[:400] if batch_size == 1 else docs
    cfg = ScanConfig(chunk_size=chunk_size)
    expected = syndetect.scan(docs, cfg) if batch_size == 1 else ref
    got = scan_stream(_once(list(docs)), cfg, batch_size=batch_size, partitions=partitions)
    _same(expected, got)


def test_processes_give_the_same_result(planted: tuple[list[Document], syndetect.ScanResult]) -> None:
    docs, ref = planted
    _same(ref, scan_stream(_once(list(docs)), ScanConfig(jobs=2), batch_size=600, partitions=4))


def test_giant_buckets_furniture_and_skipped_items_same_as_scan() -> None:
    corpus = synthetic_corpus(120, seed=5, n_sources=6)
    furniture = " ".join(f"boiler{w} plate{w}" for w in range(40))
    items: list[object] = []
    for i, d in enumerate(corpus.documents):
        items.append({"id": d.id, "text": d.text, "source": d.source, "date": d.date})
        if i % 3 == 0:
            items.append({"id": f"page{i}", "text": furniture + f" page {i}", "source": "portal"})
    items[5:5] = ["a plain string", 42, {"id": "no-text"}, {"id": "empty", "text": ""}]
    items.append({"id": corpus.documents[0].id, "text": "repeated id"})
    cfg = ScanConfig(candidates=CandidateConfig(max_bucket=4, boilerplate_df=6, boilerplate_source_df=8))
    ref = syndetect.scan(items, cfg)
    assert ref.stats.capped_buckets > 0
    assert ref.stats.empty_documents == 1
    assert len(ref.skipped) == 3
    _same(ref, scan_stream(_once(items), cfg, batch_size=20, partitions=5))


def test_reads_ahead_at_most_one_batch(planted: tuple[list[Document], syndetect.ScanResult]) -> None:
    docs, _ = planted
    pulled = [0]
    ahead: list[int] = []

    def source() -> Iterator[Document]:
        for d in docs[:700]:
            pulled[0] += 1
            yield d

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "hashing":
            ahead.append(pulled[0] - done)  # read but not yet hashed and spilled

    scan_stream(source(), batch_size=64, progress=progress)
    assert len(ahead) == 11  # ceil(700 / 64) batches
    assert max(ahead) <= 64


def test_empty_and_unusual_texts() -> None:
    items = [Document("a", ""), Document("b", "x"), Document("c", "\ud800 lone surrogate " * 30),
             Document("d", "\ud800 lone surrogate " * 30)]
    _same(syndetect.scan(items), scan_stream(items, partitions=2))
    _same(syndetect.scan([]), scan_stream([]))


@pytest.mark.parametrize(
    ("kwargs", "msg"),
    [
        ({"partitions": 0}, "partitions must be an integer in [1, 65536], got 0"),
        ({"batch_size": 0}, "batch_size must be an integer in [1, 100000000], got 0"),
    ],
)
def test_bad_arguments(kwargs: dict[str, int], msg: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(msg)):
        scan_stream([], **kwargs)  # type: ignore[arg-type]
