"""Credit detection on the hand-written labelled sets in ``tests/data/credits`` (README.md there says
how each was written): the files are what their builders give, the development sets stay at their
scores, and the blind set measured once (``heldout2.jsonl``) holds its floor, with the 0.97 recall
target a strict xfail naming the measured figure.

Run with ``python -m pytest benchmarks/quality/test_credit_quality.py``.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from .credits_eval import Report, load, score

pytestmark = pytest.mark.eval

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "credits"


@cache
def _report(name: str) -> Report:
    return score(load(DATA / f"{name}.jsonl"))


@pytest.mark.parametrize("builder", ["build.py", "build_heldout.py", "build_heldout2.py"])
def test_the_labelled_files_are_what_their_builders_give(builder: str) -> None:
    done = subprocess.run([sys.executable, str(DATA / builder), "--check"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("name", ["dev", "test", "heldout"])
def test_the_sets_used_in_development_stay_solved(name: str) -> None:
    """dev and test shaped the detector, heldout's misses were fixed after it was measured: they
    measure nothing new, but a change that loses one of their credits is a regression."""
    overall = _report(name).overall
    assert overall.precision is not None
    assert overall.recall is not None
    assert overall.precision >= (1.0 if name != "heldout" else 0.997)
    assert overall.recall >= (1.0 if name != "heldout" else 0.99)  # heldout: 0.994


def test_blind_set_floor() -> None:
    overall = _report("heldout2").overall
    assert overall.gold >= 300
    assert overall.precision is not None
    assert overall.recall is not None
    assert overall.precision >= 0.99  # 0.997, measured once on the frozen detector
    assert overall.recall >= 0.90  # 0.905


@pytest.mark.xfail(reason="target 0.97: recall 0.905 on the blind set heldout2 (precision 0.997): forms the "
                          "rules lack (editors' codes such as 'EFE mcp/rbn', 'rtr', 'PTI RKB ANB'; agencies "
                          "in slash and comma lists; 'said Bernama'; an agency reporter's eyewitness)",
                   strict=True)
def test_blind_set_recall_target() -> None:
    recall = _report("heldout2").overall.recall
    assert recall is not None
    assert recall >= 0.97
