"""What a copy changed, word by word, in the text it shares with its family's source document.

:func:`edit_summary` compares one copy with its source over their passages; :func:`edit_summaries`
does it for every family member of a :class:`~syndetect.types.ScanResult` that has a pair with the
family's origin. Offsets are raw and half-open; an :class:`~syndetect.types.Edit`'s source span
lies inside a passage's source span and its copy span inside the same passage's copy span.

**Words.** The words of a passage are the whitespace-separated tokens (``str.split``) of the raw
text inside its span, so quotes and punctuation stay attached: ``"Hello``, ``said,``. A span that
cuts a token ends the token there.

**When two words match.** A word's *folded* form keeps only its alphanumeric characters
(``str.isalnum``), case kept: ``"U.S."`` -> ``US``, ``said,`` -> ``said``, ``Shi'ite`` ->
``Shiite``. A word without any alphanumeric character folds to itself with typographic variants
unified: quote marks and apostrophes ``' ‘ ’ ‚ ‛ ′`` -> ``'``, ``" “ ” „ « »`` -> ``"``, dashes
``- ‐ ‑ ‒ – — ― −`` -> ``-``, ``…`` -> ``...`` (so an en dash matches an em dash). Two words match
when their folded forms are equal. Matched words whose raw forms differ are one *typographic* edit
each (straight or curly quotes, ``U.S.``/``US``, ``said,``/``said``); a change of case is not
typographic (``The``/``the`` is a substitution).

**The diff.** Each passage is diffed on its own, by a walk over its source side and its copy side
in step. Where the raw text is the same on both sides the walk passes it unread: the places where
the two sides differ, for one alignment of them, come from one comparison of their code points
(most copies are nearly verbatim, so most of a passage is settled there). At each such place the
walk takes the word holding it on each side: equal words (the sides differ only in white space)
are passed, and matching words are one typographic edit. Otherwise it looks for a *lone edit*:
``n`` source words against ``m`` copy words (each at most :data:`LONE_WORDS`; fewest ``n + m``
first, then the smallest ``|n - m|``, then the smallest ``n``) that have no folded word in common
and after which the next :data:`SYNC_WORDS` words match, or the rest of the passage matches on
both sides; it is one opcode (``replace``, ``delete`` or ``insert``). Failing that, the words from
there on are diffed with :class:`difflib.SequenceMatcher` over their folded forms (interned to
integers, ``autojunk=False``) in a window of :data:`WINDOW` words of each side, made four times
larger until its opcodes hold an ``equal`` block of at least :data:`SYNC_WORDS` words (or the
window holds the rest of the passage on both sides); the opcodes before that block are taken. The
walk goes on where the sides are back in step. Edits with fewer than :data:`SYNC_WORDS` matching
words between them are thus diffed together. The opcodes become:

- ``equal``: one ``Edit("typographic", ..., words=1)`` per matched word pair whose raw forms
  differ, spanning exactly those two words; ``typographic`` += 1 each.
- ``replace`` of ``n`` source words by ``m`` copy words: one ``Edit("substitute", ...)`` from the
  first to the last of those words on each side, ``words = max(n, m)``; the counts split it:
  ``substituted += min(n, m)`` and the rest is ``inserted += m - n`` or ``deleted += n - m``.
- ``insert`` of ``m`` copy words: ``Edit("insert", s, s, c0, c1, m)``, ``inserted += m``, where
  ``copy[c0:c1]`` runs from the first to the last inserted word and ``s`` is where they go in the
  source: the start of the source word they precede, else (inserted after the passage's last
  source word) the end of that word, else (a passage without source words) its start.
- ``delete`` of ``n`` source words: the mirror, ``Edit("delete", s0, s1, c, c, n)``,
  ``deleted += n``.

``source_words`` is the number of words of the source side over all the passages.

**Passage edges.** A scan's passages (:func:`edit_summaries`) may begin or end on text around the
copied text that the aligner took in with it: a page's posting time, the copy's own lead-in. There each
passage is compared from its first to its last run of :data:`SYNC_WORDS` matching words that starts
(ends) within :data:`EDGE_WORDS` words of its start (end) on both sides, the run skipping the fewest
words; an end with no such run stays where it is. :func:`edit_summary` compares the spans it is given
exactly as given.

**Paragraphs.** A paragraph of the source is a line of its raw text: a line break (``\\n``,
``\\r``, U+2028, U+2029, U+0085) ends one, and a run of breaks with only white space between them
(a blank line, ``\\r\\n``) is one break. A source paragraph belongs to the *story* when at least
half of its non-space characters lie inside ``story`` (for :func:`edit_summaries`, the union of the
origin's sides of all its pairs with members of the family: what the family shares of the source);
it is *carried* by the copy when at least half of them lie inside the source sides of the copy's
passages. ``paragraphs_dropped`` counts the story paragraphs not carried. ``paragraphs_reordered``
is the number of carried paragraphs minus the longest subsequence of them, in source order, whose
places in the copy increase: a carried paragraph's place is its first character inside a passage (the
passage starting first that holds it), mapped into that passage's copy span in proportion to its
offset in the source span, ties broken by source order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from itertools import islice, pairwise

import numpy as np
from numpy.typing import NDArray

from ..errors import CorpusError
from ..types import Edit, EditSummary
from .spans import BREAK

__all__ = ["LONE_WORDS", "SYNC_WORDS", "WINDOW", "Edit", "EditSummary", "SourceText", "Span", "WordIds"]
__all__ += ["check_spans", "edit_summary", "fold", "merge_spans", "summarize"]

Span = tuple[int, int, int, int]
"""One passage of a pair oriented from the source: ``(source_start, source_end, copy_start,
copy_end)``, raw half-open offsets into the source's and the copy's texts."""

SYNC_WORDS = 4
"""Matching words in a row after which the walk over a passage takes the two sides as back in step."""

EDGE_WORDS = 8
"""Words at either end of a passage that may lie outside its first or last run of matching words."""

WINDOW = 16
"""Words of each side in the first window diffed where the two sides of a passage part."""

LONE_WORDS = 3
"""The most words on each side of a lone edit, settled without :class:`difflib.SequenceMatcher`."""

_LONE = sorted(((n, m) for n in range(LONE_WORDS + 1) for m in range(LONE_WORDS + 1) if n or m),
               key=lambda nm: (nm[0] + nm[1], abs(nm[0] - nm[1]), nm[0]))  # the order they are tried in
_Ops = Sequence[tuple[str, int, int, int, int]]
_Matches = list[re.Match[str]]
_Ids = list[int]

_END = 1 << 62  # past any offset
_SPACE = np.array([chr(c).isspace() for c in range(0x3002)])  # code point -> str.isspace(); above: False
_WORD = re.compile(r"\S+")
_NON_ALNUM = re.compile(r"[\W_]+")  # exactly the characters for which str.isalnum() is false
_NOT_BREAKS = "\x0b\x0c\x1c\x1d\x1e"  # str.splitlines ends lines there too; here they are white space
_TYPOGRAPHIC = str.maketrans({**dict.fromkeys("‘’‚‛′", "'"), **dict.fromkeys("“”„«»", '"'),
                               **dict.fromkeys("‐‑‒–—―−", "-"), "…": "..."})


def fold(word: str) -> str:
    """A word's folded form (module docstring): its alphanumeric characters, or, for a word
    without any, the word with quotes, apostrophes, dashes and the ellipsis unified."""
    folded = _NON_ALNUM.sub("", word)
    return folded if folded else word.translate(_TYPOGRAPHIC)


class WordIds:
    """Raw word -> integer id of its folded form, shared by every passage of one call."""

    __slots__ = ("folded", "ids")

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.folded: dict[str, int] = {}

    def id(self, word: str) -> int:
        found = self.ids.get(word)
        if found is None:
            found = self.ids[word] = self.folded.setdefault(fold(word), len(self.folded))
        return found

    def intern(self, words: list[str]) -> list[int]:
        return [self.id(word) for word in words]


def _codes(text: str) -> NDArray[np.uint32]:
    """The code points of ``text`` (lone surrogates included)."""
    if not text:
        return np.zeros(0, dtype=np.uint32)
    return np.array(text, dtype=f"<U{len(text)}").reshape(1).view(np.uint32)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` (module docstring) from their first non-space character to
    their last, in order."""
    if any(ch in text for ch in _NOT_BREAKS):
        lines = [line + " " for line in BREAK.split(text)]  # each with the break it ends at
    else:
        lines = text.splitlines(True)  # "\r\n" is one line end: its lines hold the same paragraphs
    out, pos = [], 0
    for line in lines:
        core = line.strip()
        if core:
            start = pos + len(line) - len(line.lstrip())
            out.append((start, start + len(core)))
        pos += len(line)
    return out


def _offsets(found: NDArray[np.intp], end: int) -> Iterator[int]:
    """``found`` a few at a time (past a change of alignment they are noise), then ``end``."""
    for k in range(0, len(found), 8):
        yield from found[k : k + 8].tolist()
    yield end


def _word_end(text: str, start: int, end: int) -> int:
    """The end of the last word of ``text[start:end]``, else ``start``."""
    return start + len(text[start:end].rstrip())


class _Tally:
    """The counts and edits of one copy's summary, passage by passage."""

    __slots__ = ("anchored", "copy", "copy_codes", "deleted", "edits", "inserted", "source", "source_words",
                 "substituted", "typographic", "words")

    def __init__(self, words: WordIds, source: SourceText, copy: str, anchored: bool = False) -> None:
        self.words, self.source, self.copy, self.anchored = words, source, copy, anchored
        self.copy_codes: NDArray[np.uint32] | None = None
        self.source_words = self.inserted = self.deleted = self.substituted = self.typographic = 0
        self.edits: list[Edit] = []

    def passage(self, span: Span) -> None:
        """Walk one passage on both sides in step (module docstring, *The diff*), from its first to its
        last run of matching words (*Passage edges*)."""
        s0, s1, c0, c1 = span
        source, copy = self.source.text, self.copy
        self.source_words += self.source.words(s0, s1)
        if source[s0:s1] == copy[c0:c1]:
            return
        if self.anchored:
            span = s0, s1, c0, c1 = self.edges(span)
        if self.copy_codes is None:
            self.copy_codes = _codes(copy)
        a, b = self.source.codes, self.copy_codes
        i, j = s0, c0
        while True:  # one round per alignment of the two sides
            n = min(s1 - i, c1 - j)
            shift, base = j - i, i
            for off in _offsets(np.flatnonzero(a[i : i + n] != b[j : j + n]), n):
                p = base + off
                if p < i:
                    continue
                if p == s1 and p + shift == c1:
                    return
                step = self.step(span, i, j, p, p + shift)
                if step is None:
                    return
                i, j = step
                if j - i != shift:
                    break

    def edges(self, span: Span) -> Span:
        """``span`` from the first to the last run of :data:`SYNC_WORDS` matching words that starts (ends)
        within :data:`EDGE_WORDS` words of its ends on both sides; an end with no such run stays."""
        s0, s1, c0, c1 = span
        source, copy = self.source.text, self.copy
        head = source[s0 : min(s1, s0 + _SAME_CHARS)]
        if not (c0 + len(head) <= c1 and head == copy[c0 : c0 + len(head)]
                and _whole_words(head) >= SYNC_WORDS):
            head_a = list(islice(_WORD.finditer(source, s0, s1), EDGE_WORDS + SYNC_WORDS))
            head_b = list(islice(_WORD.finditer(copy, c0, c1), EDGE_WORDS + SYNC_WORDS))
            i, j = self.first_run(head_a, head_b)
            if i is not None and j is not None:
                s0, c0 = head_a[i].start(), head_b[j].start()
        tail = source[max(s0, s1 - _SAME_CHARS) : s1]
        if not (c1 - len(tail) >= c0 and tail == copy[c1 - len(tail) : c1]
                and _whole_words(tail[::-1]) >= SYNC_WORDS):
            tail_a = _last_words(source, s0, s1, EDGE_WORDS + SYNC_WORDS)
            tail_b = _last_words(copy, c0, c1, EDGE_WORDS + SYNC_WORDS)
            i, j = self.first_run(tail_a, tail_b)
            if i is not None and j is not None:
                s1, c1 = tail_a[i].end(), tail_b[j].end()
        return s0, s1, c0, c1

    def first_run(self, ma: _Matches, mb: _Matches) -> tuple[int | None, int | None]:
        """The first ``(i, j)`` (fewest words skipped, ``i + j``, then ``i``) where :data:`SYNC_WORDS`
        words of ``ma`` from ``i`` match those of ``mb`` from ``j``, or ``(None, None)``."""
        ia = self.words.intern([m.group() for m in ma])
        ib = self.words.intern([m.group() for m in mb])
        for skipped in range(2 * EDGE_WORDS + 1):
            for i in range(max(0, skipped - EDGE_WORDS), min(skipped, EDGE_WORDS) + 1):
                j = skipped - i
                run = ia[i : i + SYNC_WORDS]
                if len(run) == SYNC_WORDS and run == ib[j : j + SYNC_WORDS]:
                    return i, j
        return None, None

    def step(self, span: Span, i: int, j: int, p: int, q: int) -> tuple[int, int] | None:
        """Settle the difference at ``source[p]`` / ``copy[q]`` (the text from ``i`` / ``j`` to
        there is the same on both sides); return where the walk goes on, or ``None`` at the end."""
        s1, c1 = span[1], span[3]
        source, copy = self.source.text, self.copy
        if not ((p == s1 or source[p].isspace()) and (q == c1 or copy[q].isspace())):
            while p > i and not source[p - 1].isspace():  # back to the start of the word that differs
                p, q = p - 1, q - 1
        ma = _WORD.search(source, p, s1)
        mb = _WORD.search(copy, q, c1)
        if ma is None or mb is None:  # one side has no words left
            return None if ma is mb else self.window(span, p, q)
        wa, wb = ma.group(), mb.group()
        if wa != wb:
            if self.words.id(wa) != self.words.id(wb):
                return self.window(span, ma.start(), mb.start())
            self.edits.append(Edit("typographic", ma.start(), ma.end(), mb.start(), mb.end(), 1))
            self.typographic += 1
        return ma.end(), mb.end()

    def window(self, span: Span, i: int, j: int) -> tuple[int, int]:
        """Diff the words from ``source[i]`` and ``copy[j]`` on until the sides are back in step
        (module docstring, *The diff*): a lone edit, else in windows that grow; record the edits
        before that and return where the step starts on each side (the span's ends when the
        passage ends first)."""
        size = LONE_WORDS + SYNC_WORDS
        ma, mb, ia, ib = self.next_words(span, i, j, size)
        ended = len(ma) < size and len(mb) < size
        for n, m in _LONE:
            if (
                ia[n : n + SYNC_WORDS] == ib[m : m + SYNC_WORDS]
                and (len(ia) >= n + SYNC_WORDS or (ended and len(ia) - n == len(ib) - m >= 0))
                and not set(ia[:n]).intersection(ib[:m])
            ):
                tag = "replace" if n and m else "delete" if n else "insert"
                return self.record(span, [(tag, 0, n, 0, m), ("equal", n, len(ia), m, len(ib))], 1, ma, mb)
        size = WINDOW
        while True:
            ma, mb, ia, ib = self.next_words(span, i, j, size)
            ops = SequenceMatcher(None, ia, ib, autojunk=False).get_opcodes()
            long = (k for k, op in enumerate(ops) if op[0] == "equal" and op[2] - op[1] >= SYNC_WORDS)
            stop = next(long, None)
            if stop is not None or (len(ma) < size and len(mb) < size):
                return self.record(span, ops, stop, ma, mb)
            size *= 4

    def next_words(self, span: Span, i: int, j: int, size: int) -> tuple[_Matches, _Matches, _Ids, _Ids]:
        """Up to ``size`` words of each side from ``source[i]`` and ``copy[j]``, and their ids."""
        ma = list(islice(_WORD.finditer(self.source.text, i, span[1]), size))
        mb = list(islice(_WORD.finditer(self.copy, j, span[3]), size))
        return ma, mb, self.words.intern([m.group() for m in ma]), self.words.intern([m.group() for m in mb])

    def record(self, span: Span, ops: _Ops, stop: int | None, ma: _Matches, mb: _Matches) -> tuple[int, int]:
        """Record the edits of ``ops[:stop]`` over the words ``ma`` and ``mb``; return where
        ``ops[stop]`` starts on each side, or the span's ends."""
        s0, s1, c0, c1 = span
        source, copy = self.source.text, self.copy
        edits = self.edits
        for tag, i1, i2, j1, j2 in ops[:stop]:
            if tag == "equal":
                for a, b in zip(ma[i1:i2], mb[j1:j2], strict=True):
                    if a.group() != b.group():
                        edits.append(Edit("typographic", a.start(), a.end(), b.start(), b.end(), 1))
                        self.typographic += 1
            elif tag == "insert":
                at = ma[i1].start() if i1 < len(ma) else _word_end(source, s0, s1)
                edits.append(Edit("insert", at, at, mb[j1].start(), mb[j2 - 1].end(), j2 - j1))
                self.inserted += j2 - j1
            elif tag == "delete":
                at = mb[j1].start() if j1 < len(mb) else _word_end(copy, c0, c1)
                edits.append(Edit("delete", ma[i1].start(), ma[i2 - 1].end(), at, at, i2 - i1))
                self.deleted += i2 - i1
            else:
                n, m = i2 - i1, j2 - j1
                a0, a1, b0, b1 = ma[i1].start(), ma[i2 - 1].end(), mb[j1].start(), mb[j2 - 1].end()
                edits.append(Edit("substitute", a0, a1, b0, b1, max(n, m)))
                self.substituted += min(n, m)
                self.inserted += max(0, m - n)
                self.deleted += max(0, n - m)
        if stop is None or ops[stop][1] == len(ma) or ops[stop][3] == len(mb):
            return s1, c1
        return ma[ops[stop][1]].start(), mb[ops[stop][3]].start()


_SAME_CHARS = 80
"""Characters compared raw at each end of a passage before its words are read (:meth:`_Tally.edges`)."""


def _whole_words(text: str) -> int:
    """The words of ``text`` (read from its start) that surely end inside it: those a space follows."""
    return len(_WORD.findall(text.rstrip())) - (0 if text[-1:].isspace() else 1) if text.strip() else 0


def _last_words(text: str, start: int, end: int, n: int) -> _Matches:
    """The last ``n`` words of ``text[start:end]``, last first."""
    found: _Matches = []
    at, width = end, 200
    while len(found) < n and at > start:
        back = max(start, at - width)
        chunk = list(_WORD.finditer(text, back, at))
        if back > start and chunk and chunk[0].start() == back:
            if len(chunk) == 1:  # one word, perhaps cut by the window: read further back
                width *= 2
                continue
            chunk = chunk[1:]  # may be cut by the window's start: read it with the next window
        if not chunk:
            if back == start:
                break
            at = back  # only white space here
            continue
        found.extend(reversed(chunk))
        at = chunk[0].start()
    return found[:n]


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, with overlapping or touching ones joined (empty ones dropped)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _lis(keys: list[tuple[int, int]]) -> int:
    """Length of the longest strictly increasing subsequence of ``keys``."""
    tails: list[tuple[int, int]] = []
    for key in keys:
        k = bisect.bisect_left(tails, key)
        tails[k : k + 1] = [key]
    return len(tails)


class SourceText:
    """A source text's code points, non-space ones, word starts, paragraphs and story paragraphs."""

    __slots__ = ("codes", "paragraphs", "solid", "starts", "story", "text", "word_starts")

    def __init__(self, text: str, story: list[tuple[int, int]]) -> None:
        self.text = text
        self.codes = _codes(text)
        space = _SPACE.take(self.codes, mode="clip")
        self.solid = ~space
        self.word_starts = self.solid.copy()
        self.word_starts[1:] &= space[:-1]
        self.paragraphs = _paragraphs(text)
        self.starts = [p[0] for p in self.paragraphs]
        self.story = [k for k0, k1 in self.held(story) for k in range(k0, k1)]

    def words(self, start: int, end: int) -> int:
        """The words of ``text[start:end]`` (one cut by ``start`` counts)."""
        if end <= start:
            return 0
        cut = start > 0 and self.solid[start] and self.solid[start - 1]
        return int(np.count_nonzero(self.word_starts[start:end])) + bool(cut)

    def half_inside(self, merged: list[tuple[int, int]], k: int) -> bool:
        """Whether at least half of paragraph ``k``'s non-space characters lie in the merged spans."""
        ps, pe = self.paragraphs[k]
        first = max(0, bisect.bisect_right(merged, (ps, _END)) - 1)
        if merged[first][0] <= ps and merged[first][1] >= pe:  # the paragraph lies in one span
            return True
        solid = self.solid
        inside = sum(np.count_nonzero(solid[max(s, ps) : min(e, pe)]) for s, e in merged[first:] if s < pe)
        return bool(2 * inside >= np.count_nonzero(solid[ps:pe]))

    def held(self, merged: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The paragraphs with at least half their non-space characters in the merged spans, as
        sorted disjoint ranges ``[k0, k1)`` of paragraph numbers."""
        out: list[tuple[int, int]] = []
        for lo, hi in merged:
            first = bisect.bisect_right(self.starts, lo) - 1
            if first < 0 or self.paragraphs[first][1] <= lo:
                first += 1
            last = bisect.bisect_left(self.starts, hi)  # paragraphs [first, last) overlap [lo, hi)
            # those between the first and the last lie inside [lo, hi)
            k0 = first + (first < last and not self.half_inside(merged, first))
            k1 = last - (k0 < last and not self.half_inside(merged, last - 1))
            if k0 >= k1:
                continue
            if out and k0 <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], k1))
            else:
                out.append((k0, k1))
        return out

    def changes(self, spans: Sequence[Span]) -> tuple[int, int]:
        """``(paragraphs_dropped, paragraphs_reordered)`` of a copy with these passages."""
        carried_spans = merge_spans((s0, s1) for s0, s1, _, _ in spans)
        carried = self.held(carried_spans)
        story = self.story
        kept = sum(bisect.bisect_left(story, k1) - bisect.bisect_left(story, k0) for k0, k1 in carried)
        by_start = sorted(spans)
        if all(x[3] <= y[2] for x, y in pairwise(by_start)):
            return len(story) - kept, 0  # the copy keeps the passages' order: no paragraph moved
        keys = []
        for k in (k for k0, k1 in carried for k in range(k0, k1)):
            ps = self.paragraphs[k][0]
            x = next(max(ps, s) for s, e in carried_spans if e > ps)  # its first carried character
            s0, s1, c0, c1 = next(span for span in by_start if span[0] <= x < span[1])
            keys.append((c0 + (x - s0) * (c1 - c0) // (s1 - s0), x))
        return len(story) - kept, len(keys) - _lis(keys)


def check_spans(spans: Sequence[Span], source: str, copy: str, where: str) -> None:
    """Raises :class:`~syndetect.errors.CorpusError` (prefixed ``where``) for a span outside its text."""
    for k, (s0, s1, c0, c1) in enumerate(spans):
        if not (0 <= s0 <= s1 <= len(source) and 0 <= c0 <= c1 <= len(copy)):
            raise CorpusError(
                f"{where}: passage {k} spans source [{s0}, {s1}) and copy [{c0}, {c1}), but the source "
                f"has {len(source)} characters and the copy {len(copy)}; pass spans inside the texts, "
                "oriented (source_start, source_end, copy_start, copy_end)"
            )


def summarize(
    source: SourceText, copy: str, spans: Sequence[Span], words: WordIds, names: tuple[str, str, str, str],
    *, anchored: bool = False,
) -> EditSummary:
    """The summary of ``copy`` against ``source`` over ``spans``; ``names`` are its family id, source,
    copy and relation. ``anchored``: each passage from its first to its last run of matching words
    (module docstring, *Passage edges*)."""
    tally = _Tally(words, source, copy, anchored)
    for span in spans:
        tally.passage(span)
    dropped, reordered = source.changes(spans)
    counts = (tally.source_words, tally.inserted, tally.deleted, tally.substituted, tally.typographic)
    return EditSummary(*names, *counts, dropped, reordered, tuple(tally.edits))


def edit_summary(
    source_text: str, copy_text: str, spans: Sequence[Span], *, story: Sequence[tuple[int, int]] = (),
    family_id: str = "", source: str = "", copy: str = "", relation: str = "copy",
) -> EditSummary:
    """What ``copy_text`` changed of ``source_text`` over the passages ``spans`` (each a
    :data:`Span`), by the rules of the module docstring. ``story``: the spans of ``source_text``
    that make up the shared story (for ``paragraphs_dropped``), by default the passages' source
    sides. ``family_id``, ``source``, ``copy`` and ``relation`` are copied into the summary.
    Raises :class:`~syndetect.errors.CorpusError` when a span falls outside its text."""
    spans = [(int(s0), int(s1), int(c0), int(c1)) for s0, s1, c0, c1 in spans]
    check_spans(spans, source_text, copy_text, "edit_summary")
    merged = merge_spans(story) if story else merge_spans((s0, s1) for s0, s1, _, _ in spans)
    names = (family_id, source, copy, relation)
    return summarize(SourceText(source_text, merged), copy_text, spans, WordIds(), names)
