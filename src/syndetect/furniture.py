"""Page furniture: the text two documents share because they are pages of one site, not copies.

Furniture (an outlet's header, menus, share bars, lists of its headlines, sign-up boxes, notices,
footer) is told from syndication by *what* the shared text is, *where* it is shared and *by whom*,
never by how many documents carry it: a wire story reprinted by 500 outlets is carried by more
documents than any outlet's footer. The unit is a *piece*: a shared chain of tokens cut at the line
breaks of document ``a`` (:func:`split_lines`), so that a footer glued to the story above it is a
piece of its own. For one candidate pair (:func:`furniture_chains`):

1. **Lists.** A piece on lines of a list (:meth:`ChainText.list_lines`: menus, link bars, lists of
   headlines, copyright lines; not a title, not a one-line paragraph of a story) whose text at
   least three documents hold is furniture, wherever it is.
2. **Frame.** Walking in from the start of both documents, a piece that begins within
   :data:`EDGE_SLACK` tokens of the start (or of the frame so far) in *both* documents, is less
   than :data:`BULK` of either, holds recurring text, and is a list, is the frame; the same from
   the ends. Once a frame of lists is found, the walk goes on through a sentence or two held by at
   least :data:`FRAME_READERS` documents (a sign-up box, a cookie notice), never through running
   text (:meth:`ChainText.running`), however many documents carry it; such a notice right beside
   other furniture is furniture as well.
3. **Readers.** An outlet's furniture is held by exactly that outlet's documents, so every piece of
   it has the same *document set* (:class:`~syndetect.lsh.Recurring`) wherever it sits. Any other
   short piece whose recurring text mostly belongs to the frame's document sets is furniture too,
   except the sets of a story shared here (a headline under the menu has its story's readers).

What only the two documents share is never furniture (a copied opening paragraph, as plagiarism
corpora have), nor is text of a document wrapped at a fixed width (lines there end anywhere).
Steps 1-3 need the document sets of recurring word n-grams, which word shingles give; with character
shingles nothing is furniture.
"""

from __future__ import annotations

import itertools
import re

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "BULK",
    "EDGE_SLACK",
    "FRAME_READERS",
    "LIST_WORDS",
    "RUNNING_TEXT",
    "SENTENCE_WORDS",
    "ChainText",
    "furniture_chains",
    "join_lines",
    "split_lines",
]

EDGE_SLACK = 4
"""Unshared tokens allowed before the first furniture chain or between two of them (a slot: the
outlet's name, a date, a page number)."""

BULK = 0.7
"""A chain covering this share of either document's tokens is content, not a frame."""

FRAME_READERS = 5
"""Documents from which a sentence or two beside a page's frame (a cookie notice, a sign-up box, a
standing disclaimer) is part of it: a story's closing lines that two copies both end with are held
by its few copies."""

RUNNING_TEXT = 40
"""Tokens from which a chain with two full sentences (:meth:`ChainText.running`) is a copied
paragraph, never furniture."""


def furniture_chains(
    chains: NDArray[np.int64],
    n_a: int,
    n_b: int,
    sig_a: NDArray[np.uint64] | None,
    sig_b: NDArray[np.uint64] | None,
    window: int = 8,
    text_a: ChainText | None = None,
    readers_a: NDArray[np.int64] | None = None,
    parent: NDArray[np.int64] | None = None,
) -> NDArray[np.bool_]:
    """Which ``chains`` (rows ``a0, a1, b0, b1, ...`` in tokens) are page furniture.

    ``n_a`` and ``n_b`` are the documents' token counts; ``sig_a[t]`` is the document-set signature
    of the recurring fingerprint starting at token ``t`` of ``a`` (0 where none); ``None`` when not
    known, and then nothing is furniture. ``window`` is the winnowing window of the fingerprints;
    ``text_a`` gives the sentences of ``a`` (``None``: chains are not judged by their sentences);
    ``readers_a[t]`` how many documents hold the recurring fingerprint at token ``t`` of ``a``.
    ``parent`` (from :func:`split_lines`) numbers the chain each row is a piece of: whether text
    recurs is measured on whole chains (a line of three words holds no fingerprint of its own).
    """
    m = chains.shape[0]
    furniture = np.zeros(m, dtype=np.bool_)
    if m == 0 or sig_a is None or sig_b is None:
        return furniture
    a0, a1, b0, b1 = chains[:, 0], chains[:, 1], chains[:, 2], chains[:, 3]
    known = _prefix(sig_a != 0) if text_a is None else text_a.known_prefix(sig_a)
    recurs = _recurs(chains, known, window)
    if parent is not None:
        # a line of three words may hold no fingerprint of its own: then its chain's decide
        whole = np.zeros((int(parent.max()) + 1, 5), dtype=np.int64)
        whole[:, 0] = np.iinfo(np.int64).max
        np.minimum.at(whole[:, 0], parent, chains[:, 0])
        np.maximum.at(whole[:, 1], parent, chains[:, 1])
        np.add.at(whole[:, 4], parent, chains[:, 4])
        recurs |= _recurs(whole, known, window)[parent]
    if not recurs.any():
        return furniture  # text these two alone share (or stock phrases): never furniture
    listy = text_a.listy_rows(chains) if text_a is not None else np.zeros(m, dtype=np.bool_)
    # recurring lines of a list: menus, lists of headlines, link bars, notices without a sentence
    furniture |= recurs & listy
    small = recurs & ((a1 - a0) < BULK * n_a) & ((b1 - b0) < BULK * n_b)
    frame = np.zeros(m, dtype=np.bool_)
    _walk(frame, furniture & small, a0, b0, a1, b1, 0, 0)                  # from the start
    _walk(frame, furniture & small, -a1, -b1, -a0, -b0, -n_a, -n_b)        # from the end, mirrored
    if not (frame.any() or furniture.any()):
        return furniture
    # furniture found: a sentence or two beside it that many documents hold is part of it too (a
    # sign-up box, a cookie notice), running text is not (a story, however widely carried)
    many = _many_readers(chains, readers_a, known)
    block, b_lo, b_hi = _prose_blocks(listy, parent, a0, a1)
    # each block of prose is judged once, when asked: running text (a story's run of paragraphs)
    b_running = np.zeros(b_lo.size, dtype=np.bool_)
    judged = np.zeros(b_lo.size, dtype=np.bool_)

    def running(blocks: NDArray[np.int64]) -> NDArray[np.bool_]:
        for k in np.unique(blocks[~judged[blocks]]).tolist():
            b_running[k] = text_a is not None and text_a.running(int(b_lo[k]), int(b_hi[k]))
            judged[k] = True
        flags: NDArray[np.bool_] = b_running[blocks]
        return flags

    wide = small & ~furniture & many
    wide[wide] = ~running(block[wide])
    if frame.any():
        _walk(frame, furniture | wide, a0, b0, a1, b1, 0, 0)
        _walk(frame, furniture | wide, -a1, -b1, -a0, -b0, -n_a, -n_b)
    furniture |= frame
    grown = True
    while grown and wide.any():
        grown = False
        for c in np.flatnonzero(wide & ~furniture).tolist():
            if _beside(c, furniture, a0, a1, b0, b1):
                furniture[c] = grown = True
    sets = _furniture_sets(chains[frame], sig_a, sig_b) if frame.any() else np.zeros(0, dtype=np.uint64)
    if sets.size == 0:
        return furniture
    # the readers of a story shared here (a long run of prose) are not a site's, even where the
    # frame has them too (the story's headline under the site's menu)
    story = ~furniture & (b_hi - b_lo >= 2 * RUNNING_TEXT)[block]
    story[story] = running(block[story])
    sets = np.setdiff1d(sets, _furniture_sets(chains[story], sig_a, sig_b), assume_unique=True)
    # pieces whose recurring text mostly has the frame's readers
    framed = _prefix(np.isin(sig_a, sets))
    n_known = known[a1] - known[a0]
    mostly = (n_known > 0) & (2 * (framed[a1] - framed[a0]) >= n_known) & many & ~furniture
    for c in np.flatnonzero(mostly).tolist():
        furniture[c] = text_a is None or not text_a.running(int(a0[c]), int(a1[c]))
    return furniture


def split_lines(
    chains: NDArray[np.int64], runs: list[list[tuple[int, int, int, int]]], text_a: ChainText
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The chains cut where a line of ``a`` begins, so that each piece lies on one line (a footer
    glued to the story it follows is its own piece), with the chain each piece came from. ``runs``
    are the exact runs of each chain (:func:`~syndetect.align.align_chain_runs`): a piece spans its
    matched tokens on both sides, and a line of the chain with none (a headline between two copies
    of the same page frame, replaced) is no piece."""
    rows: list[list[int]] = []
    parent: list[int] = []
    for c, (a0, a1) in enumerate(chains[:, :2].tolist()):
        cuts = [a0, *text_a.line_starts(a0, a1).tolist(), a1]
        for x, y in itertools.pairwise(cuts):
            px0 = px1 = py0 = py1 = -1
            matched = 0
            for ra0, ra1, rb0, _ in runs[c]:
                lo, hi = max(x, ra0), min(y, ra1)
                if lo >= hi:
                    continue
                if px0 < 0:
                    px0, py0 = lo, rb0 + lo - ra0
                px1, py1 = max(px1, hi), max(py1, rb0 + hi - ra0)
                matched += hi - lo
            if px0 >= 0:
                rows.append([px0, px1, py0, py1, min(matched, px1 - px0)])
                parent.append(c)
    return np.array(rows, dtype=np.int64).reshape(-1, 5), np.array(parent, dtype=np.int64)


def join_lines(
    pieces: NDArray[np.int64], parent: NDArray[np.int64], keep: NDArray[np.bool_]
) -> NDArray[np.int64]:
    """The kept ``pieces`` of :func:`split_lines`, consecutive kept pieces of one chain joined again."""
    out: list[list[int]] = []
    last = -1
    for i in np.flatnonzero(keep).tolist():
        row = pieces[i].tolist()
        if out and parent[i] == parent[last] and i == last + 1:
            out[-1][1], out[-1][3] = row[1], max(out[-1][3], row[3])
            out[-1][4] += row[4]
        else:
            out.append(row)
        last = i
    return np.array(out, dtype=np.int64).reshape(-1, 5)


def _prose_blocks(
    listy: NDArray[np.bool_], parent: NDArray[np.int64] | None, a0: NDArray[np.int64], a1: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Blocks of rows: runs of consecutive rows of one chain (``parent``) that are not lists, which
    a story's paragraphs make and a footer's lists break (each list row is a block of its own).
    Returns each row's block and the blocks' first and last tokens ``[lo, hi)`` on side ``a``."""
    m = listy.size
    new = np.ones(m, dtype=np.bool_)
    if parent is not None and m > 1:
        new[1:] = listy[1:] | listy[:-1] | (parent[1:] != parent[:-1])
    block = np.cumsum(new) - 1
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], m) - 1
    return block, a0[starts], a1[ends]


def _beside(
    c: int,
    furniture: NDArray[np.bool_],
    a0: NDArray[np.int64],
    a1: NDArray[np.int64],
    b0: NDArray[np.int64],
    b1: NDArray[np.int64],
) -> bool:
    """Whether chain ``c`` touches a furniture chain, within :data:`EDGE_SLACK` tokens on both
    sides, before it or after it."""
    before = furniture & (np.abs(a0[c] - a1) <= EDGE_SLACK) & (np.abs(b0[c] - b1) <= EDGE_SLACK)
    after = furniture & (np.abs(a0 - a1[c]) <= EDGE_SLACK) & (np.abs(b0 - b1[c]) <= EDGE_SLACK)
    return bool(before.any() or after.any())


def _prefix(flags: NDArray[np.bool_]) -> NDArray[np.int64]:
    """``out[i]``: how many of ``flags[:i]`` are set (``len + 1`` entries)."""
    out = np.zeros(flags.size + 1, dtype=np.int64)
    np.cumsum(flags, out=out[1:])
    return out


def _many_readers(
    chains: NDArray[np.int64], readers: NDArray[np.int64] | None, known: NDArray[np.int64]
) -> NDArray[np.bool_]:
    """Which chains (side ``a``) have at least half their recurring fingerprints held by
    :data:`FRAME_READERS` documents or more (``known``: :func:`_prefix` of the recurring ones)."""
    if readers is None:
        return np.zeros(chains.shape[0], dtype=np.bool_)
    many = _prefix(readers >= FRAME_READERS)
    a0, a1 = chains[:, 0], chains[:, 1]
    n_known = known[a1] - known[a0]
    held: NDArray[np.bool_] = (n_known > 0) & (2 * (many[a1] - many[a0]) >= n_known)
    return held


def _recurs(chains: NDArray[np.int64], known: NDArray[np.int64], window: int) -> NDArray[np.bool_]:
    """Which chains are text held by at least three documents: winnowing keeps a fingerprint in
    every ``window`` n-grams, so a chain of recurring text has about one recurring fingerprint per
    ``window / 2`` tokens; one per ``2 * window`` matched tokens (column 4) is asked. Text only the
    two documents of the pair share has none but the odd stock phrase. ``known`` is :func:`_prefix`
    of the tokens where a recurring fingerprint starts."""
    count = known[chains[:, 1]] - known[chains[:, 0]]
    recurs: NDArray[np.bool_] = (count > 0) & (count * 2 * window >= chains[:, 4])
    return recurs


def _walk(
    frame: NDArray[np.bool_],
    usable: NDArray[np.bool_],
    a0: NDArray[np.int64],
    b0: NDArray[np.int64],
    a1: NDArray[np.int64],
    b1: NDArray[np.int64],
    at_a: int,
    at_b: int,
) -> None:
    """Mark chains of the frame inwards from one edge (coordinates mirrored for the far edge): the
    next chain must start within :data:`EDGE_SLACK` of where the frame ends on both sides, and be
    ``usable`` (framing text, or furniture already)."""
    while True:
        near = np.flatnonzero((a0 <= at_a + EDGE_SLACK) & (b0 <= at_b + EDGE_SLACK)
                              & (a1 > at_a) & (b1 > at_b))
        if near.size == 0:
            return
        c = int(near[np.argmin(a0[near])])
        if not usable[c]:
            return
        frame[c] = True
        at_a, at_b = max(at_a, int(a1[c])), max(at_b, int(b1[c]))


def _furniture_sets(
    chains: NDArray[np.int64], sig_a: NDArray[np.uint64], sig_b: NDArray[np.uint64]
) -> NDArray[np.uint64]:
    """Sorted document-set signatures met in the furniture chains, on either side."""
    found = [sig_a[c[0] : c[1]] for c in chains.tolist()] + [sig_b[c[2] : c[3]] for c in chains.tolist()]
    sets: NDArray[np.uint64] = np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.uint64)
    nonzero: NDArray[np.uint64] = sets[sets != 0]
    return nonzero


_SENTENCE_END = re.compile(r"[.!?\u2026\u0964\u06d4\u061f\u3002\uff01\uff1f][\"'\u201d\u2019)\]]*(?:\s+|$)")
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


_CONTINUED = re.compile(r"[^\s.!?:;\"'\u201d\u2019)\]]\n[^\S\n]*(\S)")


def _wrapped(text: str) -> bool:
    """Whether ``text`` is prose wrapped at a fixed width (e-texts, e-mail, plagiarism corpora):
    more than a quarter of its lines that stop without final punctuation go on, on the next line,
    in lower case. Lists and menus are followed by new items; news pages are one paragraph a line."""
    nexts = [m.group(1) for m in _CONTINUED.finditer(text)]
    return len(nexts) >= 4 and 4 * sum(ch.islower() for ch in nexts) > len(nexts)


_SEPARATORS = re.compile(r"[|\u00b7\u2022\u203a\u00bb]|\S  +\S")
LIST_WORDS = 14
"""Words from which a line without final punctuation is a list only if it looks like one (items
apart, or capitalised as menu items are): a long headline or a title is no list."""


_ENDS_SENTENCE = re.compile(r"[.!?\u2026\u0964\u06d4\u061f\u3002\uff01\uff1f][\"'\u201d\u2019)\]]*$")


def _looks_listed(line: str) -> bool:
    """Whether a line is laid out as a list on its own: items apart, or capitalised word by word."""
    words = line.split()
    if _SEPARATORS.search(line):
        return True
    return len(words) >= 3 and 5 * sum(w[0].isupper() or w[0].isdigit() for w in words) >= 3 * len(words)


def _long_sentence(line: str) -> bool:
    """Whether a sentence of :data:`SENTENCE_WORDS` words or more ends in ``line``."""
    at = 0
    for end in sentence_ends(line):
        if len(line[at:end].split()) >= SENTENCE_WORDS:
            return True
        at = end + 1
    return False


class ChainText:
    """The sentences of one document, for deciding whether a shared chain of its tokens is prose.

    ``start`` and ``end`` are the tokens' raw spans in ``text``. A document with fewer than three
    sentence ends (text without punctuation: transcripts, some data sets) is not *punctuated*, and
    then no chain of it is judged by its sentences."""

    __slots__ = ("_breaks", "_end", "_ends", "_known", "_lines", "_list_lines", "_start", "_text",
                 "_wrapped")

    def __init__(self, text: str, start: NDArray[np.int64], end: NDArray[np.int64]) -> None:
        self._text, self._start, self._end = text, start, end
        self._lines: NDArray[np.int64] | None = None
        self._list_lines: tuple[NDArray[np.int64], NDArray[np.bool_]] | None = None
        self._ends: NDArray[np.int64] | None = None
        self._breaks: NDArray[np.int64] | None = None
        self._wrapped: bool | None = None
        self._known: NDArray[np.int64] | None = None

    def known_prefix(self, sig: NDArray[np.uint64]) -> NDArray[np.int64]:
        """:func:`_prefix` of the tokens where a recurring fingerprint starts (``sig`` non-zero),
        computed once for the document."""
        if self._known is None:
            self._known = _prefix(sig != 0)
        return self._known

    def _sentence_marks(self) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Positions of the document's sentence ends and paragraph breaks, found once."""
        if self._ends is None or self._breaks is None:
            self._ends = np.asarray(sentence_ends(self._text), dtype=np.int64)
            self._breaks = np.asarray([m.start() for m in _PARAGRAPH.finditer(self._text)], dtype=np.int64)
        return self._ends, self._breaks

    @property
    def punctuated(self) -> bool:
        """At least three sentence ends."""
        return self._sentence_marks()[0].size >= 3

    @property
    def wrapped(self) -> bool:
        """Prose wrapped at a fixed width (:func:`_wrapped`)."""
        if self._wrapped is None:
            self._wrapped = _wrapped(self._text)
        return self._wrapped

    def _segments(self, t0: int, t1: int) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
        """Token positions (relative to ``t0``) cutting tokens ``[t0, t1)`` at sentence ends and
        paragraph breaks, and which cut closes a sentence (the others close a paragraph)."""
        lo, hi = int(self._start[t0]), int(self._end[t1 - 1])
        all_ends, all_breaks = self._sentence_marks()
        ends = all_ends[np.searchsorted(all_ends, lo) : np.searchsorted(all_ends, hi, side="right")]
        if ends.size == 0:
            return np.zeros(1, dtype=np.int64), np.zeros(1, dtype=np.bool_)
        breaks = all_breaks[np.searchsorted(all_breaks, lo) : np.searchsorted(all_breaks, hi)]
        cuts = np.concatenate([[lo], ends, breaks])
        is_end = np.zeros(cuts.size, dtype=np.bool_)
        is_end[1 : 1 + ends.size] = True
        order = np.argsort(cuts, kind="stable")
        at: NDArray[np.int64] = np.searchsorted(self._start[t0:t1], cuts[order]).astype(np.int64)
        return at, is_end[order]

    def sentences(self, t0: int, t1: int) -> NDArray[np.int64]:
        """Token counts of the sentences that end inside tokens ``[t0, t1)`` (the first counted from
        ``t0``, however the chain began, or from the last paragraph break before its end: a line
        of a list or a menu that has no final punctuation is no part of the sentence after it)."""
        at, is_end = self._segments(t0, t1)
        counts: NDArray[np.int64] = np.diff(at)[is_end[1:]]
        return counts

    def line_starts(self, t0: int, t1: int) -> NDArray[np.int64]:
        """The tokens in ``(t0, t1)`` that begin a line (a line break between them and the token
        before)."""
        if self._lines is None:
            text = self._text
            if text.isascii():
                raw = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
            else:
                raw = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
            breaks = np.zeros(len(text) + 1, dtype=np.int64)
            np.cumsum(raw == 10, out=breaks[1:])
            first = np.zeros(self._start.size, dtype=np.bool_)
            first[1:] = breaks[self._start[1:]] > breaks[self._end[:-1]]
            self._lines = np.flatnonzero(first)
        lines = self._lines
        lo, hi = np.searchsorted(lines, t0, side="right"), np.searchsorted(lines, t1)
        found: NDArray[np.int64] = lines[lo:hi]
        return found

    def listy(self, t0: int, t1: int) -> bool:
        """Whether most tokens ``[t0, t1)`` lie on list lines (:meth:`list_lines`)."""
        starts, items = self.list_lines()
        if not items.any():
            return False
        tokens = self._start[t0:t1]
        line = np.searchsorted(starts, tokens, side="right") - 1
        return 2 * int(np.count_nonzero(items[line])) > t1 - t0

    def listy_rows(self, pieces: NDArray[np.int64]) -> NDArray[np.bool_]:
        """:meth:`listy` of pieces (rows ``a0, a1, ...``) that each lie on one line
        (:func:`split_lines`): whether their line is a list line."""
        starts, items = self.list_lines()
        if not items.any() or pieces.shape[0] == 0:
            return np.zeros(pieces.shape[0], dtype=np.bool_)
        line = np.searchsorted(starts, self._start[pieces[:, 0]], side="right") - 1
        listed: NDArray[np.bool_] = items[line]
        return listed

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
            bounds = [0, *(m.end() for m in re.finditer("\n", text))]
            starts = np.asarray(bounds, dtype=np.int64)
            lines = [text[x:y].strip() for x, y in zip(bounds, [*bounds[1:], len(text)], strict=True)]
            # words per line (as written: "US5YT=RR" is one); fewer than SENTENCE_WORDS hold no
            # long sentence
            words = [len(line.split()) for line in lines]
            wrapped = self.wrapped
            flags = [bool(line) and not wrapped
                     and (words[i] <= LIST_WORDS or _looks_listed(line))
                     and (words[i] < SENTENCE_WORDS or not _long_sentence(line))
                     for i, line in enumerate(lines)]
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

    def running(self, t0: int, t1: int) -> bool:
        """Running text: at least :data:`RUNNING_TEXT` tokens holding two sentences of
        :data:`SENTENCE_WORDS` words or more (a copied paragraph, wherever its lines break)."""
        if t1 - t0 < RUNNING_TEXT:
            return False
        return int(np.count_nonzero(self.sentences(t0, t1) >= SENTENCE_WORDS)) >= 2
