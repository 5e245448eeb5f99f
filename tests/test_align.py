"""Chaining of exact runs (:func:`syndetect.align.chain.align_chain_runs`) against a plain oracle."""

from __future__ import annotations

import numpy as np
import pytest

from syndetect.align.chain import DocTokens, align_chain_runs, anchor_index, anchor_runs
from syndetect.config import AlignConfig


def _oracle_chains(
    runs: list[list[int]], q: int, gap: int
) -> tuple[list[list[int]], list[list[tuple[int, ...]]]]:
    """Step 3 of the align module written plainly: each run (in order of a0) joins, among the last
    63 chains started, the one it follows with the smallest gap within ``gap`` tokens on both sides
    (the latest on a tie), else starts a chain; chains nested in another on both sides are dropped."""
    chains: list[list[int]] = []
    made_of: list[list[tuple[int, ...]]] = []
    for a0, a1, b0, b1 in runs:
        best, best_gap = -1, gap + 1
        for c_idx in range(len(chains) - 1, max(-1, len(chains) - 64), -1):
            c = chains[c_idx]
            ga, gb = a0 - c[1], b0 - c[3]
            if -q < ga <= gap and -q < gb <= gap and max(ga, gb, 0) < best_gap:
                best, best_gap = c_idx, max(ga, gb, 0)
        if best < 0:
            chains.append([a0, a1, b0, b1, a1 - a0, len(made_of)])
            made_of.append([(a0, a1, b0, b1)])
            continue
        c = chains[best]
        made_of[c[5]].append((a0, a1, b0, b1))
        c[4] += (a1 - a0) - max(0, c[1] - a0) if a1 > c[1] else 0
        c[1], c[3] = max(c[1], a1), max(c[3], b1)
    keep: list[list[int]] = []
    for c in sorted(chains, key=lambda c: (c[0], -c[1], c[2], -c[3])):
        if not any(k[0] <= c[0] and c[1] <= k[1] and k[2] <= c[2] and c[3] <= k[3] for k in keep[-8:]):
            keep.append(c)
    return [c[:5] for c in keep], [made_of[c[5]] for c in keep]


def _edited_copy(rng: np.random.Generator, words: np.ndarray, edits: int) -> np.ndarray:
    """``words`` with ``edits`` random edits (drop, insert or replace a word; move a stretch)."""
    out = list(words)
    for _ in range(edits):
        at = int(rng.integers(0, max(1, len(out))))
        kind = int(rng.integers(0, 4))
        if kind == 0 and out:
            del out[at]
        elif kind == 1:
            out.insert(at, int(rng.integers(10**6, 2 * 10**6)))
        elif kind == 2 and out:
            out[at] = int(rng.integers(10**6, 2 * 10**6))
        else:
            n = int(rng.integers(3, 30))
            piece, rest = out[at : at + n], out[:at] + out[at + n :]
            to = int(rng.integers(0, len(rest) + 1))
            out = rest[:to] + piece + rest[to:]
    return np.array(out, dtype=np.uint64)


def _tokens(hashes: np.ndarray) -> DocTokens:
    start = np.arange(hashes.size, dtype=np.int64) * 2
    return DocTokens(hashes.astype(np.uint64), start, start + 1)


@pytest.mark.parametrize("seed", range(12))
def test_chains_equal_the_plain_oracle(seed: int) -> None:
    """Copies with scattered edits, moved stretches and repeated text, long enough for more than 64
    chains in some pairs: the chains and the runs of each equal the oracle's."""
    rng = np.random.default_rng(seed)
    vocabulary = 40 if seed % 3 == 0 else 5000  # a small vocabulary repeats q-grams
    base = rng.integers(0, vocabulary, size=int(rng.integers(50, 3000))).astype(np.uint64)
    other = _edited_copy(rng, base, edits=int(rng.integers(0, base.size // 4)))
    if seed % 4 == 1:
        other = np.concatenate([other, base[: base.size // 3]])  # part of it twice
    config = AlignConfig()
    many = 0
    for a, b in ((base, other), (other, base)):
        ta, tb = _tokens(a), _tokens(b)
        q = config.anchor
        runs = anchor_runs(anchor_index(ta, q), anchor_index(tb, q), q).tolist()
        want_rows, want_runs = _oracle_chains(runs, q, config.max_gap)
        rows, made_of = align_chain_runs(ta, tb, config)
        assert rows.tolist() == want_rows
        assert made_of == want_runs
        many = max(many, len(runs))
    assert many > 0
