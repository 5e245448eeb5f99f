"""`syndetect index add|query|remove|stats` end to end through click."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from syndetect.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def test_index_add_query_remove_stats(tmp_path: Path) -> None:
    runner = CliRunner()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        if not p.name.startswith("001"):
            shutil.copy(p, corpus / p.name)
    query = tmp_path / "query"
    query.mkdir()
    shutil.copy(next(SEEDS.glob("001_*.txt")), query)
    db = tmp_path / "news.db"

    added = runner.invoke(cli, ["index", "add", str(db), str(corpus)])
    assert added.exit_code == 0, added.output
    assert "4 added" in added.output

    stats = runner.invoke(cli, ["index", "stats", str(db), "--json"])
    assert stats.exit_code == 0
    assert json.loads(stats.output)["documents"] == 4

    found = runner.invoke(cli, ["index", "query", str(db), str(query), "--format", "jsonl", "-q"])
    assert found.exit_code == 0, found.output
    records = [json.loads(line) for line in found.output.splitlines()]
    (pair,) = [r for r in records if r["type"] == "pair"]
    assert pair["a"].startswith("001")
    assert pair["b"].startswith("000")
    assert pair["passages"]
    (family,) = [r for r in records if r["type"] == "family"]
    assert sorted(m[:3] for m in family["members"]) == ["000", "001"]
    # the query's provenance: 001 credits Reuters ("Reuters reports:"), the indexed 000 does not
    assert (pair["agency"], pair["a_status"], pair["b_status"]) == ("Reuters", "credited", "uncredited")
    assert family["source_agency"] == "Reuters"
    (edit,) = [r for r in records if r["type"] == "edit"]
    assert (edit["source"][:3], edit["copy"][:3], edit["typographic"]) == ("000", "001", 7)

    # querying does not change the index; --fail-on-match signals a match
    flagged = runner.invoke(cli, ["index", "query", str(db), str(query), "-q", "--fail-on-match"])
    assert flagged.exit_code == 3
    assert json.loads(runner.invoke(cli, ["index", "stats", str(db), "--json"]).output)["documents"] == 4

    removed = runner.invoke(cli, ["index", "remove", str(db), "000_79d74e17df7d25ae.txt", "nope"])
    assert removed.exit_code == 0
    assert "nope: not in" in removed.output
    again = runner.invoke(cli, ["index", "query", str(db), str(query), "--format", "jsonl", "-q"])
    assert [json.loads(x)["type"] for x in again.output.splitlines()] == ["summary"]


def test_index_commands_on_a_file_that_is_not_an_index(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("my notes, not a database\n")
    result = CliRunner().invoke(cli, ["index", "stats", str(bogus)])
    assert result.exit_code == 1
    assert str(bogus) in result.output
    assert bogus.read_text() == "my notes, not a database\n"


def _seed(name_prefix: str) -> Path:
    return next(SEEDS.glob(f"{name_prefix}_*.txt"))


def test_query_reports_a_reused_id_and_still_finds_the_copy_of_the_indexed_document(tmp_path: Path) -> None:
    batch1 = tmp_path / "batch1"
    batch1.mkdir()
    shutil.copy(_seed("000"), batch1 / "d00005.txt")
    shutil.copy(_seed("002"), batch1 / "d00006.txt")
    query = tmp_path / "query"
    query.mkdir()
    shutil.copy(_seed("000"), query / "copy_of_b1_5.txt")  # byte-identical copy of the indexed d00005
    shutil.copy(_seed("004"), query / "d00005.txt")  # an unrelated story that reuses the name
    db = tmp_path / "news.db"
    assert CliRunner().invoke(cli, ["index", "add", str(db), str(batch1), "-q"]).exit_code == 0

    found = CliRunner().invoke(cli, ["index", "query", str(db), str(query), "--format", "jsonl", "-q"])
    assert found.exit_code == 0, found.output
    assert found.stderr.splitlines() == [
        "d00005.txt: an indexed document has the same id; both are compared by text like any other, "
        "the indexed one named 'index:d00005.txt'"
    ]
    records = [json.loads(line) for line in found.stdout.splitlines()]
    (pair,) = [r for r in records if r["type"] == "pair"]
    assert (pair["a"], pair["b"]) == ("copy_of_b1_5.txt", "index:d00005.txt")
    assert pair["containment_a"] > 0.99
    assert pair["passages"][0]["text"] in _seed("000").read_text(encoding="utf-8")
    assert records[-1]["same_ids"] == ["d00005.txt"]


def test_add_to_a_read_only_index_is_one_clean_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "new"
    corpus.mkdir()
    shutil.copy(_seed("000"), corpus)
    db = tmp_path / "ro.db"
    assert CliRunner().invoke(cli, ["index", "add", str(db), str(corpus), "-q"]).exit_code == 0
    before = db.read_bytes()
    shutil.copy(_seed("001"), corpus)
    connect = sqlite3.connect

    def read_only(path: object, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        # what a read-only file gives a process without root's right to write anyway
        conn: sqlite3.Connection = connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)
        return conn

    monkeypatch.setattr(sqlite3, "connect", read_only)
    result = CliRunner().invoke(cli, ["index", "add", str(db), str(corpus), "-q"])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr == (
        f"Error: cannot write to index {str(db)!r} (attempt to write a readonly database): the file or its "
        "directory is read-only; check their permissions, or copy the index somewhere writable. Nothing "
        "was changed\n"
    )
    assert db.read_bytes() == before
