"""corpus_features: the forked path gives exactly what one process gives, fingerprint slots included."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from syndetect.candidates.features import CorpusFeatures, corpus_features
from syndetect.config import MinHashConfig, ShingleConfig
from syndetect.testing.synthetic import synthetic_corpus
from syndetect.workers.executor import Forked, Spawned
from syndetect.workers.fork import can_fork
from syndetect.workers.pool import WorkerPool

pytestmark = pytest.mark.skipif(not can_fork(), reason="the shared-memory path needs fork")


def _texts() -> list[str]:
    texts = [d.text for d in synthetic_corpus(120, seed=3).documents]
    # every character a token: far more fingerprints per character than a news article
    cjk = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(30000))
    texts[40:40] = [cjk, cjk[::-1]]
    texts[90:90] = ["", "short"]
    return texts


def _features(jobs: Any) -> CorpusFeatures:
    return corpus_features(_texts(), ShingleConfig(), MinHashConfig(), window=8, chunk_size=7, jobs=jobs)


def _same(a: CorpusFeatures, b: CorpusFeatures) -> None:
    for name in ("signatures", "n_tokens", "fp_hash", "fp_doc"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name


@pytest.mark.parametrize("jobs", [2, 3])
def test_forked_features_equal_one_process(jobs: int) -> None:
    one = _features(1)
    assert one.fp_hash.size > 1000
    _same(one, _features(jobs))


def test_features_in_a_pool_or_fresh_interpreters_equal_one_process() -> None:
    """The same tasks through worker interpreters: the work's arguments pickled once into the call's
    file, the shared outputs mapped there, the overflowing tasks' fingerprints returned pickled."""
    one = _features(1)
    with WorkerPool(2) as pool:
        _same(one, _features(pool))
        _same(one, _features(pool))  # a second call on the same workers
    _same(one, _features(Spawned(2)))


def test_tasks_whose_fingerprints_overflow_their_slot_are_kept_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The two Chinese texts overflow their tasks' slots (returned pickled); the tasks after them
    are copied out behind them, so the order is still the documents' order."""
    returned: list[int] = []

    class Spy:
        """An executor of the caller's own: forks, and records which tasks returned a value."""

        jobs = 2

        def run(self, *args: Any, **kwargs: Any) -> Any:
            arrays, found = Forked(2).run(*args, **kwargs)
            returned.extend(found)
            return arrays, found

    forked = _features(Spy())  # type: ignore[arg-type]
    n_tasks = -(-len(_texts()) // 7)
    assert 0 < len(returned) < n_tasks - 2  # some tasks overflowed, several after them did not
    assert max(returned) < n_tasks - 2
    _same(_features(1), forked)


def test_long_repetitive_document_features_equal_the_document_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One line repeated (1.6 MB, past every window and block) among ordinary articles: windowed
    shingling, blocked OPH binning and blocked winnowing give what the document hashed at once gives."""
    from syndetect.candidates import winnowing
    from syndetect.sketch import minhash
    from syndetect.text import shingle

    line = "The quick brown fox jumps over the lazy dog while the farmer watches from afar.\n"
    texts = [*_texts()[:5], line * 20_000, *_texts()[5:9]]

    def features_of() -> CorpusFeatures:
        return corpus_features(texts, ShingleConfig(), MinHashConfig(), window=8, chunk_size=7)

    windowed = features_of()
    assert windowed.n_tokens[5] == 15 * 20_000
    monkeypatch.setattr(shingle, "WINDOW_CHARS", 10**9)
    monkeypatch.setattr(minhash, "_OPH_BLOCK", 10**9)
    monkeypatch.setattr(winnowing, "_WINNOW_BLOCK", 10**9)
    _same(windowed, features_of())
    monkeypatch.setattr(shingle, "WINDOW_CHARS", 4096)
    monkeypatch.setattr(minhash, "_OPH_BLOCK", 1000)
    monkeypatch.setattr(winnowing, "_WINNOW_BLOCK", 999)
    _same(windowed, features_of())
