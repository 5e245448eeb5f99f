"""The provenance truth of the scrape generator (``scrape_corpus(provenance=True, versions=...)``,
preset ``provenance-8``): dates, sources, versions, planted word edits, relations, statuses and
per-outlet copied text are consistent with the texts themselves, and the corpus is a function of its
seed. The prose is the synthetic writer's (no MSRP needed)."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import itertools
import statistics
from collections import Counter
from dataclasses import replace
from functools import cache

import pytest

from syndetect.errors import ConfigError
from syndetect.provenance.agencies import DEFAULT_AGENCIES
from syndetect.testing.scrape import ScrapeCorpus, preset, scrape_corpus
from syndetect.testing.scrape_truth import GAP, quoted_words, typographic_variant
from syndetect.types import (
    EditSummary,
    FamilyAttribution,
    MemberAttribution,
    Pair,
    PairRelation,
    Provenance,
    ScanResult,
    ScanStats,
)

CANONICAL = {a.name for a in DEFAULT_AGENCIES}
SEEDS = (0, 100)
# the typographic variants the truth allows: quotes, apostrophes, dashes, dots
FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", ".": None})


@cache
def corpus(seed: int) -> ScrapeCorpus:
    return preset("provenance-8", seed)


def _when(c: ScrapeCorpus, doc: str) -> dt.datetime:
    date = c._by_id()[doc].date
    assert date is not None
    return dt.datetime.fromisoformat(date)


def _digest(c: ScrapeCorpus) -> str:
    h = hashlib.sha256()
    for d in c.documents:
        h.update(repr((d.id, d.text, d.source, d.date, d.url)).encode())
    for truth in (c.relations, c.statuses, c.edits, c.outlet_stats, c.delays, c.versions):
        h.update(repr(sorted(truth.items())).encode())
    return h.hexdigest()


@pytest.mark.parametrize("seed", SEEDS)
def test_every_document_is_dated_and_sourced(seed: int) -> None:
    c = corpus(seed)
    assert c.provenance
    for d in c.documents:
        when = _when(c, d.id)
        assert when.tzinfo is not None
        assert "T" in (d.date or "")
        if c.kinds[d.id] == "wire":
            assert d.source in CANONICAL  # the agency's page: the agency's canonical name
            assert d.source == c.copies_of(d.id)[0].agency
        else:
            assert d.source == c.outlets[d.id]
    assert len({d.date for d in c.documents}) == len(c.documents)  # no ties for "earliest"


@pytest.mark.parametrize("seed", SEEDS)
def test_copies_come_after_the_agency_by_their_delay(seed: int) -> None:
    c = corpus(seed)
    pages = {x.story: x.doc for x in c.copies if x.kind == "wire"}
    checked = 0
    for x in c.copies:
        if x.kind == "wire":
            assert x.doc not in c.delays
            continue
        assert c.delays[x.doc] > 0
        if x.story in pages:
            hours = (_when(c, x.doc) - _when(c, pages[x.story])).total_seconds() / 3600
            assert c.delays[x.doc] == pytest.approx(hours)
            checked += 1
    assert checked > 50


@pytest.mark.parametrize("seed", SEEDS)
def test_versions_are_later_articles_of_the_same_outlet(seed: int) -> None:
    c = corpus(seed)
    assert len(c.versions) >= 10
    of_copies = 0
    for v, o in c.versions.items():
        assert c._by_id()[v].source == c._by_id()[o].source
        assert _when(c, v) > _when(c, o)
        assert c.relations[(min(v, o), max(v, o))] == "version"
        assert c.family_sources[v] == c.family_sources[o]
        assert len(c.text(v).split("\n\n")) > len(c.text(o).split("\n\n")) - 1  # a paragraph added
        of_copies += bool(c.copies_of(o))
    assert 0 < of_copies < len(c.versions)  # versions of story copies and of own articles


@pytest.mark.parametrize("seed", SEEDS)
def test_relations_cover_the_truth_pairs_and_follow_the_outlets(seed: int) -> None:
    c = corpus(seed)
    assert set(c.relations) == c.pairs()
    source = {d.id: d.source for d in c.documents}
    for (a, b), rel in c.relations.items():
        assert (rel == "version") == (source[a] == source[b])
    assert set(c.relations.values()) == {"copy", "quote", "version"}


def _in_marks(c: ScrapeCorpus, doc: str) -> bool:
    (x,) = c.copies_of(doc)
    text = c.text(doc)
    start, end = x.spans[0][0], x.spans[-1][1]
    opens, closes = text[start - 1 : start] in ("\"", "“"), text[end : end + 1] in ("\"", "”")
    return x.kind == "embedded" and opens and closes


def _quoted_share(c: ScrapeCorpus, doc: str, start: int, end: int) -> float:
    inside = total = 0
    for para in c.text(doc)[start:end].split("\n\n"):
        q, t = quoted_words(para)
        inside, total = inside + q, total + t
    return inside / total if total else 0.0


@pytest.mark.parametrize("seed", SEEDS)
def test_a_quote_relation_has_most_shared_words_in_quotation_marks(seed: int) -> None:
    c = corpus(seed)
    embedded = 0
    for p in c.iter_planted():
        a, b = min(p.a, p.b), max(p.a, p.b)
        rel = c.relations[(a, b)]
        if rel == "version":
            continue
        # the text itself: an embedded copy set in quotation marks, just outside its wire paragraphs
        marks = [_in_marks(c, d) for d in (p.a, p.b)]
        shares = [_quoted_share(c, p.a, p.a_start, p.a_end), _quoted_share(c, p.b, p.b_start, p.b_end)]
        quoted = any(marks) or max(shares) > 0.5
        assert (rel == "quote") == quoted, (a, b, rel, marks, shares)
        embedded += any(marks)
    assert embedded > 0


def _word_diff(src: list[str], dst: list[str]) -> tuple[Counter[str], int]:
    """Words per kind and edits found by a plain word diff (the oracle the truth must agree with)."""
    counts: Counter[str] = Counter()
    n = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, src, dst, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        n += 1
        if op == "replace" and i2 - i1 == j2 - j1 and all(
            x.translate(FOLD) == y.translate(FOLD) for x, y in zip(src[i1:i2], dst[j1:j2], strict=True)
        ):
            counts["typographic"] += i2 - i1
        else:
            kind = {"replace": "substitute", "insert": "insert", "delete": "delete"}[op]
            counts[kind] += max(i2 - i1, j2 - j1)
    return counts, n


@pytest.mark.parametrize("seed", SEEDS)
def test_a_word_diff_recovers_every_planted_edit(seed: int) -> None:
    c = corpus(seed)
    seen: Counter[str] = Counter()
    for doc, edits in c.edits.items():
        source = c.family_sources[doc]
        (p,) = c.planted_for(source, doc)
        s_span = (p.a_start, p.a_end) if p.a == source else (p.b_start, p.b_end)
        d_span = (p.b_start, p.b_end) if p.a == source else (p.a_start, p.a_end)
        src, dst = c.text(source)[slice(*s_span)].split(), c.text(doc)[slice(*d_span)].split()
        counts, n = _word_diff(src, dst)
        truth = c.edit_counts(doc)
        assert {k: v for k, v in truth.items() if v} == dict(counts), doc
        assert n == len(edits), doc  # one diff hunk per planted edit
        seen.update(truth)
    assert all(seen[k] >= 10 for k in ("insert", "delete", "substitute", "typographic")), seen


@pytest.mark.parametrize("seed", SEEDS)
def test_each_edit_offset_points_at_the_edited_words(seed: int) -> None:
    c = corpus(seed)
    for doc, edits in c.edits.items():
        src_text, dst_text = c.text(c.family_sources[doc]), c.text(doc)
        last_end = -1
        for e in edits:
            before, after = src_text[e.source_start : e.source_end], dst_text[e.copy_start : e.copy_end]
            assert e.copy_start >= last_end
            last_end = e.copy_end
            if e.kind == "insert":
                assert before == ""
                assert len(after.split()) == e.words
            elif e.kind == "delete":
                assert after == ""
                assert len(before.split()) == e.words
            else:
                assert len(before.split()) == len(after.split()) == e.words
                folded = before.translate(FOLD) == after.translate(FOLD)
                assert before != after
                assert folded == (e.kind == "typographic")
            for span in (before, after):
                assert span == span.strip()
        # at least GAP unchanged words between two edits of the copy
        for x, y in itertools.pairwise(edits):
            between = dst_text[x.copy_end : y.copy_start].split()
            assert len(between) >= GAP, (doc, x, y)


@pytest.mark.parametrize("seed", SEEDS)
def test_member_statuses(seed: int) -> None:
    c = corpus(seed)
    families = c.families()
    assert set(c.statuses) == {m for f in families for m in f}
    for fam in families:
        sources = [m for m in fam if c.statuses[m] == "source"]
        pages = [m for m in fam if c.kinds[m] == "wire"]
        credited = [m for m in fam if c.statuses[m] == "credited"]
        assert len(sources) <= 1
        if pages:
            assert sources == pages
        elif not credited:
            assert sources == [min(fam, key=lambda m: _when(c, m))]
        else:
            assert sources == []
        for m in fam:
            assert c.family_sources[m] == (pages[0] if pages else min(fam, key=lambda m: _when(c, m)))
            if c.statuses[m] != "source":
                copies = c.copies_of(m)
                assert (c.statuses[m] == "credited") == bool(copies and copies[0].credited)
    assert set(c.statuses.values()) == {"source", "credited", "uncredited"}


@pytest.mark.parametrize("seed", SEEDS)
def test_copied_spans_and_outlet_stats(seed: int) -> None:
    c = corpus(seed)
    for doc, spans in c.copied_spans.items():
        assert c.kinds[doc] not in ("wire", "own", "independent")
        text = c.text(doc)
        wire = c.story_spans(doc)
        for (s, e), nxt in zip(spans, [*spans[1:], None], strict=True):
            assert 0 <= s < e <= len(text)
            assert nxt is None or e < nxt[0]
            assert any(ws <= s and e <= we for ws, we in wire)
            assert not any(fs < e and s < fe for fs, fe in c.furniture[doc])
        # copied text is shared with another outlet's document by a copy relation
        partners = [b if a == doc else a for (a, b), rel in c.relations.items()
                    if doc in (a, b) and rel == "copy"]
        assert partners
        assert all(c._by_id()[p].source != c._by_id()[doc].source for p in partners)
    by_outlet: dict[str, list[str]] = {}
    for d in c.documents:
        by_outlet.setdefault(d.source or "", []).append(d.id)
    assert set(by_outlet) == set(c.outlet_stats)
    for name, stats in c.outlet_stats.items():
        docs = by_outlet[name]
        copied = [d for d in docs if d in c.copied_spans]
        assert stats.documents == len(docs)
        assert stats.characters == sum(len(c.text(d)) for d in docs)
        assert stats.copied_documents == len(copied)
        assert stats.copied_characters == sum(e - s for d in copied for s, e in c.copied_spans[d])
        assert 0 <= stats.copied_share <= 1
        assert stats.credited + stats.uncredited == stats.copied_documents
        assert stats.credited == sum(c.copies_of(d)[0].credited for d in copied)
        assert sum(o.characters for o in stats.origins) == stats.copied_characters
        assert all(o.origin in CANONICAL for o in stats.origins)
        if name in CANONICAL:
            assert stats.copied_documents == 0  # an agency's own pages copy nothing
        delays = [(_when(c, d) - _when(c, c.family_sources[d])).total_seconds() / 3600
                  for d in copied if c.family_sources[d] != d]
        if delays:
            assert stats.median_delay_hours == pytest.approx(statistics.median(delays))
            assert stats.median_delay_hours > 0
        else:
            assert stats.median_delay_hours is None
    assert sum(s.copied_characters for s in c.outlet_stats.values()) > 0


def test_an_own_version_alone_copies_nothing() -> None:
    c = corpus(0)
    own = [(v, o) for v, o in c.versions.items() if not c.copies_of(o)]
    assert own
    for v, o in own:
        assert v not in c.copied_spans
        assert o not in c.copied_spans
        assert c.statuses[o] == "source"
        assert c.statuses[v] == "uncredited"
        assert v in c.edits  # the update's word edits against the original


def test_deterministic_per_seed() -> None:
    again = preset("provenance-8", 0)
    assert _digest(again) == _digest(corpus(0))
    assert _digest(corpus(100)) != _digest(corpus(0))


def test_typographic_variant_and_quoted_words() -> None:
    for token, expected in [("U.S.", "US"), ("U.N.,", "UN,"), ('"Yes', "“Yes"), ("it's", "it’s"),
                            ("“No”", '"No"'), ("1990–91", "1990—91"), ("plain", None), ("—", None)]:
        assert typographic_variant(token) == expected
    assert quoted_words('He said "we will go" and left.') == (3, 7)
    assert quoted_words("He said “we will” and “go”.") == (3, 6)
    assert quoted_words("no quotes here", inside=True) == (3, 3)


def test_options_are_checked() -> None:
    with pytest.raises(ConfigError, match="versions needs provenance"):
        scrape_corpus(0, versions=0.1)
    with pytest.raises(ConfigError, match="versions must be"):
        scrape_corpus(0, provenance=True, versions=2.0)


def _perfect(c: ScrapeCorpus) -> ScanResult:
    """A scan result whose provenance is the truth itself."""
    pairs = tuple(Pair(a, b, 1.0, 1.0, 1.0, 1.0, ()) for a, b in sorted(c.relations))
    relations = tuple(
        PairRelation(i, p.a, p.b, c.relations[(p.a, p.b)], c.statuses[p.a], c.statuses[p.b], None)
        for i, p in enumerate(pairs)
    )
    families = tuple(
        FamilyAttribution(f"fam{k}", None, None, (),
                          tuple(MemberAttribution(m, c.statuses[m], None, None) for m in sorted(fam)))
        for k, fam in enumerate(c.families())
    )
    edits = []
    for doc, found in c.edits.items():
        n = c.edit_counts(doc)
        rel = c.relations[(min(doc, c.family_sources[doc]), max(doc, c.family_sources[doc]))]
        edits.append(EditSummary("fam", c.family_sources[doc], doc, rel, 100, n["insert"], n["delete"],
                                 n["substitute"], n["typographic"], 0, 0, found))
    prov = Provenance({}, (), relations, families, tuple(edits), tuple(c.outlet_stats.values()))
    return ScanResult(pairs, (), ScanStats(), (), prov)


def test_the_eval_scores_the_truth_as_perfect_and_counts_each_error() -> None:
    from benchmarks.quality.provenance_eval import score

    c = corpus(0)
    perfect = _perfect(c)
    s = score(c, perfect)
    assert (s.max_pp, s.status_accuracy, s.relation_accuracy, s.edit_accuracy) == (0.0, 1.0, 1.0, 1.0)
    assert s.edit_members + s.version_members == len(c.edits)
    assert s.version_members > 0
    assert s.version_accuracy == 1.0
    assert not s.errors
    prov = perfect.provenance
    assert prov is not None
    # one relation, one status, one edit count and one outlet's copied characters wrong
    r0, m0, e0, o0 = prov.pairs[0], prov.families[0].members[0], prov.edits[0], prov.outlets[0]
    wrong = {"copy": "quote", "quote": "version", "version": "copy"}
    wrong_status = {"source": "credited", "credited": "uncredited", "uncredited": "source"}
    off = round(0.03 * o0.characters)
    broken = Provenance(
        {}, (), (replace(r0, relation=wrong[r0.relation]), *prov.pairs[1:]),
        (replace(prov.families[0], members=(replace(m0, status=wrong_status[m0.status]),
                                            *prov.families[0].members[1:])), *prov.families[1:]),
        (replace(e0, inserted=e0.inserted + 1), *prov.edits[1:]),
        (replace(o0, copied_characters=o0.copied_characters + off), *prov.outlets[1:]),
    )
    s = score(c, replace(perfect, provenance=broken))
    assert sum(s.relations.values()) - sum(v for (t, p), v in s.relations.items() if t == p) == 1
    assert sum(s.statuses.values()) - sum(v for (t, p), v in s.statuses.items() if t == p) == 1
    assert s.edit_exact + s.version_exact == s.edit_members + s.version_members - 1
    assert s.max_pp == pytest.approx(100 * off / o0.characters)
    assert len(s.errors) == 3  # relation, status, edits (an outlet's share is a figure, not an error)
