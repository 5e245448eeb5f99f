"""The CI performance gate: a quick, noise-resistant benchmark pass compared with a committed baseline.

    python benchmarks/gate.py                    # compare with benchmarks/baseline.json, exit 1 on regression
    python benchmarks/gate.py --update-baseline  # re-measure and rewrite the baseline (commit the file)
    python benchmarks/gate.py --spread RUN.json RUN.json ...   # run-to-run spread, to choose a tolerance

The signatures paths are timed on real prose too when ``../shared/eval`` has the corpora
(``benchmarks/realtext.py``): ``signatures_news`` (English news sentences assembled into articles) and
``signatures_urdu`` (Urdu news, Arabic script), each beside rensa on the same texts. Without the
corpora they are reported as skipped, not as regressions.

Each benchmark's time is divided by the time of a fixed calibration workload (``harness.calibration``,
numpy hashing plus Python tokenising) measured right before it, in the same process. Repeats are
interleaved (calibration, benchmark, calibration, next benchmark, ...) and the gate uses the median of
the per-repeat ratios, so a machine that is slower, or busy for a while, moves both sides together.
A normalised figure more than ``tolerance`` above the baseline's fails the gate (``tolerances`` may set a
tighter one per benchmark: the real-text signatures paths drift least between runs); both are stored
in the baseline file (chosen from the run-to-run spread measured on the CI machine, docs/benchmarks.md).
Ratios against rensa on the same texts are printed for information.

To choose a tolerance, record several runs on one commit and compare them (measures nothing itself):

    for i in 1 2 3 4 5; do python benchmarks/gate.py --update-baseline --baseline /tmp/run$i.json; done
    python benchmarks/gate.py --spread /tmp/run*.json

It prints, per benchmark, the median over runs and the spread (max - min) / median of the normalised
figure the gate uses, of the alternative min/min normalisation and of raw seconds, to show what the
calibration buys. A tolerance comfortably above the worst normalised spread passes on noise.

Exit codes: 0 pass, 1 regression (or a baselined benchmark that no longer runs), 2 usage error
(including a baseline recorded with different corpus settings).
"""

from __future__ import annotations

import argparse
import functools
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import harness
import realtext
import syndetect

HERE = Path(__file__).resolve().parent
DEFAULT_BASELINE = HERE / "baseline.json"
DEFAULT_TOLERANCE = 0.25
DEFAULT_TOLERANCES = {"signatures_news": 0.20, "signatures_urdu": 0.20}
"""Per-benchmark tolerances of a new baseline: their run-to-run drift reaches +12% on these VMs
(docs/benchmarks.md), and a 30% slowdown reads +27% to +35%, so it fails with a margin."""
FORMAT = 1


@dataclass(frozen=True)
class Settings:
    docs: int
    scan_docs: int
    repeats: int
    seed: int
    real_docs: int = 2000

    def as_dict(self) -> dict[str, int]:
        return {
            "docs": self.docs, "scan_docs": self.scan_docs, "repeats": self.repeats, "seed": self.seed,
            "real_docs": self.real_docs,
        }


REAL_TEXT = ("news", "urdu")
"""Real-text corpora whose signatures are gated (``signatures_<name>``, beside ``rensa_<name>``)."""


def reference_of(name: str) -> str:
    """The rensa run on the same texts as benchmark ``name`` (for the "x rensa" column)."""
    corpus = name.rpartition("_")[2]
    return f"{REFERENCE}_{corpus}" if name.startswith("signatures_") and corpus in REAL_TEXT else REFERENCE


def is_reference(name: str) -> bool:
    return name == REFERENCE or name.startswith(REFERENCE + "_")


def skipped_real_text(settings: Settings) -> list[str]:
    """The real-text benchmarks that cannot run here (their corpus is absent)."""
    return [
        f"{kind}_{name}"
        for name in REAL_TEXT
        if realtext.real_corpus(name, settings.real_docs, settings.seed) is None
        for kind in ("signatures", REFERENCE)
    ]


def _benchmarks(settings: Settings) -> dict[str, Callable[[], object]]:
    """The gated paths, each a zero-argument callable over the prepared corpus."""
    from syndetect.config import ShingleConfig
    from syndetect.text.shingle import shingle_batch

    corpus = harness.corpus(settings.docs, seed=settings.seed)
    texts = corpus.texts
    scan_docs = corpus.documents[: settings.scan_docs]
    shingle_config = ShingleConfig()

    def shingle() -> None:
        for i in range(0, len(texts), 256):
            shingle_batch(texts[i : i + 256], shingle_config, spans=True)

    benches: dict[str, Callable[[], object]] = {
        "shingle": shingle,
        "signatures_oph": lambda: syndetect.signatures(texts, scheme="oph"),
        "signatures_kperm": lambda: syndetect.signatures(texts, scheme="kperm"),
        "scan": lambda: syndetect.scan(scan_docs, provenance=False),
        "scan_provenance": lambda: syndetect.scan(scan_docs),
        # Reference (not gated): the competitor, for the "x rensa" column.
        "rensa": lambda: harness.rensa_rminhash(texts),
    }
    for name in REAL_TEXT:
        real = realtext.real_corpus(name, settings.real_docs, settings.seed)
        if real is not None:
            benches[f"signatures_{name}"] = functools.partial(syndetect.signatures, list(real))
            benches[f"{REFERENCE}_{name}"] = functools.partial(harness.rensa_rminhash, list(real))
    return benches


REFERENCE = "rensa"


def measure(settings: Settings, only: Sequence[str] | None = None) -> dict[str, dict[str, float]]:
    """Normalised figures per benchmark: median and spread of time / calibration time."""
    benches = _benchmarks(settings)
    names = [n for n in benches if only is None or n in only or any(reference_of(o) == n for o in only)]
    available: dict[str, Callable[[], object]] = {}
    for name in names:  # warm-up; a path not implemented yet is reported, not fatal here
        try:
            benches[name]()
            available[name] = benches[name]
        except NotImplementedError:
            print(f"note: {name} is not implemented yet; skipped", file=sys.stderr)
    harness.calibration()
    ratios: dict[str, list[float]] = {n: [] for n in available}
    seconds: dict[str, list[float]] = {n: [] for n in available}
    cals: dict[str, list[float]] = {n: [] for n in available}
    order = list(available)
    for rep in range(settings.repeats):
        rotated = order[rep % len(order) :] + order[: rep % len(order)] if order else []
        for name in rotated:
            cal = harness.timed("calibration", harness.calibration)
            t = harness.timed(name, available[name])
            ratios[name].append(t / cal)
            seconds[name].append(t)
            cals[name].append(cal)
    out: dict[str, dict[str, float]] = {}
    for name in available:
        med = statistics.median(ratios[name])
        entry = {
            "normalised": med,
            "seconds": statistics.median(seconds[name]),
            "spread": (max(ratios[name]) - min(ratios[name])) / med if med else 0.0,
            "normalised_min": min(seconds[name]) / min(cals[name]),
        }
        ref = reference_of(name)
        if ref in seconds and not is_reference(name):
            entry["x_rensa"] = statistics.median(seconds[ref]) / entry["seconds"]
        out[name] = entry
    return out


def _machine() -> dict[str, str]:
    import os

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "nproc": str(os.cpu_count()), "python": platform.python_version()}


def compare(
    baseline: dict[str, dict[str, float]],
    current: dict[str, dict[str, float]],
    tolerance: float,
    skipped: Sequence[str] = (),
    tolerances: dict[str, float] | None = None,
) -> tuple[list[str], list[str]]:
    """Table rows and the names of regressed benchmarks (``skipped``: could not run here, not a
    regression)."""
    header = f"{'benchmark':<18} {'baseline':>9} {'current':>9} {'change':>8} {'x rensa':>8} {'spread':>7}"
    rows = [header + "  status"]
    regressed: list[str] = []
    for name in sorted(set(baseline) | set(current)):
        if is_reference(name):
            continue
        if name in skipped and name not in current:
            rows.append(f"{name:<18} {'-':>9} {'-':>9} {'-':>8} {'-':>8} {'-':>7}  skipped (corpus absent)")
            continue
        base = baseline.get(name, {}).get("normalised")
        cur = current.get(name, {}).get("normalised")
        x_rensa = current.get(name, {}).get("x_rensa")
        xr = f"{x_rensa:7.2f}x" if x_rensa is not None else "      -"
        spread = current.get(name, {}).get("spread")
        sp = f"{spread:6.1%}" if spread is not None else "     -"
        if base is None and cur is not None:
            rows.append(f"{name:<18} {'-':>9} {cur:9.3f} {'-':>8} {xr:>8} {sp:>7}  new (no baseline)")
            continue
        if cur is None:
            rows.append(f"{name:<18} {base:9.3f} {'-':>9} {'-':>8} {xr:>8} {sp:>7}  MISSING (did not run)")
            regressed.append(name)
            continue
        assert base is not None
        change = cur / base - 1.0
        allowed = (tolerances or {}).get(name, tolerance)
        if change > allowed:
            status = f"REGRESSED (> +{allowed:.0%})"
            regressed.append(name)
        elif change < -allowed:
            status = "faster: consider --update-baseline"
        else:
            status = "ok"
        rows.append(f"{name:<18} {base:9.3f} {cur:9.3f} {change:+8.1%} {xr:>8} {sp:>7}  {status}")
    return rows, regressed


def spread(paths: Sequence[Path]) -> int:
    """Print the run-to-run spread of the figures in gate JSON files (``--json`` or a baseline)."""
    if len(paths) < 2:
        print("error: --spread needs at least two run files", file=sys.stderr)
        return 2
    runs = [json.loads(p.read_text())["benchmarks"] for p in paths]
    names = [n for n in runs[0] if all(n in r for r in runs)]
    print(f"{len(runs)} runs")
    print("| benchmark | median normalised | spread normalised (gate) | spread min/min | spread seconds |")
    print("|---|---:|---:|---:|---:|")
    worst = 0.0
    for name in names:
        cols = []
        for key in ("normalised", "normalised_min", "seconds"):
            values = [r[name][key] for r in runs if key in r[name]]
            med = statistics.median(values)
            cols.append((med, (max(values) - min(values)) / med))
        worst = max(worst, cols[0][1])
        print(f"| {name} | {cols[0][0]:.3f} | {cols[0][1]:.1%} | {cols[1][1]:.1%} | {cols[2][1]:.1%} |")
    print(f"worst normalised spread: {worst:.1%}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE, help="baseline JSON file")
    parser.add_argument("--update-baseline", action="store_true", help="measure and write the baseline")
    parser.add_argument(
        "--tolerance",
        type=float,
        default=None,
        help=f"allowed slowdown as a fraction (default: the baseline's, else {DEFAULT_TOLERANCE})",
    )
    parser.add_argument("--docs", type=int, default=4000, help="synthetic documents hashed (default 4000)")
    parser.add_argument("--scan-docs", type=int, default=4000, help="documents scanned (default 4000)")
    parser.add_argument("--repeats", type=int, default=9, help="interleaved repeats (default 9)")
    parser.add_argument(
        "--real-docs", type=int, default=2000, help="real-text articles per real-text corpus (default 2000)"
    )
    parser.add_argument("--seed", type=int, default=harness.CORPUS_SEED, help="corpus seed")
    parser.add_argument("--only", default=None, help="comma-separated subset of benchmarks")
    parser.add_argument("--json", type=Path, default=None, help="also write this run's figures here")
    parser.add_argument(
        "--spread", type=Path, nargs="+", default=None, metavar="RUN.json",
        help="measure nothing: print the run-to-run spread of these runs' figures",
    )
    args = parser.parse_args(argv)
    if args.spread is not None:
        return spread(args.spread)
    settings = Settings(
        docs=args.docs, scan_docs=args.scan_docs, repeats=args.repeats, seed=args.seed,
        real_docs=args.real_docs,
    )
    only = [s.strip() for s in args.only.split(",")] if args.only else None

    baseline_doc: dict[str, object] | None = None
    if not args.update_baseline:
        if not args.baseline.exists():
            print(f"error: no baseline at {args.baseline}; create it with --update-baseline", file=sys.stderr)
            return 2
        baseline_doc = json.loads(args.baseline.read_text())
        assert baseline_doc is not None
        recorded = baseline_doc.get("settings", {})
        if baseline_doc.get("format") != FORMAT or recorded != settings.as_dict():
            print(
                f"error: {args.baseline} was recorded with settings {recorded} (format "
                f"{baseline_doc.get('format')}), this run uses {settings.as_dict()} (format {FORMAT}); "
                "rerun with the same --docs/--scan-docs/--repeats/--seed or --update-baseline",
                file=sys.stderr,
            )
            return 2

    t0 = time.perf_counter()
    current = measure(settings, only)
    elapsed = time.perf_counter() - t0
    run_doc = {
        "format": FORMAT,
        "settings": settings.as_dict(),
        "machine": _machine(),
        "syndetect": syndetect.__version__,
        "benchmarks": current,
    }
    if args.json:
        args.json.write_text(json.dumps(run_doc, indent=2) + "\n")

    if args.update_baseline:
        tolerance = args.tolerance if args.tolerance is not None else DEFAULT_TOLERANCE
        old_tolerances = None
        if args.baseline.exists():
            old = json.loads(args.baseline.read_text())
            old_tolerances = old.get("tolerances")
            if args.tolerance is None:
                tolerance = float(old.get("tolerance", tolerance))
        run_doc["tolerance"] = tolerance
        run_doc["tolerances"] = old_tolerances if old_tolerances is not None else DEFAULT_TOLERANCES
        args.baseline.write_text(json.dumps(run_doc, indent=2) + "\n")
        for name, fig in current.items():
            print(
                f"{name:<18} normalised {fig['normalised']:.3f}  ({fig['seconds']:.3f} s, "
                f"spread {fig['spread']:.1%})"
            )
        print(f"baseline written to {args.baseline} (tolerance {tolerance:.0%}) in {elapsed:.0f} s")
        return 0

    assert baseline_doc is not None
    recorded_tolerance = baseline_doc.get("tolerance", DEFAULT_TOLERANCE)
    tolerance = args.tolerance if args.tolerance is not None else float(str(recorded_tolerance))
    base_figs: dict[str, dict[str, float]] = baseline_doc["benchmarks"]  # type: ignore[assignment]
    if only is not None:
        base_figs = {k: v for k, v in base_figs.items() if k in only}
    skipped = skipped_real_text(settings)
    for name in skipped:
        if not is_reference(name):
            print(f"note: {name} skipped: its corpus is not under {realtext.eval_dir()}", file=sys.stderr)
    tolerances = {} if args.tolerance is not None else dict(baseline_doc.get("tolerances") or {})  # type: ignore[call-overload]
    rows, regressed = compare(base_figs, current, tolerance, skipped, tolerances)
    print(
        f"syndetect performance gate: {settings.docs} docs, {settings.repeats} interleaved repeats, "
        f"figures = time / calibration time (lower is faster), tolerance +{tolerance:.0%}"
        + "".join(f", {k} +{v:.0%}" for k, v in tolerances.items())
    )
    print("\n".join(rows))
    print(f"({elapsed:.0f} s)")
    if regressed:
        print(f"FAIL: regressed: {', '.join(regressed)}")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
