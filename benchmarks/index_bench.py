"""The persistent index: build, add a batch and query it; datasketch MinHashLSH fed the same signatures.

    python benchmarks/index_bench.py --docs 100000 --out benchmarks/results/index.json   # the docs' figures
    python benchmarks/index_bench.py --docs 5000 --batch 100 --queries 300               # a quick run

Steps, all on ``synthetic_corpus(docs + batch + queries)`` (news-like, ~3.7 KB per article):

1. build the index at ``--path`` from the first ``docs`` articles in batches of ``--build-batch``;
2. add one more batch of ``--batch`` articles and time it (hashing, candidates, verification of every
   pair found, families, writing: everything ``Index.add`` does);
3. time ``--queries`` single-article queries of unseen articles (median, p99): hashing, lookups,
   alignment of the pairs found, families;
4. datasketch ``MinHashLSH`` (dict storage, same threshold and 128 permutations) fed the very same
   signatures: insert time, query time (candidate ids only: no verification, no passages, nothing on
   disk) and memory (RSS growth).

Prints the figures as JSON (progress on stderr), then a Markdown table; ``--out`` also writes the JSON.
syndetect's query includes hashing, lookups, alignment and families; datasketch's is a candidate lookup
only, from RAM.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import psutil

from syndetect import Index, ScanConfig
from syndetect.candidates.features import corpus_features
from syndetect.testing.synthetic import synthetic_corpus


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _quantile(values: list[float], q: float) -> float:
    return float(np.quantile(np.asarray(values), q))


def bench_index(args: argparse.Namespace, corpus: Any) -> dict[str, Any]:
    docs = corpus.documents
    n, batch, nq = args.docs, args.batch, args.queries
    path = Path(args.path)
    _remove(path)
    out: dict[str, Any] = {"docs": n}
    t0 = time.perf_counter()
    with Index.open(path, ScanConfig(jobs=args.jobs)) as index:
        for start in range(0, n, args.build_batch):
            t = time.perf_counter()
            r = index.add(docs[start : min(n, start + args.build_batch)])
            done = min(n, start + args.build_batch)
            print(
                f"  built {done:>7} docs  batch {time.perf_counter() - t:6.1f} s ({len(r.pairs)} pairs)",
                file=sys.stderr,
                flush=True,
            )
        out["build_seconds"] = time.perf_counter() - t0
        t = time.perf_counter()
        r = index.add(docs[n : n + batch])
        out["add_batch"] = batch
        out["add_batch_seconds"] = time.perf_counter() - t
        out["add_batch_pairs"] = len(r.pairs)
        out["add_batch_stages"] = r.seconds
        times: list[float] = []
        bare: list[float] = []  # the same queries without provenance, interleaved (same run)
        found = 0
        for k, d in enumerate(docs[n + batch : n + batch + nq]):
            for with_provenance in (True, False) if k % 2 else (False, True):
                t = time.perf_counter()
                res = index.query([d], provenance=with_provenance)
                (times if with_provenance else bare).append(time.perf_counter() - t)
            found += len(res.pairs)
        out["query_median_ms"] = 1000 * statistics.median(times)
        out["query_p99_ms"] = 1000 * _quantile(times, 0.99)
        out["query_max_ms"] = 1000 * max(times)
        out["query_no_provenance_median_ms"] = 1000 * statistics.median(bare)
        out["query_no_provenance_p99_ms"] = 1000 * _quantile(bare, 0.99)
        out["queries"] = nq
        out["query_pairs"] = found
        stats = index.stats()
    size = path.stat().st_size  # after close: the write-ahead log is checkpointed into the file
    out["bytes"] = size
    out["bytes_per_document"] = size / stats.documents
    out["fingerprints"] = stats.fingerprints
    out["band_keys"] = stats.band_keys
    out["documents"] = stats.documents
    return out


def bench_datasketch(args: argparse.Namespace, corpus: Any) -> dict[str, Any]:
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    cfg = ScanConfig()
    n, batch, nq = args.docs, args.batch, args.queries
    texts = [d.text for d in corpus.documents]
    feats = corpus_features(
        texts,
        cfg.shingle,
        cfg.minhash,
        window=cfg.candidates.window,
        fingerprint_k=cfg.candidates.fingerprint_k,
    )
    sigs = feats.signatures.astype(np.uint64)
    seed = 1
    hashes = [LeanMinHash(MinHash(num_perm=128, seed=seed, hashvalues=s, scheme="affine32")) for s in sigs]
    gc.collect()
    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    lsh = MinHashLSH(threshold=cfg.candidates.threshold, num_perm=128)
    t = time.perf_counter()
    for i in range(n + batch):
        lsh.insert(i, hashes[i])
    insert = time.perf_counter() - t
    gc.collect()
    rss = proc.memory_info().rss - rss0
    times = []
    for i in range(n + batch, n + batch + nq):
        t = time.perf_counter()
        lsh.query(hashes[i])
        times.append(time.perf_counter() - t)
    return {
        "insert_seconds": insert,
        "insert_us_per_doc": 1e6 * insert / (n + batch),
        "query_median_ms": 1000 * statistics.median(times),
        "query_p99_ms": 1000 * _quantile(times, 0.99),
        "rss_bytes": rss,
        "rss_bytes_per_document": rss / (n + batch),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--build-batch", type=int, default=5000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--path", default="/tmp/syndetect-bench.sdx")
    ap.add_argument("--out", default=None)
    ap.add_argument("--keep", action="store_true", help="keep the index file afterwards")
    args = ap.parse_args()
    t = time.perf_counter()
    corpus = synthetic_corpus(args.docs + args.batch + args.queries, seed=7)
    print(f"corpus generated in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    ours = bench_index(args, corpus)
    theirs = bench_datasketch(args, corpus)
    result = {"syndetect": ours, "datasketch": theirs, "cpus": os.cpu_count()}
    print(json.dumps(result, indent=2))
    o, d = ours, theirs
    print(
        "\n".join(
            [
                f"| {o['docs']:,} articles | syndetect Index (SQLite) | datasketch MinHashLSH (dict) |",
                "|---|---|---|",
                f"| build | {o['build_seconds']:.0f} s (with verification) "
                f"| {d['insert_seconds']:.1f} s (insert) |",
                f"| add {o['add_batch']:,} articles | {o['add_batch_seconds']:.1f} s | - |",
                f"| query median | {o['query_median_ms']:.1f} ms (passages, provenance; "
                f"{o['query_no_provenance_median_ms']:.1f} ms without) "
                f"| {d['query_median_ms']:.3f} ms (ids) |",
                f"| query p99 | {o['query_p99_ms']:.1f} ms "
                f"({o['query_no_provenance_p99_ms']:.1f} ms without) | {d['query_p99_ms']:.3f} ms |",
                f"| size per article | {o['bytes_per_document']:,.0f} B disk "
                f"| {d['rss_bytes_per_document']:,.0f} B RAM |",
            ]
        )
    )
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    if not args.keep:
        _remove(Path(args.path))


if __name__ == "__main__":
    main()
