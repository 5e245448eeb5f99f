"""Candidate credits as spans: the windows of lines where forms are matched, trimming a span,
spotting a URL or e-mail address, and merging overlapping candidates into :class:`Credit`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .agencies import Credit

Candidate = tuple[int, int, str, str]
"""A credit before merging: ``(start, end, agency, kind)``."""

PRIORITY = {"dateline": 5, "newswire": 5, "byline": 4, "signoff": 3, "attribution": 2, "inline": 1}
"""When two credits of one agency overlap, the one of higher priority (then the longer) is kept."""

URL_MARKS = re.compile(r"://|www\.|@|\.[a-z]{2,}/")
"""What marks a token as a URL or an e-mail address."""


def windows_around(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """Whole lines around each hit (the line before, its own, the line after), merged: the forms are
    matched there only. Windows end at a line end, so ``$`` and look-arounds see what the whole text
    would show them."""
    out: list[tuple[int, int]] = []
    for hit in hits:
        start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, hit))) + 1
        end = text.find("\n", hit)
        end = len(text) if end < 0 else text.find("\n", end + 1)
        end = len(text) if end < 0 else end
        if out and start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


BREAK_CHARS = "\n\r\u2028\u2029\x85"
"""What ends a line (a paragraph): a line feed, a carriage return, U+2028, U+2029, U+0085."""
BREAK = re.compile(f"[{BREAK_CHARS}]")
"""One line-ending character."""


_RARE_BREAK = re.compile(f"[{BREAK_CHARS[1:]}]")


def line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts."""
    start = text.rfind("\n", 0, pos) + 1
    if _RARE_BREAK.search(text, start, pos) is None:
        return start
    for ch in BREAK_CHARS[1:]:  # the rarer breaks, looked for after the last newline only
        start = max(start, text.rfind(ch, start, pos) + 1)
    return start


def lines(text: str, pos: int) -> tuple[int, int]:
    """Where the line of ``pos`` starts, and where the line before it starts (across blank lines)."""
    line = line_start(text, pos)
    blank = line
    while blank > 0 and text[blank - 1].isspace():  # back across \r\n and blank lines
        blank -= 1
    return line, line_start(text, blank)


def whole_lines(text: str, regions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``regions`` of ``text`` (clipped to it) widened to whole lines, sorted and merged."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in regions):
        if end < start:
            continue
        start = text.rfind("\n", 0, start) + 1
        stop = text.find("\n", end)
        end = len(text) if stop < 0 else stop
        if out and start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` moved inwards past whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def in_url(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a URL or an e-mail address (its whitespace-delimited token)."""
    left = start
    while left > 0 and not text[left - 1].isspace() and start - left < 200:
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and right - end < 200:
        right += 1
    return bool(URL_MARKS.search(text, left, right))


def merge_candidates(found: list[Candidate]) -> tuple[Credit, ...]:
    """One credit per stretch of text and agency: overlapping credits of one agency keep the one of
    highest :data:`PRIORITY`, then the longest."""
    kept: list[Candidate] = []
    for cand in sorted(set(found), key=lambda c: (-PRIORITY[c[3]], -(c[1] - c[0]), c[0])):
        if cand[1] <= cand[0]:
            continue
        if any(k[2] == cand[2] and k[0] < cand[1] and cand[0] < k[1] for k in kept):
            continue
        kept.append(cand)
    return tuple(Credit(s, e, a, k) for s, e, a, k in sorted(kept, key=lambda c: (c[0], c[1], c[2])))

