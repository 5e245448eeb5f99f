"""Where one document's recurring fingerprints are (:class:`Recurrence`), for judging page furniture
(:mod:`syndetect.align.furniture`): their document-set signatures and how many of them many documents
hold, as prefix counts over the document's tokens.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "FRAME_READERS",
    "Recurrence",
]


FRAME_READERS = 5
"""Documents from which a sentence or two beside a page's frame (a cookie notice, a sign-up box, a
standing disclaimer) is part of it: a story's closing lines that two copies both end with are held
by its few copies."""


class Recurrence:
    """Where one document's recurring fingerprints are
    (:class:`~syndetect.candidates.recurring.Recurring`), as plain lists: a pair asks about a dozen
    pieces of it, which list lookups answer faster than numpy calls on arrays of that size. Built
    once per document (:class:`~syndetect.align.verify.VerifyCache`)."""

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


def _prefix(flags: NDArray[np.bool_]) -> NDArray[np.int64]:
    """``out[i]``: how many of ``flags[:i]`` are set (``len + 1`` entries)."""
    out = np.zeros(flags.size + 1, dtype=np.int64)
    np.cumsum(flags, out=out[1:])
    return out
