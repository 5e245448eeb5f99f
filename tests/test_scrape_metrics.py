"""The news-scrape scorer (benchmarks/quality/scrape_eval.py) on hand-built cases with known answers."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import pytest
from benchmarks.quality.scrape_eval import (
    false_pairs,
    family_scores,
    pair_scores,
    passage_chars,
    planted_char_total,
    score,
    story_coverage,
)

from syndetect import Document, Family, Pair, Passage, ScanResult, ScanStats
from syndetect.testing.scrape import ScrapeCorpus, StoryCopy, identical_files, scrape_corpus, wide_story

HEADER = "Skip to content | News | Sport"
FOOTER = "© The Gazette 2024. Terms of use | Privacy policy"
STORY = "The council voted on Monday to close the harbour.\n\nThe vote was eight to three."
OWN = "A cat was rescued from a tree by firefighters on Tuesday afternoon."


def _page(body: str) -> tuple[str, tuple[int, int], tuple[int, int], int]:
    text = f"{HEADER}\n\n{body}\n\n{FOOTER}"
    start = len(HEADER) + 2
    return text, (0, len(HEADER)), (len(text) - len(FOOTER), len(text)), start


@pytest.fixture
def tiny() -> ScrapeCorpus:
    """a and b carry one two-paragraph story; c is the outlet's own article (same furniture)."""
    docs: list[Document] = []
    furniture: dict[str, tuple[tuple[int, int], ...]] = {}
    copies: list[StoryCopy] = []
    for doc, body in (("a", STORY), ("b", STORY), ("c", OWN)):
        text, head, foot, start = _page(body)
        docs.append(Document(doc, text))
        furniture[doc] = (head, foot)
        if body is STORY:
            p1 = STORY.index("\n\n")
            spans = ((start, start + p1, 0), (start + p1 + 2, start + len(STORY), 0))
            copies.append(StoryCopy(doc, "s", "reprint", 0, 2, spans, (0, 0)))
    return ScrapeCorpus(
        name="tiny",
        seed=0,
        documents=docs,
        copies=tuple(copies),
        story_words={"s": (9, 6)},
        furniture=furniture,
        slots={d.id: () for d in docs},
        outlets={d.id: "Gazette" for d in docs},
        kinds={"a": "wire", "b": "reprint", "c": "own"},
    )


def _result(pairs: list[Pair], families: Sequence[tuple[str, ...]] = ()) -> ScanResult:
    fams = tuple(Family(f"f{k}", members, members[0], "") for k, members in enumerate(families))
    return ScanResult(pairs=tuple(pairs), families=fams, stats=ScanStats())


def _pair(a: str, b: str, *spans: tuple[int, int, int, int]) -> Pair:
    passages = tuple(Passage(s1, e1, s2, e2, 1.0, False) for s1, e1, s2, e2 in spans)
    return Pair(a, b, 0.5, 0.5, 0.5, 0.5, passages)


def _story_span() -> tuple[int, int]:
    start = len(HEADER) + 2
    return start, start + len(STORY)


def test_perfect_result_scores_one(tiny: ScrapeCorpus) -> None:
    s, e = _story_span()
    result = _result([_pair("a", "b", (s, e, s, e))], [("a", "b")])
    scores = score(tiny, result)
    assert (scores.pairs.precision, scores.pairs.recall, scores.pairs.f1) == (1.0, 1.0, 1.0)
    assert scores.chars.precision == scores.chars.recall == 1.0
    assert scores.chars.planted == 2 * len(STORY)
    assert scores.false == type(scores.false)(0, 0, 0, 0)
    assert (scores.families.true_families, scores.families.whole, scores.families.impure) == (1, 1, 0)
    assert scores.families.lost_members == 0
    assert story_coverage(tiny, result, min_copies=2).minimum == 1.0


def test_furniture_only_and_passage_less_pairs_are_counted(tiny: ScrapeCorpus) -> None:
    s, e = _story_span()
    head = (0, len(HEADER), 0, len(HEADER))
    text_c = tiny.text("c")
    foot = (len(text_c) - len(FOOTER), len(text_c))
    body_to_footer = (s, s + len(FOOTER), *foot)  # furniture in c only: still furniture
    body_to_body = (s, s + 20, s, s + 20)
    result = _result(
        [
            _pair("a", "b", (s, e, s, e)),
            _pair("a", "c", head, body_to_footer),
            _pair("b", "c"),  # no passage at all
        ]
    )
    fp = false_pairs(tiny, result)
    assert (fp.furniture_only, fp.no_passage, fp.part_furniture, fp.other) == (2, 1, 0, 0)
    prf = pair_scores(tiny, result)
    assert (prf.tp, prf.fp, prf.fn) == (1, 2, 0)
    fp = false_pairs(tiny, _result([_pair("a", "c", head, body_to_body)]))
    assert (fp.furniture_only, fp.part_furniture, fp.other) == (0, 1, 0)
    fp = false_pairs(tiny, _result([_pair("a", "c", body_to_body)]))
    assert (fp.furniture_only, fp.part_furniture, fp.other) == (0, 0, 1)
    header_to_body = (0, s + 5, 0, s + 5)  # a header bridged into the first words of the body
    fp = false_pairs(tiny, _result([_pair("a", "c", header_to_body)]))
    assert (fp.furniture_only, fp.part_furniture, fp.other) == (0, 1, 0)


def test_passage_in_the_body_of_a_false_pair_is_other(tiny: ScrapeCorpus) -> None:
    s, _ = _story_span()
    fp = false_pairs(tiny, _result([_pair("a", "c", (s, s + 20, s, s + 20))]))
    assert (fp.furniture_only, fp.part_furniture, fp.other) == (0, 0, 1)


def test_half_covered_passage_scores_half(tiny: ScrapeCorpus) -> None:
    s, e = _story_span()
    half = (e - s) // 2
    result = _result([_pair("a", "b", (s, s + half, s, s + half))])
    chars = passage_chars(tiny, result)
    assert chars.precision == 1.0
    assert chars.recall == pytest.approx(2 * half / (2 * (e - s)))
    assert chars.recall == pytest.approx(0.5, abs=0.01)
    cov = story_coverage(tiny, result, min_copies=2)
    assert cov.minimum == pytest.approx(0.5, abs=0.01)
    assert cov.at_least_95 == 0


def test_passage_over_furniture_lowers_precision_only(tiny: ScrapeCorpus) -> None:
    s, e = _story_span()
    result = _result([_pair("a", "b", (0, e, 0, e))])  # header included on both sides
    chars = passage_chars(tiny, result)
    assert chars.recall == 1.0
    assert chars.precision == pytest.approx((e - s) / e)


def test_overlapping_passages_count_once(tiny: ScrapeCorpus) -> None:
    s, e = _story_span()
    result = _result([_pair("a", "b", (s, e, s, e), (s, e, s, e))])
    assert passage_chars(tiny, result).precision == 1.0


def test_missed_pair_and_split_or_merged_families(tiny: ScrapeCorpus) -> None:
    nothing = _result([])
    prf = pair_scores(tiny, nothing)
    assert (prf.tp, prf.fp, prf.fn, prf.recall) == (0, 0, 1, 0.0)
    assert passage_chars(tiny, nothing).recall == 0.0
    fam = family_scores(tiny, nothing)
    assert (fam.whole, fam.lost_members) == (0, 2)
    merged = family_scores(tiny, _result([], [("a", "b", "c")]))
    assert (merged.whole, merged.impure) == (1, 1)
    split = family_scores(tiny, _result([], [("a", "c")]))
    assert (split.whole, split.impure, split.lost_members) == (0, 1, 1)


def test_reversed_pair_orientation(tiny: ScrapeCorpus) -> None:
    s, e = _story_span()
    result = _result([_pair("b", "a", (s, e, s, e))])
    assert passage_chars(tiny, result).recall == 1.0
    assert pair_scores(tiny, result).tp == 1


@pytest.mark.parametrize(
    "corpus",
    [
        scrape_corpus(7, n_outlets=5, n_articles=80, n_stories=15),
        wide_story(7, n_outlets=12),
        identical_files(7, n_files=15),
    ],
    ids=["scrape", "wide", "identical"],
)
def test_planted_char_total_equals_the_sum_over_planted_passages(corpus: ScrapeCorpus) -> None:
    assert planted_char_total(corpus) == sum(
        p.a_end - p.a_start + p.b_end - p.b_start for p in corpus.planted
    )


def test_truth_as_result_scores_one_on_a_generated_corpus() -> None:
    corpus = scrape_corpus(8, n_outlets=5, n_articles=80, n_stories=15)
    pairs = [_pair(p.a, p.b, (p.a_start, p.a_end, p.b_start, p.b_end)) for p in corpus.planted]
    families = [tuple(sorted(f)) for f in corpus.families()]
    scores = score(corpus, _result(pairs, families))
    assert scores.pairs.f1 == 1.0
    assert scores.chars.precision == scores.chars.recall == 1.0
    assert scores.families.whole == len(families)
    assert scores.families.impure == 0
    # every pair of documents of one outlet, with no passage: all furniture-only false pairs
    outlet = max(sorted(set(corpus.outlets.values())), key=list(corpus.outlets.values()).count)
    docs = sorted(d for d, o in corpus.outlets.items() if o == outlet)
    noise = [_pair(a, b) for a, b in combinations(docs, 2) if not corpus.is_pair(a, b)]
    fp = false_pairs(corpus, _result(pairs + noise))
    assert fp.furniture_only == fp.no_passage == len(noise) > 0
