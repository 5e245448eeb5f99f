"""The optional compiled tokeniser: raw code points to token hashes in one pass per character.

``text/_tokenise.c`` (a plain C extension, compiled by ``pip install`` when a C compiler is there)
does for a batch what :func:`~syndetect.text.normalize.normalize_batch` and the numpy tokeniser of
:mod:`syndetect.text.shingle` do in a dozen numpy passes: for each raw code point, the table lookup,
the class, the deleted and expanding characters, the acronym dot, the token boundaries and the token
hash (``mix64(sum(c_j * B**j) mod 2**64)``, ``uint64_t`` wrap-around being exactly numpy's uint64
arithmetic), and the token's raw span when asked. It reads the same lazily built tables: a block not
built yet stops the pass, is built by the numpy lookup, and the pass runs again. Texts that may not be
NFC (the pass records where) are composed by :func:`~syndetect.text.compose.compose_clusters` and the
composed code points tokenised again, as the numpy path does.

The numpy path stays, and gives identical results (``tests/test_native.py``). Which one runs:

* :data:`AVAILABLE` says whether the extension was built and imports;
* ``SYNDETECT_PURE=1`` in the environment (read at import) forces the numpy path, as do
  :func:`set_pure` and the context manager :func:`pure` (process-wide: a ``WorkerPool``'s workers
  read the environment variable when they start);
* :func:`backend` says which path hashes now: ``"native"`` or ``"numpy"``.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import threading
from collections.abc import Iterator
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..config import NormalizeConfig
from .compose import CodePoints
from .normalize import TABLE_LAYOUT, tables_for

__all__ = ["AVAILABLE", "PURE_ENV", "backend", "oph_bins", "pure", "set_pure", "token_arrays"]

_tokenise: Any
try:  # the compiled extension module, not a Python module of the layering (tests/test_layering.py)
    _tokenise = importlib.import_module(".text._tokenise", "syndetect")
except ImportError:  # not compiled (no compiler at install time): the numpy path
    _tokenise = None

AVAILABLE: bool = _tokenise is not None
"""Whether the compiled tokeniser was built and imports."""

if _tokenise is not None and tuple(_tokenise.LAYOUT) != TABLE_LAYOUT:  # pragma: no cover - a build error
    raise ImportError(
        f"syndetect.text._tokenise was built for table layout {_tokenise.LAYOUT}, but "
        f"syndetect.text.normalize uses {TABLE_LAYOUT}; rebuild it with `pip install -e .`"
    )

PURE_ENV = "SYNDETECT_PURE"
"""Environment variable: set to anything but ``""`` or ``"0"`` to force the numpy path."""

_pure = os.environ.get(PURE_ENV, "") not in ("", "0")

_OK, _UNBUILT, _ROOM, _RANGE, _EXPANSION = range(5)
_SCRATCH_MAX = 1 << 21  # code points whose scratch (32 bytes each) is kept per thread at most: 64 MB
_local = threading.local()


def backend() -> Literal["native", "numpy"]:
    """Which path tokenises and hashes now: ``"native"`` (the compiled tokeniser) or ``"numpy"``."""
    return "native" if AVAILABLE and not _pure else "numpy"


def set_pure(on: bool) -> None:
    """Force the numpy path (``on=True``) or use the compiled tokeniser when built (``False``), for the
    whole process. Results are the same either way."""
    global _pure
    _pure = bool(on)


@contextlib.contextmanager
def pure() -> Iterator[None]:
    """The numpy path inside the ``with`` block (process-wide), then whatever was in use before."""
    before = _pure
    set_pure(True)
    try:
        yield
    finally:
        set_pure(before)


def _scratch(n: int) -> NDArray[np.uint64]:
    """A per-thread work buffer of ``4 * n`` uint64 entries (token hashes, starts, ends and the positions
    that may break NFC, at most one each per code point), reused across batches."""
    if n > _SCRATCH_MAX:
        return np.empty(4 * n, dtype=np.uint64)
    buf: NDArray[np.uint64] | None = getattr(_local, "buf", None)
    if buf is None or buf.size < 4 * n:
        size = min(_SCRATCH_MAX, max(n, 1 << 16, 0 if buf is None else buf.size // 2))
        buf = _local.buf = np.empty(4 * size, dtype=np.uint64)
    return buf[: 4 * n]


_Tokens = tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]


def _tokenise_pass(
    cps: CodePoints,
    starts: NDArray[np.int64],
    config: NormalizeConfig,
    maps: tuple[NDArray[np.int64], NDArray[np.int64]] | None,
    base: NDArray[np.int64] | None,
    nfc_check: bool,
) -> tuple[_Tokens, NDArray[np.int64]] | None:
    """One run of the compiled tokeniser over ``cps`` (texts starting at ``starts``): token hashes, raw
    spans minus ``base[text]`` (empty arrays without ``base``), token offsets per text, and with
    ``nfc_check`` the positions of the characters that may break NFC. ``None`` when it cannot take
    the batch (a code point above U+10FFFF: the numpy path raises as it always did)."""
    tables = tables_for(config)
    n = cps.size
    cap = n + 1  # a token holds one normalised character at least; more only from expansions
    offsets = np.empty(starts.size, dtype=np.int64)
    pre_map, pre_end = maps if maps is not None else (None, None)
    for _ in range(8):  # each retry builds what the pass found missing; a few are enough
        buf = _scratch(cap) if cap <= n + 1 else np.empty(4 * cap, dtype=np.uint64)
        out_hash, rest = buf[:cap], buf[cap:].view(np.int64)
        out_start, out_end, out_maybe = rest[:cap], rest[cap : 2 * cap], rest[2 * cap : 2 * cap + n]
        keys, exp_offsets, values = tables.expansion_arrays()
        status, ntok, nmaybe, at = _tokenise.tokenise(
            cps, tables.packed, starts, keys, exp_offsets, values, pre_map, pre_end, base, out_hash,
            out_start if base is not None else None, out_end if base is not None else None, offsets,
            out_maybe if nfc_check else None,
        )
        if status == _OK:
            if base is None:
                t_start = t_end = np.zeros(0, dtype=np.int64)
            else:
                t_start, t_end = out_start[:ntok].copy(), out_end[:ntok].copy()
            maybe = out_maybe[:nmaybe].copy() if nfc_check else np.zeros(0, dtype=np.int64)
            return (out_hash[:ntok].copy(), t_start, t_end, offsets), maybe
        if status == _UNBUILT:
            tables.lookup(cps[at:])  # builds every block the rest of the batch needs
        elif status == _ROOM:
            cap = ntok
        elif status == _RANGE:
            return None
        # _EXPANSION: a block built by another thread since the arrays were made; they are remade
    return None  # pragma: no cover - the tables never stay incomplete


def token_arrays(
    cps: CodePoints,
    raw_starts: NDArray[np.int64],
    config: NormalizeConfig,
    spans: bool,
    shift: NDArray[np.int64] | None = None,
) -> _Tokens | None:
    """Token hashes, raw spans relative to each text (plus ``shift[d]``, when given; empty arrays
    without ``spans``) and token offsets per text of the joined texts ``cps`` (as
    :func:`~syndetect.text.normalize.encode_texts` makes them, texts starting at ``raw_starts``), the
    same as the numpy path gives; ``None`` when the compiled tokeniser is off (:func:`backend`) or
    cannot take the batch, and the caller takes the numpy path."""
    if _tokenise is None or _pure or not (cps.dtype.isnative and cps.flags.c_contiguous):
        return None  # (encode_texts' code points are both, except on a big-endian machine)
    raw_starts = np.ascontiguousarray(raw_starts, dtype=np.int64)
    base = None
    if spans:
        base = raw_starts[:-1] if shift is None else raw_starts[:-1] - shift
        base = np.ascontiguousarray(base, dtype=np.int64)
    found = _tokenise_pass(cps, raw_starts, config, None, base, nfc_check=True)
    if found is None:
        return None
    tokens, maybe = found
    if not maybe.size:
        return tokens
    composed = tables_for(config).compose(cps, raw_starts, maybe, spans)
    if composed is None:  # NFC already: the common case for text with combining marks
        return tokens
    c_cps, c_starts, pre_map, pre_end = composed
    maps = (pre_map, pre_end) if pre_map is not None and pre_end is not None else None
    again = _tokenise_pass(c_cps, c_starts, config, maps, base, nfc_check=False)
    return None if again is None else again[0]


def oph_bins(
    token_hash: NDArray[np.uint64],
    token_offsets: NDArray[np.int64],
    k: int,
    num_perm: int,
    key: int,
    bins: NDArray[np.uint64],
) -> bool:
    """Lower ``bins`` (``n_texts * num_perm`` uint64, each row a text's OPH bins) by every word ``k``-gram
    shingle of the tokens, in one compiled pass: for each shingle hash ``h`` (as
    :func:`~syndetect.text.shingle.gram_hashes` makes it), ``g = mix64(h ^ key)`` lowers bin
    ``((g >> 32) * num_perm) >> 32`` to ``g & 0xFFFFFFFF`` (:mod:`syndetect.sketch.minhash`). ``False``,
    and ``bins`` untouched, when the compiled path is off (:func:`backend`)."""
    if _tokenise is None or _pure:
        return False
    hashes = np.ascontiguousarray(token_hash, dtype=np.uint64)
    offsets = np.ascontiguousarray(token_offsets, dtype=np.int64)
    _tokenise.oph_bins(hashes, offsets, k, num_perm, key, bins)
    return True
