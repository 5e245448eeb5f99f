"""``scan`` end to end, every run in a fresh process: seconds, seconds per stage, pairs found, and the
same-run ratio against the datasketch ``MinHashLSH`` pipeline.

    python benchmarks/scan_bench.py                     # 100,000 synthetic articles, 1 and 2 processes,
                                                        # against datasketch, 2 rotated rounds
    python benchmarks/scan_bench.py --docs 10000 --rounds 3
    python benchmarks/scan_bench.py --corpora real --jobs 1 --no-datasketch --rounds 1
                                                        # 2,000 articles of each real-text corpus
    python benchmarks/scan_bench.py --provenance-cost --no-datasketch --rounds 3
                                                        # scan with and without provenance, same run
    python benchmarks/scan_bench.py --corpora synthetic,news --candidates --rounds 1
                                                        # also signatures + candidate pairs alone

Corpora: ``synthetic`` (``harness.corpus``, ``--docs`` articles) and the real-text corpora of
``realtext.py`` (``news``, ``urdu``, ``indonesian``, ``pan``, ``--real-docs`` articles each; ``real``
means every one present under ``$SYNDETECT_EVAL_DIR`` or ``../shared/eval``). Each corpus is written to a
JSON-lines file and every (corpus, run) is timed by ``workload.py`` in a fresh process, without the memory
sampler (peak memory is what ``scaling.py`` and ``test_memory.py`` report). Each round runs every run
once, in an order rotated by one each round; the table gives medians.

The datasketch pipeline is what its users write for document-level near-duplicates: MinHash with default
settings, ``MinHashLSH`` insert, then a query per document (``harness.datasketch_lsh_pipeline``). It
finds candidate pairs only: no verification, no passages, no families; ``--candidates`` times
syndetect's part that does the same job (signatures, then candidate pairs from LSH banding and shared
fingerprints, in one process or ``--jobs``). The real-text corpora reuse a
small pool of sentences, so their documents share text with many others and their time is mostly
passage alignment of many pairs, which a document-level tool does not do.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import realtext
import workload

Run = tuple[str, int]  # (workload op, processes)


def write_corpora(
    names: Sequence[str], docs: int, real_docs: int, where: Path
) -> dict[str, tuple[Path, int]]:
    """Each corpus as a JSON-lines file in ``where``: ``{name: (path, bytes of text)}``; a real-text
    corpus that is absent is skipped with a note."""
    out: dict[str, tuple[Path, int]] = {}
    for name in names:
        path = where / f"{name}.jsonl"
        if name == "synthetic":
            out[name] = (path, workload.write_corpus(path, docs))
            continue
        texts = realtext.real_corpus(name, real_docs)
        if texts is None:
            print(f"note: corpus {name!r} not found under {realtext.eval_dir()}; skipped", file=sys.stderr)
            continue
        out[name] = (path, workload.write_texts(path, texts))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", default="synthetic", help="comma-separated: synthetic, news, urdu, "
                        "indonesian, pan, or real (every real-text corpus present); default synthetic")
    parser.add_argument("--docs", type=int, default=100_000, help="synthetic articles (default 100000)")
    parser.add_argument(
        "--real-docs", type=int, default=2000, help="articles per real-text corpus (default 2000)"
    )
    parser.add_argument("--jobs", default="1,2", help="processes of scan, comma-separated (default 1,2)")
    parser.add_argument("--no-datasketch", action="store_true", help="do not time the datasketch pipeline")
    parser.add_argument("--rounds", type=int, default=2, help="rotated rounds (default 2)")
    parser.add_argument("--provenance-cost", action="store_true",
                        help="also time each scan without provenance (provenance=False) and give the ratio")
    parser.add_argument("--candidates", action="store_true",
                        help="also time signatures + candidate pairs alone (the datasketch pipeline's job)")
    args = parser.parse_args(argv)
    names: list[str] = []
    for name in (n.strip() for n in args.corpora.split(",") if n.strip()):
        names += realtext.available() if name == "real" else [name]
    jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    runs: list[Run] = [("scan", j) for j in jobs]
    if args.provenance_cost:
        runs += [("scan_noprov", j) for j in jobs]
    if args.candidates:
        runs += [("candidates", j) for j in jobs]
    if not args.no_datasketch:
        runs.append(("datasketch_lsh", 1))
    with tempfile.TemporaryDirectory() as tmp:
        corpora = write_corpora(names, args.docs, args.real_docs, Path(tmp))
        plan = [(c, r) for c in corpora for r in runs]
        results: dict[tuple[str, Run], list[dict[str, float | int | str]]] = {p: [] for p in plan}
        for rnd in range(args.rounds):
            k = rnd % len(plan) if plan else 0
            for corpus, (op, procs) in plan[k:] + plan[:k]:
                r = workload.measure(corpora[corpus][0], op, procs, memory=False)
                if r is None:
                    return 1
                results[(corpus, (op, procs))].append(r)
                seconds = float(r["seconds"])
                print(f"  round {rnd + 1}: {corpus} {op} jobs={procs} {seconds:.1f} s", file=sys.stderr)
    print(f"{args.rounds} rotated rounds, each run in a fresh process, medians")
    print("| corpus | MB | run | seconds (each round) | stages (s) | pairs | datasketch / run |")
    print("|---|---:|---|---:|---|---:|---:|")
    for corpus, (_, size) in corpora.items():
        med = {run: statistics.median(float(r["seconds"]) for r in results[(corpus, run)]) for run in runs}
        ds = med.get(("datasketch_lsh", 1))
        for run in runs:
            rs = results[(corpus, run)]
            each = ", ".join(f"{float(r['seconds']):.1f}" for r in rs)
            stage_keys = [k for k in rs[0] if k.startswith("stage_") and k != "stage_total"]
            stages = ", ".join(
                f"{k[6:]} {statistics.median(float(r[k]) for r in rs):.1f}" for k in stage_keys
            ) or "-"
            pairs = rs[0].get("pairs", "-")
            ratio = "-" if ds is None else f"{ds / med[run]:.1f}x"
            label = ("datasketch MinHashLSH pipeline" if run[0] == "datasketch_lsh"
                     else f"signatures + candidates jobs={run[1]}" if run[0] == "candidates"
                     else f"{run[0].replace('_noprov', ' provenance=False')} jobs={run[1]}")
            print(
                f"| {corpus} | {size / 1e6:.1f} | {label} | {med[run]:.1f} ({each}) | {stages} | {pairs} "
                f"| {ratio} |"
            )
        if args.provenance_cost:
            for j in jobs:
                on, off = med[("scan", j)], med[("scan_noprov", j)]
                print(f"\n{corpus}, jobs={j}: scan with provenance / without = {on / off:.3f} "
                      f"({on:.1f} s / {off:.1f} s, medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
