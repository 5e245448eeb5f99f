"""Attribution of shared text: which wire credit, if any, each document gives the passages it shares,
and which agency (or, failing one, which document) a family of syndicated texts comes from.

:func:`attribute` takes the documents that were scanned and the :class:`~syndetect.types.ScanResult`,
finds the credits of every document that appears in a pair (:func:`find_credits_batch`, once) and
then works per pair over its few passages, never per token.

**When a credit credits a passage.** In one document ``T`` a passage spans ``T[s:e]`` (half-open raw
offsets, as everywhere in syndetect); a credit ``c`` spans ``T[c.start:c.end]``. A *paragraph* is a
line: a line break (``\\n``, ``\\r``, U+2028, U+2029, U+0085) ends one, and a run of breaks with only
white space between them (a blank line) is one *break*. ``c`` credits the passage, with the
relation named in brackets, when one of these holds (checked in this order):

1. ``in``: ``c`` overlaps the passage (``c.start < e`` and ``c.end > s``): a credit quoted with the
   shared text, such as a dateline or ``(AFP)`` the copy kept. An ``attribution`` credit more than
   :data:`NEAR_CHARS` characters inside the passage at both ends (``..., he told Reuters.`` in the
   middle of the copied story) names a source of the story's facts, not of its text, and credits
   nothing.
2. ``before`` (the credit introduces the passage): ``c`` ends at or before ``s``, at most
   :data:`NEAR_CHARS` characters before it, with at most one break between them (``c`` is in the
   passage's paragraph or the one right before it), no sentence ends between them (``c``'s sentence
   runs into the passage), and ``c`` is a ``dateline``, ``attribution``, ``byline`` or ``newswire``
   credit (a sign-off or an inline ``(AFP)`` closes the text before it): ``Reuters reports:`` on
   the line before the passage, ``According to AFP,`` opening its sentence; not ``..., he told
   Reuters.`` closing the sentence before it.
3. ``dateline``: ``c`` is a ``dateline`` or ``newswire`` credit that opens the passage's paragraph,
   at any distance before ``s``: on the passage's own line (``BAGHDAD, Jan 5 (Reuters) - ...`` with
   the passage further on in that paragraph) or alone on the line right before it (the story's
   dateline when the passage starts the story).
4. ``after``: ``c`` starts at or after ``e``, at most :data:`NEAR_CHARS` characters after it, and is
   a ``signoff`` or ``inline`` credit with at most one break between them (``... he said. (AFP)``,
   ``-- Reuters`` on the next line), or an ``attribution`` closing the passage's own sentence (no
   break and no sentence end from the passage's last character to ``c``: ``..., Xinhua said.``).
5. ``end``: ``c`` is a ``signoff`` that closes the document (at most :data:`NEAR_CHARS` characters of
   page furniture follow it) and the passage runs to the end of the story: at most one break lies
   between ``e`` and ``c.start``, at any distance.

The agency credited is the credit's own: a credit never credits a passage for another agency. When
several credits credit one passage, the one for the family's source agency is reported if there is
one, then the first by relation (in the order above) and distance.

**A family's source.** When a member is an agency's own page (its outlet is one of the agency's
names), that agency is the source (the origin's, if the origin is such a page; else the first page's
in member order), whatever agencies its text names. Otherwise each member credits the agencies
credited on any of its passages in the family's pairs; the source agency is the one credited by the
most members, a tie going to the agency whose first crediting member comes first in
``Family.members`` (then the earlier credit in that member). The evidence is every credit of the
source agency that credits a passage, member by member in family order, by offset. A member is then
``source`` when it is the agency's own page, ``credited`` when one of its passages credits the source
agency or a credit of it lies within :data:`REACH` characters of one of its shared passages (a
dateline a paragraph above the copied text, a sign-off below it) or closes the text, and
``uncredited`` otherwise (a credit for another agency does not count for the family). When no
member credits any agency and none is an agency's page, the source is the family's origin document
(``Family.origin``, chosen by ``origin_reason``), that member is ``source`` and the others
``uncredited``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import CorpusError
from ..types import (
    Credit,
    Evidence,
    Family,
    FamilyAttribution,
    MemberAttribution,
    Pair,
    PassageCredit,
    ScanResult,
)
from ..workers.tasks import Executor
from .agencies import DEFAULT_AGENCIES, Agency
from .documents import NEAR_CHARS, REACH, document_facts
from .spans import BREAK, line_start, lines

__all__ = [
    "NEAR_CHARS",
    "RELATIONS",
    "Evidence",
    "FamilyAttribution",
    "MemberAttribution",
    "PassageCredit",
    "attribute_credits",
]

RELATIONS = ("in", "before", "dateline", "after", "end")
"""How a credit credits a passage, in the order they are checked and preferred."""

_BREAK = re.compile(BREAK.pattern + r"\s*")  # a break with the blank lines after it: one break
_INTRO_KINDS = frozenset({"dateline", "attribution", "byline", "newswire"})
_SENTENCE_END = re.compile(r"[\u3002\uff01\uff1f]|[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*(?:\s|$)")
"""A sentence end: a full stop, question or exclamation mark (and closing quotes or brackets) before
white space or the end, or a CJK full stop or mark."""
_AFTER_KINDS = frozenset({"signoff", "inline"})
_DATELINE_KINDS = frozenset({"dateline", "newswire"})


@dataclass(frozen=True, slots=True)
class _Found:
    credit: Credit
    relation: str
    distance: int


class _Text:
    """A document's text and its credits (sorted by start), with the look-ups the rules need."""

    def __init__(self, text: str, credits: tuple[Credit, ...]) -> None:
        self.text = text
        self.credits = credits
        self.starts = [c.start for c in credits]
        self.longest = max((c.end - c.start for c in credits), default=0)
        self.last = len(text.rstrip())  # where the text ends but for trailing white space

    def line_start(self, pos: int) -> int:
        return line_start(self.text, pos)

    def breaks(self, start: int, end: int) -> int:
        return len(_BREAK.findall(self.text, start, end))

    def closes(self, credit: Credit) -> bool:
        return self.last - credit.end <= NEAR_CHARS

    def found(self, s: int, e: int) -> list[_Found]:
        """Every credit that credits ``text[s:e]``, with its relation (module docstring)."""
        if not self.credits:
            return []
        line, prev_line = lines(self.text, s)
        lo = min(prev_line, s - NEAR_CHARS) - self.longest
        first = bisect.bisect_left(self.starts, lo)
        last = bisect.bisect_right(self.starts, e + NEAR_CHARS)
        window = list(self.credits[first:last])
        final = self.credits[-1]
        if final.kind == "signoff" and final not in window and self.closes(final):
            window.append(final)
        out = []
        for c in window:
            relation = self._relation(c, s, e, line, prev_line)
            if relation is not None:
                distance = max(0, s - c.end, c.start - e)
                out.append(_Found(c, relation, distance))
        return out

    def _relation(self, c: Credit, s: int, e: int, line: int, prev_line: int) -> str | None:
        if c.start < e and c.end > s:
            if c.kind == "attribution" and c.start - s > NEAR_CHARS and e - c.end > NEAR_CHARS:
                return None  # "..., he told Reuters." deep inside the copy: a source of the story's
                # facts, not of its text
            return "in"
        if c.end <= s:
            if (
                c.kind in _INTRO_KINDS
                and s - c.end <= NEAR_CHARS
                and self.breaks(c.end, s) <= 1
                and not _SENTENCE_END.search(self.text, c.end, s)
            ):
                return "before"
            if c.kind in _DATELINE_KINDS and (
                c.start >= line or (c.start >= prev_line and not self.text[c.end : line].strip())
            ):
                return "dateline"
            return None
        near = c.start - e <= NEAR_CHARS
        gap = self.breaks(e, c.start)
        runs_on = gap == 0 and not _SENTENCE_END.search(self.text, max(s, e - 1), c.start)
        if near and ((c.kind in _AFTER_KINDS and gap <= 1) or (c.kind == "attribution" and runs_on)):
            return "after"
        if c.kind == "signoff" and gap <= 1 and self.closes(c):
            return "end"
        return None


def _texts(texts: Mapping[str, str], result: ScanResult, agencies: Sequence[Agency],
           near: bool, jobs: int | Executor) -> tuple[dict[str, _Text], dict[str, list[tuple[int, int]]]]:
    """Each paired document's text with its credits, and its quotations."""
    sides: dict[str, list[tuple[int, int]]] = {}
    for pair in result.pairs:
        sides.setdefault(pair.a, []).extend((p.a_start, p.a_end) for p in pair.passages)
        sides.setdefault(pair.b, []).extend((p.b_start, p.b_end) for p in pair.passages)
    paired = list(sides)
    facts = document_facts([texts[d] for d in paired], [sides[d] for d in paired], agencies,
                           near=near, jobs=jobs)
    found = {d: _Text(texts[d], credits) for d, (credits, _) in zip(paired, facts, strict=True)}
    return found, {d: quotes for d, (_, quotes) in zip(paired, facts, strict=True)}


def _spans(pair: Pair, texts: dict[str, _Text], index: int) -> None:
    for k, p in enumerate(pair.passages):
        for doc, start, end in ((pair.a, p.a_start, p.a_end), (pair.b, p.b_start, p.b_end)):
            if not 0 <= start <= end <= len(texts[doc].text):
                raise CorpusError(
                    f"attribute: passage {k} of pair {index} ({pair.a!r}, {pair.b!r}) spans "
                    f"[{start}, {end}) in {doc!r}, whose text has {len(texts[doc].text)} characters; "
                    "pass the documents exactly as they were scanned"
                )


def _choose(found: list[_Found], agency: str | None) -> _Found:
    preferred = [f for f in found if f.credit.agency == agency] or found
    return min(preferred, key=lambda f: (RELATIONS.index(f.relation), f.distance, f.credit.start))


def _source(family: Family, by_member: dict[str, list[Credit]],
            page_agency: str | None) -> tuple[str | None, tuple[Evidence, ...]]:
    """``page_agency`` when an agency's own page is a member, else the agency credited by most
    members (ties: first crediting member, then earlier credit); with its evidence."""
    votes: dict[str, list[int]] = {}  # agency -> [members crediting it, first member's rank, its start]
    for rank, member in enumerate(family.members):
        credits = sorted(by_member.get(member, []), key=lambda c: c.start)
        for credit in credits:
            votes.setdefault(credit.agency, [0, rank, credit.start])
        for agency in {c.agency for c in credits}:
            votes[agency][0] += 1
    if not votes and page_agency is None:
        return None, ()
    agency = page_agency or min(votes, key=lambda a: (-votes[a][0], votes[a][1], votes[a][2]))
    evidence = tuple(
        Evidence(member, credit)
        for member in family.members
        for credit in sorted(set(by_member.get(member, [])), key=lambda c: (c.start, c.end, c.kind))
        if credit.agency == agency
    )
    return agency, evidence


def _names(agencies: Sequence[Agency]) -> dict[str, str]:
    """Every name of every agency, case-folded -> its canonical name: an outlet so named is the agency."""
    return {n.casefold(): a.name for a in agencies for n in (a.name, *a.aliases, *a.acronyms)}


def _page_agency(family: Family, outlets: Mapping[str, str | None], names: Mapping[str, str]) -> str | None:
    """The agency whose own page is a member (the origin's, when the origin is one; else the first
    page's in member order), or ``None``."""
    pages = [(m, names[o]) for m in family.members if (o := (outlets.get(m) or "").casefold()) in names]
    for member, agency in pages:
        if member == family.origin:
            return agency
    return pages[0][1] if pages else None


def _nearby(text: _Text, spans: list[tuple[int, int]], agency: str) -> Credit | None:
    """The first credit of ``agency`` in ``text`` within :data:`REACH` characters of one of ``spans``
    (the member's shared passages), or its sign-off closing the text."""
    for c in text.credits:
        if c.agency != agency:
            continue
        if any(max(0, s - c.end, c.start - e) <= REACH for s, e in spans) or (
            c.kind == "signoff" and text.closes(c)
        ):
            return c
    return None


def _family(family: Family, by_member: dict[str, list[Credit]], outlets: Mapping[str, str | None],
            names: Mapping[str, str], texts: Mapping[str, _Text],
            spans: Mapping[str, list[tuple[int, int]]]) -> FamilyAttribution:
    agency, evidence = _source(family, by_member, _page_agency(family, outlets, names))
    if agency is None:
        members = tuple(
            MemberAttribution(m, "source" if m == family.origin else "uncredited", None, None)
            for m in family.members
        )
        reason = f"no member credits an agency; the origin is the source ({family.origin_reason})"
        return FamilyAttribution(family.id, None, family.origin, (), members, reason)
    first = {e.doc_id: e.credit for e in reversed(evidence)}
    for m in family.members:
        if m not in first and m in texts:
            near = _nearby(texts[m], spans.get(m, []), agency)
            if near is not None:
                first[m] = near
    pages = [m for m in family.members if names.get((outlets.get(m) or "").casefold()) == agency]
    members = tuple(
        MemberAttribution(m, "source", agency, first.get(m))
        if m in pages
        else MemberAttribution(m, "credited", agency, first[m])
        if m in first
        else MemberAttribution(m, "uncredited", None, None)
        for m in family.members
    )
    reason = f"{agency} is credited by {len(first)} of {len(family.members)} members"
    if pages:
        reason += f"; {pages[0]} is {agency}'s own page"
    return FamilyAttribution(family.id, agency, pages[0] if pages else None, evidence, members, reason)


def attribute_credits(
    texts: Mapping[str, str],
    result: ScanResult,
    outlets: Mapping[str, str | None],
    *,
    agencies: Sequence[Agency] = DEFAULT_AGENCIES,
    near: bool = True,
    jobs: int | Executor = 1,
) -> tuple[dict[str, tuple[Credit, ...]], tuple[PassageCredit, ...], tuple[FamilyAttribution, ...],
           dict[str, list[tuple[int, int]]]]:
    """The credits of every document in a pair of ``result``, which of them credit each shared passage
    and where each family comes from (the rules, with :data:`NEAR_CHARS`, are in the module docstring).
    With ``near`` (the default) credits are looked for only where the rules can use them: around each
    shared passage (widened by :data:`REACH` and to whole lines) and at the end of each text; with
    ``near=False`` every credit of each document is found (the same passage credits and families).
    ``jobs`` (processes, or an executor) reads many texts in parallel. The fourth value is each paired
    document's quotations (:func:`~syndetect.provenance.quotes.quoted`).

    ``texts`` maps every document of a pair to its raw text, ``outlets`` each document to its outlet
    (or ``None``): a member whose outlet is the source agency (by any of its names) is that agency's
    own page, the family's ``source``. :func:`syndetect.provenance.trace.attribute` checks the input
    and calls this. Raises :class:`~syndetect.errors.CorpusError` when a passage falls outside its text.
    """
    found_texts, quotes = _texts(texts, result, agencies, near, jobs)
    family_of = {m: f for f in result.families for m in f.members}
    found: list[tuple[int, int, str, list[_Found]]] = []
    by_member: dict[str, dict[str, list[Credit]]] = {}
    spans: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for i, pair in enumerate(result.pairs):
        _spans(pair, found_texts, i)
        family = family_of.get(pair.a)
        for k, p in enumerate(pair.passages):
            for side, doc, start, end in (
                ("a", pair.a, p.a_start, p.a_end),
                ("b", pair.b, p.b_start, p.b_end),
            ):
                hits = found_texts[doc].found(start, end)
                found.append((i, k, side, hits))
                if family is not None:
                    by_member.setdefault(family.id, {}).setdefault(doc, []).extend(h.credit for h in hits)
                    spans.setdefault(family.id, {}).setdefault(doc, []).append((start, end))
    names = _names(agencies)
    families = tuple(_family(f, by_member.get(f.id, {}), outlets, names, found_texts, spans.get(f.id, {}))
                     for f in result.families)
    agency_of = {m: fa.source_agency for fa in families for m in (x.doc_id for x in fa.members)}
    passages = []
    for i, k, side, hits in found:
        if not hits:
            passages.append(PassageCredit(i, k, side, "uncredited", None, None))
            continue
        pair = result.pairs[i]
        best = _choose(hits, agency_of.get(pair.a))
        passages.append(PassageCredit(i, k, side, "credited", best.credit.agency, best.credit, best.relation))
    credits = {doc: t.credits for doc, t in found_texts.items()}
    return credits, tuple(passages), families, quotes
