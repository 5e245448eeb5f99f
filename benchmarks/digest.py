"""A digest of every result a scan reports, to show that a change leaves results identical.

    python benchmarks/digest.py --corpus seeds --corpus clough --corpus synthetic:30000 \
        --engine local --engine stream --engine dask --jobs 1 --jobs 2 [--out digests.json]

For each corpus, engine and number of processes it prints one line: the digest (sha256, first 16
hex digits) of the pairs (ids, exact and estimated Jaccard, containments, evidence, every passage
with its offsets, score, quote flag and words), the families (id, members, origin, reason, pair
count), the skipped items and the counts of the statistics (not their timings). Run it before and
after a change, on the same machine or not: the digests must be equal.

Corpora: ``seeds`` (``data/``), ``synthetic:N`` (the planted benchmark corpus of N articles, with
sources and dates), and the labelled corpora of the evaluation directory (``counter``, ``clough``,
``indonesian``, ``pan13``, ``msrp``: the MSRP test sentences as documents), which are skipped with
a message when the directory is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import harness
import syndetect
from syndetect import Document, ScanConfig, ScanResult

ROOT = Path(__file__).resolve().parents[1]


def result_digest(result: ScanResult) -> str:
    """sha256 (16 hex digits) of everything a result reports except timings."""
    h = hashlib.sha256()
    for p in result.pairs:
        h.update(repr((p.a, p.b, p.jaccard, p.jaccard_estimate, p.containment_a, p.containment_b,
                       p.evidence)).encode())
        for s in p.passages:
            h.update(repr((s.a_start, s.a_end, s.b_start, s.b_end, s.score, s.quote, s.words)).encode())
    for f in result.families:
        h.update(repr((f.id, f.members, f.origin, f.origin_reason, f.pairs)).encode())
    for s in result.skipped:
        h.update(repr((s.id, s.reason)).encode())
    st = result.stats
    h.update(repr((st.documents, st.empty_documents, st.candidate_pairs, st.pairs, st.families,
                   st.boilerplate_fingerprints, st.capped_buckets)).encode())
    return h.hexdigest()[:16]


def _seeds() -> list[Document]:
    paths = sorted((ROOT / "data" / "seeds").glob("*.txt"))
    return [Document(id=p.name, text=p.read_text(encoding="utf-8")) for p in paths]


def _eval(name: str) -> Callable[[], list[Document]]:
    def load() -> list[Document]:
        sys.path.insert(0, str(ROOT))
        from benchmarks.quality import loaders

        eval_dir = loaders.default_eval_dir()
        if name == "msrp":
            pairs = loaders.load_msrp(eval_dir, "test")
            return [Document(id=f"{i}{side}", text=t) for i, p in enumerate(pairs)
                    for side, t in (("a", p.text1), ("b", p.text2))]
        loader = getattr(loaders, f"load_{name}")
        return list(loader(eval_dir).documents)

    return load


def corpus(spec: str) -> list[Document]:
    """The documents of a corpus named on the command line."""
    if spec == "seeds":
        return _seeds()
    if spec.startswith("synthetic:"):
        return list(harness.corpus(int(spec.split(":", 1)[1])).documents)
    if spec in ("counter", "clough", "indonesian", "pan13", "msrp"):
        return _eval(spec)()
    raise SystemExit(f"unknown corpus {spec!r}")


def run(docs: Sequence[Document], engine: str, jobs: int) -> ScanResult:
    cfg = replace(ScanConfig(), jobs=jobs)
    if engine == "local":
        return syndetect.scan(docs, cfg)
    if engine == "stream":
        scan_stream = getattr(syndetect, "scan_stream", None)
        if scan_stream is None:  # the layout before the engines package
            from syndetect.engines.stream import scan_stream
        return scan_stream(iter(docs), cfg, partitions=8, batch_size=4096)  # type: ignore[no-any-return]
    if engine == "dask":
        import dask.bag as db
        from distributed import Client, LocalCluster

        scan_dask = getattr(syndetect, "scan_dask", None)
        if scan_dask is None:  # a syndetect from before the name
            from syndetect.dask import scan as scan_dask  # the layout before the engines package
        with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
            bag = db.from_sequence(list(docs), npartitions=max(2, len(docs) // 4000))
            return scan_dask(bag, replace(cfg, jobs=1), client=client)  # type: ignore[no-any-return]
    raise SystemExit(f"unknown engine {engine!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="append", default=[])
    ap.add_argument("--engine", action="append", default=[])
    ap.add_argument("--jobs", action="append", type=int, default=[])
    ap.add_argument("--out", type=Path, help="also write the digests as JSON")
    args = ap.parse_args(argv)
    found: dict[str, str] = {}
    for spec in args.corpus or ["seeds"]:
        try:
            docs = corpus(spec)
        except FileNotFoundError as exc:
            print(f"{spec}: skipped ({exc})")
            continue
        for engine in args.engine or ["local"]:
            for jobs in args.jobs or [1]:
                result = run(docs, engine, jobs)
                key = f"{spec} {engine} jobs={jobs}"
                found[key] = result_digest(result)
                print(f"{key}: {found[key]} ({len(result.pairs)} pairs, {len(result.families)} families)",
                      flush=True)
    if args.out:
        args.out.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
