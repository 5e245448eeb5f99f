"""Batches are bounded by documents and by characters, and never change a result."""

from __future__ import annotations

import itertools

import numpy as np

import syndetect
from syndetect.sketch.signatures import batch_bounds


def test_batch_bounds_cover_every_document_once_within_both_limits() -> None:
    texts = ["x" * n for n in [5, 5, 5, 50, 1, 1, 1, 1, 30, 0, 2]]
    bounds = batch_bounds(texts, max_docs=3, max_chars=12)
    assert next(b for b, _ in bounds) == 0
    assert bounds[-1][1] == len(texts)
    assert all(stop == nxt for (_, stop), (nxt, _) in itertools.pairwise(bounds))
    for start, stop in bounds:
        assert 1 <= stop - start <= 3
        chars = sum(len(t) for t in texts[start:stop])
        assert chars <= 12 or stop - start == 1  # a single long document is a batch of its own
    assert (3, 4) in bounds  # the 50-character document alone


def test_long_documents_are_hashed_in_smaller_batches_with_the_same_signatures() -> None:
    rng = np.random.default_rng(3)
    vocab = np.array([f"w{i}" for i in range(3000)])
    texts = [" ".join(rng.choice(vocab, size=int(n))) for n in rng.integers(2000, 60000, size=40)]
    assert len(batch_bounds(texts, 256)) > 1
    together = syndetect.signatures(texts, chunk_size=10**6)
    per_document = np.vstack([syndetect.signatures([t]) for t in texts])
    assert np.array_equal(together, per_document)
