"""Credit detection on the hand-written labelled sets in ``tests/data/credits`` (README.md there says
how each was written): the files are what their builders give, the development sets stay at their
scores (heldout to heldout5 were blind sets once; their misses were fixed after they were
measured), and the blind set measured once (``heldout6.jsonl``) holds its floor, with the 0.97 recall
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
                                     "build_heldout3.py", "build_heldout4.py", "build_heldout5.py",
                                     "build_heldout6.py"])
def test_the_labelled_files_are_what_their_builders_give(builder: str) -> None:
    done = subprocess.run([sys.executable, str(DATA / builder), "--check"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("name", ["dev", "test", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"])
def test_the_sets_used_in_development_stay_solved(name: str) -> None:
    """dev and test shaped the detector; the held-out sets' misses were fixed after each was measured
    blind: they measure nothing new, but a change that loses one of their credits is
    a regression (heldout3 keeps one false alarm: Bloomberg's "To contact the reporter" line, which
    it marks outside the credit)."""
    overall = _report(name).overall
    assert overall.precision is not None
    assert overall.recall is not None
    assert overall.precision >= (1.0 if name != "heldout3" else 0.997)
    # heldout 0.997; heldout4 0.995: "(EP/EFE)" (EP, also the European Parliament, is left out) and
    # "नई दिल्ली (पीटीआई)"; heldout5 0.997: "वाशिंगटन (एपी)" (AP, also a state's code, is strict)
    assert overall.recall >= {"heldout": 0.997, "heldout4": 0.994, "heldout5": 0.997}.get(name, 1.0)


def test_blind_set_floor() -> None:
    overall = _report("heldout6").overall
    assert overall.gold >= 300
    assert overall.precision is not None
    assert overall.recall is not None
    assert overall.precision >= 0.99  # 1.000, measured once on the detector of heldout5's fixes
    assert overall.recall >= 0.94  # 0.948


@pytest.mark.xfail(reason="target 0.97: recall 0.948 on the blind set heldout6 (precision 1.000; 0.954 on "
                          "heldout5, 0.902 on heldout4): forms the rules lack ('(Reuters Health)', "
                          "'As per IANS', '— AFP Relaxnews', an agency's name alone above its dateline, "
                          "'Redacción / AFP - EFE', Reuters' French sign-off, Hindi 'के मुताबिक' after an "
                          "ambiguous acronym)",
                   strict=True)
def test_blind_set_recall_target() -> None:
    recall = _report("heldout6").overall.recall
    assert recall is not None
    assert recall >= 0.97
