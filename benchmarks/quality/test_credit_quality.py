"""Credit detection on the hand-written labelled sets in ``tests/data/credits`` (README.md there says
how each was written): the files are what their builders give, the development sets stay at their
scores (heldout and heldout2 were blind sets once; their misses were fixed after they were
measured), and the blind set measured once (``heldout3.jsonl``) holds its floor, with the 0.97 recall
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


@pytest.mark.parametrize("builder", ["build.py", "build_heldout.py", "build_heldout2.py",
                                     "build_heldout3.py"])
def test_the_labelled_files_are_what_their_builders_give(builder: str) -> None:
    done = subprocess.run([sys.executable, str(DATA / builder), "--check"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("name", ["dev", "test", "heldout", "heldout2"])
def test_the_sets_used_in_development_stay_solved(name: str) -> None:
    """dev and test shaped the detector; heldout's and heldout2's misses were fixed after each was
    measured blind: they measure nothing new, but a change that loses one of their credits is a
    regression."""
    overall = _report(name).overall
    assert overall.precision is not None
    assert overall.recall is not None
    assert overall.precision == 1.0
    assert overall.recall >= (1.0 if name != "heldout" else 0.997)  # heldout: 0.997


def test_blind_set_floor() -> None:
    overall = _report("heldout3").overall
    assert overall.gold >= 300
    assert overall.precision is not None
    assert overall.recall is not None
    assert overall.precision >= 0.99  # 0.992, measured once on the detector of heldout2's fixes
    assert overall.recall >= 0.91  # 0.914


@pytest.mark.xfail(reason="target 0.97: recall 0.914 on the blind set heldout3 (precision 0.992): forms the "
                          "rules lack (lower-case 'afp' in a closing list, 'dpa mz yydd', Hong Kong and "
                          "mainland Chinese datelines and '/美通社/', 'Bernama quoted', Turkish, Urdu and "
                          "Hindi descriptor phrases, '(AA)' after a place in mixed case)",
                   strict=True)
def test_blind_set_recall_target() -> None:
    recall = _report("heldout3").overall.recall
    assert recall is not None
    assert recall >= 0.97
