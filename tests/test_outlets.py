"""Pair relations (copy / version / quote), each side's standing, and per-outlet statistics: exact
figures on hand-built results, and the same provenance from every engine on a generated scrape."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import syndetect
from syndetect.provenance.outlets import outlet_of, parse_date
from syndetect.provenance.trace import attribute
from syndetect.types import Document, Family, Pair, Passage, ScanResult, ScanStats

WIRE = (
    "the minister resigned on Tuesday after weeks of protests over the new fuel tax in the capital, "
    "and the governing coalition said it would name a successor before the end of the month."
)
QUOTE = '"We will not accept a tax that falls on the poorest families in the country," the leader said.'


def _passage(a: Document, b: Document, shared: str, *, quote: bool = False) -> Passage:
    a0, b0 = a.text.index(shared), b.text.index(shared)
    return Passage(a0, a0 + len(shared), b0, b0 + len(shared), 1.0, quote, len(shared.split()))


def _pair(a: Document, b: Document, *passages: Passage) -> Pair:
    return Pair(a.id, b.id, 0.5, 0.5, 0.5, 0.5, passages)


def _at(hours: float) -> str:
    return (datetime(2024, 3, 5, 6, 0, tzinfo=timezone.utc) + timedelta(hours=hours)).isoformat()


@pytest.fixture
def newsroom() -> tuple[list[Document], ScanResult]:
    """Reuters' own page, a credited copy (outlet A, 2 h later), an uncredited copy whose outlet is
    only its URL (b.example, 5 h later), A's own update of its copy, and an unrelated document."""
    wire = Document("wire", f"LONDON (Reuters) - {WIRE}\n\nMore wire text follows here.", source="Reuters",
                    date=_at(0))
    a1 = Document("a1", f"Local intro line.\n\nReuters reports: {WIRE}\n\nLocal outro.", source="A",
                  date=_at(2))
    b1 = Document("b1", f"Other intro.\n\n{WIRE}\n\nOther outro line here.", url="https://www.b.example/x",
                  date=_at(5))
    a2 = Document("a2", f"Updated intro line.\n\nReuters reports: {WIRE}\n\nLocal outro.", source="A",
                  date=_at(7))
    other = Document("other", "Nothing shared at all in this one.", source="A")
    docs = [wire, a1, b1, a2, other]
    pairs = (
        _pair(wire, a1, _passage(wire, a1, WIRE)),
        _pair(wire, b1, _passage(wire, b1, WIRE)),
        _pair(a1, a2, _passage(a1, a2, WIRE)),
    )
    family = Family("fam", ("wire", "a1", "b1", "a2"), "wire", "earliest date", 3)
    return docs, ScanResult(pairs, (family,), ScanStats())


def test_relations_and_standing(newsroom: tuple[list[Document], ScanResult]) -> None:
    docs, result = newsroom
    prov = attribute(docs, result)
    (fam,) = prov.families
    assert (fam.source_agency, fam.source_document) == ("Reuters", "wire")
    assert {m.doc_id: m.status for m in fam.members} == {
        "wire": "source", "a1": "credited", "b1": "uncredited", "a2": "credited"}
    got = [(r.pair, r.relation, r.a_status, r.b_status, r.agency) for r in prov.pairs]
    assert got == [
        (0, "copy", "source", "credited", "Reuters"),
        (1, "copy", "source", "uncredited", "Reuters"),
        (2, "version", "credited", "credited", "Reuters"),
    ]


def test_outlet_figures_are_exact(newsroom: tuple[list[Document], ScanResult]) -> None:
    docs, result = newsroom
    by = {o.outlet: o for o in attribute(docs, result).outlets}
    assert set(by) == {"Reuters", "A", "b.example"}
    text = {d.id: d.text for d in docs}
    a, b, reuters = by["A"], by["b.example"], by["Reuters"]
    # A: a1 copies the wire (credited); a2 is A's own version of a1 but also carries Reuters' text
    # only through that version, so it is not a copy; "other" shares nothing.
    assert (a.documents, a.characters) == (3, len(text["a1"]) + len(text["a2"]) + len(text["other"]))
    assert (a.copied_documents, a.copied_characters, a.credited, a.uncredited) == (1, len(WIRE), 1, 0)
    assert a.copied_share == pytest.approx(len(WIRE) / a.characters)
    assert [(o.origin, o.documents, o.characters, o.credited) for o in a.origins] == [
        ("Reuters", 1, len(WIRE), 1)]
    assert a.median_delay_hours == pytest.approx(2.0)
    assert (b.copied_documents, b.copied_characters, b.credited, b.uncredited) == (1, len(WIRE), 0, 1)
    assert b.median_delay_hours == pytest.approx(5.0)
    assert (reuters.copied_documents, reuters.copied_characters, reuters.median_delay_hours) == (0, 0, None)
    shares = [o.copied_share for o in attribute(docs, result).outlets]
    assert shares == sorted(shares, reverse=True)


def test_a_mostly_quoted_pair_is_a_quote_and_not_copied_text() -> None:
    a = Document("a", f"Intro one.\n\n{QUOTE}\n\nEnd one.", source="A")
    b = Document("b", f"Intro two.\n\n{QUOTE}\n\nEnd two.", source="B")
    result = ScanResult((_pair(a, b, _passage(a, b, QUOTE, quote=True)),),
                        (Family("f", ("a", "b"), "a", "first"),), ScanStats())
    prov = attribute([a, b], result)
    assert prov.pairs[0].relation == "quote"
    assert all(o.copied_characters == 0 for o in prov.outlets)


def test_a_pair_outside_every_family_is_judged_alone() -> None:
    """Three cases: a credit names the source; else the earlier date; else side a."""
    credited = Document("c", f"Intro.\n\nAFP reports: {WIRE}\n\nEnd.", source="C", date=_at(1))
    dated_late = Document("late", f"Late intro.\n\n{WIRE}\n\nLate end.", source="L", date=_at(9))
    dated_early = Document("early", f"Early intro.\n\n{WIRE}\n\nEarly end.", source="E", date=_at(0))
    undated = Document("u", f"Undated intro.\n\n{WIRE}\n\nUndated end.", source="U")
    docs = [credited, dated_late, dated_early, undated]
    pairs = (
        _pair(dated_late, credited, _passage(dated_late, credited, WIRE)),
        _pair(dated_late, dated_early, _passage(dated_late, dated_early, WIRE)),
        _pair(undated, dated_late, _passage(undated, dated_late, WIRE)),
    )
    prov = attribute(docs, ScanResult(pairs, (), ScanStats()))
    got = [(r.a_status, r.b_status, r.agency) for r in prov.pairs]
    assert got == [("uncredited", "credited", "AFP"), ("uncredited", "source", None),
                   ("source", "uncredited", None)]


@pytest.mark.parametrize(
    ("source", "url", "outlet"),
    [
        ("Daily Star", None, "Daily Star"),
        ("  Daily Star ", "https://www.x.example/a", "Daily Star"),
        (None, "https://www.x.example/a", "x.example"),
        ("", "http://news.y.example:8080/p?q=1", "news.y.example"),
        ("   ", None, None),
        (None, "not a url", None),
        (None, "http://[bad", None),
        (None, None, None),
    ],
)
def test_outlet_of(source: str | None, url: str | None, outlet: str | None) -> None:
    assert outlet_of(source, url) == outlet


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=timezone.utc)),
        ("2024-03-05T06:30:00", datetime(2024, 3, 5, 6, 30, tzinfo=timezone.utc)),
        ("2024-03-05T06:30:00Z", datetime(2024, 3, 5, 6, 30, tzinfo=timezone.utc)),
        ("2024-03-05T08:30:00+02:00", datetime(2024, 3, 5, 6, 30, tzinfo=timezone.utc)),
        ("5 March 2024", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: str | None, expected: datetime | None) -> None:
    assert parse_date(value) == expected


def test_every_engine_gives_the_same_provenance() -> None:
    from syndetect.testing.scrape import preset

    corpus = preset("credits-8", 100)
    docs = [Document(d.id, d.text, corpus.outlets[d.id], d.date, d.url) for d in corpus.documents]
    local = syndetect.scan(docs)
    assert local.provenance is not None
    assert any(r.relation == "copy" for r in local.provenance.pairs)
    assert any(o.copied_characters for o in local.provenance.outlets)
    assert syndetect.scan_stream(docs, batch_size=37).provenance == local.provenance
    assert syndetect.scan(docs, provenance=False).provenance is None
    assert syndetect.scan(docs, provenance=False).pairs == local.pairs
    dask_bag = pytest.importorskip("dask.bag")
    assert syndetect.scan_dask(dask_bag.from_sequence(docs, npartitions=3)).provenance == local.provenance


@pytest.mark.parametrize("seed", [100, 101, 102])
def test_credits_near_the_passages_give_what_every_credit_gives(seed: int) -> None:
    """Looking for credits only around the shared passages (the default) changes nothing but the
    credits listed: those are the ones of the whole text that lie there."""
    from syndetect.testing.scrape import preset

    corpus = preset("credits-8", seed)
    docs = [Document(d.id, d.text, corpus.outlets[d.id], d.date, d.url) for d in corpus.documents]
    result = syndetect.scan(docs, provenance=False)
    near, every = attribute(docs, result), attribute(docs, result, credits="all")
    assert (near.passages, near.pairs, near.families, near.outlets) == (
        every.passages, every.pairs, every.families, every.outlets)
    assert sum(c.credit is not None for c in near.passages) > 20
    for doc_id, found in near.credits.items():
        assert set(found) <= set(every.credits[doc_id])


def test_a_credit_far_from_every_passage_is_found_only_with_all() -> None:
    far = "\n\n".join(["WASHINGTON (AP) - An unrelated story opens the page.", *["Filler line here."] * 60])
    a = Document("a", f"{far}\n\n{WIRE}\n\nThe end of page a.")
    b = Document("b", f"Intro of b.\n\n{WIRE}\n\nThe end of page b.")
    result = ScanResult((_pair(a, b, _passage(a, b, WIRE)),), (), ScanStats())
    near, every = attribute([a, b], result), attribute([a, b], result, credits="all")
    assert [c.agency for c in every.credits["a"]] == ["Associated Press"]
    assert near.credits["a"] == ()
    assert near.passages == every.passages


def test_credits_must_be_near_or_all() -> None:
    with pytest.raises(syndetect.ConfigError, match="'near' or 'all'"):
        attribute([], ScanResult((), (), ScanStats()), credits="some")  # type: ignore[arg-type]


def test_documents_read_in_parallel_give_the_serial_facts() -> None:
    from syndetect.provenance.agencies import DEFAULT_AGENCIES
    from syndetect.provenance.documents import CHUNK, document_facts
    from syndetect.testing.scrape import preset
    from syndetect.workers.executor import Forked

    texts = [d.text for d in preset("credits-8", 100).documents]
    texts = (texts * (3 * CHUNK // len(texts) + 1))[: 3 * CHUNK + 5]  # four tasks, the last short
    sides = [[(len(t) // 3, len(t) // 2)] for t in texts]
    for near in (True, False):
        serial = document_facts(texts, sides, DEFAULT_AGENCIES, near=near)
        assert sum(len(c) for c, _, _ in serial) > 50
        assert sum(len(q) for _, q, _ in serial) > 50
        assert document_facts(texts, sides, DEFAULT_AGENCIES, near=near, jobs=2) == serial
        assert document_facts(texts, sides, DEFAULT_AGENCIES, near=near, jobs=Forked(2)) == serial


def test_an_agency_page_in_the_family_outweighs_an_agency_named_in_its_text() -> None:
    """Reuters' own story says "the Associated Press reported"; every copy carries the sentence, so AP
    is credited by more members, but Reuters' page is in the family: Reuters is the source."""
    story = f"{WIRE} The figures were first published on Monday, the Associated Press reported."
    wire = Document("wire", f"{story}\n\nMore wire text.", source="Reuters", date=_at(0))
    copies = [Document(f"c{i}", f"Intro {i}.\n\n{story}\n\nOutro {i}.", source=f"O{i}", date=_at(i + 1))
              for i in range(3)]
    docs = [wire, *copies]
    pairs = tuple(_pair(wire, c, _passage(wire, c, story)) for c in copies)
    family = Family("fam", tuple(d.id for d in docs), "wire", "earliest date", 3)
    prov = attribute(docs, ScanResult(pairs, (family,), ScanStats()))
    (fam,) = prov.families
    assert (fam.source_agency, fam.source_document) == ("Reuters", "wire")
    assert {m.doc_id: m.status for m in fam.members} == {
        "wire": "source", "c0": "uncredited", "c1": "uncredited", "c2": "uncredited"}
    assert {o.outlet: [x.origin for x in o.origins] for o in prov.outlets if o.copied_documents} == {
        "O0": ["Reuters"], "O1": ["Reuters"], "O2": ["Reuters"]}


def test_edit_summaries_in_parallel_are_the_serial_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    from syndetect.provenance import summaries as edits
    from syndetect.testing.scrape import preset
    from syndetect.workers.executor import Forked

    corpus = preset("credits-8", 100)
    result = syndetect.scan(corpus.documents)
    assert result.provenance is not None
    serial = edits.edit_summaries(corpus.documents, result, result.provenance.credits)
    assert len(result.families) > 8
    assert sum(s.typographic + s.substituted for s in serial) > 0
    monkeypatch.setattr(edits, "FAMILIES_PER_TASK", 4)
    assert edits.edit_summaries(corpus.documents, result, result.provenance.credits, jobs=2) == serial
    assert edits.edit_summaries(corpus.documents, result, result.provenance.credits, jobs=Forked(2)) == serial
    assert result.provenance.edits == serial


def test_a_dateline_the_passage_starts_in_is_no_edit() -> None:
    source = Document("s", f"LONDON (Reuters) - {WIRE}\n\nEnd of the wire.", "Reuters")
    copy = Document("c", f"Intro.\n\nLONDON (Reuters) — {WIRE}\n\nEnd of the copy.", "C")
    s0, c0 = 0, copy.text.index("LONDON")
    passage = Passage(s0, s0 + 21 + len(WIRE), c0, c0 + 21 + len(WIRE), 0.99, False, 40)
    result = ScanResult((Pair("s", "c", 0.5, 0.5, 0.5, 0.5, (passage,)),),
                        (Family("f", ("s", "c"), "s", "first"),), ScanStats())
    (summary,) = attribute([source, copy], result).edits
    assert (summary.inserted, summary.deleted, summary.substituted, summary.typographic) == (0, 0, 0, 0)
    from syndetect.provenance.summaries import edit_summaries

    (raw,) = edit_summaries([source, copy], result)  # without the credits, the dash is an edit
    assert raw.typographic + raw.substituted == 1


@pytest.mark.parametrize("n_outlets", [60, 500])
@pytest.mark.parametrize("declared", ["source", "url", "none"])
def test_one_story_in_many_outlets(n_outlets: int, declared: str) -> None:
    """A wire story carried by 60 or 500 outlets, with sources declared, known from URLs only, or
    unknown: every outlet that carries it is one row with one copied document, and without any
    outlet there is no row, and still no pair is a version."""
    from syndetect.testing.scrape import wide_story

    corpus = wide_story(3, n_outlets=n_outlets, declare_sources=declared == "source", urls=declared == "url")
    result = syndetect.scan(corpus.documents)
    prov = result.provenance
    assert prov is not None
    assert len(result.families) == 1
    relations = [r.relation for r in prov.pairs]
    assert "version" not in relations  # one page per outlet
    assert relations.count("copy") > 0.9 * len(relations)  # a few copies share mostly quoted speech
    if declared == "none":
        assert prov.outlets == ()
        return
    outlet = {d.id: d.source or d.url.split("/")[2].removeprefix("www.")
              for d in corpus.documents if d.url or d.source}
    copying = {outlet[doc] for r in prov.pairs if r.relation == "copy"
               for doc, status in ((r.a, r.a_status), (r.b, r.b_status)) if status != "source"}
    carriers = [o for o in prov.outlets if o.copied_documents]
    assert {o.outlet for o in carriers} == copying
    assert len(carriers) >= 0.9 * n_outlets  # all but the pages that share mostly quoted speech
    assert all(o.copied_documents == 1 and 0 < o.copied_share < 1 for o in carriers)
    shares = [o.copied_share for o in prov.outlets]
    assert shares == sorted(shares, reverse=True)


class _CountingDates(dict):  # type: ignore[type-arg]
    """A date mapping that counts its lookups."""

    lookups = 0

    def get(self, key, default=None):  # type: ignore[no-untyped-def]
        type(self).lookups += 1
        return super().get(key, default)


def test_outlet_statistics_read_each_family_once_not_once_per_pair() -> None:
    """A dense family (every member shares text with every other, as corpora that reuse a pool of
    sentences do) must not cost pairs x members: the dates of a family without a dated source are
    read once per family. Dated members only where the family has no source document."""
    from syndetect.provenance.attribution import attribute_credits
    from syndetect.provenance.outlets import outlet_stats, pair_relations

    n = 40
    docs = [Document(f"d{i:02d}", f"Outlet {i} page. {WIRE} Tail {i}.", source=f"outlet{i % 5}",
                     date=_at(i) if i % 3 else None) for i in range(n)]
    pairs = tuple(_pair(docs[i], docs[j], _passage(docs[i], docs[j], WIRE)) for i in range(n)
                  for j in range(i + 1, n))
    family = Family("fam-dense", tuple(d.id for d in docs), docs[0].id, "test", len(pairs))  # undated origin
    result = ScanResult(pairs, (family,), ScanStats())
    outlets = {d.id: d.source for d in docs}
    dates = _CountingDates({d.id: parse_date(d.date) for d in docs})
    texts = {d.id: d.text for d in docs}
    _, _, families, quotes = attribute_credits(texts, result, outlets)
    relations = pair_relations(result, families, (), outlets, dates, quotes)
    _CountingDates.lookups = 0
    stats = outlet_stats(result, families, relations, outlets, dates, {d.id: len(d.text) for d in docs})
    assert sum(o.copied_documents for o in stats) > 0
    assert _CountingDates.lookups <= 4 * (len(pairs) + n)  # was len(pairs) * n
