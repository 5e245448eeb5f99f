"""Corpora with planted exact duplicates, near duplicates and contained texts, and the exact truth of
what deduplication keeps under each keep policy: :func:`dup_corpus`.

Every text is rendered from a list of ASCII words (letters and digits): sentences end with ``.``,
paragraphs are separated by blank lines. syndetect's tokens of such a text are exactly its words
(case folded), so the shingle sets, their Jaccard similarities and containments are computed here
from the words themselves, without syndetect's hashing: the truth is independent of the code it
checks. Words come from MSRP sentences when their directory is given and present (real prose), else
from :func:`~syndetect.testing.synthetic.synthetic_corpus` (pseudo-words).

A cluster is an original and the copies made of it:

* ``exact``: the same text;
* ``normalized``: the same words in the same order, with case, punctuation and white space changed;
* ``near``: word edits (substitutions, deletions, insertions) at a rate aimed at a Jaccard
  similarity between the threshold and 1;
* ``miss``: heavier edits aimed at a similarity between 0.5 and just under the threshold;
* ``contained``: a contiguous excerpt of 30-60% of the original's words.

The truth: records are linked when their word-shingle sets have a Jaccard similarity of at least
the threshold or the same word sequence; the components of the links are the families (unrelated
originals share no shingle run of that similarity, by construction of their prose); each family
keeps its record of lowest policy key as :class:`~syndetect.DedupConfig` defines the policies, and
with ``containment`` a kept record whose set lies at least that much inside a larger kept record's
is dropped too.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from numpy.typing import NDArray

from ..types import Document
from .synthetic import synthetic_corpus

__all__ = ["COPY_KINDS", "DupCorpus", "dup_corpus", "shingle_set"]

COPY_KINDS = ("exact", "normalized", "near", "miss", "contained")
_KIND_WEIGHTS = (0.25, 0.15, 0.35, 0.15, 0.10)
_WORD = re.compile(r"[A-Za-z0-9]+")
_POLICIES = ("first", "earliest", "longest", "complete")


def shingle_set(word_ids: NDArray[np.int64], k: int = 5) -> NDArray[np.void]:
    """The distinct word ``k``-grams of a text (word ids, case folded), as sorted opaque rows; a text
    of fewer than ``k`` words has one shingle of all of them."""
    ids = np.ascontiguousarray(word_ids, dtype=np.int64)
    if ids.size < k:
        ids = np.concatenate([ids, np.full(k - ids.size, -1 - ids.size, dtype=np.int64)])
    grams = np.ascontiguousarray(sliding_window_view(ids, k))
    return np.unique(grams.view(np.dtype((np.void, 8 * k))).ravel())


@dataclass(frozen=True, slots=True)
class DupCorpus:
    """A generated corpus and its truth. Record ``i`` is ``documents[i]``."""

    documents: list[Document]
    kinds: list[str]
    """``"original"``, ``"unique"`` (no copy made) or the copy kind of :data:`COPY_KINDS`."""
    cluster: list[int]
    """The record of each record's original (its own for originals and unique records)."""
    similarity: list[float]
    """Exact Jaccard similarity of each record's shingle set with its original's."""
    family: list[int]
    """The lowest record of each record's true family (the components of the links)."""
    kept: dict[str, list[int]]
    """By policy (``first``, ``earliest``, ``longest``, ``complete``): the record kept in each
    record's place (its own when kept)."""
    reason: dict[str, list[str]]
    """By policy: ``unique``, ``kept``, ``exact`` (same word sequence as the kept record), ``near`` or
    ``contained``."""
    threshold: float
    containment: float | None

    def dropped(self, policy: str) -> set[int]:
        return {i for i, k in enumerate(self.kept[policy]) if k != i}


class _Words:
    """Sentences as word lists, from MSRP when given, then from the synthetic writer."""

    def __init__(self, seed: int, msrp: Path | None, expected_words: int) -> None:
        self.rng = random.Random(f"syndetect-dups:{seed}")
        self.seed = seed
        self.sentences: list[list[str]] = []
        if msrp is not None and msrp.exists():
            seen: set[str] = set()
            for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
                file = msrp / name
                if not file.exists():
                    continue
                for line in file.read_text(encoding="utf-8-sig").splitlines()[1:]:
                    fields = line.split("\t")
                    if len(fields) == 5 and fields[3] not in seen:  # the first of each pair only
                        seen.add(fields[3])
                        words = _WORD.findall(fields[3])
                        if len(words) >= 6:
                            self.sentences.append(words)
            self.rng.shuffle(self.sentences)
        self.used = 0
        self.batches = 0
        self.expected = expected_words
        self.vocab = sorted({w.lower() for s in self.sentences for w in s}) or ["word"]

    def _more(self) -> None:
        """More sentences from the synthetic writer: about as many words as are still expected (one
        call makes its vocabulary once)."""
        left = self.expected - sum(len(s) for s in self.sentences[self.used :])
        corpus = synthetic_corpus(max(50, left // 250), seed=self.seed * 1000 + self.batches,
                                  family_fraction=0.0, boilerplate=False, words_per_doc=300)
        self.batches += 1
        for doc in corpus.documents:
            words = _WORD.findall(doc.text)
            self.sentences += [words[i : i + 18] for i in range(0, len(words) - 17, 18)]
        if len(self.vocab) < 500:
            self.vocab = sorted({*self.vocab, *(w.lower() for s in self.sentences for w in s)})

    def text(self, n_words: int) -> list[list[list[str]]]:
        """Paragraphs of sentences, about ``n_words`` words in all, each sentence used once."""
        paras: list[list[list[str]]] = []
        count = 0
        while count < n_words:
            para = []
            for _ in range(self.rng.randint(2, 4)):
                if self.used >= len(self.sentences):
                    self._more()
                para.append(self.sentences[self.used])
                count += len(self.sentences[self.used])
                self.used += 1
            paras.append(para)
        return paras


def _render(paras: Sequence[Sequence[Sequence[str]]]) -> str:
    return "\n\n".join(" ".join(" ".join([s[0].capitalize(), *s[1:]]) + "." for s in p) for p in paras)


def _flat(paras: Sequence[Sequence[Sequence[str]]]) -> list[str]:
    return [w for p in paras for s in p for w in s]


def _regroup(words: list[str], rng: random.Random) -> list[list[list[str]]]:
    """Words as paragraphs of sentences of 8-20 words."""
    sentences, at = [], 0
    while at < len(words):
        step = rng.randint(8, 20)
        sentences.append(words[at : at + step])
        at += step
    return [sentences[i : i + 3] for i in range(0, len(sentences), 3)]


def _edit(words: list[str], target: float, k: int, rng: random.Random, vocab: list[str]) -> list[str]:
    """``words`` with random edits, as many as bring the Jaccard similarity near ``target``."""
    out = list(words)
    edits = max(1, round(len(words) * (1 - target) / (k * (1 + target))))
    for _ in range(edits):
        at = rng.randrange(len(out))
        op = rng.random()
        if op < 0.6:
            out[at] = rng.choice(vocab)
        elif op < 0.8 and len(out) > k + 1:
            del out[at]
        else:
            out.insert(at, rng.choice(vocab))
    return out


def _normalized(paras: list[list[list[str]]], rng: random.Random) -> str:
    """The same words in the same order, other case, punctuation and spacing."""
    style = rng.randrange(3)
    if style == 0:
        return _render(paras).upper()
    if style == 1:
        return "\n".join(" ".join(s) + "!" for p in paras for s in p).lower()
    return "  " + " -- ".join(", ".join(" ".join(s) for s in p) for p in paras) + " ...\n"


def dup_corpus(n_docs: int, *, seed: int = 0, threshold: float = 0.8, cluster_fraction: float = 0.3,
               containment: float | None = None, msrp: Path | None = None, words: tuple[int, int] = (80, 500),
               k: int = 5) -> DupCorpus:
    """About ``n_docs`` records, ``cluster_fraction`` of them in clusters of an original and 1-5
    copies (kinds drawn with fixed weights), in shuffled order, with the truth for ``threshold`` and,
    when given, ``containment``. Records have ids ``r000000``... and dates (one in ten missing).
    Deterministic in all arguments (and in the MSRP files when ``msrp`` is given)."""
    src = _Words(seed, msrp, n_docs * (words[0] + words[1]) // 2)
    rng = random.Random(f"syndetect-dups-structure:{seed}")
    texts: list[str] = []
    word_lists: list[list[str]] = []
    kinds: list[str] = []
    origin: list[int] = []
    while len(texts) < n_docs:
        paras = src.text(rng.randint(*words))
        base = len(texts)
        texts.append(_render(paras))
        word_lists.append(_flat(paras))
        copies = rng.randint(1, 5) if rng.random() < cluster_fraction / 3 else 0
        kinds.append("original" if copies else "unique")
        origin.append(base)
        for _ in range(copies):
            kind = rng.choices(COPY_KINDS, weights=_KIND_WEIGHTS)[0]
            flat = word_lists[base]
            if kind == "exact":
                text, ws = texts[base], flat
            elif kind == "normalized":
                text, ws = _normalized(paras, rng), flat
            elif kind == "contained":
                size = max(k + 10, int(len(flat) * rng.uniform(0.3, 0.6)))
                at = rng.randrange(max(1, len(flat) - size))
                ws = flat[at : at + size]
                text = _render(_regroup(ws, rng))
            else:
                near = kind == "near"
                target = rng.uniform(threshold + 0.02, 0.99) if near else rng.uniform(0.5, threshold - 0.06)
                ws = _edit(flat, target, k, rng, src.vocab)
                text = _render(_regroup(ws, rng))
            texts.append(text)
            word_lists.append(ws)
            kinds.append(kind)
            origin.append(base)
    return _truth(texts, word_lists, kinds, origin, rng, threshold, containment, k)


def _truth(texts: list[str], word_lists: list[list[str]], kinds: list[str], origin: list[int],
           rng: random.Random, threshold: float, containment: float | None, k: int) -> DupCorpus:
    n = len(texts)
    order = list(range(n))
    rng.shuffle(order)
    place = {old: new for new, old in enumerate(order)}
    vocab: dict[str, int] = {}
    lowered = [[vocab.setdefault(w.lower(), len(vocab)) for w in word_lists[old]] for old in order]
    sets = [shingle_set(np.array(ws, dtype=np.int64), k) for ws in lowered]
    sequences = [tuple(ws) for ws in lowered]
    day0 = dt.date(2024, 1, 1)
    dates = [None if rng.random() < 0.1 else (day0 + dt.timedelta(days=rng.randrange(365))).isoformat()
             for _ in order]
    documents = [Document(f"r{i:06d}", texts[old], date=dates[i]) for i, old in enumerate(order)]
    cluster = [place[origin[old]] for old in order]
    members: dict[int, list[int]] = {}
    for i, c in enumerate(cluster):
        members.setdefault(c, []).append(i)

    def inter(a: int, b: int) -> int:
        return int(np.intersect1d(sets[a], sets[b], assume_unique=True).size)

    def jaccard(a: int, b: int) -> float:
        both = inter(a, b)
        return both / (sets[a].size + sets[b].size - both)

    family = list(range(n))

    def root(x: int) -> int:
        while family[x] != x:
            x = family[x]
        return x

    for group in members.values():
        for x in group:
            for y in group:
                if x < y and (sequences[x] == sequences[y] or jaccard(x, y) >= threshold):
                    rx, ry = root(x), root(y)
                    family[max(rx, ry)] = min(rx, ry)
    family = [root(i) for i in range(n)]
    similarity = [jaccard(i, c) for i, c in enumerate(cluster)]
    keys = _policy_keys(documents, sets, sequences, family)
    kept: dict[str, list[int]] = {}
    reason: dict[str, list[str]] = {}
    for policy in _POLICIES:
        survivor: dict[int, int] = {}
        for i in range(n):
            if family[i] not in survivor or keys[policy][i] < keys[policy][survivor[family[i]]]:
                survivor[family[i]] = i
        final = {s: s for s in survivor.values()}
        if containment is not None:
            for group in members.values():
                alive = sorted({survivor[family[i]] for i in group})
                for s in alive:
                    best = None
                    for t in alive:
                        bigger = sets[t].size > sets[s].size or (sets[t].size == sets[s].size and t < s)
                        share = inter(s, t) / max(sets[s].size, 1)
                        if t != s and bigger and share >= containment and (best is None or share > best[0]):
                            best = (share, t)
                    if best is not None:
                        final[s] = best[1]
            for s in list(final):
                while final[final[s]] != final[s]:
                    final[s] = final[final[s]]
        kept[policy] = [final[survivor[family[i]]] for i in range(n)]
        size: dict[int, int] = {}
        for i in range(n):
            size[kept[policy][i]] = size.get(kept[policy][i], 0) + 1
        reason[policy] = [
            ("unique" if size[i] == 1 else "kept") if kept[policy][i] == i
            else "contained" if survivor[family[i]] != kept[policy][i]
            else "exact" if sequences[i] == sequences[kept[policy][i]] else "near"
            for i in range(n)
        ]
    return DupCorpus(documents, [kinds[old] for old in order], cluster, similarity, family, kept, reason,
                     threshold, containment)


def _policy_keys(documents: list[Document], sets: list[NDArray[np.void]], sequences: list[tuple[int, ...]],
                 family: list[int]) -> dict[str, list[tuple[float, ...]]]:
    """Each record's key under each policy (lowest kept), record number last."""
    n = len(documents)

    def stamp(d: Document) -> float:
        return float("inf") if d.date is None else dt.datetime.fromisoformat(d.date).replace(
            tzinfo=dt.timezone.utc).timestamp()

    score = [0] * n
    by_family: dict[int, list[int]] = {}
    for i, f in enumerate(family):
        by_family.setdefault(f, []).append(i)
    for group in by_family.values():
        distinct: dict[tuple[int, ...], int] = {}
        for i in group:
            distinct.setdefault(sequences[i], i)
        reps = list(distinct.values())
        for i in group:
            mine = sets[distinct[sequences[i]]]
            others = [sets[r] for r in reps if sequences[r] != sequences[i]]
            score[i] = int(np.isin(mine, np.concatenate(others)).sum()) if others else 0
    return {
        "first": [(float(i),) for i in range(n)],
        "earliest": [(stamp(d), i) for i, d in enumerate(documents)],
        "longest": [(-len(d.text), i) for i, d in enumerate(documents)],
        "complete": [(-score[i], -sets[i].size, i) for i in range(n)],
    }
