"""Error paths and what the reports carry (issue 14): every failure is one clean line with the right exit
status, a scan that reads nothing fails, CSV dialects, unreadable inputs, pair metadata, HTML --max-pairs.
These run the real scan on small corpora built from the seed articles."""

from __future__ import annotations

import builtins
import csv
import io
import json
import re
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import syndetect.io.corpus
from syndetect.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"
WIRE = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
OTHER = next(SEEDS.glob("003_*.txt")).read_text(encoding="utf-8")


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def one_error_line(result: Result) -> str:
    """The last stderr line, checked to be a clean ``Error: ...`` with no traceback anywhere."""
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("Error: ")
    return line


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------------
# Item 5: a scan in which every input was skipped fails and names the likely cause


def test_every_record_skipped_exits_1_naming_the_fields_found(tmp_path: Path) -> None:
    data = _jsonl(tmp_path / "dump.jsonl", [{"id": str(i), "body": WIRE, "title": "t"} for i in range(24)])
    result = run("scan", str(data))
    assert result.exit_code == 1
    assert one_error_line(result) == (
        "Error: no documents to scan: every input was skipped (24 problems listed above); 24 records or "
        "CSV files had no 'text' field (fields found: id, body, title); name the text field with "
        "--text-field"
    )
    assert result.stderr.count("no 'text' field (fields: id, body, title); skipped") == 24
    assert result.stdout == ""
    assert run("scan", str(data), "--text-field", "body", "-q").exit_code == 0


def test_every_file_skipped_names_the_most_common_reason(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("   \n", encoding="utf-8")
    result = run("scan", str(tmp_path))
    assert result.exit_code == 1
    assert one_error_line(result).endswith("the most common: empty (no text); skipped (2 times)")


def test_a_directory_without_corpus_files_exits_1(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    result = run("scan", str(tmp_path))
    assert result.exit_code == 1
    assert "no documents in" in one_error_line(result)
    assert "no files with the extensions" in one_error_line(result)


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.jsonl", ""), ("blank.jsonl", "\n\n"), ("header.csv", "id,text\n"), ("empty.json", "[]")],
)
def test_files_that_hold_no_records_are_named_as_such(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = run("scan", str(tmp_path / name))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "1 file read, holding no records" in line
    assert "no files with the extensions" not in line


def test_an_empty_parquet_table_holds_no_records(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}),
                   tmp_path / "t.parquet")
    result = run("scan", str(tmp_path))
    assert result.exit_code == 1
    assert "1 file read, holding no records" in one_error_line(result)


def test_index_add_of_nothing_exits_1(tmp_path: Path) -> None:
    data = _jsonl(tmp_path / "dump.jsonl", [{"id": "1", "body": WIRE}])
    result = run("index", "add", str(tmp_path / "x.db"), str(data))
    assert result.exit_code == 1
    assert "name the text field with --text-field" in one_error_line(result)
    assert not (tmp_path / "x.db").exists()


# --------------------------------------------------------------------------------------------------
# Item 6: wording


def test_json_decode_error_reads_naturally(tmp_path: Path) -> None:
    data = tmp_path / "r.jsonl"
    data.write_text('{"id": "x", "text": "a\tb"}\n' + json.dumps({"id": "y", "text": WIRE}) + "\n")
    result = run("scan", str(data), "-q")
    assert result.exit_code == 0
    assert f"{data}:1: invalid JSON (Invalid control character at column 23); line skipped" in result.stderr
    assert " at at " not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--min-words", "0"), "Error: --min-words must be an integer in [1, 100000], got 0"),
        (("-k", "99"), "Error: --shingle-size must be an integer in [1, 64], got 99"),
        (("--threshold", "0"), "Error: --threshold must be a number in (0.0, 1.0], got 0.0"),
        (("--boilerplate-df", "1"), "Error: --boilerplate-df must be an integer in [2, 1000000000], got 1"),
    ],
)
def test_range_errors_name_the_option_typed(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    result = run("scan", str(tmp_path), *args)
    assert result.exit_code == 2
    assert one_error_line(result).startswith(message)


def test_index_add_range_error_names_the_option(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    result = run("index", "add", str(tmp_path / "x.db"), str(tmp_path / "a.txt"), "--min-words", "0")
    assert result.exit_code == 2
    assert one_error_line(result).startswith("Error: --min-words must be")


# --------------------------------------------------------------------------------------------------
# Item 4: an unreachable Dask scheduler


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_scheduler_is_one_line_after_the_timeout(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    address = f"tcp://127.0.0.1:{_closed_port()}"
    result = run(
        "scan", str(tmp_path), "--engine", "dask", "--scheduler", address, "--scheduler-timeout", "0.5"
    )
    assert result.exit_code == 1
    line = one_error_line(result)
    assert line.startswith(f"Error: cannot reach the Dask scheduler {address!r}: ")
    assert line.endswith("check the address and that the scheduler runs, or raise --scheduler-timeout")


# --------------------------------------------------------------------------------------------------
# Item 7: pair records carry each side's source, date and URL


def _metadata_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    (root / "reuters").mkdir(parents=True)
    (root / "reuters" / "wire.txt").write_text(WIRE, encoding="utf-8")
    _jsonl(root / "papers.jsonl", [
        {"id": "p1", "text": "Local paper. " + WIRE, "source": "gazette", "date": "2020-01-06",
         "url": "https://gazette.example/p1"},
        {"id": "p2", "text": OTHER},
    ])  # fmt: skip
    return root


def test_jsonl_pairs_carry_source_date_and_url(tmp_path: Path) -> None:
    root = _metadata_corpus(tmp_path)
    result = run("scan", str(root), "--source-from", "dir", "-f", "jsonl", "-q")
    assert result.exit_code == 0, result.output
    (pair,) = [r for r in map(json.loads, result.stdout.splitlines()) if r["type"] == "pair"]
    sides = {k: pair[k] for k in ("a", "b", "a_source", "b_source", "a_date", "b_date", "a_url", "b_url")}
    assert sides == {
        "a": "p1", "a_source": "gazette", "a_date": "2020-01-06", "a_url": "https://gazette.example/p1",
        "b": "reuters/wire.txt", "b_source": "reuters", "b_date": None, "b_url": None,
    }  # fmt: skip


def test_csv_pairs_carry_source_date_and_url(tmp_path: Path) -> None:
    root = _metadata_corpus(tmp_path)
    result = run("scan", str(root), "--source-from", "dir", "-f", "csv", "-q")
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["a_source"], row["b_source"], row["a_date"], row["b_date"], row["a_url"], row["b_url"]) == (
        "gazette", "reuters", "2020-01-06", "", "https://gazette.example/p1", "",
    )  # fmt: skip


# --------------------------------------------------------------------------------------------------
# Item 8: CSV dialects; an unreadable file named directly is skipped like one inside a directory


def _csv(path: Path, delimiter: str) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(["id", "text"])
        writer.writerow(["w", WIRE])
        writer.writerow(["c", "Copied; " + WIRE])
    return path


@pytest.mark.parametrize("delimiter", [";", "\t", "|", ","])
def test_csv_delimiter_is_found_from_the_header(tmp_path: Path, delimiter: str) -> None:
    data = _csv(tmp_path / "rows.csv", delimiter)
    result = run("scan", str(data), "-f", "jsonl", "-q")
    assert result.exit_code == 0, result.output
    (pair,) = [r for r in map(json.loads, result.stdout.splitlines()) if r["type"] == "pair"]
    assert (pair["a"], pair["b"]) == ("w", "c")


def test_csv_delimiter_option(tmp_path: Path) -> None:
    data = _csv(tmp_path / "rows.csv", ";")
    assert run("scan", str(data), "-q", "--csv-delimiter", ";").exit_code == 0
    wrong = run("scan", str(data), "--csv-delimiter", "|")
    assert wrong.exit_code == 1
    assert "no 'text' column (columns: id;text)" in wrong.stderr


@pytest.fixture
def unreadable(monkeypatch: pytest.MonkeyPatch) -> str:
    """Files named ``locked.txt`` cannot be opened (chmod 000 does not stop root, who runs CI)."""
    real_open = builtins.open

    def guarded(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(syndetect.io.corpus, "open", guarded, raising=False)
    return "cannot read (Permission denied); skipped"


def test_unreadable_file_named_directly_is_skipped_as_inside_a_directory(
    tmp_path: Path, unreadable: str
) -> None:
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Copy. " + WIRE, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(OTHER, encoding="utf-8")
    direct = run("scan", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(locked), "-f", "jsonl")
    walked = run("scan", str(tmp_path), "-f", "jsonl")
    for result in (direct, walked):
        assert result.exit_code == 0, result.output
        assert f"{locked}: {unreadable}" in result.stderr
        assert sum(json.loads(x)["type"] == "pair" for x in result.stdout.splitlines()) == 1
    strict = run("scan", str(tmp_path / "a.txt"), str(locked), "--strict")
    assert strict.exit_code == 1
    assert one_error_line(strict) == "Error: 1 input problem (listed above); not scanning because of --strict"


# --------------------------------------------------------------------------------------------------
# Item 9: HTML --max-pairs; every family links to what is shown of it


def _families_corpus(root: Path) -> Path:
    root.mkdir()
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt"))):
        text = seed.read_text(encoding="utf-8")
        (root / f"s{i}.txt").write_text(text, encoding="utf-8")
        (root / f"s{i}-copy.txt").write_text("Republished. " + text, encoding="utf-8")
    return root


def test_html_max_pairs_and_family_links(tmp_path: Path) -> None:
    root = _families_corpus(tmp_path / "c")
    out = tmp_path / "r.html"
    result = run("scan", str(root), "-o", str(out), "--max-pairs", "2", "-q")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    n_pairs = page.count('<tr id="row-')
    assert n_pairs >= 5
    assert page.count('<details class="pair"') == 2
    assert f"Showing the top 2 of {n_pairs} pairs side by side" in page
    table = page[page.index('<section id="families">') : page.index('<section id="pairs">')]
    families = re.findall(r'<td class="id">(<a href="#[^"]+">)?fam-', table)
    assert len(families) >= 4
    assert all(families), "a family without a link"
    for target in re.findall(r'<td class="id"><a href="#([^"]+)">fam-', table):
        assert f'id="{target}"' in page
    run("scan", str(root), "-o", str(out), "--max-pairs", "0", "-q")
    assert out.read_text(encoding="utf-8").count('<details class="pair"') == n_pairs
