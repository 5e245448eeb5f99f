"""Run-to-run spread of the gate's figures, to choose its tolerance.

    for i in 1 2 3 4 5; do python benchmarks/gate.py --update-baseline --baseline /tmp/run$i.json; done
    python benchmarks/spread.py /tmp/run*.json

For each benchmark: the median over runs and the spread (max - min) / median of the normalised figure
the gate uses, of the alternative min/min normalisation, and of raw seconds, to show what the
calibration buys. A tolerance comfortably above the worst normalised spread passes on noise.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])]
    if len(paths) < 2:
        print("usage: spread.py RUN.json RUN.json [...]", file=sys.stderr)
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


if __name__ == "__main__":
    sys.exit(main())
