"""The one exception hierarchy: every deliberate error is a SyndetectError that also inherits its builtin,
and names the offending value."""

from __future__ import annotations

import inspect
import io
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import syndetect
import syndetect.errors
import syndetect.sketch.files
from syndetect import (
    ConfigError,
    ConfigTypeError,
    CorpusTypeError,
    FormatError,
    FormatTypeError,
    MinHashConfig,
    OverwriteError,
    ScanResult,
    ScanStats,
    ShingleConfig,
    SyndetectError,
    from_datasketch,
    jaccard_estimate,
    save_signatures,
    signatures,
    to_datasketch,
)
from syndetect.io.report import render


def test_every_exported_error_is_a_syndetect_error() -> None:
    classes = [getattr(syndetect.errors, name) for name in syndetect.errors.__all__]
    assert classes, "syndetect.errors exports no classes"
    for cls in classes:
        assert inspect.isclass(cls), cls
        assert issubclass(cls, SyndetectError), cls
        assert getattr(syndetect, cls.__name__) is cls, f"{cls.__name__} is not exported by syndetect"
        assert cls.__name__ in syndetect.__all__
    # every exception class defined in the module is exported
    defined = {
        n for n, v in vars(syndetect.errors).items() if inspect.isclass(v) and issubclass(v, BaseException)
    }
    assert defined == set(syndetect.errors.__all__)


def test_overwrite_error_is_importable_from_persist() -> None:
    assert syndetect.sketch.files.OverwriteError is OverwriteError is syndetect.errors.OverwriteError
    assert issubclass(OverwriteError, FileExistsError)


def _sigs(n: int = 2) -> np.ndarray:
    return signatures([f"text number {i} of the set" for i in range(n)])


def _save(path: Path, sigs: Any, **kw: Any) -> None:
    save_signatures(path, sigs, shingle=kw.pop("shingle", ShingleConfig()),
                    minhash=kw.pop("minhash", MinHashConfig()))


_CASES: list[tuple[str, Callable[[Path], object], type[Exception], tuple[type[Exception], ...], str]] = [
    # (case, call, subclass, builtins still caught, text naming the offending value)
    ("jaccard lengths", lambda _: jaccard_estimate(np.zeros(4, np.uint32), np.zeros(5, np.uint32)),
     FormatError, (ValueError,), "different lengths (4 and 5)"),
    ("to_datasketch 2-d", lambda _: to_datasketch(np.zeros((2, 4), np.uint32)),
     FormatError, (ValueError,), "signature_row must be one non-empty signature row (1-d), got shape (2, 4)"),
    ("to_datasketch float", lambda _: to_datasketch(np.zeros(4)),
     FormatTypeError, (TypeError, ValueError), "signature_row must hold integers, got dtype float64"),
    ("to_datasketch range", lambda _: to_datasketch(np.array([-1, 3])),
     FormatError, (ValueError,), "(min -1, max 3)"),
    ("to_datasketch seed", lambda _: to_datasketch(np.zeros(4, np.uint32), seed=-2),
     ConfigError, (ValueError,), "seed must be a non-negative integer, got -2"),
    ("from_datasketch object", lambda _: from_datasketch([1, 2]),
     FormatTypeError, (TypeError,), "minhash must be a datasketch MinHash or LeanMinHash, got list"),
    ("render format", lambda _: render(ScanResult((), (), ScanStats()), {}, "xml", io.StringIO()),  # type: ignore[arg-type]
     ConfigError, (ValueError,), "unknown format 'xml'"),
    ("save 1-d", lambda p: _save(p / "s.npz", np.zeros(128, np.uint32)),
     FormatError, (ValueError,), "got shape (128,)"),
    ("save dtype", lambda p: _save(p / "s.npz", np.zeros((1, 128), np.int64)),
     FormatError, (ValueError,), "got dtype int64"),
    ("save columns", lambda p: _save(p / "s.npz", np.zeros((1, 64), np.uint32)),
     FormatError, (ValueError,), "sigs has 64 columns but minhash.num_perm=128"),
    ("save config type", lambda p: _save(p / "s.npz", _sigs(), shingle={"k": 5}),
     ConfigTypeError, (TypeError, ValueError), "got dict and MinHashConfig"),
    ("signatures single str", lambda _: signatures("one text"),
     CorpusTypeError, (TypeError, ValueError), "got a single str"),
    ("signatures item", lambda _: signatures(["ok", b"raw"]),
     CorpusTypeError, (TypeError, ValueError), "texts[1] is bytes"),
]


@pytest.mark.parametrize(("case", "call", "cls", "builtins", "text"), _CASES, ids=[c[0] for c in _CASES])
def test_deliberate_errors(tmp_path: Path, case: str, call: Callable[[Path], object], cls: type[Exception],
                           builtins: tuple[type[Exception], ...], text: str) -> None:
    if "datasketch" in case:
        pytest.importorskip("datasketch")
    with pytest.raises(cls, match=re.escape(text)) as info:
        call(tmp_path)
    assert isinstance(info.value, SyndetectError)
    for b in builtins:
        assert isinstance(info.value, b)


def test_overwrite_error(tmp_path: Path) -> None:
    path = tmp_path / "s.npz"
    _save(path, _sigs())
    with pytest.raises(OverwriteError, match=re.escape(str(path))) as info:
        _save(path, _sigs())
    assert isinstance(info.value, FileExistsError)


def test_dask_rejects_a_plain_list() -> None:
    pytest.importorskip("dask")
    pytest.importorskip("distributed")
    with pytest.raises(CorpusTypeError, match="got list") as info:
        syndetect.scan_dask([syndetect.Document("a", "b")])
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("missing", ["dask", "distributed"])
def test_dask_engine_without_dask_says_what_to_install(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # import of it fails, as when it is not installed
    with pytest.raises(ConfigError, match=re.escape("pip install 'syndetect[dask]'")):
        syndetect.scan_dask([syndetect.Document("a", "b")])


def test_importing_syndetect_does_not_import_dask() -> None:
    code = "import syndetect, sys; assert 'dask' not in sys.modules and 'distributed' not in sys.modules"
    src = str(Path(syndetect.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]))
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
