"""Where a long batch is cut into windows: places inside a text where a cut changes nothing.

:func:`syndetect.text.shingle.shingle_batch` normalises and tokenises a batch longer than its window
(``WINDOW_CHARS``) a window at a time; :func:`doc_pieces` finds where each long text may be cut, and
:class:`Source` reads the pieces, from the ``str`` texts or from their code points.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from ..config import NormalizeConfig
from .compose import CodePoints
from .normalize import encode_texts, tables_for

__all__ = ["Source", "doc_pieces"]


class Source:
    """The code points of raw text ``[start, stop)`` of document ``d``, from the ``str`` texts or from
    their :func:`~syndetect.text.normalize.encode_texts` code points (read as they are, code unit by code
    unit, as :func:`~syndetect.text.normalize.normalize_batch` reads them)."""

    def __init__(self, texts: Sequence[str], encoded: tuple[CodePoints, NDArray[np.int64]] | None) -> None:
        self.texts = texts
        self.encoded = encoded

    def read(self, d: int, start: int, stop: int) -> CodePoints:
        return self.batch([(d, start, stop)])[0]

    def batch(self, pieces: list[tuple[int, int, int]]) -> tuple[CodePoints, NDArray[np.int64]]:
        """The pieces ``(d, start, stop)`` as one batch: what ``encode_texts`` gives for their texts."""
        if self.encoded is None:
            return encode_texts([self.texts[d][a:b] for d, a, b in pieces])
        cps, starts = self.encoded
        lengths = np.array([b - a for _, a, b in pieces], dtype=np.int64)
        out_starts = np.zeros(len(pieces) + 1, dtype=np.int64)
        np.cumsum(lengths + 1, out=out_starts[1:])
        out = np.full(int(out_starts[-1]) - 1 if pieces else 0, 10, dtype=cps.dtype)  # "\n" between
        for (d, a, b), at in zip(pieces, out_starts[:-1].tolist(), strict=True):
            base = int(starts[d])
            out[at : at + b - a] = cps[base + a : base + b]
        return out, out_starts


def doc_pieces(source: Source, d: int, length: int, window: int, config: NormalizeConfig) -> list[int]:
    """Where document ``d`` is cut into pieces: ``[0, c1, ..., length]``, each piece at most ``window``
    characters unless no cut is allowed (the tables' ``cut_ok``) within a window, then up to the next
    allowed one."""
    tables = tables_for(config)
    cuts = [0]
    s = 0
    while length - s > window:
        ok = np.flatnonzero(tables.cut_ok(source.read(d, s, s + window + 1)))
        if ok.size:
            s += int(ok[-1]) + 1
        else:  # no place to cut within a window: the first one after it (regions overlap by one)
            at = s + window
            while at < length - 1:
                ok = np.flatnonzero(tables.cut_ok(source.read(d, at, min(length, at + window + 1))))
                if ok.size:
                    break
                at += window
            if not ok.size:
                break
            s = at + int(ok[0]) + 1
        cuts.append(s)
    cuts.append(length)
    return cuts
