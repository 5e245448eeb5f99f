"""Slow, obviously correct references for the hashing core, written from the module docstrings.

Everything here works one character, token or shingle at a time with Python ints and explicit
``& MASK64``; nothing is shared with the vectorised code except :func:`syndetect.text.normalize.fold_char`,
which *is* the per-character specification that the lookup tables cache.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import xxhash
from hypothesis import strategies as st

from syndetect.config import NormalizeConfig
from syndetect.text.normalize import SEP, SOLO, WORD, fold_char

MASK64 = 2**64 - 1
MASK32 = 2**32 - 1
B = 0x9E3779B97F4A7C15
C = 0xC2B2AE3D27D4EB4F
EMPTY = MASK32


def mix64(x: int) -> int:
    """SplitMix64's finaliser on a Python int."""
    x &= MASK64
    x ^= x >> 30
    x = (x * 0xBF58476D1CE4E5B9) & MASK64
    x ^= x >> 27
    x = (x * 0x94D049BB133111EB) & MASK64
    x ^= x >> 31
    return x


# --- normalisation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class NormChar:
    cp: int
    cls: int
    raw: int  # index of the raw character (in the NFC text) it came from


def acronym_dots(text: str) -> set[int]:
    """Indices of the dots deleted by the acronym rule: a '.' right after a letter that is single
    (nothing before it, a non-letter before it, or a '.' before it)."""
    out = set()
    for i, ch in enumerate(text):
        if ch != "." or i == 0:
            continue
        if not unicodedata.category(text[i - 1]).startswith("L"):
            continue
        if i == 1 or not unicodedata.category(text[i - 2]).startswith("L") or text[i - 2] == ".":
            out.add(i)
    return out


def normalize(text: str, config: NormalizeConfig | None = None) -> list[NormChar]:
    """The normalised characters of one document (composed to NFC first)."""
    config = config or NormalizeConfig()
    text = unicodedata.normalize("NFC", text)
    dropped = acronym_dots(text) if config.fold_acronyms else set()
    out: list[NormChar] = []
    for i, ch in enumerate(text):
        if i in dropped:
            continue
        out.extend(NormChar(cp, cls, i) for cp, cls in fold_char(ch, config))
    return out


@functools.cache
def composing_starters() -> frozenset[str]:
    """Class-0 characters that are the second half of a canonical composition pair."""
    out = set()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and d[0] != "<" and len(d.split()) == 2:
            second = chr(int(d.split()[1], 16))
            if not unicodedata.combining(second):
                out.add(second)
    return frozenset(out)


def compose(text: str) -> tuple[str, list[int], list[int]]:
    """NFC of ``text`` with, for each output character, the raw span ``[start, end)`` behind it: NFC of
    one cluster at a time (a character and the combining marks, conjoining jamo or composing class-0
    characters after it); a composed cluster of the same length maps character to character, one of
    another length maps each of its characters to the whole cluster."""
    joins = composing_starters()
    out: list[str] = []
    where: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (
            unicodedata.combining(text[j]) or 0x1160 <= ord(text[j]) <= 0x11FF or text[j] in joins
        ):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        if len(piece) == j - i:
            where.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
        else:
            where.extend([i] * len(piece))
            ends.extend([j] * len(piece))
        i = j
    return "".join(out), where, ends


# --- tokens --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # raw span in the NFC text
    end: int

    @property
    def hash(self) -> int:
        return token_hash(self.text)


def token_hash(token: str) -> int:
    acc = 0
    power = 1
    for ch in token:
        acc = (acc + ord(ch) * power) & MASK64
        power = (power * B) & MASK64
    return mix64(acc)


def tokens(text: str, config: NormalizeConfig | None = None) -> list[Token]:
    """Maximal runs of word characters, and every solo character on its own."""
    out: list[Token] = []
    run: list[NormChar] = []

    def flush() -> None:
        if run:
            out.append(Token("".join(chr(c.cp) for c in run), run[0].raw, run[-1].raw + 1))
            run.clear()

    for c in normalize(text, config):
        if c.cls == WORD:
            run.append(c)
        elif c.cls == SOLO:
            flush()
            out.append(Token(chr(c.cp), c.raw, c.raw + 1))
        else:
            assert c.cls == SEP
            flush()
    flush()
    return out


# --- shingles ------------------------------------------------------------------------------------


def gram_hash(values: Sequence[int]) -> int:
    """``mix64(P ^ m)`` with ``P = sum(v_j * C**(m-1-j)) mod 2**64``."""
    m = len(values)
    acc = 0
    for j, v in enumerate(values):
        acc = (acc + v * pow(C, m - 1 - j, 2**64)) & MASK64
    return mix64(acc ^ m)


def windows(n: int, k: int) -> list[tuple[int, int]]:
    """(first, length) of the k-grams over n units: n-k+1 full ones, one short one when 0 < n < k."""
    if n == 0:
        return []
    if n < k:
        return [(0, n)]
    return [(i, k) for i in range(n - k + 1)]


def word_shingles(text: str, k: int, config: NormalizeConfig | None = None) -> list[tuple[int, int, int]]:
    """(hash, raw start, raw end) of each word shingle, in order."""
    toks = tokens(text, config)
    hashes = [t.hash for t in toks]
    return [
        (gram_hash(hashes[i : i + m]), toks[i].start, toks[i + m - 1].end) for i, m in windows(len(toks), k)
    ]


def char_units(text: str, config: NormalizeConfig | None = None) -> list[tuple[int, int, int]]:
    """(code point, raw start, raw end) of the units: word and solo characters, with one space (32)
    where separators stood between two of them; a space spans from its first separator to the next unit."""
    units: list[tuple[int, int, int]] = []
    pending_sep: int | None = None
    for c in normalize(text, config):
        if c.cls == SEP:
            if pending_sep is None:
                pending_sep = c.raw
            continue
        if pending_sep is not None and units:
            units.append((32, pending_sep, c.raw))
        pending_sep = None
        units.append((c.cp, c.raw, c.raw + 1))
    return units


def char_shingles(text: str, k: int, config: NormalizeConfig | None = None) -> list[tuple[int, int, int]]:
    units = char_units(text, config)
    cps = [u[0] for u in units]
    return [(gram_hash(cps[i : i + m]), units[i][1], units[i + m - 1][2]) for i, m in windows(len(units), k)]


def shingles(text: str, k: int, unit: str = "word", config: NormalizeConfig | None = None) -> list[int]:
    rows = word_shingles(text, k, config) if unit == "word" else char_shingles(text, k, config)
    return [h for h, _, _ in rows]


# --- MinHash -------------------------------------------------------------------------------------


def seeded(seed: int, label: bytes, i: int) -> int:
    return int(xxhash.xxh64_intdigest(label + i.to_bytes(8, "little"), seed=seed))


def kperm_signature(hashes: Iterable[int], num_perm: int, seed: int) -> list[int]:
    """``min over x of ((a_i * x + b_i) mod 2**64) >> 32`` with x the 32-bit fold of the hash."""
    a = [seeded(seed, b"kperm-a", i) | 1 for i in range(num_perm)]
    b = [seeded(seed, b"kperm-b", i) for i in range(num_perm)]
    sig = [EMPTY] * num_perm
    for h in hashes:
        x = (h ^ (h >> 32)) & MASK32
        for i in range(num_perm):
            v = ((a[i] * x + b[i]) & MASK64) >> 32
            if v < sig[i]:
                sig[i] = v
    return sig


def oph_bin(g: int, num_perm: int) -> int:
    return ((g >> 32) * num_perm) >> 32


def oph_probe(seed: int, num_perm: int, j: int, t: int) -> int:
    key = seeded(seed, b"oph-probe", 0)
    return oph_bin(mix64(((j << 32) + t + key) & MASK64), num_perm)


def oph_signature(hashes: Iterable[int], num_perm: int, seed: int) -> list[int]:
    """One-permutation hashing, then optimal densification from the un-densified bins."""
    key = seeded(seed, b"oph-key", 0)
    bins: list[int | None] = [None] * num_perm
    for h in hashes:
        g = mix64(h ^ key)
        j = oph_bin(g, num_perm)
        v = g & MASK32
        current = bins[j]
        if current is None or v < current:
            bins[j] = v
    if all(v is None for v in bins):
        return [EMPTY] * num_perm
    sig = []
    for j in range(num_perm):
        t = 0
        value = bins[j]
        while value is None:
            value = bins[oph_probe(seed, num_perm, j, t)]
            t += 1
        sig.append(value)
    return sig


def signature(hashes: Iterable[int], num_perm: int, scheme: str, seed: int) -> list[int]:
    hs = list(hashes)
    return oph_signature(hs, num_perm, seed) if scheme == "oph" else kperm_signature(hs, num_perm, seed)


def exact_jaccard(a: Iterable[int], b: Iterable[int]) -> float:
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


# --- hypothesis strategies shared by the tests ---------------------------------------------------

FRAGMENTS = (
    " ",
    " ",
    " ",
    "\n",
    "\t",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\x00",
    "\x07",
    "\r\n",
    ".",
    ",",
    "...",
    "\u2026",
    "-",
    "\u2014",
    "\u2013",
    "'",
    "\u2019",
    '"',
    "\u201c",
    "\u201d",
    "(",
    "!",
    "U.S.",
    "US",
    "u.s",
    "e.g.",
    "a.b.c.",
    "Mr.",
    "Shi'ite",
    "Shi\u2019ite",
    "don\u02bct",
    "the",
    "news",
    "Populist",
    "Iraqi",
    "caf\u00e9",
    "cafe\u0301",
    "\u00c5ngstr\u00f6m",
    "A\u030angstro\u0308m",
    "\u212b",
    "\ufb01ne",
    "Stra\u00dfe",
    "\u0130stanbul",
    "\uff21\uff42\uff43",
    "\u00bd",
    "\u2474",
    "x\u00b2",
    "2019",
    "\u0662\u0660\u0661\u0669",
    "\u06f2\u06f0\u06f1\u06f9",
    "\u0968\u0966",
    "\u0627\u0631\u062f\u0648",
    "\u06a9\u0631\u0627\u0686\u06cc",
    "\u0645\u064e\u0631\u0652\u062d\u064e\u0628\u064b\u0627",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u05e2\u05b4\u05d1\u05b0\u05e8\u05b4\u05d9\u05ea",
    "\u200f",
    "\u200e",
    "\u4e2d\u6587\u65b0\u95fb",
    "\u6771\u4eac",
    "\u3072\u3089\u304c\u306a",
    "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22",
    "\ud55c\uad6d\uc5b4",
    "\u1100\u1161\u11a8",
    "\uac00\u11a8",
    "\u0b47\u0b3e",
    "\u0b4b",
    "\u0915\u093c",
    "\u0958",
    "Berita",
    "Indonesia",
    "\U0001f600",
    "\U0001d400\U0001d401",
    "\U0002000b",
    "\U00010400",
    "\ud800",
    "\udfff",
    "\udbff\udc00x",
    "\u0301",
    "\u0301\u0327",
    "\u00e7\u0301",
    "c\u0327\u0301",
    "c\u0301\u0327",
    "\ue000",
    "\U0010ffff",
    "\ufffe",
    "\u200b",
    "\u00ad",
)


def text_strategy(max_parts: int = 12) -> st.SearchStrategy[str]:
    part = st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from(FRAGMENTS),
        st.text(max_size=6),
        st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=8),
    )
    return st.lists(part, max_size=max_parts).map("".join)


def texts_strategy(max_docs: int = 6, max_parts: int = 12) -> st.SearchStrategy[list[str]]:
    return st.lists(text_strategy(max_parts), max_size=max_docs)


# Beyond FRAGMENTS: what real text holds around numbers and quotes, characters that fold to several
# characters or several tokens, and any code point at all (lone surrogates included).
MORE_FRAGMENTS = (
    "1,200,000",
    "$2.94",
    "3.5%",
    "Rp 1.250.000,00",
    "10.30",
    "1 000",
    "4\u202f500",
    "978-0-306-40615-7",
    "+44 (0)20",
    "\u00ab\u00bb",
    "\u201e\u201c",
    "\u2039x\u203a",
    "`x\u00b4",
    "O'Neill",
    "rock'n'roll",
    "'90s",
    "\u337f",
    "\u337f\u337f\u337f",
    "\ufdfa",
    "\ufb03",
    "\u01c6",
    "\u1e9e",
    "\u0149",
    "\u2163",
    "\u3250",
    "\u32ff",
    "\U0001f1fa\U0001f1f8",
    "\u0e01\u0e33",
    "\u0f77",
    "\u1f80\u0345",
    "I.B.M.",
    "x.Y.z.",
    "\u00c9.U.",
    "e.\u0301g.",
)


def any_text_strategy(max_parts: int = 12) -> st.SearchStrategy[str]:
    """Texts of :func:`text_strategy`'s parts, :data:`MORE_FRAGMENTS` and any code points at all."""
    arbitrary = st.lists(st.integers(0, 0x10FFFF).map(chr), max_size=6).map("".join)
    part = st.one_of(text_strategy(max_parts=1), st.sampled_from(MORE_FRAGMENTS), arbitrary)
    return st.lists(part, max_size=max_parts).map("".join)
