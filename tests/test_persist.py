"""Signature files: exact round trips, and clear errors for other configs, versions and foreign files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from syndetect import (
    FormatError,
    MinHashConfig,
    NormalizeConfig,
    ShingleConfig,
    SyndetectError,
    load_signatures,
    save_signatures,
    signatures,
)
from syndetect.sketch.files import FORMAT, FORMAT_VERSION, OverwriteError

SHINGLE = ShingleConfig()
MINHASH = MinHashConfig()


@pytest.fixture
def sigs() -> np.ndarray:
    return signatures(["the first story about the embassy", "a second, unrelated report", ""])


@pytest.fixture
def saved(tmp_path: Path, sigs: np.ndarray) -> Path:
    path = tmp_path / "sigs.npz"
    save_signatures(path, sigs, shingle=SHINGLE, minhash=MINHASH)
    return path


def test_round_trip(saved: Path, sigs: np.ndarray) -> None:
    for loaded in (
        load_signatures(saved),
        load_signatures(saved, shingle=SHINGLE, minhash=MINHASH),
        load_signatures(str(saved), shingle=ShingleConfig(k=5), minhash=MinHashConfig(num_perm=128)),
    ):
        assert loaded.dtype == np.uint32
        assert np.array_equal(loaded, sigs)


def test_header_is_json_with_version_and_fingerprints(saved: Path) -> None:
    with np.load(saved, allow_pickle=False) as archive:
        header = json.loads(archive["header"].tobytes().decode("utf-8"))
    assert header["format"] == FORMAT
    assert header["version"] == FORMAT_VERSION
    assert header["shape"] == [3, 128]
    assert header["shingle"] == {"fingerprint": SHINGLE.fingerprint(), "config": SHINGLE.as_dict()}
    assert header["minhash"] == {"fingerprint": MINHASH.fingerprint(), "config": MINHASH.as_dict()}


def test_other_shapes(tmp_path: Path) -> None:
    for n_docs, num_perm in [(0, 128), (1, 1), (5, 64)]:
        arr = np.arange(n_docs * num_perm, dtype=np.uint32).reshape(n_docs, num_perm)
        path = tmp_path / f"{n_docs}x{num_perm}.sig"  # written at exactly this path, no suffix added
        save_signatures(path, arr, shingle=SHINGLE, minhash=MinHashConfig(num_perm=num_perm))
        assert path.exists()
        assert np.array_equal(load_signatures(path), arr)


def test_never_overwrites_silently(saved: Path, sigs: np.ndarray) -> None:
    before = saved.read_bytes()
    msg = f"{saved} already exists; pass overwrite=True to replace it, or choose another path"
    with pytest.raises(OverwriteError, match=re.escape(msg)) as info:
        save_signatures(saved, sigs[:1], shingle=SHINGLE, minhash=MINHASH)
    assert isinstance(info.value, FileExistsError)
    assert isinstance(info.value, SyndetectError)
    assert saved.read_bytes() == before
    save_signatures(saved, sigs[:1], shingle=SHINGLE, minhash=MINHASH, overwrite=True)
    assert np.array_equal(load_signatures(saved), sigs[:1])
    assert sorted(p.name for p in saved.parent.iterdir()) == ["sigs.npz"]  # no temporary left behind


@pytest.mark.parametrize(
    ("shingle", "minhash", "differs"),
    [
        (ShingleConfig(k=3), None, "shingle.k: file has 5, expected 3"),
        (ShingleConfig(unit="char"), None, "shingle.unit: file has 'word', expected 'char'"),
        (
            ShingleConfig(normalize=NormalizeConfig(strip_diacritics=True)),
            None,
            "shingle.normalize.strip_diacritics: file has False, expected True",
        ),
        (None, MinHashConfig(seed=2), "minhash.seed: file has 1, expected 2"),
        (None, MinHashConfig(scheme="kperm"), "minhash.scheme: file has 'oph', expected 'kperm'"),
        (SHINGLE, MinHashConfig(num_perm=64), "minhash.num_perm: file has 128, expected 64"),
    ],
)
def test_config_mismatch(
    saved: Path, shingle: ShingleConfig | None, minhash: MinHashConfig | None, differs: str
) -> None:
    name = "shingle" if differs.startswith("shingle") else "minhash"
    msg = (
        f"{saved} was saved with a different {name} config ({differs}); "
        f"load it with the {name} config it was saved with, or recompute the signatures"
    )
    with pytest.raises(FormatError, match=re.escape(msg)):
        load_signatures(saved, shingle=shingle, minhash=minhash)


def _write_npz(path: Path, header: object, arr: np.ndarray | None = None) -> None:
    blob = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    arrays = {"header": blob, "signatures": np.zeros((1, 4), np.uint32) if arr is None else arr}
    np.savez(path, allow_pickle=False, **arrays)  # type: ignore[arg-type]


def _header(**changes: object) -> dict[str, object]:
    header: dict[str, object] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "shape": [1, 4],
        "dtype": "uint32",
        "syndetect": "0.1.0",
        "shingle": {"fingerprint": SHINGLE.fingerprint(), "config": SHINGLE.as_dict()},
        "minhash": {"fingerprint": MINHASH.fingerprint(), "config": MINHASH.as_dict()},
    }
    header.update(changes)
    return header


def test_other_format_version(tmp_path: Path) -> None:
    path = tmp_path / "future.npz"
    _write_npz(path, _header(version=2, syndetect="9.0"))
    msg = (
        f"{path} has signature format version 2, this syndetect reads version 1; "
        "recompute and save the signatures again (written by syndetect 9.0)"
    )
    with pytest.raises(FormatError, match=re.escape(msg)):
        load_signatures(path)


NOT_OURS = "it is not a syndetect signature file (write one with syndetect.save_signatures)"


def test_files_that_are_not_signature_files(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("just some text\n")
    npy = tmp_path / "array.npy"
    np.save(npy, np.zeros(3))
    other = tmp_path / "other.npz"
    np.savez(other, weights=np.zeros(3))
    foreign = tmp_path / "foreign.npz"
    _write_npz(foreign, {"format": "something-else"})
    garbled = tmp_path / "garbled.npz"
    np.savez(garbled, header=np.frombuffer(b"\xff{", np.uint8), signatures=np.zeros((1, 4), np.uint32))
    cases = {
        text: f"{text} cannot be read as an .npz archive",
        npy: f"{npy} holds a single array, not an .npz archive; {NOT_OURS}",
        other: f"{other} holds arrays ['weights'], not 'header' and 'signatures'; {NOT_OURS}",
        foreign: f"{foreign} has no 'syndetect-signatures' header; {NOT_OURS}",
        garbled: f"{garbled} has an unreadable header",
    }
    for path, msg in cases.items():
        with pytest.raises(FormatError, match=re.escape(msg)):
            load_signatures(path)
    with pytest.raises(FormatError, match=re.escape(f"{tmp_path / 'missing.npz'} does not exist")):
        load_signatures(tmp_path / "missing.npz")


def test_damaged_files(tmp_path: Path) -> None:
    wrong_shape = tmp_path / "shape.npz"
    _write_npz(wrong_shape, _header(shape=[2, 4]))
    with pytest.raises(FormatError, match=re.escape("does not match its header (uint32, shape [2, 4])")):
        load_signatures(wrong_shape)
    wrong_dtype = tmp_path / "dtype.npz"
    _write_npz(wrong_dtype, _header(), np.zeros((1, 4), np.int64))
    with pytest.raises(FormatError, match=re.escape("signature matrix (int64, shape (1, 4))")):
        load_signatures(wrong_dtype)
    no_config = tmp_path / "noconfig.npz"
    _write_npz(no_config, _header(minhash=None))
    with pytest.raises(FormatError, match=re.escape("the header has no minhash config; the file is damaged")):
        load_signatures(no_config, minhash=MINHASH)
    truncated = tmp_path / "truncated.npz"
    good = tmp_path / "good.npz"
    save_signatures(good, np.zeros((50, 128), np.uint32), shingle=SHINGLE, minhash=MINHASH)
    truncated.write_bytes(good.read_bytes()[:200])
    with pytest.raises(FormatError, match=re.escape(f"{truncated}")):
        load_signatures(truncated)


@pytest.mark.parametrize(
    ("arr", "msg"),
    [
        (np.zeros(128, np.uint32), "sigs must be a 2-d (n_docs, num_perm) matrix, got shape (128,)"),
        (
            np.zeros((2, 128), np.int64),
            "sigs must be uint32 as syndetect.signatures() returns them, got dtype int64",
        ),
        (np.zeros((2, 64), np.uint32), "sigs has 64 columns but minhash.num_perm=128; pass the config used"),
    ],
)
def test_bad_matrices_are_refused(tmp_path: Path, arr: np.ndarray, msg: str) -> None:
    with pytest.raises(ValueError, match=re.escape(msg)):
        save_signatures(tmp_path / "x.npz", arr, shingle=SHINGLE, minhash=MINHASH)
    assert not (tmp_path / "x.npz").exists()


def test_configs_are_required_types(tmp_path: Path, sigs: np.ndarray) -> None:
    with pytest.raises(TypeError, match="must be a ShingleConfig and a MinHashConfig"):
        save_signatures(tmp_path / "x.npz", sigs, shingle=MINHASH, minhash=MINHASH)  # type: ignore[arg-type]
