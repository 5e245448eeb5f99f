"""MinHash: exact agreement with Python ints, exactness at the extremes, and unbiased Jaccard estimates."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import oracle
from syndetect.config import MinHashConfig
from syndetect.sketch import minhash as minhash_module
from syndetect.sketch.minhash import EMPTY, jaccard_estimate, kperm_params, minhash, oph_key

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True)
SCHEMES = ["oph", "kperm"]
U64_MAX = 2**64 - 1

hash64 = st.one_of(st.integers(0, U64_MAX), st.sampled_from([0, 1, 2**32 - 1, 2**32, 2**63, U64_MAX]))


def csr(docs: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    flat = np.array([h for d in docs for h in d], dtype=np.uint64)
    offsets = np.zeros(len(docs) + 1, dtype=np.int64)
    np.cumsum([len(d) for d in docs], out=offsets[1:])
    return flat, offsets


def unmix64(y: int) -> int:
    """Inverse of SplitMix64's finaliser, to build hashes whose mixed value is chosen."""

    def unxorshift(x: int, s: int) -> int:
        out = x
        for _ in range(64 // s + 1):
            out = x ^ (out >> s)
        return out & U64_MAX

    y = unxorshift(y, 31)
    y = (y * pow(0x94D049BB133111EB, -1, 2**64)) & U64_MAX
    y = unxorshift(y, 27)
    y = (y * pow(0xBF58476D1CE4E5B9, -1, 2**64)) & U64_MAX
    return unxorshift(y, 30)


@pytest.mark.parametrize("scheme", SCHEMES)
@SETTINGS
@given(
    docs=st.lists(st.lists(hash64, max_size=30), max_size=6),
    num_perm=st.sampled_from([1, 2, 3, 7, 16, 128]),
    seed=st.one_of(st.integers(0, U64_MAX), st.just(1)),
)
def test_agrees_with_oracle(scheme: str, docs: list[list[int]], num_perm: int, seed: int) -> None:
    flat, offsets = csr(docs)
    sig = minhash(flat, offsets, MinHashConfig(num_perm=num_perm, scheme=scheme, seed=seed))
    assert sig.shape == (len(docs), num_perm)
    assert sig.dtype == np.uint32
    for d, hashes in enumerate(docs):
        assert sig[d].tolist() == oracle.signature(hashes, num_perm, scheme, seed)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_documents_across_kperm_blocks(scheme: str) -> None:
    """Documents around the 512-row block size of kperm, with empty ones at block edges."""
    rng = np.random.default_rng(3)
    sizes = [511, 0, 1, 0, 512, 513, 0, 1023, 1, 0]
    docs = [rng.integers(0, 2**64, n, dtype=np.uint64).tolist() for n in sizes]
    flat, offsets = csr(docs)
    sig = minhash(flat, offsets, MinHashConfig(num_perm=8, scheme=scheme, seed=5))
    for d, hashes in enumerate(docs):
        assert sig[d].tolist() == oracle.signature(hashes, 8, scheme, 5)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_many_short_documents_per_kperm_block(scheme: str) -> None:
    """Dozens of documents (some empty) inside one 512-row block take the segmented-minimum path."""
    rng = np.random.default_rng(8)
    docs = [rng.integers(0, 2**64, int(n), dtype=np.uint64).tolist() for n in rng.integers(0, 25, 120)]
    docs[0] = docs[-1] = []
    flat, offsets = csr(docs)
    sig = minhash(flat, offsets, MinHashConfig(num_perm=8, scheme=scheme, seed=2))
    for d, hashes in enumerate(docs):
        assert sig[d].tolist() == oracle.signature(hashes, 8, scheme, 2)


@SETTINGS
@given(
    docs=st.lists(st.lists(hash64, max_size=30), min_size=1, max_size=6),
    block=st.integers(1, 40),
    seed=st.integers(0, 1000),
)
def test_oph_in_blocks_of_shingles_agrees_with_oracle(docs: list[list[int]], block: int, seed: int) -> None:
    """A long document is binned a block of shingles at a time; blocks of a few shingles across
    documents (empty ones too) give the same signatures."""
    flat, offsets = csr(docs)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(minhash_module, "_OPH_BLOCK", block)
        sig = minhash(flat, offsets, MinHashConfig(num_perm=16, seed=seed))
    for d, hashes in enumerate(docs):
        assert sig[d].tolist() == oracle.signature(hashes, 16, "oph", seed)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_empty_documents_get_the_empty_signature(scheme: str) -> None:
    flat, offsets = csr([[], [5, 6], [], []])
    sig = minhash(flat, offsets, MinHashConfig(num_perm=16, scheme=scheme))
    assert (sig[[0, 2, 3]] == EMPTY).all()
    assert not (sig[1] == EMPTY).all()
    none = minhash(np.zeros(0, np.uint64), np.zeros(1, np.int64), MinHashConfig(scheme=scheme))
    assert none.shape == (0, 128)
    flat, offsets = csr([[], []])
    assert (minhash(flat, offsets, MinHashConfig(scheme=scheme)) == EMPTY).all()


def test_oph_single_shingle_fills_every_bin_with_its_value() -> None:
    h = 123456789
    sig = minhash(*csr([[h]]), MinHashConfig(num_perm=64, scheme="oph", seed=9))
    g = oracle.mix64(h ^ oph_key(9))
    assert sig[0].tolist() == [g & 0xFFFFFFFF] * 64


@pytest.mark.parametrize("num_perm", [1, 2, 127, 128, 8192])
def test_oph_bins_at_extreme_mixed_values(num_perm: int) -> None:
    """Hashes whose mixed value is 0, 2**64-1 and neighbours land in the bins Python ints predict."""
    key = oph_key(1)
    targets = [0, 1, 2**32 - 1, 2**32, 2**63, U64_MAX - 2**32, U64_MAX]
    hashes = [unmix64(g) ^ key for g in targets]
    assert [oracle.mix64(h ^ key) for h in hashes] == targets
    sig = minhash(*csr([[h] for h in hashes]), MinHashConfig(num_perm=num_perm, seed=1))
    for row, g in zip(sig.tolist(), targets, strict=True):
        assert set(row) == {g & 0xFFFFFFFF}
    # two extremes in one document: g = 0 goes to bin 0, g = 2**64-1 to the last bin
    both = minhash(*csr([[hashes[0], hashes[-1]]]), MinHashConfig(num_perm=num_perm, seed=1))[0]
    assert both[0] == 0
    assert both[-1] == (0 if num_perm == 1 else 0xFFFFFFFF)
    assert set(both.tolist()) == ({0} if num_perm == 1 else {0, 0xFFFFFFFF})
    if num_perm <= 128:  # the oracle probes one bin at a time: k**2 / 2 steps here
        assert both.tolist() == oracle.oph_signature([hashes[0], hashes[-1]], num_perm, 1)


@pytest.mark.parametrize("filled", [1, 2, 3])
def test_oph_densification_of_very_sparse_rows_stays_small(filled: int) -> None:
    """A few shingles in 8192 bins: every empty bin copies one of them (once this needed gigabytes)."""
    hashes = list(range(1, filled + 1))
    sig = minhash(*csr([hashes, []]), MinHashConfig(num_perm=8192, seed=4))
    key = oph_key(4)
    assert set(sig[0].tolist()) == {oracle.mix64(h ^ key) & 0xFFFFFFFF for h in hashes}
    assert (sig[1] == EMPTY).all()
    small = minhash(*csr([hashes]), MinHashConfig(num_perm=96, seed=4))
    assert small[0].tolist() == oracle.oph_signature(hashes, 96, 4)


def test_kperm_arithmetic_at_extreme_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    """(a*x + b) mod 2**64 >> 32 with a, b, x at their extremes equals the Python-int result."""
    a = np.array([U64_MAX, 1, 2**63 + 1, U64_MAX - 2, 0xFFFFFFFF, 2**32 + 1], dtype=np.uint64)
    b = np.array([U64_MAX, 0, U64_MAX, 2**63, 0, U64_MAX - 2**32 + 1], dtype=np.uint64)
    monkeypatch.setattr(minhash_module, "kperm_params", lambda seed, k: (a, b))
    hashes = [0, U64_MAX, 2**32 - 1, 2**32, 2**63, 0xFFFFFFFF_00000000, 0x00000001_FFFFFFFF]
    sig = minhash(*csr([[h] for h in hashes] + [hashes]), MinHashConfig(num_perm=6, scheme="kperm"))
    for row, h in zip(sig.tolist(), [*[[h] for h in hashes], hashes], strict=True):
        expected = [
            min((((ai * ((x ^ (x >> 32)) & 0xFFFFFFFF)) + bi) & U64_MAX) >> 32 for x in h)
            for ai, bi in zip(a.tolist(), b.tolist(), strict=True)
        ]
        assert row == expected


def test_kperm_params_are_odd_64_bit_and_seeded() -> None:
    a, b = kperm_params(1, 128)
    assert a.dtype == b.dtype == np.uint64
    assert (a & np.uint64(1) == 1).all()
    assert a.tolist() == [oracle.seeded(1, b"kperm-a", i) | 1 for i in range(128)]
    assert b.tolist() == [oracle.seeded(1, b"kperm-b", i) for i in range(128)]
    assert kperm_params(2, 128)[0].tolist() != a.tolist()
    assert len(set(a.tolist())) == 128


def test_jaccard_estimates() -> None:
    a = np.array([1, 2, 3, 4], dtype=np.uint32)
    b = np.array([1, 2, 0, 0], dtype=np.uint32)
    assert jaccard_estimate(a, b) == 0.5
    assert isinstance(jaccard_estimate(a, b), float)
    rows = jaccard_estimate(np.stack([a, b]), a)
    assert isinstance(rows, np.ndarray)
    assert rows.tolist() == [1.0, 0.5]
    with pytest.raises(ValueError, match=r"different lengths \(4 and 3\)"):
        jaccard_estimate(a, a[:3])


# --- statistics ------------------------------------------------------------------------------------

NUM_PERM = 128
TRIALS = 300
J_VALUES = [0.1, 0.3, 0.5, 0.8]


def planted_pairs(
    j: float, union: int, trials: int, rng: np.random.Generator
) -> list[tuple[list[int], list[int]]]:
    """Pairs of random 64-bit hash sets whose Jaccard is exactly ``round(j*union) / union``."""
    shared = round(j * union)
    pairs = []
    for _ in range(trials):
        values = np.unique(rng.integers(0, 2**64, union + 8, dtype=np.uint64))[:union]
        rng.shuffle(values)
        ints = values.tolist()
        only_a = (union - shared) // 2
        common, a_only, b_only = ints[:shared], ints[shared : shared + only_a], ints[shared + only_a :]
        pairs.append((common + a_only, common + b_only))
    return pairs


def estimates(pairs: list[tuple[list[int], list[int]]], scheme: str, first_seed: int) -> np.ndarray:
    out = []
    for t, (a, b) in enumerate(pairs):
        sig = minhash(*csr([a, b]), MinHashConfig(num_perm=NUM_PERM, scheme=scheme, seed=first_seed + t))
        out.append(jaccard_estimate(sig[0], sig[1]))
    return np.array(out)


@pytest.fixture(scope="module")
def stats() -> dict[tuple[str, float, int], tuple[float, np.ndarray]]:
    rng = np.random.default_rng(20240601)
    out = {}
    for union in (40, 300):
        for j in J_VALUES:
            pairs = planted_pairs(j, union, TRIALS, rng)
            exact = oracle.exact_jaccard(*pairs[0])
            for scheme in SCHEMES:
                out[scheme, j, union] = (exact, estimates(pairs, scheme, first_seed=1000 * union))
    return out


@pytest.mark.parametrize("union", [40, 300])
@pytest.mark.parametrize("j", J_VALUES)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_estimates_are_unbiased(stats: dict, scheme: str, j: float, union: int) -> None:
    exact, est = stats[scheme, j, union]
    sigma = math.sqrt(exact * (1 - exact) / NUM_PERM)  # std of one estimate for k-permutation MinHash
    # the mean of TRIALS independent estimates (a new seed and new sets each time): within 4 sigma
    assert abs(est.mean() - exact) <= 4 * sigma / math.sqrt(TRIALS)


@pytest.mark.parametrize("j", J_VALUES)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_spread_matches_theory(stats: dict, scheme: str, j: float) -> None:
    exact, est = stats[scheme, j, 300]
    sigma = math.sqrt(exact * (1 - exact) / NUM_PERM)
    # the sample std of n normal draws has relative std ~ 1/sqrt(2n): allow 4 of those
    slack = 4 / math.sqrt(2 * TRIALS)
    spread = est.std(ddof=1)
    assert spread <= sigma * (1 + slack)  # OPH's variance is at most that of k permutations
    if scheme == "kperm":
        assert spread >= sigma * (1 - slack)


def test_mean_absolute_error_matches_datasketch(stats: dict) -> None:
    datasketch = pytest.importorskip("datasketch")
    rng = np.random.default_rng(99)
    union, trials = 300, 60
    ds_errors, theory = [], []
    for j in J_VALUES:
        for t, (a, b) in enumerate(planted_pairs(j, union, trials, rng)):
            exact = oracle.exact_jaccard(a, b)
            ma = datasketch.MinHash(num_perm=NUM_PERM, seed=t)
            mb = datasketch.MinHash(num_perm=NUM_PERM, seed=t)
            ma.update_batch([x.to_bytes(8, "little") for x in a])
            mb.update_batch([x.to_bytes(8, "little") for x in b])
            ds_errors.append(abs(ma.jaccard(mb) - exact))
        theory.append(math.sqrt(2 / math.pi) * math.sqrt(exact * (1 - exact) / NUM_PERM))
    ds_mae = float(np.mean(ds_errors))
    expected_mae = float(np.mean(theory))  # E|N(0, s)| = s * sqrt(2/pi), averaged over the J values
    for scheme in SCHEMES:
        errors = [np.abs(stats[scheme, j, union][1] - stats[scheme, j, union][0]) for j in J_VALUES]
        mae = float(np.mean(np.concatenate(errors)))
        # standard error of an MAE over n draws is about 0.75 * MAE / sqrt(n); allow 4 of them
        assert mae <= expected_mae * (1 + 4 * 0.75 / math.sqrt(len(J_VALUES) * TRIALS))
        assert mae <= ds_mae * (1 + 4 * 0.75 / math.sqrt(len(ds_errors)))
    assert ds_mae == pytest.approx(expected_mae, rel=4 * 0.75 / math.sqrt(len(ds_errors)))
