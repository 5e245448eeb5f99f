"""Page furniture: the text two documents share because they are pages of one site, not copies.

Furniture (an outlet's header, menus, share bars, lists of its headlines, sign-up boxes, notices,
footer) is told from syndication by *what* the shared text is, *where* it is shared and *by whom*,
never by how many documents carry it: a wire story reprinted by 500 outlets is carried by more
documents than any outlet's footer. The unit is a *piece*: a shared chain of tokens cut at the line
breaks of document ``a`` (:func:`~syndetect.align.pieces.split_lines`), so that a footer glued to the
story above it is a piece of its own. For one candidate pair (:func:`furniture_chains`):

1. **Lists.** A piece on lines of a list (:meth:`~syndetect.align.lines.ChainText.list_lines`: menus,
   link bars, lists of headlines, copyright lines; not a title, not a one-line paragraph of a story)
   whose text at least three documents hold is furniture, wherever it is.
2. **Frame.** Walking in from the start of both documents, a piece that begins within
   :data:`EDGE_SLACK` tokens of the start (or of the frame so far) in *both* documents, is less
   than :data:`BULK` of either, holds recurring text, and is a list, is the frame; the same from
   the ends. Once a frame of lists is found, the walk goes on through a sentence or two held by at
   least :data:`~syndetect.align.recurrence.FRAME_READERS` documents (a sign-up box, a cookie
   notice), never through running text (:meth:`~syndetect.align.lines.ChainText.running`), however
   many documents carry it; such a notice right beside other furniture is furniture as well.
3. **Readers.** An outlet's furniture is held by exactly that outlet's documents, so every piece of
   it has the same *document set* (:class:`~syndetect.candidates.recurring.Recurring`) wherever it
   sits. Any other short piece whose recurring text mostly belongs to the frame's document sets is
   furniture too, except the sets of a story shared here (a headline under the menu has its story's
   readers).
4. **Edges.** Such a sentence or two that no frame reaches is furniture when it lies in the first
   or last :data:`EDGE_SHARE` of both documents, the pair shares no running text, and ``a`` has
   furniture of its own (:meth:`~syndetect.align.lines.ChainText.framed`): a template's sign-up box
   with each outlet's name in a slot.

What only the two documents share is never furniture (a copied opening paragraph, as plagiarism
corpora have), nor is text of a document wrapped at a fixed width (lines there end anywhere).
Steps 1-4 need the document sets of recurring word n-grams, which word shingles give; with character
shingles nothing is furniture. The lines, sentences and lists of a document are read by
:mod:`syndetect.align.lines`; this module holds the decision rules.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from .lines import RUNNING_TEXT, ChainText
from .recurrence import Recurrence

__all__ = [
    "BULK",
    "EDGE_SHARE",
    "EDGE_SLACK",
    "furniture_chains",
]


EDGE_SLACK = 4
"""Unshared tokens allowed before the first furniture chain or between two of them (a slot: the
outlet's name, a date, a page number)."""


BULK = 0.7
"""A chain covering this share of either document's tokens is content, not a frame."""


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
    :attr:`~syndetect.align.recurrence.Recurrence.many`); ``None`` when not known, and then nothing
    is furniture. ``window`` is the winnowing window of the fingerprints; ``text_a`` gives the lines
    and sentences of ``a`` (``None``: chains are not judged by them). ``parent`` (from
    :func:`~syndetect.align.pieces.split_lines`) numbers the chain each row is a piece of: whether
    text recurs is measured on whole chains (a line of three
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
    n_a, n_b = len(rec_a.known) - 1, len(rec_b.known) - 1
    held, recurs = _recurring_rows(rows, par, rec_a, window)
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
    prose = _Prose(rows, par, listy, text_a, small, many, listed)
    if any(frame):
        walks.mark(frame, lambda c: listed[c] or prose.wide(c))
    furniture = [f or g for f, g in zip(furniture, frame, strict=True)]
    _grow_beside(furniture, maybe, rows, prose)
    _edge_notices(furniture, maybe, rows, n_a, n_b, text_a, rec_a, prose)
    if not found:
        return furniture
    _frame_readers(furniture, frame, many, rows, rec_a, rec_b, text_a, prose)
    return furniture


def _recurring_rows(
    rows: list[list[int]], par: list[int] | None, rec_a: Recurrence, window: int
) -> tuple[list[int], list[bool]]:
    """How many recurring fingerprints each row holds (side ``a``), and whether it is text held by
    at least three documents (:func:`_recurs`), decided by its chain's text for a row too short to
    hold a fingerprint of its own."""
    known = rec_a.known
    held = [known[r[1]] - known[r[0]] for r in rows]  # recurring fingerprints per row
    recurs = [_recurs(n, row[4], window) for n, row in zip(held, rows, strict=True)]
    if par is not None:
        # a line of three words may hold no fingerprint of its own: then its chain's decide
        chain_recurs = {p: _recurs(known[a1] - known[a0], matched, window)
                        for p, (a0, a1, matched) in _chains_of(rows, par).items()}
        recurs = [r or chain_recurs[p] for r, p in zip(recurs, par, strict=True)]
    return held, recurs


class _Prose:
    """The rows in blocks of prose (:func:`_prose_blocks`), each block judged running text once,
    when asked (a story's run of paragraphs); and which rows are a notice beside a page's frame: a
    sentence or two many documents hold, small, not a list, not in running text."""

    __slots__ = ("_judged", "_listed", "_many", "_small", "_text", "_wide", "block", "hi", "lo")

    def __init__(
        self,
        rows: list[list[int]],
        par: list[int] | None,
        listy: list[bool],
        text_a: ChainText | None,
        small: list[bool],
        many: list[bool],
        listed: list[bool],
    ) -> None:
        self.block, self.lo, self.hi = _prose_blocks(listy, par, rows)
        self._judged: list[bool | None] = [None] * len(self.lo)
        self._wide: dict[int, bool] = {}
        self._text, self._small, self._many, self._listed = text_a, small, many, listed

    def running(self, k: int) -> bool:
        """Whether block ``k`` is running text."""
        flag = self._judged[k]
        if flag is None:
            flag = self._judged[k] = self._text is not None and self._text.running(self.lo[k], self.hi[k])
        return flag

    def wide(self, c: int) -> bool:
        """Whether row ``c`` is a notice that may be part of the frame."""
        flag = self._wide.get(c)
        if flag is None:
            flag = self._wide[c] = (self._small[c] and self._many[c] and not self._listed[c]
                                    and not self.running(self.block[c]))
        return flag


def _grow_beside(furniture: list[bool], maybe: list[int], rows: list[list[int]], prose: _Prose) -> None:
    """Mark the ``maybe`` rows that touch furniture (:func:`_beside`) and are notices
    (:meth:`_Prose.wide`) as furniture, until no more are."""
    grown = bool(maybe)
    while grown:
        grown = False
        for c in [c for c in maybe if not furniture[c]]:
            if _beside(rows[c], rows, furniture) and prose.wide(c):
                furniture[c] = grown = True


def _edge_notices(
    furniture: list[bool],
    maybe: list[int],
    rows: list[list[int]],
    n_a: int,
    n_b: int,
    text_a: ChainText | None,
    rec_a: Recurrence,
    prose: _Prose,
) -> None:
    """Mark a notice at the edge of both pages that no frame reaches (outlets on one template carry
    its sign-up box with their own name in a slot, and two pages of different outlets share nothing
    else), when the pair shares no running text and ``a`` is a page with furniture of its own (an
    essay that ends with a sentence many others copy too has none)."""
    edge = [c for c in maybe if not furniture[c] and _at_edge(rows[c], n_a, n_b)]
    if (edge and text_a is not None and text_a.framed(rec_a)
            and not any(prose.running(k) for k in range(len(prose.lo)))):
        for c in edge:
            furniture[c] = True


def _frame_readers(
    furniture: list[bool],
    frame: list[bool],
    many: list[bool],
    rows: list[list[int]],
    rec_a: Recurrence,
    rec_b: Recurrence,
    text_a: ChainText | None,
    prose: _Prose,
) -> None:
    """Mark the pieces whose recurring text mostly has the frame's readers (its document sets), but
    not those of a story shared here, and not running text."""
    mostly = [c for c in range(len(rows)) if many[c] and not furniture[c]]
    sets = _furniture_sets(rows, frame, rec_a, rec_b) if mostly else set()
    mostly = [c for c in mostly if _mostly_in(sets, rec_a, rows[c])]
    if not mostly:
        return  # (without the story's sets taken out of the frame's, fewer still)
    # the readers of a story shared here (a long run of prose) are not a site's, even where the
    # frame has them too (the story's headline under the site's menu)
    story = [not f and prose.hi[k] - prose.lo[k] >= 2 * RUNNING_TEXT and prose.running(k)
             for f, k in zip(furniture, prose.block, strict=True)]
    sets -= _furniture_sets(rows, story, rec_a, rec_b)
    mostly = [c for c in mostly if _mostly_in(sets, rec_a, rows[c])]
    for c in mostly:
        furniture[c] = text_a is None or not text_a.running(rows[c][0], rows[c][1])


EDGE_SHARE = 0.3
"""Share of a document's tokens at its start or end where a notice of its page may sit
(:func:`_at_edge`)."""


def _at_edge(row: list[int], n_a: int, n_b: int) -> bool:
    """Whether a piece lies in the last :data:`EDGE_SHARE` of both documents, or in the first."""
    a0, a1, b0, b1 = row[0], row[1], row[2], row[3]
    return ((a0 >= (1 - EDGE_SHARE) * n_a and b0 >= (1 - EDGE_SHARE) * n_b)
            or (a1 <= EDGE_SHARE * n_a and b1 <= EDGE_SHARE * n_b))


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


def _many_readers(rows: list[list[int]], held: list[int], rec: Recurrence) -> list[bool]:
    """Which rows (side ``a``, ``held`` recurring fingerprints each) have at least half their
    recurring fingerprints held by :data:`~syndetect.align.recurrence.FRAME_READERS` documents or more."""
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
