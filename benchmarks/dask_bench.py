"""In-process ``scan`` against the Dask engine (``syndetect.scan_dask``) on the same
synthetic corpus, on this machine.

    python benchmarks/dask_bench.py --docs 4000 --workers 2 --partitions 8

The Dask run uses a ``LocalCluster`` on 127.0.0.1 (processes, one thread each). Its time is given
without and with starting the cluster; the data are shipped to the workers with
``dask.bag.from_sequence`` (on a real cluster they would be read there, e.g. with ``read_text``).
Prints one JSON object and checks that both results are equal.
"""

from __future__ import annotations

import argparse
import json
import time

import dask.bag as db
from distributed import Client, LocalCluster

import syndetect
from syndetect import ScanConfig
from syndetect.testing.synthetic import synthetic_corpus


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args(argv)

    docs = synthetic_corpus(args.docs, seed=args.seed).documents
    mb = round(sum(len(d.text.encode("utf-8")) for d in docs) / 1e6, 1)
    out: dict[str, object] = {"documents": args.docs, "corpus_mb": mb}
    for jobs in (1, args.workers):
        t = time.perf_counter()
        ref = syndetect.scan(docs, ScanConfig(jobs=jobs))
        out[f"in_process_jobs{jobs}_s"] = round(time.perf_counter() - t, 2)

    t = time.perf_counter()
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
        started = time.perf_counter() - t
        bag = db.from_sequence(docs, npartitions=args.partitions)
        t1 = time.perf_counter()
        got = syndetect.scan_dask(bag, client=client)
        out["dask_s"] = round(time.perf_counter() - t1, 2)
        out["dask_stage_s"] = {k: round(v, 2) for k, v in got.stats.seconds.items()}
        t2 = time.perf_counter()
        again = syndetect.scan_dask(bag, client=client)
        out["dask_warm_s"] = round(time.perf_counter() - t2, 2)
    out["dask_with_cluster_start_s"] = round(started + out["dask_s"], 2)  # type: ignore[operator]
    out["cluster_start_s"] = round(started, 2)
    out["pairs"] = len(ref.pairs)
    out["equal"] = ref == got == again
    print(json.dumps(out))


if __name__ == "__main__":
    main()
