"""Document ids (issue 14): paths relative to the deepest common parent of the inputs, so files of
different folders never collide, ids stay short, and the same inputs always give the same ids."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from syndetect.cli import cli
from syndetect.io.corpus import read_corpus
from syndetect.io.records import Fields

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"
WIRE = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
OTHER = next(SEEDS.glob("003_*.txt")).read_text(encoding="utf-8")


@pytest.fixture
def outlets(tmp_path: Path) -> Path:
    """Two outlets' folders that both name a file a.txt; d2/a.txt is a 100% copy of d1/a.txt."""
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "d2" / "b.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


def _scan(*paths: str) -> tuple[list[tuple[str, str]], str]:
    result = CliRunner().invoke(cli, ["scan", *paths, "-f", "jsonl", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return [(r["a"], r["b"]) for r in records if r["type"] == "pair"], result.stderr


@pytest.mark.parametrize("args", [("d1", "d2"), ("d1/a.txt", "d2/a.txt")])
def test_same_name_in_two_folders_does_not_collide_and_the_copy_is_found(
    outlets: Path, args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(outlets)
    pairs, stderr = _scan(*args)
    assert pairs == [("d1/a.txt", "d2/a.txt")]
    assert "duplicate id" not in stderr


def test_ids_are_relative_to_the_deepest_common_parent(outlets: Path) -> None:
    def ids(*paths: Path) -> list[str]:
        return [d.id for d in read_corpus(paths).documents]

    assert ids(outlets / "d2") == ["a.txt", "b.txt"]  # one directory: as before
    assert ids(outlets / "d2" / "b.txt") == ["b.txt"]  # one file: its name
    assert ids(outlets / "d2" / "a.txt", outlets / "d2" / "b.txt") == ["a.txt", "b.txt"]
    assert ids(outlets / "d1", outlets / "d2") == ["d1/a.txt", "d2/a.txt", "d2/b.txt"]
    assert ids(outlets) == ["d1/a.txt", "d2/a.txt", "d2/b.txt"]
    assert ids(outlets / "d1", outlets / "d2" / "b.txt") == ["d1/a.txt", "d2/b.txt"]


def test_ids_do_not_depend_on_how_the_paths_are_spelled(
    outlets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    absolute = [d.id for d in read_corpus([outlets / "d1", outlets / "d2"]).documents]
    monkeypatch.chdir(outlets / "d1")
    relative = [d.id for d in read_corpus(["../d1", os.path.join("..", "d2", "")]).documents]
    assert relative == absolute
    again = [d.id for d in read_corpus([outlets / "d1", outlets / "d2"]).documents]
    assert again == absolute  # stable when the same folders are scanned again


def test_record_ids_are_unchanged(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
    (tmp_path / "x" / "r.jsonl").write_text(json.dumps({"uid": "story-1", "text": WIRE}) + "\n")
    (tmp_path / "y" / "r.jsonl").write_text(json.dumps({"text": WIRE}) + "\n")
    read = read_corpus([tmp_path / "x", tmp_path / "y"], fields=Fields(id="uid"))
    assert [d.id for d in read.documents] == ["story-1", "y/r.jsonl:1"]
