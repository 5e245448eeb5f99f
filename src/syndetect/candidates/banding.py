"""Document-level candidates: LSH banding of MinHash signatures.

Banding finds documents whose whole texts are similar (reprints, trimmed reprints): the band
parameters (:func:`optimal_bands`), one key per document and band (:func:`band_keys`), and the
candidate pairs of documents sharing a bucket (:func:`lsh_candidates`). Each bucket of ``m``
documents yields ``m - 1`` *star edges* to its first member (:func:`star_edges`), never
``m (m - 1) / 2`` pairs; buckets above ``max_bucket`` are cut there and counted.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from ..errors import ConfigError
from ..text.shingle import mix64
from .groups import group_starts, repeated_in_input_order, unique_pairs

__all__ = [
    "band_keys",
    "bucket_keys",
    "lsh_candidates",
    "optimal_bands",
    "star_edges",
]

U64 = np.uint64


def optimal_bands(threshold: float, num_perm: int, bands: int | None = None) -> tuple[int, int]:
    """``(bands, rows)`` with ``bands * rows <= num_perm``.

    With ``bands`` given, rows is ``num_perm // bands``. Otherwise the pair minimising the sum of the
    false-positive area (collision probability integrated below ``threshold``) and the
    false-negative area (non-collision integrated above it), by the trapezoid rule on 201 points.
    """
    if bands is not None:
        if bands > num_perm:
            msg = f"bands={bands} exceeds num_perm={num_perm}; choose bands <= num_perm or leave it unset"
            raise ConfigError(msg)
        return bands, num_perm // bands
    s = np.linspace(0.0, 1.0, 201)
    below, above = s <= threshold, s >= threshold
    best: tuple[float, int, int] = (math.inf, 1, num_perm)
    for b in range(1, num_perm + 1):
        r = num_perm // b
        p = 1.0 - (1.0 - s**r) ** b
        fp = np.trapezoid(p[below], s[below]) if below.sum() > 1 else 0.0
        fn = np.trapezoid(1.0 - p[above], s[above]) if above.sum() > 1 else 0.0
        err = float(fp + fn)
        if err < best[0] - 1e-12:
            best = (err, b, r)
    return best[1], best[2]


def band_keys(sigs: NDArray[np.uint32], bands: int, rows: int) -> NDArray[np.uint64]:
    """One 64-bit key per (document, band): a polynomial of the band's values mixed with the band
    index (arithmetic mod 2**64), so equal keys mean equal bands up to 64-bit collisions."""
    n = sigs.shape[0]
    block = sigs[:, : bands * rows].reshape(n, bands, rows)  # a view: no 64-bit copy of all values
    keys = block[:, :, 0].astype(np.uint64)
    for r in range(1, rows):
        keys *= U64(0x100000001B3)
        keys += block[:, :, r]
    keys ^= (np.arange(bands, dtype=np.uint64) + U64(1)) << U64(40)
    return mix64(keys)


def bucket_keys(sigs: NDArray[np.uint32], bands: int, rows: int) -> NDArray[np.uint64]:
    """LSH bucket keys of every (document, band), flattened document-major: ``n * bands`` keys.

    The band number is mixed into each key (:func:`band_keys`), so one flat grouping over all
    bands puts two documents in the same bucket only when they agree on a whole band."""
    return band_keys(sigs, bands, rows).ravel()


def star_edges(
    keys: NDArray[np.uint64], docs: NDArray[np.int64], cap: int
) -> tuple[NDArray[np.int64], NDArray[np.int64], int]:
    """Star edges (first member, other member) inside each group of equal ``keys``.

    Groups are capped at ``cap`` members (the lowest documents); returns (left, right, number of
    capped groups).
    """
    if docs.size > 1 and bool(np.all(docs[1:] >= docs[:-1])):
        # documents already in order: group the repeated keys only (a lone member makes no edge),
        # several times cheaper than sorting by (key, document)
        order = repeated_in_input_order(keys)
    else:
        order = np.lexsort((docs, keys))
    k, d = keys[order], docs[order]
    if k.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, 0
    group_start, sizes = group_starts(k)
    group_of = np.repeat(np.arange(group_start.size), sizes)
    rank = np.arange(k.size) - group_start[group_of]
    take = (rank > 0) & (rank < cap)
    left = d[group_start[group_of]][take]
    right = d[take]
    return left, right, int(np.count_nonzero(sizes > cap))


def lsh_candidates(
    sigs: NDArray[np.uint32], bands: int, rows: int, max_bucket: int, empty: NDArray[np.bool_]
) -> tuple[NDArray[np.int64], int]:
    """Candidate pairs ``(m, 2)`` (``a < b``, unique) from LSH buckets; plus capped bucket count.

    Documents flagged ``empty`` (no shingle) never enter a bucket.
    """
    docs = np.flatnonzero(~empty).astype(np.int64)
    if docs.size < 2:
        return np.zeros((0, 2), dtype=np.int64), 0
    flat_keys = bucket_keys(sigs[docs], bands, rows)
    flat_docs = np.repeat(docs, bands)
    left, right, capped = star_edges(flat_keys, flat_docs, max_bucket)
    return _unique_pairs(left, right), capped


def _unique_pairs(left: NDArray[np.int64], right: NDArray[np.int64]) -> NDArray[np.int64]:
    a, b = np.minimum(left, right), np.maximum(left, right)
    keep = a != b
    return unique_pairs(np.stack([a[keep], b[keep]], axis=1))
