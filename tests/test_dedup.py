"""syndetect.dedup on corpora with planted duplicates (syndetect.testing.dups, whose truth is computed
from the words, not by syndetect): survivors, reasons, similarities, streaming, verification."""

from __future__ import annotations

import numpy as np
import pytest

import syndetect
from syndetect import DedupConfig, Document
from syndetect.errors import ConfigError
from syndetect.testing.dups import DupCorpus, dup_corpus

POLICIES = ("first", "earliest", "longest", "complete")


@pytest.fixture(scope="module")
def corpus() -> DupCorpus:
    return dup_corpus(1200, seed=5)


@pytest.fixture(scope="module")
def contained() -> DupCorpus:
    return dup_corpus(900, seed=6, containment=0.9)


def _reasons(result: syndetect.DedupResult) -> list[str]:
    return [d.reason for d in result.decisions()]


@pytest.mark.parametrize("policy", POLICIES)
def test_each_policy_keeps_exactly_the_records_the_truth_names(corpus: DupCorpus, policy: str) -> None:
    result = syndetect.dedup(corpus.documents, config=DedupConfig(keep=policy))  # type: ignore[arg-type]
    assert result.kept_index.tolist() == corpus.kept[policy]
    assert _reasons(result) == corpus.reason[policy]
    dropped = set(np.flatnonzero(~result.kept).tolist())
    assert dropped == corpus.dropped(policy)
    assert len(dropped) > 150  # the corpus does plant duplicates of every kind
    assert {"exact", "near"} <= set(corpus.reason[policy])


def test_the_similarity_of_a_dropped_record_is_its_exact_jaccard_with_the_kept_one(corpus: DupCorpus) -> None:
    """Checked where the kept record is the cluster's original (whose similarity the truth knows); a
    record linked to the kept one through another member may be less similar than the threshold."""
    result = syndetect.dedup(corpus.documents)
    kept = corpus.kept["first"]
    checked = 0
    for d in result.decisions():
        if d.kept:
            assert d.similarity is None
            continue
        k = kept[d.index]
        if corpus.cluster[k] == k and corpus.cluster[d.index] == k:  # the kept record is the original
            assert d.similarity == pytest.approx(corpus.similarity[d.index], abs=1e-12)
            checked += 1
        if d.reason == "exact":
            assert d.similarity == 1.0
    assert checked > 50


@pytest.mark.parametrize("policy", ["first", "longest", "complete"])
def test_containment_drops_the_texts_contained_in_a_kept_one(contained: DupCorpus, policy: str) -> None:
    config = DedupConfig(keep=policy, containment=0.9)  # type: ignore[arg-type]
    result = syndetect.dedup(contained.documents, config=config)
    assert result.kept_index.tolist() == contained.kept[policy]
    assert _reasons(result) == contained.reason[policy]
    assert result.stats.by_reason["contained"] > 10
    without = syndetect.dedup(contained.documents, config=DedupConfig(keep=policy))  # type: ignore[arg-type]
    assert without.stats.by_reason["contained"] == 0
    assert without.stats.dropped < result.stats.dropped


def test_verification_rejects_what_lsh_proposes_below_the_threshold(corpus: DupCorpus) -> None:
    """One row per band makes LSH propose almost every pair that shares a shingle; the decisions do
    not change, because every proposal is checked on the exact sets."""
    loose = syndetect.dedup(corpus.documents, config=DedupConfig(bands=128))
    default = syndetect.dedup(corpus.documents)
    assert loose.stats.candidate_pairs > default.stats.candidate_pairs + 50
    assert loose.kept_index.tolist() == default.kept_index.tolist() == corpus.kept["first"]
    misses = [i for i, k in enumerate(corpus.kinds) if k == "miss" and corpus.family[i] == i]
    assert misses
    assert all(loose.decision(i).reason == "unique" for i in misses)


@pytest.mark.parametrize("batch_size", [1, 7, 100])
def test_decisions_do_not_depend_on_the_batches(corpus: DupCorpus, batch_size: int) -> None:
    docs = corpus.documents[:400]
    whole = syndetect.dedup(docs, config=DedupConfig(keep="complete"))
    parts = syndetect.dedup(docs, config=DedupConfig(keep="complete", batch_size=batch_size))
    for name in ("kept_index", "family", "reason_code"):
        assert getattr(parts, name).tolist() == getattr(whole, name).tolist()
    assert np.array_equal(parts.similarity, whole.similarity, equal_nan=True)


def test_the_same_input_gives_the_same_decisions_with_processes(corpus: DupCorpus) -> None:
    one = syndetect.dedup(corpus.documents)
    two = syndetect.dedup(corpus.documents, config=DedupConfig(jobs=2))
    assert two.kept_index.tolist() == one.kept_index.tolist()
    assert np.array_equal(two.similarity, one.similarity, equal_nan=True)


def test_exact_means_normalized_text_or_raw_text() -> None:
    words = [f"word{i}" for i in range(60)]
    text = " ".join(words) + "."
    edited = " ".join([*words[:30], "other", *words[31:]]) + "."
    docs = [text, text, text.upper().replace(" ", ",  "), edited]
    normalized = syndetect.dedup(docs)
    raw = syndetect.dedup(docs, config=DedupConfig(exact="raw"))
    assert _reasons(normalized) == ["kept", "exact", "exact", "near"]
    assert _reasons(raw) == ["kept", "exact", "near", "near"]
    assert raw.decision(2).similarity == 1.0
    assert normalized.decision(3).similarity == pytest.approx(51 / 61)  # 56 5-grams each, 51 shared
    assert normalized.kept_ids() == ["0"]


def test_a_custom_key_keeps_the_smallest(corpus: DupCorpus) -> None:
    result = syndetect.dedup(corpus.documents, key=lambda d: -len(d.text))
    assert result.kept_index.tolist() == corpus.kept["longest"]


def test_records_without_a_duplicate_are_unique_and_their_own_family() -> None:
    docs = [Document(str(i), f"text number {i} with some words of its own {i * 7} here") for i in range(5)]
    result = syndetect.dedup(docs)
    assert _reasons(result) == ["unique"] * 5
    assert result.family.tolist() == list(range(5))
    assert result.stats.families == 0
    assert result.stats.dropped == 0


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        ({"id": "x"}, "field 'text' is NoneType"),
        ({"id": "x", "text": None}, "field 'text' is NoneType"),
        ({"id": "x", "text": 12}, "field 'text' is int"),
        (3.5, "item 1 is float"),
    ],
)
def test_an_in_memory_item_that_is_no_document_is_a_problem_and_the_rest_goes_on(
    item: object, reason: str
) -> None:
    text = "one two three four five six seven eight nine ten"
    result = syndetect.dedup([text, item, text])  # type: ignore[list-item]
    assert [p.path for p in result.problems] == ["item 1"]
    assert reason in result.problems[0].reason
    assert _reasons(result) == ["kept", "exact"]
    assert result.rows.tolist() == [0, 2]


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"threshold": 0}, "threshold"),
        ({"threshold": 1.5}, "threshold"),
        ({"keep": "last"}, "keep"),
        ({"containment": 0}, "containment"),
        ({"exact": "bytes"}, "exact"),
        ({"bands": 0}, "bands"),
        ({"bands": 129}, "bands"),
        ({"jobs": 0}, "jobs"),
        ({"batch_size": True}, "batch_size"),
    ],
)
def test_bad_settings_are_refused_by_name(kwargs: dict[str, object], needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        DedupConfig(**kwargs)  # type: ignore[arg-type]


def test_an_in_memory_source_cannot_be_written(tmp_path: object) -> None:
    with pytest.raises(ConfigError, match="output=None"):
        syndetect.dedup(["a b c"], output=str(tmp_path) + "/out.jsonl")
    with pytest.raises(ConfigError, match="mode"):
        syndetect.dedup(["a b c"], mode="keep")  # type: ignore[arg-type]
