"""Which characters of a text are quotation, across paragraphs, for the ``quote`` relation.

:func:`quoted` follows a quotation from its opening mark to its closing mark. Curly quotes and
guillemets open (“ « „ ‟ 「 『) and close (” » 」 』); a straight double quote toggles inside its
paragraph. A quotation still open at a paragraph's end (a line break) goes on into the next paragraph
when that paragraph opens with an opening mark (the press convention for a quotation of several
paragraphs: each opens with a mark, only the last closes) or when the next quotation mark ahead is a
closing one; otherwise it ends at the line break, as an unclosed mark is then most likely a typo.
"""

from __future__ import annotations

import re

__all__ = ["quoted", "quoted_share"]

_OPEN = "“«„‟「『"
_CLOSE = "”»」』"
_STRAIGHT = '"＂'
_MARK = re.compile(rf"[{_OPEN}{_CLOSE}{_STRAIGHT}]|\n")
_NEXT_CURLY = re.compile(rf"[{_OPEN}{_CLOSE}]")


def quoted(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` as sorted, disjoint half-open spans (marks included); a quotation
    inside a curly quotation is part of it."""
    spans: list[tuple[int, int]] = []
    start = -1  # where the open quotation began, -1 when none is open
    curly = False  # whether it opened with a curly mark (it may then run across paragraphs)
    depth = 0  # curly marks open, the quotations inside it included
    reopen = -1  # a paragraph that goes on the quotation opens with a mark here: not a new level
    for m in _MARK.finditer(text):
        ch, pos = m.group(), m.start()
        if ch == "\n":
            if start >= 0:
                goes_on = _goes_on(text, pos, depth) if curly else None
                if goes_on is None:
                    start = -1
                elif goes_on >= 0:
                    reopen = goes_on
            continue
        if ch in _OPEN:
            if start < 0:
                start, curly, depth = pos, True, 1
            elif curly and pos != reopen:
                depth += 1
        elif ch in _STRAIGHT and start < 0:
            start, curly = pos, False
        elif start >= 0 and ((ch in _CLOSE and curly) or (ch in _STRAIGHT and not curly)):
            depth -= 1
            if not curly or depth == 0:
                spans.append((start, pos + 1))
                start = -1
    return spans


def _goes_on(text: str, pos: int, depth: int) -> int | None:
    """Whether a curly quotation open (``depth`` marks deep) at the line break ``pos`` continues into
    the next paragraph: ``None`` if not; else where that paragraph's opening mark is, or -1 when the
    quotation simply runs on (its closing marks lie ahead)."""
    nxt = len(text) - len(text[pos:].lstrip())
    if nxt < len(text) and text[nxt] in _OPEN:
        return nxt
    for m in _NEXT_CURLY.finditer(text, pos):
        depth += 1 if m.group() in _OPEN else -1
        if depth == 0:
            return -1
    return None


def quoted_share(spans: list[tuple[int, int]], start: int, end: int) -> float:
    """The share of ``[start, end)`` inside the quotations ``spans`` (from :func:`quoted`)."""
    if end <= start:
        return 0.0
    inside = sum(max(0, min(e, end) - max(s, start)) for s, e in spans)
    return inside / (end - start)
