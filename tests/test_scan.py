"""scan(): the seed articles, planted syndication with exact spans, and what must not fool it."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

import syndetect
from syndetect import Document, ScanConfig
from syndetect.errors import ConfigError
from syndetect.testing.synthetic import synthetic_corpus

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def _seed_docs() -> list[Document]:
    return [Document(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def _paragraph_span(text: str, first_words: str, last_words: str) -> tuple[int, int]:
    """The raw span of the line that starts with ``first_words`` through the line ending in
    ``last_words``, without surrounding quotation marks (the gold standard is the wire text)."""
    start = text.index(first_words)
    end = text.index(last_words, start) + len(last_words)
    return start, end


def _char_scores(
    length: int, gold: list[tuple[int, int]], found: list[tuple[int, int]]
) -> tuple[float, float]:
    g = np.zeros(length, dtype=bool)
    d = np.zeros(length, dtype=bool)
    for s, e in gold:
        g[s:e] = True
    for s, e in found:
        d[s:e] = True
    both = np.count_nonzero(g & d)
    return both / max(1, np.count_nonzero(d)), both / max(1, np.count_nonzero(g))


def test_seeds_report_exactly_the_sadr_pair_with_character_precision() -> None:
    docs = _seed_docs()
    result = syndetect.scan(docs)
    assert [(p.a[:3], p.b[:3]) for p in result.pairs] == [("000", "001")]
    pair = result.pairs[0]
    texts = {d.id: d.text for d in docs}
    a, b = texts[pair.a], texts[pair.b]
    # The four shared Sadr paragraphs: three consecutive ones, then the "Finally" quote; in 001 the
    # line "And in perhaps the most significant sign..." sits between them and is not shared.
    gold_a = [
        _paragraph_span(a, "Populist", "should be criminalised."),
        _paragraph_span(a, "Finally, I call", 'he said.'),
    ]
    gold_b = [
        _paragraph_span(b, "Populist", "should be criminalised."),
        _paragraph_span(b, "Finally, I call", "he said."),
    ]
    assert "And in perhaps" not in b[gold_b[0][0] : gold_b[0][1]]
    pa, ra = _char_scores(len(a), gold_a, [(p.a_start, p.a_end) for p in pair.passages])
    pb, rb = _char_scores(len(b), gold_b, [(p.b_start, p.b_end) for p in pair.passages])
    assert min(pa, ra, pb, rb) >= 0.9, (pa, ra, pb, rb)
    gap = b.index("And in perhaps")
    assert all(not (p.b_start <= gap < p.b_end) for p in pair.passages)
    # one family, the two syndicated articles
    assert [sorted(m[:3] for m in f.members) for f in result.families] == [["000", "001"]]
    assert result.families[0].origin in (pair.a, pair.b)
    assert 0.0 < pair.containment_b < pair.containment_a < 1.0


def test_seed_passage_flags_the_direct_quotation() -> None:
    result = syndetect.scan(_seed_docs())
    texts = {d.id: d.text for d in _seed_docs()}
    pair = result.pairs[0]
    for p in pair.passages:
        span = texts[pair.a][p.a_start : p.a_end]
        assert p.quote == span.startswith("Finally")


def test_planted_syndication_exact_pairs_spans_and_families() -> None:
    corpus = synthetic_corpus(600, seed=11, family_fraction=0.25)
    result = syndetect.scan(corpus.documents)
    texts = {d.id: d.text for d in corpus.documents}
    gold: dict[frozenset[str], list[syndetect.testing.synthetic.PlantedPassage]] = {}
    for p in corpus.planted:
        gold.setdefault(frozenset((p.a, p.b)), []).append(p)
    found = {frozenset((p.a, p.b)): p for p in result.pairs}
    assert set(found) == set(gold)
    for key, planted in gold.items():
        pair = found[key]
        for side in ("a", "b"):
            doc = getattr(pair, side)
            spans = [(p.a_start, p.a_end) if p.a == doc else (p.b_start, p.b_end) for p in planted]
            got = [(q.a_start, q.a_end) if side == "a" else (q.b_start, q.b_end) for q in pair.passages]
            precision, recall = _char_scores(len(texts[doc]), spans, got)
            assert precision >= 0.95, (key, side, precision)
            assert recall >= 0.95, (key, side, recall)
    assert {frozenset(f.members) for f in result.families} == set(corpus.families)


def _words(rng: random.Random, n: int, vocab: list[str]) -> str:
    return " ".join(rng.choice(vocab) for _ in range(n))


@pytest.fixture
def vocab() -> list[str]:
    rng = random.Random(3)
    return ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
            for _ in range(5000)]


@pytest.mark.parametrize("filler", [50, 3000])
def test_a_25_word_passage_is_found_whatever_the_lengths(vocab: list[str], filler: int) -> None:
    rng = random.Random(filler)
    shared = _words(rng, 25, vocab)
    a = _words(rng, filler, vocab) + " " + shared + " " + _words(rng, filler, vocab)
    b = _words(rng, 2 * filler, vocab) + ". " + shared + ". " + _words(rng, 40, vocab)
    result = syndetect.scan([a, b])
    assert len(result.pairs) == 1
    (p,) = result.pairs[0].passages
    assert a[p.a_start : p.a_end] == shared
    assert b[p.b_start : p.b_end] == shared


def test_edited_passage_is_one_passage(vocab: list[str]) -> None:
    rng = random.Random(5)
    words = _words(rng, 120, vocab).split()
    edited = list(words)
    del edited[30]  # a dropped word
    edited[60] = "replaced"  # a replaced word
    edited.insert(90, "inserted")  # an inserted word
    a = _words(rng, 200, vocab) + " " + " ".join(words) + " " + _words(rng, 200, vocab)
    b = _words(rng, 80, vocab) + " " + " ".join(edited) + " " + _words(rng, 80, vocab)
    (pair,) = syndetect.scan([a, b]).pairs
    assert len(pair.passages) == 1
    p = pair.passages[0]
    assert a[p.a_start : p.a_end] == " ".join(words)
    assert b[p.b_start : p.b_end] == " ".join(edited)
    assert 0.9 <= p.score < 1.0


def test_short_common_phrase_is_not_a_passage(vocab: list[str]) -> None:
    rng = random.Random(8)
    phrase = _words(rng, 10, vocab)
    a = _words(rng, 300, vocab) + " " + phrase + " " + _words(rng, 300, vocab)
    b = _words(rng, 300, vocab) + " " + phrase + " " + _words(rng, 300, vocab)
    assert syndetect.scan([a, b]).pairs == ()


def test_page_furniture_shared_by_many_documents_creates_no_pair(vocab: list[str]) -> None:
    rng = random.Random(9)
    footer = "Subscribe to our newsletter " + _words(rng, 40, vocab)
    docs = [_words(rng, 300, vocab) + "\n\n" + footer for _ in range(60)]
    result = syndetect.scan(docs)
    assert result.pairs == ()
    assert result.stats.boilerplate_fingerprints > 0


def test_shared_topic_and_names_are_not_pairs() -> None:
    docs = _seed_docs()
    ids = [d.id for d in docs if d.id.startswith(("000", "002", "004"))]
    result = syndetect.scan([d for d in docs if d.id in ids])
    assert result.pairs == ()


def test_one_article_quoting_two_stories_does_not_weld_their_families(vocab: list[str]) -> None:
    rng = random.Random(12)
    story1 = _words(rng, 150, vocab)
    story2 = _words(rng, 150, vocab)
    docs = {
        "s1": story1, "s1-reprint": "Headline. " + story1,
        "s2": story2, "s2-reprint": "Other headline. " + story2,
        "bridge": _words(rng, 100, vocab) + ". " + " ".join(story1.split()[:40]) + ". "
        + _words(rng, 100, vocab) + ". " + " ".join(story2.split()[:40]) + ". " + _words(rng, 100, vocab),
    }
    items = [Document(k, v) for k, v in docs.items()]
    verified = syndetect.scan(items)
    fams = sorted(sorted(f.members) for f in verified.families)
    assert len(fams) == 2
    assert sum("bridge" in f for f in fams) == 1
    components = syndetect.scan(items, ScanConfig(cluster=syndetect.ClusterConfig(mode="components")))
    assert [len(f.members) for f in components.families] == [5]


def _paraphrased_stories(vocab: list[str], replaced: tuple[int, ...]) -> list[Document]:
    """Two stories, each with a copy, whose closing sentences (22 words) are the same sentence with the
    words at ``replaced`` rewritten: how independent reports of one event share a formulaic sentence."""
    rng = random.Random(24)
    story1, story2 = _words(rng, 200, vocab), _words(rng, 200, vocab)
    base = _words(rng, 22, vocab).split()
    para = list(base)
    for i in replaced:
        para[i] = rng.choice(vocab)
    s1, s2 = " ".join(base), " ".join(para)
    return [
        Document("s1", f"{story1}. {s1}.", date="2024-03-01"),
        Document("s1-copy", f"Headline. {story1}. {s1}.", date="2024-03-02"),
        Document("s2", f"{story2}. {s2}.", date="2024-04-01"),
        Document("s2-copy", f"Other headline. {story2}. {s2}.", date="2024-04-02"),
    ]


def test_a_paraphrased_sentence_is_reported_but_welds_no_families(vocab: list[str]) -> None:
    result = syndetect.scan(_paraphrased_stories(vocab, (4, 8, 12, 16, 18)))
    across = [p for p in result.pairs if p.a[:2] != p.b[:2]]
    assert across, "the paraphrased sentence should still be reported as a pair"
    assert all(len(p.passages) == 1 and p.passages[0].score < 0.8 for p in across)
    assert sorted(sorted(f.members) for f in result.families) == [["s1", "s1-copy"], ["s2", "s2-copy"]]
    assert {f.origin for f in result.families} == {"s1", "s2"}


def test_a_sentence_copied_word_for_word_still_joins_a_family(vocab: list[str]) -> None:
    docs = _paraphrased_stories(vocab, ())
    result = syndetect.scan(docs)
    assert sorted(sorted(f.members) for f in result.families) == [["s1", "s1-copy", "s2", "s2-copy"]]


def _pair(*passages: tuple[int, float]) -> syndetect.Pair:
    found = tuple(syndetect.Passage(0, 10, 0, 10, score, False, words) for words, score in passages)
    return syndetect.Pair("a", "b", 0.1, 0.1, 0.1, 0.1, found)


@pytest.mark.parametrize(("passages", "expected"), [
    (((16, 0.5),), True),  # a paraphrase matched through its replaced words
    (((24, 0.79),), True),
    (((16, 0.5), (20, 0.6)), True),  # two of them
    (((25, 0.5),), False),  # long enough to be copied text, however edited
    (((16, 0.8),), False),  # a short quotation, nearly word for word
    (((16, 1.0),), False),
    (((16, 0.5), (40, 0.95)), False),  # beside a real passage
    ((), False),  # found by its shingles, no passage
])
def test_which_pairs_are_loose(passages: tuple[tuple[int, float], ...], expected: bool) -> None:
    from syndetect.families.cluster import loose

    assert loose(_pair(*passages)) is expected


def test_origin_is_the_earliest_date_when_dates_are_known(vocab: list[str]) -> None:
    rng = random.Random(13)
    story = _words(rng, 200, vocab)
    docs = [
        Document("late", "Reprint. " + story, date="2024-03-02"),
        Document("wire", story, date="2024-03-01T08:00:00"),
        Document("undated", story + " Ends."),
    ]
    (fam,) = syndetect.scan(docs).families
    assert fam.origin == "wire"
    assert "earliest date" in fam.origin_reason


def test_bad_items_are_skipped_and_the_rest_scanned(vocab: list[str]) -> None:
    rng = random.Random(14)
    story = _words(rng, 120, vocab)
    items: list[object] = [
        {"id": "x", "text": story},
        {"id": "y", "text": b"bytes"},
        {"id": "x", "text": "dup"},
        42,
        {"id": "z", "text": "Intro. " + story},
        "",
    ]
    result = syndetect.scan(items)  # type: ignore[arg-type]
    assert [(p.a, p.b) for p in result.pairs] == [("x", "z")]
    reasons = {s.id: s.reason for s in result.skipped}
    assert "field 'text' is bytes" in reasons["y"]
    assert "duplicate id 'x'" in reasons["x"]
    assert "int" in reasons["3"]
    assert result.stats.empty_documents == 1


def test_scan_is_deterministic_and_independent_of_jobs_and_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    from syndetect.align import blocks

    corpus = synthetic_corpus(300, seed=4)
    one = syndetect.scan(corpus.documents)
    assert one.stats.candidate_pairs > 8
    monkeypatch.setattr(blocks, "_MIN_BLOCK", 2)  # many verification blocks, shared by 2 processes
    stages: list[tuple[str, int, int]] = []
    again = syndetect.scan(corpus.documents, ScanConfig(jobs=2, chunk_size=37),
                           progress=lambda *a: stages.append(a))
    assert one.pairs == again.pairs
    assert one.families == again.families
    total = one.stats.candidate_pairs
    assert ("alignment", total, total) in stages


def test_short_identical_texts_are_one_whole_passage() -> None:
    a, b = "Quake hits the coast at dawn", "QUAKE hits the coast, at dawn!"
    (pair,) = syndetect.scan([a, b]).pairs
    assert pair.jaccard == 1.0
    (p,) = pair.passages
    assert (a[p.a_start : p.a_end], b[p.b_start : p.b_end]) == (a, b[:-1])
    assert pair.containment_a == 1.0


def test_empty_and_punctuation_only_documents_never_pair() -> None:
    result = syndetect.scan(["", "", "!!! ...", "real words here"])
    assert result.pairs == ()
    assert result.stats.empty_documents == 3


def test_a_rewritten_sentence_inside_a_copied_passage_keeps_it_one_passage(vocab: list[str]) -> None:
    rng = random.Random(21)
    head, tail = _words(rng, 60, vocab), _words(rng, 60, vocab)
    a = _words(rng, 100, vocab) + ". " + head + " " + _words(rng, 14, vocab) + " " + tail + ". " + _words(
        rng, 100, vocab
    )
    b = _words(rng, 70, vocab) + ". " + head + " " + _words(rng, 13, vocab) + " " + tail + "."
    (pair,) = syndetect.scan([a, b]).pairs
    (p,) = pair.passages
    assert a[p.a_start : p.a_end].startswith(head)
    assert a[p.a_start : p.a_end].endswith(tail)
    assert b[p.b_start : p.b_end].startswith(head)


def test_scan_restores_the_garbage_collector_as_it_was() -> None:
    import gc

    texts = ["the same wire story about the port strike and the union talks " * 3] * 2
    assert gc.isenabled()
    syndetect.scan(texts)
    assert gc.isenabled()
    with pytest.raises(ConfigError, match="ScanConfig, got str"):
        syndetect.scan(texts, config="not a config")  # type: ignore[arg-type]

    def stop(stage: str, done: int, total: int) -> None:
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError, match="interrupted"):  # fails inside the scan
        syndetect.scan(texts, progress=stop)
    assert gc.isenabled()
    gc.disable()
    try:
        syndetect.scan(texts)
        assert not gc.isenabled()
    finally:
        gc.enable()
