"""syndetect.dedup_dask decides exactly what syndetect.dedup decides on the same records, however the
collection is partitioned and the shuffles are cut, on a 2-process LocalCluster; its lazy output is the
input with those decisions applied, for bags and dataframes, in drop and mark mode; items that are no
document are reported and kept unchanged. dedup(files, engine="dask") and `syndetect dedup --engine dask`
write byte for byte what the local engine writes."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

import syndetect
from syndetect import DedupConfig, Document
from syndetect.cli import cli
from syndetect.deduplication.records import MARK_NAMES
from syndetect.errors import ConfigError, CorpusError, CorpusTypeError
from syndetect.testing.dups import DupCorpus, dup_corpus

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

CONFIGS = {
    "first": DedupConfig(),
    "earliest": DedupConfig(keep="earliest"),
    "longest": DedupConfig(keep="longest"),
    "complete": DedupConfig(keep="complete"),
    "containment": DedupConfig(containment=0.9),
    "raw-exact": DedupConfig(exact="raw", threshold=0.7),
}


@pytest.fixture(scope="module")
def corpus() -> DupCorpus:
    return dup_corpus(300, seed=21)


@pytest.fixture(scope="module")
def contained() -> DupCorpus:
    return dup_corpus(300, seed=22, containment=0.9)


def _same(ref: syndetect.DedupResult, got: syndetect.DedupResult, *, messages: bool = True) -> None:
    assert got.ids == ref.ids
    for name in ("rows", "family", "kept_index", "reason_code"):
        assert np.array_equal(getattr(got, name), getattr(ref, name)), name
    assert np.array_equal(got.similarity, ref.similarity, equal_nan=True)
    assert got.stats.by_reason == ref.stats.by_reason
    assert (got.stats.families, got.stats.candidate_pairs) == (ref.stats.families, ref.stats.candidate_pairs)
    assert len(got.problems) == len(ref.problems)
    if messages:
        assert [(p.path, p.reason) for p in got.problems] == [(p.path, p.reason) for p in ref.problems]


@pytest.mark.parametrize("name", list(CONFIGS))
@pytest.mark.parametrize(("partitions", "reducers"), [(1, 1), (4, 3), (7, None)])
def test_the_decisions_equal_the_local_engine_s(client: Any, corpus: DupCorpus, contained: DupCorpus,
                                                name: str, partitions: int, reducers: int | None) -> None:
    source = contained if name == "containment" else corpus
    cfg = CONFIGS[name]
    ref = syndetect.dedup(source.documents, config=cfg)
    got = syndetect.dedup_dask(db.from_sequence(source.documents, npartitions=partitions), cfg, client=client,
                               shuffle_partitions=reducers)
    _same(ref, got)
    assert got.stats.dropped > 20  # the corpus plants duplicates of every kind
    if name in ("first", "earliest", "longest", "complete"):
        assert got.kept_index.tolist() == source.kept[name]  # the truth, computed from the words


def test_a_custom_key_runs_on_the_workers_and_keeps_the_smallest(client: Any, corpus: DupCorpus) -> None:
    def key(doc: Document) -> tuple[int, str]:
        return (-len(doc.text.split()), doc.id)

    ref = syndetect.dedup(corpus.documents, key=key)
    got = syndetect.dedup_dask(db.from_sequence(corpus.documents, npartitions=3), client=client, key=key)
    _same(ref, got)


def test_empty_partitions_and_an_empty_collection(client: Any, corpus: DupCorpus) -> None:
    docs = corpus.documents[:120]
    empty = db.from_sequence([], npartitions=1)
    bag = db.concat([empty, db.from_sequence(docs[:50], npartitions=2), empty,
                     db.from_sequence(docs[50:], npartitions=2), empty])
    _same(syndetect.dedup(docs), syndetect.dedup_dask(bag, client=client))
    none = syndetect.dedup_dask(empty, client=client)
    assert len(none) == 0
    assert none.stats.records == 0
    assert none.table.compute() == []


def test_every_record_an_exact_copy_of_one_text(client: Any) -> None:
    text = "the same wire story carried word for word by every outlet in the country today " * 3
    docs = [Document(f"d{i}", text if i % 2 else text.upper()) for i in range(40)]
    got = syndetect.dedup_dask(db.from_sequence(docs, npartitions=4), client=client)
    _same(syndetect.dedup(docs), got)
    assert got.kept_ids() == ["d0"]
    assert got.stats.by_reason["exact"] == 39


def _items(corpus: DupCorpus) -> list[object]:
    items: list[object] = [{"id": d.id, "text": d.text, "date": d.date, "n": i}
                           for i, d in enumerate(corpus.documents[:90])]
    items[5] = {"id": "no-text", "text": None}
    items[40] = 42
    items[41] = corpus.documents[41]  # a Document among mappings
    return items


def test_bad_items_are_reported_kept_unchanged_and_the_rest_goes_on(client: Any, corpus: DupCorpus) -> None:
    items = _items(corpus)
    seen: list[syndetect.Problem] = []
    ref = syndetect.dedup(items)
    got = syndetect.dedup_dask(db.from_sequence(items, npartitions=4), client=client, on_problem=seen.append)
    _same(ref, got)
    assert [p.path for p in seen] == ["item 5", "item 40"]
    assert len(got) == len(items) - 2
    out = got.table.compute()
    kept_rows = set(got.rows[got.kept].tolist())
    assert out == [item for i, item in enumerate(items) if i in kept_rows or i in (5, 40)]


def test_mark_mode_on_a_bag_adds_the_marks_to_every_record(client: Any, corpus: DupCorpus) -> None:
    items = _items(corpus)
    got = syndetect.dedup_dask(db.from_sequence(items, npartitions=3), client=client, mode="mark")
    out = got.table.compute()
    assert len(out) == len(items)
    assert out[5] is not None
    assert out[5] == items[5]
    assert out[40] == 42
    for d in got.decisions():
        row = out[d.row]
        family, kept, reason, kept_id, similarity = (row[name] for name in MARK_NAMES)
        assert (family, kept, reason, kept_id) == (d.family, d.kept, d.reason, d.kept_id)
        assert similarity == (None if d.similarity is None else round(d.similarity, 6))
        if d.row == 41:  # the Document became the mapping of its fields
            assert (row["id"], row["text"]) == (items[41].id, items[41].text)  # type: ignore[attr-defined]
        else:
            assert {k: row[k] for k in items[d.row]} == items[d.row]  # type: ignore[union-attr]


def _frame(corpus: DupCorpus) -> Any:
    docs = corpus.documents
    frame = pd.DataFrame({"id": [d.id for d in docs], "text": [d.text for d in docs],
                          "date": [d.date for d in docs], "n": np.arange(len(docs))})
    frame.loc[7, "text"] = None  # a row that cannot be read
    return frame


def _plain(frame: Any) -> list[dict[str, object]]:
    """Rows as dicts, every kind of missing value as None."""
    return [{k: (None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v)
             for k, v in row.items()} for row in frame.to_dict("records")]


@pytest.mark.parametrize("mode", ["drop", "mark"])
def test_a_dataframe_comes_back_as_the_local_engine_writes_a_pandas_frame(client: Any, corpus: DupCorpus,
                                                                         mode: str) -> None:
    frame = _frame(corpus)
    ref = syndetect.dedup(frame, mode=mode)  # type: ignore[arg-type]
    got = syndetect.dedup_dask(dd.from_pandas(frame, npartitions=4), client=client, mode=mode)  # type: ignore[arg-type]
    _same(ref, got, messages=False)  # a frame's own reader words them as rows and columns
    assert "item 7" in got.problems[0].path
    assert "'text'" in got.problems[0].reason
    assert isinstance(got.table, dd.DataFrame)
    out = got.table.compute()
    assert list(out.index) == list(ref.table.index)
    assert _plain(out) == _plain(ref.table)
    if mode == "mark":
        assert list(out.columns) == [*frame.columns, *MARK_NAMES]
        assert out.loc[7, MARK_NAMES[2]] is pd.NA
        assert pd.isna(out.loc[7, "text"])


def test_renamed_marks_and_a_dataframe_s_lazy_columns(client: Any, corpus: DupCorpus) -> None:
    names = ("fam", "keep", "why", "kept_as", "sim")
    got = syndetect.dedup_dask(dd.from_pandas(_frame(corpus), npartitions=2), client=client, mode="mark",
                               mark_names=names)
    assert list(got.table.columns)[-5:] == list(names)  # known before computing
    assert int(got.table["keep"].sum().compute()) == got.stats.kept


@pytest.mark.parametrize(("kwargs", "needle"), [
    ({"mode": "delete"}, "mode must be"),
    ({"config": "fast"}, "DedupConfig"),
    ({"shuffle_partitions": 0}, "shuffle_partitions"),
    ({"mark_names": ("a", "a", "b", "c", "d")}, "mark_names"),
])
def test_bad_settings_are_refused_by_name(kwargs: dict[str, Any], needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        syndetect.dedup_dask(db.from_sequence(["a text"]), **kwargs)


def test_field_names_are_read_as_the_local_engine_reads_them(client: Any, corpus: DupCorpus) -> None:
    docs = corpus.documents
    frame = pd.DataFrame({"uid": [d.id for d in docs], "body": [d.text for d in docs],
                          "published": [d.date for d in docs]})
    fields = syndetect.Fields(id="uid", text="body", date="published")
    cfg = DedupConfig(keep="earliest")
    ref = syndetect.dedup(frame, config=cfg, fields=fields, mode="mark")
    got = syndetect.dedup_dask(dd.from_pandas(frame, npartitions=3), cfg, client=client, fields=fields,
                               mode="mark")
    _same(ref, got)
    assert got.stats.by_reason["near"] > 0
    assert _plain(got.table.compute()) == _plain(ref.table)
    items = _plain(frame)
    bag = syndetect.dedup_dask(db.from_sequence(items, npartitions=3), cfg, client=client, fields=fields)
    _same(ref, bag)
    assert bag.table.compute() == [items[i] for i in np.flatnonzero(ref.kept).tolist()]


def test_a_dataframe_without_a_text_column_is_refused_naming_its_columns() -> None:
    frame = dd.from_pandas(pd.DataFrame({"uid": ["a", "b"], "body": ["one text", "another"]}), npartitions=1)
    with pytest.raises(CorpusError, match=r"no 'text' column \(columns: uid, body\); name"):
        syndetect.dedup_dask(frame)
    with pytest.raises(CorpusError, match=r"no 'content' column"):
        syndetect.dedup_dask(frame, fields=syndetect.Fields(text="content"))
    with pytest.raises(CorpusError, match="no 'text' column"):
        syndetect.scan_dask(frame)


def test_a_plain_list_is_refused_with_what_to_do() -> None:
    with pytest.raises(CorpusTypeError, match=r"dask\.bag\.from_sequence"):
        syndetect.dedup_dask(["a text", "another"])


def test_without_a_client_a_local_cluster_runs_it(corpus: DupCorpus) -> None:
    docs = corpus.documents[:80]
    got = syndetect.dedup_dask(db.from_sequence(docs, npartitions=2))
    _same(syndetect.dedup(docs), got)


def _write_inputs(corpus: DupCorpus, folder: Path) -> None:
    folder.mkdir()
    docs = corpus.documents
    with open(folder / "a.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": d.id, "text": d.text, "date": d.date}) + "\n" for d in docs[:150])
        fh.write('{"id": "broken", "text": 7}\n')
    with open(folder / "b.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "date"])
        writer.writerows([d.id, d.text, d.date or ""] for d in docs[150:])


@pytest.mark.parametrize("mode", ["drop", "mark"])
def test_files_deduplicated_on_the_cluster_are_written_as_the_local_engine_writes_them(
        client: Any, corpus: DupCorpus, tmp_path: Path, mode: str) -> None:
    _write_inputs(corpus, tmp_path / "in")
    cfg = DedupConfig(keep="complete", containment=0.9, batch_size=64)  # several batches per file
    ref = syndetect.dedup(tmp_path / "in", tmp_path / "local", config=cfg, mode=mode)  # type: ignore[arg-type]
    got = syndetect.dedup(tmp_path / "in", tmp_path / "dask", config=cfg, mode=mode,  # type: ignore[arg-type]
                          engine="dask", client=client)
    _same(ref, got)
    assert got.stats.dropped > 20
    for name in ("a.jsonl", "b.csv"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_the_command_line_dedups_on_a_local_cluster_and_names_a_scheduler_it_cannot_reach(
        corpus: DupCorpus, tmp_path: Path) -> None:
    _write_inputs(corpus, tmp_path / "in")
    runner = CliRunner()
    source = str(tmp_path / "in")
    local = runner.invoke(cli, ["dedup", source, "-o", str(tmp_path / "local"), "-q"])
    dask = runner.invoke(cli, ["dedup", source, "-o", str(tmp_path / "dask"), "--engine", "dask"])
    assert local.exit_code == 0, local.output
    assert dask.exit_code == 0, dask.output
    assert "dropped" in dask.output
    for name in ("a.jsonl", "b.csv"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    usage = runner.invoke(cli, ["dedup", source, "-o", str(tmp_path / "x"), "--scheduler", "tcp://h:1"])
    assert usage.exit_code == 2
    assert "--scheduler needs --engine dask" in usage.output
    far = runner.invoke(cli, ["dedup", source, "-o", str(tmp_path / "y"), "--engine", "dask",
                              "--scheduler", "tcp://127.0.0.1:9", "--scheduler-timeout", "0.5"])
    assert far.exit_code == 1
    assert "cannot reach the Dask scheduler 'tcp://127.0.0.1:9'" in far.output
    assert not (tmp_path / "y").exists()


@pytest.mark.parametrize(("kwargs", "needle"), [
    ({"engine": "spark"}, "engine must be 'local' or 'dask'"),
    ({"client": object()}, "engine='dask'"),
])
def test_dedup_refuses_an_unknown_engine_or_a_client_without_the_dask_engine(kwargs: dict[str, Any],
                                                                           needle: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(needle)):
        syndetect.dedup(["a text", "another text"], **kwargs)
