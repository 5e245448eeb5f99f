"""Run one workload in a fresh process and report its time and peak memory as JSON on stdout.

    python benchmarks/workload.py --input corpus.jsonl --op signatures_oph [--jobs 2]
    (``--op signatures_oph_pool --jobs 2``: through a ``WorkerPool``, started before the timing)

The building block of ``scan_bench.py``, ``scaling.py`` and ``test_memory.py``, which call
:func:`measure` (this file in a fresh process) so that each workload's peak memory is its own.
The corpus file is JSON lines with ``id``, ``text``, ``source``, ``date`` (see ``write_corpus``).
For ``--op scan`` it also gives ``pairs`` and ``stage_<name>``, the seconds of each stage
(``ScanResult.stats.seconds``).
``peak_rss_mb`` is the largest memory (PSS, so forked workers' shared pages count once) of the
process and its workers sampled during the operation; it includes the interpreter, numpy and the texts.
``lifetime_max_rss_mb`` (``getrusage``) also covers loading the JSON file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import harness

OPS = (
    "signatures_oph", "signatures_oph_pool", "signatures_kperm", "scan", "scan_noprov", "candidates", "rensa",
    "datasketch_lsh", "load_only",
)


def write_corpus(path: Path, n_docs: int, words_per_doc: int = 600, seed: int = harness.CORPUS_SEED) -> int:
    """Write the synthetic benchmark corpus as JSON lines; return its text size in bytes (UTF-8)."""
    corpus = harness.corpus(n_docs, words_per_doc, seed)
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for d in corpus.documents:
            f.write(json.dumps({"id": d.id, "text": d.text, "source": d.source, "date": d.date}) + "\n")
            size += len(d.text.encode("utf-8"))
    return size


REPEATED_LINE = "The quick brown fox jumps over the lazy dog while the farmer watches from afar.\n"


def write_texts(path: Path, texts: Sequence[str]) -> int:
    """Write ``texts`` as a corpus file (ids ``d0``, ``d1``, ..., no source or date); return its size in
    bytes (UTF-8)."""
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": f"d{i}", "text": text, "source": None, "date": None}) + "\n")
            size += len(text.encode("utf-8"))
    return size


def write_one_document(path: Path, text: str) -> int:
    """Write ``text`` as a corpus of one document (JSON lines, like ``write_corpus``); return its size
    in bytes (UTF-8)."""
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "one", "text": text, "source": None, "date": None}) + "\n")
    return len(text.encode("utf-8"))


def repeated_line(size: int, line: str = REPEATED_LINE) -> str:
    """``line`` repeated to ``size`` characters (whole lines): a degenerate document."""
    return line * max(1, size // len(line))


def run(path: Path, op: str, jobs: int, sample_memory: bool = True) -> dict[str, float | int | str]:
    import syndetect

    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    texts = [r["text"] for r in records]
    text_mb = harness.megabytes(texts)
    import gc

    import psutil  # type: ignore[import-untyped]

    gc.collect()
    rss_loaded = psutil.Process().memory_info().rss / 2**20
    # the sampler reads /proc/<pid>/smaps of every process 20 times a second, which slows a large
    # forked run measurably (it takes the kernel's memory-map lock): time without it when asked
    sampler = harness.TreeRSSSampler()
    if sample_memory:
        sampler.__enter__()
    # a pool's workers count in the peak memory (they are children); their start is not timed
    pool = syndetect.WorkerPool(jobs) if op == "signatures_oph_pool" else None
    t0 = time.perf_counter()
    if pool is not None:
        syndetect.signatures(texts, jobs=pool)
    elif op in ("signatures_oph", "signatures_kperm"):
        syndetect.signatures(texts, scheme=op.split("_")[1], jobs=jobs)  # type: ignore[arg-type]
    elif op in ("scan", "scan_noprov"):  # scan_noprov: without the provenance stage
        docs = [syndetect.Document(r["id"], r["text"], r["source"], r["date"]) for r in records]
        del records
        result = syndetect.scan(docs, syndetect.ScanConfig(jobs=jobs), provenance=op == "scan")
    elif op == "candidates":  # the datasketch pipeline's job: signatures, then candidate pairs
        from syndetect.engines.stages import batch_features, find_candidates

        cfg = syndetect.ScanConfig(jobs=jobs)
        pairs, _ = find_candidates(batch_features(texts, cfg), None, cfg)
    elif op == "rensa":
        harness.rensa_rminhash(texts)
    elif op == "datasketch_lsh":
        harness.datasketch_lsh_pipeline(texts)
    seconds = time.perf_counter() - t0
    extra: dict[str, float | int | str] = {}
    if op == "candidates":
        extra["pairs"] = len(pairs)
    if op in ("scan", "scan_noprov"):
        extra["pairs"] = len(result.pairs)
        extra.update({f"stage_{k}": v for k, v in result.stats.seconds.items()})
    if sample_memory:
        sampler.__exit__(None, None, None)
    if pool is not None:
        pool.close()
    return {
        "op": op,
        "jobs": jobs,
        "n_docs": len(texts),
        "text_mb": text_mb,
        "seconds": seconds,
        "mb_per_s": text_mb / seconds if seconds else 0.0,
        "rss_after_load_mb": rss_loaded,
        "peak_rss_mb": sampler.peak_mb if sample_memory else float("nan"),
        "lifetime_max_rss_mb": harness.peak_rss_mb(),
        **extra,
    }


def measure(
    path: Path, op: str, jobs: int = 1, *, memory: bool = True, timeout: float | None = None
) -> dict[str, float | int | str] | None:
    """:func:`run` in a fresh process (this file), so that its peak memory is its own; ``memory=False``
    times without the memory sampler. ``None`` (and the child's stderr printed) when it fails."""
    args = [sys.executable, str(Path(__file__).resolve()), "--input", str(path), "--op", op]
    proc = subprocess.run(
        [*args, "--jobs", str(jobs), *([] if memory else ["--no-memory"])],
        capture_output=True, text=True, check=False, timeout=timeout,
    )
    if proc.returncode != 0:
        print(f"  {op} jobs={jobs} failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}", file=sys.stderr)
        return None
    result: dict[str, float | int | str] = json.loads(proc.stdout)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--op", choices=OPS, required=True)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-memory", action="store_true", help="time only: no memory sampler thread")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.input, args.op, args.jobs, sample_memory=not args.no_memory)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
