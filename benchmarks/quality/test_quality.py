"""Quality floors of ``syndetect.scan`` with the default ``ScanConfig()`` on the labelled corpora.

Run with ``python -m pytest benchmarks/quality/test_quality.py`` from the repository root. Each corpus
is scanned once per module. A corpus that is absent from the evaluation directory
(``$SYNDETECT_EVAL_DIR`` or ``../shared/eval``) skips its tests with a message naming the missing path.

Floors are the acceptance targets where one is set, and otherwise the value measured when
the floor was set minus a small margin (shown next to each floor), so a regression fails here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from syndetect import ScanConfig

from .evaluate import CorpusReport, eval_clough, eval_counter, eval_indonesian, eval_msrp, eval_pan13
from .loaders import CorpusMissingError, default_eval_dir

pytestmark = pytest.mark.eval

Evaluator = Callable[[Path, ScanConfig], CorpusReport]


def _run(evaluator: Evaluator) -> CorpusReport:
    eval_dir = default_eval_dir()
    try:
        return evaluator(eval_dir, ScanConfig())
    except CorpusMissingError as exc:
        pytest.skip(f"{exc.corpus} corpus absent: {exc.path} (set SYNDETECT_EVAL_DIR)")


@pytest.fixture(scope="module")
def counter() -> CorpusReport:
    return _run(lambda d, c: eval_counter(d, c, extras=False))


@pytest.fixture(scope="module")
def clough() -> CorpusReport:
    return _run(eval_clough)


@pytest.fixture(scope="module")
def indonesian() -> CorpusReport:
    return _run(eval_indonesian)


@pytest.fixture(scope="module")
def pan13() -> CorpusReport:
    return _run(eval_pan13)


@pytest.fixture(scope="module")
def msrp() -> CorpusReport:
    return _run(eval_msrp)


# --------------------------------------------------------------------------- the data is read right


def test_counter_baselines_reproduce_the_published_figures(counter: CorpusReport) -> None:
    # predicting everything positive gets 0.827, the fitted unigram containment about 0.882
    assert counter.metrics["baseline_all_positive_f1"] == pytest.approx(0.827, abs=0.001)
    assert counter.metrics["baseline_unigram_f1"] == pytest.approx(0.882, abs=0.005)


def test_labelled_counts_match_provenance(counter: CorpusReport, clough: CorpusReport) -> None:
    # 600 COUNTER pairs (423 WD+PD); 95 Clough same-task pairs (57 derived)
    assert counter.metrics["counts::pairs"] == 600
    assert counter.metrics["counts::positive"] == 423
    assert clough.metrics["counts::same_task"] == 95
    assert clough.metrics["counts::derived"] == 57


# --------------------------------------------------------------------------- acceptance targets

COUNTER_GAP = (
    "COUNTER: 26 of 135 wholly derived pairs are never reported, whatever the copy rules (WD recall stays "
    "0.807 from min_reuse 0.08 down to 0.02); their median longest shared verbatim run is 5 words. See the "
    "curve in docs/evaluation.md"
)


@pytest.mark.xfail(reason=COUNTER_GAP, strict=True)
def test_counter_meets_the_issue_target(counter: CorpusReport) -> None:
    # target: wholly derived recall >= 0.90 with at most 15% of non-derived pairs reported
    assert counter.metrics["recall_WD"] >= 0.90
    assert counter.metrics["reported_ND"] <= 0.15


def test_clough_f1_meets_issue_target(clough: CorpusReport) -> None:
    assert clough.metrics["f1"] >= 0.96


# --------------------------------------------------------------------------- regression floors
# (measured value when the floor was set, then the floor)


def test_counter_floors(counter: CorpusReport) -> None:
    m = counter.metrics
    assert m["f1_wdpd"] >= 0.62  # 0.649
    assert m["f1_wd"] >= 0.50  # 0.546
    assert m["recall_WD"] >= 0.76  # 0.807
    assert m["precision_wdpd"] >= 0.80  # 0.845
    assert m["reported_ND"] <= 0.28  # 0.232
    assert m["unlabelled_pairs"] <= 300  # 216


def test_clough_floors(clough: CorpusReport) -> None:
    m = clough.metrics
    assert m["precision"] >= 0.95  # 1.000
    assert m["recall_cut"] >= 0.85  # 17/19; the other two 'cut' answers share at most 3 words in a row
    assert m["recall_light"] >= 0.89  # 19/19
    assert m["recall_heavy"] >= 0.84  # 18/19
    assert m["reported_non"] <= 0.06  # 0/38
    assert m["cross_task_fp"] <= 2  # 0


def test_indonesian_floors(indonesian: CorpusReport) -> None:
    m = indonesian.metrics
    assert m["plagdet_none"] >= 0.95  # 1.000: verbatim cases found whole, one passage each
    assert m["recall_none"] >= 0.95  # 0.999
    assert m["precision_all"] >= 0.90  # 0.973
    assert m["plagdet_all"] >= 0.22  # 0.262
    assert m["doc_precision"] >= 0.90  # 0.978
    assert m["doc_f1"] >= 0.68  # 0.733


def test_pan13_floors(pan13: CorpusReport) -> None:
    m = pan13.metrics
    assert m["passage_recall_good"] >= 0.97  # 0.996
    assert m["doc_recall"] >= 0.98  # 1.000
    assert m["cross_fpr"] <= 0.006  # 3.9e-3


def test_msrp_signatures_track_exact_jaccard(msrp: CorpusReport) -> None:
    m = msrp.metrics
    exact = m["auc::exact Jaccard, word 5-grams"]
    (estimate,) = (v for k, v in m.items() if k.startswith("auc::default signatures"))
    assert abs(estimate - exact) <= 0.03  # 0.630 vs 0.634
    assert estimate >= 0.60
    # independently written same-story sentences rarely share 15 verbatim words; that is what makes a
    # 15-word minimum passage safe
    assert m["neg_share_run_ge_15"] <= 0.06  # 0.044
