"""Near-duplicate removal, syndetect against the usual tools, same corpus, same threshold, same run.

    python benchmarks/dedup_bench.py --docs 50000                      # syndetect and datasketch
    python benchmarks/dedup_bench.py --docs 50000 --anchor-python /tmp/anchors/bin/python

The corpus is :func:`syndetect.testing.dups.dup_corpus` (planted exact, normalised and near
duplicates, near misses and excerpts; truth computed from the words), written once as JSONL. Each
tool runs in a fresh process that reads the texts into memory (not timed), deduplicates them keeping
the first record of each family, and reports its wall time, its peak RSS (``VmHWM``, the whole
process, reading included) and the records it drops; precision and recall of the dropped records are
measured against the truth of the ``first`` policy.

Anchors (each where it imports; the table says which did not):

* ``datasketch``: the usual script, ``MinHash`` of word 5-grams (``\\w+`` tokens, lower case) with
  128 permutations, ``MinHashLSH(threshold)``; a record is dropped when the LSH returns an earlier
  kept record for it, else it is inserted.
* ``datatrove``: its MinHash dedup stages (signatures, buckets, clusters, filter) on local files.
* ``text-dedup``: its MinHash script (``text_dedup.minhash``) on a local dataset.

``--anchor-python`` runs the anchors with another interpreter (a virtual environment where they are
installed, so their dependencies stay out of syndetect's).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def _texts(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


def _peak_mb() -> float:
    """This process's peak resident memory: ``VmHWM`` (Linux: of this program's memory only, where
    ``ru_maxrss`` also keeps the peak of the parent that forked it), else ``ru_maxrss``."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_syndetect(corpus: Path, threshold: float) -> list[int]:
    import numpy as np

    import syndetect

    texts = _texts(corpus)
    start = time.perf_counter()
    result = syndetect.dedup(texts, config=syndetect.DedupConfig(threshold=threshold))
    _report(start, np.flatnonzero(~result.kept).tolist())
    return []


def run_datasketch(corpus: Path, threshold: float) -> list[int]:
    from datasketch import MinHash, MinHashLSH

    texts = _texts(corpus)
    start = time.perf_counter()
    word = re.compile(r"\w+")
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    dropped = []
    for i, text in enumerate(texts):
        tokens = word.findall(text.lower())
        grams = {" ".join(tokens[j : j + 5]).encode() for j in range(max(1, len(tokens) - 4))}
        m = MinHash(num_perm=128)
        m.update_batch(list(grams))
        if lsh.query(m):
            dropped.append(i)
        else:
            lsh.insert(str(i), m)
    _report(start, dropped)
    return dropped


def run_datatrove(corpus: Path, threshold: float) -> list[int]:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (
        MinhashConfig,
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    work = Path(tempfile.mkdtemp(prefix="dt-"))
    inp = work / "in"
    inp.mkdir()
    (inp / "data.jsonl").write_bytes(corpus.read_bytes())
    # 14 buckets of 8 hashes: datatrove's default shape, about 0.8 at its S-curve's middle
    config = MinhashConfig(n_grams=5, num_buckets=14, hashes_per_bucket=8)
    start = time.perf_counter()
    sigs, buckets, ids = str(work / "sigs"), str(work / "buckets"), str(work / "ids")
    for pipeline in (
        [JsonlReader(str(inp)), MinhashDedupSignature(output_folder=sigs, config=config)],
        [MinhashDedupBuckets(input_folder=sigs, output_folder=buckets, config=config)],
        [MinhashDedupCluster(input_folder=buckets, output_folder=ids, config=config)],
        [JsonlReader(str(inp)), MinhashDedupFilter(input_folder=ids),
         JsonlWriter(str(work / "out"), compression=None)],
    ):
        LocalPipelineExecutor(pipeline=pipeline, tasks=1, workers=1, logging_dir=str(work / "logs")).run()
    kept = set()
    for f in (work / "out").glob("*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            kept.add(json.loads(line)["id"])
    ids = [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    dropped = [i for i, x in enumerate(ids) if x not in kept]
    _report(start, dropped)
    return dropped


def _report(start: float, dropped: list[int]) -> None:
    print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": _peak_mb(), "dropped": dropped}))


TOOLS = {"syndetect": run_syndetect, "datasketch": run_datasketch, "datatrove": run_datatrove}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--msrp", type=Path, default=None, help="MSRP directory for real prose")
    parser.add_argument("--anchor-python", default=sys.executable)
    parser.add_argument("--tools", nargs="+", default=list(TOOLS))
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        TOOLS[args.run](args.corpus, args.threshold)
        return
    from syndetect.testing.dups import dup_corpus

    corpus = dup_corpus(args.docs, seed=args.seed, threshold=args.threshold, msrp=args.msrp)
    truth = corpus.dropped("first")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for d in corpus.documents:
                fh.write(json.dumps({"id": d.id, "text": d.text}) + "\n")
        size = path.stat().st_size
        print(f"{len(corpus.documents)} records ({size / 1e6:.1f} MB), {len(truth)} to drop, threshold "
              f"{args.threshold}, 1 process\n")
        print("| tool | seconds | peak RSS (MB) | dropped | precision | recall |")
        print("|---|---|---|---|---|---|")
        for tool in args.tools:
            python = sys.executable if tool == "syndetect" else args.anchor_python
            env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(HERE.parent / "src")}
            proc = subprocess.run([python, __file__, "--run", tool, "--corpus", str(path), "--threshold",
                                   str(args.threshold)], capture_output=True, text=True, env=env, check=False)
            lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
            if proc.returncode or not lines:
                why = (proc.stderr.strip().splitlines() or ["failed"])[-1][:120]
                print(f"| {tool} | not run: {why} | | | | |")
                continue
            out = json.loads(lines[-1])
            pred = set(out["dropped"])
            tp = len(pred & truth)
            precision = tp / len(pred) if pred else 1.0
            recall = tp / len(truth) if truth else 1.0
            print(f"| {tool} | {out['seconds']:.2f} | {out['peak_mb']:.0f} | {len(pred)} | {precision:.4f} | "
                  f"{recall:.4f} |", flush=True)


if __name__ == "__main__":
    main()
