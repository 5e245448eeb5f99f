"""prepare_docs works on whole chunks of flat arrays: it must equal the plain per-document reference."""

from __future__ import annotations

import itertools
import pickle
from typing import Any, Literal

import numpy as np
import pytest

from syndetect.align.blocks import locality_order, verify_pairs
from syndetect.align.chain import DocTokens, anchor_index, visible_prefix
from syndetect.align.prepare import DocData, prepare_docs
from syndetect.candidates.features import corpus_features, fingerprint_grams
from syndetect.candidates.fingerprints import fingerprint_candidates
from syndetect.candidates.recurring import Recurring
from syndetect.config import AlignConfig, CandidateConfig, MinHashConfig, ShingleConfig
from syndetect.testing.synthetic import synthetic_corpus
from syndetect.text.shingle import gram_hashes, shingle_batch


def _reference(texts: list[str], shingle: ShingleConfig, recurring: Recurring, k: int,
               q: int) -> list[tuple[Any, ...]]:
    """Per document, in plain Python: tokens, shingle set, word n-grams, anchors, visible prefix, and
    per token the document set and readers of the recurring n-gram starting there (word shingles)."""
    table = dict(zip(recurring.hashes.tolist(), zip(recurring.signatures.tolist(), recurring.counts.tolist(),
                                                    strict=True), strict=True))
    out: list[tuple[Any, ...]] = []
    for text in texts:
        b = shingle_batch([text], shingle, spans=True)
        g_hash, g_first, _, _ = gram_hashes(b.token_hash, b.token_offsets, k)
        sig = [0] * b.token_hash.size
        readers = [0] * b.token_hash.size
        for h, t in zip(g_hash.tolist(), g_first.tolist(), strict=True):
            if h in table:
                sig[t], readers[t] = table[h]
        tokens = DocTokens(b.token_hash, b.token_start, b.token_end)
        out.append((tokens, np.unique(b.shingle_hash >> np.uint64(16)), g_hash, anchor_index(tokens, q),
                    visible_prefix(text), sig, readers))
    return out


def _corpus() -> list[str]:
    texts = [d.text for d in synthetic_corpus(150, seed=11).documents]
    cjk = "".join(chr(0x4E00 + (i * 7919) % 500) for i in range(2000))  # repeats: frequent q-grams
    texts[10:10] = ["", "one", "two words", cjk, "Share on Facebook " * 30]
    return texts


@pytest.mark.parametrize("unit", ["word", "char"])
@pytest.mark.parametrize("chunk_size", [256, 7])
def test_prepare_docs_equals_the_per_document_reference(
    unit: Literal["word", "char"], chunk_size: int
) -> None:
    texts = _corpus()
    shingle = ShingleConfig(unit=unit, k=5)
    feats = corpus_features(texts, shingle, MinHashConfig(), window=8)
    fps = fingerprint_candidates(feats.fp_hash, feats.fp_doc, None, cap=3, source_cap=0)
    assert fps.recurring.hashes.size > 20
    got = prepare_docs(texts, range(len(texts)), shingle, chunk_size=chunk_size, anchor=3,
                       recurring=fps.recurring)
    ref = _reference(texts, shingle, fps.recurring, 3, 3)
    with_recurring = 0
    for d, (tokens, shingles, grams, index, visible, sig, readers) in enumerate(ref):
        doc: DocData = got[d]
        assert doc.text == texts[d]
        for name in ("hash", "start", "end"):
            assert np.array_equal(getattr(doc.tokens, name), getattr(tokens, name)), (d, name)
        if unit == "word":
            assert doc.recurring is not None
            assert doc.readers is not None
            assert doc.recurring.tolist() == sig, d
            assert doc.readers.tolist() == readers, d
            with_recurring += any(sig)
        else:
            assert doc.recurring is None
        assert np.array_equal(doc.shingles, shingles), d
        assert np.array_equal(doc.word_grams, grams), d
        assert doc.anchors is not None
        for name in ("pos", "grams", "sorted_grams", "sorted_pos", "unique"):
            assert np.array_equal(getattr(doc.anchors, name), getattr(index, name)), (d, name)
        assert doc.visible is not None
        assert np.array_equal(doc.visible - doc.visible[0], visible), d  # a slice of the chunk's
    assert unit == "char" or with_recurring > 5


def test_fingerprint_grams_are_what_prepare_docs_looks_up() -> None:
    """The recurring hashes come from fingerprint_grams; prepare_docs must look up the same grams."""
    texts = _corpus()[:20]
    b = shingle_batch(texts, ShingleConfig(), spans=False)
    hashes, _ = fingerprint_grams(b, ShingleConfig(), 3)
    assert np.array_equal(hashes, gram_hashes(b.token_hash, b.token_offsets, 3)[0])


def test_locality_order_groups_components_and_is_a_permutation() -> None:
    rng = np.random.default_rng(2)
    # 40 components (chains and stars) over 400 documents, their pairs shuffled together
    perm = rng.permutation(400)
    pairs = []
    for c in range(40):
        members = perm[c * 10 : (c + 1) * 10]
        chain = [(members[i], members[i + 1]) for i in range(9)]
        star = [(members[0], m) for m in members[1:]]
        pairs += chain if c % 2 else star
    arr = np.array([(min(p), max(p)) for p in pairs], dtype=np.int64)[rng.permutation(len(pairs))]
    order = locality_order(arr)
    assert sorted(order.tolist()) == list(range(len(arr)))
    component = {int(d): c for c in range(40) for d in perm[c * 10 : (c + 1) * 10]}
    seq = [component[int(a)] for a, _ in arr[order]]
    runs = [c for i, c in enumerate(seq) if i == 0 or c != seq[i - 1]]
    assert len(runs) == 40  # each component's pairs are contiguous


def test_verify_pairs_returns_results_in_the_input_order() -> None:
    texts = [d.text for d in synthetic_corpus(200, seed=9).documents]
    feats = corpus_features(texts, ShingleConfig(), MinHashConfig(), window=8)
    fps = fingerprint_candidates(feats.fp_hash, feats.fp_doc, None, cap=50, source_cap=0)
    assert len(fps.pairs) > 10
    shuffled = fps.pairs[np.random.default_rng(0).permutation(len(fps.pairs))]
    ids = [str(i) for i in range(len(texts))]
    got = verify_pairs(shuffled, texts, ids, feats.signatures, ShingleConfig(), AlignConfig(),
                       CandidateConfig(), recurring=fps.recurring)
    expected = [tuple(p) for p in shuffled.tolist() if tuple(p) in {(v.a, v.b) for v in got}]
    assert [(v.a, v.b) for v in got] == expected
    assert len(got) > 5


def test_anchor_runs_without_repeats_equal_the_general_runs() -> None:
    """When the longer document's usable q-grams are all distinct, runs are found in the shorter
    document's text order with no sort; they must equal, in order, the runs of the general path that
    lists every anchor and sorts them by diagonal."""
    from dataclasses import replace

    from syndetect.align.chain import _anchors, _runs, anchor_runs

    texts = _corpus()
    docs = prepare_docs(texts, range(len(texts)), ShingleConfig(), anchor=3)
    fast_path = with_runs = 0
    for a, b in itertools.product(range(80), repeat=2):
        ia, ib = docs[a].anchors, docs[b].anchors
        assert ia is not None
        assert ib is not None
        got = anchor_runs(ia, ib, 3)
        want = _runs(*_anchors(replace(ia, unique=False), replace(ib, unique=False)), 3)
        assert np.array_equal(got, want), (a, b)
        longer = ia if ia.pos.size > ib.pos.size else ib
        fast_path += longer.unique
        with_runs += longer.unique and len(got) > 0
    # the planted families and the (a, a) pairs give the fast path real runs to find
    assert with_runs > 100, with_runs
    assert fast_path > 200, fast_path
    same = docs[20].anchors
    assert same is not None
    assert anchor_runs(same, same, 3).tolist() == [[0, int(same.pos[-1]) + 3, 0, int(same.pos[-1]) + 3]]


def test_anchor_runs_with_repeated_text_equal_the_general_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents that repeat lines of their own: when the repeated q-grams are not shared with the
    other document, or the other document repeats none, runs are found without listing every
    anchor; when a shared q-gram has two partners and neither document is free of repeats, every
    anchor is listed. Either way the runs
    equal, in order, those of the general path."""
    from dataclasses import replace

    import syndetect.align.chain as align

    rng = np.random.default_rng(7)
    words = [f"w{i}" for i in range(400)]

    def para(n: int) -> str:
        return " ".join(rng.choice(words, size=n).tolist())

    story, menu, other = para(120), "Home | World | Business | Sport", para(90)
    texts = [
        f"{menu}\n{story}\n{menu}",  # repeats a line that the copies share
        f"{menu}\n{story[:300]}\n{para(40)}\n{menu}",
        f"{story}\n{other}\n{other}",  # repeats a paragraph the others lack
        f"{para(30)}\n{story}",
        f"{story} {story}",  # the story twice
        f"{other}\n{para(20)}",
    ]
    docs = [DocTokens(*gram_hashes_and_spans(t)) for t in texts]
    indexes = [anchor_index(d, 3) for d in docs]
    assert sum(not ix.unique for ix in indexes) >= 3
    listed = []
    general = align._anchors
    monkeypatch.setattr(align, "_anchors", lambda a, b: listed.append(1) or general(a, b))
    for a, b in itertools.product(range(len(texts)), repeat=2):
        ia, ib = indexes[a], indexes[b]
        before = len(listed)
        got = align.anchor_runs(ia, ib, 3)
        fast = len(listed) == before
        want = align._runs(*general(replace(ia, unique=False), replace(ib, unique=False)), 3)
        assert np.array_equal(got, want), (a, b)
        if {a, b} == {2, 3}:
            assert fast  # 2 repeats a paragraph that 3 lacks
            assert len(got) > 0
        if {a, b} == {0, 4}:
            assert not fast  # the menu twice in 0, the story twice in 4: shared, repeated in both
    assert len(listed) < len(texts) ** 2 // 2


def gram_hashes_and_spans(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token hashes and raw spans of ``text``, split on whitespace (enough for the anchor tests)."""
    import re
    import zlib

    spans = [m.span() for m in re.finditer(r"\S+", text)]
    hashes = np.array([zlib.crc32(text[s:e].encode()) for s, e in spans], dtype=np.uint64)
    start = np.array([s for s, _ in spans], dtype=np.int64)
    end = np.array([e for _, e in spans], dtype=np.int64)
    return hashes, start, end


def test_joined_blocks_keep_the_pairs_in_order_and_bound_the_documents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import syndetect.align.blocks as verify_blocks

    monkeypatch.setattr(verify_blocks, "_BLOCK_DOCS", 10)
    monkeypatch.setattr(verify_blocks, "_JOINED", 3)
    rng = np.random.default_rng(3)
    dense = rng.integers(0, 8, size=(40, 2))  # 8 documents in many pairs: one block of 3 chunks
    sparse = np.arange(200, 260).reshape(-1, 2)  # new documents in every pair: 10 per block at most
    chunks = [dense[i : i + 5] for i in range(0, 40, 5)] + [sparse[i : i + 2] for i in range(0, 30, 2)]
    blocks = verify_blocks._joined_blocks(chunks)
    assert np.array_equal(np.concatenate(blocks), np.concatenate(chunks))
    assert [len(b) for b in blocks[:3]] == [15, 15, 10]
    assert all(np.unique(b).size <= 10 for b in blocks)
    assert all(len(b) <= 15 for b in blocks)
    assert len(blocks) == 3 + 30 // 4 + 1  # the sparse chunks: two to a block (4 documents each)


def test_lookup_equals_isin_and_finds_the_index() -> None:
    from syndetect.align.prepare import _lookup

    rng = np.random.default_rng(4)
    table = np.unique(rng.integers(0, 2**64 - 1, size=5000, dtype=np.uint64))
    values = rng.integers(0, 2**64 - 1, size=20000, dtype=np.uint64)
    values[::7] = table[rng.integers(0, table.size, size=values[::7].size)]
    # same low 20 bits as a table hash, different high bits: past the bitmap, caught by the search
    values[3::7] = (table[: values[3::7].size] ^ np.uint64(1 << 40))
    found, where = _lookup(values, table)
    assert np.array_equal(found, np.isin(values, table))
    assert np.array_equal(table[where], values[found])
    assert 2000 < found.sum() < values.size
    assert not _lookup(values, np.zeros(0, np.uint64))[0].any()


@pytest.mark.parametrize("text", ["", "a b\tc\n", "plain ascii text,\x1c with odd spaces\x1f.",
                                  "caf\u00e9\u00a0au\u2003lait \U0001f600 \u3000x"])
@pytest.mark.parametrize("block", [1 << 20, 3])
def test_visible_prefix_counts_non_space_characters(
    text: str, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import syndetect.align.chain as align

    monkeypatch.setattr(align, "_PREFIX_BLOCK", block)  # 3: summed a block at a time, with a carry
    prefix = visible_prefix(text * 3)
    assert prefix.tolist() == [sum(not c.isspace() for c in (text * 3)[:i]) for i in range(3 * len(text) + 1)]


def test_coverage_reads_only_differences_of_the_prefix() -> None:
    """Prepared documents carry a slice of their chunk's prefix (counts from the chunk's start, not
    copied); coverage is the same as from the document's own prefix."""
    from syndetect.align.chain import coverage

    texts = ["first  document,\nshort.", "Second one:  a b c d e f g h.", "\u00e9t\u00e9 \u3000 x y z"]
    docs = prepare_docs(texts, range(len(texts)), ShingleConfig(), anchor=3)
    assert docs[1].visible is not None
    assert int(docs[1].visible[0]) > 0  # counted from the chunk's start
    for d, text in enumerate(texts):
        spans = [(0, 3), (2, 9), (len(text) - 4, len(text))]
        assert coverage(text, spans, docs[d].visible) == coverage(text, spans)
        assert coverage(text, spans, visible_prefix(text) + 17) == coverage(text, spans)


def test_shared_chars_is_the_union_length_of_each_documents_spans() -> None:
    from types import SimpleNamespace

    from syndetect.align.verify import shared_chars

    rng = np.random.default_rng(5)
    for _ in range(300):
        n = int(rng.integers(1, 8))
        verified = []
        for _ in range(int(rng.integers(0, 10))):
            spans = [
                [(int(s), int(s + w)) for s, w in zip(rng.integers(0, 50, k), rng.integers(0, 30, k),
                                                      strict=True)]
                for k in rng.integers(0, 4, 2)
            ]
            verified.append(SimpleNamespace(a=int(rng.integers(n)), b=int(rng.integers(n)),
                                            covered_a=spans[0], covered_b=spans[1]))
        covered: dict[int, set[int]] = {}
        for v in verified:
            for doc, spans in ((v.a, v.covered_a), (v.b, v.covered_b)):
                for s, e in spans:
                    covered.setdefault(doc, set()).update(range(s, e))
        assert shared_chars(n, verified) == [len(covered.get(d, ())) for d in range(n)]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_results_pickle_by_their_fields_in_every_protocol(protocol: int) -> None:
    import copy

    from syndetect.align.verify import VerifiedPair
    from syndetect.types import Pair, Passage

    pair = Pair("a", "b", 0.5, 0.4, 0.3, 0.2, (Passage(1, 2, 3, 4, 0.9, True, 7),))
    verified = VerifiedPair(0, 1, pair, [(1, 2)], [(3, 4)])
    back = pickle.loads(pickle.dumps(verified, protocol))
    assert back == verified
    assert type(back.pair.passages[0]) is Passage
    assert copy.deepcopy(verified) == verified
