"""Deterministic news-scrape corpora: outlets with page furniture, wire stories, exact ground truth.
(Test tooling, over 500 lines because it holds the page templates of every furniture kind beside the
generator that places them and records the truth.)

A scrape of news sites is not a set of clean articles. Every page of an outlet carries the outlet's
furniture (a "Skip to content" line, a navigation menu, an edition date, share buttons; a copyright line,
"Related stories" and "Most read" lists of its own headlines, newsletter sign-ups), often a byline and a
publication date that change from article to article, and outlets built on the same CMS theme carry the
same furniture with only their name and the date changed. The syndication in such a corpus is wire copy:
a story from an agency (Reuters, AP, AFP, ...) reprinted by a few outlets, or by hundreds.

Generators (each returns a :class:`ScrapeCorpus`):

- :func:`scrape_corpus`: outlets of 5-60 articles each, each with its own furniture (or a shared theme,
  ``n_themes``), wire stories reprinted by 1-5 outlets as ``reprint`` (the whole story with copy-desk
  edits: straight <-> curly quotes, "U.S." -> "US", the dateline dropped, a few words dropped or replaced),
  ``trimmed`` (the top paragraphs), ``localised`` (a run of wire paragraphs with the outlet's own paragraphs
  before and after) or ``embedded`` (1-4 consecutive wire paragraphs inside an otherwise different article,
  sometimes in quotation marks); the agency's own page of a story is in the corpus with probability
  ``wire_originals``. Other articles are ``independent`` (same topic as a wire story: shared names, own
  words) or ``own`` (the outlet's own story on some topic).
- :func:`wide_story`: one wire story carried by ``n_outlets`` outlets, each with its own one-line header
  and footer.
- :func:`identical_files`: ``n_files`` byte-identical files of one story (no furniture).
- :func:`preset` / :data:`PRESETS`: the named corpora of the evaluation (``benchmarks/quality/
  scrape_eval.py``); :data:`CREDIT_PRESETS`: ``credits-8``, ``scrape-8`` with planted credits
  (``benchmarks/quality/attribution_eval.py``).

Wire credits (opt-in, ``scrape_corpus(credits=p)``; off, every corpus is byte for byte the one made
before the option existed): each ``reprint``, ``trimmed``, ``localised`` or ``embedded`` copy credits
its story's agency with probability ``p`` (drawn from a random stream of its own), in one of the forms
real outlets use where they put them: a dateline opening the copied text (``LONDON, Mar 5 (Reuters) -``,
``TOKYO (AP) —``, ``Sydney (AFP) -``, ``PARIS, March 5 (UPI) --``), an attribution line introducing it
(``Reuters reports:``, ``According to The Associated Press:``, ``AFP has the story:``) or a sign-off
after it (``— AFP``, ``(AFP)`` on its own line or closing the last copied paragraph, ``The Associated
Press contributed to this report.``, Reuters' ``Reporting by ...; Editing by ...``). A copy that keeps
the story's dateline or opens with a quotation mark gets a sign-off instead of a dateline, and an
``embedded`` copy (introduced already) a sign-off instead of an attribution line. ``credits-8`` uses
``p = 0.6`` and weights 0.4 / 0.3 / 0.3 for dateline / attribution / sign-off.

Provenance (opt-in, ``scrape_corpus(provenance=True, versions=p)``; off, every corpus is byte for
byte the one made before the options existed): every document dated to the second and its outlet
declared as ``source`` (the agency's own page: the agency's canonical name), copies 10 minutes to 40
hours after the agency's page, the copy desk's edits planted word by word with exact truth, and with
``versions`` outlets republishing their own articles as updates. The truth (pair relations, member
statuses, edits against the family's source, copied spans and per-outlet statistics, delays) is in
the fields of :class:`ScrapeCorpus` after ``provenance``; :mod:`syndetect.testing.scrape_truth` plants
the edits and defines the truth. Preset ``provenance-8`` (:data:`PROVENANCE_PRESETS`,
``benchmarks/quality/provenance_eval.py``).

Body text is real English when ``msrp`` names the MSRP directory (``msr_paraphrase_{train,test}.txt``,
UTF-8 with a BOM, tab-separated ``label id1 id2 sentence1 sentence2``): sentences are drawn without
replacement, never both sentences of one MSRP pair (a greedy independent set of the pair graph, in seeded
order) and never a sentence that shares a word 6-gram with one already admitted, so independent articles
share no text by construction. Topics are frequent proper names of the sentences. When ``msrp`` is ``None``
(or the sentences run out, counted in :attr:`ScrapeCorpus.fallback_paragraphs`) the pseudo-word writer of
:mod:`syndetect.testing.synthetic` writes the prose. MSRP text is only read, never stored in the repository.

Ground truth:

- :class:`StoryCopy`: where a document holds wire paragraphs ``lo .. hi-1`` of a story; two copies of one
  story whose paragraph ranges overlap share a :class:`~syndetect.testing.synthetic.PlantedPassage`
  (paragraph-aligned, dateline included only when both keep it, quotation marks around an embedded quote
  outside the span; the two texts are equal after folding quotes and acronym dots, up to ``word_edits``
  words).
  Truth pairs are exactly those pairs; a document carries at most one story. ``StoryCopy.agency`` is the
  story's agency by its canonical name in :data:`~syndetect.provenance.agencies.DEFAULT_AGENCIES`
  (``AP`` is ``Associated Press``); ``StoryCopy.credits`` are the :class:`PlantedCredit` s of that
  agency the document gives the copy (raw offsets, form, planted or not): the agency page's dateline,
  a kept story dateline, an embedded copy's introduction (``According to AFP:``), and the planted
  credit; ``StoryCopy.credited`` says whether there is one.
- Families: the connected components of the truth pairs (per story).
- ``furniture``: per document the character spans of its header, byline/date lines and footer; ``slots``
  the spans inside them that vary (outlet name, dates, bylines, headline lists). Planted spans never
  overlap furniture.
- ``outlets`` and ``kinds`` per document. ``Document.source`` is set only with ``declare_sources=True``,
  ``Document.url`` (``https://www.<host>/<yyyy>/<mm>/<slug>``) only with ``urls=True``.

Everything derives from ``seed`` through ``random.Random(f"...:{seed}")`` (and the synthetic writer's
seeded word stream), so the same arguments give the same corpus on every machine. This module is a test
and benchmark fixture; the scanning stages never import it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import ConfigError
from ..types import Document, Edit, OutletStats
from .scrape_truth import EPOCH, Para, Planner, edit_counts, provenance_truth, wire_dashes
from .synthetic import (
    _KIND_WEIGHTS,
    KINDS,
    PlantedPassage,
    _assemble,
    _Copy,
    _copy_desk,
    _pseudo_word,
    _to_curly,
    _Writer,
    draw_use,
)
from .synthetic import (
    _shared as _copies_shared,
)

__all__ = [
    "CREDIT_PRESETS",
    "CREDIT_RATE",
    "KINDS",
    "PRESETS",
    "PROVENANCE_PRESETS",
    "PlantedCredit",
    "ScrapeCorpus",
    "StoryCopy",
    "identical_files",
    "preset",
    "scrape_corpus",
    "wide_story",
]

DOC_KINDS = ("wire", *KINDS, "independent", "own", "identical")
"""Every value of :attr:`ScrapeCorpus.kinds`."""

PRESETS = ("scrape-8", "templates-12", "wide-60", "wide-500", "identical-3000")
"""Named corpora of the evaluation; see :func:`preset`."""

CREDIT_PRESETS = ("credits-8",)
"""Named corpora with planted wire credits (``benchmarks/quality/attribution_eval.py``); :func:`preset`."""

CREDIT_RATE = 0.6
"""The ``credits`` probability of the ``credits-8`` preset."""

PROVENANCE_PRESETS = ("provenance-8",)
"""Named corpora with the provenance truth (``benchmarks/quality/provenance_eval.py``); :func:`preset`."""

VERSION_RATE = 0.1
"""The ``versions`` probability of the ``provenance-8`` preset."""


def _bar(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


_AGENCIES = (
    ("Reuters", "reuters.com"),
    ("AP", "apnews.com"),
    ("AFP", "afp.com"),
    ("UPI", "upi.com"),
    ("dpa", "dpa-international.com"),
)
_OUTLET_KINDS = _bar("Gazette|Herald|Times|Post|Tribune|Chronicle|Observer|Courier|Echo|Star|Journal|Express")
_CITIES = _bar(
    "WASHINGTON|LONDON|PARIS|BRUSSELS|NEW YORK|BEIJING|TOKYO|MOSCOW|BERLIN|GENEVA|CAIRO"
    "|NEW DELHI|SYDNEY|SAN FRANCISCO|CHICAGO|TORONTO"
)
_SECTIONS = _bar(
    "News|World|Business|Sport|Opinion|Politics|Culture|Lifestyle|Technology|Science|Health"
    "|Travel|Money|Environment|Education|Local|Weather|Obituaries"
)
_SUBSECTIONS = _bar(
    "UK|US|Europe|Asia|Africa|Middle East|Americas|Markets|Companies|Economy|Personal finance"
    "|Football|Cricket|Rugby|Tennis|Golf|Formula 1|Film|Music|Books|TV & radio|Art & design"
    "|Food|Fashion|Property|Cars|Columnists|Editorials|Letters|Cartoons|Podcasts|Video|Puzzles"
    "|Crosswords"
)
_FIRST_NAMES = ("Jane", "John", "Maria", "David", "Sarah", "Ahmed", "Li", "Anna", "Tom", "Priya", "Peter")
_LAST_NAMES = ("Smith", "Jones", "Garcia", "Brown", "Khan", "Wang", "Miller", "Okafor", "Rossi", "Novak")
_MONTHS = _bar("January|February|March|April|May|June|July|August|September|October|November|December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_LENGTHS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 2024
_YEAR = 2024
_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"\w+")
_NOT_NAMES = frozenset(
    [
        *_MONTHS,
        *_WEEKDAYS,
        *_bar("The|He|She|It|They|We|But|And|In|On|At|A|Mr|Mrs|Ms|Dr|Inc|Corp|Co|Ltd|New|U|S"),
    ]
)


# --------------------------------------------------------------------------------------------------------
# Ground-truth types


@dataclass(frozen=True)
class StoryCopy:
    """Document ``doc`` holds wire paragraphs ``lo .. hi-1`` of ``story``.

    ``spans[j]`` is ``(start, end, dateline_len)`` of paragraph ``lo + j`` in the document's raw text, the
    dateline (``dateline_len`` characters before the paragraph's text) included in ``start``; ``edits[j]``
    counts the words dropped or replaced in that paragraph.
    """

    doc: str
    story: str
    kind: str
    lo: int
    hi: int
    spans: tuple[tuple[int, int, int], ...]
    edits: tuple[int, ...]
    agency: str = ""
    """The story's agency by its canonical name in :data:`~syndetect.provenance.agencies.DEFAULT_AGENCIES`
    (``AP`` -> ``Associated Press``)."""
    credits: tuple[PlantedCredit, ...] = ()
    """Every credit of ``agency`` that the document gives this copy, by raw offset: the story's dateline
    when the copy keeps it, the introduction of an ``embedded`` copy, and with ``credits`` set the credit
    planted by the outlet."""

    @property
    def credited(self) -> bool:
        """The copy credits its story's agency (it carries at least one credit)."""
        return bool(self.credits)


@dataclass(frozen=True)
class PlantedCredit:
    """A credit in a generated document: ``text[start:end]`` credits ``agency`` (canonical name) in the
    ``form`` ``dateline``, ``attribution`` or ``signoff``; ``planted`` is ``True`` for a credit placed by
    the ``credits`` option and ``False`` for one the copy carries anyway (a kept story dateline, the
    introduction of an embedded quote)."""

    start: int
    end: int
    agency: str
    form: str
    planted: bool


@dataclass(frozen=True)
class ScrapeCorpus:
    """A generated scrape and its ground truth (see the module docstring)."""

    name: str
    seed: int
    documents: list[Document]
    copies: tuple[StoryCopy, ...]
    story_words: dict[str, tuple[int, ...]]
    """Story id -> words of each wire paragraph (as in the agency's text)."""
    furniture: dict[str, tuple[tuple[int, int], ...]]
    """Document id -> character spans of its furniture (header, byline/date lines, footer), sorted."""
    slots: dict[str, tuple[tuple[int, int], ...]]
    """Document id -> spans inside its furniture that vary (outlet name, dates, byline, headline lists)."""
    outlets: dict[str, str]
    """Document id -> the outlet that published it (declared as ``source`` only when asked)."""
    kinds: dict[str, str]
    """Document id -> one of :data:`DOC_KINDS`."""
    themes: dict[str, str] = field(default_factory=dict)
    """Outlet -> furniture theme id (outlets with one theme share furniture up to the slots)."""
    fallback_paragraphs: int = 0
    """Paragraphs written by the pseudo-word writer because MSRP sentences were absent or ran out."""
    credit_rate: float | None = None
    """The ``credits`` option the corpus was made with (``None``: off, no credit planted)."""
    provenance: bool = False
    """Made with ``provenance=True``: the fields below are filled (:mod:`~syndetect.testing.scrape_truth`
    gives the definitions); without it they are empty."""
    versions: dict[str, str] = field(default_factory=dict)
    """Version -> the earlier article of the same outlet it updates (a few words changed, a paragraph
    added at the end). A version of a story copy is a copy of the story too (:attr:`copies`)."""
    version_passages: tuple[PlantedPassage, ...] = ()
    """The text an own article (not a story copy) shares with its version: the original's paragraphs
    (kind ``"reprint"``). Part of :meth:`iter_planted`, :meth:`pairs` and :meth:`families`."""
    delays: dict[str, float] = field(default_factory=dict)
    """Story copy -> hours from the agency's publication of the story to the copy's ``date``."""
    family_sources: dict[str, str] = field(default_factory=dict)
    """Member of a truth family -> the family's source document (the agency's page, else the earliest)."""
    relations: dict[tuple[str, str], str] = field(default_factory=dict)
    """Truth pair (sorted ids) -> ``"copy"``, ``"version"`` or ``"quote"``."""
    statuses: dict[str, str] = field(default_factory=dict)
    """Member of a truth family -> ``"source"``, ``"credited"`` or ``"uncredited"``."""
    edits: dict[str, tuple[Edit, ...]] = field(default_factory=dict)
    """Member sharing text with its family's source document -> the planted edits from the source's
    text to its own (raw offsets in both); :meth:`edit_counts` sums them per kind."""
    copied_spans: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    """Document -> the spans of its text it carries as a copy from another outlet or agency (sorted,
    disjoint); documents copying nothing are absent."""
    outlet_stats: dict[str, OutletStats] = field(default_factory=dict)
    """Outlet (the documents' ``source``) -> its truth :class:`~syndetect.types.OutletStats`."""

    @property
    def texts(self) -> list[str]:
        return [d.text for d in self.documents]

    def text(self, doc: str) -> str:
        return self._by_id()[doc].text

    def _by_id(self) -> dict[str, Document]:
        cached: dict[str, Document] | None = self.__dict__.get("_by_id_cache")
        if cached is None:
            cached = {d.id: d for d in self.documents}
            object.__setattr__(self, "_by_id_cache", cached)
        return cached

    def copies_of(self, doc: str) -> tuple[StoryCopy, ...]:
        index: dict[str, tuple[StoryCopy, ...]] | None = self.__dict__.get("_copies_cache")
        if index is None:
            groups: dict[str, list[StoryCopy]] = defaultdict(list)
            for c in self.copies:
                groups[c.doc].append(c)
            index = {k: tuple(v) for k, v in groups.items()}
            object.__setattr__(self, "_copies_cache", index)
        return index.get(doc, ())

    def stories(self) -> dict[str, list[StoryCopy]]:
        """Story id -> its copies, in corpus order."""
        out: dict[str, list[StoryCopy]] = defaultdict(list)
        for c in self.copies:
            out[c.story].append(c)
        return dict(out)

    def planted_for(self, a: str, b: str) -> list[PlantedPassage]:
        """The planted passages shared by ``a`` and ``b`` (empty when they share no wire text)."""
        out = []
        for x in self.copies_of(a):
            for y in self.copies_of(b):
                if x.story == y.story:
                    p = _shared(x, y, self.story_words[x.story])
                    if p is not None:
                        out.append(p)
        out += [p for p in self.version_passages if {p.a, p.b} == {a, b}]
        return out

    def iter_planted(self) -> Iterator[PlantedPassage]:
        """Every planted passage, story by story (n(n-1)/2 for a story of n overlapping copies), then
        the :attr:`version_passages`."""
        for story, copies in self.stories().items():
            words = self.story_words[story]
            for i, x in enumerate(copies):
                for y in copies[i + 1 :]:
                    p = _shared(x, y, words)
                    if p is not None:
                        yield p
        yield from self.version_passages

    @property
    def planted(self) -> list[PlantedPassage]:
        """All planted passages as a list (4.5 million for :func:`identical_files` of 3,000)."""
        return list(self.iter_planted())

    def pairs(self) -> set[tuple[str, str]]:
        """Unordered ground-truth pairs (sorted id tuples) that share planted wire text."""
        return {(min(p.a, p.b), max(p.a, p.b)) for p in self.iter_planted()}

    def is_pair(self, a: str, b: str) -> bool:
        return bool(self.planted_for(a, b))

    def n_pairs(self) -> int:
        """``len(self.pairs())`` without building the set: per story, copies whose ranges overlap."""
        total = 0
        for copies in self.stories().values():
            his: list[int] = []
            for c in sorted(copies, key=lambda c: c.lo):
                # earlier copies start at or before c.lo; they overlap c when they end after c.lo
                total += len(his) - bisect.bisect_right(his, c.lo)
                bisect.insort(his, c.hi)
        return total + len(self.version_passages)

    def families(self) -> list[frozenset[str]]:
        """Connected components of the truth pairs: per story, copies linked by overlapping ranges."""
        out = []
        for copies in self.stories().values():
            group: list[str] = []
            reach = -1
            for c in sorted(copies, key=lambda c: (c.lo, c.hi)):
                if group and c.lo >= reach:
                    if len(group) > 1:
                        out.append(frozenset(group))
                    group, reach = [], -1
                group.append(c.doc)
                reach = max(reach, c.hi)
            if len(group) > 1:
                out.append(frozenset(group))
        return out + [frozenset((p.a, p.b)) for p in self.version_passages]

    def edit_counts(self, doc: str) -> dict[str, int]:
        """Words per edit kind (``insert``, ``delete``, ``substitute``, ``typographic``) planted from
        the family source's text to ``doc`` (zeros for a document without :attr:`edits`)."""
        return edit_counts(self.edits.get(doc, ()))

    def story_spans(self, doc: str) -> list[tuple[int, int]]:
        """Character spans of the wire text a document carries (each copy's first to last paragraph)."""
        return [(c.spans[0][0], c.spans[-1][1]) for c in self.copies_of(doc)]


def _shared(x: StoryCopy, y: StoryCopy, para_words: tuple[int, ...]) -> PlantedPassage | None:
    """The passage two copies share (synthetic.py's rule: overlapping paragraphs, shared dateline)."""
    cx = _Copy(0, x.kind, x.lo, x.hi, list(x.spans), list(x.edits))
    cy = _Copy(1, y.kind, y.lo, y.hi, list(y.spans), list(y.edits))
    return _copies_shared(cx, cy, [x.doc, y.doc], list(para_words))


# --------------------------------------------------------------------------------------------------------
# Prose: MSRP sentences, or the synthetic writer


def _msrp_sentences(path: Path, rng: random.Random) -> list[str]:
    """MSRP sentences in seeded order: no two of one pair, none sharing a word 6-gram with another."""
    texts: dict[str, str] = {}
    neighbours: dict[str, set[str]] = defaultdict(set)
    for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
        file = path / name
        if not file.exists():
            continue
        for line in file.read_text(encoding="utf-8-sig").splitlines():
            fields = line.split("\t")
            if len(fields) != 5 or fields[0] not in {"0", "1"}:
                continue
            _, id1, id2, s1, s2 = fields
            texts[id1], texts[id2] = s1.strip(), s2.strip()
            neighbours[id1].add(id2)
            neighbours[id2].add(id1)
    ids = sorted(texts)
    rng.shuffle(ids)
    taken: set[str] = set()
    grams: set[tuple[str, ...]] = set()
    out: list[str] = []
    for i in ids:
        if neighbours[i] & taken:
            continue
        words = _WORD.findall(texts[i].lower())
        mine = {tuple(words[k : k + 6]) for k in range(max(1, len(words) - 5))}
        if len(words) < 6 or mine & grams:
            continue
        taken.add(i)
        grams |= mine
        out.append(texts[i])
    return out


class _Prose:
    """Headlines and paragraphs on numbered topics, each MSRP sentence used at most once."""

    def __init__(self, seed: int, msrp: Path | None, n_topics: int = 40) -> None:
        rng = random.Random(f"syndetect-scrape-prose:{seed}")
        self.seed = seed
        self._writer: _Writer | None = None
        self.fallback_paragraphs = 0
        self.sentences: list[str] = _msrp_sentences(msrp, rng) if msrp is not None else []
        self._used = [False] * len(self.sentences)
        self._cursor = 0
        self.topic_pools: list[list[int]] = []
        self._topic_cursor: list[int] = []
        self.topic_names: list[str] = []
        if self.sentences:
            by_name: dict[str, list[int]] = defaultdict(list)
            for i, s in enumerate(self.sentences):
                for w in set(_WORD.findall(s)[1:]):
                    if len(w) >= 3 and w[0].isupper() and w.isalpha() and w not in _NOT_NAMES:
                        by_name[w].append(i)
            ranked = sorted(by_name.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:n_topics]
            self.topic_names = [name for name, _ in ranked]
            self.topic_pools = [pool for _, pool in ranked]
            while len(self.topic_pools) < n_topics:  # few names: topics that draw from the general pool
                self.topic_names.append(f"topic{len(self.topic_pools)}")
                self.topic_pools.append([])
            self._topic_cursor = [0] * len(self.topic_pools)
            words: dict[str, int] = defaultdict(int)
            for s in self.sentences:
                for w in s.split():
                    if w.isalpha() and w.islower():
                        words[w] += 1
            self.vocab = sorted(words, key=lambda w: (-words[w], w))
            if len(self.vocab) < 500:  # replacement words for copy-desk edits need a vocabulary
                self.vocab += self.writer.vocab
        else:
            self.vocab = self.writer.vocab
            self.topic_names = [f"topic{i}" for i in range(n_topics)]
        name_rng = random.Random(f"syndetect-scrape-topics:{seed}")
        self._synthetic_topics = [name_rng.sample(range(2_000), 6) for _ in range(n_topics)]

    @property
    def writer(self) -> _Writer:
        if self._writer is None:
            self._writer = _Writer(self.seed)
        return self._writer

    @property
    def n_topics(self) -> int:
        return len(self.topic_names)

    def _take(self, topic: int, rng: random.Random) -> str | None:
        if self.topic_pools and rng.random() < 0.6:
            pool = self.topic_pools[topic]
            k = self._topic_cursor[topic]
            while k < len(pool) and self._used[pool[k]]:
                k += 1
            self._topic_cursor[topic] = k
            if k < len(pool):
                self._used[pool[k]] = True
                return self.sentences[pool[k]]
        k = self._cursor
        while k < len(self.sentences) and self._used[k]:
            k += 1
        self._cursor = k
        if k < len(self.sentences):
            self._used[k] = True
            return self.sentences[k]
        return None

    def paragraphs(self, rng: random.Random, n_words: int, topic: int, curly: bool) -> list[str]:
        """Paragraphs of 1-3 sentences (MSRP) or 25-90 words (synthetic), about ``n_words`` in all."""
        paras: list[str] = []
        left = n_words
        while left > 0:
            sentences: list[str] = []
            for _ in range(rng.choice((1, 2, 2, 3))):
                s = self._take(topic, rng) if self.sentences else None
                if s is None:
                    break
                sentences.append(s)
            if sentences:
                para = " ".join(sentences)
            else:
                self.fallback_paragraphs += 1
                n = min(rng.randint(25, 90), max(left, 12))
                para = self.writer.paragraph(rng, n, self._synthetic_topics[topic], False)
            paras.append(_to_curly(para) if curly else para)
            left -= para.count(" ") + 1
        return paras

    def headline(self, rng: random.Random, topic: int) -> str:
        s = self._take(topic, rng) if self.sentences else None
        if s is None:
            return self.writer.headline(rng, self._synthetic_topics[topic])
        words = s.split()[: rng.randint(6, 11)]
        return " ".join(words).rstrip(",.;:")


# --------------------------------------------------------------------------------------------------------
# Outlets and their furniture

_SKIP = ("Skip to content", "Skip to main content", "Jump to navigation", "Skip to navigation")
_TOP_BAR = (
    "Subscribe | Sign in | Search",
    "Log in  Register  Subscribe",
    "Sign in  |  Newsletters  |  Search",
    "Support us  Sign in  Search  Menu",
)
_SHARE = (
    "Share on Facebook  Share on Twitter  Email",
    "Share this article: Facebook Twitter LinkedIn WhatsApp Email",
    "Share  Tweet  Email  Print",
    "Facebook Twitter Email Print Copy link",
)
_BYLINE = ("By {byline}, Staff Writer", "By {byline}", "{byline} | {outlet}", "Written by {byline}")
_DATELINE = ("Published {datetime}", "{datetime}", "Updated: {datetime}", "Posted on {datetime}")
_NEWSLETTER = (
    "Sign up to our free daily newsletter for the top stories delivered to your inbox. "
    "Enter your email address Sign up",
    "Get the {outlet} morning briefing: the day's top stories, every weekday morning. Subscribe",
    "Newsletter: sign up for our weekly round-up of the best of {outlet}. "
    "By signing up you agree to our privacy policy.",
)
_COMMENTS = (
    "Comments are closed.",
    "Leave a comment",
    "Join the conversation: comments are moderated and may take a while to appear.",
)
_FOLLOW = (
    "Follow us on Facebook, Twitter and Instagram",
    "Follow {outlet}: Facebook Twitter Instagram YouTube",
    "Connect with us Facebook Twitter RSS",
)
_COPYRIGHT = (
    "© {outlet} {year}. Terms of use | Privacy policy | Cookie settings | Contact us",
    "Copyright © {year} {outlet}. All rights reserved.",
    "© {year} {outlet} Ltd. Registered in England No. {number}. About us · Contact · Advertise · Careers · "
    "Terms · Privacy",
    "All content © {year} {outlet}. Reproduction without permission is prohibited.",
)
_COOKIES = (
    "We use cookies to personalise content and ads, to provide social media features and to analyse our "
    "traffic. By continuing to use this site you agree to our use of cookies. Accept Manage settings"
)
_SITEMAP = _bar(
    "About us|Contact us|Advertise with us|Careers|Subscriptions|Archive|RSS feeds|Corrections"
    "|Accessibility|Site map|Help|Complaints|Editorial standards|Syndication|Events|Jobs"
    "|Announcements|E-edition|Apps|Podcasts"
)
_BACK = ("Back to top", "Back to top button", "Top of page")
_DATETIME_FORMATS = (
    "{d} {month} {y}, {hh}:{mm}",
    "{month} {d}, {y} {hh}:{mm} ET",
    "{y}-{m:02d}-{d:02d} {hh}:{mm}",
)


@dataclass(frozen=True)
class _Theme:
    """Furniture templates: lines with ``{slot}`` fields, before the headline, after it, after the body."""

    id: str
    header: tuple[str, ...]
    meta: tuple[str, ...]
    footer: tuple[str, ...]
    datetime_format: str


@dataclass(frozen=True)
class _Outlet:
    name: str
    host: str
    theme: _Theme
    curly: bool
    staff: tuple[str, ...]


def _menu(rng: random.Random, n_words: int, with_subsections: bool) -> str:
    parts: list[str] = []
    words = 0
    sections = list(_SECTIONS)
    rng.shuffle(sections)
    for section in sections:
        parts.append(section)
        words += 1 + section.count(" ")
        if with_subsections:
            for sub in rng.sample(_SUBSECTIONS, rng.randint(2, 5)):
                parts.append(sub)
                words += 1 + sub.count(" ")
        if words >= n_words:
            break
    return " ".join(parts)


def _theme(rng: random.Random, theme_id: str) -> _Theme:
    """A CMS theme: a header of one line up to 60+ words of menus, optional byline/date lines, a footer."""
    layout = rng.choices(("both", "top", "bottom"), weights=(0.7, 0.15, 0.15))[0]
    header: list[str] = []
    footer: list[str] = []
    if layout != "bottom":
        size = rng.choices(("one", "medium", "long"), weights=(0.25, 0.5, 0.25))[0]
        sep = rng.choice((" | ", "  ", " · "))
        nav = "{outlet}" + sep + sep.join(rng.sample(_SECTIONS[:8], rng.randint(4, 7)))
        if size == "one":
            header = [nav]
        else:
            if rng.random() < 0.7:
                header.append(rng.choice(_SKIP))
            if rng.random() < 0.4:
                header.append(rng.choice(_TOP_BAR))
            if size == "long":
                header.append("{outlet}")
                header.append(_menu(rng, rng.randint(45, 80), with_subsections=True))
            else:
                header.append(nav)
            if rng.random() < 0.5:
                header.append(
                    rng.choice(
                        ("{edition_date} | Today's paper", "{edition_date}", "Today's paper: {edition_date}")
                    )
                )
            if rng.random() < 0.2:
                header.append("Advertisement")
            if rng.random() < 0.5:
                header.append(rng.choice(_SHARE))
    meta: list[str] = []
    if rng.random() < 0.5:
        meta.append(rng.choice(_BYLINE))
    if rng.random() < 0.5:
        meta.append(rng.choice(_DATELINE))
    if layout != "top":
        size = rng.choices(("one", "medium", "long"), weights=(0.25, 0.5, 0.25))[0]
        copyright_line = rng.choice(_COPYRIGHT).replace("{number}", str(rng.randrange(1_000_000, 9_999_999)))
        if size == "one":
            footer = [copyright_line]
        else:
            if not any(line in _SHARE for line in header) and rng.random() < 0.4:
                footer.append(rng.choice(_SHARE))
            if rng.random() < 0.3:
                footer.append(rng.choice(_COMMENTS))
            if rng.random() < 0.5:
                footer += ["Related stories", "{related}"]
            if rng.random() < 0.5:
                footer += [rng.choice(("Most read", "Most popular", "Trending")), "{most_read}"]
            if rng.random() < 0.6:
                footer.append(rng.choice(_NEWSLETTER))
            if rng.random() < 0.4:
                footer.append(rng.choice(_FOLLOW))
            if size == "long":
                footer.append(" ".join(rng.sample(_SITEMAP, rng.randint(10, 18))))
                if rng.random() < 0.5:
                    footer.append(_COOKIES)
            footer.append(copyright_line)
            if rng.random() < 0.3:
                footer.append(rng.choice(_BACK))
    return _Theme(theme_id, tuple(header), tuple(meta), tuple(footer), rng.choice(_DATETIME_FORMATS))


def _one_line_theme(rng: random.Random, theme_id: str) -> _Theme:
    sep = rng.choice((" | ", "  ", " · "))
    header = "{outlet}" + sep + sep.join(rng.sample(_SECTIONS[:8], rng.randint(3, 6)))
    footer = rng.choice(_COPYRIGHT).replace("{number}", str(rng.randrange(1_000_000, 9_999_999)))
    return _Theme(theme_id, (header,), (), (footer,), _DATETIME_FORMATS[0])


def _outlet_names(rng: random.Random, n: int, taken: set[str]) -> list[tuple[str, str]]:
    """``n`` unique (name, host) pairs such as ("The Brastow Gazette", "brastowgazette.com")."""
    out: list[tuple[str, str]] = []
    while len(out) < n:
        base = _pseudo_word(rng, rng.choice((2, 2, 3))).capitalize()
        kind = rng.choice(_OUTLET_KINDS)
        name = f"The {base} {kind}" if rng.random() < 0.5 else f"{base} {kind}"
        if name in taken:
            continue
        taken.add(name)
        host = (base + kind).lower() + rng.choice((".com", ".com", ".co.uk", ".net", ".com.au", ".org"))
        out.append((name, host))
    return out


def _staff(rng: random.Random) -> tuple[str, ...]:
    return tuple(f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}" for _ in range(rng.randint(2, 6)))


def _render(template: str, values: dict[str, str]) -> tuple[str, list[tuple[int, int]]]:
    """Fill ``{slot}`` fields; return the text and the spans of the filled-in values."""
    parts: list[str] = []
    slots: list[tuple[int, int]] = []
    pos = 0
    last = 0
    for m in _SLOT.finditer(template):
        literal = template[last : m.start()]
        parts.append(literal)
        pos += len(literal)
        value = values[m.group(1)]
        parts.append(value)
        slots.append((pos, pos + len(value)))
        pos += len(value)
        last = m.end()
    parts.append(template[last:])
    return "".join(parts), slots


# --------------------------------------------------------------------------------------------------------
# Dates


def _day(day: int) -> tuple[int, int]:
    """Day of 2024 (0-based) -> (month, day of month), both 1-based."""
    day = max(0, min(day, 365))
    month = 0
    while month < 11 and day >= _MONTH_LENGTHS[month]:
        day -= _MONTH_LENGTHS[month]
        month += 1
    return month + 1, day + 1


def _iso(day: int) -> str:
    m, d = _day(day)
    return f"{_YEAR}-{m:02d}-{d:02d}"


def _edition_date(day: int) -> str:
    m, d = _day(day)
    # 1 January 2024 was a Monday
    return f"{_WEEKDAYS[day % 7]} {d} {_MONTHS[m - 1]} {_YEAR}"


def _datetime(day: int, minute: int, fmt: str) -> str:
    m, d = _day(day)
    return fmt.format(
        d=d, m=m, y=_YEAR, month=_MONTHS[m - 1], hh=f"{minute // 60:02d}", mm=f"{minute % 60:02d}"
    )


def _slug(headline: str) -> str:
    words = re.findall(r"[a-z0-9]+", headline.lower())[:8]
    return "-".join(words) or "story"


# --------------------------------------------------------------------------------------------------------
# Articles

Block = tuple[str, str, str]


@dataclass(frozen=True)
class _Story:
    id: str
    agency: _Outlet
    topic: int
    day: int
    dateline: str
    paras: tuple[str, ...]
    words: tuple[int, ...]


@dataclass
class _Article:
    outlet: _Outlet
    kind: str
    day: int
    headline: str
    body: list[Block]
    story: str | None = None
    lo: int = 0
    hi: int = 0
    wire_first: int = 0
    """Index in ``body`` of the block holding wire paragraph ``lo``."""
    dl_lens: list[int] = field(default_factory=list)
    edits: list[int] = field(default_factory=list)
    credits: list[tuple[int, int, int, str, bool]] = field(default_factory=list)
    """Credits as (index in ``body``, start, end in that block's prefix + text + suffix, form, planted)."""
    quoted: bool = False
    """The wire paragraphs are set in quotation marks (an embedded quote)."""
    when: int | None = None
    """With ``provenance``: publication time, seconds since :data:`~syndetect.testing.scrape_truth.EPOCH`."""
    paras: dict[int, Para] = field(default_factory=dict)
    """With ``provenance``: index in ``body`` -> the planted edits of that paragraph (wire paragraphs;
    every paragraph of an own article that has a version)."""
    version_of: int | None = None
    """With ``versions``: index of the article this one updates."""


def _body_words(rng: random.Random, words_per_article: int) -> int:
    return max(60, round(words_per_article * rng.uniform(0.5, 1.5)))


def _new_story(
    rng: random.Random,
    prose: _Prose,
    story_id: str,
    agency: _Outlet,
    day: int,
    n_words: int,
    dashes: bool = False,
) -> _Story:
    """A wire story; with ``dashes`` its dashes are set as typographic dashes (:func:`wire_dashes`)."""
    topic = rng.randrange(prose.n_topics)
    paras = prose.paragraphs(rng, n_words, topic, agency.curly)
    while len(paras) < 3:
        paras += prose.paragraphs(rng, 40, topic, agency.curly)
    if dashes:
        paras = [wire_dashes(p) for p in paras]
    dash = " - " if agency.name == "Reuters" else " — "
    dateline = f"{rng.choice(_CITIES)} ({agency.name}){dash}"
    words = tuple(p.count(" ") + 1 for p in paras)
    return _Story(story_id, agency, topic, day, dateline, tuple(paras), words)


def _wire_article(prose: _Prose, rng: random.Random, story: _Story) -> _Article:
    n = len(story.paras)
    body = [(story.dateline, story.paras[0], "")] + [("", p, "") for p in story.paras[1:]]
    return _Article(
        story.agency,
        "wire",
        story.day,
        prose.headline(rng, story.topic),
        body,
        story.id,
        0,
        n,
        0,
        [len(story.dateline)] + [0] * (n - 1),
        [0] * n,
        [(0, 0, len(story.dateline.rstrip()), "dateline", False)],
        paras={j: Para.of(("story", story.id, str(j)), p) for j, p in enumerate(story.paras)},
    )


def _derive(
    rng: random.Random,
    prose: _Prose,
    story: _Story,
    kind: str,
    outlet: _Outlet,
    day: int,
    n_topics: int,
    credit: tuple[random.Random, float] | None = None,
    planner: Planner | None = None,
) -> _Article:
    """One outlet's use of a wire story (the four kinds of :mod:`syndetect.testing.synthetic`).

    With ``credit`` (its own random stream and a rate; ``rng`` is not drawn from for it, so the corpus
    is otherwise the one made without) the outlet credits the agency with that probability
    (:func:`_plant_credit`). With ``planner`` the copy desk's edits are the planner's word edits
    (:mod:`~syndetect.testing.scrape_truth`) instead of a house quote style and dropped acronym dots."""
    swap = outlet.curly != story.agency.curly  # the copy desk applies its house quote style
    lo, hi, _, fold, keep_dateline, n_edits = draw_use(rng, kind, story.words, draw_swap=False)
    planted: list[Para] = []
    if planner is None:
        paras, edits = _copy_desk(rng, story.paras[lo:hi], n_edits, prose.vocab, swap=swap, fold=fold)
    else:
        planted = planner.copy(story.id, story.paras, lo, hi, kind)
        paras, edits = [p.text() for p in planted], [p.changed_words() for p in planted]
    dl = story.dateline if keep_dateline and lo == 0 else ""

    topic = story.topic if kind != "embedded" else rng.randrange(n_topics)
    before: list[str] = []
    after: list[str] = []
    if kind == "localised":
        before = prose.paragraphs(rng, rng.randint(40, 160), topic, outlet.curly)
        after = prose.paragraphs(rng, rng.randint(20, 120), topic, outlet.curly) if rng.random() < 0.7 else []
    elif kind == "embedded":
        before = prose.paragraphs(rng, rng.randint(80, 300), topic, outlet.curly)
        after = prose.paragraphs(rng, rng.randint(60, 300), topic, outlet.curly)
        agency = story.agency.name
        before.append(
            rng.choice((f"According to {agency}:", f"{agency} reported:", f"The {agency} report said:"))
        )
    quoted = kind == "embedded" and rng.random() < 0.5
    open_q, close_q = ("“", "”") if outlet.curly else ('"', '"')
    wire_part: list[Block] = []
    for j, p in enumerate(paras):
        prefix = (open_q if quoted and j == 0 else "") + (dl if j == 0 else "")
        suffix = close_q if quoted and j == len(paras) - 1 else ""
        wire_part.append((prefix, p, suffix))
    pre: list[Block] = [("", p, "") for p in before]
    credits: list[tuple[int, int, int, str, bool]] = []
    if kind == "embedded":  # the introduction of the quote
        credits.append((len(pre) - 1, 0, len(before[-1]), "attribution", False))
    if dl:
        q = len(wire_part[0][0]) - len(dl)
        credits.append((len(pre), q, q + len(dl.rstrip()), "dateline", False))
    sign: list[Block] = []
    if credit is not None and credit[0].random() < credit[1]:
        _plant_credit(credit[0], story, kind, bool(dl) or quoted, pre, wire_part, sign, credits)
    body = pre + wire_part + sign + [("", p, "") for p in after]
    dl_lens = [len(dl)] + [0] * (hi - lo - 1)
    return _Article(
        outlet,
        kind,
        day,
        prose.headline(rng, topic),
        body,
        story.id,
        lo,
        hi,
        len(pre),
        dl_lens,
        edits,
        credits,
        quoted,
        paras={len(pre) + j: p for j, p in enumerate(planted)},
    )


_CREDIT_FORMS = ("dateline", "attribution", "signoff")
_CREDIT_WEIGHTS = (0.4, 0.3, 0.3)
_CANONICAL = {"AP": "Associated Press"}
"""Agency names of :data:`_AGENCIES` that differ from the canonical ``DEFAULT_AGENCIES`` name."""
_CREDIT_NAMES = {
    "Reuters": ("Reuters",),
    "AP": ("The Associated Press", "AP", "the Associated Press"),
    "AFP": ("AFP", "Agence France-Presse"),
    "UPI": ("UPI", "United Press International"),
    "dpa": ("dpa", "the German news agency dpa"),
}
_ATTRIBUTIONS = ("{n} reports:", "According to {n}:", "{n} reported:", "{n} has the story:")
_SIGNOFFS = {
    "Reuters": ("(Reporting by {a}; Editing by {b})", "Reporting by {a}; Editing by {b}", "— Reuters"),
    "AP": ("— The Associated Press", "The Associated Press contributed to this report.", "— AP"),
    "AFP": ("— AFP", "(AFP)", "-- AFP"),
    "UPI": ("— UPI", "(UPI)"),
    "dpa": ("— dpa", "dpa"),
}


def _canonical(agency: str) -> str:
    return _CANONICAL.get(agency, agency)


def _credit_dateline(rng: random.Random, agency: str, day: int) -> str:
    """The dateline an agency puts on its story, with a date: ``LONDON, Mar 5 (Reuters) - ``."""
    city = rng.choice(_CITIES)
    m, d = _day(day)
    month = _MONTHS[m - 1]
    if agency == "Reuters":
        return f"{city}, {rng.choice((month, month[:3]))} {d} (Reuters) - "
    if agency == "AP":
        return f"{city} (AP) — "
    if agency == "AFP":
        return f"{city.title()} (AFP) - "
    if agency == "UPI":
        return f"{city}, {month} {d} (UPI) -- "
    return f"{city.title()} ({agency}) - "


def _plant_credit(
    rng: random.Random,
    story: _Story,
    kind: str,
    opened: bool,
    pre: list[Block],
    wire_part: list[Block],
    sign: list[Block],
    credits: list[tuple[int, int, int, str, bool]],
) -> None:
    """Plant one credit of the story's agency where outlets put it: a dated dateline opening the copied
    text (not when the copy keeps the story's dateline or opens with a quotation mark: then a sign-off),
    an attribution line before it (an embedded copy is introduced already: a sign-off), or a sign-off
    closing it (its own line, or the end of the last copied paragraph for a bracket form)."""
    agency = story.agency.name
    form = rng.choices(_CREDIT_FORMS, weights=_CREDIT_WEIGHTS)[0]
    if (form == "dateline" and opened) or (form == "attribution" and kind == "embedded"):
        form = "signoff"
    first = len(pre)
    if form == "dateline":
        dateline = _credit_dateline(rng, agency, story.day)
        prefix, text, suffix = wire_part[0]
        wire_part[0] = (dateline + prefix, text, suffix)
        credits.append((first, 0, len(dateline.rstrip()), "dateline", True))
        # the credit goes before the copy's other recorded credits in the block: shift none (none there)
    elif form == "attribution":
        line = rng.choice(_ATTRIBUTIONS).format(n=rng.choice(_CREDIT_NAMES.get(agency, (agency,))))
        line = line[0].upper() + line[1:]
        pre.append(("", line, ""))
        # an attribution line is a paragraph of its own: the wire blocks move down by one
        credits[:] = [(b + 1 if b >= first else b, s, e, f, p) for b, s, e, f, p in credits]
        credits.append((first, 0, len(line), "attribution", True))
    else:
        template = rng.choice(_SIGNOFFS.get(agency, ("— {agency}",)))
        a, b = (f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}" for _ in range(2))
        line = template.format(a=a, b=b, agency=agency)
        if line.startswith("(") and rng.random() < 0.5:  # "... he said. (AFP)" on the paragraph's line
            k = len(wire_part) - 1
            prefix, text, suffix = wire_part[k]
            wire_part[k] = (prefix, text, suffix + " " + line)
            start = len(prefix) + len(text) + len(suffix) + 1
            credits.append((first + k, start, start + len(line), "signoff", True))
        else:
            sign.append(("", line, ""))
            credits.append((first + len(wire_part), 0, len(line), "signoff", True))


def _own_article(
    rng: random.Random, prose: _Prose, outlet: _Outlet, kind: str, topic: int, day: int, n_words: int
) -> _Article:
    headline = prose.headline(rng, topic)
    body = [("", p, "") for p in prose.paragraphs(rng, n_words, topic, outlet.curly)]
    return _Article(outlet, kind, day, headline, body)


def _version(
    rng: random.Random, prose: _Prose, planner: Planner, articles: list[_Article], i: int, when: int
) -> _Article:
    """Article ``i`` updated by its outlet at ``when``: the planner's word edits (no typographic ones)
    on its tracked paragraphs (the wire paragraphs of a copy, every paragraph of an own article) and
    a new paragraph at the end."""
    art = articles[i]
    if art.story is None:
        art.paras = {b: Para.of(("article", str(i), str(b)), text) for b, (_, text, _) in enumerate(art.body)}
    tracked = {b: p.clone() for b, p in art.paras.items()}
    planner.edit(list(tracked.values()), "version", typographic=False)
    body = list(art.body)
    credits = list(art.credits)
    for b, para in tracked.items():
        prefix, old, suffix = body[b]
        new = para.text()
        body[b] = (prefix, new, suffix)
        end = len(prefix) + len(old)  # credits after the text (in the suffix) move with its end
        delta = len(new) - len(old)
        credits = [(k, s + delta, e + delta, f, p) if k == b and s >= end else (k, s, e, f, p)
                   for k, s, e, f, p in credits]
    added = prose.paragraphs(rng, rng.randint(25, 70), rng.randrange(prose.n_topics), art.outlet.curly)
    body.append(("", " ".join(added), ""))
    n = art.hi - art.lo
    edits = [tracked[art.wire_first + j].changed_words() for j in range(n)] if art.story else []
    return _Article(
        art.outlet,
        art.kind,
        when // 86400,
        art.headline,
        body,
        art.story,
        art.lo,
        art.hi,
        art.wire_first,
        list(art.dl_lens),
        edits,
        credits,
        art.quoted,
        when,
        tracked,
        i,
    )


def _build(
    name: str,
    seed: int,
    rng: random.Random,
    prose: _Prose,
    articles: list[_Article],
    stories: list[_Story],
    *,
    declare_sources: bool,
    urls: bool,
    credit_rate: float | None = None,
    story_times: dict[str, int] | None = None,
) -> ScrapeCorpus:
    """Render every article with its outlet's furniture; shuffle ids; collect the ground truth.

    With ``story_times`` (the ``provenance`` option: every article has its ``when``) documents carry
    datetimes and sources, and the provenance truth is computed (:func:`provenance_truth`)."""
    n = len(articles)
    slots_order = list(range(n))
    rng.shuffle(slots_order)
    ids = [f"doc{s:05d}" for s in slots_order]
    headlines: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        headlines[a.outlet.name].append(a.headline)

    story_agency = {st.id: st.agency.name for st in stories}
    tracked: dict[str, dict[int, tuple[Para, int]]] = {}
    bylines: list[str] = []
    texts: list[str] = []
    furniture: dict[str, tuple[tuple[int, int], ...]] = {}
    slot_spans: dict[str, tuple[tuple[int, int], ...]] = {}
    copies: list[StoryCopy] = []
    for i, art in enumerate(articles):
        outlet = art.outlet
        theme = outlet.theme
        others = [h for h in headlines[outlet.name] if h != art.headline]
        rng.shuffle(others)
        minute = rng.randrange(6 * 60, 23 * 60)
        if art.when is not None:
            minute = art.when % 86400 // 60
        bylines.append(rng.choice(outlet.staff))
        if art.version_of is not None:  # an update keeps its author
            bylines[-1] = bylines[art.version_of]
        values = {
            "outlet": outlet.name,
            "year": str(_YEAR),
            "edition_date": _edition_date(art.day),
            "datetime": _datetime(art.day, minute, theme.datetime_format),
            "byline": bylines[-1],
            "related": "\n".join(others[:3]),
            "most_read": "\n".join(f"{k + 1}. {h}" for k, h in enumerate(others[3:8])),
        }
        regions: list[list[tuple[str, list[tuple[int, int]]]]] = []
        for templates in (theme.header, theme.meta, theme.footer):
            region: list[tuple[str, list[tuple[int, int]]]] = []
            for t in templates:
                if t in ("{related}", "{most_read}") and not values[t[1:-1]]:
                    region.pop()  # no headlines to list: drop the list and its heading
                    continue
                region.append(_render(t, values))
            regions.append(region)
        header, meta, footer = regions
        blocks: list[Block] = [("", t, "") for t, _ in header]
        blocks.append(("", art.headline, ""))
        blocks += [("", t, "") for t, _ in meta]
        body_first = len(blocks)
        blocks += art.body
        blocks += [("", t, "") for t, _ in footer]
        text, spans = _assemble(blocks)
        texts.append(text)
        if story_times is not None:
            first = art.lo - art.wire_first if art.story is not None else 0  # body block -> paragraph
            tracked[ids[i]] = {first + b: (p, spans[body_first + b][0]) for b, p in art.paras.items()}
        doc_furniture: list[tuple[int, int]] = []
        doc_slots: list[tuple[int, int]] = []
        starts = (0, len(header) + 1, body_first + len(art.body))
        for region, first in zip(regions, starts, strict=True):
            if not region:
                continue
            doc_furniture.append((spans[first][0], spans[first + len(region) - 1][1]))
            for k, (_, rel) in enumerate(region):
                doc_slots += [(spans[first + k][0] + s, spans[first + k][0] + e) for s, e in rel]
        furniture[ids[i]] = tuple(doc_furniture)
        slot_spans[ids[i]] = tuple(doc_slots)
        if art.story is not None:
            copy_spans = []
            for j in range(art.hi - art.lo):
                s, e = spans[body_first + art.wire_first + j]
                d = art.dl_lens[j]
                copy_spans.append((s - d, e, d))
            agency = _canonical(art.outlet.name if art.kind == "wire" else story_agency[art.story])
            planted = []
            for b, cs, ce, form, mine in art.credits:
                block_start = spans[body_first + b][0] - len(art.body[b][0])
                planted.append(PlantedCredit(block_start + cs, block_start + ce, agency, form, mine))
            planted.sort(key=lambda c: c.start)
            copies.append(
                StoryCopy(
                    ids[i],
                    art.story,
                    art.kind,
                    art.lo,
                    art.hi,
                    tuple(copy_spans),
                    tuple(art.edits),
                    agency,
                    tuple(planted),
                )
            )

    order = sorted(range(n), key=slots_order.__getitem__)
    documents = []
    for i in order:
        art = articles[i]
        m, _ = _day(art.day)
        url = f"https://www.{art.outlet.host}/{_YEAR}/{m:02d}/{_slug(art.headline)}" if urls else None
        source = art.outlet.name if declare_sources else None
        date = _iso(art.day)
        if story_times is not None and art.when is not None:
            source = _canonical(art.outlet.name) if art.kind == "wire" else art.outlet.name
            date = (EPOCH + dt.timedelta(seconds=art.when)).isoformat()
        documents.append(Document(ids[i], texts[i], source, date, url))
    copies.sort(key=lambda c: (c.story, c.doc))
    themes = {a.outlet.name: a.outlet.theme.id for a in articles}
    corpus = ScrapeCorpus(
        name=name,
        seed=seed,
        documents=documents,
        copies=tuple(copies),
        story_words={s.id: s.words for s in stories},
        furniture={ids[i]: furniture[ids[i]] for i in order},
        slots={ids[i]: slot_spans[ids[i]] for i in order},
        outlets={ids[i]: articles[i].outlet.name for i in order},
        kinds={ids[i]: articles[i].kind for i in order},
        themes=themes,
        fallback_paragraphs=prose.fallback_paragraphs,
        credit_rate=credit_rate,
    )
    if story_times is None:
        return corpus
    versions = {ids[i]: ids[a.version_of] for i, a in enumerate(articles) if a.version_of is not None}
    quoted = {ids[i] for i, a in enumerate(articles) if a.quoted}
    truth = provenance_truth(corpus, tracked, quoted, versions, story_times)
    return replace(corpus, provenance=True, versions=versions, **truth)


# --------------------------------------------------------------------------------------------------------
# Generators


def _check_int(name: str, value: object, lo: int, hi: int = 10**9) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        msg = f"{name} must be an integer in [{lo}, {hi}], got {value!r}"
        raise ConfigError(msg)


def _check_range(name: str, value: tuple[int, int], lo: int) -> None:
    ok = isinstance(value, tuple) and len(value) == 2 and all(type(v) is int for v in value)
    if not ok or not lo <= value[0] <= value[1]:
        msg = f"{name} must be a (min, max) tuple of integers with {lo} <= min <= max, got {value!r}"
        raise ConfigError(msg)


def _agencies(rng: random.Random, n_agencies: int) -> list[_Outlet]:
    return [
        _Outlet(name, host, _theme(rng, f"agency-{name}"), rng.random() < 0.3, _staff(rng))
        for name, host in _AGENCIES[:n_agencies]
    ]


def _outlet_sizes(rng: random.Random, n_outlets: int, n_articles: int, bounds: tuple[int, int]) -> list[int]:
    lo, hi = bounds
    weights = [rng.uniform(0.4, 1.6) for _ in range(n_outlets)]
    total = sum(weights)
    sizes = [min(hi, max(lo, round(n_articles * w / total))) for w in weights]
    while sum(sizes) < n_articles:
        sizes[rng.choice([i for i, s in enumerate(sizes) if s < hi])] += 1
    while sum(sizes) > n_articles:
        sizes[rng.choice([i for i, s in enumerate(sizes) if s > lo])] -= 1
    return sizes


def scrape_corpus(
    seed: int = 0,
    *,
    n_outlets: int = 8,
    n_articles: int = 300,
    outlet_size: tuple[int, int] = (5, 60),
    n_stories: int = 45,
    copies: tuple[int, int] = (1, 5),
    n_agencies: int = 4,
    wire_originals: float = 0.5,
    independent: tuple[int, int] = (0, 2),
    n_themes: int | None = None,
    words_per_article: int = 350,
    declare_sources: bool = False,
    urls: bool = False,
    msrp: str | Path | None = None,
    name: str = "scrape",
    credits: float | None = None,
    provenance: bool = False,
    versions: float | None = None,
) -> ScrapeCorpus:
    """A scrape of ``n_outlets`` outlets with ``n_articles`` articles between them (``outlet_size`` each).

    ``n_stories`` wire stories from ``n_agencies`` agencies are each reprinted by ``copies`` distinct
    outlets (fewer when the outlets are full) and written up independently by ``independent`` others;
    each story's agency page is in the corpus with probability ``wire_originals`` (agency pages come on
    top of ``n_articles``). ``n_themes=None`` gives every outlet its own furniture; ``n_themes=k`` puts the
    outlets on ``k`` shared CMS themes (furniture equal up to the outlet's name and dates). Dates fall in
    March-April 2024.

    ``credits`` (off by default: ``None`` gives the corpus byte for byte as before) is the probability
    that an outlet credits the agency of a story it reprints, with one credit of a realistic form where
    outlets put it (module docstring); drawn from a random stream of its own, so the corpus is the one
    made without ``credits`` but for the credits' text. The truth is :attr:`StoryCopy.credits`.

    ``provenance=True`` (off by default) dates every document to the second (ISO 8601 datetime in UTC:
    the agency's page at the story's publication, each copy 10 minutes to 40 hours later), declares
    every document's outlet as its ``source`` (the agency's page: the agency's canonical name), makes
    the copy desk's edits the exact word edits of :mod:`~syndetect.testing.scrape_truth` instead of a
    house quote style, and fills the provenance truth (:attr:`ScrapeCorpus.relations`,
    :attr:`~ScrapeCorpus.statuses`, :attr:`~ScrapeCorpus.edits`, :attr:`~ScrapeCorpus.outlet_stats`,
    ...). ``versions`` (needs ``provenance``) is the probability that an outlet republishes an article
    (not an agency page) as an update a few hours later: up to three words edited, a paragraph added.
    Their random draws come from a stream of their own, but the edits replace the copy desk's draws,
    so the corpus is not the one made without them.
    """
    _check_int("n_outlets", n_outlets, 1)
    _check_range("outlet_size", outlet_size, 1)
    _check_int("n_articles", n_articles, n_outlets * outlet_size[0], n_outlets * outlet_size[1])
    _check_int("n_stories", n_stories, 0)
    _check_range("copies", copies, 0)
    _check_range("independent", independent, 0)
    _check_int("n_agencies", n_agencies, 1, len(_AGENCIES))
    _check_int("words_per_article", words_per_article, 100)
    if n_themes is not None:
        _check_int("n_themes", n_themes, 1, n_outlets)
    if not isinstance(wire_originals, (int, float)) or not 0.0 <= wire_originals <= 1.0:
        msg = f"wire_originals must be a number in [0, 1], got {wire_originals!r}"
        raise ConfigError(msg)
    if credits is not None and (
        isinstance(credits, bool) or not isinstance(credits, (int, float)) or not 0.0 <= credits <= 1.0
    ):
        msg = f"credits must be None or a number in [0, 1], got {credits!r}"
        raise ConfigError(msg)
    if versions is not None and (
        isinstance(versions, bool) or not isinstance(versions, (int, float)) or not 0.0 <= versions <= 1.0
    ):
        msg = f"versions must be None or a number in [0, 1], got {versions!r}"
        raise ConfigError(msg)
    if versions is not None and not provenance:
        msg = "versions needs provenance=True (a version is dated after the article it updates)"
        raise ConfigError(msg)
    credit = None if credits is None else (random.Random(f"syndetect-scrape-credits:{seed}"), float(credits))
    rng = random.Random(f"syndetect-scrape:{seed}")
    prose = _Prose(seed, Path(msrp) if msrp is not None else None)
    clock = _Clock(random.Random(f"syndetect-scrape-provenance:{seed}")) if provenance else None
    planner = Planner(clock.rng, prose.vocab) if clock is not None else None
    agencies = _agencies(rng, n_agencies)
    names = _outlet_names(rng, n_outlets, {a.name for a in agencies})
    shared_themes = [_theme(rng, f"theme-{k}") for k in range(n_themes or 0)]
    outlets = [
        _Outlet(
            oname,
            host,
            shared_themes[k % len(shared_themes)] if shared_themes else _theme(rng, f"outlet-{k}"),
            rng.random() < 0.5,
            _staff(rng),
        )
        for k, (oname, host) in enumerate(names)
    ]
    capacity = _outlet_sizes(rng, n_outlets, n_articles, outlet_size)
    first_day = 60  # 1 March 2024

    articles: list[_Article] = []
    stories: list[_Story] = []
    for s in range(n_stories):
        day = first_day + rng.randrange(60)
        story = _new_story(
            rng,
            prose,
            f"story{s:03d}",
            rng.choice(agencies),
            day,
            _body_words(rng, words_per_article),
            dashes=provenance,
        )
        stories.append(story)
        published = clock.story(story) if clock is not None else 0
        if rng.random() < wire_originals:
            articles.append(_wire_article(prose, rng, story))
            if clock is not None:
                clock.at(articles[-1], published, unique=False)  # the story's own time
        open_outlets = [k for k in range(n_outlets) if capacity[k] > 0]
        chosen = rng.sample(open_outlets, min(rng.randint(*copies), len(open_outlets)))
        for k in chosen:
            capacity[k] -= 1
            kind = rng.choices(KINDS, weights=_KIND_WEIGHTS)[0]
            articles.append(
                _derive(
                    rng, prose, story, kind, outlets[k], day + rng.randint(0, 1), prose.n_topics, credit,
                    planner,
                )
            )
            if clock is not None:
                clock.at(articles[-1], published + clock.delay())
        open_outlets = [k for k in range(n_outlets) if capacity[k] > 0 and k not in chosen]
        for k in rng.sample(open_outlets, min(rng.randint(*independent), len(open_outlets))):
            capacity[k] -= 1
            n_words = _body_words(rng, words_per_article)
            articles.append(
                _own_article(
                    rng, prose, outlets[k], "independent", story.topic, day + rng.randint(0, 2), n_words
                )
            )
            if clock is not None:
                clock.at(articles[-1], clock.daytime(articles[-1].day))
    for k, outlet in enumerate(outlets):
        for _ in range(capacity[k]):
            topic = rng.randrange(prose.n_topics)
            day = first_day + rng.randrange(60)
            articles.append(
                _own_article(rng, prose, outlet, "own", topic, day, _body_words(rng, words_per_article))
            )
            if clock is not None:
                clock.at(articles[-1], clock.daytime(day))
    if clock is not None and planner is not None and versions:
        for i in range(len(articles)):
            orig = articles[i]
            if orig.kind != "wire" and clock.rng.random() < versions:
                when = clock.unique((orig.when or 0) + clock.rng.randrange(3600, 18 * 3600))
                articles.append(_version(clock.rng, prose, planner, articles, i, when))
    return _build(
        name,
        seed,
        rng,
        prose,
        articles,
        stories,
        declare_sources=declare_sources,
        urls=urls,
        credit_rate=None if credit is None else credit[1],
        story_times=clock.stories if clock is not None else None,
    )


class _Clock:
    """Publication times for the ``provenance`` option (seconds since :data:`EPOCH`, unique in the
    corpus so that a family's earliest member is never a tie), from its own random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[int] = set()
        self.stories: dict[str, int] = {}

    def unique(self, when: int) -> int:
        while when in self.used:
            when += 1
        self.used.add(when)
        return when

    def story(self, story: _Story) -> int:
        """The agency publishes the story on its day, between 05:00 and 21:00."""
        when = self.unique(story.day * 86400 + self.rng.randrange(5 * 3600, 21 * 3600))
        self.stories[story.id] = when
        return when

    def delay(self) -> int:
        """A copy's delay after the agency: mostly within 3 hours, some within 12, a few up to 40."""
        lo, hi = self.rng.choices(((0.17, 3.0), (3.0, 12.0), (12.0, 40.0)), weights=(0.5, 0.35, 0.15))[0]
        return round(3600 * self.rng.uniform(lo, hi))

    def daytime(self, day: int) -> int:
        return day * 86400 + self.rng.randrange(6 * 3600, 23 * 3600)

    def at(self, art: _Article, when: int, *, unique: bool = True) -> None:
        art.when = self.unique(when) if unique else when
        art.day = art.when // 86400


def wide_story(
    seed: int = 0,
    *,
    n_outlets: int = 60,
    wire_original: bool = True,
    words: int = 500,
    declare_sources: bool = False,
    urls: bool = False,
    msrp: str | Path | None = None,
    name: str | None = None,
) -> ScrapeCorpus:
    """One wire story carried by ``n_outlets`` outlets, each page with a one-line header and footer.

    Copies are ``reprint`` (3 in 4) or ``trimmed``, with the copy-desk edits of :func:`scrape_corpus`;
    with ``wire_original`` the agency's own page (its full furniture) is in the corpus too.
    """
    _check_int("n_outlets", n_outlets, 1)
    _check_int("words", words, 100)
    rng = random.Random(f"syndetect-scrape-wide:{seed}")
    prose = _Prose(seed, Path(msrp) if msrp is not None else None)
    agency = _agencies(rng, 1)[0]
    names = _outlet_names(rng, n_outlets, {agency.name})
    outlets = [
        _Outlet(oname, host, _one_line_theme(rng, f"outlet-{k}"), rng.random() < 0.5, _staff(rng))
        for k, (oname, host) in enumerate(names)
    ]
    day = 60 + rng.randrange(60)
    story = _new_story(rng, prose, "story000", agency, day, words)
    articles = [_wire_article(prose, rng, story)] if wire_original else []
    for outlet in outlets:
        kind = rng.choices(("reprint", "trimmed"), weights=(0.75, 0.25))[0]
        articles.append(_derive(rng, prose, story, kind, outlet, day + rng.randint(0, 1), prose.n_topics))
    corpus_name = name or f"wide-{n_outlets}"
    return _build(
        corpus_name, seed, rng, prose, articles, [story], declare_sources=declare_sources, urls=urls
    )


def identical_files(
    seed: int = 0,
    *,
    n_files: int = 3000,
    words: int = 500,
    declare_sources: bool = False,
    urls: bool = False,
    msrp: str | Path | None = None,
    name: str | None = None,
) -> ScrapeCorpus:
    """``n_files`` byte-identical files of one story (headline and paragraphs, no furniture).

    Each file is a copy of kind ``identical`` whose planted text is the whole file (the headline counts
    as the story's first paragraph). Each file has its own outlet (a text pushed to many sites verbatim),
    declared as ``source`` only with ``declare_sources``.
    """
    _check_int("n_files", n_files, 1)
    _check_int("words", words, 100)
    rng = random.Random(f"syndetect-scrape-identical:{seed}")
    prose = _Prose(seed, Path(msrp) if msrp is not None else None)
    topic = rng.randrange(prose.n_topics)
    paras = [prose.headline(rng, topic), *prose.paragraphs(rng, words, topic, False)]
    text, spans = _assemble([("", p, "") for p in paras])
    names = _outlet_names(rng, n_files, set())
    day = 60 + rng.randrange(60)
    m, _ = _day(day)
    slots_order = list(range(n_files))
    rng.shuffle(slots_order)
    ids = [f"doc{s:05d}" for s in slots_order]
    order = sorted(range(n_files), key=slots_order.__getitem__)
    documents = []
    for i in order:
        oname, host = names[i]
        url = f"https://www.{host}/{_YEAR}/{m:02d}/{_slug(paras[0])}" if urls else None
        documents.append(Document(ids[i], text, oname if declare_sources else None, _iso(day), url))
    copy_spans = tuple((s, e, 0) for s, e in spans)
    zeros = (0,) * len(paras)
    copies = tuple(
        sorted(
            (
                StoryCopy(ids[i], "story000", "identical", 0, len(paras), copy_spans, zeros)
                for i in range(n_files)
            ),
            key=lambda c: c.doc,
        )
    )
    return ScrapeCorpus(
        name=name or f"identical-{n_files}",
        seed=seed,
        documents=documents,
        copies=copies,
        story_words={"story000": tuple(p.count(" ") + 1 for p in paras)},
        furniture={d.id: () for d in documents},
        slots={d.id: () for d in documents},
        outlets={ids[i]: names[i][0] for i in order},
        kinds={d.id: "identical" for d in documents},
        themes={},
        fallback_paragraphs=prose.fallback_paragraphs,
    )


def preset(
    name: str,
    seed: int,
    *,
    declare_sources: bool = False,
    urls: bool = False,
    msrp: str | Path | None = None,
) -> ScrapeCorpus:
    """A named corpus of the evaluation (:data:`PRESETS`, :data:`CREDIT_PRESETS`,
    :data:`PROVENANCE_PRESETS`).

    - ``scrape-8``: the issue's measured case, 300 articles of 8 outlets (5-60 each, own furniture),
      45 wire stories in 1-5 outlets each, half the agency pages present.
    - ``templates-12``: 300 articles of 12 outlets on 3 shared CMS themes, otherwise as ``scrape-8``.
    - ``credits-8``: ``scrape-8`` (the same corpus but for the credits) with ``credits=0.6``: each
      reprint credits its agency with probability 0.6, as a dated dateline (0.4), an attribution line
      (0.3) or a sign-off (0.3); every document is dated (the agency's page on the story's day, copies
      that day or the next), so a family's origin is known.
    - ``provenance-8``: sized as ``credits-8`` (8 outlets, 300 articles, 45 wire stories, credits
      0.6) with ``provenance=True`` and ``versions=0.1``: datetimes, declared sources, exact word
      edits, about 30 versions on top, and the provenance truth (``declare_sources`` is implied).
    - ``wide-60``, ``wide-500``: :func:`wide_story` with 60 or 500 outlets.
    - ``identical-3000``: :func:`identical_files` with 3,000 files.
    """
    src, url = declare_sources, urls
    if name in ("scrape-8", "templates-12", "credits-8"):
        n_outlets, n_themes = (12, 3) if name == "templates-12" else (8, None)
        credits = CREDIT_RATE if name == "credits-8" else None
        return scrape_corpus(
            seed,
            n_outlets=n_outlets,
            n_themes=n_themes,
            declare_sources=src,
            urls=url,
            msrp=msrp,
            name=name,
            credits=credits,
        )
    if name == "provenance-8":
        return scrape_corpus(
            seed,
            n_outlets=8,
            urls=url,
            msrp=msrp,
            name=name,
            credits=CREDIT_RATE,
            provenance=True,
            versions=VERSION_RATE,
        )
    if name in ("wide-60", "wide-500"):
        n = int(name.split("-")[1])
        return wide_story(seed, n_outlets=n, declare_sources=src, urls=url, msrp=msrp, name=name)
    if name == "identical-3000":
        return identical_files(seed, n_files=3000, declare_sources=src, urls=url, msrp=msrp, name=name)
    msg = f"unknown preset {name!r}; choose one of {', '.join(PRESETS + CREDIT_PRESETS + PROVENANCE_PRESETS)}"
    raise ConfigError(msg)
