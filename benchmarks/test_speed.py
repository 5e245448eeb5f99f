"""The stages of a scan and the start-up, each beside the naive way of doing the same job, under
pytest-benchmark in the same session.

    pytest benchmarks/test_speed.py [--benchmark-json=benchmarks/results/speed.json]

Groups: ``shingle`` (``normalize_batch``, ``shingle_batch`` with and without raw spans, against
``re.findall`` + join of 5-gram strings), ``candidates`` (LSH star edges plus winnowed fingerprints,
against datasketch ``MinHashLSH`` insert + query over the same signatures), ``alignment``
(``verify_pairs`` on the scan's candidate pairs, against difflib matching blocks of >= 15 words on the same
pairs) and ``startup`` (``import syndetect`` and ``syndetect --help`` against a bare interpreter and
importing datasketch or rensa). Text -> signatures against the anchors is ``signatures_bench.py`` and
``scan`` end to end is ``scan_bench.py``: their interleaved rounds are more robust than
pytest-benchmark's rounds, which run one benchmark after another.

Corpus: ``SYNDETECT_BENCH_DOCS`` synthetic news articles (default 10,000, ~37 MB), word 5-grams,
128 permutations, one process. Every benchmark records ``mb_per_s`` in ``extra_info``; syndetect's also
record ``x_<competitor>`` (competitor time / syndetect time) against the competitors of its group, which
run first. pytest-benchmark's table of each group gives every time relative to the group's fastest in
brackets. No timed assertions: a benchmark informs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pytest

import harness
import syndetect
from syndetect.config import NormalizeConfig, ShingleConfig
from syndetect.text.normalize import normalize_batch
from syndetect.text.shingle import shingle_batch

N_DOCS = int(os.environ.get("SYNDETECT_BENCH_DOCS", "10000"))
ROUNDS = int(os.environ.get("SYNDETECT_BENCH_ROUNDS", "3"))

_MEDIANS: dict[str, float] = {}


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return harness.corpus(N_DOCS).texts


def _run(benchmark: Any, key: str, fn: Callable[[], object], mb: float, *, rounds: int = ROUNDS) -> None:
    """Time ``fn`` with pytest-benchmark and record throughput and ratios to competitors timed so far."""
    benchmark.pedantic(fn, rounds=rounds, iterations=1, warmup_rounds=0)
    median = float(benchmark.stats.stats.median)
    _MEDIANS[key] = median
    benchmark.extra_info["key"] = key
    benchmark.extra_info["mb"] = round(mb, 3)
    benchmark.extra_info["mb_per_s"] = round(mb / median, 3)
    group, name = key.split("/")
    if name.startswith("syndetect"):
        for other, other_median in _MEDIANS.items():
            other_group, other_name = other.split("/")
            if other_group == group and not other_name.startswith("syndetect"):
                benchmark.extra_info[f"x_{other_name}"] = round(other_median / median, 3)


def _chunked(texts: Sequence[str], fn: Callable[[list[str]], object], size: int = 256) -> Callable[[], None]:
    items = list(texts)

    def run() -> None:
        for i in range(0, len(items), size):
            fn(items[i : i + size])

    return run


# ---- normalisation and shingling ------------------------------------------------------------------------


@pytest.mark.benchmark(group="shingle")
def test_shingle_competitor_python(benchmark: Any, texts: list[str]) -> None:
    _run(
        benchmark,
        "shingle/python_re_findall_join",
        lambda: harness.python_shingles_only(texts),
        harness.megabytes(texts),
    )


@pytest.mark.benchmark(group="shingle")
def test_normalize_syndetect(benchmark: Any, texts: list[str]) -> None:
    config = NormalizeConfig()
    _run(
        benchmark,
        "shingle/syndetect_normalize_only",
        _chunked(texts, lambda c: normalize_batch(c, config)),
        harness.megabytes(texts),
    )


@pytest.mark.benchmark(group="shingle")
@pytest.mark.parametrize("spans", [False, True])
def test_shingle_syndetect(benchmark: Any, texts: list[str], spans: bool) -> None:
    config = ShingleConfig()
    fn = _chunked(texts, lambda c: shingle_batch(c, config, spans=spans))
    _run(benchmark, f"shingle/syndetect_shingle{'_spans' if spans else ''}", fn, harness.megabytes(texts))


# ---- start-up -------------------------------------------------------------------------------------------


def _subprocess(args: list[str]) -> Callable[[], None]:
    def run() -> None:
        subprocess.run(args, check=True, capture_output=True)

    return run


_STARTUP = {
    "python_bare": [sys.executable, "-c", "pass"],
    "import_datasketch": [sys.executable, "-c", "import datasketch"],
    "import_rensa": [sys.executable, "-c", "import rensa"],
    "syndetect_import": [sys.executable, "-c", "import syndetect"],
    "syndetect_help": [sys.executable, "-m", "syndetect", "--help"],
}


@pytest.mark.benchmark(group="startup")
@pytest.mark.parametrize("name", list(_STARTUP))
def test_startup(benchmark: Any, name: str) -> None:
    args = _STARTUP[name]
    if name == "syndetect_help" and shutil.which("syndetect"):
        args = [shutil.which("syndetect") or "syndetect", "--help"]
    benchmark.pedantic(_subprocess(args), rounds=10, iterations=1, warmup_rounds=1)
    _MEDIANS[f"startup/{name}"] = float(benchmark.stats.stats.median)
    benchmark.extra_info["key"] = f"startup/{name}"


# ---- pipeline stages: candidate generation and passage alignment ----------------------------------------


@pytest.fixture(scope="module")
def stage_inputs() -> dict[str, Any]:
    """Features and candidates of the scan corpus, prepared exactly as ``scan`` does."""
    from syndetect.candidates.banding import lsh_candidates, optimal_bands
    from syndetect.candidates.features import corpus_features
    from syndetect.candidates.fingerprints import boilerplate_cap, fingerprint_candidates
    from syndetect.engines.stages import source_numbers

    cfg = syndetect.ScanConfig()
    docs = harness.corpus(N_DOCS).documents
    texts = [d.text for d in docs]
    feats = corpus_features(texts, cfg.shingle, cfg.minhash, window=cfg.candidates.window)
    cc = cfg.candidates
    bands, rows = optimal_bands(cc.threshold, cfg.minhash.num_perm, cc.bands)

    def candidates() -> tuple[Any, Any]:
        doc_pairs, _ = lsh_candidates(feats.signatures, bands, rows, cc.max_bucket, feats.n_tokens == 0)
        fps = fingerprint_candidates(
            feats.fp_hash,
            feats.fp_doc,
            source_numbers(docs),
            cap=boilerplate_cap(len(docs), cc.boilerplate_df, cc.boilerplate_fraction),
            source_cap=cc.boilerplate_source_df,
            min_shared=cc.min_shared,
        )
        return np.unique(np.concatenate([doc_pairs, fps.pairs]), axis=0), fps

    pairs, fps = candidates()
    return {
        "cfg": cfg,
        "docs": docs,
        "texts": texts,
        "feats": feats,
        "bands": bands,
        "rows": rows,
        "candidates": candidates,
        "pairs": pairs,
        "fps": fps,
    }


@pytest.mark.benchmark(group="candidates")
def test_candidates_competitor_datasketch_lsh(benchmark: Any, stage_inputs: dict[str, Any]) -> None:
    """datasketch MinHashLSH insert + query over the same signatures (converted, not timed)."""
    from datasketch import LeanMinHash, MinHashLSH

    sigs = stage_inputs["feats"].signatures
    lean = [LeanMinHash(seed=1, hashvalues=row.astype(np.uint64), scheme="legacy") for row in sigs]

    def run() -> None:
        lsh = MinHashLSH(threshold=0.5, num_perm=sigs.shape[1])
        for i, m in enumerate(lean):
            lsh.insert(i, m)
        for m in lean:
            lsh.query(m)

    _run(benchmark, "candidates/datasketch_minhashlsh", run, harness.megabytes(stage_inputs["texts"]))


@pytest.mark.benchmark(group="candidates")
def test_candidates_syndetect(benchmark: Any, stage_inputs: dict[str, Any]) -> None:
    """LSH star edges plus winnowed-fingerprint candidates (syndetect does both; datasketch only LSH)."""
    _run(
        benchmark,
        "candidates/syndetect_lsh_and_fingerprints",
        stage_inputs["candidates"],
        harness.megabytes(stage_inputs["texts"]),
    )
    benchmark.extra_info["candidate_pairs"] = len(stage_inputs["pairs"])


def _difflib_align(texts: list[str], pairs: Any) -> int:
    import difflib

    tokens: dict[int, list[str]] = {}
    found = 0
    for a, b in pairs.tolist():
        ta = tokens.setdefault(a, harness._WORD.findall(texts[a].lower()))
        tb = tokens.setdefault(b, harness._WORD.findall(texts[b].lower()))
        blocks = difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_matching_blocks()
        found += sum(1 for blk in blocks if blk.size >= 15)
    return found


@pytest.mark.benchmark(group="alignment")
def test_alignment_competitor_difflib(benchmark: Any, stage_inputs: dict[str, Any]) -> None:
    """difflib matching blocks (>= 15 words) on the same candidate pairs: the naive way to find passages."""
    texts, pairs = stage_inputs["texts"], stage_inputs["pairs"]
    _run(
        benchmark,
        "alignment/difflib_matching_blocks",
        lambda: _difflib_align(texts, pairs),
        harness.megabytes(texts),
        rounds=1,
    )


@pytest.mark.benchmark(group="alignment")
def test_alignment_syndetect(benchmark: Any, stage_inputs: dict[str, Any]) -> None:
    from syndetect.align.blocks import verify_pairs

    s = stage_inputs
    cfg = s["cfg"]
    ids = [d.id for d in s["docs"]]

    def run() -> None:
        verify_pairs(
            s["pairs"],
            s["texts"],
            ids,
            s["feats"].signatures,
            cfg.shingle,
            cfg.align,
            cfg.candidates,
            recurring=s["fps"].recurring,
        )

    _run(benchmark, "alignment/syndetect_verify_and_align", run, harness.megabytes(s["texts"]))
    benchmark.extra_info["candidate_pairs"] = len(s["pairs"])
