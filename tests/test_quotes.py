"""Quotations across paragraphs, for the quote relation: the whole class of quotation layouts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syndetect.provenance.quotes import quoted, quoted_share


def _inside(text: str) -> str:
    return "".join(text[s:e] for s, e in quoted(text))


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('He said "we will stay" today.', '"we will stay"'),
        ("He said “we will stay” today.", "“we will stay”"),
        ("Il a dit « nous restons » hier.", "« nous restons »"),
        ("他说「我们留下」。", "「我们留下」"),
        # the press convention: each paragraph opens, only the last closes
        ("“First part.\n\n“Second part,” he said.", "“First part.\n\n“Second part,”"),
        # one mark before the first paragraph and one after the last
        ("“First part.\nSecond part.\nThird part.” Then prose.", "“First part.\nSecond part.\nThird part.”"),
        # an unclosed mark followed by a new quotation: the first ends at its line
        ("“Unclosed here.\nPlain line. “Quoted” end.", "“Quoted”"),
        # straight quotes toggle within their paragraph only
        ('"Open straight.\nplain "closed" line', '"closed"'),
        ("No quotation at all.\nNone here either.", ""),
        ("", ""),
    ],
)
def test_quotations(text: str, inside: str) -> None:
    assert _inside(text) == inside


def test_quoted_share() -> None:
    text = 'ab "cdef" gh'
    spans = quoted(text)
    assert quoted_share(spans, 0, len(text)) == pytest.approx(6 / 12)
    assert quoted_share(spans, 3, 9) == 1.0
    assert quoted_share(spans, 5, 5) == 0.0


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a quotation inside a quotation of several paragraphs
        ("Intro:\n\n“One.\n\nTwo “inner” three.\n\nFour “last.”” (UPI)\nAfter.",
         "“One.\n\nTwo “inner” three.\n\nFour “last.””"),
        # the press convention with a quotation inside
        ("“One “inner” part.\n\n“Two,” he said. Prose.", "“One “inner” part.\n\n“Two,”"),
        # nested on one line
        ("He said “she told me “no” twice” then left.", "“she told me “no” twice”"),
    ],
)
def test_quotations_inside_quotations(text: str, inside: str) -> None:
    assert _inside(text) == inside


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # straight quotes across paragraphs, both conventions
        ('According to AP:\n\n"One.\n\nTwo.\n\nThree." Then prose.', '"One.\n\nTwo.\n\nThree."'),
        ('"One.\n\n"Two," he said.', '"One.\n\n"Two,"'),
        # an apostrophe-like closing mark after a word, an opening one after a dash or bracket
        ('He said—"go"—and ("stay") left.', '"go""stay"'),
    ],
)
def test_straight_quotes_open_and_close_by_their_place(text: str, inside: str) -> None:
    assert _inside(text) == inside


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a quotation that opens with a quotation, in either mark
        ('The AP report said:\n\n""It was bad," he said. Then more."\n\nAfter.',
         '""It was bad," he said. Then more."'),
        ('Said:\n\n“"It was bad," he said.”\n\nAfter.', '“"It was bad," he said.”'),
        # two marks with nothing after: an empty quotation, then prose
        ('The word "" is empty and "this" is not.', '""' + '"this"'),
        ('He wrote ""\n\nand left "quietly" at night.', '""' + '"quietly"'),
    ],
)
def test_a_quotation_may_open_with_a_quotation(text: str, inside: str) -> None:
    assert _inside(text) == inside


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a mark left open in mid-sentence: the paragraphs after are not quotation, even when a
        # closing mark comes later
        ('Judge told Dica: "There is no evidence.\n\nPlain news here.\n\nHe added: x," she said.', ""),
        ('He said “we stay.\n\nPlain line one.\n\nPlain line two” later.', ""),
        # a quoted block opening its own paragraph runs on to its closing mark
        ('Intro:\n\n“One.\n\nTwo.” After.', "“One.\n\nTwo.”"),
        # opened mid-paragraph, carried on by the press convention (the next paragraph reopens)
        ('He said: "We stay.\n\n"We fight," he said.', '"We stay.\n\n"We fight,"'),
    ],
)
def test_a_quotation_left_open_mid_paragraph_ends_at_its_line_break(text: str, inside: str) -> None:
    assert _inside(text) == inside


def test_a_stray_mark_does_not_swallow_the_text() -> None:
    text = '"A headline with a stray mark\n\nBody one.\n\nHe said "yes" twice.\n\nLater "a quote" ends.'
    assert _inside(text) == '"yes""a quote"'


def _quoted_line_by_line(text: str) -> list[tuple[int, int]]:
    """The plain reading of :func:`quoted`: every mark and every line break in turn."""
    from syndetect.provenance import quotes

    spans: list[tuple[int, int]] = []
    start, depth, reopen = -1, 0, -1
    for pos, ch in enumerate(text):
        if ch == "\n":
            if start >= 0:
                goes_on = quotes._goes_on(text, pos, depth, start)
                if goes_on is None:
                    start = -1
                elif goes_on >= 0:
                    reopen = goes_on
            continue
        if ch not in quotes._OPEN + quotes._CLOSE + quotes._STRAIGHT:
            continue
        if quotes._opens(text, pos):
            if start < 0:
                start, depth = pos, 1
            elif pos != reopen:
                depth += 1
        elif start >= 0:
            depth -= 1
            if depth == 0:
                spans.append((start, pos + 1))
                start = -1
    return spans


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet='ab “”«»„‟「」『』"＂\n  ([—-/.', max_size=80))
def test_reading_mark_by_mark_equals_reading_every_line_break(text: str) -> None:
    assert quoted(text) == _quoted_line_by_line(text)
