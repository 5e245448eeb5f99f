"""Reading tables: Parquet and Arrow files, pyarrow Tables, pandas and Polars DataFrames and Hugging
Face Datasets give the same documents, row numbers and problems, batch by batch; bad input of every
kind is named (file, row group or record batch, row, column) and the other rows are read."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from syndetect.errors import ConfigError, CorpusError
from syndetect.io.corpus import read_corpus
from syndetect.io.problems import MISSING_FIELD
from syndetect.io.records import Fields
from syndetect.io.tables import TableBatch, iter_table_batches

pa = pytest.importorskip("pyarrow", reason="tables need pyarrow: pip install 'syndetect[parquet]'")
pq = pytest.importorskip("pyarrow.parquet")

FILES = ["parquet", "feather", "arrow-stream"]
MEMORY = ["pyarrow", "pandas", "polars", "datasets"]
LIBRARY = {"pandas": "pandas", "polars": "polars", "datasets": "datasets"}


def make(kind: str, columns: dict[str, Any], tmp_path: Path, *, row_group: int | None = None,
         schema: Any = None) -> Any:
    """The table of ``columns`` (name to values) as a file or in-memory object of ``kind``."""
    if kind in LIBRARY and importlib.util.find_spec(LIBRARY[kind]) is None:
        pytest.skip(f"{kind} is not installed (pip install 'syndetect[{kind}]')")
    table = pa.table(columns, schema=schema)
    tmp_path = tmp_path / f"{len(list(tmp_path.iterdir()))}"  # a new folder for each table made
    tmp_path.mkdir()
    if kind == "parquet":
        path = tmp_path / "t.parquet"
        pq.write_table(table, path, row_group_size=row_group)
        return path
    if kind in ("feather", "arrow-stream"):
        path = tmp_path / ("t.feather" if kind == "feather" else "t.arrow")
        new = pa.ipc.new_file if kind == "feather" else pa.ipc.new_stream
        with pa.OSFile(str(path), "wb") as sink, new(sink, table.schema) as writer:
            for batch in table.to_batches(max_chunksize=row_group or max(table.num_rows, 1)):
                writer.write_batch(batch)
        return path
    if kind == "pyarrow":
        return table
    if kind == "pandas":
        return table.to_pandas()
    if kind == "polars":
        import polars as pl

        return pl.from_arrow(table)
    import datasets

    return datasets.Dataset(table)


def collect(batches: Any) -> tuple[list[Any], list[int], list[str]]:
    """Documents, rows and problem messages of every batch, checking each batch's shape."""
    docs, rows, problems = [], [], []
    for batch in batches:
        assert isinstance(batch, TableBatch)
        assert batch.rows.dtype == np.int64
        assert len(batch.rows) == len(batch.documents)
        docs += batch.documents
        rows += batch.rows.tolist()
        problems += [str(p) for p in batch.problems]
    return docs, rows, problems


NAMES = {"pyarrow": "pyarrow.Table", "pandas": "pandas.DataFrame", "polars": "polars.DataFrame",
         "datasets": "datasets.Dataset"}


def shown(kind: str, source: Any) -> str:
    return str(source) if kind in FILES else NAMES[kind]


TEXTS = [f"article {i}: " + " ".join(f"w{i}x{j}" for j in range(20)) for i in range(7)]


@pytest.mark.parametrize("kind", FILES + MEMORY)
@pytest.mark.parametrize("batch_rows", [1, 3, 65536])
def test_every_row_is_a_document_in_input_order(kind: str, batch_rows: int, tmp_path: Path) -> None:
    columns = {
        "id": [f"doc-{i}" for i in range(7)],
        "text": TEXTS,
        "source": ["wire", None, "paper", "wire", "paper", None, "blog"],
        "date": [f"2024-01-0{i + 1}" for i in range(7)],
        "url": [f"https://example.org/{i}" for i in range(7)],
        "other": list(range(7)),
    }
    source = make(kind, columns, tmp_path, row_group=2)
    batches = list(iter_table_batches(source, Fields(), batch_rows=batch_rows))
    assert all(len(b.documents) <= batch_rows for b in batches)
    docs, rows, problems = collect(batches)
    assert problems == []
    assert rows == list(range(7))
    assert [d.id for d in docs] == columns["id"]
    assert [d.text for d in docs] == TEXTS
    assert [d.source for d in docs] == columns["source"]
    assert [d.date for d in docs] == columns["date"]
    assert [d.url for d in docs] == columns["url"]
    assert [d.meta["row"] for d in docs] == rows


@pytest.mark.parametrize("kind", FILES + MEMORY)
def test_rows_without_an_id_get_their_row_number(kind: str, tmp_path: Path) -> None:
    source = make(kind, {"id": ["a", None, "c", ""], "text": TEXTS[:4]}, tmp_path)
    docs, _, _ = collect(iter_table_batches(source))
    prefix = f"{Path(source).name}:" if kind in FILES else ""
    assert [d.id for d in docs] == ["a", f"{prefix}1", "c", f"{prefix}3"]
    no_ids, _, _ = collect(iter_table_batches(make(kind, {"text": TEXTS[:2]}, tmp_path)))
    assert [d.id for d in no_ids] == [f"{prefix}0", f"{prefix}1"]


@pytest.mark.parametrize("kind", FILES + MEMORY)
def test_fields_name_the_columns_and_integer_ids_are_kept(kind: str, tmp_path: Path) -> None:
    columns = {"key": [10, 11, 12], "body": TEXTS[:3], "outlet": ["x", "y", "z"], "text": ["t", "u", "v"]}
    source = make(kind, columns, tmp_path)
    docs, _, problems = collect(iter_table_batches(source, Fields(id="key", text="body", source="outlet")))
    assert problems == []
    assert [d.id for d in docs] == ["10", "11", "12"]
    assert [d.text for d in docs] == TEXTS[:3]
    assert [d.source for d in docs] == ["x", "y", "z"]


@pytest.mark.parametrize("kind", FILES + MEMORY)
def test_bad_rows_are_named_and_the_other_rows_are_read(kind: str, tmp_path: Path) -> None:
    texts: list[str | None] = [TEXTS[0], None, TEXTS[2], "   \n", TEXTS[4], TEXTS[5], "x" * 1000]
    ids = ["a", "b", "c", "d", "a", "f", "g"]  # row 4 repeats row 0's id
    source = make(kind, {"id": ids, "text": texts}, tmp_path, row_group=2)
    docs, rows, problems = collect(iter_table_batches(source, max_bytes=500))
    assert rows == [0, 2, 5]
    assert [d.id for d in docs] == ["a", "c", "f"]
    name = shown(kind, source)
    batch = " (record batch {})"
    part = {"parquet": " (row group {})", "feather": batch, "arrow-stream": batch}
    where = [f"row {r}" + part.get(kind, "").format(r // 2) for r in (1, 3, 4, 6)]
    assert problems == [
        f"{name}: {where[0]}: column 'text' is null; row skipped",
        f"{name}: {where[1]}: empty text; skipped",
        f"{name}: {where[2]}: duplicate id 'a' (first at row 0); row skipped",
        f"{name}: {where[3]}: text too large (1,000 bytes > max_bytes 500); skipped",
    ]


def test_a_row_group_of_only_bad_rows_gives_a_batch_of_problems(tmp_path: Path) -> None:
    source = make("parquet", {"text": [TEXTS[0], TEXTS[1], None, "", TEXTS[4]]}, tmp_path, row_group=2)
    batches = list(iter_table_batches(source, batch_rows=10))
    assert [b.rows.tolist() for b in batches] == [[0, 1], [], [4]]
    assert [len(b.problems) for b in batches] == [0, 2, 0]
    assert all("(row group 1)" in str(p) for p in batches[1].problems)


def test_pandas_object_columns_are_checked_value_by_value() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": ["a", 2, 3.5, None], "text": [TEXTS[0], 7, TEXTS[2], TEXTS[3]]})
    docs, rows, problems = collect(iter_table_batches(frame))
    assert (rows, [d.id for d in docs]) == ([0, 3], ["a", "3"])
    assert problems == [
        "pandas.DataFrame: row 1: column 'text' holds a int, not a string; row skipped",
        "pandas.DataFrame: row 2: column 'id' holds a float, not a string or an integer; row skipped",
    ]


@pytest.mark.parametrize("kind", FILES + MEMORY)
def test_a_missing_text_column_names_the_table_and_its_columns(kind: str, tmp_path: Path) -> None:
    source = make(kind, {"id": ["a"], "body": ["some text"]}, tmp_path)
    with pytest.raises(CorpusError, match=r"no 'text' column \(columns: id, body\)") as info:
        next(iter_table_batches(source))
    assert str(info.value).startswith(shown(kind, source) + ": ")
    assert "Fields(text=...)" in str(info.value)
    (only,) = list(iter_table_batches(source, on_error="problem"))
    assert only.documents == []
    assert only.problems[0].kind == MISSING_FIELD
    assert only.problems[0].found == ("id", "body")


@pytest.mark.parametrize("kind", FILES + MEMORY)
@pytest.mark.parametrize(("column", "values", "holds"), [
    ("text", [1, 2], "int64"), ("text", [1.5, 2.5], "double"), ("text", [b"x", b"y"], "binary"),
    ("id", [1.0, 2.0], "double"), ("id", [True, False], "bool"),
])
def test_a_column_of_the_wrong_type_stops_the_table(
    kind: str, column: str, values: list[Any], holds: str, tmp_path: Path
) -> None:
    columns = {"id": ["a", "b"], "text": ["one text", "another"]}
    columns[column] = values
    source = make(kind, columns, tmp_path)
    if kind == "pandas":  # pandas names its own types
        holds = {"int64": "int64", "double": "float64", "binary": "object", "bool": "bool"}[holds]
    if kind == "pandas" and holds == "object":  # bytes in an object column: checked row by row
        assert [p.reason for b in iter_table_batches(source) for p in b.problems] == [
            f"row {r}: column 'text' holds a bytes, not a string; row skipped" for r in (0, 1)]
        return
    what = "not text" if column == "text" else "not strings or integers"
    with pytest.raises(CorpusError, match=rf"column '{column}' holds (large_)?{holds}, {what}; name "):
        next(iter_table_batches(source))


@pytest.mark.parametrize("kind", FILES + MEMORY)
def test_an_empty_table_gives_no_documents_and_no_problem(kind: str, tmp_path: Path) -> None:
    schema = pa.schema([("id", pa.string()), ("text", pa.string())])
    source = make(kind, {"id": [], "text": []}, tmp_path, schema=schema)
    assert collect(iter_table_batches(source)) == ([], [], [])


def test_ids_may_be_required(tmp_path: Path) -> None:
    source = make("parquet", {"id": ["a", None], "text": TEXTS[:2]}, tmp_path)
    _docs, rows, problems = collect(iter_table_batches(source, require_ids=True))
    assert rows == [0]
    assert problems == [
        f"{source}: row 1 (row group 0): column 'id' is null and ids are required; row skipped"]
    with pytest.raises(CorpusError, match="no 'id' column and ids are required"):
        list(iter_table_batches(make("pyarrow", {"text": TEXTS[:1]}, tmp_path), require_ids=True))


@pytest.mark.parametrize("data", [b"", b"PAR1", b"not a table at all" * 50, b"PAR1" + b"\0" * 100 + b"PAR1"])
@pytest.mark.parametrize("suffix", [".parquet", ".feather", ".arrow"])
def test_a_file_that_is_no_table_is_named(data: bytes, suffix: str, tmp_path: Path) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(data)
    with pytest.raises(CorpusError, match=rf"^{path}: not a readable (Parquet|Arrow IPC) file \(.+\)$"):
        next(iter_table_batches(path))


def test_a_truncated_parquet_file_is_named(tmp_path: Path) -> None:
    good = make("parquet", {"text": TEXTS}, tmp_path)
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(Path(good).read_bytes()[:-20])
    with pytest.raises(CorpusError, match=rf"^{cut}: not a readable Parquet file"):
        next(iter_table_batches(cut))


def damage_row_group(path: Path, group: int, column: int = 0) -> None:
    """Overwrite the pages of one column chunk of row group ``group`` with garbage."""
    chunk = pq.ParquetFile(path).metadata.row_group(group).column(column)
    start = chunk.dictionary_page_offset or chunk.data_page_offset
    data = bytearray(path.read_bytes())
    data[start : start + chunk.total_compressed_size] = b"\xff" * chunk.total_compressed_size
    path.write_bytes(bytes(data))


def test_a_damaged_row_group_is_named_and_the_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"text": TEXTS[:6]}), path, row_group_size=2, compression="NONE")
    damage_row_group(path, 1)
    docs, rows, problems = collect(iter_table_batches(path))
    assert rows == [0, 1, 4, 5]
    assert [d.text for d in docs] == [TEXTS[i] for i in rows]
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: row group 1 (rows 2 to 3) cannot be read (")
    assert problems[0].endswith("); its rows skipped")
    assert problems[0].isprintable()


@pytest.mark.parametrize("stream", [False, True])
def test_a_damaged_record_batch_ends_an_arrow_file(stream: bool, tmp_path: Path) -> None:
    path = tmp_path / "t.arrow"
    table = pa.table({"text": TEXTS[:6]})
    new = pa.ipc.new_stream if stream else pa.ipc.new_file
    with pa.OSFile(str(path), "wb") as sink, new(sink, table.schema) as writer:
        starts = []
        for batch in table.to_batches(max_chunksize=2):
            starts.append(sink.tell())
            writer.write_batch(batch)
    data = bytearray(path.read_bytes())
    data[starts[1] + 8 : starts[1] + 40] = b"\x07" * 32  # the message of record batch 1
    path.write_bytes(bytes(data))
    _docs, rows, problems = collect(iter_table_batches(path))
    assert rows == [0, 1]
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: record batch 1 (rows from 2 on) cannot be read (")
    assert problems[0].endswith("); the rest of the file skipped")


def test_bad_arguments_and_objects_are_refused(tmp_path: Path) -> None:
    table = make("pyarrow", {"text": TEXTS[:1]}, tmp_path)
    for bad in (0, -1, 2.0, True):
        with pytest.raises(ConfigError, match="batch_rows must be a positive integer"):
            next(iter_table_batches(table, batch_rows=bad))
    with pytest.raises(CorpusError, match=r"pyarrow\.RecordBatch .*Table\.from_batches"):
        next(iter_table_batches(table.to_batches()[0]))
    (tmp_path / "t.csv").write_text("text\nx\n")
    with pytest.raises(CorpusError, match=r"not a table file \(the extensions read as tables: \.arrow"):
        next(iter_table_batches(tmp_path / "t.csv"))
    with pytest.raises(CorpusError, match="cannot read"):
        next(iter_table_batches(tmp_path / "absent.parquet"))
    pd = pytest.importorskip("pandas")
    with pytest.raises(CorpusError, match=r"pandas\.Series .*to_frame\('text'\)"):
        next(iter_table_batches(pd.Series(["x"])))


def test_polars_lazy_frames_and_dataset_dicts_say_what_to_do() -> None:
    pl = pytest.importorskip("polars")
    with pytest.raises(CorpusError, match=r"polars\.LazyFrame.*collect\(\)"):
        next(iter_table_batches(pl.DataFrame({"text": ["x"]}).lazy()))
    datasets = pytest.importorskip("datasets")
    with pytest.raises(CorpusError, match=r"DatasetDict.*dataset\['train'\]"):
        next(iter_table_batches(datasets.DatasetDict({"train": datasets.Dataset.from_dict({"text": ["x"]})})))


def test_a_missing_library_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make("parquet", {"text": TEXTS[:2]}, tmp_path)
    (tmp_path / "a.txt").write_text(TEXTS[3])
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.setitem(sys.modules, name, None)  # an import of it now fails
    with pytest.raises(ConfigError, match=r"needs pyarrow: pip install 'syndetect\[parquet\]'"):
        next(iter_table_batches(path))
    read = read_corpus(tmp_path)  # in a folder: that file is skipped, the others are read
    assert [d.id for d in read.documents] == ["a.txt"]
    assert [str(p) for p in read.problems] == [
        f"{path}: reading Parquet and Arrow files needs pyarrow: pip install 'syndetect[parquet]'; skipped"
    ]


def test_a_subclass_of_a_frame_is_read_as_the_frame() -> None:
    pd = pytest.importorskip("pandas")

    class Articles(pd.DataFrame):  # a library's own frame type (geopandas, say) defined elsewhere
        pass

    frame = Articles({"text": TEXTS[:2]})
    assert type(frame).__module__ == __name__
    docs, rows, problems = collect(iter_table_batches(frame))
    assert (rows, problems) == ([0, 1], [])
    assert [d.id for d in docs] == ["0", "1"]
    assert [d.text for d in read_corpus(frame).documents] == TEXTS[:2]
