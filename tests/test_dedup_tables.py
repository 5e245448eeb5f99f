"""syndetect.dedup on tables: Parquet and Arrow files (and folders of them) and in-memory pyarrow,
pandas, Polars and datasets tables come back in their own format, with the survivors the truth of
syndetect.testing.dups names (drop) or the five mark columns aligned to the input rows (mark); bad rows
and bad files are named and the rest goes on."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

import syndetect
from syndetect.cli import cli
from syndetect.deduplication.records import MARK_NAMES
from syndetect.errors import ConfigError, OverwriteError
from syndetect.testing.dups import DupCorpus, dup_corpus

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pd = pytest.importorskip("pandas")

POLICIES = ["first", "earliest", "longest", "complete"]
FILE_SUFFIXES = [".parquet", ".arrow", ".feather", ".ipc"]
MEMORY_KINDS = ["pyarrow", "pandas", "polars", "datasets"]


@pytest.fixture(scope="module")
def corpus() -> DupCorpus:
    return dup_corpus(200, seed=9)


def _arrow(corpus: DupCorpus) -> Any:
    docs = corpus.documents
    return pa.table({"uid": [d.id for d in docs], "n": np.arange(len(docs)), "body": [d.text for d in docs],
                     "published": [d.date for d in docs]})


FIELDS = syndetect.Fields(id="uid", text="body", date="published")


def _write_file(table: Any, path: Path) -> None:
    if path.suffix == ".parquet":
        pq.write_table(table, path, row_group_size=64)
    else:
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
            for batch in table.to_batches(max_chunksize=64):
                writer.write_batch(batch)


def _read_file(path: Path) -> Any:
    if path.suffix == ".parquet":
        return pq.read_table(path)
    with pa.memory_map(str(path)) as source:
        return pa.ipc.open_file(source).read_all()


def _in_memory(table: Any, kind: str) -> Any:
    if kind == "pandas":
        return table.to_pandas()
    if kind == "polars":
        return pytest.importorskip("polars").from_arrow(table)
    if kind == "datasets":
        return pytest.importorskip("datasets").Dataset(table)
    return table


def _as_arrow(table: Any) -> Any:
    """A table of any kind as a pyarrow Table (pandas without its index)."""
    if isinstance(table, pa.Table):
        return table
    if isinstance(table, pd.DataFrame):
        return pa.Table.from_pandas(table, preserve_index=False)
    if type(table).__module__.startswith("polars"):
        return table.to_arrow()
    return table.flatten_indices().data.table


def _check_drop(out: Any, source: Any, corpus: DupCorpus, policy: str) -> None:
    keep = [i for i, k in enumerate(corpus.kept[policy]) if k == i]
    assert out.column_names == source.column_names
    assert out.column("uid").to_pylist() == [corpus.documents[i].id for i in keep]
    assert out.column("n").to_pylist() == keep  # input order, every column kept


def _check_mark(out: Any, source: Any, corpus: DupCorpus, policy: str) -> None:
    kept_index = corpus.kept[policy]
    ids = [d.id for d in corpus.documents]
    assert out.column_names == [*source.column_names, *MARK_NAMES]
    assert out.select(source.column_names).equals(source.select(source.column_names).cast(
        out.select(source.column_names).schema))
    assert out.column("dedup_kept").to_pylist() == [k == i for i, k in enumerate(kept_index)]
    assert out.column("dedup_kept_id").to_pylist() == [ids[k] for k in kept_index]
    reasons = out.column("dedup_reason").to_pylist()
    assert reasons == corpus.reason[policy]
    sims = out.column("dedup_similarity").to_pylist()
    assert all((s is None) == (k == i) for i, (k, s) in enumerate(zip(kept_index, sims, strict=True)))
    family = out.column("dedup_family").to_pylist()
    assert all(family[i] == family[k] for i, k in enumerate(kept_index))


@pytest.mark.parametrize("mode", ["drop", "mark"])
@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("suffix", FILE_SUFFIXES)
def test_a_table_file_comes_back_in_its_format_readable_by_pyarrow_and_pandas(
    tmp_path: Path, corpus: DupCorpus, suffix: str, policy: str, mode: str
) -> None:
    """drop: the rows kept, the input's columns; mark: every row, the input's schema plus the marks."""
    source = _arrow(corpus)
    src, dest = tmp_path / f"in{suffix}", tmp_path / f"out{suffix}"
    _write_file(source, src)
    config = syndetect.DedupConfig(keep=policy, batch_size=50)  # type: ignore[arg-type]
    result = syndetect.dedup(src, dest, config=config, fields=FIELDS, mode=mode)  # type: ignore[arg-type]
    assert result.outputs == (str(dest),)
    assert result.kept_index.tolist() == corpus.kept[policy]
    out = _read_file(dest)
    frame = pd.read_parquet(dest) if suffix == ".parquet" else pd.read_feather(dest)
    for name in source.column_names:
        assert out.schema.field(name) == source.schema.field(name)
    if mode == "drop":
        _check_drop(out, source, corpus, policy)
        assert frame["uid"].tolist() == result.kept_ids()
    else:
        _check_mark(out, source, corpus, policy)
        assert list(frame.columns) == [*source.column_names, *MARK_NAMES]
        assert frame["dedup_kept"].tolist() == out.column("dedup_kept").to_pylist()


@pytest.mark.parametrize("mode", ["drop", "mark"])
@pytest.mark.parametrize("kind", MEMORY_KINDS)
def test_an_in_memory_table_gives_back_a_table_of_its_kind(corpus: DupCorpus, kind: str, mode: str) -> None:
    source = _arrow(corpus)
    table = _in_memory(source, kind)
    result = syndetect.dedup(table, fields=FIELDS, mode=mode)  # type: ignore[arg-type]
    assert type(result.table) is type(table)
    assert result.outputs == ()
    out = _as_arrow(result.table)
    if mode == "drop":
        _check_drop(out, source, corpus, "first")
    else:
        _check_mark(out, source, corpus, "first")


def test_a_pandas_frame_keeps_the_index_of_the_rows_kept(corpus: DupCorpus) -> None:
    frame = _arrow(corpus).to_pandas()
    frame.index = frame.index * 10 + 7
    result = syndetect.dedup(frame, fields=FIELDS)
    keep = [i for i, k in enumerate(corpus.kept["first"]) if k == i]
    assert result.table.index.tolist() == [i * 10 + 7 for i in keep]


def test_an_in_memory_table_can_be_written_to_a_file(tmp_path: Path, corpus: DupCorpus) -> None:
    dest = tmp_path / "out.parquet"
    result = syndetect.dedup(_arrow(corpus).to_pandas(), dest, fields=FIELDS)
    assert result.table is None
    assert result.outputs == (str(dest),)
    _check_drop(pq.read_table(dest), _arrow(corpus), corpus, "first")
    with pytest.raises(OverwriteError):
        syndetect.dedup(_arrow(corpus), dest, fields=FIELDS)
    for name in ("out.jsonl", "out", "out.csv"):
        with pytest.raises(ConfigError, match="Parquet or Arrow"):
            syndetect.dedup(_arrow(corpus), tmp_path / name, fields=FIELDS)
        assert not (tmp_path / name).exists()


BAD_VALUES = [(None, "is null"), (42, "holds a int"), (3.5, "holds a float"), (b"bytes", "holds a bytes"),
              ("   ", "empty")]


@pytest.mark.parametrize(("bad", "reason"), BAD_VALUES)
@pytest.mark.parametrize("mode", ["drop", "mark"])
def test_a_bad_row_is_named_kept_with_null_marks_and_the_rest_goes_on(
    corpus: DupCorpus, bad: object, reason: str, mode: str
) -> None:
    frame = _arrow(corpus).to_pandas()
    frame["body"] = frame["body"].astype(object)
    frame.loc[len(frame)] = {"uid": "bad", "n": len(frame), "body": bad, "published": None}
    result = syndetect.dedup(frame, fields=FIELDS, mode=mode)  # type: ignore[arg-type]
    assert len(result.problems) == 1
    assert f"row {len(frame) - 1}" in result.problems[0].reason
    assert reason in result.problems[0].reason
    assert result.kept_index.tolist() == corpus.kept["first"]
    out = result.table
    assert out["uid"].iloc[-1] == "bad"  # kept
    if mode == "mark":
        assert out[list(MARK_NAMES)].iloc[-1].isna().all()
        assert out["dedup_kept"].iloc[:-1].notna().all()
    else:
        assert len(out) == len(result.kept_ids()) + 1


def test_a_null_text_in_a_parquet_file_is_named_by_row_and_row_group(
    tmp_path: Path, corpus: DupCorpus
) -> None:
    source = _arrow(corpus)
    body = source.column("body").to_pylist()
    body[130] = None
    source = source.set_column(2, "body", pa.array(body))
    src = tmp_path / "in.parquet"
    _write_file(source, src)
    result = syndetect.dedup(src, tmp_path / "out.parquet", fields=FIELDS, mode="mark")
    assert [p.reason.split(":")[0] for p in result.problems] == ["row 130 (row group 2)"]
    assert result.problems[0].path == str(src)
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.num_rows == source.num_rows
    assert out.column("dedup_kept")[130].as_py() is None


def test_a_folder_of_tables_with_a_corrupt_file_and_a_missing_column_goes_on(
    tmp_path: Path, corpus: DupCorpus
) -> None:
    source = _arrow(corpus)
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    _write_file(source.slice(0, 100), folder / "a.parquet")
    _write_file(source.slice(100), folder / "sub" / "b.arrow")
    (folder / "broken.parquet").write_bytes(b"PAR1 this is not a parquet file")
    _write_file(source.drop_columns(["body"]), folder / "nobody.parquet")
    result = syndetect.dedup(folder, tmp_path / "out", fields=FIELDS)
    named = sorted(Path(p.path).name for p in result.problems)
    assert named == ["broken.parquet", "nobody.parquet"]
    assert any("no 'body' column" in p.reason for p in result.problems)
    assert result.kept_index.tolist() == corpus.kept["first"]  # the two good files, deduplicated together
    # a table without the text column is copied whole, as a record that cannot be read is; a file that
    # is no table cannot be written back
    assert sorted(Path(p).name for p in result.outputs) == ["a.parquet", "b.arrow", "nobody.parquet"]
    assert pq.read_table(tmp_path / "out" / "nobody.parquet").equals(source.drop_columns(["body"]))
    assert not (tmp_path / "out" / "broken.parquet").exists()
    both = pa.concat_tables([pq.read_table(tmp_path / "out" / "a.parquet"),
                             _read_file(tmp_path / "out" / "sub" / "b.arrow")])
    _check_drop(both, source, corpus, "first")


def test_the_cli_deduplicates_a_parquet_file(tmp_path: Path, corpus: DupCorpus) -> None:
    src, dest = tmp_path / "in.parquet", tmp_path / "out.parquet"
    _write_file(_arrow(corpus), src)
    args = ["dedup", str(src), "-o", str(dest), "--id-field", "uid", "--text-field", "body", "--mark"]
    run = CliRunner().invoke(cli, args)
    assert run.exit_code == 0, run.output
    _check_mark(pq.read_table(dest), _arrow(corpus), corpus, "first")
    again = CliRunner().invoke(cli, args)
    assert again.exit_code != 0
    assert "exists" in again.output
    assert pq.read_table(dest).num_rows == len(corpus.documents)


def test_a_row_group_that_cannot_be_read_is_named_and_the_other_rows_are_deduplicated(
    tmp_path: Path, corpus: DupCorpus
) -> None:
    source = _arrow(corpus)
    src = tmp_path / "in.parquet"
    pq.write_table(source, src, row_group_size=50, compression="none")
    start = pq.ParquetFile(src).metadata.row_group(1).column(2).data_page_offset  # the texts of rows 50-99
    data = bytearray(src.read_bytes())
    data[start : start + 64] = b"\xff" * 64
    src.write_bytes(bytes(data))
    result = syndetect.dedup(src, tmp_path / "out.parquet", fields=FIELDS, mode="mark")
    assert len(result.problems) == 1
    assert "row group 1 (rows 50 to 99) cannot be read" in result.problems[0].reason
    rest = pa.concat_tables([source.slice(0, 50), source.slice(100)])
    alone = syndetect.dedup(rest, fields=FIELDS)
    assert result.kept_ids() == alone.kept_ids()
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.column("uid").to_pylist() == rest.column("uid").to_pylist()
    assert out.column("dedup_kept").to_pylist() == alone.kept.tolist()


@pytest.mark.parametrize("mark", [False, True])
def test_a_table_file_without_pyarrow_is_skipped_and_the_rest_deduplicated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mark: bool
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    pq.write_table(pa.table({"text": ["one table row with some words in it"]}), src / "t.parquet")
    words = "the council met on tuesday to weigh the budget for the coming year and its plans"
    (src / "a.txt").write_text(words, encoding="utf-8")
    (src / "b.txt").write_text(words, encoding="utf-8")  # an exact duplicate of a.txt
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.setitem(sys.modules, name, None)  # an import of it now fails
    problems: list[str] = []
    result = syndetect.dedup(src, tmp_path / "out", mode="mark" if mark else "drop",
                             on_problem=lambda p: problems.append(str(p)))
    assert problems == [f"{src / 't.parquet'}: reading Parquet and Arrow files needs pyarrow: "
                        "pip install 'syndetect[parquet]'; skipped"]
    assert sorted(result.ids) == ["a.txt", "b.txt"]
    assert [d.reason for d in result.decisions() if d.id == "b.txt"] == ["exact"]
    assert not (tmp_path / "out" / "t.parquet").exists()
