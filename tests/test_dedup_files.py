"""syndetect.dedup and ``syndetect dedup`` on files: the output keeps every field and the input
order, bad records are reported with file and line and copied unchanged, nothing is overwritten."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import syndetect
from syndetect.cli import cli
from syndetect.deduplication.records import MARK_NAMES
from syndetect.errors import OverwriteError
from syndetect.testing.dups import DupCorpus, dup_corpus


@pytest.fixture(scope="module")
def corpus() -> DupCorpus:
    return dup_corpus(200, seed=9)


def _jsonl(path: Path, corpus: DupCorpus, extra: list[bytes] = ()) -> list[bytes]:  # type: ignore[assignment]
    lines = [
        json.dumps(
            {"uid": d.id, "body": d.text, "n": i, "tags": ["a", {"b": None}], "score": 1.5e-7},
            ensure_ascii=False,
        ).encode()
        + b"\n"
        for i, d in enumerate(corpus.documents)
    ]
    lines[3:3] = list(extra)
    path.write_bytes(b"".join(lines))
    return lines


BAD = [
    (b'{"uid": "x", "other": "no body"}\n', "no 'body' field"),
    (b'{"uid": "x", "body": null}\n', "no 'body' field"),
    (b'{"uid": "x", "body": 42}\n', "field 'body' is int"),
    (b'{"uid": "x", "body": ["a list"]}\n', "field 'body' is list"),
    (b"{not json\n", "invalid JSON"),
    (b'["an", "array"]\n', "expected a JSON object"),
]


@pytest.mark.parametrize(("bad", "reason"), BAD)
def test_a_bad_record_is_named_by_file_and_line_copied_unchanged_and_the_rest_goes_on(
    tmp_path: Path, corpus: DupCorpus, bad: bytes, reason: str
) -> None:
    src = tmp_path / "in.jsonl"
    lines = _jsonl(src, corpus, [bad])
    result = syndetect.dedup(
        src, tmp_path / "out.jsonl", fields=syndetect.io.corpus.Fields(id="uid", text="body")
    )
    assert [(p.path, p.line) for p in result.problems] == [(str(src), 4)]
    assert reason in result.problems[0].reason
    assert result.kept_index.tolist() == corpus.kept["first"]
    out = (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)
    expected = [line for i, line in enumerate(lines) if line == bad or result.kept[i - (i > 3)]]
    assert out == expected


def test_drop_mode_copies_the_kept_lines_byte_for_byte_in_input_order(
    tmp_path: Path, corpus: DupCorpus
) -> None:
    src = tmp_path / "in.jsonl"
    lines = _jsonl(src, corpus)
    fields = syndetect.io.corpus.Fields(id="uid", text="body")
    result = syndetect.dedup(
        src, tmp_path / "out.jsonl", fields=fields, config=syndetect.DedupConfig(keep="longest")
    )
    out = (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)
    assert out == [
        line for line, k in zip(lines, corpus.kept["longest"], strict=True) if k == lines.index(line)
    ]
    assert len(out) == len(lines) - len(corpus.dropped("longest")) < len(lines)
    assert result.outputs == (str(tmp_path / "out.jsonl"),)


def test_mark_mode_keeps_every_record_with_its_fields_and_adds_the_marks(
    tmp_path: Path, corpus: DupCorpus
) -> None:
    src = tmp_path / "in.jsonl"
    lines = _jsonl(src, corpus)
    names = ("fam", "keep", "why", "kept_as", "sim")
    syndetect.dedup(
        src,
        tmp_path / "out.jsonl",
        fields=syndetect.io.corpus.Fields(id="uid", text="body"),
        mode="mark",
        mark_names=names,
    )
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert len(out) == len(lines)
    for i, (line, obj) in enumerate(zip(lines, out, strict=True)):
        original = json.loads(line)
        assert {k: obj[k] for k in original} == original
        assert list(obj)[len(original) :] == list(names)
        kept = corpus.kept["first"][i]
        assert obj["keep"] == (kept == i)
        assert obj["why"] == corpus.reason["first"][i]
        assert obj["kept_as"] == corpus.documents[kept].id
        assert (obj["sim"] is None) == (kept == i)


def test_a_mark_named_like_an_existing_field_replaces_it(tmp_path: Path) -> None:
    text = "one two three four five six seven eight nine ten eleven twelve"
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"text": text, "dedup_reason": "old"}) + "\n" + json.dumps({"text": text}) + "\n"
    )
    syndetect.dedup(src, tmp_path / "out.jsonl", mode="mark")
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [o["dedup_reason"] for o in out] == ["kept", "exact"]


def test_csv_keeps_its_columns_and_delimiter_and_gains_the_marks(tmp_path: Path, corpus: DupCorpus) -> None:
    src = tmp_path / "in.csv"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["id", "text", "date", "note"])
        for i, d in enumerate(corpus.documents):
            w.writerow([d.id, d.text, d.date or "", f"n{i}"])
        w.writerow(["bad", "", "", "empty text"])
    result = syndetect.dedup(
        src, tmp_path / "marked.csv", mode="mark", config=syndetect.DedupConfig(keep="earliest")
    )
    assert [p.reason for p in result.problems] == ["empty text; skipped"]
    with open(tmp_path / "marked.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["id", "text", "date", "note", *MARK_NAMES]
    assert [r[3] for r in rows[1:-1]] == [f"n{i}" for i in range(len(corpus.documents))]
    assert rows[-1] == ["bad", "", "", "empty text"]
    assert [r[6] for r in rows[1:-1]] == corpus.reason["earliest"]
    syndetect.dedup(src, tmp_path / "kept.csv")
    with open(tmp_path / "kept.csv", newline="", encoding="utf-8") as fh:
        kept = list(csv.reader(fh, delimiter=";"))
    assert [r[0] for r in kept[1:-1]] == [
        d.id for i, d in enumerate(corpus.documents) if corpus.kept["first"][i] == i
    ]


def test_a_folder_of_texts_keeps_the_survivors_files_or_writes_marks(
    tmp_path: Path, corpus: DupCorpus
) -> None:
    src = tmp_path / "texts"
    (src / "sub").mkdir(parents=True)
    docs = corpus.documents[:60]
    for i, d in enumerate(docs):
        (src / ("sub" if i % 2 else "") / f"{d.id}.txt").write_text(d.text, encoding="utf-8")
    result = syndetect.dedup(src, tmp_path / "out")
    kept = {Path(p).name for p in result.outputs}
    assert kept == {f"{result.ids[i].rsplit('/', 1)[-1]}" for i in range(len(result)) if result.kept[i]}
    assert len(kept) < len(docs)
    for path in result.outputs:
        rel = Path(path).relative_to(tmp_path / "out")
        assert (src / rel).read_bytes() == Path(path).read_bytes()
    marked = syndetect.dedup(src, tmp_path / "marks", mode="mark")
    lines = (tmp_path / "marks" / "dedup-marks.jsonl").read_text().splitlines()
    assert [json.loads(x)["dedup_reason"] for x in lines] == [d.reason for d in marked.decisions()]


def test_nothing_is_written_onto_an_input_or_an_existing_output(tmp_path: Path, corpus: DupCorpus) -> None:
    src = tmp_path / "in.jsonl"
    _jsonl(src, corpus)
    before = src.read_bytes()
    fields = syndetect.io.corpus.Fields(id="uid", text="body")
    with pytest.raises(OverwriteError, match="input"):
        syndetect.dedup(src, src, fields=fields, overwrite=True)
    (tmp_path / "out.jsonl").write_text("mine\n")
    with pytest.raises(OverwriteError, match="exists"):
        syndetect.dedup(src, tmp_path / "out.jsonl", fields=fields)
    assert (tmp_path / "out.jsonl").read_text() == "mine\n"
    with pytest.raises(OverwriteError, match="inside the input"):
        syndetect.dedup(tmp_path, tmp_path / "new", fields=fields)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(OverwriteError, match="not empty"):
        syndetect.dedup([src, src.parent / "full" / "x"], tmp_path / "full", fields=fields)
    syndetect.dedup(src, tmp_path / "out.jsonl", fields=fields, overwrite=True)
    assert (tmp_path / "out.jsonl").read_text() != "mine\n"
    assert src.read_bytes() == before


def test_the_command_writes_the_copy_and_prints_the_statistics(tmp_path: Path, corpus: DupCorpus) -> None:
    src = tmp_path / "in.jsonl"
    _jsonl(src, corpus, [BAD[2][0]])
    runner = CliRunner()
    args = [
        "dedup",
        str(src),
        "-o",
        str(tmp_path / "out.jsonl"),
        "--text-field",
        "body",
        "--id-field",
        "uid",
        "--keep",
        "complete",
    ]
    res = runner.invoke(cli, args)
    assert res.exit_code == 0, res.output
    assert f"{src}:4: field 'body' is int" in res.output
    expected = syndetect.dedup(
        src,
        fields=syndetect.io.corpus.Fields(id="uid", text="body"),
        config=syndetect.DedupConfig(keep="complete"),
    )
    assert f"near       {expected.stats.by_reason['near']}" in res.output
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == expected.stats.kept + 1
    again = runner.invoke(cli, args)
    assert again.exit_code == 1
    assert "exists" in again.output
    bad = runner.invoke(cli, ["dedup", str(src), "-o", str(tmp_path / "x.jsonl"), "--threshold", "2"])
    assert bad.exit_code == 2
    assert "--threshold must be" in bad.output
