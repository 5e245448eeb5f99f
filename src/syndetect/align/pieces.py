"""Shared chains cut into *pieces* on the lines of document ``a`` (:func:`split_lines`), so that a
footer glued to the story above it is a piece of its own, and the pieces kept joined again into
chains (:func:`join_lines`).
"""

from __future__ import annotations

import bisect

import numpy as np
from numpy.typing import NDArray

from .lines import ChainText

__all__ = [
    "join_lines",
    "split_lines",
]


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
