"""Tables as a corpus: read_corpus and iter_corpus read table files, folders holding them and
in-memory tables; a scan of a Parquet folder finds what a scan of the same records in JSONL finds,
through the API and the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import syndetect
from syndetect.cli import cli
from syndetect.errors import CorpusTypeError
from syndetect.io.corpus import Fields, iter_corpus, read_corpus
from syndetect.io.problems import MISSING_FIELD, Problem
from syndetect.testing.synthetic import synthetic_corpus
from syndetect.types import Document

pa = pytest.importorskip("pyarrow", reason="tables need pyarrow: pip install 'syndetect[parquet]'")
pq = pytest.importorskip("pyarrow.parquet")


def records(docs: list[Document]) -> list[dict[str, Any]]:
    return [{"id": d.id, "text": d.text, "source": d.source, "date": d.date} for d in docs]


def write_parquet(path: Path, rows: list[dict[str, Any]], **options: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), path, **options)


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_a_folder_of_tables_and_records_is_read_in_path_order(tmp_path: Path) -> None:
    write_parquet(tmp_path / "news" / "b.parquet", [{"text": "second file, row 0"}, {"text": None}])
    table = pa.table({"id": ["x1", "x2"], "text": ["arrow row 0", "arrow row 1"]})
    feather = str(tmp_path / "news" / "a.feather")
    with pa.OSFile(feather, "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    write_jsonl(tmp_path / "wire" / "c.jsonl", [{"id": "x1", "text": "a repeated id"}, {"text": "jsonl"}])
    (tmp_path / "wire" / "d.parquet").write_bytes(b"PAR1 this is no parquet file PAR1")
    read = read_corpus(tmp_path, source_from="dir")
    assert [(d.id, d.source) for d in read.documents] == [
        ("x1", "news"), ("x2", "news"), ("news/b.parquet:0", "news"), ("wire/c.jsonl:2", "wire"),
    ]
    problems = [str(p) for p in read.problems]
    b = tmp_path / "news" / "b.parquet"
    assert problems[0] == f"{b}: row 1 (row group 0): column 'text' is null; row skipped"
    assert problems[1].startswith(f"{tmp_path / 'wire' / 'c.jsonl'}:1: duplicate id 'x1' (first read from ")
    assert problems[1].endswith("a.feather: row 0); skipped")
    assert problems[2].startswith(f"{tmp_path / 'wire' / 'd.parquet'}: not a readable Parquet file (")
    assert len(problems) == 3
    assert read.files == 4


def test_a_table_file_without_the_text_column_is_a_missing_field_problem(tmp_path: Path) -> None:
    write_parquet(tmp_path / "t.parquet", [{"id": "a", "body": "the text is here"}])
    read = read_corpus(tmp_path)
    (problem,) = read.problems
    assert (problem.kind, problem.found) == (MISSING_FIELD, ("id", "body"))
    assert read_corpus(tmp_path, fields=Fields(text="body")).documents[0].text == "the text is here"
    result = CliRunner().invoke(cli, ["scan", str(tmp_path)])
    assert result.exit_code != 0
    hint = "had no 'text' field (fields found: id, body); name the text field with --text-field"
    assert hint in result.output


@pytest.mark.parametrize("kind", ["pyarrow", "pandas", "polars", "datasets"])
def test_read_corpus_reads_an_in_memory_table(kind: str) -> None:
    table = pa.table({"key": ["a", "b", None], "body": ["first text", None, "third text"]})
    if kind == "pandas":
        table = pytest.importorskip("pandas") and table.to_pandas()
    elif kind == "polars":
        table = pytest.importorskip("polars").from_arrow(table)
    elif kind == "datasets":
        table = pytest.importorskip("datasets").Dataset(table)
    progress: list[tuple[str, int, int]] = []
    read = read_corpus(table, fields=Fields(id="key", text="body"), progress=lambda *a: progress.append(a))
    assert [(d.id, d.text) for d in read.documents] == [("a", "first text"), ("2", "third text")]
    name = {"pyarrow": "pyarrow.Table", "datasets": "datasets.Dataset"}.get(kind, f"{kind}.DataFrame")
    assert [str(p) for p in read.problems] == [f"{name}: row 1: column 'body' is null; row skipped"]
    assert progress == [("reading", 0, 1), ("reading", 1, 1)]
    assert read.files == 1
    items = list(iter_corpus(table, fields=Fields(id="key", text="body")))
    assert [type(i) for i in items] == [Problem, Document, Document]  # a batch's problems come first


def test_scan_refuses_a_frame_and_says_how_to_read_it() -> None:
    pd = pytest.importorskip("pandas")
    for table in (pd.DataFrame({"text": ["x"]}), pa.table({"text": ["x"]})):
        with pytest.raises(CorpusTypeError, match=r"scan\(\) takes documents, not a .*read_corpus"):
            syndetect.scan(table)


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    return synthetic_corpus(400, seed=5).documents


def test_a_parquet_folder_scans_like_the_same_records_in_jsonl(
    corpus: list[Document], tmp_path: Path
) -> None:
    rows = records(corpus)
    write_parquet(tmp_path / "pq" / "part-0.parquet", rows[:250], row_group_size=64)
    write_parquet(tmp_path / "pq" / "part-1.parquet", rows[250:], row_group_size=64)
    write_jsonl(tmp_path / "jl" / "part-0.jsonl", rows[:250])
    write_jsonl(tmp_path / "jl" / "part-1.jsonl", rows[250:])
    from_parquet, from_jsonl = read_corpus(tmp_path / "pq"), read_corpus(tmp_path / "jl")
    assert from_parquet.problems == from_jsonl.problems == []
    assert [(d.id, d.text, d.source, d.date) for d in from_parquet.documents] == [
        (d.id, d.text, d.source, d.date) for d in corpus]
    expected = syndetect.scan(corpus)
    assert len(expected.pairs) > 20
    got = syndetect.scan(from_parquet.documents)
    assert got.pairs == expected.pairs == syndetect.scan(from_jsonl.documents).pairs
    assert got.families == expected.families


@pytest.mark.parametrize("stream", [[], ["--stream"]])
def test_the_command_line_scans_a_parquet_folder_like_jsonl(
    corpus: list[Document], tmp_path: Path, stream: list[str]
) -> None:
    rows = records(corpus[:200])
    write_parquet(tmp_path / "pq" / "news.parquet", rows, row_group_size=50)
    write_jsonl(tmp_path / "jl" / "news.jsonl", rows)
    outputs = []
    for folder in ("pq", "jl"):
        result = CliRunner().invoke(cli, ["scan", str(tmp_path / folder), "--format", "jsonl", *stream])
        assert result.exit_code == 0, result.output
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        outputs.append([r for r in lines if r["type"] in ("pair", "family")])
    assert outputs[0] == outputs[1]
    assert sum(r["type"] == "pair" for r in outputs[0]) > 5
