"""Deterministic news-like corpora with planted syndication and exact ground truth. (Test tooling,
over 500 lines because the generator keeps its templates, vocabulary and the truth it plants
together, so that one file says what a corpus holds.)

``synthetic_corpus(n_docs, seed=...)`` builds documents that read like wire copy: headlines, paragraphs
separated by blank lines, sentences over a Zipf-distributed pseudo-word vocabulary, topic names shared by
independent articles, quotations in straight or curly marks, "U.S."-style acronyms and, optionally, per-outlet
page furniture. About ``family_fraction`` of the documents belong to syndication families of 2 to 6 members:
a wire story plus

- ``reprint``: the whole story under a new headline with copy-desk edits (quote style straight <-> curly,
  "U.S." -> "US", the dateline removed, a few dropped or replaced words);
- ``trimmed``: the top paragraphs only (bottom paragraphs cut), lightly edited;
- ``localised``: a contiguous run of wire paragraphs with new paragraphs before and after;
- ``embedded``: an otherwise different article quoting 1 to 4 consecutive wire paragraphs (>= 30 words).

Every pair of family members that shares wire paragraphs gets a :class:`PlantedPassage` with half-open
character offsets into both raw texts. Spans start and end on paragraph boundaries of the shared wire text
(quotation marks added around an embedded quote lie outside the span), and the two spans' texts are equal
after undoing the documented edits: fold curly quotes and apostrophes to straight ones, drop the dots of
single-letter acronyms, and allow ``word_edits`` dropped or replaced words.

Everything is derived from ``seed`` (``random.Random`` for structure, a counter-based splitmix64 in numpy
for the word stream), so the same arguments give the same corpus on every machine and numpy version.
This module is a test and benchmark fixture; the scanning stages never import it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from ..errors import ConfigError
from ..types import Document

__all__ = ["PlantedPassage", "SyntheticCorpus", "synthetic_corpus"]

KINDS = ("reprint", "trimmed", "localised", "embedded")
"""Derived-document kinds, in the order of ``_KIND_WEIGHTS``."""
_KIND_WEIGHTS = (0.35, 0.25, 0.2, 0.2)

_VOCAB_SIZE = 40_000
_ZIPF_S = 1.0
_ZIPF_Q = 2.7
_NAME_RATE = 0.025
_COMMA_RATE = 0.06
_QUOTE_PARAGRAPH_RATE = 0.18
_STREAM_BLOCK = 1 << 20
_EMBED_MIN_WORDS = 30

_FUNCTION_WORDS = tuple(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "said",
        "for",
        "on",
        "is",
        "was",
        "with",
        "he",
        "it",
        "as",
        "at",
        "by",
        "from",
        "his",
        "be",
        "have",
        "has",
        "are",
        "an",
        "but",
        "not",
        "they",
        "were",
        "who",
        "had",
        "their",
        "this",
        "its",
        "which",
        "will",
        "would",
        "been",
        "more",
        "after",
        "also",
        "about",
        "one",
        "two",
        "year",
        "new",
        "people",
        "over",
        "government",
        "than",
        "when",
        "into",
        "last",
        "could",
        "told",
        "officials",
        "country",
        "week",
        "police",
        "president",
        "minister",
        "state",
        "first",
        "other",
        "some",
        "since",
        "against",
        "there",
    ]
)
_ACRONYMS = ("U.S.", "U.N.", "U.K.", "E.U.")
_ACRONYM_RANKS = (35, 160, 420, 700)
_COMMON_FURNITURE = (
    "Share on Facebook",
    "Share on Twitter",
    "Share via Email",
    "Leave a Reply",
    "You must be logged in to post a comment.",
    "Back to top button",
)
_ONSETS = tuple(
    [
        "b",
        "br",
        "c",
        "ch",
        "d",
        "f",
        "g",
        "h",
        "j",
        "k",
        "l",
        "m",
        "n",
        "p",
        "pr",
        "r",
        "s",
        "sh",
        "st",
        "t",
        "th",
        "tr",
        "v",
        "w",
    ]
)
_NUCLEI = tuple(["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ou"])
_CODAS = ("", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "rk", "ng")

_STRAIGHT_QUOTED = re.compile(r'"([^"\n]*)"')
_ACRONYM_DOTS = re.compile(r"\b([A-Z])\.([A-Z])\.")
_CURLY_TO_STRAIGHT = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})

# splitmix64 constants; numpy uint64 array arithmetic wraps modulo 2**64, which is what splitmix64 wants.
_SM_GAMMA = np.uint64(0x9E3779B97F4A7C15)
_SM_M1 = np.uint64(0xBF58476D1CE4E5B9)
_SM_M2 = np.uint64(0x94D049BB133111EB)


@dataclass(frozen=True)
class PlantedPassage:
    """Wire text shared by documents ``a`` and ``b``: ``a.text[a_start:a_end]`` ~ ``b.text[b_start:b_end]``.

    Offsets are half-open character offsets into the raw texts. The two texts are equal after folding
    quotes and acronym dots, up to ``word_edits`` dropped or replaced words.
    """

    a: str
    b: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    kind: str = "reprint"
    """How ``b`` (or the derived one of the two) reuses the wire text: one of :data:`KINDS`."""
    words: int = 0
    """Length of the shared wire text in whitespace-separated words (as in the wire story)."""
    word_edits: int = 0
    """Upper bound on words dropped or replaced inside the spans (by either document's copy desk)."""


@dataclass(frozen=True)
class SyntheticCorpus:
    """A generated corpus and its ground truth."""

    documents: list[Document]
    planted: list[PlantedPassage]
    families: list[frozenset[str]]
    kinds: dict[str, str] = field(default_factory=dict)
    """Document id -> "wire", one of :data:`KINDS`, or "single" (not in a family)."""

    @property
    def texts(self) -> list[str]:
        return [d.text for d in self.documents]

    @property
    def total_chars(self) -> int:
        return sum(len(d.text) for d in self.documents)

    def pairs(self) -> set[tuple[str, str]]:
        """Unordered ground-truth pairs (sorted id tuples) that share planted wire text."""
        return {(min(p.a, p.b), max(p.a, p.b)) for p in self.planted}


# --------------------------------------------------------------------------------------------------------
# Word stream


def _splitmix64(counter: NDArray[np.uint64], key: np.uint64) -> NDArray[np.uint64]:
    z = counter * _SM_GAMMA + key
    z = (z ^ (z >> np.uint64(30))) * _SM_M1
    z = (z ^ (z >> np.uint64(27))) * _SM_M2
    out: NDArray[np.uint64] = z ^ (z >> np.uint64(31))
    return out


class _WordStream:
    """An endless, seeded stream of Zipf-distributed word ids, handed out in slices."""

    def __init__(self, seed: int, cdf: NDArray[np.float64]) -> None:
        self._key = np.uint64(seed & 0xFFFF_FFFF_FFFF_FFFF)
        self._cdf = cdf
        self._block_index = 0
        self._buf: NDArray[np.int64] = np.empty(0, dtype=np.int64)
        self._pos = 0

    def _refill(self) -> None:
        lo = self._block_index * _STREAM_BLOCK
        self._block_index += 1
        counter = np.arange(lo + 1, lo + 1 + _STREAM_BLOCK, dtype=np.uint64)
        u = (_splitmix64(counter, self._key) >> np.uint64(11)).astype(np.float64) * (1.0 / (1 << 53))
        fresh = np.searchsorted(self._cdf, u, side="right").astype(np.int64)
        self._buf = np.concatenate([self._buf[self._pos :], fresh])
        self._pos = 0

    def take(self, n: int) -> NDArray[np.int64]:
        while self._pos + n > len(self._buf):
            self._refill()
        out = self._buf[self._pos : self._pos + n]
        self._pos += n
        return out


# --------------------------------------------------------------------------------------------------------
# Vocabulary and sources


def _pseudo_word(rng: random.Random, syllables: int) -> str:
    parts = []
    for _ in range(syllables):
        parts.append(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS))
    return "".join(parts)


def _vocabulary(rng: random.Random) -> list[str]:
    seen = set(_FUNCTION_WORDS)
    pseudo: list[str] = []
    while len(pseudo) < _VOCAB_SIZE - len(_ACRONYMS) - len(_FUNCTION_WORDS):
        w = _pseudo_word(rng, rng.choice((1, 2, 2, 2, 3, 3, 4)))
        if w not in seen:
            seen.add(w)
            pseudo.append(w)
    # Frequent words are short, as in real text (stable sort keeps the seeded order within a length).
    pseudo.sort(key=len)
    words = list(_FUNCTION_WORDS) + pseudo
    for rank, acronym in zip(_ACRONYM_RANKS, _ACRONYMS, strict=True):
        words.insert(rank, acronym)
    # A few possessives; the apostrophe style is applied per document at render time.
    for i in range(300, len(words), 97):
        if words[i] not in _ACRONYMS:
            words[i] = words[i] + "'s"
    return words


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < n:
        w = _pseudo_word(rng, rng.choice((2, 2, 3))).capitalize()
        if w not in seen:
            seen.add(w)
            names.append(w)
    return names


@dataclass(frozen=True)
class _Source:
    name: str
    curly: bool
    furniture: tuple[str, ...]


def _sources(rng: random.Random, n_sources: int, vocab: list[str]) -> list[_Source]:
    kinds = ("Herald", "Times", "Post", "Gazette", "Tribune", "Daily", "Observer", "Chronicle", "News")
    out: list[_Source] = []
    names: set[str] = set()
    for i in range(n_sources):
        while True:
            base = _pseudo_word(rng, 2).capitalize()
            name = f"{base} Press" if i < 3 else f"The {base} {rng.choice(kinds)}"
            if name not in names:
                names.add(name)
                break
        common = [line for line in _COMMON_FURNITURE if rng.random() < 0.5]
        tagline = " ".join(rng.choice(vocab[60:2000]) for _ in range(rng.randint(8, 14)))
        own = [
            f"Sign up for the {name} newsletter: {tagline}.",
            f"© 2020 {name}. All rights reserved. Reproduction without permission is prohibited.",
        ]
        if rng.random() < 0.5:
            own.insert(0, f"Follow {name} on social media for the latest updates.")
        out.append(_Source(name=name, curly=rng.random() < 0.5, furniture=tuple(common + own)))
    return out


# --------------------------------------------------------------------------------------------------------
# Rendering


class _Writer:
    """Renders headlines and paragraphs from the word stream."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"syndetect-synthetic-vocab:{seed}")
        vocab = _vocabulary(rng)
        self.vocab = vocab
        v = len(vocab)
        self.v = v
        self.names = _names(rng, 2_000)
        cap = [w if w in _ACRONYMS else w[:1].upper() + w[1:] for w in vocab]
        dot = [w if w in _ACRONYMS else w + "." for w in vocab]
        capdot = [w if w in _ACRONYMS else w + "." for w in cap]
        comma = [w + "," for w in vocab]
        name_dot = [n + "." for n in self.names]
        name_comma = [n + "," for n in self.names]
        # Token table: ids [0, v) plain, [v, 2v) capitalised, [2v, 3v) with a full stop, [3v, 4v) both,
        # [4v, 5v) with a comma, then names (plain, with full stop, with comma).
        self.table: list[str] = vocab + cap + dot + capdot + comma + self.names + name_dot + name_comma
        self.name_base = 5 * v
        self.n_names = len(self.names)
        ranks = np.arange(1, v + 1, dtype=np.float64)
        weights = 1.0 / (ranks + _ZIPF_Q) ** _ZIPF_S
        cdf = np.cumsum(weights)
        cdf /= cdf[-1]
        cdf[-1] = 1.0 + 1e-12
        self.stream = _WordStream(seed ^ 0x5EED_5EED, cdf)
        self.mark_stream = _WordStream(seed ^ 0x0C0FFEE, np.linspace(0.0, 1.0, 1001)[1:] + 1e-12)

    def paragraph(
        self, rng: random.Random, n_words: int, topic: list[int], curly: bool, quote_ok: bool = True
    ) -> str:
        """A paragraph of about ``n_words`` words in sentences of 8-32 words."""
        ids = self.stream.take(n_words).copy()
        marks = self.mark_stream.take(n_words)  # uniform in [0, 1000)
        v = self.v
        names_mask = marks < int(_NAME_RATE * 1000)
        if names_mask.any() and topic:
            topic_arr = np.asarray(topic, dtype=np.int64)
            ids[names_mask] = self.name_base + topic_arr[marks[names_mask] % len(topic_arr)]
            is_name = names_mask
        else:
            is_name = np.zeros(n_words, dtype=bool)
        comma_mask = (marks >= 900) & (marks < 900 + int(_COMMA_RATE * 1000))
        ids[comma_mask & ~is_name] += 4 * v
        ids[comma_mask & is_name] += 2 * self.n_names
        ids_list: list[int] = ids.tolist()
        name_list: list[bool] = is_name.tolist()
        pos = 0
        while pos < n_words:
            length = min(rng.randint(8, 32), n_words - pos)
            if n_words - pos - length < 6:
                length = n_words - pos
            first, last = pos, pos + length - 1
            if not name_list[first]:
                i = ids_list[first]
                ids_list[first] = (i - 4 * v if i >= 4 * v else i) + v
            i = ids_list[last]
            if name_list[last]:
                base = self.name_base
                ids_list[last] = base + (i - base) % self.n_names + self.n_names
            elif first == last:
                ids_list[last] = (i - v) + 3 * v
            else:
                ids_list[last] = (i - 4 * v if i >= 4 * v else i) + 2 * v
            pos += length
        text = " ".join(map(self.table.__getitem__, ids_list))
        if quote_ok and rng.random() < _QUOTE_PARAGRAPH_RATE:
            speaker = f"{self.names[rng.choice(topic)] if topic else 'Officials'}"
            text = f'"{text[:-1]}," said {speaker}.'
        return self._style(text, curly)

    @staticmethod
    def _style(text: str, curly: bool) -> str:
        if curly:
            return _to_curly(text)
        return text

    def headline(self, rng: random.Random, topic: list[int]) -> str:
        n = rng.randint(6, 12)
        ids = self.stream.take(n).tolist()
        words = [self.vocab[i] for i in ids]
        if topic:
            words[rng.randrange(n)] = self.names[rng.choice(topic)]
        return " ".join(w[:1].upper() + w[1:] if w not in _ACRONYMS else w for w in words)

    def body(self, rng: random.Random, n_words: int, topic: list[int], curly: bool) -> list[str]:
        paras: list[str] = []
        left = n_words
        while left > 0:
            n = min(rng.randint(25, 90), left)
            if left - n < 12:
                n = left
            paras.append(self.paragraph(rng, n, topic, curly))
            left -= n
        return paras


def _to_curly(text: str) -> str:
    text = _STRAIGHT_QUOTED.sub(lambda m: f"“{m.group(1)}”", text)
    return text.replace("'", "’")


def _to_straight(text: str) -> str:
    return text.translate(_CURLY_TO_STRAIGHT)


def _swap_quotes(text: str) -> str:
    if "“" in text or "’" in text:
        return _to_straight(text)
    return _to_curly(text)


def _fold_acronyms(text: str) -> str:
    return _ACRONYM_DOTS.sub(r"\1\2", text)


def _copy_desk(
    rng: random.Random, paras: Sequence[str], n_edits: int, vocab: list[str], *, swap: bool, fold: bool
) -> tuple[list[str], list[int]]:
    """A copy desk's edits to wire paragraphs: ``n_edits`` words dropped or replaced (in paragraphs
    drawn at random), then quote style swapped and acronym dots dropped when asked. Returns the
    paragraphs and the edits made in each."""
    out = list(paras)
    edits = [0] * len(out)
    for _ in range(n_edits):
        j = rng.randrange(len(out))
        out[j], done = _edit_words(rng, out[j], 1, vocab)
        edits[j] += done
    if swap:
        out = [_swap_quotes(p) for p in out]
    if fold:
        out = [_fold_acronyms(p) for p in out]
    return out, edits


def _edit_words(rng: random.Random, text: str, n_edits: int, vocab: list[str]) -> tuple[str, int]:
    """Drop or replace up to ``n_edits`` plain lower-case words; return the text and the edits made."""
    tokens = text.split(" ")
    done = 0
    for _ in range(n_edits):
        eligible = [i for i in range(1, len(tokens)) if tokens[i].isalpha() and tokens[i].islower()]
        if not eligible:
            break
        i = rng.choice(eligible)
        if rng.random() < 0.5:
            del tokens[i]
        else:
            replacement = rng.choice(vocab[60:5000])
            while not (replacement.isalpha() and replacement.islower()) or replacement == tokens[i]:
                replacement = rng.choice(vocab[60:5000])
            tokens[i] = replacement
        done += 1
    return " ".join(tokens), done


# --------------------------------------------------------------------------------------------------------
# Documents


@dataclass
class _Copy:
    """Where a document holds wire paragraphs ``lo .. hi-1``: per paragraph (start, end, dateline_len)."""

    doc_index: int
    kind: str
    lo: int
    hi: int
    spans: list[tuple[int, int, int]]
    edits: list[int]


def _assemble(blocks: list[tuple[str, str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Join (prefix, text, suffix) blocks with blank lines; return text and each block's text span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for k, (prefix, text, suffix) in enumerate(blocks):
        if k:
            parts.append("\n\n")
            pos += 2
        start = pos + len(prefix)
        spans.append((start, start + len(text)))
        parts.append(prefix + text + suffix)
        pos += len(prefix) + len(text) + len(suffix)
    return "".join(parts), spans


def _doc_words(rng: random.Random, words_per_doc: int) -> int:
    return max(20, round(words_per_doc * rng.uniform(0.5, 1.5)))


def _date(rng: random.Random, offset_days: int = 0) -> str:
    day = rng.randrange(365) + offset_days
    month_lengths = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    month = 0
    while month < 11 and day >= month_lengths[month]:
        day -= month_lengths[month]
        month += 1
    return f"2020-{month + 1:02d}-{min(day, month_lengths[month] - 1) + 1:02d}"


def _later(date: str, days: int) -> str:
    month_lengths = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    _, m, d = (int(x) for x in date.split("-"))
    day = sum(month_lengths[: m - 1]) + d - 1 + days
    day = min(day, 365)
    month = 0
    while month < 11 and day >= month_lengths[month]:
        day -= month_lengths[month]
        month += 1
    return f"2020-{month + 1:02d}-{min(day, month_lengths[month] - 1) + 1:02d}"


def _family_sizes(rng: random.Random, n_docs: int, family_fraction: float) -> list[int]:
    target = round(n_docs * family_fraction)
    sizes: list[int] = []
    left = target
    while left >= 2:
        size = min(rng.randint(2, 6), left)
        if left - size == 1:
            size = size + 1 if size < 6 else size - 1
        sizes.append(size)
        left -= size
    return sizes


def _validate(n_docs: int, family_fraction: float, words_per_doc: int, n_sources: int) -> None:
    if isinstance(n_docs, bool) or not isinstance(n_docs, int) or n_docs < 0:
        msg = f"n_docs must be a non-negative integer, got {n_docs!r}"
        raise ConfigError(msg)
    if not isinstance(family_fraction, (int, float)) or not 0.0 <= family_fraction <= 1.0:
        msg = f"family_fraction must be a number in [0, 1], got {family_fraction!r}"
        raise ConfigError(msg)
    if isinstance(words_per_doc, bool) or not isinstance(words_per_doc, int) or words_per_doc < 100:
        msg = f"words_per_doc must be an integer >= 100 (wire stories need room), got {words_per_doc!r}"
        raise ConfigError(msg)
    if isinstance(n_sources, bool) or not isinstance(n_sources, int) or n_sources < 4:
        msg = f"n_sources must be an integer >= 4 (3 wire agencies and 1 outlet), got {n_sources!r}"
        raise ConfigError(msg)


def synthetic_corpus(
    n_docs: int,
    *,
    seed: int = 0,
    family_fraction: float = 0.2,
    words_per_doc: int = 600,
    boilerplate: bool = True,
    n_sources: int = 50,
) -> SyntheticCorpus:
    """Generate ``n_docs`` news-like documents, about ``family_fraction`` of them in syndication families.

    Deterministic in all arguments. Documents are returned in id order (``doc000000``, ...); family members
    are scattered over the ids. ``words_per_doc`` is the mean body length (each document draws a length
    uniformly in [0.5, 1.5] times it). With ``boilerplate`` each outlet appends its own page furniture, part
    of it common to all outlets; planted spans never include furniture.
    """
    _validate(n_docs, family_fraction, words_per_doc, n_sources)
    rng = random.Random(f"syndetect-synthetic:{seed}")
    writer = _Writer(seed)
    sources = _sources(rng, n_sources, writer.vocab)
    agencies, outlets = sources[:3], sources[3:]
    n_topics = max(8, n_docs // 40)
    topics = [rng.sample(range(writer.n_names), 6) for _ in range(n_topics)]

    sizes = _family_sizes(rng, n_docs, family_fraction)
    # Slot order: family members first (generated together), then singles; ids are assigned shuffled.
    slots = list(range(n_docs))
    rng.shuffle(slots)
    ids = [f"doc{s:06d}" for s in slots]

    texts: list[str] = [""] * n_docs
    doc_sources: list[str] = [""] * n_docs
    dates: list[str] = [""] * n_docs
    kinds: list[str] = ["single"] * n_docs
    planted: list[PlantedPassage] = []
    families: list[frozenset[str]] = []

    def furniture(src: _Source) -> list[tuple[str, str, str]]:
        return [("", line, "") for line in src.furniture] if boilerplate else []

    index = 0
    for size in sizes:
        topic = rng.choice(topics)
        agency = rng.choice(agencies)
        wire_date = _date(rng)
        city = writer.names[rng.choice(topic)].upper()
        dateline = f"{city} ({agency.name}) — "
        wire_paras = writer.body(rng, _doc_words(rng, words_per_doc), topic, agency.curly)
        while len(wire_paras) < 3:
            wire_paras += writer.body(rng, 40, topic, agency.curly)
        n_paras = len(wire_paras)
        para_words = [p.count(" ") + 1 for p in wire_paras]
        blocks = [("", writer.headline(rng, topic), "")]
        blocks += [(dateline, wire_paras[0], "")] + [("", p, "") for p in wire_paras[1:]]
        text, spans = _assemble(blocks + furniture(agency))
        wire = index
        texts[wire], doc_sources[wire], dates[wire], kinds[wire] = text, agency.name, wire_date, "wire"
        copies = [
            _Copy(
                wire,
                "wire",
                0,
                n_paras,
                [(spans[1][0] - len(dateline), spans[1][1], len(dateline))]
                + [(s, e, 0) for s, e in spans[2 : 2 + n_paras - 1]],
                [0] * n_paras,
            )
        ]
        index += 1
        for _ in range(size - 1):
            kind = rng.choices(KINDS, weights=_KIND_WEIGHTS)[0]
            src = rng.choice(outlets)
            copy, copy_blocks = _derive(
                rng, writer, kind, index, wire_paras, para_words, dateline, src, topics
            )
            copies.append(copy)
            texts[index], _ = _assemble(copy_blocks + furniture(src))
            doc_sources[index], kinds[index] = src.name, kind
            dates[index] = _later(wire_date, rng.randint(0, 3))
            index += 1
        families.append(frozenset(ids[c.doc_index] for c in copies))
        for x in range(len(copies)):
            for y in range(x + 1, len(copies)):
                p = _shared(copies[x], copies[y], ids, para_words)
                if p is not None:
                    planted.append(p)

    for i in range(index, n_docs):
        src = rng.choice(sources)
        topic = rng.choice(topics)
        paras = writer.body(rng, _doc_words(rng, words_per_doc), topic, src.curly)
        blocks = [("", writer.headline(rng, topic), "")] + [("", p, "") for p in paras]
        texts[i], _ = _assemble(blocks + furniture(src))
        doc_sources[i], dates[i] = src.name, _date(rng)

    order = sorted(range(n_docs), key=slots.__getitem__)
    documents = [Document(ids[i], texts[i], doc_sources[i], dates[i]) for i in order]
    kind_map = {ids[i]: kinds[i] for i in order}
    return SyntheticCorpus(documents=documents, planted=planted, families=families, kinds=kind_map)


def draw_use(
    rng: random.Random, kind: str, para_words: Sequence[int], *, draw_swap: bool
) -> tuple[int, int, bool, bool, bool, int]:
    """How a copy of ``kind`` uses a story of paragraphs with ``para_words`` words: the paragraphs
    ``lo:hi`` it takes, whether it swaps quote styles (drawn only with ``draw_swap``, else False),
    folds paragraphs, keeps the dateline, and how many copy-desk edits it makes."""
    n = len(para_words)
    swap = False
    if kind in ("reprint", "trimmed"):
        lo, hi = 0, n if kind == "reprint" else rng.randint(max(1, n // 3), n - 1)
        if draw_swap:
            swap = rng.random() < (0.5 if kind == "reprint" else 0.3)
        fold = rng.random() < (0.5 if kind == "reprint" else 0.3)
        keep_dateline = rng.random() < 0.5
        n_edits = rng.randint(0, 3 if kind == "reprint" else 2)
    elif kind == "localised":
        length = rng.randint(2, max(2, n - 1)) if n > 2 else n
        lo = rng.randint(0, n - length)
        hi = lo + length
        if draw_swap:
            swap = rng.random() < 0.5
        fold, keep_dateline, n_edits = False, False, rng.randint(0, 1)
    else:  # embedded
        lo = rng.randrange(n)
        hi = lo + 1
        while hi < n and (hi - lo < 4) and (sum(para_words[lo:hi]) < _EMBED_MIN_WORDS or rng.random() < 0.3):
            hi += 1
        while sum(para_words[lo:hi]) < _EMBED_MIN_WORDS and lo > 0:
            lo -= 1
        if draw_swap:
            swap = rng.random() < 0.5
        fold, keep_dateline, n_edits = rng.random() < 0.5, False, 0
    return lo, hi, swap, fold, keep_dateline, n_edits


def _derive(
    rng: random.Random,
    writer: _Writer,
    kind: str,
    doc_index: int,
    wire_paras: list[str],
    para_words: list[int],
    dateline: str,
    src: _Source,
    topics: list[list[int]],
) -> tuple[_Copy, list[tuple[str, str, str]]]:
    """Build one derived document of ``kind``; return where it holds wire text, and its blocks."""
    lo, hi, swap, fold, keep_dateline, n_edits = draw_use(rng, kind, para_words, draw_swap=True)
    paras, edits = _copy_desk(rng, wire_paras[lo:hi], n_edits, writer.vocab, swap=swap, fold=fold)
    dl = dateline if keep_dateline and lo == 0 else ""
    if swap and dl:
        dl = _swap_quotes(dl)

    new_topic = rng.choice(topics)
    if kind in ("reprint", "trimmed"):
        before: list[str] = []
        after: list[str] = []
    elif kind == "localised":
        before = writer.body(rng, rng.randint(40, 160), new_topic, src.curly)
        after = writer.body(rng, rng.randint(0, 120), new_topic, src.curly) if rng.random() < 0.7 else []
    else:
        before = writer.body(rng, rng.randint(80, 300), new_topic, src.curly)
        after = writer.body(rng, rng.randint(60, 300), new_topic, src.curly)
        before.append(f"{writer.names[rng.choice(new_topic)]} news agencies reported:")
    head = [("", writer.headline(rng, new_topic), "")]
    quoted = kind == "embedded" and rng.random() < 0.5
    wire_part: list[tuple[str, str, str]] = []
    for j, p in enumerate(paras):
        prefix = dl if j == 0 else ""
        if quoted and j == 0:
            prefix = ("“" if src.curly else '"') + prefix
        suffix = ("”" if src.curly else '"') if quoted and j == len(paras) - 1 else ""
        wire_part.append((prefix, p, suffix))
    blocks = head + [("", p, "") for p in before] + wire_part + [("", p, "") for p in after]
    first_wire_block = 1 + len(before)
    _, spans = _assemble(blocks)
    copy_spans = []
    for j in range(hi - lo):
        s, e = spans[first_wire_block + j]
        d = len(dl) if j == 0 else 0
        copy_spans.append((s - d, e, d))
    return _Copy(doc_index, kind, lo, hi, copy_spans, edits), blocks


def _shared(x: _Copy, y: _Copy, ids: list[str], para_words: list[int]) -> PlantedPassage | None:
    lo, hi = max(x.lo, y.lo), min(x.hi, y.hi)
    if lo >= hi:
        return None
    xs, ys = x.spans[lo - x.lo], y.spans[lo - y.lo]
    both_dateline = xs[2] > 0 and ys[2] > 0
    x_start = xs[0] if both_dateline else xs[0] + xs[2]
    y_start = ys[0] if both_dateline else ys[0] + ys[2]
    x_end = x.spans[hi - 1 - x.lo][1]
    y_end = y.spans[hi - 1 - y.lo][1]
    edits = sum(x.edits[lo - x.lo : hi - x.lo]) + sum(y.edits[lo - y.lo : hi - y.lo])
    kind = y.kind if x.kind == "wire" else x.kind if y.kind == "wire" else y.kind
    return PlantedPassage(
        a=ids[x.doc_index],
        b=ids[y.doc_index],
        a_start=x_start,
        a_end=x_end,
        b_start=y_start,
        b_end=y_end,
        kind=kind,
        words=sum(para_words[lo:hi]),
        word_edits=edits,
    )
