"""Conversion between syndetect signatures and :class:`datasketch.LeanMinHash`.

A syndetect signature row becomes a ``LeanMinHash`` with the same values, so it can be inserted into and
queried from any datasketch index (``MinHashLSH``, including its Redis storage, ``MinHashLSHForest``...).
Only compare it with other signatures made by syndetect with the same configuration: a MinHash that
datasketch computed itself hashes shingles differently, so their values never agree.

datasketch is an optional dependency (``pip install 'syndetect[datasketch]'``), imported only when a
function here is called.
"""

from __future__ import annotations

import inspect
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..errors import ConfigError, FormatError, FormatTypeError

__all__ = ["from_datasketch", "to_datasketch"]

_MAX32 = 2**32 - 1


def _lean_minhash_class(caller: str) -> Any:
    try:
        from datasketch import LeanMinHash
    except ImportError as exc:
        msg = (
            f"{caller} needs the optional dependency datasketch; "
            "install it with: pip install 'syndetect[datasketch]'"
        )
        raise ImportError(msg) from exc
    return LeanMinHash


def _as_row(values: ArrayLike, what: str) -> NDArray[np.uint32]:
    arr = np.asarray(values)
    if arr.ndim != 1 or arr.size == 0:
        msg = f"{what} must be one non-empty signature row (1-d), got shape {arr.shape}; pass sigs[i]"
        raise FormatError(msg)
    if arr.dtype.kind not in "iu":
        msg = f"{what} must hold integers, got dtype {arr.dtype}; pass a row of syndetect.signatures()"
        raise FormatTypeError(msg)
    if int(arr.min()) < 0 or int(arr.max()) > _MAX32:
        msg = (
            f"{what} has values outside [0, 2**32 - 1] (min {int(arr.min())}, max {int(arr.max())}); "
            "syndetect signatures are uint32"
        )
        raise FormatError(msg)
    return arr.astype(np.uint32)


def to_datasketch(signature_row: ArrayLike, *, seed: int = 1) -> Any:
    """A ``datasketch.LeanMinHash`` holding ``signature_row`` (one row of :func:`syndetect.signatures`).

    ``seed`` labels the sketch (datasketch refuses to compare sketches of different seeds); pass the seed
    the signatures were made with. With datasketch >= 2.0 the sketch uses its 32-bit scheme
    (``"affine32"``), so the values are kept exactly as uint32.
    """
    lean = _lean_minhash_class("to_datasketch")
    row = _as_row(signature_row, "signature_row")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        msg = (f"seed must be a non-negative integer, got {seed!r}; "
               "pass the seed the signatures were made with")
        raise ConfigError(msg)
    if "scheme" in inspect.signature(lean.__init__).parameters:
        return lean(seed=seed, hashvalues=row, scheme="affine32")
    return lean(seed=seed, hashvalues=row.astype(np.uint64))  # datasketch < 2.0: one 64-bit scheme


def from_datasketch(minhash: Any) -> NDArray[np.uint32]:
    """The signature row (uint32) held by a ``datasketch`` MinHash or LeanMinHash, e.g. one made with
    :func:`to_datasketch` or loaded back from a datasketch index."""
    _lean_minhash_class("from_datasketch")
    values = getattr(minhash, "hashvalues", None)
    if values is None:
        msg = (f"minhash must be a datasketch MinHash or LeanMinHash, got {type(minhash).__name__}; "
               "pass the datasketch sketch itself (a syndetect signature row needs no conversion)")
        raise FormatTypeError(msg)
    return _as_row(values, "minhash.hashvalues")
