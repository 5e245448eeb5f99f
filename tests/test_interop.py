"""datasketch interoperability: exact round trips and syndetect signatures inside MinHashLSH."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from syndetect import from_datasketch, jaccard_estimate, signatures, to_datasketch
from syndetect.sketch.minhash import EMPTY

datasketch = pytest.importorskip("datasketch")

_PROSE = (
    "the government said on monday that officials would meet in the capital to discuss a new agreement "
    "with regional leaders after protests over prices and security forces were deployed across several "
    "cities while the opposition called for elections and analysts warned of a long crisis ahead"
)
WORDS = _PROSE.split()


def news_corpus(n_stories: int = 12, length: int = 150) -> tuple[list[str], list[tuple[int, int]]]:
    """``n_stories`` unrelated stories, each followed by a lightly edited copy; returns the texts and the
    (story, copy) index pairs."""
    rng = np.random.default_rng(11)
    texts: list[str] = []
    pairs = []
    for _ in range(n_stories):
        words = [WORDS[i] for i in rng.integers(0, len(WORDS), length)]
        copy = list(words)
        for pos in rng.choice(length, 3, replace=False):  # a few edits: Jaccard of 5-grams ~0.8
            copy[pos] = "edited"
        pairs.append((len(texts), len(texts) + 1))
        texts += [" ".join(words), " ".join(copy)]
    return texts, pairs


@pytest.mark.parametrize("scheme", ["oph", "kperm"])
def test_round_trip_is_exact(scheme: str) -> None:
    sigs = signatures(["a b c d e f", "", "x"], scheme=scheme)  # type: ignore[arg-type]
    extremes = np.array([0, 1, 2**31, 2**32 - 1] * 32, dtype=np.uint32)
    for row in [*sigs, extremes]:
        lean = to_datasketch(row, seed=1)
        assert isinstance(lean, datasketch.LeanMinHash)
        back = from_datasketch(lean)
        assert back.dtype == np.uint32
        assert np.array_equal(back, row)
    assert (from_datasketch(to_datasketch(sigs[1])) == EMPTY).all()


def test_round_trip_through_datasketch_bytes() -> None:
    row = signatures(["one two three four five six seven"], seed=3)[0]
    lean = to_datasketch(row, seed=3)
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    restored = datasketch.LeanMinHash.deserialize(buf)
    assert np.array_equal(from_datasketch(restored), row)
    assert restored.seed == 3


def test_jaccard_agrees_with_datasketch() -> None:
    texts, pairs = news_corpus(3)
    sigs = signatures(texts)
    for a, b in [*pairs, (0, 2)]:
        expected = jaccard_estimate(sigs[a], sigs[b])
        assert to_datasketch(sigs[a]).jaccard(to_datasketch(sigs[b])) == expected


def check_lsh(lsh: Any, scheme: str) -> None:
    texts, pairs = news_corpus()
    sigs = signatures(texts, scheme=scheme)  # type: ignore[arg-type]
    for i, row in enumerate(sigs):
        lsh.insert(f"doc{i}", to_datasketch(row))
    for a, b in pairs:
        assert jaccard_estimate(sigs[a], sigs[b]) > 0.6  # the planted near-duplicates
        found = set(lsh.query(to_datasketch(sigs[a])))
        assert found == {f"doc{a}", f"doc{b}"}  # the copy, and no unrelated story
    unrelated = signatures(["a completely different report about football scores and weather"], scheme=scheme)
    assert lsh.query(to_datasketch(unrelated[0])) == []


@pytest.mark.parametrize("scheme", ["oph", "kperm"])
def test_minhash_lsh_in_memory(scheme: str) -> None:
    check_lsh(datasketch.MinHashLSH(threshold=0.5, num_perm=128), scheme)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def redis_port() -> Iterator[int]:
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server) - Redis storage not tested")
    redis = pytest.importorskip("redis", reason="the redis package is not installed (pip install redis)")
    port = _free_port()
    proc = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        client = redis.Redis(host="127.0.0.1", port=port)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.exceptions.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"redis-server did not start on port {port}")
                time.sleep(0.05)
        client.close()
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("scheme", ["oph", "kperm"])
def test_minhash_lsh_with_redis_storage(redis_port: int, scheme: str) -> None:
    config = {
        "type": "redis",
        "basename": f"syndetect-test-{scheme}".encode(),
        "redis": {"host": "127.0.0.1", "port": redis_port},
    }
    check_lsh(datasketch.MinHashLSH(threshold=0.5, num_perm=128, storage_config=config), scheme)
    # a second index object on the same storage sees the same keys
    again = datasketch.MinHashLSH(threshold=0.5, num_perm=128, storage_config=config)
    sigs = signatures(news_corpus()[0], scheme=scheme)  # type: ignore[arg-type]
    assert set(again.query(to_datasketch(sigs[0]))) == {"doc0", "doc1"}


@pytest.mark.parametrize(
    ("row", "error", "msg"),
    [
        (
            np.zeros((2, 4), dtype=np.uint32),
            ValueError,
            "must be one non-empty signature row (1-d), got shape (2, 4)",
        ),
        (np.zeros(0, dtype=np.uint32), ValueError, "must be one non-empty signature row"),
        (np.zeros(4), TypeError, "signature_row must hold integers, got dtype float64"),
        (np.array([-1, 2]), ValueError, "values outside [0, 2**32 - 1] (min -1, max 2)"),
        (np.array([2**32]), ValueError, "values outside [0, 2**32 - 1]"),
    ],
)
def test_bad_rows(row: np.ndarray, error: type[Exception], msg: str) -> None:
    with pytest.raises(error, match=re.escape(msg)):
        to_datasketch(row)


def test_bad_seed_and_object() -> None:
    with pytest.raises(ValueError, match="seed must be a non-negative integer, got -1"):
        to_datasketch(np.zeros(4, dtype=np.uint32), seed=-1)
    with pytest.raises(TypeError, match="minhash must be a datasketch MinHash or LeanMinHash, got list"):
        from_datasketch([1, 2, 3])


def test_clear_error_without_datasketch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasketch", None)  # makes `import datasketch` fail
    msg = (
        "to_datasketch needs the optional dependency datasketch; "
        "install it with: pip install 'syndetect[datasketch]'"
    )
    with pytest.raises(ImportError, match=re.escape(msg)):
        to_datasketch(np.zeros(4, dtype=np.uint32))
    with pytest.raises(ImportError, match="from_datasketch needs the optional dependency datasketch"):
        from_datasketch(object())


def test_importing_syndetect_does_not_import_datasketch() -> None:
    code = "import sys, syndetect; sys.exit(1 if 'datasketch' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
