"""The compiled tokeniser (``syndetect.text.native``) against the numpy path: the same token hashes, raw
spans, shingles and signatures on every input.

The tests that compare the two paths skip when the extension is not built. ``test_native_pure.py``
runs the oracle tests of the hashing core again on the numpy path.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from pathlib import Path
from unittest import mock

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import oracle
import syndetect
from syndetect.config import MinHashConfig, NormalizeConfig, ShingleConfig
from syndetect.sketch.minhash import minhash, minhash_word_grams
from syndetect.text import native
from syndetect.text import normalize as normalize_module
from syndetect.text import shingle as shingle_module
from syndetect.text.normalize import TABLE_LAYOUT, EncodedTexts, encode_texts, tables_for
from syndetect.text.shingle import ShingledBatch, gram_hashes, shingle_batch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import realtext

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True)
built = pytest.mark.skipif(not native.AVAILABLE, reason="the compiled tokeniser is not built (no compiler)")

CONFIGS = [
    NormalizeConfig(),
    NormalizeConfig(fold_acronyms=False),
    NormalizeConfig(strip_diacritics=True),
    NormalizeConfig(fold_digits=True, strip_diacritics=True, fold_acronyms=False),
]
FIELDS = (
    "token_hash", "token_start", "token_end", "token_offsets", "shingle_hash", "shingle_offsets",
    "shingle_start", "shingle_end",
)


def assert_same(native_batch: ShingledBatch, numpy_batch: ShingledBatch) -> None:
    assert native_batch.n_docs == numpy_batch.n_docs
    for field in FIELDS:
        got, expected = getattr(native_batch, field), getattr(numpy_batch, field)
        assert got.dtype == expected.dtype, field
        assert got.tolist() == expected.tolist(), field


def both_paths(texts: list[str], config: ShingleConfig, **options: object) -> ShingledBatch:
    """``shingle_batch`` (word shingles) on the compiled path, checked against the numpy path; the
    compiled path's result."""
    assert native.backend() == "native"
    numpy_normalize = mock.patch.object(shingle_module, "normalize_batch", side_effect=AssertionError)
    with numpy_normalize:  # the compiled path takes every batch: it never hands one over to numpy
        got = shingle_batch(texts, config, **options)  # type: ignore[arg-type]
    with native.pure():
        assert native.backend() == "numpy"
        expected = shingle_batch(texts, config, **options)  # type: ignore[arg-type]
    assert_same(got, expected)
    return got


@built
@SETTINGS
@given(
    texts=st.lists(oracle.any_text_strategy(), max_size=6),
    config=st.sampled_from(CONFIGS),
    k=st.integers(1, 5),
    spans=st.booleans(),
)
@example(texts=["\ufdfa" * 40, "\u0149"], config=CONFIGS[0], k=2, spans=True)  # several words per character
@example(texts=["cafe\u0301 \u1100\u1161\u11a8 \u0b47\u0b3e", "\u0301x"], config=CONFIGS[0], k=1, spans=True)
@example(texts=["", "U.S. e.g. \u00c9.U. I.B.M.", ".", "a."], config=CONFIGS[0], k=5, spans=True)
def test_any_text_identical(texts: list[str], config: NormalizeConfig, k: int, spans: bool) -> None:
    both_paths(texts, ShingleConfig(k=k, normalize=config), spans=spans)


@built
@SETTINGS
@given(texts=oracle.texts_strategy(max_docs=4, max_parts=20), window=st.integers(1, 40), spans=st.booleans())
def test_windowed_and_encoded_batches_identical(texts: list[str], window: int, spans: bool) -> None:
    """Cut into windows (token spans shifted per piece) and from code points, as a WorkerPool gets them."""
    config = ShingleConfig(k=3)
    both_paths(texts, config, spans=spans, window_chars=window)
    encoded = encode_texts(texts)
    both_paths(EncodedTexts(*encoded), config, spans=spans, encoded=encoded)  # type: ignore[arg-type]


@built
@SETTINGS
@given(texts=st.lists(oracle.any_text_strategy(), max_size=5), scheme=st.sampled_from(["oph", "kperm"]))
def test_signatures_identical_and_match_oracle(texts: list[str], scheme: str) -> None:
    got = syndetect.signatures(texts, scheme=scheme, chunk_size=2)  # type: ignore[arg-type]
    with native.pure():
        expected = syndetect.signatures(texts, scheme=scheme, chunk_size=2)  # type: ignore[arg-type]
    assert got.tolist() == expected.tolist()
    for text, row in zip(texts, got, strict=True):
        assert row.tolist() == oracle.signature(oracle.shingles(text, 5), 128, scheme, 1)


@built
@SETTINGS
@given(
    letters=st.lists(
        st.sampled_from(["a", "\u00e9", "\u0416", "\u05d0", "\u0627", "\U00010428", "\U0001d400", "\u1e9e"]),
        min_size=1,
        max_size=400,
    )
)
def test_long_tokens_hash_exactly(letters: list[str]) -> None:
    """uint64 wrap-around in C equals Python ints mod 2**64: tokens far past 64 characters (B**j wraps
    many times) of code points up to the astral planes."""
    text = "".join(letters)
    batch = both_paths([text, f"{text} {text[::-1]}"], ShingleConfig(k=2), spans=True)
    for d, t in enumerate([text, f"{text} {text[::-1]}"]):
        assert batch.token_hash[batch.doc_tokens(d)].tolist() == [tok.hash for tok in oracle.tokens(t)]


@built
@SETTINGS
@given(
    counts=st.lists(st.integers(0, 90), max_size=8),
    k=st.sampled_from([1, 2, 5, 9, 64]),
    num_perm=st.sampled_from([1, 3, 128, 1000]),
    seed=st.integers(0, 2**64 - 1),
    extreme=st.booleans(),
)
def test_fused_oph_is_minhash_of_gram_hashes(
    counts: list[int], k: int, num_perm: int, seed: int, extreme: bool
) -> None:
    """The compiled pass from token hashes to OPH signatures (sliding k-gram hash, mix, bin, minimum)
    gives ``minhash(gram_hashes(...))``: texts shorter than k, empty ones, k up to 64, extreme hashes."""
    rng = np.random.default_rng(len(counts) * 1000 + k)
    n = sum(counts)
    hashes = rng.integers(0, 2**64, n, dtype=np.uint64, endpoint=False)
    if extreme:
        hashes[::2] = np.uint64(2**64 - 1)
        hashes[1::3] = 0
    offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    config = MinHashConfig(num_perm=num_perm, seed=seed)
    got = minhash_word_grams(hashes, offsets, k, config)
    grams, _, _, gram_offsets = gram_hashes(hashes, offsets, k, positions=False)
    assert got.tolist() == minhash(grams, gram_offsets, config).tolist()
    with native.pure():
        assert minhash_word_grams(hashes, offsets, k, config).tolist() == got.tolist()


@built
@pytest.mark.parametrize(
    ("offsets", "num_perm", "bins", "message"),
    [
        ([0, 5, 3], 4, 8, "not a range"),
        ([0, 2, 9], 4, 8, "not a range"),
        ([0, 2, 3], 4, 7, "num_perm"),
        ([0, 2, 3], 0, 0, "num_perm"),
    ],
)
def test_fused_oph_refuses_malformed_arrays(
    offsets: list[int], num_perm: int, bins: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        native._tokenise.oph_bins(
            np.zeros(3, np.uint64), np.array(offsets, np.int64), 5, num_perm, 1, np.zeros(bins, np.uint64)
        )


def _corpus(name: str, n_docs: int) -> list[str]:
    texts = realtext.real_corpus(name, n_docs)
    if texts is None:
        pytest.skip(f"real-text corpus {name!r} not found under {realtext.eval_dir()}")
    return list(texts)


@built
@pytest.mark.parametrize("name", sorted(realtext.PIECES))
def test_real_corpora_identical(name: str) -> None:
    texts = _corpus(name, 120)
    for config in CONFIGS:
        both_paths(texts, ShingleConfig(normalize=config), spans=True)
        got = syndetect.signatures(texts, normalize=config)
        with native.pure():
            assert got.tolist() == syndetect.signatures(texts, normalize=config).tolist()


@built
@pytest.mark.parametrize("seed", [1, 2])
def test_large_mixed_batch_identical(seed: int) -> None:
    """A batch of about 300,000 characters of every fragment (all scripts, expansions, marks, quotes),
    so positions run far past any small-batch case, then the same as one long windowed document."""
    rng = random.Random(seed)
    pieces = [*oracle.FRAGMENTS, *oracle.MORE_FRAGMENTS]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4000))) for _ in range(60)]
    assert sum(map(len, texts)) > 250_000
    both_paths(texts, ShingleConfig(), spans=True)
    both_paths(["".join(texts)], ShingleConfig(), spans=True)


@built
def test_tables_built_during_the_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """With fresh tables every block is unbuilt: the pass stops at each, the block is built, it resumes."""
    texts = ["Vai \ua500\ua501 Cherokee \u13a0\u13a1 \U00010428 \u337f", "\u1100\u1161\u11a8 e\u0301"]
    with native.pure():
        expected = shingle_batch(texts, ShingleConfig(k=2))
    monkeypatch.setattr(normalize_module, "_TABLES", {})
    assert_same(shingle_batch(texts, ShingleConfig(k=2)), expected)  # from the str texts
    monkeypatch.setattr(normalize_module, "_TABLES", {})
    encoded = encode_texts(texts)
    got = shingle_batch(EncodedTexts(*encoded), ShingleConfig(k=2), encoded=encoded)  # from code points
    assert_same(got, expected)


@built
@pytest.mark.parametrize("bad", [b"bytes", 7, None])
def test_a_text_that_is_not_str_raises_type_error_on_both_paths(bad: object) -> None:
    texts = ["fine", bad]
    with pytest.raises(TypeError):
        shingle_batch(texts, ShingleConfig(), lengths=np.array([4, 5]))  # type: ignore[arg-type]
    with native.pure(), pytest.raises(TypeError):
        shingle_batch(texts, ShingleConfig(), lengths=np.array([4, 5]))  # type: ignore[arg-type]


@built
def test_expansions_added_after_the_arrays_were_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another thread may build a block with expanding characters after this pass took the expansion
    arrays: the pass says so and runs again with new ones."""
    tables = tables_for(NormalizeConfig())
    real = type(tables).expansion_arrays
    calls = []

    def stale(self: object) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        calls.append(1)
        if len(calls) == 1:
            return np.zeros(0, np.uint32), np.zeros(1, np.int64), np.zeros(0, np.uint32)
        return real(self)  # type: ignore[arg-type]

    texts = ["\ufb01ne stra\u00dfe \ufdfa"]
    with native.pure():
        expected = shingle_batch(texts, ShingleConfig(k=2))
    monkeypatch.setattr(type(tables), "expansion_arrays", stale)
    assert_same(shingle_batch(texts, ShingleConfig(k=2)), expected)
    assert len(calls) == 2


@built
def test_more_tokens_than_code_points() -> None:
    """A character that folds to several words gives more tokens than the batch has code points: U+FDFA
    is four Arabic words, the last of which runs into the first of the next copy (no separator)."""
    texts = ["\ufdfa" * 50, "\ufdfb\ufdfa", "\ufdfa" * 200]
    for spans in (True, False):  # the compiled path makes room (it does not hand over to numpy)
        assert native.text_token_arrays(texts, np.array([50, 2, 200]), NormalizeConfig(), spans) is not None
        assert native.token_arrays(*encode_texts(texts), NormalizeConfig(), spans) is not None
    batch = both_paths(texts, ShingleConfig(k=3), spans=True)
    assert batch.token_offsets.tolist() == [0, 1 + 50 * 3, 151 + 2 + 3, 156 + 1 + 200 * 3]
    assert batch.token_start[:5].tolist() == [0, 0, 0, 0, 1]
    assert batch.token_end[:5].tolist() == [1, 1, 1, 2, 2]


@built
def test_code_point_out_of_range_takes_the_numpy_path() -> None:
    cps = np.array([0x61, 0x110000, 0x62], dtype=np.uint32)
    assert native.token_arrays(cps, np.array([0, 4]), NormalizeConfig(), spans=True) is None
    assert native.token_arrays(cps[:1], np.array([0, 2]), NormalizeConfig(), spans=False) is not None


@built
def test_threads_share_tables_being_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pass releases the GIL: threads tokenising at once while blocks are built give the serial result."""
    texts = [oracle.FRAGMENTS[i::7] for i in range(7)]
    docs = [[" ".join(f) * 20, "".join(f)] for f in texts]
    config = ShingleConfig(normalize=NormalizeConfig(strip_diacritics=True))
    with native.pure():
        expected = [shingle_batch(d, config) for d in docs]
    monkeypatch.setattr(normalize_module, "_TABLES", {})
    got: dict[int, ShingledBatch] = {}

    def run(i: int) -> None:
        got[i] = shingle_batch(docs[i], config)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(docs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, batch in enumerate(expected):
        assert_same(got[i], batch)


@built
def test_layout_agrees_with_the_tables() -> None:
    assert tuple(native._tokenise.LAYOUT) == TABLE_LAYOUT


@built
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"table": np.zeros(10, np.uint32)}, "0x110000"),
        ({"cps": np.zeros(3, np.float64)}, "integers"),
        ({"cps": np.zeros(3, np.int64)}, "integers"),
        ({"starts": np.zeros(2, np.int32)}, "8-byte"),
        ({"out_offsets": np.zeros(5, np.int64)}, "one entry per text"),
        ({"out_hash": np.zeros(4, np.uint64)[::2]}, "contiguous"),
        ({"pre_map": np.zeros(3, np.int64)}, "pre_map"),
        ({"base": np.zeros(1, np.int64)}, "out_start"),
    ],
)
def test_extension_refuses_malformed_arrays(change: dict[str, np.ndarray], message: str) -> None:
    args = {
        "cps": np.frombuffer(b"ab", np.uint8), "table": tables_for(NormalizeConfig()).packed,
        "starts": np.array([0, 3], np.int64), "exp_keys": np.zeros(0, np.uint32),
        "exp_offsets": np.zeros(1, np.int64), "exp_values": np.zeros(0, np.uint32), "pre_map": None,
        "pre_end": None, "base": None, "out_hash": np.zeros(4, np.uint64), "out_start": None,
        "out_end": None, "out_offsets": np.zeros(2, np.int64), "out_maybe": None,
    }
    args.update(change)
    with pytest.raises((ValueError, BufferError), match=message):
        native._tokenise.tokenise(*args.values())


def test_backend_switch() -> None:
    """``pure()`` and ``set_pure`` force the numpy path and restore what was in use."""
    before = native.backend()
    assert before == ("native" if native.AVAILABLE and os.environ.get(native.PURE_ENV, "") in ("", "0")
                      else "numpy")
    with native.pure():
        assert native.backend() == "numpy"
        assert native.token_arrays(*encode_texts(["x"]), NormalizeConfig(), spans=False) is None
    assert native.backend() == before
    native.set_pure(True)
    try:
        assert native.backend() == "numpy"
    finally:
        native.set_pure(before == "numpy")
    assert native.backend() == before


@pytest.mark.parametrize(("value", "expected"), [("1", "numpy"), ("0", None), ("", None)])
def test_environment_variable_forces_numpy(value: str, expected: str | None) -> None:
    env = {**os.environ, native.PURE_ENV: value}
    code = "from syndetect.text import native; print(native.backend(), native.AVAILABLE)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    backend, available = out.stdout.split()
    assert available == str(native.AVAILABLE)
    assert backend == (expected or ("native" if native.AVAILABLE else "numpy"))
