"""Planted word edits with exact positions, and the provenance truth of a generated scrape.

:func:`syndetect.testing.scrape.scrape_corpus` with ``provenance=True`` writes every copied wire
paragraph (and every paragraph of an article that is later republished as a version) as a
:class:`Para`: the reference words (the agency's text, or the article as first published) and the
edits planted on them. :class:`Planner` plants the edits; :func:`provenance_truth` turns the plants,
the dates and the credits into the truth fields of a :class:`~syndetect.testing.scrape.ScrapeCorpus`.

**Planted edits.** Words are the tokens of ``paragraph.split(" ")``. An edit is one of
:data:`EDIT_KINDS`: ``insert`` (1-2 new words), ``delete`` (1-2 consecutive plain lower-case words),
``substitute`` (1-2 consecutive plain lower-case words replaced by as many others) or
``typographic`` (one word rewritten in its typography only: straight <-> curly quotes or apostrophes,
``U.S.`` -> ``US`` for a dotted acronym, en <-> em dash inside a word). New words never occur in the
paragraph already. Between two edits of one paragraph stay at least :data:`GAP` unchanged words,
counted over every copy of a story (the planner keeps one register per story paragraph, so a copy's
edits never touch or neighbour another copy's), and no edit falls within :data:`MARGIN` words of a
paragraph's edges; so a word diff of any two copies recovers each edit exactly, one
:class:`~syndetect.types.Edit` per edit, with the same kind and word count.

**The truth** (the definitions of :class:`~syndetect.types.PairRelation`,
:class:`~syndetect.types.MemberAttribution`, :class:`~syndetect.types.OutletStats` and
:class:`~syndetect.types.EditSummary`, computed from what was planted):

- *families*: :meth:`ScrapeCorpus.families` (copies of one story linked by overlapping paragraph
  ranges; an own article and its version). A family's *source document* is the agency's own page
  when it is a member, else the earliest member by date.
- *pair relation*, per truth pair: ``"version"`` when both documents have one outlet (``source``),
  else ``"quote"`` when, in either document, more than half of the shared words are inside quotation
  marks (an embedded copy set in quotation marks, or quoted speech in the wire text; a quotation
  opens at ``"`` or ``“`` and closes at the next ``"`` or ``”`` of its paragraph), else ``"copy"``.
- *member status*, per member of a family: ``"source"`` for the agency's page, and for the earliest
  member of a family that has no agency page and no member crediting the agency; ``"credited"``
  for a member that credits the story's agency (:attr:`StoryCopy.credited`); else ``"uncredited"``.
- *edits*, per member that shares text with its family's source document: the diff of its planted
  paragraphs against the source's over the paragraphs both carry (for an own article's version,
  every paragraph of the original), as :class:`~syndetect.types.Edit` s with raw offsets in both.
- *copied spans*, per document: the union of its spans of the planted passages (paragraph-aligned,
  :meth:`ScrapeCorpus.planted_for`) it shares by a ``"copy"`` relation (so never with its own
  versions, never a quotation); the agency's own page carries its own text and copies none.
- *delays*: per story copy, hours from the agency's publication of the story to the copy's date.
- *outlets*: per outlet, an :class:`~syndetect.types.OutletStats`: its documents and characters,
  its copied documents (copied spans not empty) and characters, those crediting the agency or
  not, the copied characters per origin (the story's agency, canonical name), and the median of
  each copied document's date minus its family source's date (the source itself left out).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..types import Edit, OriginShare, OutletStats
from .synthetic import PlantedPassage

if TYPE_CHECKING:
    from .scrape import ScrapeCorpus

__all__ = [
    "EDIT_KINDS",
    "GAP",
    "MARGIN",
    "Para",
    "Planner",
    "edit_counts",
    "provenance_truth",
    "quoted_words",
    "typographic_variant",
    "wire_dashes",
]

EDIT_KINDS = ("insert", "delete", "substitute", "typographic")
"""The kinds of planted edit, as :attr:`syndetect.types.Edit.kind`."""

GAP = 5
"""Unchanged words kept between two planted edits of one paragraph (over every copy of a story)."""

MARGIN = 5
"""Words at each edge of a paragraph that are never edited (a passage may start or end there)."""

EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
"""Times (``when``) are seconds since this instant."""

_EDIT_WEIGHTS = (0.25, 0.25, 0.3, 0.2)
_OPS = {"reprint": (2, 6), "trimmed": (1, 4), "localised": (1, 3), "embedded": (0, 2), "version": (1, 3)}
"""Planted edits per copy of each kind (and per version of an article), inclusive range."""
_FOLD = str.maketrans("“”‘’–—", "\"\"''--", ".")
_STRAIGHT = str.maketrans("“”’", "\"\"'")
_DASHES = str.maketrans("–—", "—–")
_ACRONYM = re.compile(r"((?:[A-Z]\.){2,})(\W*)")
_QUOTES = "\"“”'’"
_DOUBLE_DASH = re.compile(r"(?<=\w)(?: -- |--)(?=\w)")
_DIGIT_RANGE = re.compile(r"\b(\d+)-(\d+)\b")


def wire_dashes(text: str) -> str:
    """A wire's dashes: a dash between words (``--``, spaced or not) as a closed-up em dash
    (``plan—which``), a hyphen between digits (a score, a range) as an en dash (``6–2``)."""
    return _DIGIT_RANGE.sub("\\1–\\2", _DOUBLE_DASH.sub("—", text))


def typographic_class(token: str) -> str | None:
    """What :func:`typographic_variant` rewrites in ``token``: ``"acronym"``, ``"quote"``,
    ``"apostrophe"``, ``"dash"``, or ``None``."""
    variant = typographic_variant(token)
    if variant is None:
        return None
    if _ACRONYM.fullmatch(token):
        return "acronym"
    if any(ch in "\"“”" for ch in token):
        return "quote"
    return "apostrophe" if any(ch in "'’" for ch in token) else "dash"


def typographic_variant(token: str) -> str | None:
    """The token rewritten in its typography only (``None`` when it has nothing to rewrite): a dotted
    acronym loses its dots (``U.S.,`` -> ``US,``), else quotes and apostrophes swap between straight
    and curly, else an en dash inside a word becomes an em dash and the other way round."""
    m = _ACRONYM.fullmatch(token)
    if m:
        return m.group(1).replace(".", "") + m.group(2)
    if not any(ch.isalnum() for ch in token):
        return None
    if any(ch in _QUOTES for ch in token):
        if any(ch in "“”’" for ch in token):
            out = token.translate(_STRAIGHT)
        else:
            chars = ["“" if ch == '"' and k == 0 else "”" if ch == '"' else "’" if ch == "'" else ch
                     for k, ch in enumerate(token)]
            out = "".join(chars)
        return out if out != token else None
    if "–" in token or "—" in token:
        return token.translate(_DASHES)
    return None


def _typographic(a: str, b: str) -> bool:
    return a != b and a.translate(_FOLD) == b.translate(_FOLD)


def _plain(token: str) -> bool:
    return token.isalpha() and token.islower()


@dataclass
class Para:
    """A paragraph as edits planted on reference words: ``out[i]`` is what is written for reference
    word ``i`` (``None``: deleted), ``ins[g]`` the words inserted before reference word ``g``
    (``g == len(ref)``: at the end); ``kinds`` records each edit as ``(first, last + 1, kind)`` over
    reference positions (an insert at gap ``g`` is ``(g, g, "insert")``)."""

    key: tuple[str, ...]
    ref: tuple[str, ...]
    out: list[str | None]
    ins: dict[int, tuple[str, ...]] = field(default_factory=dict)
    kinds: list[tuple[int, int, str]] = field(default_factory=list)

    @classmethod
    def of(cls, key: tuple[str, ...], text: str) -> Para:
        ref = tuple(text.split(" "))
        return cls(key, ref, list(ref))

    def clone(self) -> Para:
        return Para(self.key, self.ref, list(self.out), dict(self.ins), list(self.kinds))

    def tokens(self) -> list[tuple[str, int, bool]]:
        """The written words in order: ``(word, reference position or gap, inserted)``."""
        out: list[tuple[str, int, bool]] = []
        for g in range(len(self.ref) + 1):
            out += [(w, g, True) for w in self.ins.get(g, ())]
            if g < len(self.ref) and self.out[g] is not None:
                out.append((self.out[g] or "", g, False))
        return out

    def text(self) -> str:
        return " ".join(w for w, _, _ in self.tokens())

    def changed_words(self) -> int:
        """Words inserted, deleted or substituted (typographic rewrites left out)."""
        n = 0
        for a, b, kind in self.kinds:
            n += len(self.ins[a]) if kind == "insert" else 0 if kind == "typographic" else b - a
        return n

    def layout(self) -> tuple[list[tuple[int, int] | None], dict[int, tuple[int, int]], list[int]]:
        """Character spans in :meth:`text`: of each reference word as written (``None`` when deleted),
        of each gap's inserted words, and the anchor of each gap (where an insertion there starts)."""
        words: list[tuple[int, int] | None] = [None] * len(self.ref)
        inserted: dict[int, tuple[int, int]] = {}
        anchors = [0] * (len(self.ref) + 1)
        pos = 0
        first = True
        for g in range(len(self.ref) + 1):
            anchors[g] = pos if first else pos + 1
            run = self.ins.get(g, ())
            for k, w in enumerate(run):
                start = pos if first else pos + 1
                if k == 0:
                    inserted[g] = (start, start)
                pos, first = start + len(w), False
                inserted[g] = (inserted[g][0], pos)
            if g < len(self.ref) and self.out[g] is not None:
                start = pos if first else pos + 1
                word = self.out[g] or ""
                words[g] = (start, start + len(word))
                pos, first = start + len(word), False
        return words, inserted, anchors


class Planner:
    """Plants edits on paragraphs, at least :data:`GAP` unchanged words apart within each register
    (one per story paragraph or article paragraph, ``Para.key``), from its own random stream."""

    def __init__(self, rng: random.Random, vocab: Sequence[str]) -> None:
        self.rng = rng
        self.words = [w for w in vocab[60:5000] if _plain(w)] or [w for w in vocab if _plain(w)]
        self.taken: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)

    def _free(self, key: tuple[str, ...], a: int, b: int, n: int) -> bool:
        if a < MARGIN or n - b < MARGIN:
            return False
        return all((c - b >= GAP) if b <= c else (a - d >= GAP) if d <= a else False
                   for c, d in self.taken[key])

    def _new_words(self, para: Para, k: int) -> tuple[str, ...]:
        avoid = set(para.ref) | {w for w in para.out if w} | {w for r in para.ins.values() for w in r}
        out: list[str] = []
        for _ in range(200):
            w = self.rng.choice(self.words)
            if w not in avoid and w not in out:
                out.append(w)
                if len(out) == k:
                    return tuple(out)
        return tuple(out)

    def plant(self, para: Para, kind: str, words: int = 1) -> bool:
        """Plant one edit of ``kind`` (``words`` words, typographic: 1) at a random free place;
        ``False`` when the paragraph has none."""
        n = len(para.ref)
        if kind == "insert":
            spots = [(g, g) for g in range(n + 1) if self._free(para.key, g, g, n)]
        elif kind == "typographic":  # a kind of typography first (apostrophes would crowd out dashes)
            by_class: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for i in range(n):
                cls = typographic_class(para.ref[i])
                if cls and para.out[i] == para.ref[i] and self._free(para.key, i, i + 1, n):
                    by_class[cls].append((i, i + 1))
            spots = by_class[self.rng.choice(sorted(by_class))] if by_class else []
        else:
            spots = [(i, i + words) for i in range(n - words + 1)
                     if all(para.out[j] == para.ref[j] and _plain(para.ref[j]) for j in range(i, i + words))
                     and self._free(para.key, i, i + words, n)]
        if not spots:
            return False
        a, b = self.rng.choice(spots)
        if kind == "insert":
            new = self._new_words(para, words)
            if len(new) < words:
                return False
            para.ins[a] = new
        elif kind == "delete":
            for j in range(a, b):
                para.out[j] = None
        elif kind == "substitute":
            new = self._new_words(para, words)
            if len(new) < words:
                return False
            for j, w in zip(range(a, b), new, strict=True):
                para.out[j] = w
        else:
            para.out[a] = typographic_variant(para.ref[a])
        para.kinds.append((a, b, kind))
        self.taken[para.key].append((a, b))
        return True

    def edit(self, paras: Sequence[Para], kind: str, *, typographic: bool = True) -> None:
        """Plant the edits of one copy of ``kind`` (or ``"version"``) on its paragraphs."""
        if not paras:
            return
        lo, hi = _OPS[kind]
        kinds = EDIT_KINDS if typographic else EDIT_KINDS[:3]
        weights = _EDIT_WEIGHTS[: len(kinds)]
        for _ in range(self.rng.randint(lo, hi)):
            op = self.rng.choices(kinds, weights=weights)[0]
            words = 1 if op == "typographic" else self.rng.choice((1, 1, 2))
            for _ in range(4):  # a paragraph without room: try another
                if self.plant(self.rng.choice(list(paras)), op, words):
                    break

    def copy(self, story: str, paras: Sequence[str], lo: int, hi: int, kind: str) -> list[Para]:
        """Wire paragraphs ``lo .. hi-1`` of ``story`` as one copy of ``kind`` writes them."""
        out = [Para.of(("story", story, str(j)), paras[j]) for j in range(lo, hi)]
        self.edit(out, kind)
        return out


def diff(src: Para, src_start: int, dst: Para, dst_start: int) -> list[Edit]:
    """The edits from ``src`` to ``dst`` (two writings of one reference paragraph starting at those
    raw offsets of their documents), in order; adjacent changes of one kind make one edit."""
    if src.ref != dst.ref:
        msg = f"diff of paragraphs with different reference words: {src.key} and {dst.key}"
        raise ValueError(msg)
    s_words, s_ins, s_anchor = src.layout()
    d_words, d_ins, d_anchor = dst.layout()
    raw: list[tuple[str, int, int, int, int, int, int]] = []  # kind, ref pos, src span, dst span, words
    for g in range(len(src.ref) + 1):
        a, b = src.ins.get(g, ()), dst.ins.get(g, ())
        if a != b:
            kind = "insert" if not a else "delete" if not b else "substitute"
            s_run = s_ins.get(g, (s_anchor[g], s_anchor[g]))
            d_run = d_ins.get(g, (d_anchor[g], d_anchor[g]))
            raw.append((kind, 2 * g, *s_run, *d_run, max(len(a), len(b))))
        if g == len(src.ref):
            break
        x, y = src.out[g], dst.out[g]
        if x == y:
            continue
        s_span = s_words[g] or (s_anchor[g + 1], s_anchor[g + 1])
        d_span = d_words[g] or (d_anchor[g + 1], d_anchor[g + 1])
        if x is None:
            kind = "insert"
        elif y is None:
            kind = "delete"
        else:
            kind = "typographic" if _typographic(x, y) else "substitute"
        raw.append((kind, 2 * g + 1, *s_span, *d_span, 1))
    out: list[Edit] = []
    last = -10
    for kind, pos, ss, se, ds, de, words in raw:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == kind and pos == last + 2 and kind != "typographic":
            out[-1] = Edit(kind, prev.source_start, src_start + se, prev.copy_start, dst_start + de,
                           prev.words + words)
        else:
            out.append(Edit(kind, src_start + ss, src_start + se, dst_start + ds, dst_start + de, words))
        last = pos
    return out


def edit_counts(edits: Sequence[Edit]) -> dict[str, int]:
    """Words per edit kind (every kind of :data:`EDIT_KINDS`, zeros included)."""
    counts = dict.fromkeys(EDIT_KINDS, 0)
    for e in edits:
        counts[e.kind] += e.words
    return counts


def quoted_words(text: str, inside: bool = False) -> tuple[int, int]:
    """``(words inside quotation marks, words)`` of one paragraph: a quotation opens at ``"`` or
    ``“`` and closes at the next ``"`` or ``”``; ``inside`` starts the paragraph inside one (it is
    all inside a planted quotation)."""
    if inside:
        n = sum(1 for w in text.split() if any(ch.isalnum() for ch in w))
        return n, n
    quoted = total = 0
    state = False
    for word in text.split():
        k = 0
        while k < len(word) and word[k] in "\"“”":
            state = word[k] != "”" and (not state or word[k] == "“")
            k += 1
        if any(ch.isalnum() for ch in word):
            total += 1
            quoted += state
        for ch in word[k:]:
            if ch in "\"“”":
                state = ch == "“" or (ch == '"' and not state)
    return quoted, total


def _when(date: str | None) -> int:
    if date is None:
        msg = "provenance truth needs every document dated"
        raise ValueError(msg)
    return int((dt.datetime.fromisoformat(date) - EPOCH).total_seconds())


def _union(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        elif e > s:
            out.append((s, e))
    return tuple(out)


def provenance_truth(
    corpus: ScrapeCorpus,
    paras: dict[str, dict[int, tuple[Para, int]]],
    quoted: set[str],
    versions: dict[str, str],
    story_times: dict[str, int],
) -> dict[str, Any]:
    """The truth fields of ``corpus`` (:class:`~syndetect.testing.scrape.ScrapeCorpus` keyword
    arguments, see the module docstring). ``paras``: per document its planted paragraphs with their
    raw starts, by story paragraph index for a story copy or the agency's page, by paragraph index
    for an own article that has a version and for that version; ``quoted``: documents whose copy is
    set in quotation marks; ``versions``: version -> the article it updates; ``story_times``: story
    -> the agency's publication time (seconds since :data:`EPOCH`)."""
    docs = {d.id: d for d in corpus.documents}
    when = {d: _when(doc.date) for d, doc in docs.items()}
    outlet = {d: doc.source or corpus.outlets[d] for d, doc in docs.items()}
    version_passages = []  # an own article and its version share the original's paragraphs
    for v, o in sorted(versions.items()):
        if corpus.copies_of(o):
            continue  # a version of a story copy shares the story's paragraphs (StoryCopy)
        n = len(paras[o])
        (po, so), (pv, sv) = paras[o][n - 1], paras[v][n - 1]
        changed = sum(paras[v][k][0].changed_words() for k in range(n))
        words = sum(len(paras[o][k][0].ref) for k in range(n))
        ends = (so + len(po.text()), sv + len(pv.text()))
        starts = (paras[o][0][1], paras[v][0][1])
        version_passages.append(PlantedPassage(o, v, starts[0], ends[0], starts[1], ends[1], "reprint",
                                               words, changed))
    corpus = replace(corpus, version_passages=tuple(version_passages))
    wire = {c.doc for c in corpus.copies if c.kind == "wire"}

    def overlap(a: str, b: str) -> range:
        ca, cb = corpus.copies_of(a), corpus.copies_of(b)
        if ca and cb:
            return range(max(ca[0].lo, cb[0].lo), min(ca[0].hi, cb[0].hi))
        return range(min(len(paras[a]), len(paras[b])))

    def share_quoted(doc: str, rows: range) -> float:
        counts = [quoted_words(paras[doc][j][0].text(), doc in quoted) for j in rows]
        total = sum(t for _, t in counts)
        return sum(q for q, _ in counts) / total if total else 0.0

    relations: dict[tuple[str, str], str] = {}
    copied: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for p in corpus.iter_planted():
        a, b = min(p.a, p.b), max(p.a, p.b)
        if outlet[a] == outlet[b]:
            rel = "version"
        else:
            rows = overlap(a, b)
            quote = share_quoted(a, rows) > 0.5 or share_quoted(b, rows) > 0.5
            rel = "quote" if quote else "copy"
        relations[(a, b)] = rel
        if rel == "copy":
            for doc, s, e in ((p.a, p.a_start, p.a_end), (p.b, p.b_start, p.b_end)):
                if doc not in wire:
                    copied[doc].append((s, e))
    copied_spans = {d: _union(spans) for d, spans in copied.items()}

    family_sources: dict[str, str] = {}
    statuses: dict[str, str] = {}
    for fam in corpus.families():
        members = sorted(fam)
        pages = [m for m in members if m in wire]
        source = pages[0] if pages else min(members, key=lambda m: (when[m], m))
        credited = {m for m in members if any(c.credited for c in corpus.copies_of(m) if m not in wire)}
        for m in members:
            family_sources[m] = source
            if m == source and (pages or not credited):
                statuses[m] = "source"
            else:
                statuses[m] = "credited" if m in credited else "uncredited"

    edits: dict[str, tuple[Edit, ...]] = {}
    for m, source in family_sources.items():
        if m == source or not corpus.is_pair(m, source):
            continue
        edits[m] = tuple(e for j in overlap(m, source) for e in diff(*paras[source][j], *paras[m][j]))

    delays = {c.doc: (when[c.doc] - story_times[c.story]) / 3600.0 for c in corpus.copies if c.kind != "wire"}
    outlets = _outlet_stats(corpus, outlet, when, copied_spans, family_sources)
    return {"version_passages": corpus.version_passages, "relations": relations, "statuses": statuses,
            "family_sources": family_sources, "edits": edits, "copied_spans": copied_spans,
            "delays": delays, "outlet_stats": outlets}


def _outlet_stats(
    corpus: ScrapeCorpus,
    outlet: dict[str, str],
    when: dict[str, int],
    copied_spans: dict[str, tuple[tuple[int, int], ...]],
    family_sources: dict[str, str],
) -> dict[str, OutletStats]:
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for doc in corpus.documents:
        by_outlet[outlet[doc.id]].append(doc.id)
    out = {}
    for name, docs in by_outlet.items():
        chars = sum(len(corpus.text(d)) for d in docs)
        copied_docs = [d for d in docs if copied_spans.get(d)]
        origins: dict[str, list[int]] = {}  # agency -> documents, characters, credited
        delays: list[float] = []
        credited = 0
        for d in copied_docs:
            copy = corpus.copies_of(d)[0]
            n = sum(e - s for s, e in copied_spans[d])
            row = origins.setdefault(copy.agency, [0, 0, 0])
            row[0] += 1
            row[1] += n
            row[2] += int(copy.credited)
            credited += int(copy.credited)
            source = family_sources.get(d)
            if source is not None and source != d:
                delays.append((when[d] - when[source]) / 3600.0)
        out[name] = OutletStats(
            outlet=name,
            documents=len(docs),
            characters=chars,
            copied_documents=len(copied_docs),
            copied_characters=sum(e - s for d in copied_docs for s, e in copied_spans[d]),
            credited=credited,
            uncredited=len(copied_docs) - credited,
            origins=tuple(OriginShare(o, r[0], r[1], r[2]) for o, r in sorted(origins.items())),
            median_delay_hours=statistics.median(delays) if delays else None,
        )
    return out
