"""Passages cleaned for reporting (:func:`clean_passages`): in order, none overlapping another, and
without a stray word of the neighbouring sentence at either end.
"""

from __future__ import annotations

import re

from .chain import DocTokens, TokenPassage

__all__ = ["clean_passages"]


_SENTENCE_END = re.compile(r"[.!?\u06d4\u061f\u3002\uff01\uff1f][\"'\u201d\u2019)\]]*\s|\n")


def _boundary(text: str, tokens: DocTokens, i: int) -> bool:
    """Whether a sentence or line ends between token ``i`` and token ``i + 1`` (and token ``i + 1``
    does not start in lower case, so "U.S. officials" is not a boundary)."""
    gap = text[int(tokens.end[i]) : int(tokens.start[i + 1])]
    if "\n" in gap:
        return True
    return bool(_SENTENCE_END.search(gap)) and not text[int(tokens.start[i + 1])].islower()


_STRAY = 2
"""Tokens at either end of a passage that may be cut off as the tail of the sentence before it or
the head of the sentence after it."""


def clean_passages(
    found: list[TokenPassage], ta: DocTokens, tb: DocTokens, text_a: str, text_b: str, min_words: int
) -> list[TokenPassage]:
    """Passages in order of ``a``, none overlapping another on either side, and without a stray word
    of the neighbouring sentence at either end: a passage that starts with the last word or two of a
    sentence (or ends with the first of the next) where both texts have that sentence boundary starts
    (or ends) at the boundary instead. A passage left shorter than ``min_words`` is dropped."""
    out: list[TokenPassage] = []
    taken_a: list[tuple[int, int]] = []
    taken_b: list[tuple[int, int]] = []
    for p in sorted(found, key=lambda p: (p.a0, p.b0)):
        head = max(_covered_from(p.a0, taken_a), _covered_from(p.b0, taken_b))
        tail = max(_covered_to(p.a1, taken_a), _covered_to(p.b1, taken_b))
        a0, a1, b0, b1 = p.a0 + head, p.a1 - tail, p.b0 + head, p.b1 - tail
        if min(a1 - a0, b1 - b0) < (min_words if head or tail else 1):
            continue  # what an overlap leaves of it is too short
        a0, a1, b0, b1 = _snap(a0, a1, b0, b1, ta, tb, text_a, text_b)
        if min(a1 - a0, b1 - b0) < min_words:
            continue  # long enough only with a word or two of the sentences around it
        cut = (p.a1 - p.a0) - (a1 - a0)
        matched = max(0, p.matched - cut)
        score = min(1.0, matched / max(a1 - a0, b1 - b0)) if cut else p.score
        out.append(TokenPassage(a0, a1, b0, b1, matched, score))
        taken_a.append((a0, a1))
        taken_b.append((b0, b1))
    return out


def _covered_from(start: int, taken: list[tuple[int, int]]) -> int:
    """How many tokens from ``start`` on lie in the ``taken`` spans (0 when ``start`` lies in none)."""
    at = start
    moved = True
    while moved:
        moved = False
        for lo, hi in taken:
            if lo <= at < hi:
                at, moved = hi, True
    return at - start


def _covered_to(end: int, taken: list[tuple[int, int]]) -> int:
    """How many tokens before ``end`` lie in the ``taken`` spans, counted back from ``end``."""
    at = end
    moved = True
    while moved:
        moved = False
        for lo, hi in taken:
            if lo < at <= hi:
                at, moved = lo, True
    return end - at


def _snap(
    a0: int, a1: int, b0: int, b1: int, ta: DocTokens, tb: DocTokens, text_a: str, text_b: str
) -> tuple[int, int, int, int]:
    """The passage without a stray word of the neighbouring sentence at either end."""
    for k in range(min(_STRAY, a1 - a0 - 1, b1 - b0 - 1)):
        if _boundary(text_a, ta, a0 + k) and _boundary(text_b, tb, b0 + k):
            a0, b0 = a0 + k + 1, b0 + k + 1
            break
    for k in range(min(_STRAY, a1 - a0 - 1, b1 - b0 - 1)):
        if _boundary(text_a, ta, a1 - 2 - k) and _boundary(text_b, tb, b1 - 2 - k):
            a1, b1 = a1 - 1 - k, b1 - 1 - k
            break
    return a0, a1, b0, b1
