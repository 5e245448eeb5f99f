"""The performance gate can fail, names what regressed, and passes without a slowdown.

The slowdown is injected through ``SYNDETECT_GATE_SLOWDOWN``, which only the benchmark harness reads:
it runs the named benchmark's timed body N times. The verdicts are tested on a virtual clock (bodies of
fixed cost), so they never depend on this machine's speed; the script itself runs once on a tiny corpus
and a subset of benchmarks, judging nothing by time. The real gate runs with the committed baseline in
``.ci/run``; the harness's two-process ceiling is checked in ``benchmarks/test_harness.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "benchmarks" / "gate.py"
TINY = ["--docs", "500", "--scan-docs", "100", "--repeats", "5", "--only", "shingle,signatures_oph"]
# Tiny timed bodies (~30 ms) are noisier than the real gate's; the tiny runs use a looser tolerance,
# still far below the 3x slowdown injected.
TINY_TOLERANCE = ["--tolerance", "1.0"]

sys.path.insert(0, str(ROOT / "benchmarks"))
import gate  # noqa: E402
import harness  # noqa: E402
import realtext  # noqa: E402


def _run_gate(args: list[str], slowdown: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != harness.SLOWDOWN_ENV}
    if slowdown is not None:
        env[harness.SLOWDOWN_ENV] = slowdown
    return subprocess.run(
        [sys.executable, str(GATE), *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def tiny_baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gate") / "baseline.json"
    proc = _run_gate([*TINY, "--update-baseline", "--baseline", str(path), *TINY_TOLERANCE])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = json.loads(path.read_text())
    assert set(data["benchmarks"]) >= {"shingle", "signatures_oph", "rensa"}
    assert data["tolerance"] == 1.0
    return path


class _VirtualClock:
    """Seconds that pass only when a benchmark body runs: each body adds its fixed cost, so the gate's
    figures are exact and its verdicts never depend on this machine's speed or load."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        return self.now

    def body(self, cost: float) -> Callable[[], None]:
        def run() -> None:
            self.now += cost

        return run


@pytest.fixture
def virtual_gate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., tuple[int, str]]:
    """``gate.main`` in this process over benchmarks of fixed virtual cost; returns (exit code, stdout)."""
    clock = _VirtualClock()
    costs = {"shingle": 2.0, "signatures_oph": 3.0, "signatures_kperm": 5.0, "rensa": 4.0}
    monkeypatch.setattr(harness, "time", clock)
    monkeypatch.setattr(harness, "calibration", clock.body(1.0))
    monkeypatch.setattr(gate, "_benchmarks", lambda settings: {n: clock.body(c) for n, c in costs.items()})
    monkeypatch.setattr(gate, "skipped_real_text", lambda settings: [])
    monkeypatch.delenv(harness.SLOWDOWN_ENV, raising=False)
    baseline = tmp_path / "baseline.json"

    def run(*args: str, slowdown: str | None = None, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
        if slowdown is not None:
            monkeypatch.setenv(harness.SLOWDOWN_ENV, slowdown)
        code = gate.main([*TINY, "--baseline", str(baseline), *args])
        monkeypatch.delenv(harness.SLOWDOWN_ENV, raising=False)
        return code, capsys.readouterr().out

    return run


def test_gate_fails_and_names_the_slowed_benchmark(
    virtual_gate: Callable[..., tuple[int, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = virtual_gate("--update-baseline", "--tolerance", "0.3", capsys=capsys)
    assert code == 0
    code, out = virtual_gate(slowdown="signatures_oph:3", capsys=capsys)
    assert code == 1, out
    lines = out.splitlines()
    (row,) = [line for line in lines if line.startswith("signatures_oph")]
    assert "REGRESSED" in row
    (shingle_row,) = [line for line in lines if line.startswith("shingle")]
    assert "REGRESSED" not in shingle_row
    assert "FAIL: regressed: signatures_oph" in out


def test_gate_passes_without_slowdown(
    virtual_gate: Callable[..., tuple[int, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = virtual_gate("--update-baseline", "--tolerance", "0.3", capsys=capsys)
    assert code == 0
    code, out = virtual_gate(capsys=capsys)
    assert code == 0, out
    assert "PASS" in out
    assert "REGRESSED" not in out


def test_the_gate_script_runs_the_real_benchmarks(tiny_baseline: Path) -> None:
    # no timing is judged here: the real bodies run and the baseline's figures are recorded
    data = json.loads(tiny_baseline.read_text())
    for name in ("shingle", "signatures_oph", "rensa"):
        assert data["benchmarks"][name]["normalised"] > 0


def test_gate_refuses_a_baseline_with_other_settings(tiny_baseline: Path) -> None:
    args = [a if a != "500" else "400" for a in TINY]
    proc = _run_gate([*args, "--baseline", str(tiny_baseline)])
    assert proc.returncode == 2
    assert "recorded with settings" in proc.stderr


def test_gate_without_baseline_is_a_usage_error(tmp_path: Path) -> None:
    proc = _run_gate([*TINY, "--baseline", str(tmp_path / "missing.json")])
    assert proc.returncode == 2
    assert "--update-baseline" in proc.stderr


def test_committed_baseline_matches_the_gate_defaults() -> None:
    data = json.loads((ROOT / "benchmarks" / "baseline.json").read_text())
    assert data["format"] == gate.FORMAT
    settings = data["settings"]
    assert settings == {
        "docs": 4000, "scan_docs": 4000, "repeats": 9, "seed": harness.CORPUS_SEED, "real_docs": 2000
    }
    assert 0.05 <= data["tolerance"] <= 0.5
    assert {"shingle", "signatures_oph", "signatures_kperm"} <= set(data["benchmarks"])
    # real prose, English and a non-Latin script, each with rensa on the same texts
    assert {"signatures_news", "signatures_urdu", "rensa_news", "rensa_urdu"} <= set(data["benchmarks"])


def test_compare_flags_only_changes_beyond_tolerance() -> None:
    base = {"a": {"normalised": 1.0}, "b": {"normalised": 2.0}, "c": {"normalised": 1.0}}
    cur = {"a": {"normalised": 1.29}, "b": {"normalised": 2.62}, "d": {"normalised": 5.0}}
    rows, regressed = gate.compare(base, cur, tolerance=0.3)
    assert regressed == ["b", "c"]  # b is +31%, c did not run
    text = "\n".join(rows)
    assert "new (no baseline)" in text
    assert "MISSING" in text


def test_a_tighter_tolerance_per_benchmark() -> None:
    base = {"signatures_news": {"normalised": 1.0}, "signatures_oph": {"normalised": 1.0}}
    cur = {"signatures_news": {"normalised": 1.2}, "signatures_oph": {"normalised": 1.2}}
    rows, regressed = gate.compare(base, cur, tolerance=0.25, tolerances={"signatures_news": 0.15})
    assert regressed == ["signatures_news"]
    assert "REGRESSED (> +15%)" in "\n".join(rows)


def test_committed_baseline_gates_real_text_tightly() -> None:
    data = json.loads((ROOT / "benchmarks" / "baseline.json").read_text())
    assert data["tolerances"] == gate.DEFAULT_TOLERANCES
    assert all(0.1 <= t < data["tolerance"] for t in data["tolerances"].values())


def test_absent_real_text_is_skipped_not_a_regression() -> None:
    base = {"signatures_news": {"normalised": 1.0}, "signatures_oph": {"normalised": 1.0}}
    cur = {"signatures_oph": {"normalised": 1.0}}
    rows, regressed = gate.compare(base, cur, tolerance=0.3, skipped=["signatures_news", "rensa_news"])
    assert regressed == []
    assert any(r.startswith("signatures_news") and "skipped (corpus absent)" in r for r in rows)


def test_real_text_benchmarks_are_compared_with_rensa_on_the_same_texts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert gate.reference_of("signatures_news") == "rensa_news"
    assert gate.reference_of("signatures_oph") == "rensa"
    assert gate.is_reference("rensa_urdu")
    assert not gate.is_reference("signatures_urdu")
    monkeypatch.setenv("SYNDETECT_EVAL_DIR", str(tmp_path))  # nothing there
    realtext.real_corpus.cache_clear()
    realtext.pieces.cache_clear()
    try:
        settings = gate.Settings(docs=10, scan_docs=10, repeats=1, seed=1)
        assert sorted(gate.skipped_real_text(settings)) == [
            "rensa_news", "rensa_urdu", "signatures_news", "signatures_urdu"
        ]
    finally:
        realtext.real_corpus.cache_clear()
        realtext.pieces.cache_clear()


@pytest.mark.parametrize(
    ("spec", "name", "factor"),
    [
        ("signatures_oph:3", "signatures_oph", 3),
        ("signatures_oph:3", "signatures_kperm", 1),
        ("shingle:2, scan:4", "scan", 4),
        ("", "scan", 1),
        ("scan", "scan", 2),
    ],
)
def test_slowdown_spec(spec: str, name: str, factor: int) -> None:
    assert harness.slowdown_factor(name, spec) == factor


def test_library_never_reads_the_slowdown_variable() -> None:
    for path in (ROOT / "src" / "syndetect").rglob("*.py"):
        assert harness.SLOWDOWN_ENV not in path.read_text(encoding="utf-8"), path
