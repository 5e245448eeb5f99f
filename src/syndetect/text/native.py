"""The optional compiled hashing core: text to token hashes in one pass per character, and word
shingles to OPH bins in one pass per token.

``text/_tokenise.c`` (a plain C extension, compiled by ``pip install`` when a C compiler is there)
does for a batch what :func:`~syndetect.text.normalize.normalize_batch` and the numpy tokeniser of
:mod:`syndetect.text.shingle` do in a dozen numpy passes: for each raw code point, the table lookup,
the class, the deleted and expanding characters, the acronym dot, the token boundaries and the token
hash (``mix64(sum(c_j * B**j) mod 2**64)``, ``uint64_t`` wrap-around being exactly numpy's uint64
arithmetic), and the token's raw span when asked. It reads ``str`` texts where they lie
(:func:`text_token_arrays`) or joined code points (:func:`token_arrays`), with the same lazily built
tables: a block not built yet stops the pass, is built by the numpy lookup, and the pass runs again.
Texts that may not be NFC (the pass records where) are composed by
:func:`~syndetect.text.compose.compose_clusters` and tokenised again, as the numpy path does.
:func:`oph_bins` hashes the word k-gram shingles of the tokens and keeps each OPH bin's minimum
(:func:`syndetect.sketch.minhash.minhash_word_grams`).

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
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..config import NormalizeConfig
from .compose import CodePoints
from .normalize import TABLE_LAYOUT, encode_texts, tables_for

__all__ = [
    "AVAILABLE", "PURE_ENV", "backend", "oph_bins", "pure", "set_pure", "text_token_arrays", "token_arrays",
]

_tokenise: Any
try:  # the compiled extension module, not a Python module of the layering (tests/test_layering.py)
    _tokenise = importlib.import_module(".text._tokenise", "syndetect")
except ImportError:  # not compiled (no compiler at install time): the numpy path
    _tokenise = None

if _tokenise is not None and tuple(_tokenise.LAYOUT) != TABLE_LAYOUT:  # pragma: no cover - a stale build
    warnings.warn(
        f"syndetect.text._tokenise was built for table layout {_tokenise.LAYOUT}, but "
        f"syndetect.text.normalize uses {TABLE_LAYOUT}; hashing on the numpy path. Rebuild the "
        "extension: pip install -e .",
        RuntimeWarning,
        stacklevel=1,
    )
    _tokenise = None

AVAILABLE: bool = _tokenise is not None
"""Whether the compiled tokeniser was built and imports."""

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


_Out = NDArray[np.int64] | None
_Run = Callable[[Any, NDArray[np.uint64], _Out, _Out, NDArray[np.int64], _Out], tuple[int, int, int, int]]


def _tokenise_pass(
    n: int, n_docs: int, config: NormalizeConfig, spans: bool, nfc_check: bool, run: _Run,
    rest: Callable[[int], CodePoints],
) -> tuple[_Tokens, NDArray[np.int64]] | None:
    """One run of the compiled tokeniser over a batch of ``n`` code points (separators included) in
    ``n_docs`` texts: ``run(tables, out_hash, out_start, out_end, out_offsets, out_maybe)`` calls the
    extension and returns its ``(status, ntok, nmaybe, where)``; ``rest(where)``, the code points from
    where it stopped at a table block not built yet. Token hashes, raw spans (empty arrays without
    ``spans``), token offsets per text and, with ``nfc_check``, the positions of the characters that
    may break NFC; ``None`` when the extension cannot take the batch (then the numpy path does)."""
    tables = tables_for(config)
    cap = n + 1  # a token holds one normalised character at least; more only from expansions
    offsets = np.empty(n_docs + 1, dtype=np.int64)
    for _ in range(8):  # each retry builds what the pass found missing; a few are enough
        buf = _scratch(cap) if cap <= n + 1 else np.empty(4 * cap, dtype=np.uint64)
        out_hash, other = buf[:cap], buf[cap:].view(np.int64)
        out_start, out_end, out_maybe = other[:cap], other[cap : 2 * cap], other[2 * cap : 2 * cap + n]
        status, ntok, nmaybe, where = run(
            tables, out_hash, out_start if spans else None, out_end if spans else None, offsets,
            out_maybe if nfc_check else None,
        )
        if status == _OK:
            if spans:
                t_start, t_end = out_start[:ntok].copy(), out_end[:ntok].copy()
            else:
                t_start = t_end = np.zeros(0, dtype=np.int64)
            maybe = out_maybe[:nmaybe].copy() if nfc_check else np.zeros(0, dtype=np.int64)
            return (out_hash[:ntok].copy(), t_start, t_end, offsets), maybe
        if status == _UNBUILT:
            tables.lookup(rest(where))  # builds every block the rest of the batch needs
        elif status == _ROOM:  # ntok: the tokens counted before it stopped (later texts may need more)
            cap = max(ntok, 2 * cap)
        elif status == _RANGE:
            return None
        # _EXPANSION: a block built by another thread since the arrays were made; they are remade
    return None  # pragma: no cover - the tables never stay incomplete


def _code_points_pass(
    cps: CodePoints, starts: NDArray[np.int64], config: NormalizeConfig,
    maps: tuple[NDArray[np.int64], NDArray[np.int64]] | None, base: NDArray[np.int64] | None, nfc_check: bool,
) -> tuple[_Tokens, NDArray[np.int64]] | None:
    """:func:`_tokenise_pass` of the joined code points ``cps`` (texts starting at ``starts``), raw spans
    minus ``base[text]`` (when given)."""
    pre_map, pre_end = maps if maps is not None else (None, None)

    def run(tables: Any, out_hash: NDArray[np.uint64], *out: _Out) -> tuple[int, int, int, int]:
        keys, exp_offsets, values = tables.expansion_arrays()
        found: tuple[int, int, int, int] = _tokenise.tokenise(
            cps, tables.packed, starts, keys, exp_offsets, values, pre_map, pre_end, base, out_hash, *out
        )
        return found

    spans = base is not None
    return _tokenise_pass(cps.size, starts.size - 1, config, spans, nfc_check, run, lambda at: cps[at:])


def _composed(
    cps: CodePoints, raw_starts: NDArray[np.int64], config: NormalizeConfig, spans: bool,
    base: NDArray[np.int64] | None, tokens: _Tokens, maybe: NDArray[np.int64],
) -> _Tokens | None:
    """``tokens`` of the joined texts ``cps`` when they are NFC around the positions ``maybe`` (of the
    characters that may break NFC), else the tokens of the texts composed to NFC."""
    composed = tables_for(config).compose(cps, raw_starts, maybe, spans) if maybe.size else None
    if composed is None:  # NFC already: the common case, also for text with combining marks
        return tokens
    c_cps, c_starts, pre_map, pre_end = composed
    maps = (pre_map, pre_end) if pre_map is not None and pre_end is not None else None
    again = _code_points_pass(c_cps, c_starts, config, maps, base, nfc_check=False)
    return None if again is None else again[0]


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
    found = _code_points_pass(cps, raw_starts, config, None, base, nfc_check=True)
    return None if found is None else _composed(cps, raw_starts, config, spans, base, *found)


def text_token_arrays(
    texts: Sequence[str], lengths: NDArray[np.int64], config: NormalizeConfig, spans: bool
) -> _Tokens | None:
    """:func:`token_arrays` of ``encode_texts(texts)``, read from the ``str`` objects where they are
    (``lengths``: the texts' lengths): the texts are joined and encoded only when some may not be NFC."""
    if _tokenise is None or _pure:
        return None
    shift = np.zeros(len(texts), dtype=np.int64) if spans else None

    def run(tables: Any, out_hash: NDArray[np.uint64], *out: _Out) -> tuple[int, int, int, int]:
        keys, exp_offsets, values = tables.expansion_arrays()
        status, ntok, nmaybe, d, _ = _tokenise.tokenise_texts(
            texts, tables.packed, keys, exp_offsets, values, shift, out_hash, *out
        )
        return status, ntok, nmaybe, d

    n = int(lengths.sum()) + len(texts)
    found = _tokenise_pass(n, len(texts), config, spans, True, run, lambda d: encode_texts(texts[d:])[0])
    if found is None:
        return None
    if not found[1].size:
        return found[0]
    cps, raw_starts = encode_texts(texts, lengths)
    base = raw_starts[:-1].copy() if spans else None
    return _composed(cps, raw_starts, config, spans, base, *found)


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
