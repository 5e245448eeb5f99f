"""When a credit credits a shared passage: the rules, applied to one document's text and credits.

**When a credit credits a passage.** In one document ``T`` a passage spans ``T[s:e]`` (half-open raw
offsets, as everywhere in syndetect); a credit ``c`` spans ``T[c.start:c.end]``. A *paragraph* is a
line: a line break (``\\n``, ``\\r``, U+2028, U+2029, U+0085) ends one, and a run of breaks with only
white space between them (a blank line) is one *break*. ``c`` credits the passage, with the
relation named in brackets, when one of these holds (checked in this order):

1. ``in``: ``c`` overlaps the passage (``c.start < e`` and ``c.end > s``): a credit quoted with the
   shared text, such as a dateline or ``(AFP)`` the copy kept. An ``attribution`` credit more than
   :data:`NEAR_CHARS` characters inside the passage at both ends (``..., he told Reuters.`` in the
   middle of the copied story) names a source of the story's facts, not of its text, and credits
   nothing.
2. ``before`` (the credit introduces the passage): ``c`` ends at or before ``s``, at most
   :data:`NEAR_CHARS` characters before it, with at most one break between them (``c`` is in the
   passage's paragraph or the one right before it), no sentence ends between them (``c``'s sentence
   runs into the passage), and ``c`` is a ``dateline``, ``attribution``, ``byline`` or ``newswire``
   credit (a sign-off or an inline ``(AFP)`` closes the text before it): ``Reuters reports:`` on
   the line before the passage, ``According to AFP,`` opening its sentence; not ``..., he told
   Reuters.`` closing the sentence before it.
3. ``dateline``: ``c`` is a ``dateline`` or ``newswire`` credit that opens the passage's paragraph,
   at any distance before ``s``: on the passage's own line (``BAGHDAD, Jan 5 (Reuters) - ...`` with
   the passage further on in that paragraph) or alone on the line right before it (the story's
   dateline when the passage starts the story).
4. ``after``: ``c`` starts at or after ``e``, at most :data:`NEAR_CHARS` characters after it, and is
   a ``signoff`` or ``inline`` credit with at most one break between them (``... he said. (AFP)``,
   ``-- Reuters`` on the next line), or an ``attribution`` closing the passage's own sentence (no
   break and no sentence end from the passage's last character to ``c``: ``..., Xinhua said.``).
5. ``end``: ``c`` is a ``signoff`` that closes the document (at most :data:`NEAR_CHARS` characters of
   page furniture follow it) and the passage runs to the end of the story: at most one break lies
   between ``e`` and ``c.start``, at any distance.

The agency credited is the credit's own: a credit never credits a passage for another agency. When
several credits credit one passage, the one for the family's source agency is reported if there is
one, then the first by relation (in the order above) and distance.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .agencies import Credit
from .spans import BREAK, line_start, lines

__all__ = ["NEAR_CHARS", "REACH", "RELATIONS", "CreditedText", "Found"]

NEAR_CHARS = 80
"""The most characters between a credit and a passage for the credit to introduce it (``before``) or
follow it (``after``), and the most characters after a sign-off that still closes the document
(``end``). 80 holds a line break and an introduction such as ``The agency reported on Sunday that``;
it keeps out a credit a full sentence or more away, which credits that sentence, not the passage."""

REACH = 400
"""How far from a member's shared passages a credit of the family's source agency still makes the
member ``credited``, and how far beyond that credits are looked for at all (``near=True``): a
paragraph or two, longer than any credit line the default agencies match."""

RELATIONS = ("in", "before", "dateline", "after", "end")
"""How a credit credits a passage, in the order they are checked and preferred."""


_BREAK = re.compile(BREAK.pattern + r"\s*")  # a break with the blank lines after it: one break
_INTRO_KINDS = frozenset({"dateline", "attribution", "byline", "newswire"})
_SENTENCE_END = re.compile(r"[\u3002\uff01\uff1f]|[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*(?:\s|$)")
"""A sentence end: a full stop, question or exclamation mark (and closing quotes or brackets) before
white space or the end, or a CJK full stop or mark."""
_AFTER_KINDS = frozenset({"signoff", "inline"})
_DATELINE_KINDS = frozenset({"dateline", "newswire"})


@dataclass(frozen=True, slots=True)
class Found:
    """A credit that credits a passage: how (one of :data:`RELATIONS`) and how far from it."""

    credit: Credit
    relation: str
    distance: int


class CreditedText:
    """A document's text and its credits (sorted by start), with the look-ups the rules need."""

    def __init__(self, text: str, credits: tuple[Credit, ...]) -> None:
        self.text = text
        self.credits = credits
        self.starts = [c.start for c in credits]
        self.longest = max((c.end - c.start for c in credits), default=0)
        self.last = len(text.rstrip())  # where the text ends but for trailing white space

    def line_start(self, pos: int) -> int:
        return line_start(self.text, pos)

    def breaks(self, start: int, end: int) -> int:
        return len(_BREAK.findall(self.text, start, end))

    def closes(self, credit: Credit) -> bool:
        return self.last - credit.end <= NEAR_CHARS

    def found(self, s: int, e: int, at: tuple[int, int] | None = None) -> list[Found]:
        """Every credit that credits ``text[s:e]``, with its relation (module docstring); ``at`` is
        ``lines(text, s)`` when the caller has it."""
        if not self.credits:
            return []
        line, prev_line = lines(self.text, s) if at is None else at
        lo = min(prev_line, s - NEAR_CHARS) - self.longest
        first = bisect.bisect_left(self.starts, lo)
        last = bisect.bisect_right(self.starts, e + NEAR_CHARS)
        window = list(self.credits[first:last])
        final = self.credits[-1]
        if final.kind == "signoff" and final not in window and self.closes(final):
            window.append(final)
        out = []
        for c in window:
            relation = self._relation(c, s, e, line, prev_line)
            if relation is not None:
                distance = max(0, s - c.end, c.start - e)
                out.append(Found(c, relation, distance))
        return out

    def _relation(self, c: Credit, s: int, e: int, line: int, prev_line: int) -> str | None:
        if c.start < e and c.end > s:
            if c.kind == "attribution" and c.start - s > NEAR_CHARS and e - c.end > NEAR_CHARS:
                return None  # "..., he told Reuters." deep inside the copy: a source of the story's
                # facts, not of its text
            return "in"
        if c.end <= s:
            if (
                c.kind in _INTRO_KINDS
                and s - c.end <= NEAR_CHARS
                and self.breaks(c.end, s) <= 1
                and not _SENTENCE_END.search(self.text, c.end, s)
            ):
                return "before"
            if c.kind in _DATELINE_KINDS and (
                c.start >= line or (c.start >= prev_line and not self.text[c.end : line].strip())
            ):
                return "dateline"
            return None
        near = c.start - e <= NEAR_CHARS
        gap = self.breaks(e, c.start)
        runs_on = gap == 0 and not _SENTENCE_END.search(self.text, max(s, e - 1), c.start)
        if near and ((c.kind in _AFTER_KINDS and gap <= 1) or (c.kind == "attribution" and runs_on)):
            return "after"
        if c.kind == "signoff" and gap <= 1 and self.closes(c):
            return "end"
        return None
