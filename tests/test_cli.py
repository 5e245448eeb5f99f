"""The command line: help, options, formats, --output safety, exit codes; end-to-end runs of the real scan.

Tests named ``test_e2e_*`` and the subprocess run call the real :func:`syndetect.scan`; the others replace it
with a small brute-force stand-in so they check only what the CLI itself does.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import importlib.util
import io
import json
import os
import random
import re
import subprocess
import sys
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

import syndetect.engines.local
from syndetect.cli import _Progress, cli
from syndetect.config import (
    AlignConfig,
    CandidateConfig,
    ClusterConfig,
    MinHashConfig,
    ScanConfig,
    ShingleConfig,
)
from syndetect.errors import SyndetectError
from syndetect.types import Document, Pair, Passage, ScanResult, ScanStats

REPO = Path(__file__).resolve().parents[1]


def fake_scan(
    documents: Iterable[Document], config: ScanConfig | None = None, *, progress: Any = None,
    provenance: bool = True,
) -> ScanResult:
    """Brute force: a pair for every two documents whose longest common substring has 40+ characters."""
    docs = list(documents)
    pairs = []
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            m = SequenceMatcher(None, a.text, b.text, autojunk=False).find_longest_match()
            if m.size >= 40:
                words = len(a.text[m.a : m.a + m.size].split())
                passage = Passage(m.a, m.a + m.size, m.b, m.b + m.size, 1.0, False, words)
                pairs.append(
                    Pair(a.id, b.id, 0.5, 0.5, m.size / len(a.text), m.size / len(b.text), (passage,))
                )
    if progress is not None:
        progress("hashing", len(docs), len(docs))
    return ScanResult(tuple(pairs), (), ScanStats(documents=len(docs), pairs=len(pairs)))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[Document], ScanConfig | None]]:
    calls: list[tuple[list[Document], ScanConfig | None]] = []

    def recording(
        documents: Iterable[Document], config: ScanConfig | None = None, *, progress: Any = None,
        provenance: bool = True,
    ) -> ScanResult:
        docs = list(documents)
        calls.append((docs, config))
        return fake_scan(docs, config, progress=progress)

    monkeypatch.setattr(syndetect.engines.local, "scan", recording)
    return calls


SHARED = (
    "The U.S.-led coalition battling Islamic State in Iraq and Syria said on Sunday it has halted most of "
    "its operations against the militants for now to focus on protecting coalition forces and bases."
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(f"Wire report. {SHARED} More wire text.", encoding="utf-8")
    (root / "b.txt").write_text(f"Local paper. {SHARED} Local ending.", encoding="utf-8")
    (root / "c.txt").write_text("An unrelated story about the weather in Lisbon.", encoding="utf-8")
    return root


def run(*args: str, input: str | None = None) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


# ---------------------------------------------------------------------------------------------------
# Structure, help, boundaries


def test_import_syndetect_does_not_import_click() -> None:
    code = "import syndetect, sys; assert 'click' not in sys.modules, 'click imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_corpus_and_report_do_not_import_click_or_cli() -> None:
    code = (
        "import syndetect.io.corpus, syndetect.io.report, sys; "
        "bad = {'click', 'syndetect.cli'} & set(sys.modules); assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _walk(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    out: list[tuple[tuple[str, ...], click.Command]] = [(path, group)]
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            out += _walk(cmd, (*path, name))
        else:
            out.append(((*path, name), cmd))
    return out


def test_every_command_and_option_has_help() -> None:
    commands = _walk(cli)
    assert ("scan",) in [p for p, _ in commands]
    for path, cmd in commands:
        result = run(*path, "--help")
        assert result.exit_code == 0, path
        assert "Usage:" in result.output
        assert (cmd.help or "").strip(), f"{path} has no help"
        for param in cmd.params:
            if isinstance(param, click.Option):
                assert (param.help or "").strip(), f"{path} {param.opts} has no help"


def test_option_defaults_come_from_the_config_dataclasses() -> None:
    scan = cli.commands["scan"]
    defaults = {p.name: p.default for p in scan.params}
    assert defaults["threshold"] == CandidateConfig().threshold
    assert defaults["boilerplate_df"] == CandidateConfig().boilerplate_df
    assert defaults["boilerplate_source_df"] == CandidateConfig().boilerplate_source_df
    assert defaults["min_words"] == AlignConfig().min_words
    assert defaults["shingle_size"] == ShingleConfig().k
    assert defaults["shingle_unit"] == ShingleConfig().unit
    assert defaults["num_perm"] == MinHashConfig().num_perm
    assert defaults["seed"] == MinHashConfig().seed
    assert defaults["cluster"] == ClusterConfig().mode
    assert defaults["jobs"] == ScanConfig().jobs


def test_cli_reference_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("gen_cli_reference", REPO / "docs" / "gen_cli_reference.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == module.render(), "docs/cli.md is stale: run python docs/gen_cli_reference.py"


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert syndetect.__version__ in result.output


def test_installed_distribution_has_the_package_version() -> None:
    """pyproject.toml reads the version from ``syndetect.__version__``; the installed metadata agrees."""
    assert importlib.metadata.version("syndetect") == syndetect.__version__


# ---------------------------------------------------------------------------------------------------
# Options, formats, output


def test_options_reach_the_config(fake: list[Any], corpus: Path) -> None:
    result = run(
        "scan", str(corpus), "--threshold", "0.3", "--min-words", "8", "-k", "4", "--num-perm", "64",
        "--boilerplate-df", "77", "--boilerplate-source-df", "9", "--jobs", "2", "--cluster", "components",
        "--shingle-unit", "char", "--seed", "5",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    ((docs, config),) = fake
    assert [d.id for d in docs] == ["a.txt", "b.txt", "c.txt"]
    assert config is not None
    assert (
        config.candidates.threshold,
        config.candidates.boilerplate_df,
        config.candidates.boilerplate_source_df,
    ) == (
        0.3,
        77,
        9,
    )
    assert (config.align.min_words, config.shingle.k, config.shingle.unit) == (8, 4, "char")
    assert (config.minhash.num_perm, config.minhash.seed, config.jobs, config.cluster.mode) == (
        64,
        5,
        2,
        "components",
    )
    # Everything not set on the command line keeps the library default.
    assert dataclasses.replace(config.align, min_words=AlignConfig().min_words) == AlignConfig()


def test_invalid_option_value_is_a_usage_error(fake: list[Any], corpus: Path) -> None:
    result = run("scan", str(corpus), "--threshold", "1.5")
    assert result.exit_code == 2
    assert "threshold must be a number in (0.0, 1.0], got 1.5" in result.stderr
    assert fake == []


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = run("scan", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_syndetect_error_exits_1_with_message_on_stderr(
    monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    def boom(*args: Any, **kwargs: Any) -> ScanResult:
        raise SyndetectError("the index at x is locked; close the other process")

    monkeypatch.setattr(syndetect.engines.local, "scan", boom)
    out = corpus.parent / "out.jsonl"
    result = run("scan", str(corpus), "-o", str(out))
    assert result.exit_code == 1
    assert (
        result.stderr.strip().splitlines()[-1] == "Error: the index at x is locked; close the other process"
    )
    assert result.stdout == ""
    assert not out.exists()
    assert sorted(p.name for p in corpus.parent.iterdir()) == ["corpus"]  # no temporary file left


def test_default_format_off_a_terminal_is_jsonl(fake: list[Any], corpus: Path) -> None:
    result = run("scan", str(corpus))
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["type"] for r in records] == ["pair", "summary"]
    assert (records[0]["a"], records[0]["b"]) == ("a.txt", "b.txt")
    assert SHARED in records[0]["passages"][0]["text"]


@pytest.mark.parametrize(
    ("name", "fmt", "check"),
    [
        ("report.html", None, lambda t: t.startswith("<!DOCTYPE html>")),
        ("pairs.csv", None, lambda t: t.startswith("rank,a,b,")),
        ("pairs.jsonl", None, lambda t: json.loads(t.splitlines()[0])["type"] == "pair"),
        ("summary.txt", None, lambda t: t.startswith("3 documents, 1 pair")),
        ("anything.out", "table", lambda t: t.startswith("3 documents, 1 pair")),
        ("anything.out", None, lambda t: json.loads(t.splitlines()[0])["type"] == "pair"),
    ],
)
def test_output_format_from_extension_or_option(
    fake: list[Any], corpus: Path, name: str, fmt: str | None, check: Any
) -> None:
    out = corpus.parent / name
    args = ["scan", str(corpus), "--output", str(out)] + (["--format", fmt] if fmt else [])
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert check(out.read_text(encoding="utf-8"))
    assert f"report written to {out}" in result.stderr


def test_output_refuses_to_overwrite_an_input_file(fake: list[Any], corpus: Path) -> None:
    target = corpus / "a.txt"
    before = target.read_bytes()
    result = run("scan", str(target), str(corpus / "b.txt"), "-o", str(target))
    assert result.exit_code == 2
    assert "is an input file" in result.stderr
    assert target.read_bytes() == before
    assert fake == []


def test_output_refuses_an_existing_corpus_file_inside_a_scanned_directory(
    fake: list[Any], corpus: Path
) -> None:
    target = corpus / "c.txt"
    result = run("scan", str(corpus), "-o", str(target))
    assert result.exit_code == 2
    assert "already exists inside the scanned directory" in result.stderr
    assert target.read_text(encoding="utf-8").startswith("An unrelated story")


def test_output_may_be_a_new_file_the_user_names_anywhere(fake: list[Any], corpus: Path) -> None:
    target = corpus / "report.html"
    result = run("scan", str(corpus), "-o", str(target))
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_output_in_a_missing_directory_is_a_usage_error(fake: list[Any], corpus: Path) -> None:
    result = run("scan", str(corpus), "-o", str(corpus.parent / "nope" / "r.html"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert fake == []


def test_output_file_gets_the_usual_permissions(fake: list[Any], corpus: Path) -> None:
    out = corpus.parent / "r.jsonl"
    mask = os.umask(0o022)
    try:
        assert run("scan", str(corpus), "-o", str(out)).exit_code == 0
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644


def test_default_format_on_a_terminal_is_table(
    fake: list[Any], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from syndetect import cli as cli_module

    monkeypatch.setattr(cli_module.sys.stdout, "isatty", lambda: True)
    assert cli_module._choose_format(None, None) == "table"
    assert cli_module._choose_format("csv", None) == "csv"
    assert cli_module._choose_format(None, Path("x.HTML")) == "html"
    monkeypatch.setattr(cli_module.sys.stdout, "isatty", lambda: False)
    assert cli_module._choose_format(None, None) == "jsonl"


def test_stdin_dash_reads_jsonl(fake: list[Any]) -> None:
    lines = [{"id": "x", "text": f"One. {SHARED}"}, {"id": "y", "text": f"Two. {SHARED}"}]
    result = run("scan", "-", "--format", "jsonl", input="".join(json.dumps(x) + "\n" for x in lines))
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout.splitlines()[0])
    assert (first["a"], first["b"]) == ("x", "y")


def test_custom_record_fields(fake: list[Any], tmp_path: Path) -> None:
    f = tmp_path / "r.csv"
    f.write_text(f'uid,body,outlet\n1,"A {SHARED}",ap\n2,"B {SHARED}",afp\n', encoding="utf-8")
    result = run("scan", str(f), "--id-field", "uid", "--text-field", "body", "--source-field", "outlet")
    assert result.exit_code == 0, result.output
    ((docs, _),) = fake
    assert [(d.id, d.source) for d in docs] == [("1", "ap"), ("2", "afp")]


def test_source_from_dir(fake: list[Any], tmp_path: Path) -> None:
    (tmp_path / "ap").mkdir()
    (tmp_path / "ap" / "x.txt").write_text("x", encoding="utf-8")
    result = run("scan", str(tmp_path), "--source-from", "dir")
    assert result.exit_code == 0
    assert [(d.id, d.source) for d in fake[0][0]] == [("ap/x.txt", "ap")]


def test_summary_line_and_quiet(fake: list[Any], corpus: Path) -> None:
    result = run("scan", str(corpus))
    assert re.fullmatch(
        r"syndetect: 3 documents, 0 skipped inputs, 1 pair, 0 families in \d+\.\d s\n", result.stderr
    ), result.stderr
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal
    quiet = run("scan", str(corpus), "--quiet")
    assert quiet.stderr == ""
    verbose = run("scan", str(corpus), "--verbose")
    assert "config " in verbose.stderr
    assert "candidates 0" in verbose.stderr


def test_progress_renderer() -> None:
    err = io.StringIO()
    bar = _Progress(err, enabled=True, width=10)
    bar("hashing", 5, 10)
    assert err.getvalue() == "\rhashing    [#####-----] 5/10\x1b[K"
    bar.message("a.txt: empty (no text); skipped")
    assert err.getvalue().endswith("\r\x1b[Ka.txt: empty (no text); skipped\n")
    silent = io.StringIO()
    off = _Progress(silent, enabled=False)
    off("hashing", 1, 2)
    off.clear()
    assert silent.getvalue() == ""


def test_fail_on_match_exit_codes(fake: list[Any], corpus: Path) -> None:
    assert run("scan", str(corpus), "--fail-on-match").exit_code == 3
    assert run("scan", str(corpus)).exit_code == 0
    assert run("scan", str(corpus / "c.txt"), "--fail-on-match").exit_code == 0


# ---------------------------------------------------------------------------------------------------
# End to end, with the real scan


def _words(rng: random.Random, n: int) -> str:
    vocab = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
        for _ in range(3000)
    ]
    return " ".join(rng.choice(vocab) for _ in range(n)) + "."


def test_e2e_planted_passage_is_found(tmp_path: Path) -> None:
    rng = random.Random(4)
    planted = _words(rng, 200)
    (tmp_path / "a.txt").write_text(f"{_words(rng, 40)}\n\n{planted}\n\n{_words(rng, 20)}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{_words(rng, 30)}\n\n{planted}", encoding="utf-8")
    (tmp_path / "c.txt").write_text(_words(rng, 250), encoding="utf-8")

    result = run("scan", str(tmp_path), "--format", "jsonl", "--fail-on-match")

    assert result.exit_code == 3, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    pairs = [r for r in records if r["type"] == "pair"]
    assert [(p["a"], p["b"]) for p in pairs] == [("a.txt", "b.txt")]
    a_text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    start = a_text.index(planted)
    covered = set()
    for p in pairs[0]["passages"]:
        assert p["text"] == a_text[p["a_start"] : p["a_end"]]
        covered.update(range(p["a_start"], p["a_end"]))
    planted_chars = set(range(start, start + len(planted)))
    assert len(covered & planted_chars) >= 0.9 * len(planted_chars)
    families = [r for r in records if r["type"] == "family"]
    assert [sorted(f["members"]) for f in families] == [["a.txt", "b.txt"]]
    assert records[-1]["type"] == "summary"
    assert records[-1]["documents"] == 3


def test_e2e_bad_inputs_are_reported_counted_and_strict_fails(tmp_path: Path) -> None:
    from test_corpus import make_bad_tree

    root = tmp_path / "corpus"
    expected = make_bad_tree(root)

    result = run("scan", str(root), "--max-bytes", "200", "--format", "jsonl")

    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    for where, (reason, _) in expected.items():
        assert lines.count(f"{where}: {reason}") == 1, f"{where}: {reason}"
    skipped = sum(fatal for _, fatal in expected.values())
    warnings = len(expected) - skipped
    assert re.fullmatch(
        rf"syndetect: 6 documents, {skipped} skipped inputs, {warnings} warnings, "
        r"\d+ pairs?, \d+ famil(y|ies) in \d+\.\d s",
        lines[-1],
    ), lines[-1]
    assert len(lines) == len(expected) + 1
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["documents"] == 6

    strict = run("scan", str(root), "--max-bytes", "200", "--strict")
    assert strict.exit_code == 1
    assert strict.stdout == ""
    assert strict.stderr.splitlines()[-1] == (
        f"Error: {len(expected)} input problems (listed above); not scanning because of --strict"
    )


def test_e2e_subprocess_scan_of_the_seed_corpus() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "syndetect", "scan", "data/seeds", "--format", "jsonl"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records[-1]["type"] == "summary"
    assert records[-1]["documents"] == 5
    texts = {p.name: p.read_text(encoding="utf-8") for p in (REPO / "data" / "seeds").iterdir()}
    assert [r["type"] for r in records[:-1]] == ["pair", "family", "edit"]  # the seeds have no outlets
    for rec in records[:-1]:
        if rec["type"] == "edit":
            assert (rec["source"][:3], rec["copy"][:3], rec["typographic"]) == ("000", "001", 7)
        if rec["type"] == "pair":
            assert {rec["a"], rec["b"]} <= texts.keys()
            for p in rec["passages"]:
                assert p["text"] == texts[rec["a"]][p["a_start"] : p["a_end"]]
                assert 0 <= p["b_start"] < p["b_end"] <= len(texts[rec["b"]])
    assert proc.stderr.startswith("syndetect: 5 documents, 0 skipped inputs")
