"""Near-duplicate removal, syndetect against the usual tools, same corpus, same threshold, same run.

    python benchmarks/dedup_bench.py --docs 50000                      # syndetect and datasketch
    python benchmarks/dedup_bench.py --docs 50000 --anchor-python /tmp/anchors/bin/python

The corpus is :func:`syndetect.testing.dups.dup_corpus` (planted exact, normalised and near
duplicates, near misses and excerpts; truth computed from the words), written once as JSONL. Each
tool runs in a fresh process that reads the texts into memory (not timed), deduplicates them keeping
the first record of each family, and reports its wall time, its peak RSS (``VmHWM``, the whole
process, reading included) and the records it drops; precision and recall of the dropped records are
measured against the truth of the ``first`` policy, and whichever record of a true family is kept
(for the tools that do not keep the first). ``--repeats`` fresh runs per tool (3): the median time and
peak. ``syndetect-file`` runs file to file, reading and writing timed; ``syndetect-dask`` is
:func:`syndetect.dedup_dask` on a two-worker LocalCluster (the driver's peak in the table, the
workers' beside the tool's name); ``--policies`` adds syndetect
with each keep policy against that policy's truth; ``--msrp`` takes the sentences from the MSRP
folder given.

Anchors (each where it imports; the table says which did not):

* ``datasketch``: the usual script, ``MinHash`` of word 5-grams (``\\w+`` tokens, lower case) with
  128 permutations, ``MinHashLSH(threshold)``; a record is dropped when the LSH returns an earlier
  kept record for it, else it is inserted.
* ``datatrove``: its MinHash dedup stages (signatures, buckets, clusters, filter) on local files, as
  its ``examples/minhash_deduplication.py`` runs them (needs ``xxhash<4``, as its ``processing``
  extra pins: with xxhash 4 its signature stage fails with ``Strings must be encoded before
  hashing``).
* ``text-dedup``: its MinHash command (``text_dedup.minhash --local``) on the corpus saved with
  ``datasets`` (saving not timed).

``--anchor-python`` runs the anchors with another interpreter (a virtual environment where they are
installed, so their dependencies stay out of syndetect's).

Scale, in bounded memory (``--parquet-rows``): a Parquet corpus of that many rows (id, text of 50 to
150 pseudo-words, source, date, an integer column ``n``; row groups of ``--row-group`` rows) with one
row in ten a planted copy of an earlier row of its row group (half exact, half with one word in the
middle replaced: Jaccard of word 5-grams 0.80 or more) is generated into ``--workdir``, then
``syndetect dedup corpus.parquet -o out.parquet`` (and ``--mark``) runs in a fresh process, through
the CLI's own code. Each reports its wall time, its peak RSS (``VmHWM``, taken before the output is
checked) and the precision and recall of the rows it dropped against the planted copies; the output
is checked with pyarrow (the input's schema, plus the mark columns) and pandas:

    python benchmarks/dedup_bench.py --parquet-rows 1000000 --workdir /tmp/dedup-scale
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def run_syndetect_file(corpus: Path, threshold: float) -> list[int]:
    """File to file, reading and writing timed (as the anchors' pipelines are)."""
    import numpy as np

    import syndetect

    out = corpus.with_name("syndetect-out.jsonl")
    start = time.perf_counter()
    result = syndetect.dedup(corpus, out, config=syndetect.DedupConfig(threshold=threshold), overwrite=True)
    _report(start, np.flatnonzero(~result.kept).tolist())
    return []


def run_syndetect_dask(corpus: Path, threshold: float) -> list[int]:
    """``dedup_dask`` on a bag of the texts (8 partitions) on a two-worker LocalCluster (one thread
    each), started before the clock; ``peak_mb`` is the driver's, ``worker_peak_mb`` each worker's."""
    import dask.bag as db
    import distributed
    import numpy as np

    import syndetect

    texts = _texts(corpus)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as cluster, \
            distributed.Client(cluster) as client:
        bag = db.from_sequence(texts, npartitions=8)
        start = time.perf_counter()
        result = syndetect.dedup_dask(bag, syndetect.DedupConfig(threshold=threshold), client=client)
        seconds = time.perf_counter() - start
        workers = sorted(client.run(_peak_mb).values())
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb(), "worker_peak_mb": workers,
                      "dropped": np.flatnonzero(~result.kept).tolist()}))
    return []


def prepare_textdedup(corpus: Path, threshold: float) -> None:
    """The corpus as a datasets folder (``save_to_disk``), which text-dedup's ``--local`` loads."""
    import datasets

    datasets.Dataset.from_json(str(corpus)).save_to_disk(str(corpus.with_name("hf")))
    print("{}")


def run_textdedup(corpus: Path, threshold: float) -> list[int]:
    """``python -m text_dedup.minhash --local`` (its CLI, in this process), one process, 128
    permutations, word 5-grams, its own choice of bands for the threshold."""
    import datasets
    from text_dedup.minhash import main

    out = corpus.with_name("textdedup-out")
    args = ["--path", str(corpus.with_name("hf")), "--local", "--output", str(out), "--column", "text",
            "--num_proc", "1", "--num_perm", "128", "--ngram", "5", "--threshold", str(threshold),
            "--cache_dir", str(corpus.with_name("hf-cache"))]
    start = time.perf_counter()
    main.main(args, standalone_mode=False)
    seconds, peak = time.perf_counter() - start, _peak_mb()
    kept = set(datasets.load_from_disk(str(out))["id"])
    ids = [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "dropped": [i for i, x in enumerate(ids)
                                                                        if x not in kept]}))
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

    work = Path(tempfile.mkdtemp(prefix="dt-", dir=corpus.parent))
    inp = work / "in"
    inp.mkdir()
    (inp / "data.jsonl").write_bytes(corpus.read_bytes())
    # 14 buckets of 8 hashes: datatrove's default shape, about 0.8 at its S-curve's middle
    config = MinhashConfig(n_grams=5, num_buckets=14, hashes_per_bucket=8)
    start = time.perf_counter()
    sigs, buckets, ids = str(work / "sigs"), str(work / "buckets"), str(work / "ids")
    stages = (
        [JsonlReader(str(inp)), MinhashDedupSignature(output_folder=sigs, config=config)],
        [MinhashDedupBuckets(input_folder=sigs, output_folder=buckets, config=config)],
        [MinhashDedupCluster(input_folder=buckets, output_folder=ids, config=config)],
        [JsonlReader(str(inp)), MinhashDedupFilter(input_folder=ids),
         JsonlWriter(str(work / "out"), compression=None)],
    )
    # as datatrove's example (examples/minhash_deduplication.py) runs it: a logging folder per stage
    # (it records the tasks done), the bucket stage as one task per bucket; here all in this process
    for n, pipeline in enumerate(stages):
        tasks = config.num_buckets if n == 1 else 1
        logs = str(work / f"logs{n}")
        LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=1, logging_dir=logs).run()
    kept = set()
    for f in (work / "out").glob("*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            kept.add(json.loads(line)["id"])
    ids = [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    dropped = [i for i, x in enumerate(ids) if x not in kept]
    _report(start, dropped)
    return dropped


def generate_planted(path: Path, rows: int, row_group: int) -> None:
    """The scale corpus (see the module's docstring): tables_bench's corpus, then its copies planted
    row group by row group."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tables_bench import generate

    plain = path.with_name(path.stem + ".plain.parquet")
    generate(plain, rows, row_group)
    rng = np.random.default_rng(20240612)
    source = pq.ParquetFile(plain)
    with pq.ParquetWriter(path, source.schema_arrow) as writer:
        for g in range(source.num_row_groups):
            table = source.read_row_group(g)
            texts = table.column("text").to_pylist()
            start = table.column("n")[0].as_py()
            for i in range(10, len(texts)):
                n = start + i
                if n % 10 != 9:
                    continue
                j = i - 1 - int(rng.integers(0, i // 10)) * 10  # an earlier original (n % 10 != 9)
                copy = texts[j].split(" ")
                if n % 20 == 19:  # a word of letters only, in no text: 5 of the 46+ shingles change
                    copy[len(copy) // 2] = "zq" + "".join(chr(97 + int(d)) for d in str(n))
                texts[i] = " ".join(copy)
            at = table.schema.get_field_index("text")
            table = table.set_column(at, "text", pa.array(texts, pa.string()))
            writer.write_table(table, row_group_size=row_group)
    plain.unlink()


def planted(rows: int, row_group: int) -> set[int]:
    """The rows of the scale corpus that are planted copies (to be dropped, keeping the first)."""
    return {n for n in range(rows) if n % 10 == 9 and n % row_group >= 10}


def run_parquet(corpus: Path, mark: bool) -> None:
    """``syndetect dedup`` through the CLI's code, in this process; then the output checked."""
    import pandas as pd
    import pyarrow.parquet as pq

    from syndetect.cli import cli
    from syndetect.deduplication.records import MARK_NAMES

    out = corpus.with_name("marked.parquet" if mark else "deduplicated.parquet")
    start = time.perf_counter()
    cli.main(["dedup", str(corpus), "-o", str(out), "--overwrite", "-q", *(["--mark"] if mark else [])],
             standalone_mode=False)
    seconds, peak = time.perf_counter() - start, _peak_mb()
    schema, source = pq.read_schema(out), pq.read_schema(corpus)
    assert schema.names == [*source.names, *(MARK_NAMES if mark else ())], schema.names
    assert all(schema.field(n).type == source.field(n).type for n in source.names)
    back = pd.read_parquet(out, columns=["n", "dedup_kept"] if mark else ["n"])
    rows = pq.ParquetFile(corpus).metadata.num_rows
    if mark:
        assert len(back) == rows
        dropped = back["n"][~back["dedup_kept"].astype(bool)].tolist()
    else:
        kept = set(back["n"].tolist())
        dropped = [n for n in range(rows) if n not in kept]
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "dropped": dropped,
                      "output_mb": out.stat().st_size / 1e6}))


def scale(args: argparse.Namespace) -> None:
    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.workdir / f"planted-{args.parquet_rows}-{args.row_group}.parquet"
    if not path.exists():
        t = time.perf_counter()
        generate_planted(path, args.parquet_rows, args.row_group)
        print(f"generated {path} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    truth = planted(args.parquet_rows, args.row_group)
    print(f"{args.parquet_rows} rows ({path.stat().st_size / 1e6:.0f} MB Parquet, row groups of "
          f"{args.row_group}), {len(truth)} planted copies\n")
    print("| command | seconds | peak RSS (MB) | dropped | precision | recall |")
    print("|---|---|---|---|---|---|")
    for mode in ("drop", "mark"):
        out = _child("parquet-mark" if mode == "mark" else "parquet", path, args.threshold, sys.executable)
        if out is None:
            continue
        precision, recall = _scores(set(out["dropped"]), truth)
        command = "syndetect dedup in.parquet -o out.parquet" + (" --mark" if mode == "mark" else "")
        print(f"| `{command}` | {out['seconds']:.1f} | {out['peak_mb']:.0f} | {len(out['dropped'])} | "
              f"{precision:.4f} | {recall:.4f} |", flush=True)


def _scores(pred: set[int], truth: set[int]) -> tuple[float, float]:
    tp = len(pred & truth)
    return (tp / len(pred) if pred else 1.0), (tp / len(truth) if truth else 1.0)


def _family_scores(pred: set[int], family: list[int]) -> tuple[float, float]:
    """Precision and recall whichever record of a family is kept: in a true family of ``s`` records,
    up to ``s - 1`` drops are right (dropping all ``s`` loses the text: one of them is wrong); a drop
    outside any family is wrong."""
    sizes: dict[int, int] = {}
    for f in family:
        sizes[f] = sizes.get(f, 0) + 1
    hits: dict[int, int] = {}
    for i in pred:
        hits[family[i]] = hits.get(family[i], 0) + 1
    right = sum(min(h, sizes[f] - 1) for f, h in hits.items())
    should = sum(s - 1 for s in sizes.values())
    return (right / len(pred) if pred else 1.0), (right / should if should else 1.0)


def _child(tool: str, corpus: Path, threshold: float, python: str) -> dict[str, Any] | None:
    """Run ``tool`` in a fresh process: its JSON report, or None (the failure printed)."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(HERE.parent / "src")}
    proc = subprocess.run([python, __file__, "--run", tool, "--corpus", str(corpus), "--threshold",
                           str(threshold)], capture_output=True, text=True, env=env, check=False)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    if proc.returncode or not lines:
        why = (proc.stderr.strip().splitlines() or ["failed"])[-1][:120]
        print(f"| {tool} | not run: {why} | | | | |")
        return None
    out: dict[str, Any] = json.loads(lines[-1])
    return out


def _report(start: float, dropped: list[int]) -> None:
    print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": _peak_mb(), "dropped": dropped}))


TOOLS: dict[str, Callable[[Path, float], Any]] = {
    "syndetect": run_syndetect, "syndetect-file": run_syndetect_file, "syndetect-dask": run_syndetect_dask,
    "datasketch": run_datasketch,
    "datatrove": run_datatrove, "text-dedup": run_textdedup, "text-dedup-prepare": prepare_textdedup,
    "parquet": lambda corpus, threshold: run_parquet(corpus, mark=False),
    "parquet-mark": lambda corpus, threshold: run_parquet(corpus, mark=True),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--msrp", type=Path, default=None, help="MSRP directory for real prose")
    parser.add_argument("--anchor-python", default=sys.executable)
    parser.add_argument("--tools", nargs="+",
                        default=["syndetect", "syndetect-file", "datasketch", "text-dedup", "datatrove"])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--policies", action="store_true", help="also syndetect with each keep policy")
    parser.add_argument("--parquet-rows", type=int, default=None, help="the Parquet scale run instead")
    parser.add_argument("--row-group", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "syndetect-dedup-scale")
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        TOOLS[args.run](args.corpus, args.threshold)
        return
    if args.parquet_rows:
        scale(args)
        return
    from syndetect.testing.dups import dup_corpus

    corpus = dup_corpus(args.docs, seed=args.seed, threshold=args.threshold, msrp=args.msrp)
    truth = corpus.dropped("first")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for d in corpus.documents:
                fh.write(json.dumps({"id": d.id, "text": d.text, "date": d.date}) + "\n")
        size = path.stat().st_size
        prose = "MSRP sentences" if args.msrp is not None and args.msrp.exists() else "generated sentences"
        print(f"{len(corpus.documents)} records ({size / 1e6:.1f} MB, {prose}), {len(truth)} to drop, "
              f"threshold {args.threshold}, 1 process, median of {args.repeats} runs, each a fresh process\n")
        print("| tool | seconds | peak RSS (MB) | dropped | precision | recall | P, any kept | R, any kept |")
        print("|---|---|---|---|---|---|---|---|")
        for tool in args.tools:
            python = sys.executable if tool.startswith("syndetect") else args.anchor_python
            if tool == "text-dedup" and _child("text-dedup-prepare", path, args.threshold, python) is None:
                continue
            runs = [_child(tool, path, args.threshold, python) for _ in range(args.repeats)]
            done = [r for r in runs if r is not None]
            if len(done) < len(runs):
                continue
            pred = set(done[-1]["dropped"])
            precision, recall = _scores(pred, truth)
            any_p, any_r = _family_scores(pred, corpus.family)
            seconds = statistics.median(r["seconds"] for r in done)
            peak = statistics.median(r["peak_mb"] for r in done)
            spread = f" ({min(r['seconds'] for r in done):.2f}-{max(r['seconds'] for r in done):.2f})"
            if "worker_peak_mb" in done[-1]:
                tool += f" (2 workers, peaks {', '.join(f'{w:.0f}' for w in done[-1]['worker_peak_mb'])} MB)"
            print(f"| {tool} | {seconds:.2f}{spread} | {peak:.0f} | {len(pred)} | {precision:.4f} | "
                  f"{recall:.4f} | {any_p:.4f} | {any_r:.4f} |", flush=True)
    if args.policies:
        policies(corpus)


def policies(corpus: Any) -> None:
    """syndetect with each keep policy against that policy's truth: precision and recall of the
    records dropped, and whether the survivors are exactly the ones the truth names."""
    import numpy as np

    import syndetect

    print("\n| keep | dropped | precision | recall | survivors = truth's |")
    print("|---|---|---|---|---|")
    for policy in ("first", "earliest", "longest", "complete"):
        result = syndetect.dedup(corpus.documents, config=syndetect.DedupConfig(keep=policy))
        pred = set(np.flatnonzero(~result.kept).tolist())
        precision, recall = _scores(pred, corpus.dropped(policy))
        same = result.kept_index.tolist() == corpus.kept[policy]
        print(f"| {policy} | {len(pred)} | {precision:.4f} | {recall:.4f} | {'yes' if same else 'no'} |")


if __name__ == "__main__":
    main()
