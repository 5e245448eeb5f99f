"""Word-level edit summaries (syndetect.provenance.edits): planted insertions, deletions,
substitutions and typographic changes at the start, middle and end of a passage (counts and the raw
offsets of each edit), folding, dropped and reordered paragraphs with every kind of line break, a
seeded property test against a plain oracle, the seed corpus end to end with the family's
orientation, a scan of a copy with one inserted word, and the API's errors."""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

import syndetect
from syndetect.errors import CorpusError, CorpusTypeError
from syndetect.provenance.edits import (
    LONE_WORDS,
    SYNC_WORDS,
    WINDOW,
    Span,
    edit_summary,
    fold,
)
from syndetect.provenance.summaries import edit_summaries
from syndetect.types import (
    Document,
    Edit,
    EditSummary,
    Family,
    Pair,
    PairRelation,
    Passage,
    Provenance,
    ScanResult,
    ScanStats,
)

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
SEED_SOURCE, SEED_COPY = "000_79d74e17df7d25ae.txt", "001_c787b74e267c57e8.txt"

BASE = [f"w{i:02d}" for i in range(40)]  # distinct words: every planted edit has one right answer


# ---------------------------------------------------------------------------------------------
# helpers


def _whole(source: str, copy: str) -> EditSummary:
    """The summary of ``copy`` against ``source`` over one passage spanning both texts."""
    return edit_summary(source, copy, [(0, len(source), 0, len(copy))])


def _counts(s: EditSummary) -> tuple[int, int, int, int]:
    return s.inserted, s.deleted, s.substituted, s.typographic


def _patched(source: str, copy: str, edits: Sequence[Edit]) -> list[str]:
    """The words of ``source`` with every edit's source span replaced by its copy span."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.source_start, e.copy_start)):
        assert e.source_start >= pos, "edits overlap on the source side"
        out += [source[pos : e.source_start], copy[e.copy_start : e.copy_end]]
        pos = e.source_end
    out.append(source[pos:])
    return " ".join(out).split()


def _texts(source: str, copy: str, e: Edit) -> tuple[str, str]:
    return source[e.source_start : e.source_end], copy[e.copy_start : e.copy_end]


def _check_edit_spans(s: EditSummary, spans: Sequence[Span]) -> None:
    for e in s.edits:
        assert any(
            s0 <= e.source_start <= e.source_end <= s1 and c0 <= e.copy_start <= e.copy_end <= c1
            for s0, s1, c0, c1 in spans
        ), e


def _at(words: list[str], k: int) -> int:
    """The raw offset of word ``k`` of ``" ".join(words)`` (the text's end for ``k == len(words)``)."""
    return len(" ".join(words[:k])) + (0 < k < len(words))


# ---------------------------------------------------------------------------------------------
# planted edits, one at a time, at the start, the middle and the end of a passage

POSITIONS = [0, 17, len(BASE)]


@pytest.mark.parametrize("k", POSITIONS)
@pytest.mark.parametrize("n", [1, 2, 3, 7])
def test_inserted_words_are_one_insert_at_the_word_they_precede(k: int, n: int) -> None:
    new = [f"new{i}" for i in range(n)]
    copy_words = BASE[:k] + new + BASE[k:]
    source, copy = " ".join(BASE), " ".join(copy_words)
    s = _whole(source, copy)
    assert _counts(s) == (n, 0, 0, 0)
    assert s.source_words == len(BASE)
    (e,) = s.edits
    assert (e.kind, e.words) == ("insert", n)
    assert copy[e.copy_start : e.copy_end] == " ".join(new)
    assert e.source_start == e.source_end
    if k < len(BASE):  # before the word they precede
        assert source[e.source_start :].startswith(BASE[k] + " ") or source[e.source_start :] == BASE[k]
        assert source[: e.source_start].split() == BASE[:k]
    else:  # after the last word
        assert e.source_start == len(source)


@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.parametrize("n", [1, 2, 3, 6])
def test_deleted_words_are_one_delete_at_the_word_that_follows_in_the_copy(where: str, n: int) -> None:
    k = {"start": 0, "middle": 17, "end": len(BASE) - n}[where]
    copy_words = BASE[:k] + BASE[k + n :]
    source, copy = " ".join(BASE), " ".join(copy_words)
    s = _whole(source, copy)
    assert _counts(s) == (0, n, 0, 0)
    (e,) = s.edits
    assert (e.kind, e.words) == ("delete", n)
    assert source[e.source_start : e.source_end] == " ".join(BASE[k : k + n])
    assert e.copy_start == e.copy_end
    assert copy[: e.copy_start].split() == BASE[:k]
    if k + n < len(BASE):
        assert copy[e.copy_start :].split()[0] == BASE[k + n]
    else:
        assert e.copy_start == len(copy)


@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.parametrize(("n", "m"), [(1, 1), (2, 2), (3, 3), (2, 1), (1, 2), (3, 1), (1, 3), (5, 2), (2, 6)])
def test_replaced_words_are_one_substitute_counted_as_min_substituted_and_the_rest(
    where: str, n: int, m: int
) -> None:
    k = {"start": 0, "middle": 17, "end": len(BASE) - n}[where]
    new = [f"new{i}" for i in range(m)]
    copy_words = BASE[:k] + new + BASE[k + n :]
    source, copy = " ".join(BASE), " ".join(copy_words)
    s = _whole(source, copy)
    assert _counts(s) == (max(0, m - n), max(0, n - m), min(n, m), 0)
    (e,) = s.edits
    assert (e.kind, e.words) == ("substitute", max(n, m))
    assert source[e.source_start : e.source_end] == " ".join(BASE[k : k + n])
    assert copy[e.copy_start : e.copy_end] == " ".join(new)


TYPOGRAPHIC = [
    ('"Hello', "“Hello"),  # straight and curly quotes
    ('said,"', "said,”"),
    ("'quoted'", "‘quoted’"),
    ("don't", "don’t"),  # apostrophes
    ("U.S.", "US"),  # dotted acronyms
    ("U.N.-led", "UN-led"),
    ("–", "—"),  # en and em dash, alone
    ("2019–2020", "2019—2020"),  # and inside a word
    ("-", "−"),
    ("said,", "said"),  # punctuation
    ("end.", "end"),
    ("(AFP)", "AFP"),
    ("«Bonjour»", '"Bonjour"'),
    ("...", "…"),
    ('"', "”"),
]


@pytest.mark.parametrize("k", [0, 17, len(BASE) - 1])
@pytest.mark.parametrize(("before", "after"), TYPOGRAPHIC)
@pytest.mark.parametrize("flip", [False, True])
def test_typographic_variants_are_one_typographic_edit_each(
    k: int, before: str, after: str, flip: bool
) -> None:
    before, after = (after, before) if flip else (before, after)
    source_words = [*BASE[:k], before, *BASE[k + 1 :]]
    copy_words = [*BASE[:k], after, *BASE[k + 1 :]]
    source, copy = " ".join(source_words), " ".join(copy_words)
    s = _whole(source, copy)
    assert _counts(s) == (0, 0, 0, 1)
    assert s.source_words == len(BASE)
    assert s.edits == (Edit("typographic", _at(source_words, k), _at(source_words, k) + len(before),
                            _at(copy_words, k), _at(copy_words, k) + len(after), 1),)
    assert source[s.edits[0].source_start : s.edits[0].source_end] == before


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The", "the"),
        ("US", "us"),
        ("Hello", "HELLO"),
        ("—", "--"),
        ("-", "..."),
        ("2019", "2020"),
        ("a.b", "ab.c"),
    ],
)
def test_a_change_of_case_or_of_letters_is_a_substitution_not_typographic(before: str, after: str) -> None:
    s = _whole(" ".join([*BASE[:9], before, *BASE[9:]]), " ".join([*BASE[:9], after, *BASE[9:]]))
    assert _counts(s) == (0, 0, 1, 0)
    assert [e.kind for e in s.edits] == ["substitute"]


def test_fold_keeps_alphanumerics_or_unifies_the_typography_of_a_word_without_any() -> None:
    assert fold('"U.S.,"') == "US"
    assert fold("Shi'ite") == fold("Shi’ite") == "Shiite"
    assert fold("snake_case") == "snakecase"
    assert fold("Straße") == "Straße"
    assert fold("日本。") == "日本"
    assert fold("“”") == fold('""') == fold("«»") == '""'
    assert fold("—") == fold("–") == fold("‐") == "-"
    assert fold("…") == "..."
    assert fold("The") != fold("the")


def test_identical_passages_and_white_space_changes_have_no_edits() -> None:
    text = " ".join(BASE)
    assert _whole(text, text) == EditSummary("", "", "", "copy", len(BASE), 0, 0, 0, 0, 0, 0, ())
    spaced = "  ".join(BASE[:10]) + "\n\n" + "\xa0".join(BASE[10:30]) + "\r\n" + "\t".join(BASE[30:])
    s = _whole(text, spaced)
    assert (_counts(s), s.edits) == ((0, 0, 0, 0), ())


def test_several_separate_edits_are_counted_and_placed_each() -> None:
    source_words = list(BASE)
    copy_words = list(BASE)
    copy_words[30:31] = ["new30", "new31"]  # substitute 1 -> 2 (from the end, so the indexes hold)
    copy_words[24] = "US"
    source_words[24] = "U.S."
    del copy_words[15:17]  # delete 2
    copy_words[7:7] = ["ins"]  # insert 1
    copy_words[1] = "w01,"
    source, copy = " ".join(source_words), " ".join(copy_words)
    s = _whole(source, copy)
    assert _counts(s) == (2, 2, 1, 2)
    found = [(e.kind, *_texts(source, copy, e), e.words) for e in s.edits]
    assert found == [
        ("typographic", "w01", "w01,", 1),
        ("insert", "", "ins", 1),
        ("delete", "w15 w16", "", 2),
        ("typographic", "U.S.", "US", 1),
        ("substitute", "w30", "new30 new31", 2),
    ]
    assert _patched(source, copy, s.edits) == copy.split()


def test_edits_closer_than_the_sync_words_are_diffed_together() -> None:
    copy_words = list(BASE)
    copy_words[12] = "x12"
    copy_words[14] = "US"  # "w14" -> "US": a substitution; "U.S." next to it below
    source_words = list(BASE)
    source_words[13] = "U.S."
    copy_words[13] = "US"
    del copy_words[16]
    source, copy = " ".join(source_words), " ".join(copy_words)
    s = _whole(source, copy)
    assert _counts(s) == (0, 1, 2, 1)
    assert _patched(source, copy, s.edits) == copy.split()
    kinds = [(e.kind, source[e.source_start : e.source_end]) for e in s.edits]
    assert kinds == [("substitute", "w12"), ("typographic", "U.S."), ("substitute", "w14"), ("delete", "w16")]


def test_a_word_kept_between_two_changed_words_is_matched_not_replaced() -> None:
    source = " ".join([*BASE[:10], "pamum", "of", "kast", *BASE[10:]])
    copy = " ".join([*BASE[:10], "of", "verk", *BASE[10:]])
    s = _whole(source, copy)
    assert _counts(s) == (0, 1, 1, 0)
    assert [(e.kind, *_texts(source, copy, e)) for e in s.edits] == [
        ("delete", "pamum", ""),
        ("substitute", "kast", "verk"),
    ]


def test_lone_edits_are_tried_fewest_words_first() -> None:
    """"b q" -> "x" and "b" -> "x" (with one "q" deleted further on) both put the sides back in
    step; the fewest words first takes "b" -> "x" (one SequenceMatcher over the whole passage would
    take "b q" -> "x": the walk is not that, by its documented rules)."""
    source = " ".join([*BASE[:10], "b", *["q"] * 8, *BASE[10:]])
    copy = " ".join([*BASE[:10], "x", *["q"] * 7, *BASE[10:]])
    s = _whole(source, copy)
    assert _counts(s) == (0, 1, 1, 0)
    found = [(e.kind, *_texts(source, copy, e)) for e in s.edits]
    assert found == [("substitute", "b", "x"), ("delete", "q", "")]


def test_a_typographic_change_next_to_a_substitution_is_found_in_the_window() -> None:
    source = " ".join([*BASE[:10], "U.S.", "troops", *BASE[10:]])
    copy = " ".join([*BASE[:10], "US", "soldiers", *BASE[10:]])
    s = _whole(source, copy)
    assert _counts(s) == (0, 0, 1, 1)
    assert [(e.kind, copy[e.copy_start : e.copy_end]) for e in s.edits] == [
        ("typographic", "US"),
        ("substitute", "soldiers"),
    ]


def test_a_rewritten_stretch_longer_than_a_window_is_diffed_whole() -> None:
    n = WINDOW * 5
    source_words = [f"s{i}" for i in range(n)]
    copy_words = [w if i % 3 else f"c{i}" for i, w in enumerate(source_words)]  # every third word replaced
    copy_words[n // 2 : n // 2] = ["extra"]
    source, copy = " ".join(source_words), " ".join(copy_words)
    s = _whole(source, copy)
    replaced = len(range(0, n, 3))
    assert (s.inserted, s.deleted, s.substituted + s.inserted) == (1, 0, replaced + 1)
    assert _patched(source, copy, s.edits) == copy.split()


def test_a_side_without_words_is_all_inserted_or_all_deleted() -> None:
    source, copy = "   ", "one two three four five six"
    s = edit_summary(source, copy, [(0, 3, 0, len(copy))])
    assert (_counts(s), s.source_words) == ((6, 0, 0, 0), 0)
    assert s.edits == (Edit("insert", 0, 0, 0, len(copy), 6),)
    s = edit_summary(copy, source, [(0, len(copy), 0, 3)])
    assert (_counts(s), s.source_words) == ((0, 6, 0, 0), 6)
    assert s.edits == (Edit("delete", 0, len(copy), 0, 0, 6),)


def test_a_passage_that_ends_inside_a_word_cuts_the_word_there() -> None:
    source = "alpha beta gamma delta"
    copy = "xx alpha beta gamma deltoid"
    s = edit_summary(source, copy, [(2, 16, 5, 19)])  # "pha beta gamma" against "pha beta gamma"
    assert (s.source_words, _counts(s), s.edits) == (3, (0, 0, 0, 0), ())
    s = edit_summary(source, copy, [(6, len(source), 9, len(copy))])
    assert (s.source_words, _counts(s)) == (3, (0, 0, 1, 0))
    (e,) = s.edits
    assert (source[e.source_start : e.source_end], copy[e.copy_start : e.copy_end]) == ("delta", "deltoid")


def test_edits_stay_inside_their_passage_and_passages_add_up() -> None:
    a = " ".join(BASE[:20])
    b = " ".join(BASE[20:])
    source = a + "\n\nAn unrelated middle.\n\n" + b
    a2 = a.replace("w05", "W05")
    b2 = b.replace("w30 ", "")
    copy = "Header line.\n" + a2 + "\nOther middle words here.\n" + b2
    spans = [(0, len(a), 13, 13 + len(a2)), (source.index(b), len(source), copy.index(b2), len(copy))]
    s = edit_summary(source, copy, spans)
    assert (s.source_words, _counts(s)) == (40, (0, 1, 1, 0))
    _check_edit_spans(s, spans)
    assert [(e.kind, source[e.source_start : e.source_end]) for e in s.edits] == [
        ("substitute", "w05"),
        ("delete", "w30"),
    ]


# ---------------------------------------------------------------------------------------------
# paragraphs dropped and reordered

PARAGRAPHS = [" ".join(f"p{k}w{i}" for i in range(8 + k)) for k in range(5)]


def _paragraph_case(order: Sequence[int], sep: str, copy_sep: str = "\n\n") -> EditSummary:
    """The source's paragraphs joined by ``sep``; a copy carrying paragraphs ``order`` (one passage
    each); the story is the whole source."""
    source = sep.join(PARAGRAPHS)
    copy = "Intro line of the copy." + copy_sep + copy_sep.join(PARAGRAPHS[k] for k in order)
    spans = []
    for k in order:
        s0, c0 = source.index(PARAGRAPHS[k]), copy.index(PARAGRAPHS[k])
        spans.append((s0, s0 + len(PARAGRAPHS[k]), c0, c0 + len(PARAGRAPHS[k])))
    return edit_summary(source, copy, spans, story=[(0, len(source))])


SEPARATORS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \t\n", "\r", "\u2028", "\u2029", "\x85", "\n\x0c\n"]


@pytest.mark.parametrize("sep", SEPARATORS)
@pytest.mark.parametrize(
    ("order", "dropped", "reordered"),
    [
        ([0, 1, 2, 3, 4], 0, 0),
        ([0, 1, 3], 2, 0),
        ([4], 4, 0),
        ([0, 2, 1, 3, 4], 0, 1),
        ([1, 2, 3, 4, 0], 0, 1),
        ([4, 3, 2, 1, 0], 0, 4),
        ([3, 4, 0, 1], 1, 2),
        ([2, 0], 3, 1),
    ],
)
def test_paragraphs_dropped_and_reordered(sep: str, order: list[int], dropped: int, reordered: int) -> None:
    s = _paragraph_case(order, sep, copy_sep=sep)
    assert (s.paragraphs_dropped, s.paragraphs_reordered) == (dropped, reordered)
    assert _counts(s) == (0, 0, 0, 0)
    assert s.source_words == sum(len(PARAGRAPHS[k].split()) for k in order)


def test_one_passage_over_several_paragraphs_carries_them_in_order() -> None:
    source = "\n\n".join(PARAGRAPHS)
    copy = "Intro.\n" + "\r\n".join(PARAGRAPHS[1:4])
    c0 = copy.index(PARAGRAPHS[1])
    s0, s1 = source.index(PARAGRAPHS[1]), source.index(PARAGRAPHS[3]) + len(PARAGRAPHS[3])
    s = edit_summary(source, copy, [(s0, s1, c0, len(copy))], story=[(0, len(source))])
    assert (s.paragraphs_dropped, s.paragraphs_reordered) == (2, 0)
    s = edit_summary(source, copy, [(s0, s1, c0, len(copy))])  # the default story: the passage
    assert (s.paragraphs_dropped, s.paragraphs_reordered) == (0, 0)


@pytest.mark.parametrize(
    ("cut", "inside", "carried"), [(13, 8, True), (6, 4, True), (5, 3, False), (0, 0, False)]
)
def test_a_paragraph_is_carried_when_at_least_half_its_non_space_characters_are(
    cut: int, inside: int, carried: bool
) -> None:
    para = "ab  cd\tef  gh"  # 8 non-space characters
    source = "First paragraph here.\n" + para + "\nLast paragraph here."
    start = source.index(para)
    assert sum(not c.isspace() for c in source[start : start + cut]) == inside
    spans = [(0, 21, 0, 21), (start, start + cut, start, start + cut)]
    s = edit_summary(source, source, spans, story=[(0, len(source))])
    assert s.paragraphs_dropped == 2 - carried  # the last paragraph, and this one unless carried


def test_vertical_tab_and_form_feed_do_not_end_a_paragraph() -> None:
    source = "A1 A2\x0bA3\n\nB1 B2"  # one paragraph "A1 A2\vA3" (6 non-space characters)
    s = edit_summary(source, source, [(0, 5, 0, 5), (10, 15, 10, 15)], story=[(0, len(source))])
    assert s.paragraphs_dropped == 0  # 4 of A's 6 are carried
    s = edit_summary(source, source, [(6, 8, 6, 8), (10, 15, 10, 15)], story=[(0, len(source))])
    assert s.paragraphs_dropped == 1  # 2 of 6


def test_a_paragraph_place_is_mapped_through_the_passage_that_holds_it() -> None:
    """Each carried paragraph's place is taken through the passage that holds it: two passages
    swapped in the copy move the paragraphs of the shorter one."""
    source = "\n".join(PARAGRAPHS)
    p = [source.index(t) for t in PARAGRAPHS]
    # the copy: paragraphs 2-4 first, then 0-1; one passage each way
    copy = "\n".join(PARAGRAPHS[2:] + PARAGRAPHS[:2])
    q = [copy.index(t) for t in PARAGRAPHS]
    spans = [
        (p[0], p[1] + len(PARAGRAPHS[1]), q[0], q[1] + len(PARAGRAPHS[1])),
        (p[2], len(source), q[2], q[4] + len(PARAGRAPHS[4])),
    ]
    s = edit_summary(source, copy, spans, story=[(0, len(source))])
    assert (s.paragraphs_dropped, s.paragraphs_reordered) == (0, 2)  # two paragraphs moved, not three


# ---------------------------------------------------------------------------------------------
# a seeded property test against a plain oracle: random texts with random planted edits that stand
# apart; the oracle counts what was planted


def _plant(rng: random.Random) -> tuple[list[str], list[str], tuple[int, int, int, int]]:
    vocab = [f"v{i}" for i in range(rng.choice([12, 40, 400]))]  # small vocabularies repeat words
    source = [rng.choice(vocab) for _ in range(rng.randint(20, 160))]
    copy: list[str] = []
    ins = dele = sub = typo = 0
    fresh = iter(f"fresh{i}" for i in range(10_000))
    i = rng.randint(0, 6)
    copy += source[:i]
    while i < len(source):
        kind = rng.choice(["insert", "delete", "substitute", "typographic"])
        n = min(rng.randint(1, LONE_WORDS + 2), len(source) - i)
        if kind == "insert":
            copy += [next(fresh) for _ in range(n)]
            ins += n
            n = 0
        elif kind == "delete":
            dele += n
        elif kind == "substitute":
            m = rng.randint(1, LONE_WORDS + 2)
            copy += [next(fresh) for _ in range(m)]
            sub, ins, dele = sub + min(n, m), ins + max(0, m - n), dele + max(0, n - m)
        else:
            n = 1
            copy.append(rng.choice(['"{}', "{}.", "{},", "“{}”", "({})"]).format(source[i]))
            typo += 1
        i += n
        keep = rng.randint(SYNC_WORDS + 1, 30)  # the edits stand apart
        copy += source[i : i + keep]
        i += keep
    return source, copy, (ins, dele, sub, typo)


@pytest.mark.parametrize("seed", range(200))
def test_random_planted_edits_are_counted_as_planted(seed: int) -> None:
    rng = random.Random(seed)
    source_words, copy_words, expected = _plant(rng)
    seps = [" ", " ", " ", "\n", "  ", "\n\n"]
    source = "".join(w + rng.choice(seps) for w in source_words).strip()
    copy = "".join(w + rng.choice(seps) for w in copy_words).strip()
    prefix = "Unshared lead. " * rng.randint(0, 2)
    spans = [(0, len(source), len(prefix), len(prefix) + len(copy))]
    s = edit_summary(source, prefix + copy, spans)
    assert _counts(s) == expected
    assert s.source_words == len(source_words)
    _check_edit_spans(s, spans)
    assert _patched(source, prefix + copy, s.edits) == copy.split()
    assert Counter(e.kind for e in s.edits)["typographic"] == expected[3]


# ---------------------------------------------------------------------------------------------
# edit_summaries on scans


def _seeds() -> list[Document]:
    return syndetect.read_corpus([SEEDS]).documents


def test_seed_corpus_copy_changes_quotes_acronyms_and_one_phrase() -> None:
    docs = _seeds()
    result = syndetect.scan(docs)
    (family,) = result.families
    assert family.origin == SEED_SOURCE
    (s,) = edit_summaries(docs, result)
    assert (s.family_id, s.source, s.copy, s.relation) == (family.id, SEED_SOURCE, SEED_COPY, "copy")
    texts = {d.id: d.text for d in docs}
    source, copy = texts[SEED_SOURCE], texts[SEED_COPY]
    # found by reading the two texts: the Reuters passage in 000 has straight quotes, "U.S." and
    # "said on Sunday a"; 001 has curly quotes, "US" and "said the"
    found = Counter((e.kind, *_texts(source, copy, e)) for e in s.edits)
    assert found == Counter({
        ("typographic", "Shi'ite", "Shi’ite"): 1,
        ("typographic", '"I', "“I"): 1,
        ("typographic", 'escalation,"', "escalation,”"): 1,
        ("typographic", "U.S.", "US"): 3,
        ("typographic", 'Legions,"', "Legions,”"): 1,
        ("substitute", "on Sunday a", "the"): 1,
    })
    assert _counts(s) == (0, 2, 1, 7)
    (pair,) = result.pairs
    assert s.source_words == sum(len(source[p.a_start : p.a_end].split()) for p in pair.passages)
    assert (s.paragraphs_dropped, s.paragraphs_reordered) == (0, 0)
    _check_edit_spans(s, [(p.a_start, p.a_end, p.b_start, p.b_end) for p in pair.passages])


def _flipped(pair: Pair) -> Pair:
    passages = tuple(Passage(p.b_start, p.b_end, p.a_start, p.a_end, p.score, p.quote) for p in pair.passages)
    return dataclasses.replace(pair, a=pair.b, b=pair.a, passages=passages)


def test_the_family_origin_is_the_source_whichever_side_of_the_pair_it_is() -> None:
    docs = _seeds()
    result = syndetect.scan(docs)
    (expected,) = edit_summaries(docs, result)
    flipped = dataclasses.replace(result, pairs=tuple(_flipped(p) for p in result.pairs))
    assert edit_summaries(docs, flipped) == (expected,)
    # with the other member as origin, source and copy swap: the same changes, the other way
    other = dataclasses.replace(result, families=(dataclasses.replace(result.families[0], origin=SEED_COPY),))
    (s,) = edit_summaries(docs, other)
    assert (s.source, s.copy) == (SEED_COPY, SEED_SOURCE)
    assert _counts(s) == (2, 0, 1, 7)
    texts = {d.id: d.text for d in docs}
    assert {texts[SEED_SOURCE][e.copy_start : e.copy_end] for e in s.edits if e.kind == "typographic"} == {
        "Shi'ite", '"I', 'escalation,"', "U.S.", 'Legions,"'
    }


def test_the_relation_comes_from_the_result_provenance() -> None:
    docs = _seeds()
    result = syndetect.scan(docs)
    pair = result.pairs[0]
    relation = PairRelation(0, pair.a, pair.b, "version", "source", "uncredited", None)
    with_relations = dataclasses.replace(result, provenance=Provenance({}, (), (relation,), ()))
    assert [s.relation for s in edit_summaries(docs, with_relations)] == ["version"]
    without = dataclasses.replace(result, provenance=Provenance({}, (), (), ()))
    assert [s.relation for s in edit_summaries(docs, without)] == ["copy"]


def test_documents_may_be_a_sequence_or_a_mapping_and_the_first_of_an_id_is_kept() -> None:
    docs = _seeds()
    result = syndetect.scan(docs)
    expected = edit_summaries(docs, result)
    assert edit_summaries({d.id: d for d in docs}, result) == expected
    assert edit_summaries([*docs, Document(SEED_COPY, "a replaced text")], result) == expected


def _text(words: int, tag: str) -> str:
    rng = random.Random(tag)
    return " ".join(f"{tag}{rng.randrange(10_000)}" for _ in range(words))


def test_summaries_follow_the_result_order_with_the_story_of_the_whole_family() -> None:
    paras = [_text(30, f"p{k}x") for k in range(3)]
    origin = Document("o", "\n\n".join(paras))
    left = Document("l", "Left intro.\n" + "\n".join(paras[:2]))  # paragraphs 0-1
    right = Document("r", "Right intro.\n" + "\n".join(paras[1:]))  # paragraphs 1-2
    lone = Document("z", "Unpaired member.\n" + paras[0])

    def pair(a: Document, b: Document, first: int, last: int) -> Pair:
        s0, s1 = a.text.index(paras[first]), a.text.index(paras[last]) + len(paras[last])
        c0, c1 = b.text.index(paras[first]), b.text.index(paras[last]) + len(paras[last])
        return Pair(a.id, b.id, 0.5, 0.5, 0.5, 0.5, (Passage(s0, s1, c0, c1, 1.0, False),))

    pairs = (pair(right, origin, 1, 2), pair(origin, left, 0, 1), pair(left, lone, 0, 0))
    other = Document("x", paras[2] + "\nmore"), Document("y", "and " + paras[2])
    pairs += (pair(other[0], other[1], 2, 2),)
    families = (
        Family("f2", ("x", "y"), "y", "test"),
        Family("f1", ("o", "r", "z", "l"), "o", "test"),
    )
    result = ScanResult(pairs, families, ScanStats())
    out = edit_summaries([origin, left, right, lone, *other], result)
    assert [(s.family_id, s.source, s.copy) for s in out] == [
        ("f2", "y", "x"),
        ("f1", "o", "r"),
        ("f1", "o", "l"),
    ]
    # the story is what the family shares of the origin: paragraphs 0-2; each copy drops one
    assert [(s.paragraphs_dropped, s.source_words) for s in out] == [(0, 30), (1, 60), (1, 60)]
    assert all(_counts(s) == (0, 0, 0, 0) for s in out)


def _inserted(k: int) -> tuple[list[Document], str]:
    text = {d.id: d.text for d in _seeds()}["003_917edd6ca7007e92.txt"]
    words = text.split(" ")
    copy = "A different opening paragraph about farming and the weather in the valley.\n\n"
    copy += " ".join([*words[:k], "unexpectedly", *words[k:]])
    docs = [Document("source", text, date="2024-01-05"), Document("copy", copy, date="2024-01-06")]
    return docs, " ".join(words[:k])


def test_one_inserted_word_inside_a_long_shared_passage_is_one_insert() -> None:
    docs, before = _inserted(100)
    result = syndetect.scan(docs)
    (pair,) = result.pairs
    at = docs[1].text.index(" unexpectedly ") + 1
    assert any(p.b_start < at < p.b_end for p in pair.passages)  # the aligner keeps one passage across it
    (s,) = edit_summaries(docs, result)
    assert (s.source, s.copy, _counts(s)) == ("source", "copy", (1, 0, 0, 0))
    (e,) = s.edits
    start = len(before) + 1  # where the word it precedes starts
    assert docs[0].text[start:].startswith("decision ")
    assert e == Edit("insert", start, start, at, at + len("unexpectedly"), 1)


@pytest.mark.xfail(
    strict=True,
    reason="the aligner ends a passage at a word inserted among words 381-589 of seed 003 (the 200 words "
    "before its line 'BAGHDAD — ...', where even an unedited copy's passage ends), so the inserted word "
    "falls between two passages; inserted elsewhere (words 3-380, 590-814) it lies inside one",
)
def test_one_inserted_word_before_a_dateline_line_is_one_insert() -> None:
    docs, _ = _inserted(405)
    (s,) = edit_summaries(docs, syndetect.scan(docs))
    assert _counts(s) == (1, 0, 0, 0)


# ---------------------------------------------------------------------------------------------
# errors


def test_a_result_document_missing_from_documents_is_a_corpus_error() -> None:
    docs = _seeds()
    result = syndetect.scan(docs)
    with pytest.raises(CorpusError, match=rf"'{SEED_COPY}' of the scan result is not among the 4 documents"):
        edit_summaries([d for d in docs if d.id != SEED_COPY], result)
    with pytest.raises(CorpusError, match=f"'{SEED_SOURCE}'"):
        edit_summaries({d.id: d for d in docs if d.id != SEED_SOURCE}, result)


def test_passages_outside_the_texts_are_corpus_errors() -> None:
    docs = _seeds()
    result = syndetect.scan(docs)
    short = [d if d.id != SEED_COPY else Document(SEED_COPY, "much shorter") for d in docs]
    with pytest.raises(CorpusError, match=r"pair 0 .*the copy 12; pass spans inside the texts"):
        edit_summaries(short, result)
    with pytest.raises(CorpusError, match=r"passage 1 spans source \[3, 2\)"):
        edit_summary("abcdef", "abcdef", [(0, 2, 0, 2), (3, 2, 3, 2)])
    with pytest.raises(CorpusError, match="the copy 6"):
        edit_summary("abcdef", "abcdef", [(0, 6, 0, 7)])


@pytest.mark.parametrize(
    ("documents", "result", "match"),
    [
        ([], None, "result must be a ScanResult"),
        ("a text", "RESULT", "documents must be a sequence of Document or a mapping"),
        (3, "RESULT", "got int"),
        (["a text"], "RESULT", r"documents\[0\] is str, not Document"),
        ({"d": "a text"}, "RESULT", r"documents\['d'\] is str, not Document"),
    ],
)
def test_wrong_types_are_corpus_type_errors(documents: object, result: object, match: str) -> None:
    real = ScanResult((), (), ScanStats())
    with pytest.raises(CorpusTypeError, match=match):
        edit_summaries(documents, real if result == "RESULT" else result)  # type: ignore[arg-type]


def test_an_empty_result_has_no_summaries() -> None:
    assert edit_summaries([], ScanResult((), (), ScanStats())) == ()


@pytest.mark.parametrize(("source_head", "copy_head"), [
    ("According to AFP:\n\n", "BERLIN (AFP) — "),
    ("Reuters reports:\n\n", "LONDON, May 4 (Reuters) - "),
    ("BAGHDAD, Jan 5 (Reuters) – ", "As Reuters reported: "),
])
def test_the_punctuation_of_a_credit_at_a_passage_head_is_not_an_edit(source_head: str,
                                                                      copy_head: str) -> None:
    rng = random.Random(7)
    words = ["minister", "council", "river", "harbour", "budget", "village", "power", "talks", "senior",
             "officials", "said", "would"]
    story = " ".join(rng.choice(words) + str(i) for i in range(120)) + "."
    docs = [Document("source", "Front page\n\n" + source_head + story), Document("copy", copy_head + story)]
    result = syndetect.scan(docs)
    assert result.provenance is not None
    assert len(result.pairs) == 1
    (s,) = edit_summaries(docs, result, result.provenance.credits)
    assert s.edits == ()


# a scan's passage may begin or end on text the aligner took in around the copied text: its edges are
# compared from the first to the last run of matching words; spans given to edit_summary are exact

_STORY = " ".join(f"w{i}" for i in range(60))


@pytest.mark.parametrize(("source", "copy", "counts"), [
    # a page's posting time before the story (only one word of the line matches)
    (f"Posted 10:07 GMT. {_STORY}", f"Posted 10:59 GMT. {_STORY}", (0, 0, 0, 0)),
    # the copy's own lead-in
    (_STORY, f"Reuters reports: {_STORY}", (0, 0, 0, 0)),
    # the page's sign-off naming its own outlet
    (f"{_STORY} Sign up for the best of AFP.", f"{_STORY} Sign up for the best of Tendnam Chronicle.",
     (0, 0, 0, 0)),
    # both ends at once, and an edit inside still counted
    (f"10:07 {_STORY.replace('w30', 'old')} AFP.",
     f"Lead: 10:59 {_STORY.replace('w30', 'new')} Tendnam Chronicle.", (0, 0, 1, 0)),
    # no run of matching words near the start: the start stays and its words are edits
    (f"a b c d e f g h i j {_STORY}", f"k l m n o p q r s t {_STORY}", (0, 0, 10, 0)),
])
def test_a_scan_passage_is_compared_from_its_first_to_its_last_matching_run(
        source: str, copy: str, counts: tuple[int, int, int, int]) -> None:
    docs = [Document("s", source), Document("c", copy)]
    pair = Pair("s", "c", 0.9, 0.9, 0.9, 0.9, (Passage(0, len(source), 0, len(copy), 0.9, False),))
    result = ScanResult((pair,), (Family("f", ("s", "c"), "s", "test"),), ScanStats())
    (s,) = edit_summaries(docs, result)
    assert _counts(s) == counts
    assert s.source_words == len(source.split())
    exact = edit_summary(source, copy, [(0, len(source), 0, len(copy))])
    if counts != (0, 0, 10, 0):
        assert _counts(exact) != counts  # the same spans given to edit_summary are compared as given


@pytest.mark.parametrize("seed", range(40))
def test_the_last_words_of_a_span_are_those_a_plain_split_gives(seed: int) -> None:
    from syndetect.provenance.edits import _last_words

    rng = random.Random(seed)
    pieces = ["w", "word", "x" * 150, "y" * 450, " ", "  ", "\n", "\t"]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
    start = rng.randint(0, len(text))
    end = rng.randint(start, len(text))
    n = rng.randint(1, 15)
    got = [(m.start(), m.end()) for m in _last_words(text, start, end, n)]
    expected = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])][::-1][:n]
    assert got == expected
