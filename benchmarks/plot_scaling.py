"""Plot benchmarks/results/scaling.csv to docs/scaling.png (needs matplotlib: benchmarks/requirements.txt).

python benchmarks/plot_scaling.py [--csv benchmarks/results/scaling.csv] [--out docs/scaling.png]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--csv", type=Path, default=HERE / "results" / "scaling.csv")
    parser.add_argument("--out", type=Path, default=HERE.parent / "docs" / "scaling.png")
    args = parser.parse_args(argv)

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = list(csv.DictReader(args.csv.open()))
    by: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by[(r["series"], r["op"])].append(r)

    fig, (ax_t, ax_m, ax_l) = plt.subplots(1, 3, figsize=(16, 4.8))
    for (series, op), rs in sorted(by.items()):
        if series == "size":
            rs.sort(key=lambda r: int(r["n_docs"]))
            x = [int(r["n_docs"]) for r in rs]
            ax_t.plot(x, [float(r["seconds"]) for r in rs], marker="o", label=op)
            ax_m.plot(x, [float(r["peak_rss_mb"]) for r in rs], marker="o", label=op)
        else:
            rs.sort(key=lambda r: int(r["words_per_doc"]))
            ax_l.plot(
                [int(r["words_per_doc"]) for r in rs],
                [float(r["mb_per_s"]) for r in rs],
                marker="o",
                label=op,
            )
    size_rows = [r for r in rows if r["series"] == "size"]
    if size_rows:
        sizes = sorted({int(r["n_docs"]) for r in size_rows})
        text_mb = {int(r["n_docs"]): float(r["text_mb"]) for r in size_rows}
        ax_m.plot(sizes, [3 * text_mb[n] + 200 for n in sizes], "k--", label="3x text + 200 MB")
        first = sizes[0]
        ref = [float(r["seconds"]) for r in size_rows if int(r["n_docs"]) == first and r["op"] == "scan"]
        if ref:
            ax_t.plot(sizes, [ref[0] * n / first for n in sizes], "k:", label="linear from scan @ smallest")
    for ax, title, ylabel in (
        (ax_t, "time vs corpus size (600 words/doc)", "seconds"),
        (ax_m, "peak RSS vs corpus size", "MiB"),
    ):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("documents")
        ax.set_ylabel(ylabel)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    ax_l.set_xscale("log")
    ax_l.set_xlabel("words per document (fixed total words)")
    ax_l.set_ylabel("MB/s (higher is better)")
    ax_l.set_title("throughput vs document length")
    ax_l.grid(True, which="both", alpha=0.3)
    ax_l.legend(fontsize=8)
    fig.tight_layout()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(args.out, dpi=110)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
