"""The Dask engine returns exactly what the in-process scan returns, on a 2-process LocalCluster."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import syndetect
from syndetect import CandidateConfig, Document, ScanConfig
from syndetect.engines import dask_engine as sd
from syndetect.engines import dask_tasks
from syndetect.testing.synthetic import synthetic_corpus

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def _same(ref: syndetect.ScanResult, got: syndetect.ScanResult) -> None:
    assert got.pairs == ref.pairs  # ids, Jaccard, estimate, containment and every passage offset
    assert got.families == ref.families
    assert got.skipped == ref.skipped
    assert got.stats == ref.stats  # counts (timings are not compared)


def test_core_package_does_not_import_dask() -> None:
    code = "import syndetect, sys; assert not any(m == 'dask' or m.startswith(('dask.', 'distributed')) " \
           "for m in sys.modules), sorted(m for m in sys.modules if 'dask' in m)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_seeds_same_as_in_process(client: Any) -> None:
    docs = [Document(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    ref = syndetect.scan(docs)
    assert len(ref.pairs) == 1
    got = syndetect.scan_dask(db.from_sequence(docs, npartitions=3), client=client)
    _same(ref, got)
    assert got.pairs[0].passages  # the Sadr passages, at the same offsets


def test_planted_corpus_read_by_the_workers_same_as_in_process(client: Any, tmp_path: Path) -> None:
    corpus = synthetic_corpus(2000, seed=11)
    records = [{"id": d.id, "text": d.text, "source": d.source, "date": d.date} for d in corpus.documents]
    for k in range(6):  # the workers read the files (as from shared storage), nothing big in the graph
        lines = [json.dumps(r) for r in records[k * 334 : (k + 1) * 334]]
        (tmp_path / f"part-{k}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ref = syndetect.scan(records)
    assert len(ref.pairs) > 300
    assert len(ref.families) > 50
    assert ref.stats.boilerplate_fingerprints > 0
    bag = db.read_text(str(tmp_path / "part-*.jsonl")).map(json.loads)
    assert bag.npartitions == 6
    _same(ref, syndetect.scan_dask(bag, client=client, shuffle_partitions=5))


def _skewed_items() -> list[object]:
    """A giant bucket spread unevenly over partitions, plus every kind of item scan accepts or skips."""
    corpus = synthetic_corpus(120, seed=5, n_sources=6)
    furniture = " ".join(f"boiler{w} plate{w}" for w in range(40))
    items: list[object] = []
    for i, d in enumerate(corpus.documents):
        items.append({"id": d.id, "text": d.text, "source": d.source, "date": d.date})
        if i % 3 == 0:  # many near-identical pages: one LSH bucket and furniture fingerprints
            items.append({"id": f"page{i}", "text": furniture + f" page {i}", "source": "portal"})
    items[5:5] = ["a plain string is a document too", 42, {"id": "no-text"}]
    items.append({"id": corpus.documents[0].id, "text": "a repeated id is skipped"})
    return items


def test_giant_buckets_capped_and_skipped_items_same_as_in_process(client: Any) -> None:
    items = _skewed_items()
    cfg = ScanConfig(candidates=CandidateConfig(max_bucket=4, boilerplate_df=6, boilerplate_source_df=8))
    ref = syndetect.scan(items, cfg)
    assert ref.stats.capped_buckets > 0
    assert ref.stats.boilerplate_fingerprints > 0
    assert len(ref.skipped) == 3
    # uneven partitions: one holds more pages than the boilerplate cap on its own, others fewer
    got = syndetect.scan_dask(db.from_sequence(items, partition_size=37), cfg, client=client,
                              shuffle_partitions=3)
    _same(ref, got)


@pytest.mark.parametrize(
    "items",
    [
        [],
        [Document("a", "")],
        [Document("a", ""), Document("b", "x y"), "plain", 5],
        ["same text here " * 20] * 3,
    ],
    ids=["no-documents", "one-empty", "empty-short-bad", "identical-strings"],
)
def test_edge_cases_same_as_in_process(client: Any, items: list[object]) -> None:
    _same(syndetect.scan(items), syndetect.scan_dask(db.from_sequence(items, npartitions=2), client=client))


def test_dataframe_same_as_records(client: Any) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    corpus = synthetic_corpus(300, seed=2)
    rows = [{"id": d.id, "text": d.text, "source": d.source if i % 4 else None, "date": d.date}
            for i, d in enumerate(corpus.documents)]
    ref = syndetect.scan(rows)
    assert ref.pairs
    frame = dd.from_pandas(pd.DataFrame(rows), npartitions=4)
    _same(ref, syndetect.scan_dask(frame, client=client))


def test_map_side_combine_bounds_what_a_giant_bucket_sends() -> None:
    text = " ".join(f"word{i}" for i in range(200))
    docs = [Document(f"d{i}", text) for i in range(500)]
    part = dask_tasks.parse(docs, 0)
    cfg = ScanConfig()
    shard = dask_tasks.make_shard(part, np.ones(500, dtype=bool), 0, cfg)
    bands, rows = syndetect.candidates.banding.optimal_bands(0.5, 128)
    sent = dask_tasks.map_lsh(shard, bands, rows, 7, 3)
    keys = np.concatenate([p[0] for p in sent])
    assert keys.size == bands * 7  # 7 members per bucket, not 500
    assert sorted(int(s) for p in sent for s in p[3]) == [500] * bands  # the true sizes travel along
    fps = dask_tasks.map_fp(shard, None, 50, 3)
    assert sum(p[0].size for p in fps) == 0  # every fingerprint is in 500 > 50 documents: flags only
    assert sum(p[3].size for p in fps) == np.unique(shard.fp_hash).size


def test_without_client_starts_and_closes_a_local_cluster() -> None:
    docs = [Document(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    _same(syndetect.scan(docs), syndetect.scan_dask(db.from_sequence(docs, npartitions=2)))


def test_rejects_bad_shuffle_partitions() -> None:
    bag = db.from_sequence([Document("a", "b")])
    msg = "shuffle_partitions must be an integer in [1, 1048576], got 0; a few per worker core"
    with pytest.raises(syndetect.ConfigError, match=re.escape(msg)):
        syndetect.scan_dask(bag, shuffle_partitions=0)


def test_rejects_a_plain_list() -> None:
    with pytest.raises(TypeError, match=re.escape("dask.bag.Bag or a dask.dataframe.DataFrame, got list")):
        syndetect.scan_dask([Document("a", "b")])


@pytest.mark.parametrize("mode", ["verified", "components"])
def test_families_formed_on_the_cluster_equal_the_driver_side_ones(client: Any, mode: str) -> None:
    corpus = synthetic_corpus(600, seed=17, family_fraction=0.4)
    config = syndetect.ScanConfig(cluster=syndetect.ClusterConfig(mode=mode))  # type: ignore[arg-type]
    ref = syndetect.scan(corpus.documents, config)
    assert len(ref.families) > 10
    bag = db.from_sequence(corpus.documents, npartitions=4)
    got = syndetect.scan_dask(bag, config, client=client, families_on="cluster")
    _same(ref, got)
    # auto: more edges than the limit
    auto = syndetect.scan_dask(bag, config, client=client, driver_edge_limit=0)
    assert auto.families == ref.families


def test_families_on_must_be_a_known_place(client: Any) -> None:
    with pytest.raises(syndetect.ConfigError, match="families_on must be 'auto', 'driver' or 'cluster'"):
        syndetect.scan_dask(db.from_sequence(["a b c"], npartitions=1), client=client, families_on="gpu")  # type: ignore[arg-type]


def test_the_top_level_scan_dask_is_the_engine() -> None:
    assert sd.scan_dask is syndetect.scan_dask
