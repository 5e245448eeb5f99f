"""The news-scrape generator: deterministic, honest ground truth, furniture shaped like real scrapes."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import pytest

from syndetect.errors import ConfigError
from syndetect.testing.scrape import (
    DOC_KINDS,
    PRESETS,
    ScrapeCorpus,
    identical_files,
    preset,
    scrape_corpus,
    wide_story,
)

MSRP = Path(__file__).resolve().parents[2] / "shared" / "eval" / "msrp-paraphrase"
_FOLD_QUOTES = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})
_ACRONYM = re.compile(r"\b([A-Z])\.([A-Z])\.")


def _fold(text: str) -> list[str]:
    """Undo the documented copy-desk edits except word edits: quote style and acronym dots."""
    text = _ACRONYM.sub(r"\1\2", text.translate(_FOLD_QUOTES))
    return re.findall(r"[\w']+", text.lower())


def _token_edits(a: list[str], b: list[str], bound: int) -> int:
    """Levenshtein distance over tokens, exact up to ``bound`` (``bound + 1`` means "more")."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    inf = bound + 1
    prev = {j: j for j in range(min(len(b), bound) + 1)}
    for i in range(1, len(a) + 1):
        cur: dict[int, int] = {}
        for j in range(max(0, i - bound), min(len(b), i + bound) + 1):
            best = prev.get(j, inf) + 1
            if j:
                best = min(best, cur.get(j - 1, inf) + 1, prev.get(j - 1, inf) + (a[i - 1] != b[j - 1]))
            cur[j] = min(best, inf)
        prev = cur
    return prev.get(len(b), inf)


def _masked_furniture(corpus: ScrapeCorpus, doc: str) -> str:
    """The document's furniture with every slot value replaced by ``{}``."""
    text = corpus.text(doc)
    slots = sorted(corpus.slots[doc])
    parts = []
    for start, end in corpus.furniture[doc]:
        pos = start
        for s, e in slots:
            if start <= s and e <= end:
                parts.append(text[pos:s] + "{}")
                pos = e
        parts.append(text[pos:end] + "\n---\n")
    return "".join(parts)


def _own_text(corpus: ScrapeCorpus, doc: str) -> str:
    """The document's text outside its furniture and outside the wire text it carries."""
    text = corpus.text(doc)
    cut = sorted(list(corpus.furniture[doc]) + corpus.story_spans(doc))
    parts, pos = [], 0
    for s, e in cut:
        parts.append(text[pos:s])
        pos = max(pos, e)
    parts.append(text[pos:])
    return "\n".join(parts)


def _check_integrity(corpus: ScrapeCorpus) -> None:
    planted = corpus.planted
    assert planted
    for p in planted:
        ta, tb = corpus.text(p.a)[p.a_start : p.a_end], corpus.text(p.b)[p.b_start : p.b_end]
        assert ta.strip() == ta
        assert tb.strip() == tb
        assert ta
        assert tb
        assert _token_edits(_fold(ta), _fold(tb), p.word_edits) <= p.word_edits, (p, ta, tb)
        for doc, s, e in ((p.a, p.a_start, p.a_end), (p.b, p.b_start, p.b_end)):
            assert all(e <= fs or fe <= s for fs, fe in corpus.furniture[doc]), (
                "planted span overlaps furniture"
            )
    pairs = {(min(p.a, p.b), max(p.a, p.b)) for p in planted}
    assert corpus.pairs() == pairs
    assert corpus.n_pairs() == len(pairs)
    ids = [d.id for d in corpus.documents]
    carriers = [d for d in ids if corpus.copies_of(d)]
    brute = {(a, b) for a, b in combinations(sorted(carriers), 2) if corpus.planted_for(a, b)}
    assert brute == pairs
    family_of = {d: k for k, fam in enumerate(corpus.families()) for d in fam}
    assert sum(len(f) for f in corpus.families()) == len(family_of), "families overlap"
    assert all(family_of[a] == family_of[b] for a, b in pairs)
    assert {d for pair in pairs for d in pair} == set(family_of)


@pytest.fixture(scope="module")
def corpus() -> ScrapeCorpus:
    return scrape_corpus(5, n_outlets=6, n_articles=150, n_stories=25, urls=True, declare_sources=True)


@pytest.fixture(scope="module")
def templated() -> ScrapeCorpus:
    return scrape_corpus(6, n_outlets=9, n_articles=120, n_stories=15, n_themes=2)


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    a = scrape_corpus(3, n_outlets=4, n_articles=60, n_stories=10)
    b = scrape_corpus(3, n_outlets=4, n_articles=60, n_stories=10)
    c = scrape_corpus(4, n_outlets=4, n_articles=60, n_stories=10)
    assert a == b
    assert a.documents == b.documents
    assert a.copies == b.copies
    assert a.furniture == b.furniture
    assert [d.text for d in a.documents] != [d.text for d in c.documents]
    assert wide_story(3, n_outlets=8) == wide_story(3, n_outlets=8)
    assert wide_story(3, n_outlets=8).texts != wide_story(4, n_outlets=8).texts


def test_shape_outlets_kinds_and_sizes(corpus: ScrapeCorpus) -> None:
    ids = [d.id for d in corpus.documents]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert set(corpus.kinds) == set(ids) == set(corpus.outlets) == set(corpus.furniture)
    assert set(corpus.kinds.values()) <= set(DOC_KINDS)
    wire = {d for d, k in corpus.kinds.items() if k == "wire"}
    per_outlet = Counter(o for d, o in corpus.outlets.items() if d not in wire)
    assert len(per_outlet) == 6
    assert sum(per_outlet.values()) == 150
    assert all(5 <= n <= 60 for n in per_outlet.values())
    assert {c.kind for c in corpus.copies} >= {"wire", "reprint", "trimmed", "localised", "embedded"}
    assert {"independent", "own"} <= set(corpus.kinds.values())
    # every story is reprinted by distinct outlets
    for copies in corpus.stories().values():
        outlets = [corpus.outlets[c.doc] for c in copies]
        assert len(outlets) == len(set(outlets))


def test_ground_truth_integrity(corpus: ScrapeCorpus, templated: ScrapeCorpus) -> None:
    _check_integrity(corpus)
    _check_integrity(templated)


def test_furniture_identical_up_to_slots_within_outlet_and_theme(
    corpus: ScrapeCorpus, templated: ScrapeCorpus
) -> None:
    for c in (corpus, templated):
        by_outlet: dict[str, set[str]] = defaultdict(set)
        for d in c.documents:
            by_outlet[c.outlets[d.id]].add(_masked_furniture(c, d.id))
        assert all(len(v) == 1 for v in by_outlet.values()), "an outlet's furniture varies outside its slots"
    # templated outlets of one theme carry the same furniture up to the slots (their names among them)
    by_theme: dict[str, set[str]] = defaultdict(set)
    outlets_of_theme: dict[str, set[str]] = defaultdict(set)
    for d in templated.documents:
        outlet = templated.outlets[d.id]
        if templated.kinds[d.id] != "wire":
            by_theme[templated.themes[outlet]].add(_masked_furniture(templated, d.id))
            outlets_of_theme[templated.themes[outlet]].add(outlet)
    assert len(by_theme) == 2
    assert all(len(o) >= 4 for o in outlets_of_theme.values())
    assert all(len(v) == 1 for v in by_theme.values())
    # slots do change: dates and the outlet's own headline lists differ between articles
    some = [d.id for d in corpus.documents if corpus.slots[d.id]][:20]
    assert len({corpus.text(d)[s:e] for d in some for s, e in corpus.slots[d]}) > 20


def test_furniture_shapes_vary(corpus: ScrapeCorpus) -> None:
    shapes = set()
    for outlet in set(corpus.outlets.values()):
        doc = next(d for d, o in corpus.outlets.items() if o == outlet)
        text = corpus.text(doc)
        spans = corpus.furniture[doc]
        top = bool(spans) and spans[0][0] == 0
        bottom = bool(spans) and spans[-1][1] == len(text)
        shapes.add((top, bottom))
        assert all(text[s:e].strip() == text[s:e] for s, e in spans)
    assert (True, True) in shapes
    assert len(shapes) >= 2


def test_independent_articles_share_no_text(corpus: ScrapeCorpus) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for d in corpus.documents:
        words = re.findall(r"\w+", _own_text(corpus, d.id).lower())
        for k in range(len(words) - 7):
            gram = tuple(words[k : k + 8])
            assert seen.setdefault(gram, d.id) == d.id, f"{gram} in {seen[gram]} and {d.id}"


def test_sources_and_urls_only_when_asked(corpus: ScrapeCorpus) -> None:
    assert all(d.source == corpus.outlets[d.id] for d in corpus.documents)
    hosts: dict[str, set[str]] = defaultdict(set)
    for d in corpus.documents:
        assert d.url is not None
        m = re.fullmatch(r"https://www\.([a-z0-9.-]+)/2024/(\d\d)/[a-z0-9-]+", d.url)
        assert m, d.url
        assert d.date is not None
        assert d.date[5:7] == m.group(2)
        hosts[corpus.outlets[d.id]].add(m.group(1))
    assert all(len(h) == 1 for h in hosts.values())
    assert len({h for hs in hosts.values() for h in hs}) == len(hosts)
    bare = scrape_corpus(5, n_outlets=6, n_articles=150, n_stories=25)
    assert all(d.source is None and d.url is None for d in bare.documents)
    assert [d.text for d in bare.documents] == [d.text for d in corpus.documents]
    assert bare.copies == corpus.copies


def test_wide_story_every_copy_in_one_family() -> None:
    c = wide_story(2, n_outlets=30)
    assert len(c.documents) == 31
    assert [len(f) for f in c.families()] == [31]
    assert c.n_pairs() == 31 * 30 // 2
    _check_integrity(c)
    for d in c.documents:
        if c.kinds[d.id] != "wire":
            assert len(c.furniture[d.id]) == 2
            assert all("\n" not in d.text[s:e] for s, e in c.furniture[d.id]), "one-line header and footer"


def test_identical_files() -> None:
    c = identical_files(1, n_files=40, declare_sources=True)
    assert len({d.text for d in c.documents}) == 1
    assert len({d.source for d in c.documents}) == 40
    assert c.n_pairs() == 40 * 39 // 2 == len(c.pairs())
    assert [len(f) for f in c.families()] == [40]
    p = c.planted[0]
    assert (p.a_start, p.a_end) == (p.b_start, p.b_end) == (0, len(c.documents[0].text))


def test_presets_and_errors() -> None:
    assert set(PRESETS) == {"scrape-8", "templates-12", "wide-60", "wide-500", "identical-3000"}
    c = preset("wide-60", 0)
    assert c.name == "wide-60"
    assert len(c.documents) == 61
    with pytest.raises(ConfigError, match="unknown preset 'nope'"):
        preset("nope", 0)
    with pytest.raises(ConfigError, match=re.escape("n_articles must be an integer in [40, 480]")):
        scrape_corpus(0, n_articles=10)
    with pytest.raises(ConfigError, match="wire_originals"):
        scrape_corpus(0, wire_originals=2.0)


def _fake_msrp(directory: Path) -> list[tuple[str, str]]:
    """A tiny MSRP-format file: 40 pairs of sentences that share no word."""

    def sentence(k: int, side: str) -> str:
        words = [f"{side}{k}w{i}" for i in range(10)]
        return " ".join([words[0].capitalize(), *words[1:]]) + "."

    pairs = [(sentence(k, "alpha"), sentence(k, "beta")) for k in range(40)]
    lines = [f"1\t{2 * k}\t{2 * k + 1}\t{a}\t{b}" for k, (a, b) in enumerate(pairs)]
    directory.mkdir()
    (directory / "msr_paraphrase_train.txt").write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    return pairs


def test_msrp_sentences_once_never_both_of_a_pair_then_fallback(tmp_path: Path) -> None:
    pairs = _fake_msrp(tmp_path / "msrp")
    c = scrape_corpus(0, n_outlets=2, n_articles=12, n_stories=2, msrp=tmp_path / "msrp")
    assert c.fallback_paragraphs > 0, "40 sentences cannot fill 12 articles"
    first_copies = {copies[0] for copies in c.stories().values()}
    own = "\n".join(_own_text(c, d.id) for d in c.documents)
    own += "\n".join(c.text(x.doc)[x.spans[0][0] : x.spans[-1][1]] for x in first_copies)
    used = 0
    for a, b in pairs:
        na, nb = own.count(a[:-1]), own.count(b[:-1])
        assert na <= 1
        assert nb <= 1
        assert not (na and nb), "both sentences of one MSRP pair"
        used += na + nb
    assert used >= 15
    _check_integrity(c)


def test_msrp_path_absent_falls_back_to_the_synthetic_writer(tmp_path: Path) -> None:
    c = scrape_corpus(0, n_outlets=2, n_articles=12, n_stories=2, msrp=tmp_path / "absent")
    d = scrape_corpus(0, n_outlets=2, n_articles=12, n_stories=2)
    assert c.texts == d.texts
    assert c.fallback_paragraphs == d.fallback_paragraphs > 0


@pytest.mark.skipif(not MSRP.exists(), reason="MSRP copy in ../shared/eval absent")
def test_real_msrp_prose() -> None:
    c = scrape_corpus(100, n_outlets=5, n_articles=120, n_stories=20, msrp=MSRP)
    assert c.fallback_paragraphs == 0
    _check_integrity(c)
    seen: dict[tuple[str, ...], str] = {}
    for d in c.documents:
        words = re.findall(r"\w+", _own_text(c, d.id).lower())
        for k in range(len(words) - 7):
            gram = tuple(words[k : k + 8])
            assert seen.setdefault(gram, d.id) == d.id
