"""Quality floors on generated news scrapes (:mod:`syndetect.testing.scrape`): page furniture is not
syndication, widely carried stories are not erased, nothing is lost in big groups.

Run with ``python -m pytest benchmarks/quality/test_scrape_quality.py``. The articles' prose is built
from the MSRP sentences in the evaluation directory (``$SYNDETECT_EVAL_DIR`` or ``../shared/eval``);
the tests skip with a message when it is absent. Only the evaluation seeds
(:data:`~benchmarks.quality.scrape_eval.EVAL_SEEDS`) are scored here, never the seeds the rules were
developed on. Floors are the value measured when the floor was set minus a small margin (shown next to
each), so a regression fails here; the issue's targets that are not met yet are strict xfails, which
turn red once they are met.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import syndetect
from syndetect.testing.scrape import preset

from .loaders import default_eval_dir
from .scrape_eval import EVAL_SEEDS, ScrapeScores, score

pytestmark = pytest.mark.eval

SEEDS = EVAL_SEEDS[:2]


def _msrp() -> Path:
    path = default_eval_dir() / "msrp-paraphrase"
    if not path.exists():
        pytest.skip(f"MSRP corpus absent: {path} (set SYNDETECT_EVAL_DIR)")
    return path


@cache
def _scores(name: str, seed: int, declare: bool) -> ScrapeScores:
    corpus = preset(name, seed, declare_sources=declare, msrp=_msrp())
    return score(corpus, syndetect.scan(corpus.documents))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("name", "f1", "furniture_pairs"), [("scrape-8", 0.97, 2), ("templates-12", 0.98, 3)]
)
def test_outlets_without_declared_sources(name: str, f1: float, furniture_pairs: int, seed: int) -> None:
    s = _scores(name, seed, False)
    assert s.pairs.f1 >= f1  # over seeds 100-102: scrape-8 0.989 (seed 101: 0.979), templates-12 0.994
    assert s.pairs.recall >= 0.99  # 1.000, 0.998
    assert s.chars.precision >= 0.98  # 0.997, 0.998
    assert s.chars.recall >= 0.98  # 0.998, 0.998
    assert s.false.furniture_only <= furniture_pairs  # 0 and 2 over three seeds
    assert s.families.lost_members == 0


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", ["scrape-8", "templates-12"])
def test_declared_sources_never_make_it_worse(name: str, seed: int) -> None:
    plain, declared = _scores(name, seed, False), _scores(name, seed, True)
    assert declared.pairs.f1 >= plain.pairs.f1 - 0.002
    assert declared.chars.recall >= plain.chars.recall - 0.002
    assert declared.false.furniture_only <= plain.false.furniture_only


@pytest.mark.xfail(reason="target: scrape-8 F1 0.989 (seeds 100-102): 16 false pairs that "
                          "share formulaic news sentences, none furniture-only; see docs/evaluation.md",
                   strict=True)
def test_scrape_meets_the_issue_target() -> None:
    for seed in SEEDS:
        s = _scores("scrape-8", seed, False)
        assert s.pairs.f1 >= 0.99
        assert s.false.furniture_only == 0


@pytest.mark.parametrize("name", ["wide-60", "wide-500"])
def test_a_story_in_many_outlets_is_one_family_covered_in_every_copy(name: str) -> None:
    s = _scores(name, SEEDS[0], False)
    assert s.families.whole == s.families.true_families
    assert s.families.lost_members == 0
    assert s.coverage.at_least_95 == s.coverage.copies  # every copy (183 and 1503 over three seeds)
    assert s.coverage.minimum >= 0.95  # 0.963 and 0.988


def test_three_thousand_identical_files_are_one_family() -> None:
    s = _scores("identical-3000", SEEDS[0], False)
    assert s.families.whole == s.families.true_families == 1
    assert s.families.lost_members == 0
    assert s.coverage.minimum >= 0.99  # 0.996
