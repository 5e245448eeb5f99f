"""Fixtures shared by test modules."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

_CACHE = "SYNDETECT_CACHE_DIR"
_OWN_CACHE: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """The tests keep the compiled credit patterns in a directory of their own (not the user's cache),
    unless one is chosen in the environment; processes the tests start inherit it."""
    if _CACHE not in os.environ:
        _OWN_CACHE.append(tempfile.mkdtemp(prefix="syndetect-test-cache-"))
        os.environ[_CACHE] = _OWN_CACHE[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    for path in _OWN_CACHE:
        shutil.rmtree(path, ignore_errors=True)
        os.environ.pop(_CACHE, None)


@pytest.fixture(scope="session")
def client() -> Iterator[Any]:
    """A client of a two-process Dask LocalCluster on 127.0.0.1, shared by the Dask tests."""
    distributed = pytest.importorskip("distributed")
    # dashboard_address=None still binds the scheduler's HTTP server to the fixed port 8787, and a second
    # cluster on the machine (another test run) turns that into a "port in use" warning: any free port
    with distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as cluster, \
            distributed.Client(cluster) as c:
        yield c
