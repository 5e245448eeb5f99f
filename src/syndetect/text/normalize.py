"""Normalisation that keeps a map back to raw character offsets, vectorised over many documents.

Every raw code point is folded on its own through a lookup table built lazily from :mod:`unicodedata`
(256 code points at a time, only for blocks that occur), so a whole batch of documents is normalised
with a handful of numpy passes and no Python loop per character:

* compatibility normalisation and case folding (``NFKC(casefold(NFKC(c)))``, after composing
  decomposed input to NFC with an offset map): precomposed and decomposed accents, full-width forms,
  ligatures and case all match;
* decimal digits of every script fold to ASCII digits (optionally all to ``0``);
* combining marks are dropped when ``strip_diacritics`` is on;
* apostrophes of every style (``'`` ``’`` ``‘`` ``ʼ`` ...) are deleted, so "Shi'ite" and "Shi’ite"
  both give ``shiite``; every other punctuation, symbol, space or control character (curly or
  straight quotes, dashes, non-breaking spaces, the ellipsis) is a separator;
* with ``fold_acronyms`` the dot after a single letter is deleted, so "U.S." gives ``us`` like "US".

A character can expand to several (``ﬁ`` -> ``fi``, ``ß`` -> ``ss``) or vanish; each normalised
character remembers the index of the raw character it came from.

Characters of scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer,
Myanmar) are *solo* characters: each one is a token of its own, so word k-grams over them are
character k-grams.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np
from numpy.typing import NDArray

from ..config import NormalizeConfig
from .compose import CodePoints, compose_clusters, continues, may_break_nfc

__all__ = [
    "SEP", "SOLO", "TABLE_LAYOUT", "WORD", "EncodedTexts", "NormalizedBatch", "encode_texts", "fold_char",
    "normalize_batch", "tables_for",
]

SEP, WORD, SOLO = 0, 1, 2
"""Character classes after folding: separator, word character, solo (one-character token)."""

APOSTROPHES = frozenset("'\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\u02b9\uff07\u201b")
_DOT = 0x2E
_MAX_CP = 0x110000
_CodePoints = CodePoints
_BLOCK = 256

_SOLO_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3134F),  # CJK extensions B-G
)


def _is_solo_script(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _SOLO_RANGES)


def _char_class(ch: str) -> int:
    cat = unicodedata.category(ch)
    if cat[0] in "LNM":
        return SOLO if _is_solo_script(ord(ch)) else WORD
    return SEP


def fold_char(ch: str, config: NormalizeConfig) -> list[tuple[int, int]]:
    """The normalised form of one raw character as ``(code point, class)`` pairs; the definition that
    the lookup tables cache. Context-dependent folding (acronym dots) is not applied here."""
    if ch in APOSTROPHES:
        return []
    if 0xD800 <= ord(ch) <= 0xDFFF:  # lone surrogate: a separator, never an error
        return [(ord(ch), SEP)]
    if _char_class(ch) == SEP:
        return [(ord(ch), SEP)]
    out: list[tuple[int, int]] = []
    if config.strip_diacritics:
        folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", ch).casefold())
        folded = unicodedata.normalize("NFC", "".join(c for c in folded if unicodedata.category(c) != "Mn"))
    else:
        folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", ch).casefold())
    for c in folded:
        if unicodedata.category(c) == "Nd":
            c = "0" if config.fold_digits else str(unicodedata.digit(c))
        if c in APOSTROPHES:
            continue
        cls = _char_class(c)
        if cls == WORD and _is_solo_script(ord(ch)):
            cls = SOLO
        out.append((ord(c), cls))
    return out


# Packed per-code-point table (uint32): the folded code point when the character maps to exactly one
# character, its class, and flags. One gather per character serves the common case.
_CP_MASK = 0x1FFFFF
_CLS_SHIFT = 21
_LETTER = 1 << 23
_DELETED = 1 << 24  # the flags from here up mark the rare characters that need more than the table:
_EXPANDS = 1 << 25  # ``packed >= _DELETED`` finds them all in one pass
_NFC_MAYBE = 1 << 26  # the character may make its document non-NFC (a mark, a composing jamo...)
_CONT = 1 << 27  # the character continues the cluster before it (``compose.continues``); always _NFC_MAYBE
_DOT_FLAG = 1 << 28  # "." with fold_acronyms: special, so the acronym rule needs no pass of its own
_UNBUILT = 0xFFFFFFFF  # a table entry not built yet (every built entry is below 1 << 29)
TABLE_LAYOUT = (_CP_MASK, _CLS_SHIFT, _LETTER, _DELETED, _EXPANDS, _NFC_MAYBE, _DOT_FLAG, _UNBUILT)
"""The packed entry's code point mask, class shift and flags, in the order the compiled tokeniser
(``text/_tokenise.c``) states them; :mod:`syndetect.text.native` checks that the two agree."""


class _Tables:
    """Lazily built per-code-point tables for one NormalizeConfig (thread-safe)."""

    def __init__(self, config: NormalizeConfig) -> None:
        self.config = config
        self.packed = np.full(_MAX_CP, _UNBUILT, dtype=np.uint32)
        self.built = np.zeros(_MAX_CP // _BLOCK, dtype=np.bool_)
        self.expansions: dict[int, list[tuple[int, int]]] = {}
        self._lock = threading.Lock()
        self._flat: tuple[int, NDArray[np.uint32], NDArray[np.int64], NDArray[np.uint32]] | None = None

    def lookup(self, cps: _CodePoints) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
        """The packed entries of ``cps`` and the positions of the special ones among them (``packed >=
        _DELETED``). Blocks not built yet read as ``_UNBUILT``, which is special too, so finding them
        costs no pass of its own: they are built and looked up again."""
        packed = np.take(self.packed, cps)
        special = np.flatnonzero(packed >= np.uint32(_DELETED))
        unbuilt = special[packed[special] == np.uint32(_UNBUILT)]
        if unbuilt.size:
            with self._lock:
                for block in np.unique(cps[unbuilt] >> 8).tolist():  # _BLOCK = 256
                    if not self.built[block]:
                        self._build(block)
            packed = np.take(self.packed, cps)
            special = np.flatnonzero(packed >= np.uint32(_DELETED))
        return packed, special

    def compose(
        self, cps: _CodePoints, raw_starts: NDArray[np.int64], maybe: NDArray[np.int64], maps: bool
    ) -> tuple[_CodePoints, NDArray[np.int64], NDArray[np.int64] | None, NDArray[np.int64] | None] | None:
        """:func:`~syndetect.text.compose.compose_clusters` of ``cps`` around the positions ``maybe`` (of
        characters flagged ``_NFC_MAYBE``, whose blocks are built)."""
        return compose_clusters(cps, raw_starts, self.packed, _CONT, maybe, maps)

    def expansion_arrays(self) -> tuple[NDArray[np.uint32], NDArray[np.int64], NDArray[np.uint32]]:
        """The characters that fold to several, as flat arrays: their code points (sorted), where each
        one's folded characters start in the values (one entry more) and the values, packed like the
        table's entries (code point | class << ``_CLS_SHIFT``). Remade when blocks added some."""
        flat = self._flat
        if flat is None or flat[0] != len(self.expansions):
            items = sorted(dict(self.expansions).items())  # a copy: another thread may build a block
            keys = np.array([cp for cp, _ in items], dtype=np.uint32)
            offsets = np.zeros(len(items) + 1, dtype=np.int64)
            np.cumsum([len(folded) for _, folded in items], out=offsets[1:])
            values = np.array([c | (cls << _CLS_SHIFT) for _, f in items for c, cls in f], dtype=np.uint32)
            flat = self._flat = (len(items), keys, offsets, values)
        return flat[1], flat[2], flat[3]

    def cut_ok(self, cps: _CodePoints) -> NDArray[np.bool_]:
        """``ok[i]``: a text may be cut between its code points ``cps[i]`` and ``cps[i + 1]`` without
        changing its normalised characters, classes, tokens or raw spans.

        That holds where ``cps[i]`` is a separator and both characters are plain: folded by the table
        alone to one character each (not deleted, not expanding, not a "." of the acronym rule, not a
        character that may take part in NFC composition). Then no token and no NFC cluster spans the cut,
        the acronym rule (which looks two characters back from a ".") sees a non-letter before the cut
        either way, and the documents of a batch are joined with a separator too.
        """
        packed, _ = self.lookup(cps)
        plain = packed < np.uint32(_DELETED)
        sep = ((packed >> np.uint32(_CLS_SHIFT)) & np.uint32(3)) == SEP
        ok: NDArray[np.bool_] = plain[:-1] & sep[:-1] & plain[1:]
        return ok

    def _build(self, block: int) -> None:
        for cp in range(block * _BLOCK, (block + 1) * _BLOCK):
            ch = chr(cp)
            folded = fold_char(ch, self.config)
            flags = _LETTER if unicodedata.category(ch)[0] == "L" else 0
            if may_break_nfc(ch):
                flags |= _NFC_MAYBE
            if continues(ch):
                flags |= _CONT
            if cp == _DOT and self.config.fold_acronyms:
                flags |= _DOT_FLAG
            if not folded:
                flags |= _DELETED
            elif len(folded) == 1:
                flags |= folded[0][0] | (folded[0][1] << _CLS_SHIFT)
            else:
                flags |= _EXPANDS
                self.expansions[cp] = folded
            self.packed[cp] = flags
        self.built[block] = True


_TABLES: dict[NormalizeConfig, _Tables] = {}
_TABLES_LOCK = threading.Lock()


def tables_for(config: NormalizeConfig) -> _Tables:
    """The lookup tables of ``config`` (one per config and process, built block by block on demand)."""
    with _TABLES_LOCK:
        tables = _TABLES.get(config)
        if tables is None:
            tables = _TABLES[config] = _Tables(config)
        return tables


@dataclass(frozen=True, slots=True)
class NormalizedBatch:
    """A batch of documents normalised into one flat array (CSR layout).

    ``cp[i]`` is the i-th normalised code point of the batch, ``cls[i]`` its class (SEP, WORD, SOLO),
    ``raw[i]`` the index of the raw character it came from *in the joined raw text* (``None`` when
    that is ``i`` itself, the common case); ``doc_starts[d]`` is where document ``d`` begins in the
    normalised arrays (``n_docs + 1`` entries) and ``raw_starts[d]`` where it begins in the joined
    raw text. Documents are joined with one separator character, so no token crosses a boundary.
    """

    cp: NDArray[np.uint32]
    cls: NDArray[np.int8]
    raw: NDArray[np.int64] | None
    doc_starts: NDArray[np.int64]
    raw_starts: NDArray[np.int64]
    raw_end: NDArray[np.int64] | None = None
    """End (exclusive) of the raw characters behind each normalised one, when that is not
    ``raw + 1`` (only after composing decomposed input, where one character stands for several)."""
    mapped: bool = True
    """False when built with ``raw_map=False``: ``raw`` is then not computed and ``to_raw`` refuses."""

    def to_raw(self, idx: NDArray[np.int64]) -> NDArray[np.int64]:
        """Raw (joined) indices of normalised positions ``idx``."""
        if not self.mapped:
            msg = "this batch was normalised with raw_map=False; normalise with raw_map=True for offsets"
            raise RuntimeError(msg)
        return idx.astype(np.int64, copy=False) if self.raw is None else self.raw[idx]

    def to_raw_end(self, idx: NDArray[np.int64]) -> NDArray[np.int64]:
        """One past the last raw (joined) index behind normalised positions ``idx``."""
        if self.raw_end is not None:
            return self.raw_end[idx]
        return self.to_raw(idx) + 1


class EncodedTexts(Sequence[str]):
    """The texts behind :func:`encode_texts`' output, decoded one at a time on demand: lets a process
    that received only the code points normalise them (``normalize_batch(EncodedTexts(cps, starts),
    ..., encoded=(cps, starts))`` reads a text only when it has to compose it to NFC)."""

    def __init__(self, cps: _CodePoints, raw_starts: NDArray[np.int64]) -> None:
        self.cps = cps
        self.raw_starts = raw_starts

    def __len__(self) -> int:
        return int(self.raw_starts.size) - 1

    @overload
    def __getitem__(self, d: int) -> str: ...
    @overload
    def __getitem__(self, d: slice) -> list[str]: ...
    def __getitem__(self, d: int | slice) -> str | list[str]:
        if isinstance(d, slice):
            return [self[i] for i in range(*d.indices(len(self)))]
        n = len(self)
        if not -n <= d < n:
            raise IndexError(f"text {d} of {n}")
        d %= n
        piece = self.cps[int(self.raw_starts[d]) : int(self.raw_starts[d + 1]) - 1]
        # uint8 code points are ASCII; the other two are the little-endian encodings encode_texts made
        codec = {1: "latin-1", 2: "utf-16-le", 4: "utf-32-le"}[piece.dtype.itemsize]
        return piece.tobytes().decode(codec, "surrogatepass")


def encode_texts(
    texts: Sequence[str], lengths: NDArray[np.int64] | None = None
) -> tuple[_CodePoints, NDArray[np.int64]]:
    """``texts`` joined with one separator and encoded as code points (``uint8`` when all ASCII,
    ``uint16`` when no character is outside the BMP, else ``uint32``), and where each text starts in
    them (``len(texts) + 1`` entries). What :func:`normalize_batch` does first; see ``encoded``."""
    raw_starts = _encode_lengths(texts, lengths)
    joined = "\n".join(texts)
    # The narrowest exact encoding: one byte (ASCII), two (UTF-16 without surrogate pairs: the length
    # says none was needed) or four; 'surrogatepass' keeps lone surrogates as code points.
    cps: _CodePoints
    if joined.isascii():
        cps = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
    else:
        utf16 = joined.encode("utf-16-le", "surrogatepass")
        if len(utf16) == 2 * len(joined):
            cps = np.frombuffer(utf16, dtype="<u2")
        else:
            cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return cps, raw_starts


def normalize_batch(
    texts: Sequence[str],
    config: NormalizeConfig,
    *,
    raw_map: bool = True,
    lengths: NDArray[np.int64] | None = None,
    encoded: tuple[_CodePoints, NDArray[np.int64]] | None = None,
) -> NormalizedBatch:
    """Normalise ``texts`` together; see the module docstring for what folds.

    With ``raw_map=False`` the map back to raw offsets is skipped when it would cost a pass (what
    signatures need); ``cp``, ``cls`` and ``doc_starts`` are the same either way. ``lengths`` (the
    texts' lengths, when known) spares a pass over the ``str`` objects: in a forked process, touching
    an object writes its reference count and copies its page. ``encoded``: :func:`encode_texts` of
    ``texts``, when already made (by another process, say).
    """
    cps, raw_starts = encode_texts(texts, lengths) if encoded is None else encoded
    tables = tables_for(config)
    # The rare characters that are deleted, expand or may need composing, in one pass.
    packed, special = tables.lookup(cps)
    pre_map = pre_end = None
    starts = raw_starts  # where each text starts in ``cps`` (moves if composing resizes clusters)
    if special.size:
        maybe = special[(packed[special] & np.uint32(_NFC_MAYBE)) != 0]
        composed = tables.compose(cps, raw_starts, maybe, raw_map) if maybe.size else None
        if composed is not None:
            cps, starts, pre_map, pre_end = composed
            packed, special = tables.lookup(cps)
    if config.fold_acronyms:  # the dots are special positions already: this only flags some deleted
        _drop_acronym_dots(cps, packed, special[cps[special] == _DOT])
    flags = packed[special] & np.uint32(_DELETED | _EXPANDS)
    deleted = special[(flags & np.uint32(_DELETED)) != 0]
    expanding = special[(flags & np.uint32(_EXPANDS)) != 0]
    need_raw = raw_map or pre_map is not None
    raw: NDArray[np.int64] | None = None
    if deleted.size:
        keep = np.ones(packed.size, dtype=np.bool_)
        keep[deleted] = False
        packed = packed[keep]
        if need_raw:
            raw = np.flatnonzero(keep)
    extra = np.zeros(0, dtype=np.int64)
    if expanding.size:
        packed, raw, extra = _expand(cps, packed, raw, expanding, deleted, tables, need_raw)
    mapped = need_raw or not (deleted.size or expanding.size or starts is not raw_starts)
    cls = _classes(packed)
    cp = np.bitwise_and(packed, np.uint32(_CP_MASK), out=packed)  # packed is ours: a fresh array
    raw_end = None
    if pre_map is not None and pre_end is not None:
        raw_end = pre_end if raw is None else pre_end[raw]
        raw = pre_map if raw is None else pre_map[raw]
    if raw is not None:
        doc_starts = np.searchsorted(raw, raw_starts, side="left")
    else:  # where a document starts in ``cps``, less the characters deleted before, plus those added
        doc_starts = starts - np.searchsorted(deleted, starts, side="left")
        if expanding.size:
            doc_starts += np.concatenate(([0], np.cumsum(extra)))[np.searchsorted(expanding, starts)]
    doc_starts = np.minimum(doc_starts, cp.size)  # the last entry is the end of the batch
    return NormalizedBatch(
        cp=cp, cls=cls, raw=raw, doc_starts=doc_starts.astype(np.int64), raw_starts=raw_starts,
        raw_end=raw_end, mapped=mapped,
    )


_CLS_BYTE = (_CLS_SHIFT // 8) if np.little_endian else 3 - _CLS_SHIFT // 8


def _classes(packed: NDArray[np.uint32]) -> NDArray[np.int8]:
    """The class bits of ``packed``, read from the one byte that holds them (no uint32 temporary)."""
    byte = packed.view(np.uint8)[_CLS_BYTE::4]
    cls = np.right_shift(byte, np.uint8(_CLS_SHIFT % 8))
    cls &= np.uint8(3)
    out: NDArray[np.int8] = cls.view(np.int8)
    return out


def _encode_lengths(texts: Sequence[str], lengths: NDArray[np.int64] | None = None) -> NDArray[np.int64]:
    """Where each text starts in the texts joined with one separator (``len(texts) + 1`` entries)."""
    if lengths is None:
        lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    raw_starts = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths + 1, out=raw_starts[1:])
    return raw_starts


def _expand(
    cps: _CodePoints,
    packed: NDArray[np.uint32],
    raw: NDArray[np.int64] | None,
    expanding: NDArray[np.int64],
    deleted: NDArray[np.int64],
    tables: _Tables,
    need_raw: bool,
) -> tuple[NDArray[np.uint32], NDArray[np.int64] | None, NDArray[np.int64]]:
    """Put in the characters that fold to several (rare: "½" -> "1⁄2", "ß" -> "ss"): the first in the
    raw character's place, the others inserted after it. ``packed`` has the ``deleted`` raw characters
    removed already, ``raw`` (when needed) maps it to raw indices. Returns the new ``packed``, ``raw``
    and the number of characters added for each of ``expanding``."""
    pieces = [tables.expansions[c] for c in cps[expanding].tolist()]
    extra = np.fromiter((len(p) - 1 for p in pieces), dtype=np.int64, count=len(pieces))
    at = expanding - np.searchsorted(deleted, expanding)  # where they are once the deleted are gone
    vals = np.fromiter((c | (cls << _CLS_SHIFT) for p in pieces for c, cls in p), dtype=np.uint32)
    firsts = np.cumsum(extra + 1) - (extra + 1)  # where each piece begins in ``vals``
    packed[at] = vals[firsts]
    rest = np.ones(vals.size, dtype=np.bool_)
    rest[firsts] = False
    where = np.repeat(at + 1, extra)
    packed = np.insert(packed, where, vals[rest])
    if need_raw:
        base = np.arange(cps.size, dtype=np.int64) if raw is None else raw
        raw = np.insert(base, where, np.repeat(expanding, extra))
    return packed, raw, extra


def _drop_acronym_dots(
    cps: _CodePoints, packed: NDArray[np.uint32], dots: NDArray[np.int64]
) -> NDArray[np.int64]:
    """Delete each dot (of the positions ``dots``) that follows a single letter: "U.S." -> "US", "e.g."
    -> "eg". A letter is single when the character before it is not a letter, or is a dot ("U.S.": 'S').
    """
    dots = dots[dots >= 1]
    if not dots.size:
        return dots
    letter = np.uint32(_LETTER)
    prev_is_letter = (packed[dots - 1] & letter) != 0
    before = dots - 2
    has_before = before >= 0
    safe = np.where(has_before, before, 0)
    before_ok = ~has_before | ((packed[safe] & letter) == 0) | (cps[safe] == _DOT)
    dropped: NDArray[np.int64] = dots[prev_is_letter & before_ok]
    packed[dropped] |= np.uint32(_DELETED)
    return dropped
