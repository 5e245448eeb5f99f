"""Candidate generation against plain-Python references: winnowing, star edges, LSH bands,
fingerprint candidates with boilerplate caps."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from syndetect.candidates import winnowing
from syndetect.candidates.banding import lsh_candidates, optimal_bands, star_edges
from syndetect.candidates.fingerprints import fingerprint_candidates
from syndetect.candidates.groups import repeated_in_input_order
from syndetect.candidates.winnowing import winnow
from syndetect.config import CandidateConfig
from syndetect.errors import ConfigError


def _winnow_oracle(hashes: list[int], offsets: list[int], w: int) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for d in range(len(offsets) - 1):
        seq = hashes[offsets[d] : offsets[d + 1]]
        if not seq:
            continue
        if len(seq) < w:
            best = min(range(len(seq)), key=lambda p: (seq[p], -p))
            out.append((seq[best], d, best))
            continue
        last = -1
        for i in range(len(seq) - w + 1):
            best = min(range(i, i + w), key=lambda p: (seq[p], -p))  # rightmost minimum
            if best != last:
                out.append((seq[best], d, best))
                last = best
    return out


@pytest.mark.parametrize("seed", range(200))
def test_winnow_matches_the_oracle(seed: int) -> None:
    rng = np.random.default_rng(seed)
    counts = rng.integers(0, 30, size=int(rng.integers(1, 12)))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    high = int(rng.choice([2, 4, 1000, 2**63]))  # small ranges make ties (the slow path)
    hashes = rng.integers(0, high, size=int(offsets[-1]), dtype=np.uint64)
    w = int(rng.integers(1, 10))
    if hashes.size and w > hashes.size:
        w = int(hashes.size)
    h, d, p = winnow(hashes, offsets, w)
    got = list(zip(h.tolist(), d.tolist(), p.tolist(), strict=True))
    assert got == _winnow_oracle(hashes.tolist(), offsets.tolist(), w)


@pytest.mark.parametrize("seed", range(120))
def test_winnow_in_blocks_matches_the_oracle(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of a few positions (a long document is winnowed a million at a time) with their
    window - 1 of context: the same fingerprints, ties and short documents included."""
    rng = np.random.default_rng(seed)
    counts = rng.integers(0, 30, size=int(rng.integers(1, 8)))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    hashes = rng.integers(0, int(rng.choice([2, 3, 1000])), size=int(offsets[-1]), dtype=np.uint64)
    w = int(rng.integers(1, 12))
    monkeypatch.setattr(winnowing, "_WINNOW_BLOCK", int(rng.integers(1, 20)))
    h, d, p = winnow(hashes, offsets, w)
    got = list(zip(h.tolist(), d.tolist(), p.tolist(), strict=True))
    assert got == _winnow_oracle(hashes.tolist(), offsets.tolist(), min(w, max(1, hashes.size)))


def test_shared_run_of_two_windows_shares_two_fingerprints() -> None:
    rng = np.random.default_rng(7)
    w = 8
    shared = rng.integers(0, 2**63, size=2 * w, dtype=np.uint64)  # 2w n-grams = 2w + k - 1 words
    a = np.concatenate([rng.integers(0, 2**63, size=500, dtype=np.uint64), shared])
    b = np.concatenate([shared, rng.integers(0, 2**63, size=3, dtype=np.uint64)])
    h, d, _ = winnow(np.concatenate([a, b]), np.array([0, a.size, a.size + b.size]), w)
    common = set(h[d == 0].tolist()) & set(h[d == 1].tolist())
    assert len(common) >= 2


def test_star_edges_link_each_member_to_the_first_never_all_pairs() -> None:
    keys = np.array([5, 5, 5, 5, 9, 9, 7], dtype=np.uint64)
    docs = np.array([4, 1, 3, 2, 8, 6, 0], dtype=np.int64)
    left, right, capped = star_edges(keys, docs, cap=3)
    edges = sorted(zip(left.tolist(), right.tolist(), strict=True))
    assert edges == [(1, 2), (1, 3), (6, 8)]  # bucket 5 capped at 3 members: 1 -> 2, 1 -> 3
    assert capped == 1


def test_optimal_bands_fit_num_perm_and_follow_the_threshold() -> None:
    low = optimal_bands(0.2, 128)
    high = optimal_bands(0.9, 128)
    for bands, rows in (low, high):
        assert bands * rows <= 128
    assert low[1] < high[1]  # a higher threshold needs more rows per band
    assert optimal_bands(0.5, 128, bands=16) == (16, 8)
    with pytest.raises(ConfigError, match="bands=300 exceeds num_perm=128"):
        optimal_bands(0.5, 128, bands=300)


def test_lsh_candidates_find_identical_signatures_and_skip_empty_documents() -> None:
    rng = np.random.default_rng(3)
    sigs = rng.integers(0, 2**32, size=(6, 128), dtype=np.uint64).astype(np.uint32)
    sigs[4] = sigs[1]
    sigs[5] = sigs[1]
    empty = np.zeros(6, dtype=np.bool_)
    pairs, _ = lsh_candidates(sigs, 16, 8, 1000, empty)
    assert sorted(map(tuple, pairs.tolist())) == [(1, 4), (1, 5)]  # star edges from doc 1
    empty[5] = True
    pairs, _ = lsh_candidates(sigs, 16, 8, 1000, empty)
    assert sorted(map(tuple, pairs.tolist())) == [(1, 4)]


def test_fingerprint_candidates_count_support_and_drop_furniture() -> None:
    # docs 0,1 share fingerprints 10 and 11; fingerprint 99 is in every document (furniture)
    postings = [(0, 10), (0, 11), (1, 10), (1, 11), (2, 10)]
    postings += [(d, 99) for d in range(6)]
    postings.sort(key=lambda p: p[0])
    doc = np.array([p[0] for p in postings], dtype=np.int64)
    fp = np.array([p[1] for p in postings], dtype=np.uint64)
    result = fingerprint_candidates(fp, doc, None, cap=4, source_cap=2, min_shared=2)
    assert result.pairs.tolist() == [[0, 1]]
    assert result.support.tolist() == [2]
    assert result.boilerplate.tolist() == [99]
    # per-source furniture: fingerprint 42 in three documents of one outlet
    doc = np.array([0, 0, 1, 1, 2, 2], dtype=np.int64)
    fp = np.array([42, 43, 42, 43, 42, 7], dtype=np.uint64)
    sources = np.array([0, 0, 0], dtype=np.int64)
    result = fingerprint_candidates(fp, doc, sources, cap=50, source_cap=2, min_shared=1)
    assert result.boilerplate.tolist() == [42]
    assert result.pairs.tolist() == [[0, 1]]  # only fingerprint 43 is left


def test_all_pairs_inside_small_postings_are_generated_exactly_once() -> None:
    docs = np.arange(5, dtype=np.int64)
    fp = np.full(5, 1, dtype=np.uint64)
    result = fingerprint_candidates(np.concatenate([fp, fp + 1]), np.concatenate([docs, docs]), None,
                                    cap=50, source_cap=2, min_shared=2)
    assert sorted(map(tuple, result.pairs.tolist())) == list(itertools.combinations(range(5), 2))


@pytest.mark.parametrize("jobs", [2, 3])
def test_fingerprint_candidates_in_processes_give_the_same_result(
    jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from syndetect.candidates import fingerprints

    rng = np.random.default_rng(5)
    n_docs, per_doc = 300, 40
    doc = np.repeat(np.arange(n_docs, dtype=np.int64), per_doc)
    # hashes spread over the whole 64-bit range (so every part gets some), drawn from a small pool so
    # that documents share them; a few are in most documents (furniture) or in one outlet's documents
    pool = rng.integers(0, 2**63, size=3000, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    fp = pool[rng.integers(0, pool.size, size=doc.size)]
    fp[::per_doc] = pool[0]  # in every document
    sources = rng.integers(-1, 4, size=n_docs).astype(np.int64)
    args = {"cap": 100, "source_cap": 2, "min_shared": 2}
    one = fingerprint_candidates(fp, doc, sources, **args)
    assert one.pairs.shape[0] > 50
    assert one.boilerplate.size > 1
    monkeypatch.setattr(fingerprints, "_PARALLEL_MIN_POSTINGS", 0)
    many = fingerprint_candidates(fp, doc, sources, jobs=jobs, **args)
    assert np.array_equal(many.pairs, one.pairs)
    assert np.array_equal(many.support, one.support)
    assert np.array_equal(many.boilerplate, one.boilerplate)
    assert many.capped == one.capped


def test_candidate_pairs_run_lsh_beside_the_fingerprint_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    from syndetect.candidates import fingerprints

    rng = np.random.default_rng(8)
    sigs = rng.integers(0, 50, size=(200, 32), dtype=np.uint32)
    sigs[100:110] = sigs[0]  # a bucketful of identical documents
    doc = np.repeat(np.arange(200, dtype=np.int64), 30)
    pool = rng.integers(0, 2**63, size=2000, dtype=np.uint64)
    fp = pool[rng.integers(0, pool.size, size=doc.size)]
    empty = np.zeros(200, dtype=np.bool_)
    cfg = CandidateConfig(max_bucket=1000, boilerplate_source_df=2, min_shared=2)
    one = fingerprints.candidate_pairs(sigs, empty, fp, doc, None, cfg, bands=8, rows=4, cap=60)
    assert one[0].shape[0] >= 10  # star edges of the bucket of 11 identical documents
    assert one[2].pairs.shape[0] > 10
    monkeypatch.setattr(fingerprints, "_PARALLEL_MIN_POSTINGS", 0)
    two = fingerprints.candidate_pairs(sigs, empty, fp, doc, None, cfg, bands=8, rows=4, cap=60, jobs=2)
    assert np.array_equal(two[0], one[0])
    assert two[1] == one[1]
    assert np.array_equal(two[2].pairs, one[2].pairs)
    assert np.array_equal(two[2].support, one[2].support)
    assert np.array_equal(two[2].boilerplate, one[2].boilerplate)


@pytest.mark.parametrize("seed", range(20))
def test_repeated_in_input_order_groups_like_a_stable_argsort(seed: int) -> None:
    # hashes that differ only in their top two bits collide in the truncated sort key: the
    # re-sort of those runs must still give exact groups, each in input order
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 3000))
    hashes = rng.integers(0, n // 3 + 1, n).astype(np.uint64) | (
        rng.integers(0, 4, n).astype(np.uint64) << np.uint64(62))
    order = np.argsort(hashes, kind="stable")
    counts = np.unique(hashes, return_counts=True)
    repeated = set(counts[0][counts[1] > 1].tolist())
    expected = {h: [int(i) for i in order if hashes[i] == h] for h in repeated}
    got = repeated_in_input_order(hashes)
    groups: dict[int, list[int]] = {}
    previous = None
    for i in got.tolist():
        h = int(hashes[i])
        assert h == previous or h not in groups, "a group is split"
        groups.setdefault(h, []).append(i)
        previous = h
    assert groups == expected
