"""The CLI on a directory of hostile inputs (issue 14): every bad input is reported on stderr and
skipped or decoded, nothing stops the scan, and every good document's results are exactly those of a
scan of the good documents alone."""

from __future__ import annotations

import builtins
import codecs
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import syndetect.io.corpus
from syndetect.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"
MAX_BYTES = 100_000


def _good(root: Path) -> list[str]:
    """The seed articles plus a copy of one and a JSONL file of records: the documents that matter."""
    root.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for p in seeds:
        shutil.copy(p, root / p.name)
    wire = seeds[0].read_text(encoding="utf-8")
    (root / "zz_copy.txt").write_text("Republished with thanks.\n\n" + wire, encoding="utf-8")
    with (root / "records.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "rec-1", "text": "From the wire: " + wire[:3000]}) + "\n")
    return [p.name for p in seeds] + ["zz_copy.txt", "rec-1"]


def _scan(root: Path) -> tuple[list[dict[str, Any]], str]:
    result = CliRunner().invoke(cli, ["scan", str(root), "-f", "jsonl", "--max-bytes", str(MAX_BYTES)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def _pairs(records: list[dict[str, Any]], ids: set[str]) -> list[dict[str, Any]]:
    out = []
    for r in records:
        if r["type"] == "pair" and r["a"] in ids and r["b"] in ids:
            out.append({k: v for k, v in r.items() if k != "family"})
    return out


def test_hostile_directory_leaves_the_good_documents_results_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = set(_good(tmp_path / "clean"))
    expected, _ = _scan(tmp_path / "clean")
    assert len(_pairs(expected, good)) >= 2  # the seeds' shared passage and the copies

    root = tmp_path / "hostile"
    shutil.copytree(tmp_path / "clean", root)
    (root / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)
    (root / "latin1.txt").write_bytes("Café au lait à la carte, naïveté. Señor Müller.".encode("latin-1"))
    (root / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + "Ein Text in UTF-16 mit Umlauten: äöü.".encode(
        "utf-16-le"))
    (root / "empty.txt").write_bytes(b"")
    (root / "bad.jsonl").write_bytes(b'{"id": "x", "text": "unterminated\n[1, 2]\n\xff\xfe{"id": 3}\n')
    (root / "loop").mkdir()
    os.symlink("..", root / "loop" / "up")
    os.symlink("nowhere.txt", root / "dangling.txt")
    (root / "locked.txt").write_text("secret", encoding="utf-8")
    (root / "huge.txt").write_bytes(b"word " * (MAX_BYTES // 5 + 1))
    (root / "huge.jsonl").write_text(json.dumps({"id": "big", "text": "w " * MAX_BYTES}) + "\n")

    real_open = builtins.open

    def guarded(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith("locked.txt"):  # chmod 000 does not stop root, who runs CI
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(syndetect.io.corpus, "open", guarded, raising=False)
    records, stderr = _scan(root)

    assert _pairs(records, good) == _pairs(expected, good)
    reported = {line.split(":", 1)[0].removeprefix(str(root) + os.sep) for line in stderr.splitlines()}
    for name in ("binary.txt", "latin1.txt", "empty.txt", "bad.jsonl", "loop/up", "dangling.txt",
                 "locked.txt", "huge.txt", "huge.jsonl"):  # fmt: skip
        assert name in reported, (name, stderr)
    summary = records[-1]
    assert summary["type"] == "summary"
    # the good documents, plus the two legacy-encoded texts that decode to something readable
    assert summary["documents"] == len(good) + 2
    assert not any(r["type"] == "pair" and {r["a"], r["b"]} - good for r in records)
