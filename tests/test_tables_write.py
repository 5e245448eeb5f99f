"""Writing tables back: every format keeps the input's columns, types and row order, adds the new
columns aligned to the input rows, keeps only the rows asked for, and never writes over a file it
was not told to (nor ever over its input)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from syndetect.errors import ConfigError, OverwriteError
from syndetect.io.tables import TableWritten, write_table

pa = pytest.importorskip("pyarrow", reason="tables need pyarrow: pip install 'syndetect[parquet]'")
pq = pytest.importorskip("pyarrow.parquet")

N = 7
INPUT = {
    "id": [f"d{i}" for i in range(N)],
    "text": [f"text of row {i}" if i != 3 else None for i in range(N)],
    "n": list(range(100, 100 + N)),
    "when": pa.array([1_700_000_000_000 + i for i in range(N)], pa.timestamp("ms")),
    "tags": [[f"t{i}"] * (i % 3) for i in range(N)],
}
KEEP = np.array([True, False, True, True, False, False, True])
FAMILY = ["f1", None, "f1", None, "f2", "f2", None]
SIMILARITY = np.array([1.0, 0.9, np.nan, 0.5, 0.8, 0.85, np.nan])


def added() -> dict[str, Any]:
    return {"family": FAMILY, "similarity": SIMILARITY, "kept": KEEP.copy()}


def expect_rows(table: Any, keep: np.ndarray | None) -> None:
    """``table`` (pyarrow) has the input's columns then the added ones, for the rows kept, in order."""
    rows = np.flatnonzero(keep) if keep is not None else np.arange(N)
    source = pa.table(INPUT)
    assert table.column_names == [*source.column_names, "family", "similarity", "kept"]
    for name in source.column_names:
        assert table.schema.field(name).type == source.schema.field(name).type
        assert table.column(name).to_pylist() == [source.column(name)[int(r)].as_py() for r in rows]
    assert table.column("family").to_pylist() == [FAMILY[r] for r in rows]
    assert table.column("similarity").to_pylist() == [None if np.isnan(SIMILARITY[r]) else SIMILARITY[r]
                                                      for r in rows]
    assert table.column("kept").to_pylist() == KEEP[rows].tolist()


def write_input(path: Path, row_group: int = 2) -> Path:
    table = pa.table(INPUT)
    if path.suffix == ".parquet":
        pq.write_table(table, path, row_group_size=row_group)
    else:
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
            for batch in table.to_batches(max_chunksize=row_group):
                writer.write_batch(batch)
    return path


def read_back(path: Path) -> Any:
    if path.suffix == ".parquet":
        return pq.read_table(path)
    return pa.ipc.open_file(str(path)).read_all()


@pytest.mark.parametrize("source_suffix", [".parquet", ".feather", ".arrow"])
@pytest.mark.parametrize("dest_suffix", [".parquet", ".feather", ".out"])
@pytest.mark.parametrize("keep", [None, KEEP])
def test_a_file_is_written_back_with_added_columns(
    source_suffix: str, dest_suffix: str, keep: np.ndarray | None, tmp_path: Path
) -> None:
    source = write_input(tmp_path / f"in{source_suffix}")
    dest = tmp_path / f"out{dest_suffix}"
    before = source.read_bytes()
    result = write_table(source, dest, added(), keep, batch_rows=3)
    assert result == TableWritten(str(dest), int(KEEP.sum()) if keep is not None else N, [])
    assert source.read_bytes() == before
    as_format = dest if dest_suffix != ".out" else dest.rename(dest.with_suffix(source_suffix))
    expect_rows(read_back(as_format), keep)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_pandas_reads_a_parquet_file_written_back(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": ["x", "y", None], "score": [1.5, 2.5, 3.5]})
    source = tmp_path / "in.parquet"
    frame.to_parquet(source)
    write_table(source, tmp_path / "out.parquet", {"family": ["f", None, "f"]}, np.array([True, False, True]))
    back = pd.read_parquet(tmp_path / "out.parquet")
    assert back.columns.tolist() == ["id", "text", "score", "family"]
    assert back["id"].tolist() == ["a", "c"]
    assert back["score"].tolist() == [1.5, 3.5]
    assert back["family"].tolist() == ["f", "f"]
    assert back.dtypes["score"] == frame.dtypes["score"]


def in_memory(kind: str) -> Any:
    if kind != "pyarrow" and importlib.util.find_spec(kind) is None:
        pytest.skip(f"{kind} is not installed")
    table = pa.table(INPUT)
    if kind == "pandas":
        frame = table.to_pandas()
        frame.index = [f"r{i}" for i in range(N)]  # an index of its own, kept for the rows kept
        return frame
    if kind == "polars":
        import polars as pl

        return pl.from_arrow(table)
    if kind == "datasets":
        import datasets

        return datasets.Dataset(table)
    return table


def as_arrow(kind: str, obj: Any) -> Any:
    if kind == "pandas":
        return pa.Table.from_pandas(obj, preserve_index=False, schema=None)
    if kind == "polars":
        return obj.to_arrow()
    if kind == "datasets":
        return obj.with_format("arrow")[:]
    return obj


@pytest.mark.parametrize("kind", ["pyarrow", "pandas", "polars", "datasets"])
@pytest.mark.parametrize("keep", [None, KEEP])
def test_an_in_memory_table_gives_a_table_of_its_kind(kind: str, keep: np.ndarray | None) -> None:
    source = in_memory(kind)
    out = write_table(source, None, added(), keep)
    assert type(out) is type(source)
    rows = np.flatnonzero(keep) if keep is not None else np.arange(N)
    table = as_arrow(kind, out)
    assert table.column_names == [*INPUT, "family", "similarity", "kept"]
    assert table.column("id").to_pylist() == [INPUT["id"][r] for r in rows]
    assert table.column("family").to_pylist() == [FAMILY[r] for r in rows]
    assert table.column("kept").to_pylist() == KEEP[rows].tolist()
    if kind == "pandas":
        assert out.index.tolist() == [f"r{r}" for r in rows]
        assert np.isnan(out["similarity"].to_numpy()).tolist() == np.isnan(SIMILARITY[rows]).tolist()
    assert as_arrow(kind, source).num_rows == N  # the input is left as it was


@pytest.mark.parametrize("kind", ["pyarrow", "pandas", "polars", "datasets"])
def test_an_in_memory_table_is_written_to_a_file(kind: str, tmp_path: Path) -> None:
    write_table(in_memory(kind), tmp_path / "out.parquet", added(), KEEP)
    table = pq.read_table(tmp_path / "out.parquet")
    expect = pa.table(INPUT)
    assert table.column_names == [*expect.column_names, "family", "similarity", "kept"]
    assert table.column("id").to_pylist() == [INPUT["id"][r] for r in np.flatnonzero(KEEP)]
    assert table.column("family").to_pylist() == [FAMILY[r] for r in np.flatnonzero(KEEP)]


def test_an_empty_table_is_written_with_its_columns(tmp_path: Path) -> None:
    empty = pa.table(INPUT).slice(0, 0)
    source = tmp_path / "in.parquet"
    pq.write_table(empty, source)
    columns = {"family": np.array([], dtype=object), "similarity": np.array([], dtype=np.float64)}
    assert write_table(source, tmp_path / "out.parquet", columns, np.zeros(0, bool)).rows == 0
    back = pq.read_table(tmp_path / "out.parquet")
    assert back.num_rows == 0
    assert back.column_names == [*INPUT, "family", "similarity"]
    assert back.schema.field("similarity").type == pa.float64()
    assert write_table(empty, None, columns).column_names == [*INPUT, "family", "similarity"]


def test_existing_files_and_the_input_are_never_written_over(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.parquet")
    before = source.read_bytes()
    dest = tmp_path / "out.parquet"
    dest.write_bytes(b"the user's file")
    with pytest.raises(OverwriteError, match=r"out\.parquet exists; pass overwrite=True"):
        write_table(source, dest, added())
    assert dest.read_bytes() == b"the user's file"
    write_table(source, dest, added(), overwrite=True)
    assert read_back(dest).num_rows == N
    for same in (source, tmp_path / "." / "in.parquet"):
        with pytest.raises(ConfigError, match="is the input table; write to another file"):
            write_table(source, same, added(), overwrite=True)
    (tmp_path / "link.parquet").symlink_to(source)
    with pytest.raises(ConfigError, match="is the input table"):
        write_table(source, tmp_path / "link.parquet", added(), overwrite=True)
    with pytest.raises(ConfigError, match="is a directory"):
        write_table(source, tmp_path, added(), overwrite=True)
    with pytest.raises(ConfigError, match=r"the directory .*absent does not exist; create it first"):
        write_table(source, tmp_path / "absent" / "out.parquet", added())
    assert source.read_bytes() == before


def test_bad_columns_and_masks_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.parquet")
    dest = tmp_path / "out.parquet"
    cases: list[tuple[dict[str, Any], Any, str]] = [
        ({"family": FAMILY[:-1]}, None, r"column 'family' has 6 values but .* has 7 rows"),
        ({"text": FAMILY}, None, r"column 'text' is already in .*in\.parquet"),
        ({"mixed": [1, "a", None, 2, 3, 4, 5]}, None, "column 'mixed' cannot be stored in a table"),
        ({}, KEEP[:-1], r"keep must be a boolean array of one value per input row \(7\)"),
        ({}, KEEP.astype(int), "keep must be a boolean array"),
    ]
    for columns, keep, message in cases:
        with pytest.raises(ConfigError, match=message):
            write_table(source, dest, columns, keep)
        assert not dest.exists()
    with pytest.raises(ConfigError, match=r"cannot tell the format of .*out\.txt"):
        write_table(pa.table(INPUT), tmp_path / "out.txt", {})
    with pytest.raises(ConfigError, match="is a file: give write_table a destination path"):
        write_table(source, None, {})


def test_a_damaged_row_group_is_left_out_and_reported(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": [f"row {i} " * 30 for i in range(6)]}), source, row_group_size=2,
                   compression="NONE")
    chunk = pq.ParquetFile(source).metadata.row_group(1).column(0)
    start = chunk.dictionary_page_offset or chunk.data_page_offset
    data = bytearray(source.read_bytes())
    data[start : start + chunk.total_compressed_size] = b"\xff" * chunk.total_compressed_size
    source.write_bytes(bytes(data))
    result = write_table(source, tmp_path / "out.parquet", {"row": np.arange(6)})
    assert result.rows == 4
    (problem,) = result.problems
    assert problem.path == str(source)
    assert problem.reason.startswith("row group 1 (rows 2 to 3) cannot be read (")
    assert pq.read_table(tmp_path / "out.parquet").column("row").to_pylist() == [0, 1, 4, 5]
