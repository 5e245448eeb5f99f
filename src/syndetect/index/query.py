"""Matching a batch of new documents against an :class:`~syndetect.index.api.Index`: candidates among the
batch and in the stored band keys and fingerprints, verification, and the families after the batch.

The index module keeps the storage and the public API; this module holds the query logic it runs on
every ``add`` and ``query``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..align.verify import VerifiedPair, shared_chars
from ..candidates.banding import band_keys, lsh_candidates
from ..candidates.features import CorpusFeatures
from ..candidates.fingerprints import fingerprint_candidates
from ..candidates.groups import first_postings, group_ranks, group_starts
from ..candidates.recurring import Recurring, docset_signatures
from ..config import ScanConfig
from ..engines.stages import (
    CandidateTally,
    DocumentBlock,
    ProgressCallback,
    band_shape,
    furniture_cap,
    verify_block,
)
from ..families.cluster import Edge, families, family_edges, family_id
from ..text.shingle import mix64
from ..types import Document, Family
from ..workers.tasks import Executor
from .sqlite import Store, as_signed, as_unsigned, decompress

__all__ = [
    "INDEXED_PREFIX",
    "MEMBER",
    "Batch",
    "FamilyPlan",
    "Match",
    "cap_buckets",
    "indexed_name",
    "match_batch",
    "pairs_by_key",
    "plan_families",
    "stored_id",
]

INDEXED_PREFIX = "index:"
"""How a query result names an indexed document whose id a query document reuses: ``index:<id>``."""

MEMBER = 2.0
"""Strength of the edges that hold an existing family together (above any real containment)."""
_I64 = np.int64


@dataclass(slots=True)
class Batch:
    docs: list[Document]
    feats: CorpusFeatures
    hashes: list[int]
    src: NDArray[np.int64]
    new_sources: dict[str, int]


@dataclass(slots=True)
class Match:
    """Local numbering: the batch is 0..q-1, indexed documents q.. (``nums``: their ``docs.num``)."""

    ids: list[str]
    dates: list[str | None]
    nums: list[int]
    family: list[str | None]
    shared: list[int]
    verified: list[VerifiedPair]
    candidates: int
    tally: CandidateTally


@dataclass(slots=True)
class FamilyPlan:
    families: list[Family]
    group_of: dict[int, str]
    """Local document -> family id after the batch."""
    merged: list[tuple[str, str]]
    shared: list[int]
    """Shared characters per local document after the batch."""
    nums: list[int | None]
    """``docs.num`` per local document (None for the batch)."""
    fam: list[str | None]
    """Family per local document before the batch."""
    old_shared: list[int]


def indexed_name(doc_id: str, shadowed: frozenset[str]) -> str:
    """The id an indexed document has in a result: ``index:<id>`` when a query document reuses its id
    (``shadowed``), else its own."""
    return INDEXED_PREFIX + doc_id if doc_id in shadowed else doc_id


def stored_id(name: str, shadowed: frozenset[str]) -> str:
    """The indexed id of a document named ``name`` in a result (the inverse of :func:`indexed_name`)."""
    doc_id = name.removeprefix(INDEXED_PREFIX)
    return doc_id if doc_id != name and doc_id in shadowed else name


def pairs_by_key(
    q_keys: NDArray[np.int64], q_doc: NDArray[np.int64], r_keys: NDArray[np.int64], r_doc: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Every ``(q_doc[i], r_doc[j])`` with ``q_keys[i] == r_keys[j]`` (a vectorised equi-join)."""
    order = np.argsort(q_keys, kind="stable")
    qk, qd = q_keys[order], q_doc[order]
    lo = np.searchsorted(qk, r_keys, side="left")
    hi = np.searchsorted(qk, r_keys, side="right")
    n = hi - lo
    rows = np.repeat(np.arange(r_keys.size), n)
    starts = np.repeat(lo, n)
    offs = np.arange(rows.size) - np.repeat(np.cumsum(n) - n, n)
    return qd[starts + offs], r_doc[rows]


def cap_buckets(keys: NDArray[np.int64], docs: NDArray[np.int64], cap: int) -> tuple[NDArray[np.bool_], int]:
    """Keep the first ``cap`` documents (lowest numbers) of each bucket; count the capped buckets."""
    keep = np.ones(keys.size, dtype=np.bool_)
    if keys.size == 0:
        return keep, 0
    order = np.lexsort((docs, keys))
    starts, sizes = group_starts(keys[order])
    keep[order] = group_ranks(starts, sizes) < cap
    return keep, int(np.count_nonzero(sizes > cap))


def _recurring(hashes: NDArray[np.int64], docs: NDArray[np.int64], boiler: NDArray[np.int64],
               cap: int) -> Recurring:
    """The recurring fingerprints of a query (:class:`~syndetect.candidates.recurring.Recurring`): those whose
    postings were read (all of them: query and index) with their document sets; those held by more
    than ``cap`` documents, whose postings are not read, each with a set of its own (their readers
    are many, their document set unknown)."""
    h = as_unsigned(hashes)
    order = np.lexsort((docs, h))
    h, d = h[order], docs[order]
    once = first_postings(h, d)
    found = docset_signatures(h[once], d[once])
    many = np.unique(as_unsigned(boiler))
    crowd = Recurring(many, mix64(many ^ np.uint64(0x5EED)), np.full(many.size, cap + 1, dtype=np.int64))
    return Recurring.merge([found, crowd])


def match_batch(
    store: Store,
    config: ScanConfig,
    batch: Batch,
    report: ProgressCallback,
    shadowed: frozenset[str] = frozenset(),
    workers: Executor | None = None,
) -> Match:
    """Candidates of the batch among themselves and in the index, verified (``workers``: as for
    :func:`syndetect.scan`). Indexed documents whose id is in ``shadowed`` (reused by a query
    document) are compared like any other and named :func:`indexed_name` in the result."""
    report("candidates", 0, 1)
    lsh, inner, capped = _band_matches(store, config, batch.feats)
    cap = furniture_cap(int(store.meta()["documents"]) + len(batch.docs), config.candidates)
    postings = _fingerprint_postings(store, batch.feats, cap)
    candidates, nums, tally = _candidates(config, batch, lsh, inner, capped, postings, cap)
    report("candidates", 1, 1)
    return _verify_matches(store, config, batch, candidates, nums, tally, report, shadowed, workers)


def _band_matches(
    store: Store, cfg: ScanConfig, feats: CorpusFeatures
) -> tuple[tuple[NDArray[np.int64], NDArray[np.int64]], NDArray[np.int64], int]:
    """LSH: ``(batch document, indexed docs.num)`` of the band keys of the batch found in the index,
    the pairs of buckets inside the batch, and the capped buckets."""
    bands, rows_per_band = band_shape(cfg)
    cc = cfg.candidates
    empty = feats.n_tokens == 0
    live = np.flatnonzero(~empty).astype(_I64)
    keys = as_signed(band_keys(feats.signatures[live], bands, rows_per_band).ravel())
    key_doc = np.repeat(live, bands)
    rows = store.select_in("SELECT key, doc FROM bands WHERE key IN ({})", np.unique(keys).tolist())
    r = np.array(rows, dtype=_I64).reshape(-1, 2)
    keep, capped = cap_buckets(r[:, 0], r[:, 1], cc.max_bucket)
    qa, ib = pairs_by_key(keys, key_doc, r[keep, 0], r[keep, 1])
    inner, inner_capped = lsh_candidates(feats.signatures, bands, rows_per_band, cc.max_bucket, empty)
    return (qa, ib), inner, capped + inner_capped


@dataclass(frozen=True, slots=True)
class _Postings:
    """The fingerprints of a batch against the index."""

    batch: NDArray[np.int64]
    """Unique ``(hash, batch document)`` rows (hashes signed, as stored)."""
    boiler: NDArray[np.int64]
    """Hashes held by more than the cap of documents, batch and index together."""
    indexed: NDArray[np.int64]
    """``(hash, docs.num, source)`` of the indexed postings of the other hashes."""


def _fingerprint_postings(store: Store, feats: CorpusFeatures, cap: int) -> _Postings:
    """Fingerprints: document frequency in the index (counted up to the cap), then the postings of
    the hashes under the cap."""
    uniq = np.unique(np.stack([as_signed(feats.fp_hash), feats.fp_doc], axis=1).reshape(-1, 2), axis=0)
    hashes, q_df = np.unique(uniq[:, 0], return_counts=True)
    df_rows = store.select_in(
        "WITH q(h) AS (VALUES {}) SELECT h, (SELECT count(*) FROM "
        f"(SELECT 1 FROM fps WHERE hash = q.h LIMIT {cap + 1})) FROM q",
        hashes.tolist(), item="(?)",
    )
    dfa = np.array(df_rows, dtype=_I64).reshape(-1, 2)
    order = np.argsort(dfa[:, 0])
    idx_df = np.zeros(hashes.size, dtype=_I64)
    if dfa.size:
        idx_df = dfa[order, 1][np.searchsorted(dfa[order, 0], hashes)]
    boiler = hashes[idx_df + q_df > cap]
    fetch = hashes[(idx_df > 0) & (idx_df + q_df <= cap)]
    posts = np.array(store.select_in("SELECT hash, doc, src FROM fps WHERE hash IN ({})", fetch.tolist()),
                     dtype=_I64).reshape(-1, 3)
    return _Postings(uniq, boiler, posts)


def _candidates(
    cfg: ScanConfig, batch: Batch, lsh: tuple[NDArray[np.int64], NDArray[np.int64]], inner: NDArray[np.int64],
    capped: int, postings: _Postings, cap: int,
) -> tuple[NDArray[np.int64], NDArray[np.int64], CandidateTally]:
    """The candidate pairs in local numbers (the batch 0..q-1, then the indexed documents met, in
    the order of ``nums``, their ``docs.num``), ``nums``, and the tally."""
    cc = cfg.candidates
    q = len(batch.docs)
    qa, ib = lsh
    uniq, boiler, posts = postings.batch, postings.boiler, postings.indexed
    nums = np.unique(np.concatenate([ib, posts[:, 1]]))

    def to_local(num: NDArray[np.int64]) -> NDArray[np.int64]:
        return q + np.searchsorted(nums, num).astype(_I64)

    source_of = np.full(q + nums.size, -1, dtype=_I64)
    source_of[:q] = batch.src
    keep_q = ~np.isin(uniq[:, 0], boiler)
    all_h = np.concatenate([uniq[keep_q, 0], posts[:, 0]])
    all_d = uniq[keep_q, 1]
    if posts.size:
        post_local = to_local(posts[:, 1])
        source_of[post_local] = posts[:, 2]
        all_d = np.concatenate([all_d, post_local])
    fpc = fingerprint_candidates(as_unsigned(all_h), all_d, source_of, cap=cap,
                                 source_cap=cc.boilerplate_source_df, min_shared=cc.min_shared,
                                 all_pairs_limit=cc.all_pairs_limit)
    fp_pairs = fpc.pairs[fpc.pairs[:, 0] < q]
    boilerplate = np.unique(np.concatenate([boiler.view(np.uint64), fpc.boilerplate]))
    lsh_pairs = np.stack([qa, to_local(ib)], axis=1)
    candidates = np.unique(np.concatenate([lsh_pairs.reshape(-1, 2), inner, fp_pairs]), axis=0)
    tally = CandidateTally(boilerplate, capped + fpc.capped, _recurring(all_h, all_d, boiler, cap))
    return candidates, nums, tally


def _verify_matches(
    store: Store, cfg: ScanConfig, batch: Batch, candidates: NDArray[np.int64], nums: NDArray[np.int64],
    tally: CandidateTally, report: ProgressCallback, shadowed: frozenset[str], workers: Executor | None,
) -> Match:
    """Fetch what verification needs of the indexed candidates, and verify."""
    q = len(batch.docs)
    used = np.unique(candidates[candidates[:, 1] >= q, 1]) - q
    cand_nums = nums[used].tolist()
    info = {int(r[0]): r for r in store.select_in(
        "SELECT d.num, d.id, d.date, d.sig, t.body, d.family, d.shared, d.source FROM docs d "
        "JOIN texts t ON t.hash = d.text_hash WHERE d.num IN ({})", cand_nums)}
    # renumber: batch 0..q-1, then only the indexed documents that are candidates
    renum = np.full(q + nums.size, -1, dtype=_I64)
    renum[:q] = np.arange(q)
    renum[q + used] = q + np.arange(used.size)
    pairs = renum[candidates]
    ids = [d.id for d in batch.docs] + [indexed_name(info[n][1], shadowed) for n in cand_nums]
    texts = [d.text for d in batch.docs] + [decompress(info[n][4]) for n in cand_nums]
    sigs = batch.feats.signatures
    if cand_nums:
        stored = np.stack([np.frombuffer(info[n][3], dtype=np.uint32) for n in cand_nums])
        sigs = np.concatenate([sigs, stored])
    total = len(pairs)
    report("alignment", 0, total)
    sources = [d.source for d in batch.docs] + [info[n][7] for n in cand_nums]
    verified = verify_block(pairs, DocumentBlock(None, texts, ids, sources, sigs), cfg, tally.recurring,
                            jobs=workers, progress=lambda done: report("alignment", done, total))
    return Match(
        ids=ids,
        dates=[d.date for d in batch.docs] + [info[n][2] for n in cand_nums],
        nums=cand_nums,
        family=[None] * q + [info[n][5] for n in cand_nums],
        shared=[0] * q + [int(info[n][6]) for n in cand_nums],
        verified=verified,
        candidates=total,
        tally=tally,
    )


def plan_families(
    store: Store, config: ScanConfig, m: Match, q: int, shadowed: frozenset[str] = frozenset()
) -> FamilyPlan:
    """Families after adding the batch: existing families are held together by strong member
    edges and the new verified edges are clustered with the scan's rule. Indexed members are named
    as in :func:`match_batch`."""
    cfg = config.cluster
    ids, dates, fam, shared = list(m.ids), list(m.dates), list(m.family), list(m.shared)
    nums: list[int | None] = [None] * q + list(m.nums)
    linked = {i for v in m.verified for i in (v.a, v.b)}
    touched = sorted({f0 for i in linked if (f0 := fam[i]) is not None})
    pos = {n: q + i for i, n in enumerate(m.nums)}
    members: dict[str, list[int]] = {}
    for num, doc_id, date, family, sh in store.select_in(
        "SELECT num, id, date, family, shared FROM docs WHERE family IN ({}) ORDER BY num", touched
    ):
        if num not in pos:
            pos[num] = len(ids)
            ids.append(indexed_name(doc_id, shadowed))
            dates.append(date)
            fam.append(family)
            shared.append(int(sh))
            nums.append(num)
        members.setdefault(family, []).append(pos[num])
    old_shared = list(shared)
    new_shared = shared_chars(len(ids), m.verified)
    shared = [max(a, b) for a, b in zip(shared, new_shared, strict=True)]
    edges = family_edges(m.verified)
    for group in members.values():
        edges += [Edge(group[0], other, MEMBER) for other in group[1:]]
    local_ids = [str(i) for i in range(len(ids))]
    out: list[Family] = []
    group_of: dict[int, str] = {}
    merged: list[tuple[str, str]] = []
    for f in families(local_ids, dates, shared, edges, cfg):
        group = [int(x) for x in f.members]
        old = sorted({f0 for i in group if (f0 := fam[i]) is not None})
        if not old:
            fid = family_id([ids[i] for i in group])
        else:
            fid = min(old, key=lambda o: (-len(members.get(o, [])), o))
            merged += [(o, fid) for o in old if o != fid]
        for i in group:
            group_of[i] = fid
        if any(i < q for i in group):
            member_ids = tuple(dict.fromkeys(ids[i] for i in group))
            out.append(Family(fid, member_ids, ids[int(f.origin)], f.origin_reason, f.pairs))
    return FamilyPlan(out, group_of, merged, shared, nums, fam, old_shared)
