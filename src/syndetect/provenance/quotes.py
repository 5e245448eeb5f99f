"""Which characters of a text are quotation, across paragraphs, for the ``quote`` relation.

:func:`quoted` follows a quotation from its opening mark to its closing mark. Curly quotes and
guillemets open (“ « „ ‟ 「 『) or close (” » 」 』) by their shape; a straight double quote opens when
it starts the text or follows white space or an opening bracket or dash, or when it follows an
opening mark and a word follows it (``""It was``: a quotation that opens with a quotation), and
closes otherwise. A quotation inside a quotation is part of it. A quotation still open at a
paragraph's end (a line break) goes on into the next paragraph when that paragraph opens with an
opening mark (the press convention for a quotation of several paragraphs: each opens with a mark,
only the last closes), or, when the quotation opened its own paragraph (a quoted block), when a
closing mark a few lines ahead closes it, with only whole quotations in the paragraphs between;
otherwise it ends at the line break, as an unclosed mark (a headline's, or one left open in the
middle of a sentence) is then most likely a stray one.
"""

from __future__ import annotations

import bisect
import re
import sys

__all__ = ["quoted", "quoted_share"]

_OPEN = "“«„‟「『"
_CLOSE = "”»」』"
_STRAIGHT = '"＂'
_MARKS = re.compile(rf"[{_OPEN}{_CLOSE}{_STRAIGHT}]")
_BEFORE_OPENING = "([{—–-/"
_RUN_ON = 12
"""The most lines a quotation runs on to its closing mark (a few paragraphs of a quoted story, with
the blank lines between them)."""


def _opens(text: str, pos: int) -> bool:
    """Whether the quotation mark at ``pos`` opens a quotation (by its shape, or for a straight quote
    by what precedes it)."""
    ch = text[pos]
    if ch in _OPEN:
        return True
    if ch in _CLOSE:
        return False
    if pos == 0 or text[pos - 1].isspace() or text[pos - 1] in _BEFORE_OPENING:
        return True
    before = text[pos - 1]
    after_opening = before in _OPEN or (
        before in _STRAIGHT and (pos == 1 or text[pos - 2].isspace() or text[pos - 2] in _BEFORE_OPENING))
    return after_opening and pos + 1 < len(text) and not text[pos + 1].isspace()


def quoted(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` as sorted, disjoint half-open spans (marks included)."""
    spans: list[tuple[int, int]] = []
    start = -1  # where the open quotation began, -1 when none is open
    depth = 0  # marks open, the quotations inside it included
    reopen = -1  # a paragraph that goes on the quotation opens with a mark here: not a new level
    after = 0  # where the text after the previous mark begins
    for m in _MARKS.finditer(text):
        pos = m.start()
        # the line breaks since the previous mark end the open quotation or carry it on; with none
        # open they change nothing, so a text is read mark by mark, not line by line
        br = text.find("\n", after, pos) if start >= 0 else -1
        while br >= 0:
            goes_on = _goes_on(text, br, depth, start)
            if goes_on is None:
                start = -1
                break
            if goes_on >= 0:
                reopen = goes_on
            br = text.find("\n", br + 1, pos)
        after = pos + 1
        if _opens(text, pos):
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


def _goes_on(text: str, pos: int, depth: int, start: int) -> int | None:
    """Whether a quotation opened at ``start`` and open (``depth`` marks deep) at the line break
    ``pos`` continues into the next paragraph: ``None`` if not; else where that paragraph's opening
    mark is, or -1 when the quotation simply runs on (it opened its paragraph, and the marks ahead
    close it)."""
    nxt = len(text) - len(text[pos:].lstrip())
    if nxt < len(text) and text[nxt] in _OPEN + _STRAIGHT and _opens(text, nxt):
        return nxt
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return None  # opened in the middle of its paragraph: a stray mark, or a quotation cut short
    for _ in range(_RUN_ON):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        level = depth
        for m in _MARKS.finditer(text, pos, end):
            depth += 1 if _opens(text, m.start()) else -1
            if depth == 0:
                return -1
        if depth > level or end == len(text):
            return None  # a paragraph that leaves a new quotation open: the first one was a stray mark
        pos = end
    return None


def quoted_share(spans: list[tuple[int, int]], start: int, end: int) -> float:
    """The share of ``[start, end)`` inside the quotations ``spans`` (from :func:`quoted`)."""
    if end <= start:
        return 0.0
    first = bisect.bisect_right(spans, (start, sys.maxsize)) - 1  # the last span starting at or before
    inside = 0
    for s, e in spans[max(first, 0):]:
        if s >= end:
            break
        inside += max(0, min(e, end) - max(s, start))
    return inside / (end - start)
