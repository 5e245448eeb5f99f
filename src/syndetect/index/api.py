"""A persistent, incremental index: add today's articles, ask what they copy from the archive.

:class:`Index` keeps in one SQLite file (see :mod:`syndetect.index.sqlite`) what the stages of
:func:`syndetect.scan` need to compare a new document with everything indexed: the compressed text,
the MinHash signature, the LSH band keys and the winnowed fingerprints. A query runs the same stages as
``scan`` (:func:`~syndetect.candidates.features.corpus_features`,
:func:`~syndetect.candidates.banding.band_keys`,
:func:`~syndetect.candidates.fingerprints.fingerprint_candidates`,
:func:`~syndetect.align.blocks.verify_pairs`, :func:`~syndetect.families.cluster.families`) on the
query batch plus the indexed documents its band keys and
fingerprints reach, fetched with a few indexed ``IN (...)`` lookups (:mod:`syndetect.index.query`).

Boilerplate follows ``scan``: a fingerprint held by more than ``boilerplate_cap(n, ...)`` documents
(``n`` = indexed + query documents) or by more than ``boilerplate_source_df`` documents of one source is
page furniture. Only the fingerprints of the query documents are judged (that is all a query can share).

Family ids are stable. A family is created with ``family_id(members)`` of its first members and keeps
that id as documents join. When an added batch links existing families, ``cluster.families`` decides
with the scan's own rule (in ``verified`` mode two groups merge only through two members on each side);
the merged family keeps the id of the larger family (ties: the smaller id) and the other ids disappear
(reported in :attr:`AddResult.merged`). Removing documents never splits a family; a family left with one
member dissolves.

What the operations return is in :mod:`syndetect.index.results`; the config kept in the file, in
:mod:`syndetect.index.stored_config`.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np

from ..candidates.banding import band_keys
from ..candidates.features import CorpusFeatures
from ..config import (
    ClusterConfig,
    ScanConfig,
)
from ..engines.local import scan
from ..engines.stages import (
    DocumentLike,
    ProgressCallback,
    StageClock,
    band_shape,
    batch_features,
    coerce_documents,
    count_empty,
    scan_stats,
)
from ..errors import IndexStoreError
from ..families.cluster import Edge, families
from ..provenance.trace import CorpusFacts, attribute, attribute_facts, result_ids
from ..types import Document, Family, Provenance, ScanResult
from ..workers.tasks import Executor
from .period import Bound, select_period
from .query import (
    MEMBER,
    Batch,
    FamilyPlan,
    Match,
    match_batch,
    plan_families,
    stored_id,
)
from .results import AddResult, IndexStats, QueryResult, RemoveResult
from .sqlite import (
    Store,
    as_signed,
    compress,
    decompress,
    text_hash,
)
from .stored_config import new_meta, reconcile, stored_config

__all__ = [
    "AddResult",
    "Index",
    "IndexStats",
    "QueryResult",
    "RemoveResult",
    "index_add",
    "index_period",
    "index_query",
    "index_remove",
    "index_stats",
]

"""ScanConfig fields that only change speed: they may differ from the stored config."""
_WRITE_CHUNK = 50_000
"""Rows per ``executemany`` while writing; progress is reported after each."""
_I64 = np.int64


class Index:
    """A persistent index of documents. Create or open one with :meth:`Index.open`.

    >>> with Index.open("news.sdx") as index:             # doctest: +SKIP
    ...     index.add(yesterday)
    ...     result = index.query(today)                    # pairs: a = today's, b = indexed
    """

    def __init__(self, store: Store, config: ScanConfig, workers: Executor | None = None) -> None:
        self._store = store
        self.config = config
        self.workers = workers
        """Runs the parallel stages of :meth:`add` and :meth:`query` (None: ``config.jobs`` processes)."""
        self._bands, self._rows = band_shape(config)

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
        workers: Executor | None = None,
    ) -> Index:
        """Open the index at ``path``, creating it (with ``config``, default ``ScanConfig()``) when the
        file is missing and ``create`` is true.

        An existing index keeps the config it was created with; a ``config`` that differs from it (other
        than ``jobs`` and ``chunk_size``) raises :class:`ConfigError`. A file that is not an intact
        syndetect index raises :class:`IndexStoreError` or :class:`FormatError`; it is never modified.
        Writers wait up to ``busy_timeout`` seconds for one another. ``workers`` as for
        :func:`syndetect.scan`.
        """
        p = Path(path)
        if not create and not p.exists():
            msg = f"index {str(p)!r} does not exist; create it by adding documents (syndetect index add)"
            raise IndexStoreError(msg)
        initial = config or ScanConfig()
        store, meta, _ = Store.open(p, lambda: new_meta(initial), busy_timeout)
        try:
            where = repr(str(p))
            stored = stored_config(meta, where)
            return cls(store, reconcile(stored, config, where), workers)
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
        clock = StageClock()
        docs, skipped = coerce_documents(documents)
        feats = self._features(docs, report)
        clock.lap("hashing")
        ids = [d.id for d in docs]
        with self._store.write():
            replaced = self._delete([r[0] for r in self._store.select_in(
                "SELECT id FROM docs WHERE id IN ({})", ids)])
            batch = self._batch(docs, feats)
            match = match_batch(self._store, self.config, batch, report, workers=self.workers)
            plan = plan_families(self._store, self.config, match, len(docs))
            duplicates = self._duplicates(batch)
            report("writing", 0, len(docs))
            self._insert(batch, match, plan, report)
        return AddResult(
            added=tuple(ids),
            replaced=tuple(replaced),
            duplicates=tuple(duplicates),
            pairs=tuple(v.pair for v in match.verified),
            families=tuple(plan.families),
            merged=tuple(plan.merged),
            skipped=tuple(skipped),
            seconds=clock.total(),
        )

    def query(
        self, documents: Iterable[DocumentLike], *, progress: ProgressCallback | None = None,
        provenance: bool = True,
    ) -> QueryResult:
        """Compare ``documents`` with the index and with each other, without changing the index.

        Returns the records ``scan`` returns: pairs with passages (``a`` the query document, ``b`` the
        indexed one, or the later query document), the families the query documents would join, and
        (unless ``provenance=False``) their provenance, as ``scan`` gives it: credits, family sources,
        relations, edits, and outlet statistics over the query documents. Documents are compared by
        text, whatever their names: a query document whose id is also an indexed id is listed in
        :attr:`QueryResult.same_ids`, and that indexed document is still compared with every query
        document, named ``index:<id>`` in the result.
        """
        report = progress or (lambda stage, done, total: None)
        clock = StageClock()
        docs, skipped = coerce_documents(documents)
        feats = self._features(docs, report)
        clock.lap("hashing")
        with self._store.read():
            batch = self._batch(docs, feats)
            indexed = {str(r[0]) for r in self._store.select_in(
                "SELECT id FROM docs WHERE id IN ({})", [d.id for d in docs])}
            same_ids = tuple(d.id for d in docs if d.id in indexed)
            shadowed = frozenset(same_ids)
            match = match_batch(self._store, self.config, batch, report, shadowed, self.workers)
            plan = plan_families(self._store, self.config, match, len(docs), shadowed)
        clock.lap("matching")
        stats = scan_stats(documents=len(docs), empty=count_empty(feats.n_tokens),
                           candidates=match.candidates, tally=match.tally, pairs=len(match.verified),
                           families=len(plan.families), seconds=clock.total())
        result = QueryResult(tuple(v.pair for v in match.verified), tuple(plan.families), stats,
                             tuple(skipped), same_ids=same_ids)
        if not provenance:
            return result
        return dataclasses.replace(result, provenance=self._provenance(docs, result))

    def _provenance(self, docs: Sequence[Document], result: QueryResult) -> Provenance:
        """``result``'s provenance: the query documents, the texts of the indexed documents in its pairs
        and the outlet and date of its families' other stored members (under their names in the
        result; their texts are not read: outlet statistics count the query documents only)."""
        order, paired = result_ids(result)
        wanted, mine = set(order), {d.id for d in docs}
        facts = CorpusFacts()
        for doc in docs:
            facts.add(doc, wanted, paired)
        stored = {n: stored_id(n, frozenset(result.same_ids)) for n in order if n not in mine}
        texts = self.get(sorted({stored[n] for n in stored if n in paired}))
        with self._store.read():
            rows = self._store.select_in("SELECT id, source, url, date FROM docs WHERE id IN ({})",
                                         sorted({stored[n] for n in stored if n not in paired}))
        members = {str(r[0]): r for r in rows}
        for name, doc_id in stored.items():
            if name in paired and doc_id in texts:
                facts.add(dataclasses.replace(texts[doc_id], id=name), wanted, paired)
            elif doc_id in members:
                _, source, url, date = members[doc_id]
                facts.note(name, source, url, 0, date, wanted)  # no length: not counted
        return attribute_facts(facts, result, counted=mine, jobs=self.workers or self.config.jobs)

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

    def period(self, since: Bound = None, until: Bound = None, *,
               progress: ProgressCallback | None = None) -> ScanResult:
        """Who copied what, from whom, among the documents dated in ``[since, until)`` (ISO 8601 dates
        or datetimes, or ``datetime`` objects; ``None`` for no bound; :mod:`.period`).

        Those documents and the other members of their families (of any date, so that a copy is
        paired with its older source) are scanned again with the index's config: the result has their
        pairs, families and provenance, whose outlet statistics count only the period's documents. A
        copy whose link to its source was too weak to join a family when it was added is not
        re-found. Raises :class:`ConfigError` for a bound that is not ISO 8601 or a period that ends
        before it starts.
        """
        with self._store.read() as conn:
            rows = conn.execute("SELECT id, date, family FROM docs ORDER BY num").fetchall()
        chosen, scanned = select_period(rows, since, until)
        found = self.get(scanned)
        docs = [found[d] for d in scanned]
        result = scan(docs, self.config, progress=progress, workers=self.workers, provenance=False)
        traced = attribute(docs, result, counted=set(chosen), jobs=self.workers or self.config.jobs)
        return dataclasses.replace(result, provenance=traced)

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
        n = len(docs)
        report("hashing", 0, n)
        return batch_features([d.text for d in docs], self.config, jobs=self.workers,
                              progress=lambda done: report("hashing", done, n))

    def _batch(self, docs: list[Document], feats: CorpusFeatures) -> Batch:
        names = {d.source for d in docs if d.source is not None}
        known = {str(r[0]): int(r[1]) for r in self._store.select_in(
            "SELECT name, code FROM sources WHERE name IN ({})", sorted(names))}
        top = self._store.conn.execute("SELECT COALESCE(MAX(code), -1) FROM sources").fetchone()[0]
        new: dict[str, int] = {}
        for name in sorted(names - set(known)):
            new[name] = top + 1 + len(new)
        codes = {**known, **new}
        src = np.array([-1 if d.source is None else codes[d.source] for d in docs], dtype=np.int64)
        return Batch(docs, feats, [text_hash(d.text) for d in docs], src, new)

    def _duplicates(self, batch: Batch) -> list[tuple[str, str]]:
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

    def _insert(self, batch: Batch, m: Match, plan: FamilyPlan, report: ProgressCallback) -> None:
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
        feats = batch_features(texts, self.config, jobs=1)
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
    edges = [Edge(g[0], other, MEMBER) for g in groups.values() for other in g[1:]]
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
) -> tuple[QueryResult, dict[str, Document]]:
    """``syndetect index query``: the result, and the documents (query and matched indexed ones) a
    renderer needs for passage texts, under their names in the result."""
    with Index.open(path, create=False) as index:
        result = index.query(documents, progress=progress)
        shown = {d.id: d for d in documents}
        names = {p.b for p in result.pairs if p.b not in shown}  # indexed documents, by result name
        stored = {name: stored_id(name, frozenset(result.same_ids)) for name in names}
        indexed = index.get(sorted(set(stored.values())))
    for name, doc_id in stored.items():
        if doc_id in indexed:
            shown[name] = dataclasses.replace(indexed[doc_id], id=name)
    return result, shown


def index_period(
    path: str | os.PathLike[str], since: Bound, until: Bound, *, progress: ProgressCallback | None = None
) -> tuple[ScanResult, dict[str, Document]]:
    """``syndetect index outlets``: :meth:`Index.period`, and the documents it scanned by id."""
    with Index.open(path, create=False) as index:
        result = index.period(since, until, progress=progress)
        ids = sorted({d for p in result.pairs for d in (p.a, p.b)})
        return result, index.get(ids)


def index_remove(path: str | os.PathLike[str], ids: Iterable[str]) -> RemoveResult:
    """``syndetect index remove``."""
    with Index.open(path, create=False) as index:
        return index.remove(ids)


def index_stats(path: str | os.PathLike[str]) -> IndexStats:
    """``syndetect index stats``."""
    with Index.open(path, create=False) as index:
        return index.stats()

