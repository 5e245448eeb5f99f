"""Composition to NFC of the joined texts of a batch, touching only the clusters that may need it.

:mod:`syndetect.text.normalize` folds each character on its own, which needs composed (NFC) input;
most texts are NFC already, so only the clusters around the characters that may break NFC (found by
the per-code-point table's flags) are composed, and spliced back with a map to the raw characters.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata

import numpy as np
from numpy.typing import NDArray

__all__ = ["CodePoints", "compose_clusters", "composing_starters", "continues", "may_break_nfc"]

CodePoints = NDArray[np.uint8] | NDArray[np.uint16] | NDArray[np.uint32]
"""Raw code points of a batch, in the narrowest unsigned type that holds them."""
_MAX_CP = 0x110000


def may_break_nfc(ch: str) -> bool:
    """Whether a text containing ``ch`` can fail to be NFC (a superset of NFC_Quick_Check No/Maybe)."""
    cp = ord(ch)
    if 0xD800 <= cp <= 0xDFFF:
        return False
    return (
        bool(unicodedata.combining(ch))
        or 0x1160 <= cp <= 0x11FF
        or ch in composing_starters()
        or not unicodedata.is_normalized("NFC", ch)
    )


@functools.cache
def composing_starters() -> frozenset[str]:
    """Characters of combining class 0 that still compose with the character before them (the second
    half of a canonical pair, e.g. Oriya U+0B3E: U+0B47 U+0B3E -> U+0B4B); a cluster must not end
    before one. Derived from the running Python's Unicode data (about 26 characters)."""
    out = set()
    for cp in range(_MAX_CP):
        d = unicodedata.decomposition(chr(cp))
        if d and d[0] != "<":
            parts = d.split()
            if len(parts) == 2 and not unicodedata.combining(second := chr(int(parts[1], 16))):
                out.add(second)
    return frozenset(out)


def continues(ch: str) -> bool:
    """Whether ``ch`` belongs to the cluster of the character before it: a combining mark, a
    conjoining Hangul vowel or final, or a class-0 character that composes with its predecessor."""
    return bool(unicodedata.combining(ch)) or 0x1160 <= ord(ch) <= 0x11FF or ch in composing_starters()


def _cluster_bounds(
    cps: CodePoints, table: NDArray[np.uint32], cont: int, raw_starts: NDArray[np.int64],
    maybe: NDArray[np.int64],
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Start and length of the clusters that hold the positions ``maybe``: from each, back while the
    character continues its cluster (its ``table`` entry has the flag ``cont``) and is not the first of a
    text, then forward past the characters that continue it. Clusters are short, so each walk loops a
    few times, over few positions."""
    n = cps.size
    flag = np.uint32(cont)
    at = maybe.copy()
    while True:
        moving = np.flatnonzero((table[cps[at]] & flag) != 0)
        moving = moving[raw_starts[np.searchsorted(raw_starts, at[moving])] != at[moving]]
        if not moving.size:
            break
        at[moving] -= 1
    starts = np.unique(at)
    ends = starts + 1
    while True:
        inside = np.flatnonzero(ends < n)
        moving = inside[(table[cps[ends[inside]]] & flag) != 0]
        if not moving.size:
            return starts, ends - starts
        ends[moving] += 1


def compose_clusters(
    cps: CodePoints,
    raw_starts: NDArray[np.int64],
    table: NDArray[np.uint32],
    cont: int,
    maybe: NDArray[np.int64],
    maps: bool,
) -> tuple[CodePoints, NDArray[np.int64], NDArray[np.int64] | None, NDArray[np.int64] | None] | None:
    """NFC of the joined texts ``cps``, composing only the clusters around ``maybe`` (the characters that
    may break NFC): the composed code points, where each text starts in them, and with ``maps`` the
    raw span ``[start, end)`` behind every output character; ``None`` when the texts are NFC already.
    ``table`` is the per-code-point table of :mod:`syndetect.text.normalize`, whose flag ``cont`` marks
    the characters that continue a cluster (``continues``).

    A *cluster* is a character and the ones after it that continue it (``continues``: combining
    marks, conjoining jamo, the few class-0 characters that compose with their predecessor); each text's
    first character starts one. NFC only changes text inside clusters, so NFC of a text is the NFC of
    each cluster, concatenated. A composed cluster of the same length maps character to character;
    one of another length maps every output character to the whole cluster.
    """
    n = cps.size
    starts, lens = _cluster_bounds(cps, table, cont, raw_starts, maybe)
    # the clusters' code points as one string, cut into clusters, each composed on its own
    joined = _decode(cps[_ranges(starts, lens)])
    bounds = np.concatenate(([0], np.cumsum(lens))).tolist()
    clusters = [joined[a:b] for a, b in itertools.pairwise(bounds)]
    composed = [unicodedata.normalize("NFC", c) for c in clusters]
    changed = [i for i, (a, b) in enumerate(zip(clusters, composed, strict=True)) if a != b]
    if not changed:
        return None
    pieces = [composed[i] for i in changed]
    values = np.frombuffer("".join(pieces).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    new_len = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
    c_start, c_len = starts[changed], lens[changed]
    wide = cps.dtype == np.uint32 or int(values.max()) >= 0x10000
    dtype = np.uint32 if wide else np.uint16
    resized = new_len != c_len
    r_start, r_len, r_new = c_start[resized], c_len[resized], new_len[resized]
    growth = np.concatenate(([0], np.cumsum(r_new - r_len)))
    text_starts = raw_starts + growth[np.searchsorted(r_start, raw_starts)]
    if not maps:  # splice: same-length clusters overwritten, resized ones deleted and inserted
        out = cps.astype(dtype)
        out[_ranges(c_start[~resized], c_len[~resized])] = values[~np.repeat(resized, new_len)]
        if r_start.size:
            keep = np.ones(n, dtype=np.bool_)
            keep[_ranges(r_start, r_len)] = False
            at = np.repeat(r_start - (np.cumsum(r_len) - r_len), r_new)
            out = np.insert(out[keep], at, values[np.repeat(resized, new_len)])
        return out, text_starts, None, None
    # output characters per raw character: a resized cluster puts all of its output on its first one
    counts = np.ones(n, dtype=np.int64)
    counts[_ranges(r_start, r_len)] = 0
    counts[r_start] = r_new
    pre_map = np.repeat(np.arange(n, dtype=np.int64), counts)
    out_start = np.cumsum(counts) - counts  # where each raw character's output begins
    out = cps[pre_map].astype(dtype)
    out[_ranges(out_start[c_start], new_len)] = values
    pre_end = pre_map + 1
    pre_end[_ranges(out_start[r_start], r_new)] = np.repeat(r_start + r_len, r_new)
    return out, text_starts, pre_map, pre_end


def _ranges(starts: NDArray[np.int64], lens: NDArray[np.int64]) -> NDArray[np.int64]:
    """``starts[i] + 0, 1, ..., lens[i] - 1`` for every i, concatenated."""
    out = np.repeat(starts - np.cumsum(lens) + lens, lens)
    out += np.arange(out.size, dtype=np.int64)
    return out


def _decode(cps: NDArray[np.generic]) -> str:
    """The string of the code points ``cps`` (lone surrogates kept)."""
    return cps.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
