"""The lines and sentences of one document (:class:`ChainText`), for deciding whether a shared piece
of its tokens is a list or prose: sentence ends (:func:`sentence_ends`), lines that are items of a
list (menus, link bars, lists of headlines, notices), text wrapped at a fixed width, and running
text (a copied paragraph).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re

import numpy as np
from numpy.typing import NDArray

from .recurrence import Recurrence

__all__ = [
    "LIST_WORDS",
    "RUNNING_TEXT",
    "SENTENCE_WORDS",
    "ChainText",
    "sentence_ends",
]


RUNNING_TEXT = 40
"""Tokens from which a chain with two full sentences (:meth:`ChainText.running`) is a copied
paragraph, never furniture."""


_FINAL = r"[.!?\u2026\u0964\u06d4\u061f\u3002\uff01\uff1f][\"'\u201d\u2019)\]]*"
"""Final punctuation of any script this project reads, then closing quotes or brackets."""


_SENTENCE_END = re.compile(_FINAL + r"(?:\s+|$)")
"""Final punctuation, closing quotes and the space after: a sentence end unless a lower-case letter
follows ("U.S. forces" goes on; "said. The" ends); see :func:`sentence_ends`."""


_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")


_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt",
    "gov", "sen", "rep", "rev", "hon", "inc", "co", "corp", "ltd", "bros", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
))


def sentence_ends(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Positions of the final punctuation of the sentences that end in ``text[lo:hi]``: not the dot
    of a list item's number at the start of a line ("2. "), of an initial ("J. Smith") or of a common
    abbreviation ("Mr. Reed", "Jan. 5")."""
    hi = len(text) if hi is None else min(hi, len(text))
    out = []
    n = len(text)
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if m.end() < n and text[m.end()].islower():
            continue
        at = m.start()
        if text[at] == "." and at > 0 and text[at - 1].isalnum():
            w0 = at - 1
            while w0 > 0 and at - w0 <= 4 and text[w0 - 1].isalnum():
                w0 -= 1
            word = text[w0:at]
            if at - w0 <= 4 and not (w0 > 0 and text[w0 - 1].isalnum()):
                if word.isdigit() and not text[text.rfind("\n", 0, w0) + 1 : w0].strip():
                    continue  # "2. " numbering a list item
                if (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS:
                    continue
        out.append(at)
    return out


SENTENCE_WORDS = 12
"""Words from which a complete sentence is prose (a copied sentence), not a list item or notice."""


_NO_GOING_ON = frozenset(".!?:;\"'\u201d\u2019)]")
"""Last characters of a line that a next line does not go on from: final punctuation, colons,
closing quotes and brackets (and spaces)."""


def _continuations(text: str) -> list[str]:
    """First characters of the lines that follow a line stopping on a character that is no space
    and not in :data:`_NO_GOING_ON` (that line's last character, its line break, spaces, then the
    next line's first visible character). Read left to right without overlap: the first character
    of a line taken is not the last character of another (the lines of one character)."""
    out: list[str] = []
    free = 0  # characters before this one are taken
    n = len(text)
    at = text.find("\n", 1)
    while at >= 0:
        last = text[at - 1]
        if at - 1 >= free and not last.isspace() and last not in _NO_GOING_ON:
            j = at + 1
            while j < n and text[j] != "\n" and text[j].isspace():
                j += 1
            if j < n and not text[j].isspace():
                out.append(text[j])
                free = j + 1
        at = text.find("\n", at + 1)
    return out


def _wrapped(text: str) -> bool:
    """Whether ``text`` is prose wrapped at a fixed width (e-texts, e-mail, plagiarism corpora):
    more than a quarter of its lines that stop without final punctuation go on, on the next line,
    in lower case (:func:`_continuations`). Lists and menus are followed by new items; news pages
    are one paragraph a line."""
    nexts = _continuations(text)
    return len(nexts) >= 4 and 4 * sum(ch.islower() for ch in nexts) > len(nexts)


_SEPARATORS = re.compile(r"[|\u00b7\u2022\u203a\u00bb]|\S  +\S")


_BULLETS = "\u00b7\u2022\u203a\u00bb"
"""The separators of :data:`_SEPARATORS` beyond ASCII: a middle dot, a bullet, guillemets."""


LIST_WORDS = 14
"""Words from which a line without final punctuation is a list only if it looks like one (items
apart, or capitalised as menu items are): a long headline or a title is no list."""


_ENDS_SENTENCE = re.compile(_FINAL + "$")


_CAPITALISED = re.compile(" ([A-Z0-9]|[^\\x00-\\x7f])")
"""The first character of a word after a space: an ASCII capital or digit, or any other than ASCII
(which may be one)."""


def _separated(line: str) -> bool:
    """Whether ``line`` has list separators (:data:`_SEPARATORS`): a bar, a bullet, a guillemet or
    two spaces and more between items. The characters are looked for first, the regular expression
    run only on lines with two spaces in a row."""
    if "|" in line or (not line.isascii() and any(ch in line for ch in _BULLETS)):
        return True
    return "  " in line and _SEPARATORS.search(line) is not None


def _looks_listed(line: str) -> bool:
    """Whether a line is laid out as a list on its own: items apart, or capitalised word by word
    (three words in five or more begin with a capital or a digit) with no comma (a menu; a run of
    names and places with commas is a roster, a table's text, a sentence of proper names)."""
    if _separated(line):
        return True
    if ", " in line:
        return False
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        # words apart by single spaces (printable: no other space), counted without a split
        words = line.count(" ") + 1 if line else 0
        capitalised = sum(ch.isascii() or ch.isupper() or ch.isdigit()
                          for ch in _CAPITALISED.findall(" " + line))
    else:
        split = line.split()
        words = len(split)
        capitalised = sum(w[0].isupper() or w[0].isdigit() for w in split)
    return words >= 3 and 5 * capitalised >= 3 * words


def _long_sentence(line: str) -> bool:
    """Whether a sentence of :data:`SENTENCE_WORDS` words or more ends in ``line``."""
    at = 0
    for end in sentence_ends(line):
        if len(line[at:end].split()) >= SENTENCE_WORDS:
            return True
        at = end + 1
    return False


def _list_candidate(line: str) -> bool:
    """Whether ``line`` (stripped) may be a list item, its neighbours not considered: not empty, of
    at most :data:`LIST_WORDS` words or laid out as a list, without a sentence of
    :data:`SENTENCE_WORDS` words (words as written: "US5YT=RR" is one)."""
    if not line:
        return False
    words = len(line.split(None, LIST_WORDS))  # LIST_WORDS + 1: more than LIST_WORDS
    if words > LIST_WORDS and not _looks_listed(line):
        return False
    return words < SENTENCE_WORDS or not _long_sentence(line)


class ChainText:
    """The lines and sentences of one document, for deciding whether a shared piece of its tokens is
    a list or prose. ``start`` and ``end`` are the tokens' raw spans in ``text``; everything is found
    once, when first asked."""

    __slots__ = ("_breaks", "_end", "_ends", "_framed", "_lines", "_list_lines", "_listed", "_start",
                 "_starts", "_text", "_wrapped")

    def __init__(self, text: str, start: NDArray[np.int64], end: NDArray[np.int64]) -> None:
        self._text, self._start, self._end = text, start, end
        self._starts: list[int] | None = None
        self._lines: list[int] | None = None
        self._list_lines: tuple[NDArray[np.int64], NDArray[np.bool_]] | None = None
        self._ends: list[int] | None = None
        self._breaks: list[int] | None = None
        self._wrapped: bool | None = None
        self._listed: list[bool] | None = None
        self._framed: bool | None = None

    def _sentence_marks(self) -> tuple[list[int], list[int]]:
        """Positions of the document's sentence ends and paragraph breaks, found once."""
        if self._ends is None or self._breaks is None:
            self._ends = sentence_ends(self._text)
            self._breaks = [m.start() for m in _PARAGRAPH.finditer(self._text)]
        return self._ends, self._breaks

    def _token_starts(self) -> list[int]:
        """The tokens' start characters as a list (for bisecting), made once."""
        if self._starts is None:
            self._starts = self._start.tolist()
        return self._starts

    @property
    def wrapped(self) -> bool:
        """Prose wrapped at a fixed width (:func:`_wrapped`)."""
        if self._wrapped is None:
            self._wrapped = _wrapped(self._text)
        return self._wrapped

    def sentences(self, t0: int, t1: int) -> list[int]:
        """Token counts of the sentences that end inside tokens ``[t0, t1)`` (the first counted from
        ``t0``, however the chain began, or from the last paragraph break before its end: a line
        of a list or a menu that has no final punctuation is no part of the sentence after it)."""
        starts = self._token_starts()
        lo, hi = starts[t0], int(self._end[t1 - 1])
        all_ends, all_breaks = self._sentence_marks()
        ends = all_ends[bisect.bisect_left(all_ends, lo) : bisect.bisect_right(all_ends, hi)]
        if not ends:
            return []
        breaks = all_breaks[bisect.bisect_left(all_breaks, lo) : bisect.bisect_left(all_breaks, hi)]
        # the cuts in text order (on a tie: the chain's start, then sentence ends, then breaks),
        # each with whether it closes a sentence (the others close a paragraph)
        cuts = sorted([(lo, False), *((e, True) for e in ends), *((x, False) for x in breaks)],
                      key=operator.itemgetter(0))
        counts = []
        last = t0
        for i, (cut, is_end) in enumerate(cuts):
            at = bisect.bisect_left(starts, cut, t0, t1)
            if i and is_end:
                counts.append(at - last)
            last = at
        return counts

    def line_starts(self, t0: int, t1: int) -> list[int]:
        """The tokens in ``(t0, t1)`` that begin a line (a line break between them and the token
        before)."""
        if self._lines is None:
            # a token after a line break that is not inside the token before it
            breaks = np.array([m.start() for m in re.finditer("\n", self._text)], dtype=np.int64)
            after = np.searchsorted(self._start, breaks, side="right")
            ok = (after >= 1) & (after < self._start.size)
            after, breaks = after[ok], breaks[ok]
            self._lines = np.unique(after[self._end[after - 1] <= breaks]).tolist()
        lines = self._lines
        return lines[bisect.bisect_right(lines, t0) : bisect.bisect_left(lines, t1)]

    def listy_pieces(self, pieces: list[list[int]]) -> list[bool]:
        """Whether each of ``pieces`` (rows ``a0, a1, ...``, each on one line:
        :func:`~syndetect.align.pieces.split_lines`) lies on a list line (:meth:`list_lines`)."""
        if self._listed is None:
            starts, items = self.list_lines()
            if items.any():
                line = np.searchsorted(starts, self._start, side="right") - 1
                self._listed = items[line].tolist()
            else:
                self._listed = []
        listed = self._listed
        return [bool(listed) and listed[p[0]] for p in pieces]

    def list_lines(self) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
        """The document's lines (start characters) and which are items of a list: lines without
        a sentence of :data:`SENTENCE_WORDS` words, of at most :data:`LIST_WORDS` words or laid out
        as a list (:func:`_looks_listed`),
        not followed by a line that goes on in lower case. A line of short sentences is a list item
        (a notice) only beside another one or last, else a one-line paragraph; a short line without final
        punctuation and not laid out as a list is a heading when it stands alone before text (a
        title). Menus, link bars, lists of headlines, notices and copyright lines are lists; in a
        text wrapped at a fixed width (:func:`_wrapped`) no line is."""
        if self._list_lines is None:
            text = self._text
            raw = text.split("\n")
            starts = np.array([0, *itertools.accumulate(len(line) + 1 for line in raw[:-1])], dtype=np.int64)
            lines = [line.strip() for line in raw]
            flags = [False] * len(lines) if self.wrapped else [_list_candidate(line) for line in lines]
            filled = [i for i, line in enumerate(lines) if line]
            for k, i in enumerate(filled):
                after = filled[k + 1] if k + 1 < len(filled) else None
                if after is not None and lines[after][0].islower():
                    flags[i] = False  # a sentence going on
            items = np.asarray(flags, dtype=np.bool_)
            for k, i in enumerate(filled):
                if not flags[i] or _looks_listed(lines[i]):
                    continue
                before = filled[k - 1] if k > 0 else None
                after = filled[k + 1] if k + 1 < len(filled) else None
                listed_before = before is not None and flags[before]
                listed_after = after is not None and flags[after]
                if _ENDS_SENTENCE.search(lines[i]):
                    # short sentences: a notice among lists or at the end of the page, else a
                    # one-line paragraph of a story
                    items[i] = listed_before or listed_after or after is None
                elif not listed_before and after is not None and not listed_after:
                    items[i] = False  # a heading: the title of the text after it
            self._list_lines = (starts, items)
        return self._list_lines

    def framed(self, rec: Recurrence) -> bool:
        """Whether the document is a page with furniture of its own: a list line (:meth:`list_lines`)
        holding a fingerprint that :data:`FRAME_READERS` documents or more hold (``rec``: the
        document's recurring fingerprints, always the same for one document). Found once."""
        if self._framed is None:
            many = rec.many
            self.listy_pieces([])  # the list flags of the tokens, made once
            if many is None or not self._listed:
                self._framed = False
            else:
                starts = np.diff(np.asarray(many, dtype=np.int64)) > 0  # a fingerprint starts at t
                self._framed = bool(np.any(starts & np.asarray(self._listed, dtype=np.bool_)))
        return self._framed

    def running(self, t0: int, t1: int) -> bool:
        """Running text: at least :data:`RUNNING_TEXT` tokens holding two sentences of
        :data:`SENTENCE_WORDS` words or more (a copied paragraph, wherever its lines break)."""
        if t1 - t0 < RUNNING_TEXT:
            return False
        return sum(n >= SENTENCE_WORDS for n in self.sentences(t0, t1)) >= 2
