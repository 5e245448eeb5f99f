"""Saving and loading signature matrices with their configuration and a format version.

A signature file is an ``.npz`` archive (numpy's zip of ``.npy`` arrays, read without pickle) holding:

* ``signatures``: the ``(n_docs, num_perm)`` uint32 matrix;
* ``header``: UTF-8 JSON (as a uint8 array) with ``format = "syndetect-signatures"``, ``version``,
  ``shape``, the writing ``syndetect`` version, and for ``shingle`` and ``minhash`` the config's
  ``fingerprint`` and its fields (``config``).

Signatures are only comparable when made with the same shingle and MinHash configuration, so loading
checks the configs the caller expects against the header and refuses a mismatch, an unknown format
version or a file that is not a signature file with :class:`~syndetect.errors.FormatError`.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..config import MinHashConfig, ShingleConfig, flatten
from ..errors import ConfigTypeError, FormatError, OverwriteError

__all__ = ["FORMAT", "FORMAT_VERSION", "OverwriteError", "load_signatures", "save_signatures"]

FORMAT = "syndetect-signatures"
FORMAT_VERSION = 1
StrPath = str | os.PathLike[str]


def _header(sigs: NDArray[np.uint32], shingle: ShingleConfig, minhash: MinHashConfig) -> dict[str, Any]:
    from .. import __version__

    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "shape": list(sigs.shape),
        "dtype": "uint32",
        "syndetect": __version__,
        "shingle": {"fingerprint": shingle.fingerprint(), "config": shingle.as_dict()},
        "minhash": {"fingerprint": minhash.fingerprint(), "config": minhash.as_dict()},
    }


def _check_matrix(sigs: ArrayLike, minhash: MinHashConfig) -> NDArray[np.uint32]:
    arr = np.asarray(sigs)
    if arr.ndim != 2:
        msg = (f"sigs must be a 2-d (n_docs, num_perm) matrix, got shape {arr.shape}; "
               "pass the matrix syndetect.signatures() returned")
        raise FormatError(msg)
    if arr.dtype != np.uint32:
        msg = (f"sigs must be uint32 as syndetect.signatures() returns them, got dtype {arr.dtype}; "
               "save them unconverted")
        raise FormatError(msg)
    if arr.shape[1] != minhash.num_perm:
        msg = f"sigs has {arr.shape[1]} columns but minhash.num_perm={minhash.num_perm}; pass the config used"
        raise FormatError(msg)
    return arr


def save_signatures(
    path: StrPath,
    sigs: ArrayLike,
    *,
    shingle: ShingleConfig,
    minhash: MinHashConfig,
    overwrite: bool = False,
) -> None:
    """Write ``sigs`` (from :func:`syndetect.signatures`) with the configs they were made with.

    The file is written exactly at ``path`` (no suffix is added; ``.npz`` is conventional). An existing
    file is only replaced with ``overwrite=True`` (atomically); otherwise :class:`OverwriteError`.
    """
    if not isinstance(shingle, ShingleConfig) or not isinstance(minhash, MinHashConfig):
        msg = (
            "shingle and minhash must be a ShingleConfig and a MinHashConfig (the ones used to sign), got "
            f"{type(shingle).__name__} and {type(minhash).__name__}"
        )
        raise ConfigTypeError(msg)
    arr = _check_matrix(sigs, minhash)
    header = np.frombuffer(json.dumps(_header(arr, shingle, minhash)).encode("utf-8"), dtype=np.uint8)
    target = Path(path)
    if not overwrite:
        try:
            with open(target, "xb") as fh:
                np.savez(fh, header=header, signatures=arr, allow_pickle=False)
        except FileExistsError as exc:
            msg = f"{target} already exists; pass overwrite=True to replace it, or choose another path"
            raise OverwriteError(msg) from exc
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, header=header, signatures=arr, allow_pickle=False)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _compare(path: Path, header: dict[str, Any], name: str, expected: ShingleConfig | MinHashConfig) -> None:
    stored = header.get(name)
    if not isinstance(stored, dict) or not isinstance(stored.get("config"), dict):
        msg = (
            f"{path}: the header has no {name} config; the file is damaged, "
            "re-create it with syndetect.save_signatures"
        )
        raise FormatError(msg)
    if stored.get("fingerprint") == expected.fingerprint():
        return
    have, want = flatten(stored["config"], f"{name}."), flatten(expected.as_dict(), f"{name}.")
    diffs = [
        f"{key}: file has {have.get(key, '(missing)')!r}, expected {want.get(key, '(missing)')!r}"
        for key in sorted(set(have) | set(want))
        if have.get(key, "(missing)") != want.get(key, "(missing)")
    ] or [f"{name} fingerprint {stored.get('fingerprint')!r} != {expected.fingerprint()!r}"]
    msg = (
        f"{path} was saved with a different {name} config ({'; '.join(diffs)}); "
        f"load it with the {name} config it was saved with, or recompute the signatures"
    )
    raise FormatError(msg)


def _read_arrays(target: Path, not_ours: str) -> tuple[NDArray[Any], NDArray[np.uint32]]:
    """The header and signature arrays; we own the file handle, so it is closed even when numpy or
    zipfile fail half-way through a damaged archive."""
    with open(target, "rb") as fh:
        loaded = np.load(fh, allow_pickle=False)
        if not isinstance(loaded, np.lib.npyio.NpzFile):
            msg = f"{target} holds a single array, not an .npz archive{not_ours}"
            raise FormatError(msg)
        with loaded as archive:
            names = set(archive.files)
            if names != {"header", "signatures"}:
                msg = f"{target} holds arrays {sorted(names)}, not 'header' and 'signatures'{not_ours}"
                raise FormatError(msg)
            header: NDArray[Any] = archive["header"]
            sigs: NDArray[np.uint32] = archive["signatures"]
            return header, sigs


def load_signatures(
    path: StrPath,
    *,
    shingle: ShingleConfig | None = None,
    minhash: MinHashConfig | None = None,
) -> NDArray[np.uint32]:
    """The signature matrix saved at ``path``; when ``shingle`` / ``minhash`` are given, the file must
    have been saved with exactly those configs (else :class:`~syndetect.errors.FormatError`)."""
    target = Path(path)
    not_ours = "; it is not a syndetect signature file (write one with syndetect.save_signatures)"
    try:
        raw_header, sigs = _read_arrays(target, not_ours)
    except FileNotFoundError as exc:
        msg = f"{target} does not exist; check the path"
        raise FormatError(msg) from exc
    except FormatError:
        raise
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        msg = f"{target} cannot be read as an .npz archive ({exc}){not_ours}"
        raise FormatError(msg) from exc
    try:
        header = json.loads(raw_header.astype(np.uint8).tobytes().decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        msg = f"{target} has an unreadable header ({exc}){not_ours}"
        raise FormatError(msg) from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        msg = f"{target} has no {FORMAT!r} header{not_ours}"
        raise FormatError(msg)
    version = header.get("version")
    if version != FORMAT_VERSION:
        msg = (
            f"{target} has signature format version {version!r}, this syndetect reads version "
            f"{FORMAT_VERSION}; recompute and save the signatures again (written by syndetect "
            f"{header.get('syndetect', '?')})"
        )
        raise FormatError(msg)
    if shingle is not None:
        _compare(target, header, "shingle", shingle)
    if minhash is not None:
        _compare(target, header, "minhash", minhash)
    if sigs.dtype != np.uint32 or sigs.ndim != 2 or list(sigs.shape) != header.get("shape"):
        msg = (
            f"{target}: the signature matrix ({sigs.dtype}, shape {sigs.shape}) does not match its header "
            f"(uint32, shape {header.get('shape')}); the file is damaged, re-create it with save_signatures"
        )
        raise FormatError(msg)
    return sigs
