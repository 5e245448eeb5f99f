"""Credit detection on the hand-written labelled sets in ``tests/data/credits`` (README.md there says
how each was written): the files are what their builders give, the development sets stay at their
scores (heldout to heldout8 were blind sets once; their misses were fixed after they were
measured), and the blind set (``heldout9.jsonl``, whose misses have not been read) holds its floor,
with the 0.97 recall target a strict xfail naming the measured figure.

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
                                     "build_heldout6.py", "build_heldout7.py", "build_heldout8.py",
                                     "build_heldout9.py"])
def test_the_labelled_files_are_what_their_builders_give(builder: str) -> None:
    done = subprocess.run([sys.executable, str(DATA / builder), "--check"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("name", ["dev", "test", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                                  "heldout6", "heldout7", "heldout8"])
def test_the_sets_used_in_development_stay_solved(name: str) -> None:
    """dev and test shaped the detector; the held-out sets' misses were fixed after each was measured
    blind: they measure nothing new, but a change that loses one of their credits is
    a regression (heldout3 keeps one false alarm: Bloomberg's "To contact the reporter" line, which
    it marks outside the credit)."""
    overall = _report(name).overall
    assert overall.precision is not None
    assert overall.recall is not None
    assert overall.precision >= (1.0 if name != "heldout3" else 0.997)
    # heldout 0.997; heldout4 0.997: "नई दिल्ली (पीटीआई)"; heldout5 0.997: "वाशिंगटन (एपी)" (AP, also a
    # state's code, is strict);
    # heldout6 0.997: "पीटीआई के मुताबिक" opening a sentence (also how Hindi papers quote the party)
    assert overall.recall >= {"heldout": 0.997, "heldout4": 0.996, "heldout5": 0.997,
                              "heldout6": 0.997}.get(name, 1.0)


def test_blind_set_floor() -> None:
    overall = _report("heldout9").overall
    assert overall.gold >= 300
    assert overall.precision is not None
    assert overall.recall is not None
    assert overall.precision >= 0.99  # 0.995
    assert overall.recall >= 0.94  # 0.953


@pytest.mark.xfail(reason="target 0.97: recall 0.953 on the blind set heldout9 (precision 0.995); the "
                          "blind sets before it gave 0.934, 0.905, 0.914, 0.902, 0.954, 0.948, 0.961 "
                          "and 0.963", strict=True)
def test_blind_set_recall_target() -> None:
    recall = _report("heldout9").overall.recall
    assert recall is not None
    assert recall >= 0.97
