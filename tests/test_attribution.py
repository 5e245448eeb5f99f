"""Attribution of shared passages and families (syndetect.provenance.attribution): the seed corpus
end to end, each rule for when a credit credits a passage (with its boundaries), the family's
source agency (majority, ties by member order) or origin document, raw half-open offsets, the one
batch call of the credit finder, and the API's errors."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

import syndetect
from syndetect.errors import CorpusError, CorpusTypeError, SyndetectError
from syndetect.provenance import attribution
from syndetect.provenance.attribution import (
    NEAR_CHARS,
    RELATIONS,
    Evidence,
    FamilyAttribution,
    MemberAttribution,
    PassageCredit,
)
from syndetect.provenance.credits import Credit, find_credits
from syndetect.provenance.trace import attribute
from syndetect.types import Document, Family, Pair, Passage, Provenance, ScanResult, ScanStats

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"

SHARED = (
    "the minister resigned on Tuesday after weeks of protests over the new fuel tax in the capital, "
    "and the governing coalition said it would name a successor before the end of the month."
)
FILLER = "Local officials gave no further details on the matter to anyone who asked them that day. "


# ---------------------------------------------------------------------------------------------
# helpers: a hand-built scan result whose passages are the one occurrence of SHARED in each text


def _span(text: str, shared: str) -> tuple[int, int]:
    assert text.count(shared) == 1, text
    start = text.index(shared)
    return start, start + len(shared)


def _pair(a: Document, b: Document, shared: str = SHARED) -> Pair:
    (a0, a1), (b0, b1) = _span(a.text, shared), _span(b.text, shared)
    passage = Passage(a0, a1, b0, b1, score=1.0, quote=False, words=len(shared.split()))
    return Pair(a.id, b.id, 0.5, 0.5, 0.5, 0.5, (passage,))


def _result(
    docs: Sequence[Document], origin: str | None = None, fid: str = "fam-1", shared: str = SHARED
) -> ScanResult:
    """Every member paired with the first (a star, as scan reports large families), one family."""
    pairs = tuple(_pair(docs[0], d, shared) for d in docs[1:])
    family = Family(fid, tuple(d.id for d in docs), origin or docs[0].id, "test origin", len(pairs))
    return ScanResult(pairs, (family,), ScanStats())


def _docs(*texts: str) -> list[Document]:
    return [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]


def _plain() -> str:
    return "An unrelated opening line about the weather.\n\n" + SHARED + "\n\nA closing line of no interest."


def _side(text: str, shared: str = SHARED) -> PassageCredit:
    """The credit status of the passage in ``text``, paired with a plain uncredited copy."""
    docs = _docs(_plain().replace(SHARED, shared), text)
    prov = attribute(docs, _result(docs, shared=shared))
    a, b = prov.passages
    assert (a.side, a.status, a.agency, a.credit) == ("a", "uncredited", None, None)
    assert (b.pair, b.passage, b.side) == (0, 0, "b")
    if b.credit is not None:  # raw half-open offsets: the credit is one find_credits reports
        assert b.credit in find_credits(text)
        assert b.credit in prov.credits["d1"]
    return b


def _credited(text: str, marked: str, agency: str, relation: str) -> None:
    got = _side(text)
    start = text.index(marked)
    assert got.status == "credited", (got, text)
    assert got.agency == agency
    assert got.relation == relation
    assert got.credit is not None
    assert (got.credit.start, got.credit.end, got.credit.agency) == (start, start + len(marked), agency)
    assert text[got.credit.start : got.credit.end] == marked


def _uncredited(text: str) -> None:
    got = _side(text)
    assert (got.status, got.agency, got.credit, got.relation) == ("uncredited", None, None, None), got


# ---------------------------------------------------------------------------------------------
# the seed corpus


def _seeds() -> list[Document]:
    return [Document(id=p.name, text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def test_seed_corpus_family_comes_from_reuters() -> None:
    docs = _seeds()
    result = syndetect.scan(docs)
    a, b = "000_79d74e17df7d25ae.txt", "001_c787b74e267c57e8.txt"
    assert [(p.a, p.b) for p in result.pairs] == [(a, b)]
    assert len(result.families) == 1
    text_b = {d.id: d.text for d in docs}[b]
    assert text_b[388:404] == "Reuters\xa0reports:"
    reuters = Credit(388, 404, "Reuters", "attribution")

    prov = attribute(docs, result)
    (family,) = prov.families
    assert family.family_id == result.families[0].id
    assert family.source_agency == "Reuters"
    assert family.source_document is None
    assert family.evidence == (Evidence(b, reuters),)
    assert family.members == (
        MemberAttribution(a, "uncredited", None, None),
        MemberAttribution(b, "credited", "Reuters", reuters),
    )
    # "Reuters reports:" introduces the first shared passage in 001, one line break before it
    first = result.pairs[0].passages[0]
    assert first.b_start == 405
    assert text_b[404] == "\n"
    assert PassageCredit(0, 0, "b", "credited", "Reuters", reuters, "before") in prov.passages
    assert all(p.status == "uncredited" for p in prov.passages if p.side == "a")
    # credits are looked up only for the documents in a pair: 000 has none (its "Credit: AP" is a
    # photo credit), 001 has the one
    assert prov.credits == {a: (), b: (reuters,)}


# ---------------------------------------------------------------------------------------------
# a credit before the passage: an introduction in the same or the preceding paragraph


@pytest.mark.parametrize(
    ("intro", "marked", "agency"),
    [
        ("Some background first. Reuters reports:\n", "Reuters reports:", "Reuters"),
        ("Some background first. Reuters\xa0reports:\r\n", "Reuters\xa0reports:", "Reuters"),
        ("Some background first. AFP reports:\n\n", "AFP reports:", "AFP"),
        ("Xinhua reports:\n", "Xinhua reports:", "Xinhua"),
        ("dpa reports: ", "dpa reports:", "dpa"),
        (
            "Officials were silent. According to the Associated Press, ",
            "According to the Associated Press",
            "Associated Press",
        ),
        ("According to Reuters, ", "According to Reuters", "Reuters"),
        ("LONDON, Jan 5 (Reuters) - ", "LONDON, Jan 5 (Reuters) -", "Reuters"),
        ("LONDON, Jan 5 (Reuters) -\n", "LONDON, Jan 5 (Reuters) -", "Reuters"),
        ("WASHINGTON (AP) — ", "WASHINGTON (AP) —", "Associated Press"),
    ],
)
def test_a_credit_introducing_the_passage_credits_it(intro: str, marked: str, agency: str) -> None:
    _credited("Headline of the story\n\n" + intro + SHARED + "\n\nMore later.", marked, agency, "before")


@pytest.mark.parametrize("gap", [0, 1, NEAR_CHARS // 2, NEAR_CHARS - 1, NEAR_CHARS])
def test_an_introduction_counts_up_to_near_chars_before(gap: int) -> None:
    between = ("x" * gap)[: max(0, gap - 1)] + (" " if gap else "")
    assert len(between) == gap
    text = "Reuters reports:" + between + SHARED
    _credited(text, "Reuters reports:", "Reuters", "before")


@pytest.mark.parametrize("gap", [NEAR_CHARS + 1, NEAR_CHARS + 40, 500])
def test_an_introduction_further_than_near_chars_does_not_count(gap: int) -> None:
    between = "x" * (gap - 1) + " "
    _uncredited("Reuters reports:" + between + SHARED)


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reports:\nA short line between.\n" + SHARED,  # two paragraphs back, though near
        "Reuters reports:\n\nShort.\n\n" + SHARED,
        "Reuters reports:\n" + FILLER * 3 + "\n" + SHARED,  # a whole paragraph between
        "Reuters reports: " + FILLER * 2 + SHARED,  # same paragraph, too far
        "Earlier story text.\n— Reuters\n\n" + SHARED,  # a sign-off closes the text before it
        "LONDON, Jan 5 (Reuters) - "
        + FILLER
        + "\n\n"
        + FILLER
        + "\n\n"
        + SHARED,  # a dateline two paragraphs up
        "LONDON, Jan 5 (Reuters) - " + FILLER + "\n" + SHARED,  # opens the paragraph before, not alone
        "Reuters journalists were detained last week. " + SHARED,  # the name alone is no credit
        "The aide would not comment, he told Reuters.\n" + SHARED,  # credits the sentence it closes
        "An official said so, according to Reuters. " + SHARED,
        "The police said so. (AFP)\n\n" + SHARED,  # an inline credit closes the text before it
        "The police said so (AFP). " + SHARED,
    ],
)
def test_credits_too_far_or_of_the_wrong_kind_do_not_count(text: str) -> None:
    assert find_credits(text) or "journalists" in text  # a credit is there (but for the last case)
    _uncredited(text)


# ---------------------------------------------------------------------------------------------
# a dateline opening the passage's paragraph, at any distance


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("LONDON, Jan 5 (Reuters) -", "Reuters"),
        ("PARIS, Jan 5 (AFP) -", "AFP"),
        ("WASHINGTON (AP) —", "Associated Press"),
    ],
)
@pytest.mark.parametrize("separator", [" ", "\n", "\r\n"])
@pytest.mark.parametrize("fillers", [2, 5])
def test_a_dateline_opening_the_passage_paragraph_credits_it(
    dateline: str, agency: str, separator: str, fillers: int
) -> None:
    text = "HEADLINE IN WORDS\n\n" + dateline + separator + FILLER * fillers + SHARED + "\n\nEnd."
    assert text.index(SHARED) - (text.index(dateline) + len(dateline)) > NEAR_CHARS
    _credited(text, dateline, agency, "dateline")


# ---------------------------------------------------------------------------------------------
# a credit inside the passage


@pytest.mark.parametrize(
    ("prefix", "suffix", "marked", "agency"),
    [
        ("PARIS, Jan 5 (AFP) - ", "", "PARIS, Jan 5 (AFP) -", "AFP"),
        ("LONDON, Jan 5 (Reuters) - ", "", "LONDON, Jan 5 (Reuters) -", "Reuters"),
        ("", " (AFP)", "(AFP)", "AFP"),
    ],
)
def test_a_credit_inside_the_passage_credits_it(prefix: str, suffix: str, marked: str, agency: str) -> None:
    """The shared span includes the credit, in both texts."""
    shared = prefix + SHARED + suffix
    docs = _docs(FILLER + shared, FILLER * 3 + "\n\n" + shared + "\n\nNothing else.")
    prov = attribute(docs, _result(docs, shared=shared))
    assert [(p.side, p.status, p.agency, p.relation) for p in prov.passages] == [
        ("a", "credited", agency, "in"),
        ("b", "credited", agency, "in"),
    ]
    for p, doc in zip(prov.passages, docs, strict=True):
        assert p.credit is not None
        assert doc.text[p.credit.start : p.credit.end] == marked
    assert prov.families[0].source_agency == agency
    assert [m.status for m in prov.families[0].members] == ["credited", "credited"]


# ---------------------------------------------------------------------------------------------
# a credit after the passage: a sign-off or inline credit right after it, or a sign-off closing the
# document when the passage runs to the end


@pytest.mark.parametrize(
    ("after", "marked", "agency"),
    [
        ("\n— Reuters", "— Reuters", "Reuters"),
        (
            "\n\n— Reuters\n\nMore text after the sign-off, which goes on for a good while longer.",
            "— Reuters",
            "Reuters",
        ),
        (" (AFP)", "(AFP)", "AFP"),
        (
            "\n(Reporting by Jane Doe; Editing by John Roe)",
            "Reporting by Jane Doe; Editing by John Roe",
            "Reuters",
        ),
        ("\n\nWith inputs from PTI", "With inputs from PTI", "PTI"),
    ],
)
def test_a_signoff_right_after_the_passage_credits_it(after: str, marked: str, agency: str) -> None:
    _credited(FILLER + "\n\n" + SHARED + after, marked, agency, "after")


def test_an_attribution_closing_the_passage_sentence_credits_it() -> None:
    shared = SHARED[:-1] + ","
    text = FILLER + "\n\n" + shared + " Xinhua said.\n\nMore."
    got = _side(text, shared)
    assert (got.status, got.agency, got.relation) == ("credited", "Xinhua", "after")
    assert got.credit is not None
    assert got.credit.start > text.index(shared) + len(shared) - 1


@pytest.mark.parametrize(
    "after",
    [
        " According to Reuters, the vote is next week.",  # introduces the next sentence, not this one
        "\nThe aide told Reuters the vote is next week.",
        "\n\n" + FILLER + "\n\n— Reuters",  # a paragraph between, and the sign-off is near
    ],
)
def test_an_attribution_after_the_passage_sentence_ends_does_not_count(after: str) -> None:
    text = FILLER + SHARED + after
    assert find_credits(text)
    _uncredited(text)


@pytest.mark.parametrize("tail", [FILLER * 2, FILLER * 6])
@pytest.mark.parametrize(
    ("signoff", "marked"),
    [
        ("\n(Reporting by Jane Doe; Editing by John Roe)", "Reporting by Jane Doe; Editing by John Roe"),
        ("\n\n— Reuters", "— Reuters"),
        ("\n— Reuters\n\nShare this story", "— Reuters"),
    ],
)
def test_a_signoff_closing_the_document_credits_a_passage_that_runs_to_the_end(
    tail: str, signoff: str, marked: str
) -> None:
    text = FILLER + "\n\n" + SHARED + " " + tail.strip() + signoff
    assert text.index(marked) - (text.index(SHARED) + len(SHARED)) > NEAR_CHARS
    _credited(text, marked, "Reuters", "end")


@pytest.mark.parametrize(
    "text",
    [
        FILLER + SHARED + "\n\n" + FILLER * 2 + "\n\n— Reuters",  # a paragraph between: not to the end
        FILLER + SHARED + " " + FILLER * 2 + "\n— Reuters\n\n" + FILLER * 3,  # the sign-off ends no document
        FILLER + SHARED + "\n" + "y" * NEAR_CHARS + " (AFP)",  # an inline credit too far after
    ],
)
def test_a_signoff_far_after_a_passage_that_does_not_run_to_the_end_does_not_count(text: str) -> None:
    _uncredited(text)


# ---------------------------------------------------------------------------------------------
# families: the source agency, the members, the origin when no one credits an agency


def _intro(agency_phrase: str) -> str:
    return FILLER + agency_phrase + "\n" + SHARED + "\n\nThe end."


def test_a_credit_for_another_agency_does_not_credit_the_family() -> None:
    """d2 credits AFP next to the passage; the family is Reuters' (two members say so): d2 is
    uncredited for the family, though its passage is credited to AFP."""
    docs = _docs(_intro("Reuters reports:"), _intro("Reuters reports:"), _intro("AFP reports:"))
    prov = attribute(docs, _result(docs))
    (fam,) = prov.families
    assert fam.source_agency == "Reuters"
    assert fam.source_document is None
    assert [(m.doc_id, m.status, m.agency) for m in fam.members] == [
        ("d0", "credited", "Reuters"),
        ("d1", "credited", "Reuters"),
        ("d2", "uncredited", None),
    ]
    assert [e.doc_id for e in fam.evidence] == ["d0", "d1"]
    assert all(e.credit.agency == "Reuters" for e in fam.evidence)
    side_d2 = [p for p in prov.passages if p.pair == 1 and p.side == "b"]
    assert [(p.status, p.agency) for p in side_d2] == [("credited", "AFP")]


def test_a_credit_for_another_agency_alone_makes_that_agency_the_family_source() -> None:
    docs = _docs(_plain(), _intro("AFP reports:"))
    (fam,) = attribute(docs, _result(docs)).families
    assert fam.source_agency == "AFP"
    assert [(m.status, m.agency) for m in fam.members] == [("uncredited", None), ("credited", "AFP")]


@pytest.mark.parametrize(
    ("phrases", "winner"),
    [
        (["AFP reports:", "Reuters reports:", "Reuters reports:"], "Reuters"),  # majority beats order
        (["AFP reports:", "Reuters reports:", "Reuters reports:", "AFP reports:", "AFP reports:"], "AFP"),
        (["AFP reports:", "Reuters reports:"], "AFP"),  # tie: the first member's agency
        (["Reuters reports:", "AFP reports:"], "Reuters"),
        (["", "Xinhua reports:", "dpa reports:"], "Xinhua"),  # tie among the crediting members
        (["", "dpa reports:", "Xinhua reports:", "", "Xinhua reports:"], "Xinhua"),
    ],
)
def test_two_agencies_in_one_family_majority_wins_ties_by_member_order(
    phrases: list[str], winner: str
) -> None:
    docs = _docs(*[_intro(p) if p else _plain() for p in phrases])
    (fam,) = attribute(docs, _result(docs)).families
    assert fam.source_agency == winner
    expected = ["credited" if p.startswith(winner) else "uncredited" for p in phrases]
    assert [m.status for m in fam.members] == expected
    assert [e.doc_id for e in fam.evidence] == [
        d.id for d, s in zip(docs, expected, strict=True) if s == "credited"
    ]


def test_a_tie_within_one_member_goes_to_its_earlier_credit() -> None:
    """One member credits two agencies (an introduction and a sign-off): the earlier credit wins."""
    both = FILLER + "AFP reports:\n" + SHARED + "\n— Reuters"
    docs = _docs(_plain(), both)
    prov = attribute(docs, _result(docs))
    (fam,) = prov.families
    assert fam.source_agency == "AFP"
    # the passage reports the family's agency when several credit it
    assert prov.passages[1].agency == "AFP"
    assert prov.passages[1].relation == "before"


def test_a_member_counts_once_however_many_passages_it_credits() -> None:
    """d1 credits Reuters on two passages (pairs with d0 and d2 share them), d2 and d3 credit AFP once
    each: AFP is credited by two members, Reuters by one."""
    docs = _docs(_intro("Reuters reports:"), _intro("AFP reports:"), _intro("AFP reports:"))
    pairs = (_pair(docs[0], docs[1]), _pair(docs[0], docs[2]), _pair(docs[1], docs[2]))
    family = Family("fam-x", ("d0", "d1", "d2"), "d0", "test", 3)
    (fam,) = attribute(docs, ScanResult(pairs, (family,), ScanStats())).families
    assert fam.source_agency == "AFP"
    assert [e.doc_id for e in fam.evidence] == ["d1", "d2"]


@pytest.mark.parametrize("origin", [0, 1, 2])
def test_a_family_with_no_credits_has_its_origin_as_source(origin: int) -> None:
    docs = _docs(_plain(), "Other opening.\n" + SHARED, "Third.\n\n" + SHARED + "\nEnd.")
    prov = attribute(docs, _result(docs, origin=f"d{origin}"))
    (fam,) = prov.families
    assert fam == FamilyAttribution(
        "fam-1",
        None,
        f"d{origin}",
        (),
        tuple(
            MemberAttribution(d.id, "source" if i == origin else "uncredited", None, None)
            for i, d in enumerate(docs)
        ),
        fam.reason,
    )
    assert "test origin" in fam.reason
    assert all(p.status == "uncredited" for p in prov.passages)


def test_families_and_passages_keep_the_result_order() -> None:
    one = _docs(_intro("Reuters reports:"), _plain())
    two = [Document(id=f"e{i}", text=t) for i, t in enumerate([_plain(), "x\n" + SHARED])]
    r1, r2 = _result(one, fid="fam-a"), _result(two, fid="fam-b")
    result = ScanResult(r1.pairs + r2.pairs, r1.families + r2.families, ScanStats())
    prov = attribute([*two, *one], result)
    assert [f.family_id for f in prov.families] == ["fam-a", "fam-b"]
    assert [f.source_agency for f in prov.families] == ["Reuters", None]
    assert [(p.pair, p.passage, p.side) for p in prov.passages] == [
        (0, 0, "a"),
        (0, 0, "b"),
        (1, 0, "a"),
        (1, 0, "b"),
    ]
    assert isinstance(prov, Provenance)


STORY = (
    "The central bank raised its main interest rate by half a point on Thursday, the largest increase in "
    "two decades, as policymakers struggled to contain inflation that has climbed to its highest level since "
    "the early nineties. Governor Maria Keller told reporters the board had considered an even larger move "
    "but judged that the economy, already slowing under the weight of higher energy prices, could not absorb "
    "it without a sharp rise in unemployment. Shares in regional lenders fell more than three percent after "
    "the announcement, while the currency gained against the dollar and the euro for the first time in a "
    "week. Economists polled last month had expected a smaller increase, and several said the decision "
    "suggested further tightening at the next two meetings of the monetary committee."
)


@pytest.mark.parametrize("credited", [True, False])
def test_a_scanned_family_is_attributed_end_to_end(credited: bool) -> None:
    """Three copies of a story found by a real scan: the wire's own (dateline and sign-off), a site
    that introduces it, a blog that credits no one; and the same without any credit."""
    dateline, intro, signoff = (
        "FRANKFURT, Jan 5 (Reuters) -\n",
        "Reuters reports:\n",
        "\n\n(Reporting by Jane Doe; Editing by John Roe)",
    )
    if not credited:
        dateline, intro, signoff = "FRANKFURT, Jan 5 -\n", "Here it is:\n", "\n\nThe end."
    docs = [
        Document("wire", "Bank raises rates\n\n" + dateline + STORY + signoff),
        Document(
            "site", "Markets today\n\nA busy day for markets. " + intro + STORY + "\n\nComments are closed."
        ),
        Document(
            "blog", "My blog\n\nI read this today and wanted to share it with you.\n\n" + STORY + "\n\nBye."
        ),
        Document("other", "Something else entirely about gardening and the best roses to plant in spring."),
    ]
    result = syndetect.scan(docs)
    (family,) = result.families
    assert sorted(family.members) == ["blog", "site", "wire"]
    prov = attribute(docs, result)
    (fam,) = prov.families
    assert set(prov.credits) == {"wire", "site", "blog"}
    status = {m.doc_id: m.status for m in fam.members}
    if credited:
        assert fam.source_agency == "Reuters"
        assert status == {"wire": "credited", "site": "credited", "blog": "uncredited"}
        text = {d.id: d.text for d in docs}
        for ev in fam.evidence:
            assert ev.credit.agency == "Reuters"
            assert ev.credit in find_credits(text[ev.doc_id])
        assert {ev.doc_id for ev in fam.evidence} == {"wire", "site"}
    else:
        assert (fam.source_agency, fam.source_document, fam.evidence) == (None, family.origin, ())
        assert status == {m: "source" if m == family.origin else "uncredited" for m in family.members}


# ---------------------------------------------------------------------------------------------
# raw offsets, efficiency


def test_offsets_are_raw_and_half_open_with_wide_and_combining_characters() -> None:
    lead = "Zürich — «Grüße» 😀 e\u0301té\r\n\r\n"
    text = lead + "Ça va. Reuters reports:\r\n" + SHARED + "\r\n\r\n— Reuters"
    docs = _docs(_plain(), text)
    prov = attribute(docs, _result(docs))
    got = prov.passages[1]
    assert got.credit is not None
    assert text[got.credit.start : got.credit.end] == "Reuters reports:"
    assert got.credit.start == text.index("Reuters reports:")
    assert prov.credits["d1"] == find_credits(text)
    assert text[prov.credits["d1"][1].start : prov.credits["d1"][1].end] == "— Reuters"


def test_credits_are_found_once_for_the_paired_documents_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    real = attribution.document_facts

    def spy(texts, sides, agencies, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(list(texts))
        return real(texts, sides, agencies, **kwargs)

    monkeypatch.setattr(attribution, "document_facts", spy)
    docs = _docs(_intro("Reuters reports:"), _plain(), "An unpaired text. Reuters reports: nothing shared.")
    result = _result(docs[:2])
    prov = attribute(docs, result)
    assert calls == [[docs[0].text, docs[1].text]]
    assert set(prov.credits) == {"d0", "d1"}


def test_relations_are_the_documented_ones() -> None:
    assert RELATIONS == ("in", "before", "dateline", "after", "end")
    assert isinstance(NEAR_CHARS, int)
    assert NEAR_CHARS > 0


# ---------------------------------------------------------------------------------------------
# errors


def test_a_result_document_missing_from_documents_is_a_corpus_error() -> None:
    docs = _docs(_intro("Reuters reports:"), _plain())
    result = _result(docs)
    with pytest.raises(CorpusError, match=r"'d1'.*not among the 1 documents given.*same documents"):
        attribute(docs[:1], result)
    with pytest.raises(SyndetectError, match="'d0'"):
        attribute([docs[1]], result)


def test_documents_that_do_not_match_the_scan_are_a_corpus_error() -> None:
    docs = _docs(_intro("Reuters reports:"), _plain())
    result = _result(docs)
    short = [docs[0], Document(id="d1", text="much shorter")]
    with pytest.raises(CorpusError, match=r"'d1', whose text has 12 characters; pass the documents exactly"):
        attribute(short, result)


@pytest.mark.parametrize(
    ("documents", "result", "match"),
    [
        ("text", None, "result must be a ScanResult"),
        ("a text", "RESULT", "documents must be a sequence of Document"),
        (["a text"], "RESULT", r"documents\[0\] is str, not Document"),
    ],
)
def test_wrong_types_are_corpus_type_errors(documents: object, result: object, match: str) -> None:
    real = _result(_docs(_plain(), "x\n" + SHARED))
    with pytest.raises(CorpusTypeError, match=match):
        attribute(documents, real if result == "RESULT" else result)  # type: ignore[arg-type]


def test_an_empty_result_gives_empty_provenance() -> None:
    prov = attribute([], ScanResult((), (), ScanStats()))
    assert prov == Provenance({}, (), (), ())


def test_the_first_of_a_repeated_id_is_used_as_the_scan_keeps_it() -> None:
    docs = _docs(_intro("Reuters reports:"), _plain())
    prov = attribute([*docs, Document(id="d0", text="replaced")], _result(docs))
    assert prov.families[0].source_agency == "Reuters"


@pytest.mark.parametrize(
    ("where", "credits"),
    [
        ("start", True),  # "Reuters reports:" kept at the head of the copied text
        ("end", True),  # ", Reuters reported." closing the copied text
        ("middle", False),  # "..., he told Reuters." deep inside it: a source of facts
    ],
)
def test_an_attribution_inside_a_passage_credits_it_only_near_its_edges(where: str, credits: bool) -> None:
    head, tail = SHARED * 2, SHARED
    sentence = {
        "start": f"Reuters reports: {head} {tail}",
        "end": f"{head} {tail[:-1]}, Reuters reported.",
        "middle": f"{head} The mayor, 52, told Reuters on Monday. {tail}",
    }[where]
    docs = _docs(f"Intro of one.\n\n{sentence}\n\nEnd one.", f"Intro of two.\n\n{sentence}\n\nEnd two.")
    prov = attribute(docs, _result(docs, shared=sentence))
    assert [c.kind for c in prov.credits["d0"]] == ["attribution"]
    assert all((p.status == "credited") is credits for p in prov.passages)
