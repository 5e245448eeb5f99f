"""How time and peak memory grow with corpus size and document length.

    python benchmarks/scaling.py                       # 1k..100k docs and 150..4800 words per doc
    python benchmarks/scaling.py --sizes 1000,10000 --lengths 300,1200 --ops signatures_oph,scan
    python benchmarks/plot_scaling.py                  # benchmarks/results/scaling.csv -> docs/scaling.png

Every (corpus, operation) pair runs in a fresh process (``workload.py``) so peak memory is its own.
Size series: ``--sizes`` documents of ~600 words. Length series: ``--lengths`` words per document at
a fixed total of ``--length-total-words`` words, so time per MB should stay flat if cost is linear.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
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


def _measure(path: Path, op: str, jobs: int) -> dict[str, float] | None:
    proc = subprocess.run(
        [sys.executable, str(HERE / "workload.py"), "--input", str(path), "--op", op, "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        print(f"  {op} failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}", file=sys.stderr)
        return None
    result: dict[str, float] = json.loads(proc.stdout)
    return result


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
    parser.add_argument("--out", type=Path, default=HERE / "results" / "scaling.csv")
    args = parser.parse_args(argv)
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
                r = _measure(path, op, args.jobs)
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
