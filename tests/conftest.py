"""Fixtures shared by test modules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


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
