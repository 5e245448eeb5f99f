"""Issue 3's speed target as a same-run ratio: ``scan`` against a datasketch ``MinHashLSH`` pipeline.

    python benchmarks/scan_ratio.py [--docs 100000] [--rounds 2]

Each round runs, every one in a fresh process and timed without the memory sampler: ``scan`` with
one process, ``scan`` with two, and the datasketch document-level pipeline (MinHash with default
settings, ``MinHashLSH`` insert, then a query per document; ``harness.datasketch_lsh_pipeline``).
Medians over rounds; the ratio is datasketch time / scan time. Peak memory is what
``benchmarks/scaling.py`` reports.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import workload

HERE = Path(__file__).resolve().parent


def _seconds(path: Path, op: str, jobs: int) -> float:
    proc = subprocess.run(
        [sys.executable, str(HERE / "workload.py"), "--input", str(path), "--op", op, "--jobs", str(jobs),
         "--no-memory"],
        capture_output=True, text=True, check=True,
    )
    return float(json.loads(proc.stdout)["seconds"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    runs = [("scan", 1), ("scan", 2), ("datasketch_lsh", 1)]
    times: dict[tuple[str, int], list[float]] = {r: [] for r in runs}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        size = workload.write_corpus(path, args.docs)
        for rnd in range(args.rounds):
            for op, jobs in runs[rnd % len(runs) :] + runs[: rnd % len(runs)]:
                t = _seconds(path, op, jobs)
                times[(op, jobs)].append(t)
                print(f"  round {rnd + 1}: {op} jobs={jobs} {t:.1f} s", file=sys.stderr)
    med = {r: statistics.median(v) for r, v in times.items()}
    ds = med[("datasketch_lsh", 1)]
    print(f"{args.docs} documents, {size / 1e6:.0f} MB, {args.rounds} rounds (medians)")
    print("| run | seconds | datasketch / run |")
    print("|---|---:|---:|")
    for (op, jobs), t in med.items():
        print(f"| {op} jobs={jobs} | {t:.1f} | {ds / t:.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
