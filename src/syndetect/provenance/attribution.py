"""Attribution of shared text: which wire credit, if any, each document gives the passages it shares,
and which agency (or, failing one, which document) a family of syndicated texts comes from.

:func:`attribute` takes the documents that were scanned and the :class:`~syndetect.types.ScanResult`,
finds the credits of every document that appears in a pair and which of them credit each of its
shared passages (:func:`~.documents.document_facts`, once, in parallel), then works per family.

**When a credit credits a passage**: the rules are in :mod:`.rules`.

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

from collections.abc import Callable, Mapping, Sequence

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
from .documents import DocumentFacts, document_facts
from .rules import NEAR_CHARS, REACH, RELATIONS, CreditedText, Found

__all__ = [
    "NEAR_CHARS",
    "RELATIONS",
    "Evidence",
    "FamilyAttribution",
    "MemberAttribution",
    "PassageCredit",
    "attribute_credits",
]

def _texts(texts: Mapping[str, str], result: ScanResult, agencies: Sequence[Agency], near: bool,
           jobs: int | Executor) -> tuple[dict[str, DocumentFacts], dict[tuple[int, str], int]]:
    """Each paired document's facts (:func:`~.documents.document_facts` over its passage sides in
    pair order), and where each pair's passage sides start in its documents' lists of sides."""
    sides: dict[str, list[tuple[int, int]]] = {}
    first: dict[tuple[int, str], int] = {}  # (pair, side) -> its first side in the document's list
    for i, pair in enumerate(result.pairs):
        _spans(pair, texts, i)
        for side, doc in (("a", pair.a), ("b", pair.b)):
            got = sides.setdefault(doc, [])
            first[i, side] = len(got)
            got.extend((p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end) for p in pair.passages)
    paired = list(sides)
    facts = document_facts([texts[d] for d in paired], [sides[d] for d in paired], agencies,
                           near=near, jobs=jobs)
    return dict(zip(paired, facts, strict=True)), first


def _spans(pair: Pair, texts: Mapping[str, str], index: int) -> None:
    for k, p in enumerate(pair.passages):
        for doc, start, end in ((pair.a, p.a_start, p.a_end), (pair.b, p.b_start, p.b_end)):
            if not 0 <= start <= end <= len(texts[doc]):
                raise CorpusError(
                    f"attribute: passage {k} of pair {index} ({pair.a!r}, {pair.b!r}) spans "
                    f"[{start}, {end}) in {doc!r}, whose text has {len(texts[doc])} characters; "
                    "pass the documents exactly as they were scanned"
                )


def _choose(found: list[Found], agency: str | None) -> Found:
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


def _nearby(text: CreditedText, spans: list[tuple[int, int]], agency: str) -> Credit | None:
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
            names: Mapping[str, str], credited: Callable[[str], CreditedText | None],
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
        text = credited(m) if m not in first else None
        if text is not None:
            near = _nearby(text, spans.get(m, []), agency)
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
    facts, first = _texts(texts, result, agencies, near, jobs)
    family_of = {m: f for f in result.families for m in f.members}
    found: list[tuple[int, int, str, list[Found]]] = []
    by_member: dict[str, dict[str, list[Credit]]] = {}
    spans: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for i, pair in enumerate(result.pairs):
        family = family_of.get(pair.a)
        hits_a, hits_b = facts[pair.a][2], facts[pair.b][2]
        at_a, at_b = first[i, "a"], first[i, "b"]
        credits_of = by_member.setdefault(family.id, {}) if family is not None else None
        spans_of = spans.setdefault(family.id, {}) if family is not None else None
        for k, p in enumerate(pair.passages):
            for side, doc, hits, start, end in (
                ("a", pair.a, hits_a[at_a + k], p.a_start, p.a_end),
                ("b", pair.b, hits_b[at_b + k], p.b_start, p.b_end),
            ):
                found.append((i, k, side, hits))
                if credits_of is not None and spans_of is not None:
                    if hits:
                        credits_of.setdefault(doc, []).extend(h.credit for h in hits)
                    spans_of.setdefault(doc, []).append((start, end))
    names = _names(agencies)

    def credited(doc: str) -> CreditedText | None:  # few members need it: built on demand
        return CreditedText(texts[doc], facts[doc][0]) if doc in facts else None

    families = tuple(_family(f, by_member.get(f.id, {}), outlets, names, credited, spans.get(f.id, {}))
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
    credits = {doc: f[0] for doc, f in facts.items()}
    return credits, tuple(passages), families, {doc: f[1] for doc, f in facts.items()}
