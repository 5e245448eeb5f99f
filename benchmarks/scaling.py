"""How time and peak memory grow with corpus size and document length.

    python benchmarks/scaling.py                       # 1k..100k docs and 150..4800 words per doc
    python benchmarks/scaling.py --sizes 1000,10000 --lengths 300,1200 --ops signatures_oph,scan
    python benchmarks/scaling.py --plot                # benchmarks/results/scaling.csv -> docs/scaling.png

Every (corpus, operation) pair runs in a fresh process (``workload.py``) so peak memory is its own, and
is written as a row of ``--out`` (CSV) as soon as it is done. Size series: ``--sizes`` documents of ~600
words. Length series: ``--lengths`` words per document at a fixed total of ``--length-total-words``
words, so time per MB should stay flat if cost is linear. ``--plot`` measures nothing: it draws the CSV
(needs matplotlib, ``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import workload

HERE = Path(__file__).resolve().parent
FIELDS = [
    "series",
    "n_docs",
    "words_per_doc",
    "op",
    "jobs",
    "text_mb",
    "seconds",
    "mb_per_s",
    "peak_rss_mb",
    "rss_after_load_mb",
]


def plot(csv_path: Path, png: Path) -> int:
    """Draw the CSV: time and peak memory against corpus size, throughput against document length."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = list(csv.DictReader(csv_path.open()))
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
    png.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(png, dpi=110)
    print(f"wrote {png}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,3000,10000,30000,100000")
    parser.add_argument("--lengths", default="150,300,600,1200,2400,4800")
    parser.add_argument("--length-total-words", type=int, default=1_200_000)
    parser.add_argument("--ops", default="signatures_oph,scan,rensa,datasketch_lsh")
    parser.add_argument(
        "--max-docs-rensa", type=int, default=30_000, help="skip rensa above this many documents"
    )
    parser.add_argument(
        "--max-docs-slow",
        type=int,
        default=100_000,
        help="skip datasketch_lsh above this many documents (it is the slow one)",
    )
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "scaling.csv", help="the CSV file")
    parser.add_argument("--plot", action="store_true", help="measure nothing: draw --out to --png")
    parser.add_argument("--png", type=Path, default=HERE.parent / "docs" / "scaling.png")
    args = parser.parse_args(argv)
    if args.plot:
        return plot(args.out, args.png)
    ops = args.ops.split(",")
    plan: list[tuple[str, int, int]] = [("size", int(n), 600) for n in args.sizes.split(",") if n]
    for w in (int(x) for x in args.lengths.split(",") if x):
        plan.append(("length", max(1, args.length_total_words // w), w))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp, args.out.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        for series, n_docs, words in plan:
            path = Path(tmp) / f"{n_docs}_{words}.jsonl"
            t0 = time.perf_counter()
            workload.write_corpus(path, n_docs, words)
            print(
                f"[{series}] {n_docs} docs x {words} words: corpus in {time.perf_counter() - t0:.0f} s",
                file=sys.stderr,
            )
            for op in ops:
                if op == "datasketch_lsh" and n_docs > args.max_docs_slow:
                    continue
                if op == "rensa" and n_docs > args.max_docs_rensa:
                    continue
                r = workload.measure(path, op, args.jobs)
                if r is None:
                    continue
                row = {
                    "series": series,
                    "n_docs": n_docs,
                    "words_per_doc": words,
                    "op": op,
                    "jobs": args.jobs,
                    **{k: r[k] for k in FIELDS[5:]},
                }
                rows.append(row)
                writer.writerow(row)
                f.flush()
                print(
                    f"  {op:<16} {r['seconds']:8.2f} s {r['mb_per_s']:7.1f} MB/s "
                    f"peak {r['peak_rss_mb']:7.0f} MiB (text {r['text_mb']:.0f} MB)",
                    file=sys.stderr,
                )
            path.unlink()
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
