"""Peak memory of text -> signatures and scan, each in a fresh process (target: below 3x the text +
200 MB); one long document, ordinary or one line repeated, against the corpus of the same size.

    pytest benchmarks/test_memory.py -s

Peak RSS is the largest resident memory of the process plus its worker processes, sampled during the
run and combined with ``getrusage``; it includes the interpreter, numpy and the loaded texts.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import workload

N_DOCS = int(os.environ.get("SYNDETECT_BENCH_DOCS", "10000"))


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    path = tmp_path_factory.mktemp("memory") / "corpus.jsonl"
    size = workload.write_corpus(path, N_DOCS)
    return path, size / 2**20


def _measure(path: Path, op: str, jobs: int) -> dict[str, float]:
    result = workload.measure(path, op, jobs, timeout=1200)
    assert result is not None, f"{op} jobs={jobs} failed"
    return {k: float(v) for k, v in result.items() if isinstance(v, (int, float))}


@pytest.mark.parametrize(
    ("op", "jobs"),
    [("signatures_oph", 1), ("signatures_oph", 2), ("signatures_oph_pool", 2), ("signatures_kperm", 1)],
)
def test_signatures_peak_memory(corpus_file: tuple[Path, float], op: str, jobs: int) -> None:
    path, text_mib = corpus_file
    r = _measure(path, op, jobs)
    limit = 3 * text_mib + 200
    print(
        f"\n{op} jobs={jobs}: text {text_mib:.1f} MiB, peak RSS {r['peak_rss_mb']:.1f} MiB "
        f"(after loading {r['rss_after_load_mb']:.1f}), limit {limit:.1f} MiB, {r['mb_per_s']:.1f} MB/s"
    )
    assert r["peak_rss_mb"] < limit


def test_scan_peak_memory(corpus_file: tuple[Path, float]) -> None:
    path, text_mib = corpus_file
    r = _measure(path, "scan", 1)
    print(f"\nscan: text {text_mib:.1f} MiB, peak RSS {r['peak_rss_mb']:.1f} MiB, {r['seconds']:.1f} s")
    # target: 4 GB for 300 MB of text; scaled to this corpus that is ~13x the text size
    assert r["peak_rss_mb"] < 4096 * text_mib / 300 + 200


@pytest.fixture(scope="module")
def same_size_inputs(
    corpus_file: tuple[Path, float], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, float]]:
    """The corpus, its articles joined into one document, and one line repeated to the same size."""
    path, text_mib = corpus_file
    with path.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    one = "\n\n".join(texts)
    del texts
    where = tmp_path_factory.mktemp("one_document")
    inputs = {"corpus": (path, text_mib)}
    for name, text in (("one document", one), ("one line repeated", workload.repeated_line(len(one)))):
        file = where / (name.replace(" ", "_") + ".jsonl")
        inputs[name] = (file, workload.write_one_document(file, text) / 2**20)
    return inputs


def test_one_long_document_costs_what_a_corpus_of_its_size_costs(
    same_size_inputs: dict[str, tuple[Path, float]],
) -> None:
    """Scanning one long document, ordinary or degenerate (one line repeated), must peak at no more
    than 1.5x the scan of a corpus of articles of the same size."""
    peaks = {}
    for name, (path, text_mib) in same_size_inputs.items():
        r = _measure(path, "scan", 1)
        peaks[name] = r["peak_rss_mb"]
        print(f"\nscan {name}: text {text_mib:.1f} MiB, peak RSS {r['peak_rss_mb']:.1f} MiB, "
              f"{r['seconds']:.1f} s")
    for name in ("one document", "one line repeated"):
        assert peaks[name] <= 1.5 * peaks["corpus"], name
