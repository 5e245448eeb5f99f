"""Normalisation: the vectorised tables against the per-character definition, and the folds news needs."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import oracle
from syndetect.config import NormalizeConfig, ShingleConfig
from syndetect.text.normalize import SEP, SOLO, WORD, EncodedTexts, encode_texts, fold_char, normalize_batch
from syndetect.text.shingle import shingle_batch

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True)
SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
CONFIGS = [
    NormalizeConfig(),
    NormalizeConfig(fold_acronyms=False),
    NormalizeConfig(strip_diacritics=True, fold_digits=True),
]


def norm_text(text: str, config: NormalizeConfig | None = None) -> str:
    """The fast path's normalised text of one document, separators shown as '|'."""
    nb = normalize_batch([text], config or NormalizeConfig())
    return "".join("|" if c == SEP else chr(p) for p, c in zip(nb.cp.tolist(), nb.cls.tolist(), strict=True))


def token_texts(text: str, config: NormalizeConfig | None = None) -> list[str]:
    return [t.text for t in oracle.tokens(text, config)]


def token_hashes(text: str) -> list[int]:
    batch = shingle_batch([text], ShingleConfig())
    return batch.token_hash.tolist()


@pytest.mark.parametrize("config", CONFIGS, ids=["default", "no-acronyms", "strip-fold"])
@SETTINGS
@given(texts=oracle.texts_strategy())
def test_batch_agrees_with_oracle(config: NormalizeConfig, texts: list[str]) -> None:
    nb = normalize_batch(texts, config)
    assert nb.doc_starts.size == len(texts) + 1
    for d, text in enumerate(texts):
        lo, hi = int(nb.doc_starts[d]), int(nb.doc_starts[d + 1])
        expected = oracle.normalize(text, config)
        got_cp, got_cls = nb.cp[lo:hi].tolist(), nb.cls[lo:hi].tolist()
        if d < len(texts) - 1:  # documents are joined by one separator
            assert (got_cp.pop(), got_cls.pop()) == (10, SEP)
        assert got_cp == [c.cp for c in expected]
        assert got_cls == [c.cls for c in expected]
        if unicodedata.is_normalized("NFC", text):
            raw = nb.to_raw(np.arange(lo, lo + len(expected), dtype=np.int64)) - nb.raw_starts[d]
            assert raw.tolist() == [c.raw for c in expected]


@pytest.mark.parametrize("config", CONFIGS, ids=["default", "no-acronyms", "strip-fold"])
def test_tables_match_fold_char_on_whole_blocks(config: NormalizeConfig) -> None:
    rng = np.random.default_rng(7)
    cps = np.concatenate([np.arange(0, 0x800), rng.integers(0, 0x110000, 3000)]).astype(np.uint32)
    # the dot's acronym rule is contextual; singletons like U+037E are recomposed (tested elsewhere)
    chars = [chr(c) for c in cps.tolist() if c != 0x2E and unicodedata.is_normalized("NFC", chr(c))]
    text = " ".join(chars)
    nb = normalize_batch([text], config)
    expected = [pair for ch in text for pair in fold_char(ch, config)]
    assert nb.cp.tolist() == [cp for cp, _ in expected]
    assert nb.cls.tolist() == [cls for _, cls in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. troops", "us|troops"),
        ("the US embassy", "the|us|embassy"),
        ("e.g. this", "eg|this"),
        ("Shi'ite Shi\u2019ite Shi\u2018ite Shi\u02bcite", "shiite|shiite|shiite|shiite"),
        ("Populist\u00a0Iraqi", "populist|iraqi"),
        ('\u201cquoted\u201d "quoted"', "|quoted|||quoted|"),
        ("a\u2014b\u2013c-d", "a|b|c|d"),
        ("wait\u2026", "wait|"),
        ("\ufb01ne Stra\u00dfe", "fine|strasse"),
        ("\uff21\uff42\uff43", "abc"),
        ("\u0662\u0660\u0661\u0669 \u06f2\u06f0 2019", "2019|20|2019"),
        ("x\u00b2", "x2"),
        ("end.", "end|"),
        ("ab.c.", "ab|c"),
        ("\ud800x\udfff", "|x|"),
        ("a\x00b", "a|b"),
    ],
)
def test_folds(text: str, expected: str) -> None:
    assert norm_text(text) == expected


def test_acronym_dots_can_be_kept() -> None:
    assert norm_text("U.S.", NormalizeConfig(fold_acronyms=False)) == "u|s|"


def test_diacritics_and_digits_options() -> None:
    assert norm_text("café") == "café"
    assert norm_text("café", NormalizeConfig(strip_diacritics=True)) == "cafe"
    assert norm_text("2019 \u0662\u0660", NormalizeConfig(fold_digits=True)) == "0000|00"


@pytest.mark.parametrize(
    ("composed", "decomposed"),
    [
        ("caf\u00e9", "cafe\u0301"),
        ("\u00c5ngstr\u00f6m", "A\u030angstro\u0308m"),
        ("\u1e69", "s\u0323\u0307"),  # two marks, canonical order
        ("\u1e69", "s\u0307\u0323"),  # two marks, other order
        ("\uac01", "\u1100\u1161\u11a8"),  # Hangul from conjoining jamo
        ("\u0b4b", "\u0b47\u0b3e"),  # Oriya: a class-0 second half
        ("\u0dda", "\u0dd9\u0dca"),  # Sinhala
        ("\u0645\u064e", "\u0645\u064e"),  # Arabic harakat stay marks
    ],
)
def test_precomposed_and_decomposed_give_identical_tokens(composed: str, decomposed: str) -> None:
    text_a, text_b = f"x {composed} y", f"x {decomposed} y"
    assert token_hashes(text_a) == token_hashes(text_b)
    assert norm_text(text_a) == norm_text(text_b)


@SETTINGS
@given(text=oracle.text_strategy())
def test_nfd_and_nfc_give_identical_tokens(text: str) -> None:
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    assert token_hashes(nfd) == token_hashes(nfc)


def test_scripts() -> None:
    # Urdu, Arabic with harakat, Hebrew with niqqud: letters and marks stay inside one word token
    assert token_texts("\u06a9\u0631\u0627\u0686\u06cc \u0645\u06cc\u06ba") == [
        "\u06a9\u0631\u0627\u0686\u06cc",
        "\u0645\u06cc\u06ba",
    ]
    assert len(token_texts("\u0645\u064e\u0631\u0652\u062d\u064e\u0628\u064b\u0627")) == 1
    assert len(token_texts("\u05e2\u05b4\u05d1\u05b0\u05e8\u05b4\u05d9\u05ea \u05e9\u05dc\u05d5\u05dd")) == 2
    # CJK and Thai are solo characters: one token each
    assert token_texts("\u4e2d\u6587news") == ["\u4e2d", "\u6587", "news"]
    nb = normalize_batch(["\u4e2d\u0e01a\U0002000b"], NormalizeConfig())
    assert nb.cls.tolist() == [SOLO, SOLO, WORD, SOLO]
    assert token_texts("Berita Indonesia") == ["berita", "indonesia"]


def test_empty_and_separator_only_batches() -> None:
    nb = normalize_batch([], NormalizeConfig())
    assert nb.cp.size == 0
    assert nb.doc_starts.tolist() == [0]
    nb = normalize_batch(["", "...", ""], NormalizeConfig())
    assert nb.doc_starts.size == 4
    assert set(nb.cls.tolist()) <= {SEP}


def _paragraph(path: Path, start: str) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip('"\u201c').startswith(start):
            return line
    raise AssertionError(f"no paragraph starting {start!r} in {path}")


@pytest.mark.parametrize(
    "start",
    [
        "Sadr said a security agreement",
        "I consider this a weak response",
        "Finally, I call specifically",
    ],
)
def test_seed_pair_shared_paragraphs_give_identical_tokens(start: str) -> None:
    (a_path,) = SEEDS.glob("000_*.txt")
    (b_path,) = SEEDS.glob("001_*.txt")
    a, b = _paragraph(a_path, start), _paragraph(b_path, start)
    assert a != b  # the raw texts differ (U.S./US, quotes, no-break spaces)
    assert token_hashes(a) == token_hashes(b)
    assert len(token_hashes(a)) > 20


def test_seed_pair_populist_sentence() -> None:
    (a_path,) = SEEDS.glob("000_*.txt")
    (b_path,) = SEEDS.glob("001_*.txt")
    a = _paragraph(a_path, "Populist")
    b = _paragraph(b_path, "Populist")
    assert "Populist\u00a0Iraqi Shi'ite" in a
    assert "Populist Iraqi Shi\u2019ite" in b
    head = "cleric Moqtada al-Sadr said"
    a_head, b_head = a[: a.index(head) + len(head)], b[: b.index(head) + len(head)]
    assert token_hashes(a_head) == token_hashes(b_head)
    assert token_texts(a_head)[:3] == ["populist", "iraqi", "shiite"]


@st.composite
def _code_points(draw: st.DrawFn) -> str:
    return chr(draw(st.integers(0, 0x10FFFF)))


@SETTINGS
@given(chars=st.lists(_code_points(), max_size=30))
def test_any_code_point_is_handled(chars: list[str]) -> None:
    text = "".join(chars)
    nb = normalize_batch([text, text], NormalizeConfig())
    assert nb.cp.size == nb.cls.size
    assert set(nb.cls.tolist()) <= {SEP, WORD, SOLO}
    assert nb.doc_starts[0] == 0
    assert np.all(np.diff(nb.doc_starts) >= 0)
    assert int(nb.doc_starts[-1]) == nb.cp.size


@SETTINGS
@given(texts=oracle.texts_strategy())
def test_without_raw_map_the_text_is_the_same(texts: list[str]) -> None:
    full = normalize_batch(texts, NormalizeConfig())
    lean = normalize_batch(texts, NormalizeConfig(), raw_map=False)
    assert np.array_equal(full.cp, lean.cp)
    assert np.array_equal(full.cls, lean.cls)
    assert np.array_equal(full.doc_starts, lean.doc_starts)
    if not lean.mapped:
        with pytest.raises(RuntimeError, match="raw_map=False"):
            lean.to_raw(np.zeros(1, dtype=np.int64))


@pytest.mark.parametrize(
    "texts",
    [
        ["plain ASCII only", "U.S. news"],  # one byte per code point
        ["caf\u00e9 \u201cquoted\u201d", "\u0627\u0631\u062f\u0648 \ud800 x"],  # two bytes, lone surrogate
        ["a\ud83d\ude00b", "two lone halves above"],  # two separate surrogates, not a pair
        ["a\U0001d400b \U0001f600", "non-BMP forces four bytes"],
    ],
    ids=["ascii", "bmp", "lone-halves", "non-bmp"],
)
def test_every_encoding_width_gives_the_oracle_code_points(texts: list[str]) -> None:
    nb = normalize_batch(texts, NormalizeConfig())
    for d, text in enumerate(texts):
        lo, hi = int(nb.doc_starts[d]), int(nb.doc_starts[d + 1])
        expected = [c.cp for c in oracle.normalize(text)] + ([10] if d < len(texts) - 1 else [])
        assert nb.cp[lo:hi].tolist() == expected
    assert token_texts("a\ud83d\ude00b") == ["a", "b"]
    assert token_texts("a\U0001d400b") == ["aab"]


TEXT_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    ["\ud800", "\udfff", "\U0001f600", "e", "\u0301", "\u00e9", "\ufb01", " ", ".", "\u2019"]
)


@given(st.lists(st.text(alphabet=TEXT_ALPHABET, max_size=40), max_size=6))
@SETTINGS
def test_encoded_texts_give_back_the_texts_and_the_same_normalisation(texts: list[str]) -> None:
    # what a WorkerPool worker gets is the code points only; it must normalise them exactly as the
    # caller would have normalised the texts (composing non-NFC documents reads them back)
    cps, starts = encode_texts(texts)
    back = EncodedTexts(cps, starts)
    assert len(back) == len(texts)
    assert list(back) == texts
    assert back[-1:] == texts[-1:]
    for config in CONFIGS:
        plain = normalize_batch(texts, config)
        encoded = normalize_batch(back, config, encoded=(cps, starts))
        for name in ("cp", "cls", "doc_starts", "raw_starts"):
            assert np.array_equal(getattr(plain, name), getattr(encoded, name)), name
        for name in ("raw", "raw_end"):
            a, b = getattr(plain, name), getattr(encoded, name)
            assert (a is None) == (b is None), name
            assert a is None or np.array_equal(a, b), name


def test_encoded_texts_use_the_narrowest_code_unit() -> None:
    assert encode_texts(["plain", "ascii"])[0].dtype == np.uint8
    assert encode_texts(["curly \u2019", "x"])[0].dtype.itemsize == 2
    assert encode_texts(["emoji \U0001f600", "x"])[0].dtype.itemsize == 4
    with pytest.raises(IndexError, match="text 2 of 2"):
        EncodedTexts(*encode_texts(["a", "b"]))[2]


COMPOSING = st.lists(
    st.one_of(
        st.sampled_from(oracle.FRAGMENTS),
        st.sampled_from(["\u0301", "\u0327", "\u0654", "\u06c1", "\u064a", "\u1100", "\u1161", "\u11a8",
                         "\u0b47", "\u0b3e", "\u212b", "\u0958", "e", "\n", "\ud800", "\U0001109a"]),
        st.text(max_size=3),
    ),
    max_size=10,
).map("".join)


@SETTINGS
@given(texts=st.lists(COMPOSING, max_size=5))
def test_cluster_composition_matches_the_per_text_reference(texts: list[str]) -> None:
    """The vectorised NFC (only the clusters around characters that may break NFC) gives the code
    points and raw spans of composing every text one cluster at a time."""
    config = NormalizeConfig(fold_acronyms=False)
    nb = normalize_batch(texts, config)
    lean = normalize_batch(texts, config, raw_map=False)  # spliced in place, without the maps
    assert np.array_equal(lean.cp, nb.cp)
    assert np.array_equal(lean.cls, nb.cls)
    assert np.array_equal(lean.doc_starts, nb.doc_starts)
    for d, text in enumerate(texts):
        composed, where, ends = oracle.compose(text)
        # the document's characters, without the separator joined after every document but the last
        start, stop = int(nb.doc_starts[d]), int(nb.doc_starts[d + 1]) - (d < len(texts) - 1)
        kept = [i for i, ch in enumerate(composed) for _ in fold_char(ch, config)]
        assert nb.cp[start:stop].tolist() == [c.cp for c in oracle.normalize(text, config)]
        idx = np.arange(start, stop, dtype=np.int64)
        base = int(nb.raw_starts[d])
        assert (nb.to_raw(idx) - base).tolist() == [where[i] for i in kept]
        assert (nb.to_raw_end(idx) - base).tolist() == [ends[i] for i in kept]
