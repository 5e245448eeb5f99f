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
   it has the same *document set* (:class:`~syndetect.candidates.recurring.Recurring`) wherever it
   sits. Any other short piece whose recurring text mostly belongs to the frame's document sets is
   furniture too,
   except the sets of a story shared here (a headline under the menu has its story's readers).
4. **Edges.** Such a sentence or two that no frame reaches is furniture when it lies in the first
   or last :data:`EDGE_SHARE` of both documents, the pair shares no running text, and ``a`` has
   furniture of its own (:meth:`ChainText.framed`): a template's sign-up box with each outlet's
   name in a slot.

What only the two documents share is never furniture (a copied opening paragraph, as plagiarism
corpora have), nor is text of a document wrapped at a fixed width (lines there end anywhere).
Steps 1-4 need the document sets of recurring word n-grams, which word shingles give; with character
shingles nothing is furniture.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "BULK",
    "EDGE_SHARE",
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


class Recurrence:
    """Where one document's recurring fingerprints are (:class:`~syndetect.candidates.recurring.Recurring`),
    as plain
    lists: a pair asks about a dozen pieces of it, which list lookups answer faster than numpy calls
    on arrays of that size. Built once per document (:class:`~syndetect.align.verify.VerifyCache`)."""

    __slots__ = ("_many", "_readers", "known", "signatures")

    def __init__(self, sig: NDArray[np.uint64], readers: NDArray[np.int64] | None = None) -> None:
        held = sig != 0
        self.known: list[int] = _prefix(held).tolist()
        """``known[t]``: how many recurring fingerprints start before token ``t``."""
        self.signatures: list[int] = sig[held].tolist()
        """Their document-set signatures in text order: those in tokens ``[t0, t1)`` are
        ``signatures[known[t0] : known[t1]]``."""
        self._readers = readers
        self._many: list[int] | None = None

    @property
    def many(self) -> list[int] | None:
        """``many[t]``: how many fingerprints held by :data:`FRAME_READERS` documents or more start
        before token ``t`` (``None`` when the readers are not known)."""
        if self._many is None and self._readers is not None:
            self._many = _prefix(self._readers >= FRAME_READERS).tolist()
        return self._many

    def sets(self, t0: int, t1: int) -> set[int]:
        """The document-set signatures met in tokens ``[t0, t1)``."""
        return set(self.signatures[self.known[t0] : self.known[t1]])


def furniture_chains(
    chains: NDArray[np.int64],
    rec_a: Recurrence | None,
    rec_b: Recurrence | None,
    window: int = 8,
    text_a: ChainText | None = None,
    parent: NDArray[np.int64] | None = None,
) -> NDArray[np.bool_]:
    """Which ``chains`` (rows ``a0, a1, b0, b1, ...`` in tokens) are page furniture.

    ``rec_a`` and ``rec_b`` are the documents' recurring fingerprints (with the readers of ``a``'s,
    :attr:`Recurrence.many`); ``None`` when not known, and then nothing is furniture. ``window`` is
    the winnowing window of the fingerprints; ``text_a`` gives the lines and sentences of ``a``
    (``None``: chains are not judged by them). ``parent`` (from :func:`split_lines`) numbers the
    chain each row is a piece of: whether text recurs is measured on whole chains (a line of three
    words holds no fingerprint of its own).

    A pair has about ten pieces: everything here is plain Python on the rows as lists.
    """
    m = chains.shape[0]
    if m == 0 or rec_a is None or rec_b is None:
        return np.zeros(m, dtype=np.bool_)
    rows: list[list[int]] = chains.tolist()
    par: list[int] | None = None if parent is None else parent.tolist()
    flags = _furniture(rows, par, rec_a, rec_b, window, text_a)
    furniture: NDArray[np.bool_] = np.array(flags, dtype=np.bool_).reshape(m)
    return furniture


def _furniture(
    rows: list[list[int]],
    par: list[int] | None,
    rec_a: Recurrence,
    rec_b: Recurrence,
    window: int,
    text_a: ChainText | None,
) -> list[bool]:
    """:func:`furniture_chains` of ``rows`` (lists ``a0, a1, b0, b1, matched``) and ``par``."""
    m = len(rows)
    known = rec_a.known
    n_a, n_b = len(known) - 1, len(rec_b.known) - 1
    held = [known[r[1]] - known[r[0]] for r in rows]  # recurring fingerprints per row
    recurs = [_recurs(n, row[4], window) for n, row in zip(held, rows, strict=True)]
    if par is not None:
        # a line of three words may hold no fingerprint of its own: then its chain's decide
        chain_recurs = {p: _recurs(known[a1] - known[a0], matched, window)
                        for p, (a0, a1, matched) in _chains_of(rows, par).items()}
        recurs = [r or chain_recurs[p] for r, p in zip(recurs, par, strict=True)]
    if not any(recurs):
        return recurs  # text these two alone share (or stock phrases): never furniture
    listy = text_a.listy_pieces(rows) if text_a is not None else [False] * m
    # recurring lines of a list: menus, lists of headlines, link bars, notices without a sentence
    furniture = [r and s for r, s in zip(recurs, listy, strict=True)]
    small = [r and a1 - a0 < BULK * n_a and b1 - b0 < BULK * n_b
             for r, (a0, a1, b0, b1, _) in zip(recurs, rows, strict=True)]
    frame = [False] * m
    walks = _Walks(rows, n_a, n_b)
    listed = furniture
    walks.mark(frame, lambda c: listed[c] and small[c])
    found = any(frame) or any(furniture)
    many = _many_readers(rows, held, rec_a)
    # a sentence or two many documents hold (not running text): part of the frame where the walk
    # reaches it, beside furniture, or at the edge of both pages; judged when asked
    maybe = [c for c in range(m) if small[c] and many[c] and not listed[c]]
    if not found and not any(_at_edge(rows[c], n_a, n_b) for c in maybe):
        return furniture
    block, b_lo, b_hi = _prose_blocks(listy, par, rows)
    # each block of prose is judged once, when asked: running text (a story's run of paragraphs)
    judged: list[bool | None] = [None] * len(b_lo)

    def running(k: int) -> bool:
        flag = judged[k]
        if flag is None:
            flag = judged[k] = text_a is not None and text_a.running(b_lo[k], b_hi[k])
        return flag

    wide: dict[int, bool] = {}

    def is_wide(c: int) -> bool:
        flag = wide.get(c)
        if flag is None:
            flag = wide[c] = small[c] and many[c] and not listed[c] and not running(block[c])
        return flag

    if any(frame):
        walks.mark(frame, lambda c: listed[c] or is_wide(c))
    furniture = [f or g for f, g in zip(furniture, frame, strict=True)]
    grown = bool(maybe)
    while grown:
        grown = False
        for c in [c for c in maybe if not furniture[c]]:
            if _beside(rows[c], rows, furniture) and is_wide(c):
                furniture[c] = grown = True
    # a notice at the edge of both pages that no frame reaches (outlets on one template carry its
    # sign-up box with their own name in a slot, and two pages of different outlets share nothing
    # else), when the pair shares no running text and ``a`` is a page with furniture of its own (an
    # essay that ends with a sentence many others copy too has none)
    edge = [c for c in maybe if not furniture[c] and _at_edge(rows[c], n_a, n_b)]
    if (edge and text_a is not None and text_a.framed(rec_a)
            and not any(running(k) for k in range(len(b_lo)))):
        for c in edge:
            furniture[c] = True
    if not found:
        return furniture
    # pieces whose recurring text mostly has the frame's readers
    mostly = [c for c in range(m) if many[c] and not furniture[c]]
    sets = _furniture_sets(rows, frame, rec_a, rec_b) if mostly else set()
    mostly = [c for c in mostly if _mostly_in(sets, rec_a, rows[c])]
    if not mostly:
        return furniture  # (without the story's sets taken out of the frame's, fewer still)
    # the readers of a story shared here (a long run of prose) are not a site's, even where the
    # frame has them too (the story's headline under the site's menu)
    story = [not f and b_hi[k] - b_lo[k] >= 2 * RUNNING_TEXT and running(k)
             for f, k in zip(furniture, block, strict=True)]
    sets -= _furniture_sets(rows, story, rec_a, rec_b)
    mostly = [c for c in mostly if _mostly_in(sets, rec_a, rows[c])]
    for c in mostly:
        furniture[c] = text_a is None or not text_a.running(rows[c][0], rows[c][1])
    return furniture


EDGE_SHARE = 0.3
"""Share of a document's tokens at its start or end where a notice of its page may sit
(:func:`_at_edge`)."""


def _at_edge(row: list[int], n_a: int, n_b: int) -> bool:
    """Whether a piece lies in the last :data:`EDGE_SHARE` of both documents, or in the first."""
    a0, a1, b0, b1 = row[0], row[1], row[2], row[3]
    return ((a0 >= (1 - EDGE_SHARE) * n_a and b0 >= (1 - EDGE_SHARE) * n_b)
            or (a1 <= EDGE_SHARE * n_a and b1 <= EDGE_SHARE * n_b))


def split_lines(
    chains: NDArray[np.int64], runs: list[list[tuple[int, int, int, int]]], text_a: ChainText
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The chains cut where a line of ``a`` begins, so that each piece lies on one line (a footer
    glued to the story it follows is its own piece), with the chain each piece came from. ``runs``
    are the exact runs of each chain (:func:`~syndetect.align.chain.align_chain_runs`): a piece spans its
    matched tokens on both sides, and a line of the chain with none (a headline between two copies
    of the same page frame, replaced) is no piece."""
    rows: list[list[int]] = []
    parent: list[int] = []
    for c, (a0, a1) in enumerate(chains[:, :2].tolist()):
        cuts = [a0, *text_a.line_starts(a0, a1), a1]
        lines = len(cuts) - 1
        pieces: list[list[int] | None] = [None] * lines  # per line: a0, a1, b0, b1, matched
        # runs in order of a0: the first run on a line gives the piece its start
        for ra0, ra1, rb0, _ in runs[c]:
            k = max(0, bisect.bisect_right(cuts, ra0) - 1)
            while k < lines and cuts[k] < ra1:
                lo, hi = max(cuts[k], ra0), min(cuts[k + 1], ra1)
                if lo < hi:
                    piece = pieces[k]
                    if piece is None:
                        pieces[k] = [lo, hi, rb0 + lo - ra0, rb0 + hi - ra0, hi - lo]
                    else:
                        piece[1], piece[3] = max(piece[1], hi), max(piece[3], rb0 + hi - ra0)
                        piece[4] += hi - lo
                k += 1
        for piece in pieces:
            if piece is not None:
                piece[4] = min(piece[4], piece[1] - piece[0])
                rows.append(piece)
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


def _chains_of(rows: list[list[int]], par: list[int]) -> dict[int, tuple[int, int, int]]:
    """Each chain's first and last token on side ``a`` and matched tokens, from its pieces."""
    whole: dict[int, tuple[int, int, int]] = {}
    for (a0, a1, _, _, matched), p in zip(rows, par, strict=True):
        w = whole.get(p)
        whole[p] = (a0, a1, matched) if w is None else (min(w[0], a0), max(w[1], a1), w[2] + matched)
    return whole


def _prose_blocks(
    listy: list[bool], par: list[int] | None, rows: list[list[int]]
) -> tuple[list[int], list[int], list[int]]:
    """Blocks of rows: runs of consecutive rows of one chain (``par``) that are not lists, which
    a story's paragraphs make and a footer's lists break (each list row is a block of its own).
    Returns each row's block and the blocks' first and last tokens ``[lo, hi)`` on side ``a``."""
    block: list[int] = []
    b_lo: list[int] = []
    b_hi: list[int] = []
    for i, row in enumerate(rows):
        if i == 0 or par is None or listy[i] or listy[i - 1] or par[i] != par[i - 1]:
            b_lo.append(row[0])
            b_hi.append(row[1])
        else:
            b_hi[-1] = row[1]
        block.append(len(b_lo) - 1)
    return block, b_lo, b_hi


def _beside(row: list[int], rows: list[list[int]], furniture: list[bool]) -> bool:
    """Whether ``row`` touches a furniture row, within :data:`EDGE_SLACK` tokens on both sides,
    before it or after it."""
    a0, a1, b0, b1 = row[0], row[1], row[2], row[3]
    for r, f in zip(rows, furniture, strict=True):
        if f and ((abs(a0 - r[1]) <= EDGE_SLACK and abs(b0 - r[3]) <= EDGE_SLACK)
                  or (abs(r[0] - a1) <= EDGE_SLACK and abs(r[2] - b1) <= EDGE_SLACK)):
            return True
    return False


def _prefix(flags: NDArray[np.bool_]) -> NDArray[np.int64]:
    """``out[i]``: how many of ``flags[:i]`` are set (``len + 1`` entries)."""
    out = np.zeros(flags.size + 1, dtype=np.int64)
    np.cumsum(flags, out=out[1:])
    return out


def _many_readers(rows: list[list[int]], held: list[int], rec: Recurrence) -> list[bool]:
    """Which rows (side ``a``, ``held`` recurring fingerprints each) have at least half their
    recurring fingerprints held by :data:`FRAME_READERS` documents or more."""
    many = rec.many
    if many is None:
        return [False] * len(rows)
    return [n > 0 and 2 * (many[r[1]] - many[r[0]]) >= n for n, r in zip(held, rows, strict=True)]


def _recurs(held: int, matched: int, window: int) -> bool:
    """Whether text of ``matched`` shared tokens holding ``held`` recurring fingerprints is text
    held by at least three documents: winnowing keeps a fingerprint in every ``window`` n-grams, so
    a chain of recurring text has about one recurring fingerprint per ``window / 2`` tokens; one per
    ``2 * window`` matched tokens is asked. Text only the two documents of the pair share has none
    but the odd stock phrase."""
    return held > 0 and held * 2 * window >= matched


def _mostly_in(sets: set[int], rec: Recurrence, row: list[int]) -> bool:
    """Whether at least half the recurring fingerprints of ``row`` (side ``a``, at least one) have
    a document set of ``sets``."""
    lo, hi = rec.known[row[0]], rec.known[row[1]]
    return 2 * sum(s in sets for s in rec.signatures[lo:hi]) >= hi - lo


class _Walks:
    """The walks of the frame inwards from both edges of a pair's rows."""

    __slots__ = ("_ahead", "_back", "_n_a", "_n_b")

    def __init__(self, rows: list[list[int]], n_a: int, n_b: int) -> None:
        # each row's a0 and number, then a1, b0, b1, in order of a0 and, of two rows starting
        # together, of number (from the end: coordinates mirrored, -a1 first)
        self._ahead = sorted([(r[0], c, r[1], r[2], r[3]) for c, r in enumerate(rows)])
        self._back = sorted([(-r[1], c, -r[0], -r[3], -r[2]) for c, r in enumerate(rows)])
        self._n_a, self._n_b = n_a, n_b

    def mark(self, frame: list[bool], usable: Callable[[int], bool]) -> None:
        """Mark the rows of the frame from the start and from the end (:func:`_walk`)."""
        _walk(frame, usable, self._ahead, 0, 0)
        _walk(frame, usable, self._back, -self._n_a, -self._n_b)


def _walk(
    frame: list[bool],
    usable: Callable[[int], bool],
    coords: list[tuple[int, int, int, int, int]],
    at_a: int,
    at_b: int,
) -> None:
    """Mark rows of the frame inwards from one edge (``coords``: each row's ``a0``, number, ``a1, b0,
    b1``, mirrored for the far edge, in order of ``a0``): the next row is the first that starts
    within :data:`EDGE_SLACK` of where the frame ends on both sides and goes past it, and must be
    ``usable`` (framing text, or furniture already)."""
    while True:
        for row in coords:
            if row[0] > at_a + EDGE_SLACK:
                return
            if row[3] <= at_b + EDGE_SLACK and row[2] > at_a and row[4] > at_b:
                break
        else:
            return
        _, c, a1, _, b1 = row
        if not usable(c):
            return
        frame[c] = True
        at_a, at_b = max(at_a, a1), max(at_b, b1)


def _furniture_sets(
    rows: list[list[int]], mask: list[bool], rec_a: Recurrence, rec_b: Recurrence
) -> set[int]:
    """The document-set signatures met in the ``mask``-ed rows, on either side."""
    found: set[int] = set()
    for (a0, a1, b0, b1, _), used in zip(rows, mask, strict=True):
        if used:
            found.update(rec_a.signatures[rec_a.known[a0] : rec_a.known[a1]])
            found.update(rec_b.signatures[rec_b.known[b0] : rec_b.known[b1]])
    return found


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
        """Whether each of ``pieces`` (rows ``a0, a1, ...``, each on one line: :func:`split_lines`)
        lies on a list line (:meth:`list_lines`)."""
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
