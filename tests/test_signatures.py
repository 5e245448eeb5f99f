"""``signatures()``: end to end against the oracle, chunking, processes, golden values and bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import xxhash
from hypothesis import given, settings
from hypothesis import strategies as st

import oracle
from syndetect import ConfigError, jaccard_estimate, signatures
from syndetect.sketch.minhash import EMPTY

SETTINGS = settings(max_examples=80, deadline=None, derandomize=True)

SADR = "Sadr said a security agreement with the United States should be cancelled immediately."
GOLDEN_TEXTS = [SADR, "Populist\u00a0Iraqi Shi'ite cleric", "\u4e2d\u6587\u65b0\u95fb\u62a5\u9053", "x", ""]
CORPUS = [
    f"Story {i}: the U.S. embassy said on {day} that {n} \u201cforeign\u201d troops would leave Iraq\u2019s "
    f"bases, officials in {city} told reporters. \u062e\u0628\u0631 {i} \u2014 \u4e2d\u6587 {n}."
    for i, (day, n, city) in enumerate(
        [
            (d, 100 * j + 7, c)
            for d in ("Monday", "Tuesday", "Sunday")
            for j, c in enumerate(("Baghdad", "Erbil"))
        ]
    )
] + ["", "one", "two words", "\ud800 lone \udc00 surrogates"]


def oracle_signatures(
    texts: list[str], *, num_perm: int, scheme: str, seed: int, unit: str, k: int
) -> list[list[int]]:
    return [oracle.signature(oracle.shingles(t, k, unit), num_perm, scheme, seed) for t in texts]


@pytest.mark.parametrize("scheme", ["oph", "kperm"])
@pytest.mark.parametrize("unit", ["word", "char"])
@SETTINGS
@given(texts=oracle.texts_strategy(max_docs=5), k=st.sampled_from([1, 2, 5]), chunk_size=st.integers(1, 4))
def test_agrees_with_oracle(scheme: str, unit: str, texts: list[str], k: int, chunk_size: int) -> None:
    sig = signatures(texts, num_perm=16, scheme=scheme, seed=7, unit=unit, k=k, chunk_size=chunk_size)
    assert sig.shape == (len(texts), 16)
    assert sig.dtype == np.uint32
    assert sig.tolist() == oracle_signatures(texts, num_perm=16, scheme=scheme, seed=7, unit=unit, k=k)


@pytest.mark.parametrize("scheme", ["oph", "kperm"])
def test_defaults_are_word_5_grams_and_128_permutations(scheme: str) -> None:
    sig = signatures(CORPUS[:3], scheme=scheme)
    assert sig.shape == (3, 128)
    assert sig.tolist() == oracle_signatures(
        CORPUS[:3], num_perm=128, scheme=scheme, seed=1, unit="word", k=5
    )


@pytest.mark.parametrize("scheme", ["oph", "kperm"])
def test_independent_of_chunk_size_and_jobs(scheme: str) -> None:
    n = len(CORPUS)
    reference = signatures(CORPUS, scheme=scheme, chunk_size=n)
    for chunk_size in (1, 2, 3, n - 1, n, n + 1, 10**7):
        assert np.array_equal(signatures(CORPUS, scheme=scheme, chunk_size=chunk_size), reference)
    assert np.array_equal(signatures(CORPUS, scheme=scheme, chunk_size=3, jobs=2), reference)


def test_identical_bytes_in_another_process() -> None:
    code = (
        "import sys, json, numpy as np, syndetect\n"
        "texts = json.loads(sys.stdin.read())\n"
        "for scheme in ('oph', 'kperm'):\n"
        "    sig = syndetect.signatures(texts, scheme=scheme)\n"
        "    print(sig.astype('<u4').tobytes().hex())\n"
    )
    texts = [t for t in CORPUS if "\ud800" not in t]  # JSON over a pipe cannot carry lone surrogates
    out = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True, check=True
    ).stdout.split()
    here = [signatures(texts, scheme=s).astype("<u4").tobytes().hex() for s in ("oph", "kperm")]
    assert out == here


# Golden values: computed once (after the fast path was checked against tests/oracle.py) and pinned, so
# any change to normalisation, hashing or the permutation parameters is caught.
GOLDEN = {
    ("oph", 1): [
        [2752555806, 568145085, 3501067321, 568145085, 3559714086, 3070019008],
        [2669070541, 2669070541, 2669070541, 2669070541, 2669070541, 2669070541],
        [3536991288, 3759168567, 3536991288, 3536991288, 3759168567, 3536991288],
        [3689236233, 3689236233, 3689236233, 3689236233, 3689236233, 3689236233],
    ],
    ("oph", 42): [
        [912956094, 3665806357, 3665806357, 912956094, 3665806357, 981637848],
        [1023242427, 1023242427, 1023242427, 1023242427, 1023242427, 1023242427],
        [3509695861, 1638603225, 1638603225, 1638603225, 3509695861, 1638603225],
        [3902512617, 3902512617, 3902512617, 3902512617, 3902512617, 3902512617],
    ],
    ("kperm", 1): [
        [105543919, 17345830, 775413723, 63701094, 906769914, 1031903544],
        [3207829112, 3591366770, 862609266, 3746758284, 804489649, 3901449574],
        [336414130, 488302341, 467665150, 1592170093, 2828241097, 669398042],
        [2214754436, 1360563997, 1053815502, 39594841, 442435306, 1120288110],
    ],
    ("kperm", 42): [
        [384680705, 1017357161, 522752927, 557227350, 307171586, 244717341],
        [2299836301, 1683703034, 2135418116, 2449702312, 3502118300, 3409077315],
        [1856132578, 203207945, 2380496752, 413130194, 554284523, 1161322165],
        [1426595129, 2389890143, 1733089657, 2794175453, 3550103381, 2523850268],
    ],
}


@pytest.mark.parametrize(("scheme", "seed"), list(GOLDEN))
def test_golden_values(scheme: str, seed: int) -> None:
    sig = signatures(GOLDEN_TEXTS, scheme=scheme, seed=seed)
    assert [row[:6].tolist() for row in sig[:4]] == GOLDEN[scheme, seed]
    assert (sig[4] == EMPTY).all()


def test_golden_char_shingles() -> None:
    sig = signatures(GOLDEN_TEXTS, unit="char", k=4, num_perm=16)
    assert sig[0][:6].tolist() == [849281130, 1935873596, 384429286, 26007528, 103571127, 710314987]
    assert sig[2][:6].tolist() == [2749565498, 3742065914, 3742065914, 2749565498, 3742065914, 928879776]


@pytest.mark.parametrize(("scheme", "digest"), [("oph", "21ed8610c3b0a698"), ("kperm", "035e2577c3e2af83")])
def test_golden_corpus_digest(scheme: str, digest: str) -> None:
    sig = signatures(CORPUS, scheme=scheme)
    assert sig.tolist() == oracle_signatures(CORPUS, num_perm=128, scheme=scheme, seed=1, unit="word", k=5)
    assert xxhash.xxh64_hexdigest(sig.astype("<u4").tobytes()) == digest


# --- defined results for degenerate input --------------------------------------------------------


@pytest.mark.parametrize("scheme", ["oph", "kperm"])
def test_empty_and_short_texts(scheme: str) -> None:
    texts = ["", "   ", "...\u2014\u201c\u201d", "\ud800", "two words", "two words!"]
    sig = signatures(texts, scheme=scheme, k=5)
    assert (sig[:4] == EMPTY).all()  # no token: EMPTY everywhere
    assert jaccard_estimate(sig[0], sig[1]) == 1.0  # two empty documents estimate 1.0
    # fewer than k tokens: one shingle of all of them, so punctuation does not matter
    assert np.array_equal(sig[4], sig[5])
    expected = oracle.signature(
        [oracle.gram_hash([oracle.token_hash("two"), oracle.token_hash("words")])], 128, scheme, 1
    )
    assert sig[4].tolist() == expected


def test_no_texts() -> None:
    assert signatures([]).shape == (0, 128)
    assert signatures((), num_perm=7).shape == (0, 7)


def test_accepts_any_sequence_of_str() -> None:
    assert np.array_equal(signatures(("a b", "c")), signatures(["a b", "c"]))


@SETTINGS
@given(
    st.lists(
        st.text(alphabet=st.characters(codec=None, min_codepoint=0xD7F0, max_codepoint=0xE010), max_size=10),
        max_size=4,
    )
)
def test_surrogates_and_odd_code_points_never_crash(texts: list[str]) -> None:
    mixed = [t + "\ud800 a\udfff b \U0010ffff \x00" for t in texts]
    assert signatures(mixed, num_perm=8).shape == (len(texts), 8)


def test_seed_pair_paragraphs_have_identical_signatures() -> None:
    seeds = Path(__file__).resolve().parents[1] / "data" / "seeds"
    (a_path,) = seeds.glob("000_*.txt")
    (b_path,) = seeds.glob("001_*.txt")

    def para(path: Path) -> str:
        return next(
            line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("Sadr said")
        )

    sig = signatures([para(a_path), para(b_path)])
    assert jaccard_estimate(sig[0], sig[1]) == 1.0


# --- bad input --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "msg"),
    [
        (["ok", 3], "texts[1] is int, expected str; decode bytes first"),
        (["ok", "fine", b"bytes"], "texts[2] is bytes, expected str; decode bytes first"),
        ([None], "texts[0] is NoneType, expected str; decode bytes first"),
        ("a single string", "texts must be a sequence of str, got a single str; wrap it in a list"),
        (b"raw", "texts must be a sequence of str, got a single bytes; wrap it in a list"),
    ],
)
def test_non_str_items(texts: Any, msg: str) -> None:
    with pytest.raises(TypeError, match=re.escape(msg)):
        signatures(texts)


@pytest.mark.parametrize(
    ("kwargs", "msg"),
    [
        ({"num_perm": 0}, "num_perm must be an integer in [1, 8192], got 0; 128 is a good default"),
        ({"num_perm": 8193}, "num_perm must be an integer in [1, 8192], got 8193; 128 is a good default"),
        ({"num_perm": 12.0}, "num_perm must be an integer in [1, 8192], got 12.0"),
        ({"num_perm": True}, "num_perm must be an integer in [1, 8192], got True"),
        ({"scheme": "minhash"}, "scheme must be one of 'oph', 'kperm', got 'minhash'"),
        ({"seed": -1}, f"seed must be an integer in [0, {2**64 - 1}], got -1"),
        ({"seed": 2**64}, f"seed must be an integer in [0, {2**64 - 1}], got {2**64}"),
        ({"unit": "line"}, "unit must be one of 'word', 'char', got 'line'"),
        ({"k": 0}, "k must be an integer in [1, 64], got 0; word 5-grams suit news"),
        ({"k": 65}, "k must be an integer in [1, 64], got 65"),
        ({"chunk_size": 0}, "chunk_size must be an integer in [1, 10000000], got 0"),
        ({"jobs": 0}, "jobs must be an integer in [1, 1024], got 0; use at most the number of CPU cores"),
        ({"jobs": "2"}, "jobs must be an integer in [1, 1024], got '2'"),
        ({"normalize": {"strip_diacritics": True}}, "normalize must be a NormalizeConfig, got dict"),
    ],
)
def test_invalid_config(kwargs: dict[str, Any], msg: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(msg)):
        signatures(["some text"], **kwargs)
    with pytest.raises(ValueError, match=re.escape(msg)):  # ConfigError is a ValueError too
        signatures([], **kwargs)


def test_jobs_with_spawned_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where this process may not fork (no fork, or other threads), chunks go to fresh interpreters."""
    from syndetect.workers import executor

    monkeypatch.setattr(executor, "fork_allowed", lambda: False)
    texts = CORPUS[:6]
    assert np.array_equal(signatures(texts, chunk_size=2, jobs=2), signatures(texts))
