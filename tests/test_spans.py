"""Line look-ups of the provenance rules against their plain definitions, over every break character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from syndetect.provenance.spans import BREAK_CHARS, line_start, lines


def _plain_line_start(text: str, pos: int) -> int:
    return max((k + 1 for k in range(pos) if text[k] in BREAK_CHARS), default=0)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab \t" + BREAK_CHARS, max_size=40), st.data())
def test_line_start_is_just_after_the_last_break_before_the_position(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    assert line_start(text, pos) == _plain_line_start(text, pos)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab \t" + BREAK_CHARS, max_size=40), st.data())
def test_the_line_before_is_found_across_blank_lines(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    line, before = lines(text, pos)
    assert line == _plain_line_start(text, pos)
    blank = line
    while blank > 0 and text[blank - 1].isspace():
        blank -= 1
    assert before == _plain_line_start(text, blank)
