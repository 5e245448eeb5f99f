"""A persistent, incremental index: add today's articles, ask what they copy from the archive.

:class:`Index` keeps in one SQLite file (see :mod:`syndetect.store`) what the stages of
:func:`syndetect.scan` need to compare a new document with everything indexed: the compressed text,
the MinHash signature, the LSH band keys and the winnowed fingerprints. A query runs the same stages as
``scan`` (:func:`~syndetect.features.corpus_features`, :func:`~syndetect.lsh.band_keys`,
:func:`~syndetect.lsh.fingerprint_candidates`, :func:`~syndetect.verify.verify_pairs`,
:func:`~syndetect.cluster.families`) on the query batch plus the indexed documents its band keys and
fingerprints reach, fetched with a few indexed ``IN (...)`` lookups.

Boilerplate follows ``scan``: a fingerprint held by more than ``boilerplate_cap(n, ...)`` documents
(``n`` = indexed + query documents) or by more than ``boilerplate_source_df`` documents of one source is
page furniture. Only the fingerprints of the query documents are judged (that is all a query can share).

Family ids are stable. A family is created with ``family_id(members)`` of its first members and keeps
that id as documents join. When an added batch links existing families, ``cluster.families`` decides
with the scan's own rule (in ``verified`` mode two groups merge only through two members on each side);
the merged family keeps the id of the larger family (ties: the smaller id) and the other ids disappear
(reported in :attr:`AddResult.merged`). Removing documents never splits a family; a family left with one
member dissolves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .cluster import Edge, families, family_id
from .config import (
    AlignConfig,
    CandidateConfig,
    ClusterConfig,
    MinHashConfig,
    NormalizeConfig,
    ScanConfig,
    ShingleConfig,
)
from .errors import ConfigError, FormatError, IndexStoreError
from .features import CorpusFeatures, corpus_features
from .lsh import band_keys, boilerplate_cap, fingerprint_candidates, lsh_candidates, optimal_bands
from .pipeline import DocumentLike, ProgressCallback, coerce_documents
from .store import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    Store,
    as_signed,
    as_unsigned,
    compress,
    decompress,
    text_hash,
)
from .types import Document, Family, Pair, ScanResult, ScanStats, Skipped
from .verify import VerifiedPair, family_edges, shared_chars, verify_pairs

__all__ = [
    "AddResult",
    "Index",
    "IndexStats",
    "RemoveResult",
    "index_add",
    "index_query",
    "index_remove",
    "index_stats",
]

_RUNTIME_FIELDS = ("jobs", "chunk_size")
"""ScanConfig fields that only change speed: they may differ from the stored config."""
_MEMBER = 2.0
"""Strength of the edges that hold an existing family together (above any real containment)."""
_WRITE_CHUNK = 50_000
"""Rows per ``executemany`` while writing; progress is reported after each."""
_I64 = np.int64


# --------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Index.add` did."""

    added: tuple[str, ...]
    """Ids now indexed by this call (new ones and replacements), in input order."""
    replaced: tuple[str, ...]
    """Ids that were already indexed: their old document was replaced."""
    duplicates: tuple[tuple[str, str], ...]
    """``(added id, other id)``: the added text is exactly the text of another document."""
    pairs: tuple[Pair, ...]
    """Verified pairs of the added documents: ``a`` added, ``b`` indexed (or added, by input order)."""
    families: tuple[Family, ...]
    """The families the added documents are in now."""
    merged: tuple[tuple[str, str], ...] = ()
    """``(absorbed family id, surviving family id)`` for families merged by this batch."""
    skipped: tuple[Skipped, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict, compare=False)

    def summary(self) -> str:
        """One line for humans: counts of what happened."""
        parts = [f"{len(self.added)} added", f"{len(self.replaced)} replaced",
                 f"{len(self.duplicates)} exact duplicates", f"{len(self.pairs)} pairs",
                 f"{len(self.families)} families"]
        if self.merged:
            parts.append(f"{len(self.merged)} families merged")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class RemoveResult:
    """What :meth:`Index.remove` did."""

    removed: tuple[str, ...]
    missing: tuple[str, ...]
    """Ids that were not indexed (nothing to remove)."""


@dataclass(frozen=True, slots=True)
class IndexStats:
    """Sizes of an index."""

    path: str
    documents: int
    texts: int
    """Distinct texts stored (exact duplicates share one)."""
    sources: int
    families: int
    band_keys: int
    fingerprints: int
    bytes: int
    """Bytes on disk (database file and write-ahead log)."""
    schema_version: int
    config_fingerprint: str
    config: dict[str, Any]

    @property
    def bytes_per_document(self) -> float:
        return self.bytes / self.documents if self.documents else 0.0

    def as_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["bytes_per_document"] = round(self.bytes_per_document, 1)
        return out


# --------------------------------------------------------------------------------------------------
# Config persistence


def _config_from_dict(data: dict[str, Any], where: str) -> ScanConfig:
    try:
        sh = dict(data["shingle"])
        sh["normalize"] = NormalizeConfig(**sh["normalize"])
        return ScanConfig(
            shingle=ShingleConfig(**sh),
            minhash=MinHashConfig(**data["minhash"]),
            candidates=CandidateConfig(**data["candidates"]),
            align=AlignConfig(**data["align"]),
            cluster=ClusterConfig(**data["cluster"]),
            jobs=data["jobs"],
            chunk_size=data["chunk_size"],
        )
    except (KeyError, TypeError, ConfigError) as exc:
        msg = (f"{where}: the stored config cannot be read ({exc!r}); the file is damaged or from "
               "another version")
        raise FormatError(msg) from exc


def _reconcile(stored: ScanConfig, given: ScanConfig | None, where: str) -> ScanConfig:
    """The config to use: the stored one, with ``given``'s runtime fields; a conflict is an error."""
    if given is None:
        return stored
    a, b = stored.flat_dict(), given.flat_dict()
    diff = [k for k in sorted(a) if k not in _RUNTIME_FIELDS and a[k] != b.get(k)]
    if diff:
        details = ", ".join(f"{k}: index has {a[k]!r}, given {b.get(k)!r}" for k in diff)
        msg = (
            f"index {where} was built with another config ({details}); open it without a config to "
            "use the stored one, or build a new index with this config"
        )
        raise ConfigError(msg)
    return dataclasses.replace(stored, jobs=given.jobs, chunk_size=given.chunk_size)


# --------------------------------------------------------------------------------------------------
# Matching a batch against the index


@dataclass(slots=True)
class _Batch:
    docs: list[Document]
    feats: CorpusFeatures
    hashes: list[int]
    src: NDArray[np.int64]
    new_sources: dict[str, int]


@dataclass(slots=True)
class _Match:
    """Local numbering: the batch is 0..q-1, indexed documents q.. (``nums``: their ``docs.num``)."""

    ids: list[str]
    dates: list[str | None]
    nums: list[int]
    family: list[str | None]
    shared: list[int]
    verified: list[VerifiedPair]
    candidates: int
    boilerplate: int
    capped: int


@dataclass(slots=True)
class _FamilyPlan:
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


def _pairs_by_key(
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


def _cap_buckets(keys: NDArray[np.int64], docs: NDArray[np.int64], cap: int) -> tuple[NDArray[np.bool_], int]:
    """Keep the first ``cap`` documents (lowest numbers) of each bucket; count the capped buckets."""
    keep = np.ones(keys.size, dtype=np.bool_)
    if keys.size == 0:
        return keep, 0
    order = np.lexsort((docs, keys))
    k = keys[order]
    new = np.ones(k.size, dtype=np.bool_)
    new[1:] = k[1:] != k[:-1]
    start = np.flatnonzero(new)
    sizes = np.diff(np.append(start, k.size))
    rank = np.arange(k.size) - np.repeat(start, sizes)
    keep[order] = rank < cap
    return keep, int(np.count_nonzero(sizes > cap))


class Index:
    """A persistent index of documents. Create or open one with :meth:`Index.open`.

    >>> with Index.open("news.sdx") as index:             # doctest: +SKIP
    ...     index.add(yesterday)
    ...     result = index.query(today)                    # pairs: a = today's, b = indexed
    """

    def __init__(self, store: Store, config: ScanConfig) -> None:
        self._store = store
        self.config = config
        cc = config.candidates
        self._bands, self._rows = optimal_bands(cc.threshold, config.minhash.num_perm, cc.bands)

    # ---------------------------------------------------------------------------------------------
    # lifecycle

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        config: ScanConfig | None = None,
        *,
        create: bool = True,
        busy_timeout: float = 60.0,
    ) -> Index:
        """Open the index at ``path``, creating it (with ``config``, default ``ScanConfig()``) when the
        file is missing and ``create`` is true.

        An existing index keeps the config it was created with; a ``config`` that differs from it (other
        than ``jobs`` and ``chunk_size``) raises :class:`ConfigError`. A file that is not an intact
        syndetect index raises :class:`IndexStoreError` or :class:`FormatError`; it is never modified.
        Writers wait up to ``busy_timeout`` seconds for one another.
        """
        p = Path(path)
        if not create and not p.exists():
            msg = f"index {str(p)!r} does not exist; create it by adding documents (syndetect index add)"
            raise IndexStoreError(msg)
        initial = config or ScanConfig()

        def create_meta() -> dict[str, str]:
            from . import __version__

            return {
                "format": FORMAT_NAME,
                "schema_version": str(SCHEMA_VERSION),
                "config": json.dumps(initial.as_dict(), sort_keys=True),
                "config_fingerprint": initial.fingerprint(),
                "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "created_by": f"syndetect {__version__}",
                "documents": "0",
                "band_keys": "0",
                "fingerprints": "0",
            }

        store, meta, _ = Store.open(p, create_meta, busy_timeout)
        try:
            where = repr(str(p))
            try:
                stored = _config_from_dict(json.loads(meta["config"]), where)
            except (KeyError, ValueError) as exc:
                if isinstance(exc, FormatError):
                    raise
                msg = f"{where}: the stored config is missing or not JSON; the file is damaged"
                raise FormatError(msg) from exc
            return cls(store, _reconcile(stored, config, where))
        except BaseException:
            store.close()
            raise

    @property
    def path(self) -> Path:
        return self._store.path

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self._store.meta()["documents"])

    def __contains__(self, doc_id: object) -> bool:
        row = self._store.conn.execute("SELECT 1 FROM docs WHERE id = ?", (str(doc_id),)).fetchone()
        return row is not None

    # ---------------------------------------------------------------------------------------------
    # public operations

    def add(
        self, documents: Iterable[DocumentLike], *, progress: ProgressCallback | None = None
    ) -> AddResult:
        """Index ``documents`` in one transaction and report what they share with the index.

        A document whose id is indexed replaces the old one. Progress stages: ``hashing``,
        ``candidates``, ``alignment``, ``writing``.
        """
        report = progress or (lambda stage, done, total: None)
        t0 = time.perf_counter()
        docs, skipped = coerce_documents(documents)
        feats = self._features(docs, report)
        seconds = {"hashing": time.perf_counter() - t0}
        ids = [d.id for d in docs]
        with self._store.write():
            replaced = self._delete([r[0] for r in self._store.select_in(
                "SELECT id FROM docs WHERE id IN ({})", ids)])
            batch = self._batch(docs, feats)
            match = self._match(batch, set(), report)
            plan = self._plan_families(match, len(docs))
            duplicates = self._duplicates(batch)
            report("writing", 0, len(docs))
            self._insert(batch, match, plan, report)
        seconds["total"] = time.perf_counter() - t0
        return AddResult(
            added=tuple(ids),
            replaced=tuple(replaced),
            duplicates=tuple(duplicates),
            pairs=tuple(v.pair for v in match.verified),
            families=tuple(plan.families),
            merged=tuple(plan.merged),
            skipped=tuple(skipped),
            seconds=seconds,
        )

    def query(
        self, documents: Iterable[DocumentLike], *, progress: ProgressCallback | None = None
    ) -> ScanResult:
        """Compare ``documents`` with the index and with each other, without changing the index.

        Returns the records ``scan`` returns: pairs with passages (``a`` the query document, ``b`` the
        indexed one, or the later query document), and the families the query documents would join. A
        query document whose id is indexed is taken as a new version of it: the indexed copy is not
        compared.
        """
        report = progress or (lambda stage, done, total: None)
        t0 = time.perf_counter()
        docs, skipped = coerce_documents(documents)
        feats = self._features(docs, report)
        t1 = time.perf_counter()
        with self._store.read():
            batch = self._batch(docs, feats)
            exclude = {int(r[0]) for r in self._store.select_in(
                "SELECT num FROM docs WHERE id IN ({})", [d.id for d in docs])}
            match = self._match(batch, exclude, report)
            plan = self._plan_families(match, len(docs))
        t2 = time.perf_counter()
        stats = ScanStats(
            documents=len(docs),
            empty_documents=int(np.count_nonzero(feats.n_tokens == 0)),
            candidate_pairs=match.candidates,
            pairs=len(match.verified),
            families=len(plan.families),
            boilerplate_fingerprints=match.boilerplate,
            capped_buckets=match.capped,
            seconds={"hashing": t1 - t0, "matching": t2 - t1, "total": t2 - t0},
        )
        return ScanResult(tuple(v.pair for v in match.verified), tuple(plan.families), stats, tuple(skipped))

    def remove(self, ids: Iterable[str]) -> RemoveResult:
        """Remove the documents ``ids`` (one transaction). Families keep their ids; one left with a
        single member dissolves."""
        wanted = list(dict.fromkeys(str(i) for i in ids))
        with self._store.write():
            removed = self._delete(wanted)
        gone = set(removed)
        return RemoveResult(tuple(removed), tuple(i for i in wanted if i not in gone))

    def get(self, ids: Iterable[str]) -> dict[str, Document]:
        """The indexed documents ``ids`` (with their texts); ids not indexed are left out."""
        with self._store.read():
            rows = self._store.select_in(
                "SELECT d.id, t.body, d.source, d.date, d.url FROM docs d JOIN texts t "
                "ON t.hash = d.text_hash WHERE d.id IN ({})", list(ids))
        return {r[0]: Document(r[0], decompress(r[1]), r[2], r[3], r[4]) for r in rows}

    def families(self) -> list[Family]:
        """Every stored family, with its origin (earliest date, else most shared text)."""
        with self._store.read() as conn:
            rows = conn.execute(
                "SELECT family, id, date, shared FROM docs WHERE family IS NOT NULL ORDER BY family, num"
            ).fetchall()
        return _family_objects(rows, self.config.cluster)

    def stats(self) -> IndexStats:
        """Counts and size on disk."""
        with self._store.read() as conn:
            meta = self._store.meta()
            texts = conn.execute("SELECT count(*) FROM texts").fetchone()[0]
            sources = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
            fams = conn.execute(
                "SELECT count(DISTINCT family) FROM docs WHERE family IS NOT NULL").fetchone()[0]
        return IndexStats(
            path=str(self.path),
            documents=int(meta["documents"]),
            texts=int(texts),
            sources=int(sources),
            families=int(fams),
            band_keys=int(meta["band_keys"]),
            fingerprints=int(meta["fingerprints"]),
            bytes=self._store.file_bytes(),
            schema_version=int(meta["schema_version"]),
            config_fingerprint=meta["config_fingerprint"],
            config=json.loads(meta["config"]),
        )

    # ---------------------------------------------------------------------------------------------
    # stages

    def _features(self, docs: Sequence[Document], report: ProgressCallback) -> CorpusFeatures:
        cfg = self.config
        n = len(docs)
        report("hashing", 0, n)
        return corpus_features([d.text for d in docs], cfg.shingle, cfg.minhash, window=cfg.candidates.window,
                               fingerprint_k=cfg.candidates.fingerprint_k,
                               chunk_size=cfg.chunk_size, jobs=cfg.jobs,
                               progress=lambda done: report("hashing", done, n))

    def _batch(self, docs: list[Document], feats: CorpusFeatures) -> _Batch:
        names = {d.source for d in docs if d.source is not None}
        known = {str(r[0]): int(r[1]) for r in self._store.select_in(
            "SELECT name, code FROM sources WHERE name IN ({})", sorted(names))}
        top = self._store.conn.execute("SELECT COALESCE(MAX(code), -1) FROM sources").fetchone()[0]
        new: dict[str, int] = {}
        for name in sorted(names - set(known)):
            new[name] = top + 1 + len(new)
        codes = {**known, **new}
        src = np.array([-1 if d.source is None else codes[d.source] for d in docs], dtype=np.int64)
        return _Batch(docs, feats, [text_hash(d.text) for d in docs], src, new)

    def _match(self, batch: _Batch, exclude: set[int], report: ProgressCallback) -> _Match:
        """Candidates of the batch among themselves and in the index, verified."""
        cfg = self.config
        cc = cfg.candidates
        feats, q = batch.feats, len(batch.docs)
        store = self._store
        report("candidates", 0, 1)
        n_index = int(store.meta()["documents"])
        empty = feats.n_tokens == 0

        # 1. LSH: band keys of the batch looked up in the index, and buckets inside the batch
        live = np.flatnonzero(~empty).astype(_I64)
        keys = as_signed(band_keys(feats.signatures[live], self._bands, self._rows).ravel())
        key_doc = np.repeat(live, self._bands)
        rows = store.select_in("SELECT key, doc FROM bands WHERE key IN ({})", np.unique(keys).tolist())
        r = np.array(rows, dtype=_I64).reshape(-1, 2)
        if exclude and r.size:
            r = r[~np.isin(r[:, 1], np.fromiter(exclude, dtype=_I64))]
        keep, capped = _cap_buckets(r[:, 0], r[:, 1], cc.max_bucket)
        qa, ib = _pairs_by_key(keys, key_doc, r[keep, 0], r[keep, 1])
        inner, inner_capped = lsh_candidates(feats.signatures, self._bands, self._rows, cc.max_bucket, empty)
        capped += inner_capped

        # 2. fingerprints: document frequency (counted up to the cap), then postings of the rest
        cap = boilerplate_cap(n_index + q, cc.boilerplate_df, cc.boilerplate_fraction)
        fp_h = as_signed(feats.fp_hash)
        uniq = np.unique(np.stack([fp_h, feats.fp_doc], axis=1).reshape(-1, 2), axis=0)
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
        if exclude and posts.size:
            posts = posts[~np.isin(posts[:, 1], np.fromiter(exclude, dtype=_I64))]
        # local numbers for the indexed documents met so far: q, q+1, ...
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
                                     source_cap=cc.boilerplate_source_df, min_shared=cc.min_shared)
        fp_pairs = fpc.pairs[fpc.pairs[:, 0] < q]
        boilerplate = np.unique(np.concatenate([boiler.view(np.uint64), fpc.boilerplate]))
        lsh_pairs = np.stack([qa, to_local(ib)], axis=1)
        candidates = np.unique(np.concatenate([lsh_pairs.reshape(-1, 2), inner, fp_pairs]), axis=0)
        report("candidates", 1, 1)

        # 3. fetch what verification needs of the indexed candidates, and verify
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
        ids = [d.id for d in batch.docs] + [info[n][1] for n in cand_nums]
        texts = [d.text for d in batch.docs] + [decompress(info[n][4]) for n in cand_nums]
        sigs = feats.signatures
        if cand_nums:
            stored = np.stack([np.frombuffer(info[n][3], dtype=np.uint32) for n in cand_nums])
            sigs = np.concatenate([sigs, stored])
        total = len(pairs)
        report("alignment", 0, total)
        sources = [d.source for d in batch.docs] + [info[n][7] for n in cand_nums]
        verified = verify_pairs(pairs, texts, ids, sigs, cfg.shingle, cfg.align, boilerplate, cc.window,
                                fingerprint_k=cc.fingerprint_k, sources=sources, jobs=cfg.jobs,
                                progress=lambda done: report("alignment", done, total))
        return _Match(
            ids=ids,
            dates=[d.date for d in batch.docs] + [info[n][2] for n in cand_nums],
            nums=cand_nums,
            family=[None] * q + [info[n][5] for n in cand_nums],
            shared=[0] * q + [int(info[n][6]) for n in cand_nums],
            verified=verified,
            candidates=total,
            boilerplate=int(boilerplate.size),
            capped=capped + fpc.capped,
        )

    def _plan_families(self, m: _Match, q: int) -> _FamilyPlan:
        """Families after adding the batch: existing families are held together by strong member
        edges and the new verified edges are clustered with the scan's rule."""
        cfg = self.config.cluster
        ids, dates, fam, shared = list(m.ids), list(m.dates), list(m.family), list(m.shared)
        nums: list[int | None] = [None] * q + list(m.nums)
        linked = {i for v in m.verified for i in (v.a, v.b)}
        touched = sorted({f0 for i in linked if (f0 := fam[i]) is not None})
        pos = {n: q + i for i, n in enumerate(m.nums)}
        members: dict[str, list[int]] = {}
        for num, doc_id, date, family, sh in self._store.select_in(
            "SELECT num, id, date, family, shared FROM docs WHERE family IN ({}) ORDER BY num", touched
        ):
            if num not in pos:
                pos[num] = len(ids)
                ids.append(doc_id)
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
            edges += [Edge(group[0], other, _MEMBER) for other in group[1:]]
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
                # a query document that reuses an indexed id stands for that document: list it once
                member_ids = tuple(dict.fromkeys(ids[i] for i in group))
                out.append(Family(fid, member_ids, ids[int(f.origin)], f.origin_reason))
        return _FamilyPlan(out, group_of, merged, shared, nums, fam, old_shared)

    def _duplicates(self, batch: _Batch) -> list[tuple[str, str]]:
        first: dict[int, str] = {}
        for h, row_id in self._store.select_in(
            "SELECT text_hash, id FROM docs WHERE text_hash IN ({}) ORDER BY num", sorted(set(batch.hashes))
        ):
            first.setdefault(int(h), row_id)
        out: list[tuple[str, str]] = []
        for d, h in zip(batch.docs, batch.hashes, strict=True):
            if h in first:
                out.append((d.id, first[h]))
            else:
                first[h] = d.id
        return out

    def _insert(self, batch: _Batch, m: _Match, plan: _FamilyPlan, report: ProgressCallback) -> None:
        conn, store = self._store.conn, self._store
        q = len(batch.docs)
        feats = batch.feats
        conn.executemany("INSERT INTO sources VALUES(?, ?)", [(c, n) for n, c in batch.new_sources.items()])
        conn.executemany("INSERT OR IGNORE INTO texts VALUES(?, ?)",
                         [(h, compress(d.text)) for d, h in zip(batch.docs, batch.hashes, strict=True)])
        start = int(conn.execute("SELECT COALESCE(MAX(num), 0) FROM docs").fetchone()[0]) + 1
        nums = np.arange(start, start + q, dtype=_I64)
        conn.executemany(
            "INSERT INTO docs(num, id, source, src, date, url, text_hash, n_tokens, sig, family, shared) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?)",
            [(int(nums[i]), d.id, d.source, int(batch.src[i]), d.date, d.url, batch.hashes[i],
              int(feats.n_tokens[i]), feats.signatures[i].tobytes(), plan.group_of.get(i), plan.shared[i])
             for i, d in enumerate(batch.docs)],
        )
        # families and shared text of indexed documents touched by this batch
        updates = []
        for i, num in enumerate(plan.nums):
            new_family = plan.group_of.get(i, plan.fam[i])
            if num is not None and (new_family != plan.fam[i] or plan.shared[i] != plan.old_shared[i]):
                updates.append((new_family, plan.shared[i], num))
        conn.executemany("UPDATE docs SET family = ?, shared = ? WHERE num = ?", updates)
        live = np.flatnonzero(feats.n_tokens > 0)
        keys = as_signed(band_keys(feats.signatures[live], self._bands, self._rows).ravel())
        band_rows = np.unique(np.stack([keys, np.repeat(nums[live], self._bands)], axis=1), axis=0)
        fp = np.stack([as_signed(feats.fp_hash), nums[feats.fp_doc], batch.src[feats.fp_doc]], axis=1)
        fp = np.unique(fp, axis=0) if fp.size else fp.reshape(-1, 3)
        total = len(band_rows) + len(fp)
        done = 0
        for sql, rows in (("INSERT INTO bands VALUES(?, ?)", band_rows),
                          ("INSERT INTO fps VALUES(?, ?, ?)", fp)):
            for i in range(0, len(rows), _WRITE_CHUNK):
                chunk = rows[i : i + _WRITE_CHUNK].tolist()
                conn.executemany(sql, chunk)
                done += len(chunk)
                report("writing", done, total)
        meta = store.meta()
        store.set_meta("documents", str(int(meta["documents"]) + q))
        store.set_meta("band_keys", str(int(meta["band_keys"]) + len(band_rows)))
        store.set_meta("fingerprints", str(int(meta["fingerprints"]) + len(fp)))

    def _delete(self, ids: Sequence[str]) -> list[str]:
        """Delete the documents ``ids`` (inside the caller's write transaction); returns those found."""
        store, conn = self._store, self._store.conn
        rows = store.select_in(
            "SELECT d.num, d.id, d.sig, d.n_tokens, t.body, d.family, d.text_hash FROM docs d "
            "JOIN texts t ON t.hash = d.text_hash WHERE d.id IN ({})", list(ids))
        if not rows:
            return []
        nums = np.array([r[0] for r in rows], dtype=_I64)
        texts = [decompress(r[4]) for r in rows]
        cfg = self.config
        feats = corpus_features(texts, cfg.shingle, cfg.minhash, window=cfg.candidates.window,
                                fingerprint_k=cfg.candidates.fingerprint_k, chunk_size=cfg.chunk_size)
        sigs = np.stack([np.frombuffer(r[2], dtype=np.uint32) for r in rows])
        live = np.flatnonzero(np.array([r[3] for r in rows]) > 0)
        keys = as_signed(band_keys(sigs[live], self._bands, self._rows).ravel())
        band_rows = np.unique(np.stack([keys, np.repeat(nums[live], self._bands)], axis=1), axis=0)
        fp = np.unique(np.stack([as_signed(feats.fp_hash), nums[feats.fp_doc]], axis=1), axis=0) \
            if feats.fp_hash.size else np.zeros((0, 2), _I64)
        conn.executemany("DELETE FROM bands WHERE key = ? AND doc = ?", band_rows.tolist())
        conn.executemany("DELETE FROM fps WHERE hash = ? AND doc = ?", fp.tolist())
        conn.executemany("DELETE FROM docs WHERE num = ?", [(int(n),) for n in nums])
        conn.executemany(
            "DELETE FROM texts WHERE hash = ? AND NOT EXISTS (SELECT 1 FROM docs WHERE text_hash = ?)",
            [(r[6], r[6]) for r in rows])
        # a family left with one member dissolves
        fams = sorted({r[5] for r in rows if r[5] is not None})
        for family, count in store.select_in(
            "SELECT family, count(*) FROM docs WHERE family IN ({}) GROUP BY family", fams
        ):
            if count < 2:
                conn.execute("UPDATE docs SET family = NULL WHERE family = ?", (family,))
        meta = store.meta()
        store.set_meta("documents", str(int(meta["documents"]) - len(rows)))
        store.set_meta("band_keys", str(int(meta["band_keys"]) - len(band_rows)))
        store.set_meta("fingerprints", str(int(meta["fingerprints"]) - len(fp)))
        found = {r[1] for r in rows}
        return [i for i in ids if i in found]


def _family_objects(rows: Sequence[tuple[Any, ...]], cfg: ClusterConfig) -> list[Family]:
    """Family objects from ``(family, id, date, shared)`` rows sorted by family, with their origins."""
    ids = [r[1] for r in rows]
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(r[0], []).append(i)
    edges = [Edge(g[0], other, _MEMBER) for g in groups.values() for other in g[1:]]
    computed = families([str(i) for i in range(len(rows))], [r[2] for r in rows], [int(r[3]) for r in rows],
                        edges, dataclasses.replace(cfg, mode="components"))
    out = []
    for f in computed:
        first = int(f.members[0])
        out.append(Family(rows[first][0], tuple(ids[int(i)] for i in f.members), ids[int(f.origin)],
                          f.origin_reason))
    return sorted(out, key=lambda f: f.id)


# --------------------------------------------------------------------------------------------------
# The library side of ``syndetect index ...`` (the click commands live in cli.py)


def index_add(
    path: str | os.PathLike[str],
    documents: Iterable[DocumentLike],
    config: ScanConfig | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> tuple[AddResult, IndexStats]:
    """``syndetect index add``: add ``documents`` to the index at ``path`` (created when missing)."""
    with Index.open(path, config) as index:
        result = index.add(documents, progress=progress)
        return result, index.stats()


def index_query(
    path: str | os.PathLike[str],
    documents: Sequence[Document],
    *,
    progress: ProgressCallback | None = None,
) -> tuple[ScanResult, dict[str, Document]]:
    """``syndetect index query``: the result, and the documents (query and matched indexed ones) a
    renderer needs for passage texts; for ids in both, the query document."""
    with Index.open(path, create=False) as index:
        result = index.query(documents, progress=progress)
        indexed = index.get(sorted({p.b for p in result.pairs}))
    shown = {**indexed, **{d.id: d for d in documents}}
    return result, shown


def index_remove(path: str | os.PathLike[str], ids: Iterable[str]) -> RemoveResult:
    """``syndetect index remove``."""
    with Index.open(path, create=False) as index:
        return index.remove(ids)


def index_stats(path: str | os.PathLike[str]) -> IndexStats:
    """``syndetect index stats``."""
    with Index.open(path, create=False) as index:
        return index.stats()

