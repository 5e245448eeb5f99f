"""Time and peak memory of ``scan_stream`` on a large synthetic corpus generated on the fly.

The corpus is never held in memory: it is generated in batches of ``--gen-batch`` documents
(``synthetic_corpus`` with a per-batch seed, ids prefixed by the batch number, so families stay
inside a batch) and consumed by ``scan_stream`` as a generator.

    python benchmarks/stream_bench.py --docs 200000 --jobs 2
    python benchmarks/stream_bench.py --docs 3000 --check      # also compare with in-process scan

Prints one JSON object: documents, corpus bytes, seconds per stage, pairs, families, and peak RSS of
this process and of its (forked) worker processes, from ``getrusage``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator

from syndetect import Document, ScanConfig, scan
from syndetect.engines.stream import scan_stream
from syndetect.testing.synthetic import synthetic_corpus


def corpus(n_docs: int, gen_batch: int, seed: int, counter: list[float]) -> Iterator[Document]:
    """``n_docs`` synthetic documents, generated ``gen_batch`` at a time; ``counter[0]`` sums UTF-8
    bytes, ``counter[1]`` the seconds spent generating (inside the scan's hashing stage)."""
    done = 0
    batch = 0
    while done < n_docs:
        size = min(gen_batch, n_docs - done)
        t = time.perf_counter()
        docs = synthetic_corpus(size, seed=seed * 1_000_003 + batch).documents
        counter[1] += time.perf_counter() - t
        for d in docs:
            counter[0] += len(d.text.encode("utf-8"))
            yield Document(f"b{batch:05d}-{d.id}", d.text, source=d.source, date=d.date)
        done += size
        batch += 1


def _peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--gen-batch", type=int, default=5000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=64)
    ap.add_argument("--batch-size", type=int, default=8192)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--check", action="store_true", help="also run in-process scan and compare")
    args = ap.parse_args(argv)

    cfg = ScanConfig(jobs=args.jobs)
    counter = [0.0, 0.0]
    last = [time.perf_counter()]

    def progress(stage: str, done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 30:
            last[0] = time.perf_counter()
            print(f"{stage} {done}/{total or '?'} rss_peak={_peak_mib(resource.RUSAGE_SELF):.0f} MiB",
                  file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    result = scan_stream(corpus(args.docs, args.gen_batch, args.seed, counter), cfg,
                         workdir=args.workdir, partitions=args.partitions, batch_size=args.batch_size,
                         progress=progress)
    wall = time.perf_counter() - t0
    out = {
        "documents": result.stats.documents,
        "corpus_mb": round(counter[0] / 1e6, 1),
        "jobs": args.jobs,
        "wall_seconds": round(wall, 1),
        "stage_seconds": {k: round(v, 1) for k, v in result.stats.seconds.items()},
        "generation_seconds": round(counter[1], 1),
        "candidate_pairs": result.stats.candidate_pairs,
        "pairs": result.stats.pairs,
        "families": result.stats.families,
        "peak_rss_mib": round(_peak_mib(resource.RUSAGE_SELF)),
        "peak_rss_children_mib": round(_peak_mib(resource.RUSAGE_CHILDREN)),
    }
    if args.check:
        ref = scan(list(corpus(args.docs, args.gen_batch, args.seed, [0.0, 0.0])), cfg)
        out["equal_to_scan"] = ref == result
    print(json.dumps(out))


if __name__ == "__main__":
    main()
