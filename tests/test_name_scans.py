"""Finding agency names with several regexes split by first character gives the hits of one prefix
tree of all the names: the same starts, leftmost first, without overlaps, on any text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from syndetect.provenance.agencies import DEFAULT_AGENCIES
from syndetect.provenance.credits import compiled_matcher
from syndetect.provenance.matcher import CJK_CHAR
from syndetect.provenance.vocabulary import leftmost_starts, name_scans, prefix_tree

# names whose matches overlap across the groups (an ASCII name inside another script's, a capital
# name inside a lower-case one, a name inside a longer one), and names of three scripts
NAMES = ["dpa", "dpa-AFX", "AFX", "AFX News", "aFX", "ИТАР-ТАСС", "ТАСС", "TASS", "پی ٹی آئی", "ٹی آئی",
         "AP", "APP", "Associated Press", "Press TV", "rtr", "d p", "ap"]


def _one_tree(names: list[str], text: str, start: int, end: int) -> list[int]:
    return [m.start() for m in re.compile(prefix_tree(names)).finditer(text, start, end)]


def _split(names: list[str], text: str, start: int, end: int) -> list[int]:
    return leftmost_starts(text, start, end, name_scans(names))


pieces = st.sampled_from([*NAMES, " ", "\n", "\t", "x", "dp", "А", "ی", "-", "Press", "ТА", "News", "r", "a"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(pieces, max_size=20).map("".join), st.data())
def test_split_scans_find_what_one_tree_finds(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _split(NAMES, text, start, end) == _one_tree(NAMES, text, start, end)


def test_the_default_names_fall_in_three_groups_and_find_the_same_starts() -> None:
    matcher = compiled_matcher(tuple(DEFAULT_AGENCIES))
    names = [k for k in matcher.names if not CJK_CHAR.search(k)]
    assert len(name_scans(names)) == 2  # "dpa", "afp", "rtr" and their forms apart
    text = ("WASHINGTON (AP) — the dpa-AFX desk and Associated Press said. "
            "اسلام آباد (اے پی پی) ИТАР-ТАСС сообщает Reuters.")
    assert _split(names, text, 0, len(text)) == _one_tree(names, text, 0, len(text))
    assert len(_split(names, text, 0, len(text))) >= 5


def _labelled_texts() -> list[str]:
    here = Path(__file__).parent / "data" / "credits"
    return [json.loads(line)["text"] for path in sorted(here.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_name_running_on_into_a_word_opens_no_window_and_loses_no_credit() -> None:
    """The forms are matched only around hits of a whole name (``Matcher.whole_name``): every text of
    the labelled sets gives the same credits with the forms matched around every hit."""
    matcher = compiled_matcher(DEFAULT_AGENCIES)
    texts = [
        *_labelled_texts(),
        "apply the approach to the rtrend dpanel Tassto Reutersville AFPX APPLE", "(APPLE) -",
        "Die dpa-Meldung", "AP'nin haberine göre", "Reuters’ analysis", "the AFP/dpa report",
    ]
    assert len(texts) > 3000
    found = [matcher.find(t) for t in texts]
    every_hit = re.compile("")
    original = matcher.whole_name
    try:
        matcher.whole_name = every_hit
        assert [matcher.find(t) for t in texts] == found
    finally:
        matcher.whole_name = original
    assert sum(map(len, found)) > 2500
