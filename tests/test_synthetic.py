"""The synthetic corpus generator: deterministic, honest ground truth, news-like shape."""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict

import pytest

from syndetect.errors import ConfigError
from syndetect.testing.synthetic import KINDS, SyntheticCorpus, synthetic_corpus

_FOLD_QUOTES = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})
_ACRONYM = re.compile(r"\b([A-Z])\.([A-Z])\.")


def _fold(text: str) -> list[str]:
    """Undo the documented copy-desk edits except word edits: quote style and acronym dots."""
    text = _ACRONYM.sub(r"\1\2", text.translate(_FOLD_QUOTES))
    return re.findall(r"[\w']+", text.lower())


def _token_edits(a: list[str], b: list[str]) -> int:
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


@pytest.fixture(scope="module")
def corpus() -> SyntheticCorpus:
    return synthetic_corpus(600, seed=7, family_fraction=0.3)


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    a = synthetic_corpus(80, seed=3)
    b = synthetic_corpus(80, seed=3)
    c = synthetic_corpus(80, seed=4)
    assert a.documents == b.documents
    assert a.planted == b.planted
    assert a.families == b.families
    assert [d.text for d in a.documents] != [d.text for d in c.documents]


def test_ids_unique_sorted_and_metadata_present(corpus: SyntheticCorpus) -> None:
    ids = [d.id for d in corpus.documents]
    assert len(ids) == 600
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(d.source and d.date and re.fullmatch(r"2020-\d\d-\d\d", d.date) for d in corpus.documents)
    assert set(corpus.kinds) == set(ids)


def test_family_fraction_and_sizes(corpus: SyntheticCorpus) -> None:
    members = [m for f in corpus.families for m in f]
    assert len(members) == len(set(members)), "families overlap"
    assert len(members) == round(600 * 0.3)
    assert all(2 <= len(f) <= 6 for f in corpus.families)
    in_family = {i for i, k in corpus.kinds.items() if k != "single"}
    assert in_family == set(members)
    assert all(sum(corpus.kinds[m] == "wire" for m in f) == 1 for f in corpus.families)
    used_kinds = {corpus.kinds[m] for m in members} - {"wire"}
    assert used_kinds == set(KINDS)


@pytest.mark.parametrize("fraction", [0.0, 0.05, 0.5, 1.0])
def test_family_fraction_respected_for_other_values(fraction: float) -> None:
    c = synthetic_corpus(101, seed=1, family_fraction=fraction, words_per_doc=150)
    n_members = sum(len(f) for f in c.families)
    assert abs(n_members - 101 * fraction) <= 1
    if fraction == 0.0:
        assert c.planted == []


def test_words_per_doc_is_the_mean_length() -> None:
    for words in (200, 600):
        c = synthetic_corpus(300, seed=2, words_per_doc=words, boilerplate=False, family_fraction=0.0)
        mean = sum(len(d.text.split()) for d in c.documents) / len(c.documents)
        # body + headline; lengths are uniform in [0.5, 1.5] x words, so the mean is within a few percent
        assert words * 0.95 <= mean <= words * 1.1, mean


def test_planted_spans_match_modulo_documented_edits(corpus: SyntheticCorpus) -> None:
    docs = {d.id: d.text for d in corpus.documents}
    assert len(corpus.planted) > 50
    exact = 0
    for p in corpus.planted:
        a_text = docs[p.a][p.a_start : p.a_end]
        b_text = docs[p.b][p.b_start : p.b_end]
        for t in (a_text, b_text):
            assert t, p
            assert t == t.strip(), p
        a_tokens, b_tokens = _fold(a_text), _fold(b_text)
        assert _token_edits(a_tokens, b_tokens) <= p.word_edits, p
        assert abs(len(a_text.split()) - p.words) <= p.word_edits + 8  # + dateline words
        exact += a_tokens == b_tokens
    assert 0 < exact < len(corpus.planted)


def test_edits_really_happen(corpus: SyntheticCorpus) -> None:
    """The copy desk does change quote style, acronyms and words, so detectors must cope."""
    docs = {d.id: d.text for d in corpus.documents}
    quote_changed = acronym_changed = words_changed = 0
    for p in corpus.planted:
        a_text = docs[p.a][p.a_start : p.a_end]
        b_text = docs[p.b][p.b_start : p.b_end]
        quote_changed += ("“" in a_text) != ("“" in b_text) or ("’" in a_text) != ("’" in b_text)
        acronym_changed += a_text.count("U.S.") != b_text.count("U.S.")
        words_changed += _fold(a_text) != _fold(b_text)
    assert quote_changed > 0
    assert acronym_changed > 0
    assert words_changed > 0


def test_every_member_shares_planted_text_with_its_wire(corpus: SyntheticCorpus) -> None:
    pairs = corpus.pairs()
    for family in corpus.families:
        (wire,) = [m for m in family if corpus.kinds[m] == "wire"]
        for m in family - {wire}:
            assert (min(wire, m), max(wire, m)) in pairs
    for p in corpus.planted:
        assert any({p.a, p.b} <= f for f in corpus.families)
        if p.kind == "embedded":
            assert p.words >= 30


def test_kinds_have_their_shape(corpus: SyntheticCorpus) -> None:
    docs = {d.id: d.text for d in corpus.documents}
    wire_of = {m: next(x for x in f if corpus.kinds[x] == "wire") for f in corpus.families for m in f}
    for p in corpus.planted:
        if corpus.kinds[p.a] == "wire":
            wire, other, o_start, o_end = p.a, p.b, p.b_start, p.b_end
        elif corpus.kinds[p.b] == "wire":
            wire, other, o_start, o_end = p.b, p.a, p.a_start, p.a_end
        else:
            continue
        assert wire_of[other] == wire
        text = docs[other]
        body = text.split("\n\n", 1)[1]
        kind = corpus.kinds[other]
        share = (o_end - o_start) / len(body)
        if kind in ("reprint", "trimmed"):
            # headline first, then the wire text (maybe with a dateline), then furniture only
            assert o_start - len(text.split("\n\n", 1)[0]) <= 2 + 60
        elif kind == "embedded":
            assert share < 0.7
            assert o_start > len(text) // 10


def test_independent_documents_share_names_but_not_passages() -> None:
    c = synthetic_corpus(300, seed=11, family_fraction=0.0, boilerplate=False)
    seen: dict[tuple[str, ...], str] = {}
    names: Counter[str] = Counter()
    for d in c.documents:
        tokens = d.text.split()
        for i in range(len(tokens) - 9):
            gram = tuple(tokens[i : i + 10])
            owner = seen.setdefault(gram, d.id)
            assert owner == d.id, f"{d.id} and {owner} share {' '.join(gram)!r}"
        names.update({t for t in tokens[1:] if t[:1].isupper() and t.rstrip(".,").isalpha()})
    assert max(names.values()) >= 5, "topic names should recur across independent documents"


def test_news_features_present(corpus: SyntheticCorpus) -> None:
    text = "\n".join(corpus.texts)
    assert "U.S." in text
    assert '"' in text
    assert "“" in text
    assert "’" in text
    assert all("\n\n" in d.text for d in corpus.documents)
    vocab = Counter(re.findall(r"[a-z]+", text))
    assert len(vocab) > 10_000
    most = vocab.most_common(1)[0][1]
    assert most > 50 * sorted(vocab.values())[len(vocab) // 2], "word frequencies should be Zipf-like"


def test_boilerplate_is_per_source_and_never_planted() -> None:
    with_bp = synthetic_corpus(200, seed=5)
    without = synthetic_corpus(200, seed=5, boilerplate=False)
    common = sum("Share on Facebook" in d.text for d in with_bp.documents)
    assert common > 30
    assert not any("Share on Facebook" in d.text for d in without.documents)
    newsletters: dict[str, set[str]] = defaultdict(set)
    for d in with_bp.documents:
        line = next(x for x in d.text.split("\n\n") if x.startswith("Sign up for the"))
        assert d.source is not None
        newsletters[d.source].add(line)
    assert all(len(lines) == 1 for lines in newsletters.values())
    assert len({next(iter(v)) for v in newsletters.values()}) == len(newsletters)
    docs = {d.id: d.text for d in with_bp.documents}
    for p in with_bp.planted:
        assert "Sign up for" not in docs[p.a][p.a_start : p.a_end]
        assert "Share on" not in docs[p.b][p.b_start : p.b_end]


def test_documents_are_article_sized_at_scale() -> None:
    # how long generating takes is checked in benchmarks/test_harness.py
    c = synthetic_corpus(2000, seed=0)
    assert c.total_chars > 2000 * 3000


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_docs": -1}, "n_docs must be a non-negative integer, got -1"),
        ({"n_docs": 10, "family_fraction": 1.5}, "family_fraction must be a number in [0, 1], got 1.5"),
        ({"n_docs": 10, "words_per_doc": 20}, "words_per_doc must be an integer >= 100"),
        ({"n_docs": 10, "n_sources": 2}, "n_sources must be an integer >= 4"),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        synthetic_corpus(**kwargs)  # type: ignore[arg-type]


def test_empty_corpus() -> None:
    c = synthetic_corpus(0)
    assert c.documents == []
    assert c.planted == []
    assert c.families == []
