"""Tokens, raw spans and shingle hashes: the vectorised batch against the plain-Python oracle."""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import oracle
from syndetect.config import NormalizeConfig, ShingleConfig
from syndetect.errors import ConfigError
from syndetect.text.normalize import EncodedTexts, encode_texts
from syndetect.text.shingle import WINDOW_CHARS, ShingledBatch, mix64, shingle_batch

SETTINGS = settings(max_examples=120, deadline=None, derandomize=True)


def doc_tokens(batch: ShingledBatch, d: int) -> list[tuple[int, int, int]]:
    s = batch.doc_tokens(d)
    return list(
        zip(
            batch.token_hash[s].tolist(),
            batch.token_start[s].tolist(),
            batch.token_end[s].tolist(),
            strict=True,
        )
    )


def doc_shingles(batch: ShingledBatch, d: int) -> list[tuple[int, int, int]]:
    s = batch.doc_shingles(d)
    return list(
        zip(
            batch.shingle_hash[s].tolist(),
            batch.shingle_start[s].tolist(),
            batch.shingle_end[s].tolist(),
            strict=True,
        )
    )


def check_against_oracle(texts: list[str], config: ShingleConfig) -> ShingledBatch:
    batch = shingle_batch(texts, config)
    assert batch.n_docs == len(texts)
    assert batch.token_offsets.size == batch.shingle_offsets.size == len(texts) + 1
    for d, text in enumerate(texts):
        toks = oracle.tokens(text, config.normalize)
        got = doc_tokens(batch, d)
        assert [h for h, _, _ in got] == [t.hash for t in toks]
        if config.unit == "word":
            expected = oracle.word_shingles(text, config.k, config.normalize)
        else:
            expected = oracle.char_shingles(text, config.k, config.normalize)
        shingles = doc_shingles(batch, d)
        assert [h for h, _, _ in shingles] == [h for h, _, _ in expected]
        if unicodedata.is_normalized("NFC", text):  # the oracle's spans index the NFC text
            assert [(s, e) for _, s, e in got] == [(t.start, t.end) for t in toks]
            assert [(s, e) for _, s, e in shingles] == [(s, e) for _, s, e in expected]
    return batch


@pytest.mark.parametrize("k", [1, 2, 3, 5])
@SETTINGS
@given(texts=oracle.texts_strategy())
def test_word_shingles_agree_with_oracle(k: int, texts: list[str]) -> None:
    check_against_oracle(texts, ShingleConfig(unit="word", k=k))


@pytest.mark.parametrize("k", [1, 3, 5])
@SETTINGS
@given(texts=oracle.texts_strategy())
def test_char_shingles_agree_with_oracle(k: int, texts: list[str]) -> None:
    check_against_oracle(texts, ShingleConfig(unit="char", k=k))


@SETTINGS
@given(texts=oracle.texts_strategy(max_docs=3))
def test_options_agree_with_oracle(texts: list[str]) -> None:
    norm = NormalizeConfig(fold_acronyms=False, strip_diacritics=True, fold_digits=True)
    check_against_oracle(texts, ShingleConfig(k=2, normalize=norm))
    check_against_oracle(texts, ShingleConfig(unit="char", k=4, normalize=norm))


@pytest.mark.parametrize(("n_tokens", "n_shingles"), [(0, 0), (1, 1), (4, 1), (5, 1), (6, 2), (9, 5)])
def test_shingle_counts_at_the_boundaries(n_tokens: int, n_shingles: int) -> None:
    text = " ".join(f"w{i}" for i in range(n_tokens))
    batch = check_against_oracle(["", text, "x", text], ShingleConfig(k=5))
    assert batch.shingle_offsets.tolist()[1:3] == [0, n_shingles]
    assert np.diff(batch.shingle_offsets).tolist() == [0, n_shingles, 1, n_shingles]


def test_short_document_shingle_is_all_its_tokens() -> None:
    batch = shingle_batch(["alpha beta gamma"], ShingleConfig(k=5))
    (h,) = batch.shingle_hash.tolist()
    toks = batch.token_hash.tolist()
    assert h == oracle.gram_hash(toks)
    assert (batch.shingle_start.tolist(), batch.shingle_end.tolist()) == ([0], [16])


def test_spans_false_gives_the_same_hashes() -> None:
    texts = [
        "U.S. troops \u201cleave\u201d",
        "",
        "caf\u00e9 e\u0301 \u4e2d\u6587",
        "one two three four five six",
    ]
    for unit in ("word", "char"):
        config = ShingleConfig(unit=unit, k=3)
        full, lean = shingle_batch(texts, config), shingle_batch(texts, config, spans=False)
        assert np.array_equal(full.shingle_hash, lean.shingle_hash)
        assert np.array_equal(full.shingle_offsets, lean.shingle_offsets)
        assert lean.shingle_start.size == 0
        assert full.shingle_start.size == full.shingle_hash.size


def test_long_token_past_the_power_cache() -> None:
    text = "a" * 70_001 + " " + "b\u00e9" * 40_000
    check_against_oracle([text, "x y"], ShingleConfig(k=2))


@SETTINGS
@given(texts=oracle.texts_strategy(max_docs=4))
@example(texts=["U.S.\u00bd", "x U.S.\u00bd y"])
def test_token_spans_map_back_to_the_token(texts: list[str]) -> None:
    batch = shingle_batch(texts, ShingleConfig(k=3))
    for d, text in enumerate(texts):
        for h, start, end in doc_tokens(batch, d):
            assert 0 <= start < end <= len(text)
            inside = [t.hash for t in oracle.tokens(text[start:end])]
            # one raw character can fold to several tokens ("½" -> "1", "2", so "U.S.½" is the token
            # "us1" followed by "2" inside the same character); otherwise exactly one
            assert h in inside
            if len(inside) > 1:
                span = text[start:end]
                assert (end - start == 1 or unicodedata.normalize("NFC", span) != span
                        or any(len(oracle.tokens(ch)) > 1 for ch in span)), span


@SETTINGS
@given(texts=oracle.texts_strategy(max_docs=3))
def test_word_shingle_spans_cover_their_tokens(texts: list[str]) -> None:
    k = 3
    batch = shingle_batch(texts, ShingleConfig(k=k))
    for d in range(len(texts)):
        toks = doc_tokens(batch, d)
        for i, (_, start, end) in enumerate(doc_shingles(batch, d)):
            first, last = toks[i], toks[min(i + k, len(toks)) - 1]
            assert (start, end) == (first[1], last[2])


def test_news_sentence_spans() -> None:
    text = "The U.S.\u00a0embassy \u2014 Shi\u2019ite leaders said\u2026"
    batch = shingle_batch([text], ShingleConfig(k=2))
    spans = [text[s:e] for _, s, e in doc_tokens(batch, 0)]
    assert spans == ["The", "U.S", "embassy", "Shi\u2019ite", "leaders", "said"]


def test_decomposed_spans_cover_whole_clusters() -> None:
    text = "cafe\u0301 ok"
    batch = shingle_batch([text], ShingleConfig(k=1))
    assert [text[s:e] for _, s, e in doc_tokens(batch, 0)] == ["cafe\u0301", "ok"]


@given(st.lists(st.integers(0, 2**64 - 1), max_size=50))
@SETTINGS
def test_mix64_matches_python_ints(values: list[int]) -> None:
    extremes = [0, 1, 2**32 - 1, 2**32, 2**63, 2**64 - 1]
    arr = np.array(values + extremes, dtype=np.uint64)
    assert mix64(arr).tolist() == [oracle.mix64(v) for v in values + extremes]


def test_gram_hash_at_extreme_token_hashes() -> None:
    # drive the k-gram polynomial with the largest values directly through the private helper
    from syndetect.text.shingle import gram_hashes

    values = np.array([2**64 - 1, 0, 2**64 - 1, 2**63, 1, 2**64 - 1], dtype=np.uint64)
    offsets = np.array([0, 6], dtype=np.int64)
    for k in (1, 2, 5, 6, 7):
        hashes, _, _, _ = gram_hashes(values, offsets, k)
        ints = values.tolist()
        assert hashes.tolist() == [oracle.gram_hash(ints[i : i + m]) for i, m in oracle.windows(6, k)]


def test_results_do_not_depend_on_scratch_reuse_or_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from syndetect.text import shingle as shingle_module

    texts = [f"story {i} about the U.S. embassy and caf\u00e9 prices " * (i + 1) for i in range(40)]
    expected = shingle_batch(texts, ShingleConfig(k=3), spans=False).shingle_hash
    results: list[np.ndarray] = []

    def work(batch: list[str]) -> None:
        for _ in range(5):
            results.append(shingle_batch(batch, ShingleConfig(k=3), spans=False).shingle_hash)

    threads = [threading.Thread(target=work, args=(texts,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 15
    assert all(np.array_equal(r, expected) for r in results)
    monkeypatch.setattr(shingle_module, "_SCRATCH_MAX", 8)  # every batch allocates its own buffer
    assert np.array_equal(shingle_batch(texts, ShingleConfig(k=3), spans=False).shingle_hash, expected)


# --- windows: a batch longer than window_chars is normalised and tokenised in pieces -------------

_FIELDS = ("token_hash", "token_start", "token_end", "token_offsets", "shingle_hash", "shingle_offsets",
           "shingle_start", "shingle_end")
_REPEATED = "The quick brown fox jumps over the lazy dog while the farmer watches from afar.\n"


def assert_same_batch(a: ShingledBatch, b: ShingledBatch) -> None:
    for name in _FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype, name
        assert np.array_equal(x, y), name


@SETTINGS
@given(
    texts=oracle.texts_strategy(max_docs=4, max_parts=30),
    window=st.integers(1, 40),
    spans=st.booleans(),
    options=st.sampled_from([NormalizeConfig(), NormalizeConfig(fold_acronyms=False, strip_diacritics=True,
                                                                fold_digits=True)]),
)
@example(texts=["U.S. e.g. caf\u00e9 ", "\u00bd\u00df x"], window=3, spans=True, options=NormalizeConfig())
def test_windowed_batch_is_the_batch_at_once(
    texts: list[str], window: int, spans: bool, options: NormalizeConfig
) -> None:
    config = ShingleConfig(k=3, normalize=options)
    at_once = shingle_batch(texts, config, spans=spans, window_chars=10**9)
    assert_same_batch(shingle_batch(texts, config, spans=spans, window_chars=window), at_once)


@SETTINGS
@given(texts=oracle.texts_strategy(max_docs=3, max_parts=20), window=st.integers(1, 30))
@example(texts=["  \udbff\udc00x y"], window=3)  # a surrogate pair read as two code units, as at once
def test_windowed_batch_from_code_points(texts: list[str], window: int) -> None:
    encoded = encode_texts(texts)
    at_once = shingle_batch(texts, ShingleConfig(), window_chars=10**9)
    windowed = shingle_batch(EncodedTexts(*encoded), ShingleConfig(), encoded=encoded, window_chars=window)
    assert_same_batch(windowed, at_once)


@pytest.mark.parametrize(
    "text",
    [
        _REPEATED * 300,  # one repeated line
        "a" * 5000,  # one token: nowhere to cut, one window
        "".join(chr(0x4E00 + i % 500) for i in range(3000)) + "\u3002" + "\u4e00" * 40,  # solo characters
        "x" * 50 + " " + "y\u0301 " * 800 + ("U.S. " * 300),  # composing marks and acronym dots
    ],
)
def test_windowed_long_document_agrees_with_oracle(text: str) -> None:
    texts = [text, "", "tail of the batch"]
    config = ShingleConfig(k=5)
    windowed = shingle_batch(texts, config, window_chars=64)
    assert_same_batch(windowed, shingle_batch(texts, config, window_chars=10**9))
    got = doc_shingles(windowed, 0)
    expected = oracle.word_shingles(text, config.k, config.normalize)
    assert [h for h, _, _ in got] == [h for h, _, _ in expected]
    if unicodedata.is_normalized("NFC", text):
        assert [(s, e) for _, s, e in got] == [(s, e) for _, s, e in expected]


def test_large_repetitive_document_default_windows() -> None:
    """About 1.6 MB of one repeated line: six default windows, the same tokens and shingles as the
    document hashed at once."""
    text = _REPEATED * 20_000
    assert len(text) > 6 * WINDOW_CHARS
    for spans in (False, True):
        windowed = shingle_batch([text], ShingleConfig(), spans=spans)
        assert_same_batch(windowed, shingle_batch([text], ShingleConfig(), spans=spans, window_chars=10**9))
    assert windowed.token_hash.size == 15 * 20_000


@pytest.mark.parametrize("window", [0, -1, True, 2.5])
def test_window_chars_must_be_a_positive_int(window: object) -> None:
    with pytest.raises(ConfigError, match="window_chars"):
        shingle_batch(["x"], ShingleConfig(), window_chars=window)  # type: ignore[arg-type]
