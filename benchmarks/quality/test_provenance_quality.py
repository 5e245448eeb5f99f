"""Quality floors of the provenance stage on a generated scrape with planted provenance truth
(``provenance-8``, :mod:`benchmarks.quality.provenance_eval`): per-outlet copied share, member
statuses, pair relations and edit counts against the truth.

Run with ``python -m pytest benchmarks/quality/test_provenance_quality.py``. The prose comes from the
MSRP sentences in the evaluation directory (``$SYNDETECT_EVAL_DIR`` or ``../shared/eval``); the tests
skip with a message when it is absent. One evaluation seed is scanned once. A target the stage meets
is asserted; a target it misses is a strict xfail naming the measured figure (it turns red once met),
with a floor beside it at the measured value minus a small margin, so a regression fails too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import syndetect
from syndetect.testing.scrape import preset

from .loaders import MSRP_DIR, default_eval_dir
from .provenance_eval import PRESET, SeedScores, score
from .scrape_eval import EVAL_SEEDS

pytestmark = pytest.mark.eval

SEED = EVAL_SEEDS[0]


def _msrp() -> Path:
    path = default_eval_dir() / MSRP_DIR
    if not path.exists():
        pytest.skip(f"MSRP corpus absent: {path} (set SYNDETECT_EVAL_DIR)")
    return path


@cache
def _scores(seed: int = SEED) -> SeedScores:
    corpus = preset(PRESET, seed, msrp=_msrp())
    return score(corpus, syndetect.scan(corpus.documents))


def test_every_outlet_copied_share_within_two_points() -> None:
    s = _scores()
    assert s.outlets, "the scan reports no OutletStats"
    assert s.max_pp is not None
    assert s.max_pp <= 2.0  # seed 100: 0.34 pp (seeds 101, 102: 0.61, 1.03)
    assert s.mean_pp is not None
    assert s.mean_pp <= 0.5  # 0.06 pp


def test_member_status_target() -> None:
    accuracy = _scores().status_accuracy
    assert accuracy is not None
    assert accuracy >= 0.97  # seed 100: 0.990 (101: 0.975, 102: 0.974)


def test_pair_relation_target() -> None:
    s = _scores()
    assert s.relation_accuracy is not None
    assert s.relation_accuracy >= 0.97  # the target; seed 100: 0.989 (101: 0.972, 102: 0.976)
    truth = {t: sum(v for (x, _), v in s.relations.items() if x == t) for t in ("copy", "version", "quote")}
    assert s.relations[("version", "version")] == truth["version"]  # 34 of 34
    assert s.relations[("copy", "copy")] >= 0.99 * truth["copy"]  # 209 of 209
    assert truth["quote"] > 0
    assert s.relations[("quote", "quote")] >= 0.9 * truth["quote"]  # 35 of 38


def _with_edits(seed: int = SEED) -> SeedScores:
    s = _scores(seed)
    assert s.has_edits, "the scan's provenance has no edit summaries"
    return s


@pytest.mark.parametrize("seed", EVAL_SEEDS[:2])
def test_edit_counts_target(seed: int) -> None:
    """Every copy's edit counts exact (seed 100: 113 of 113; seed 101: 127 of 127, once pairs of only
    short loosely matched passages stopped welding families and a scan's passage edges came to its
    first and last matching runs)."""
    s = _with_edits(seed)
    assert s.edit_members >= 100
    assert s.edit_accuracy == 1.0
    assert s.edit_missing == s.edit_other_source == 0


def test_edit_counts_floor_on_the_third_seed() -> None:
    s = _with_edits(EVAL_SEEDS[2])
    assert s.edit_members >= 100
    assert s.edit_accuracy is not None
    assert s.edit_accuracy >= 0.97  # 0.974 (112 of 115)


@pytest.mark.xfail(reason="seed 102: 112 of 115 copies exact (0.974): a furniture line naming its outlet "
                          "taken as a passage, an inserted word at a passage's edge, a lead-in bridged past "
                          "a matching run", strict=True)
def test_edit_counts_target_on_the_third_seed() -> None:
    assert _with_edits(EVAL_SEEDS[2]).edit_accuracy == 1.0
