"""`syndetect index add|query|remove|stats` end to end through click."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

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
