"""The persistent index: same answers as scan, incremental families, persistence, bad files, and
reliability under SIGKILL, concurrent readers and concurrent writers."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from syndetect import (
    CandidateConfig,
    ConfigError,
    Document,
    FormatError,
    Index,
    IndexStoreError,
    ScanConfig,
    scan,
)
from syndetect.index.api import index_add, index_query, index_remove, index_stats
from syndetect.index.sqlite import SCHEMA_VERSION
from syndetect.testing.synthetic import SyntheticCorpus, synthetic_corpus

N_FIRST = 90
SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


@pytest.fixture(scope="module")
def corpus() -> SyntheticCorpus:
    return synthetic_corpus(150, seed=11, words_per_doc=250, family_fraction=0.35, n_sources=12)


@pytest.fixture(scope="module")
def scanned(corpus: SyntheticCorpus) -> set[tuple[str, str]]:
    return {(min(p.a, p.b), max(p.a, p.b)) for p in scan(corpus.documents).pairs}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "news.sdx"


@pytest.fixture
def built(path: Path, corpus: SyntheticCorpus) -> Iterator[Index]:
    with Index.open(path) as index:
        index.add(corpus.documents[:N_FIRST])
        yield index


def _unordered(pairs: object) -> set[tuple[str, str]]:
    return {(min(p.a, p.b), max(p.a, p.b)) for p in pairs}  # type: ignore[attr-defined]


def _table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("docs", "texts", "bands", "fps")}
    finally:
        conn.close()


# --------------------------------------------------------------------------------------------------
# Same answers as scan


def test_query_finds_the_scan_pairs_of_the_query_documents(
    built: Index, corpus: SyntheticCorpus, scanned: set[tuple[str, str]]
) -> None:
    query = corpus.documents[N_FIRST:]
    qids = {d.id for d in query}
    result = built.query(query)
    expected = {p for p in scanned if p[0] in qids or p[1] in qids}
    assert expected, "the fixture must plant pairs across the split"
    assert _unordered(result.pairs) == expected
    by_id = {d.id: d for d in corpus.documents}
    for pair in result.pairs:
        assert pair.a in qids
        if pair.b not in qids:  # query vs indexed: a is the query document
            assert pair.b in built
        for p in pair.passages:
            a_words = by_id[pair.a].text[p.a_start : p.a_end].split()
            b_words = by_id[pair.b].text[p.b_start : p.b_end].split()
            assert a_words
            assert len(set(a_words) & set(b_words)) >= 0.5 * len(set(a_words))
    assert len(built) == N_FIRST  # a query does not change the index


def test_query_passages_equal_the_scan_passages(built: Index, corpus: SyntheticCorpus) -> None:
    query = corpus.documents[N_FIRST:]
    qids = {d.id for d in query}
    full = {(p.a, p.b): p for p in scan(corpus.documents).pairs}
    checked = 0
    for pair in built.query(query).pairs:
        if pair.b in qids:
            continue
        ref = full[(pair.b, pair.a)]  # in the scan the indexed document comes first (input order)
        spans = {(p.a_start, p.a_end, p.b_start, p.b_end) for p in pair.passages}
        assert spans == {(p.b_start, p.b_end, p.a_start, p.a_end) for p in ref.passages}
        assert pair.jaccard == ref.jaccard
        assert (pair.containment_a, pair.containment_b) == (ref.containment_b, ref.containment_a)
        checked += 1
    assert checked > 0


def test_incremental_adds_find_every_scan_pair(path: Path) -> None:
    # Without page furniture the pairs do not depend on how much of the corpus is indexed yet. (With
    # furniture, boilerplate statistics grow with the index: an early batch may report a pair that a
    # scan of everything would drop as furniture, and pairs are never retracted.)
    corpus = synthetic_corpus(150, seed=12, words_per_doc=250, family_fraction=0.35, boilerplate=False)
    full = scan(corpus.documents)
    scanned = _unordered(full.pairs)
    with Index.open(path) as index:
        found: set[tuple[str, str]] = set()
        for start in range(0, 150, 50):
            result = index.add(corpus.documents[start : start + 50])
            found |= _unordered(result.pairs)
            assert result.added == tuple(d.id for d in corpus.documents[start : start + 50])
        assert found == scanned
        assert len(index) == 150
        members = {frozenset(f.members) for f in index.families()}
    assert members == {frozenset(f.members) for f in full.families}


def test_family_ids_stay_stable_as_batches_arrive(path: Path, corpus: SyntheticCorpus) -> None:
    with Index.open(path) as index:
        index.add(corpus.documents[:N_FIRST])
        before = {m: f.id for f in index.families() for m in f.members}
        assert before
        result = index.add(corpus.documents[N_FIRST:])
        after = {m: f.id for f in index.families() for m in f.members}
    merged = dict(result.merged)
    for member, fid in before.items():
        assert after[member] == merged.get(fid, fid)
    joined = [f for f in result.families if set(f.members) & set(before)]
    assert joined, "some new document must join an existing family"
    for f in joined:
        assert f.id in set(before.values())


# --------------------------------------------------------------------------------------------------
# Replace, duplicates, remove


def test_same_id_replaces_and_same_text_is_an_exact_duplicate(built: Index, corpus: SyntheticCorpus) -> None:
    old = corpus.documents[0]
    counts = built.stats()
    result = built.add([Document(old.id, "A completely different short note about the weather today.")])
    assert result.replaced == (old.id,)
    assert len(built) == N_FIRST
    assert built.get([old.id])[old.id].text.startswith("A completely different")
    hits = built.query([Document("probe", old.text)])
    assert old.id not in {p.b for p in hits.pairs}

    other = corpus.documents[1]
    dup = built.add([Document("copy-of-1", other.text, source="elsewhere")])
    assert dup.duplicates == (("copy-of-1", other.id),)
    assert dup.replaced == ()
    # the replaced text is gone, the replacement is new, the copy shares the text of doc 1
    assert built.stats().texts == counts.texts
    assert any(p.b == other.id and p.jaccard == 1.0 for p in dup.pairs)


def test_remove_restores_the_counts_and_dissolves_small_families(
    tmp_path: Path, corpus: SyntheticCorpus
) -> None:
    docs = corpus.documents[:N_FIRST]
    extra = corpus.documents[N_FIRST:]
    with Index.open(tmp_path / "a.sdx") as a:
        a.add(docs)
        reference = a.stats()
    with Index.open(tmp_path / "b.sdx") as b:
        b.add(docs)
        b.add(extra)
        result = b.remove([d.id for d in extra] + ["no-such-id"])
        assert result.removed == tuple(d.id for d in extra)
        assert result.missing == ("no-such-id",)
        after = b.stats()
        assert all(len(f.members) >= 2 for f in b.families())
        assert {m for f in b.families() for m in f.members} <= {d.id for d in docs}
    for name in ("documents", "texts", "band_keys", "fingerprints"):
        assert getattr(after, name) == getattr(reference, name), name
    assert _table_counts(tmp_path / "b.sdx") == _table_counts(tmp_path / "a.sdx")


def test_query_treats_an_indexed_id_as_a_new_version(built: Index, corpus: SyntheticCorpus) -> None:
    doc = next(d for d in corpus.documents[:N_FIRST] if corpus.kinds[d.id] != "single")
    result = built.query([doc])
    assert result.pairs
    assert all(p.b != doc.id for p in result.pairs)


def test_query_provenance_is_the_scan_provenance_of_its_pairs(built: Index, corpus: SyntheticCorpus) -> None:
    query = corpus.documents[N_FIRST:]
    result = built.query(query)
    assert result.provenance is not None
    full = scan(corpus.documents).provenance
    assert full is not None
    by_pair = {frozenset((r.a, r.b)): r.relation for r in full.pairs}
    got = {frozenset((r.a, r.b)): r.relation for r in result.provenance.pairs}
    assert got
    assert all(by_pair[k] == v for k, v in got.items())
    # outlet statistics count the query documents only
    counted = sum(o.documents for o in result.provenance.outlets)
    assert counted == len(query)
    assert built.query(query, provenance=False).provenance is None


def test_query_provenance_reads_the_texts_of_paired_documents_only(
    built: Index, corpus: SyntheticCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    get = Index.get

    def spy(self: Index, ids: Iterable[str]) -> dict[str, Document]:
        ids = list(ids)
        read.extend(ids)
        return get(self, ids)

    monkeypatch.setattr(Index, "get", spy)
    result = built.query(corpus.documents[N_FIRST:])
    paired = {d for p in result.pairs for d in (p.a, p.b)}
    members = {m for f in result.families for m in f.members}
    assert members - paired, "the fixture must have stored family members outside the query's pairs"
    assert set(read) <= paired
    assert result.provenance is not None
    assert {m.doc_id for f in result.provenance.families for m in f.members} == members


def test_query_provenance_attributes_the_seed_copy_to_reuters(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    docs = [Document(p.name, p.read_text(encoding="utf-8")) for p in seeds]
    copy = next(d for d in docs if d.id.startswith("001"))
    with Index.open(tmp_path / "seeds.sdx") as index:
        index.add([d for d in docs if d is not copy])
        result = index.query([copy])
    assert result.provenance is not None
    (family,) = result.provenance.families
    assert family.source_agency == "Reuters"
    status = {m.doc_id[:3]: m for m in family.members}
    assert status["000"].status == "uncredited"
    assert status["001"].status == "credited"
    credit = status["001"].credit
    assert credit is not None
    assert " ".join(copy.text[credit.start : credit.end].split()).startswith("Reuters reports")
    assert [(e.source[:3], e.copy[:3]) for e in result.provenance.edits or ()] in ([("000", "001")],
                                                                                   [("001", "000")])


def test_query_provenance_names_an_indexed_document_of_the_same_id(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    docs = [Document(p.name, p.read_text(encoding="utf-8")) for p in seeds]
    with Index.open(tmp_path / "seeds.sdx") as index:
        index.add(docs)
        result = index.query([docs[1]])  # 001 again, under its indexed id
    assert result.same_ids == (docs[1].id,)
    assert result.provenance is not None
    members = {m.doc_id for f in result.provenance.families for m in f.members}
    assert {docs[1].id, f"index:{docs[1].id}"} <= members


def test_empty_batches(built: Index) -> None:
    assert built.add([]).added == ()
    result = built.query([])
    assert result.pairs == ()
    assert result.stats.documents == 0


# --------------------------------------------------------------------------------------------------
# Persistence and config


def test_reopen_answers_the_same_and_keeps_the_config(path: Path, corpus: SyntheticCorpus) -> None:
    cfg = ScanConfig(candidates=CandidateConfig(threshold=0.4))
    with Index.open(path, cfg) as index:
        index.add(corpus.documents[:N_FIRST])
        first = index.query(corpus.documents[N_FIRST:]).pairs
        fams = index.families()
    with Index.open(path) as index:
        assert index.config.candidates.threshold == 0.4
        assert index.query(corpus.documents[N_FIRST:]).pairs == first
        assert index.families() == fams
    with Index.open(path, ScanConfig(candidates=CandidateConfig(threshold=0.4), jobs=2)) as index:
        assert index.config.jobs == 2


def test_conflicting_config_names_the_fields(path: Path) -> None:
    Index.open(path).close()
    bad = ScanConfig(candidates=CandidateConfig(threshold=0.3, window=6))
    msg = (
        f"index {str(path)!r} was built with another config (candidates.threshold: index has 0.5, "
        "given 0.3, candidates.window: index has 8, given 6); open it without a config to use the "
        "stored one, or build a new index with this config"
    )
    with pytest.raises(ConfigError, match=re.escape(msg)):
        Index.open(path, bad)


# --------------------------------------------------------------------------------------------------
# Files that are not (intact) indexes: clear errors, nothing overwritten


def _unchanged_after_open(path: Path, error: type[Exception], pattern: str) -> None:
    before = path.read_bytes()
    with pytest.raises(error, match=pattern):
        Index.open(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_text_file_is_not_an_index(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a database\n" * 20)
    _unchanged_after_open(path, IndexStoreError, re.escape(f"{str(path)!r} is not a syndetect index"))


def test_foreign_sqlite_database_is_not_an_index(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    _unchanged_after_open(path, IndexStoreError, "is an SQLite database but not a syndetect index")


def test_newer_schema_version_is_refused(path: Path) -> None:
    Index.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    _unchanged_after_open(path, FormatError, re.escape(
        f"{str(path)!r} has index schema version {SCHEMA_VERSION + 1}, newer than this syndetect supports"))


def test_truncated_index_is_refused(path: Path, corpus: SyntheticCorpus) -> None:
    with Index.open(path) as index:
        index.add(corpus.documents[:40])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _unchanged_after_open(path, IndexStoreError, re.escape(f"{str(path)!r} is truncated"))


def test_missing_directory_and_missing_index(tmp_path: Path) -> None:
    with pytest.raises(IndexStoreError, match=r"directory .* does not exist"):
        Index.open(tmp_path / "nope" / "x.sdx")
    with pytest.raises(IndexStoreError, match=r"does not exist; create it by adding documents"):
        Index.open(tmp_path / "x.sdx", create=False)
    assert not (tmp_path / "x.sdx").exists()
    with pytest.raises(IndexStoreError, match="is a directory"):
        Index.open(tmp_path)


# --------------------------------------------------------------------------------------------------
# Library side of the CLI


def test_cli_helpers(path: Path, corpus: SyntheticCorpus) -> None:
    result, stats = index_add(path, corpus.documents[:N_FIRST])
    assert stats.documents == N_FIRST
    assert stats.bytes_per_document > 0
    assert len(result.added) == N_FIRST
    found, shown = index_query(path, corpus.documents[N_FIRST:])
    assert found.pairs
    assert {p.a for p in found.pairs} | {p.b for p in found.pairs} <= set(shown)
    assert index_remove(path, [corpus.documents[0].id]).removed == (corpus.documents[0].id,)
    assert index_stats(path).as_dict()["documents"] == N_FIRST - 1
    with pytest.raises(IndexStoreError):
        index_stats(path.with_name("missing.sdx"))


# --------------------------------------------------------------------------------------------------
# Reliability across processes

_WORKER = textwrap.dedent(
    """
    import json, sqlite3, sys
    from syndetect import Document, Index
    from syndetect.index.sqlite import Store
    path, docs_file, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    docs = [Document(**d) for d in json.load(open(docs_file))]
    paused = []

    def progress(stage, done, total):
        if stage == "writing" and done > 0 and not paused:
            paused.append(1)
            print("WRITING", flush=True)
            if mode == "hold":
                sys.stdin.readline()  # inside the transaction until the test says go

    if mode == "probe":  # say whether the write lock was free, then take it the usual way
        begin = Store._begin
        probed = []

        def probing_begin(self, stmt):
            if stmt == "BEGIN IMMEDIATE" and not probed:
                probed.append(1)
                self.conn.execute("PRAGMA busy_timeout = 0")
                try:
                    self.conn.execute(stmt)
                except sqlite3.OperationalError as exc:
                    print("BLOCKED", exc, flush=True)
                else:
                    print("FREE", flush=True)
                    return
                finally:
                    self.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            begin(self, stmt)

        Store._begin = probing_begin

    with Index.open(path, busy_timeout=60) as index:
        index.add(docs, progress=progress)
    print("DONE", flush=True)
    """
)


def _spawn(
    tmp_path: Path, path: Path, docs: list[Document], mode: str, name: str
) -> subprocess.Popen[str]:
    """A process that adds ``docs``; ``mode`` "hold" waits for a line on stdin once it is writing inside
    its transaction, "go" does not wait, "probe" also prints BLOCKED or FREE as it asks for the lock."""
    docs_file = tmp_path / f"{name}.json"
    docs_file.write_text(json.dumps([{"id": d.id, "text": d.text, "source": d.source, "date": d.date}
                                     for d in docs]))
    return subprocess.Popen([sys.executable, "-c", _WORKER, str(path), str(docs_file), mode],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(proc: subprocess.Popen[str], line: str) -> None:
    assert proc.stdout is not None
    got = proc.stdout.readline().strip()
    if got != line:
        _, err = proc.communicate(timeout=30)
        pytest.fail(f"worker printed {got!r}, expected {line!r}; stderr:\n{err}")


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_sigkill_in_the_middle_of_an_add_leaves_the_index_as_before(
    tmp_path: Path, path: Path, corpus: SyntheticCorpus
) -> None:
    probe = corpus.documents[N_FIRST:]
    with Index.open(path) as index:
        index.add(corpus.documents[:60])
        before_pairs = index.query(probe).pairs
        before_stats = index.stats()
        before_fams = index.families()
    proc = _spawn(tmp_path, path, corpus.documents[60:], "hold", "big")
    try:
        _wait_for(proc, "WRITING")  # inside the transaction, rows already written
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    with Index.open(path) as index:
        assert index.query(probe).pairs == before_pairs
        assert index.families() == before_fams
        after = index.stats()
        for name in ("documents", "texts", "band_keys", "fingerprints", "families"):
            assert getattr(after, name) == getattr(before_stats, name), name
        assert corpus.documents[70].id not in index
    assert _integrity(path) == "ok"
    assert _table_counts(path)["docs"] == 60


def test_readers_keep_working_while_a_writer_adds(
    tmp_path: Path, path: Path, corpus: SyntheticCorpus
) -> None:
    probe = corpus.documents[N_FIRST:]
    with Index.open(path) as index:
        index.add(corpus.documents[:60])
        before = index.query(probe).pairs
    proc = _spawn(tmp_path, path, corpus.documents[60:N_FIRST], "hold", "writer")
    try:
        _wait_for(proc, "WRITING")  # the writer holds the write lock now
        # the writer holds its lock until told: a reader that waited for it would fail with
        # IndexStoreError ("stayed locked") after busy_timeout
        with Index.open(path, busy_timeout=1) as reader:
            assert reader.query(probe).pairs == before
            assert len(reader) == 60
            assert reader.stats().documents == 60
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            _wait_for(proc, "DONE")
            proc.wait(timeout=30)
            assert len(reader) == N_FIRST  # the next snapshot sees the committed add
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == 0


def test_two_writers_serialise(tmp_path: Path, path: Path, corpus: SyntheticCorpus) -> None:
    Index.open(path).close()
    first = _spawn(tmp_path, path, corpus.documents[:70], "hold", "one")
    try:
        _wait_for(first, "WRITING")  # holds the lock until told to go on
        second = _spawn(tmp_path, path, corpus.documents[70:], "probe", "two")
        try:
            assert second.stdout is not None
            met = second.stdout.readline()
            assert met.startswith("BLOCKED"), met  # the second writer met the first one's lock
            out1, err1 = first.communicate("go\n", timeout=60)  # the first commits ...
            out2, err2 = second.communicate(timeout=60)  # ... and the waiting second goes on
        finally:
            second.kill()
    finally:
        first.kill()
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert "locked" not in err1 + err2
    assert out1.strip().endswith("DONE")
    assert out2.strip().endswith("DONE")
    assert _integrity(path) == "ok"
    with Index.open(path) as index:
        assert len(index) == 150
        assert index.stats().documents == _table_counts(path)["docs"] == 150


def test_no_connection_is_left_open(path: Path) -> None:
    index = Index.open(path)
    index.close()
    index.close()
    assert os.path.exists(path)
