"""ScanResult to frames: one row per pair, passage, family, member, outlet and credit, with the values
of the result (and of the JSONL report), in pandas, Polars and pyarrow alike, empty tables keeping
their columns."""

from __future__ import annotations

import io
import json
import math
import sys
from typing import Any

import pytest

import syndetect
from syndetect.errors import ConfigError
from syndetect.io.frames import ResultFrames, to_frames
from syndetect.io.report import render
from syndetect.types import Document, ScanResult

pd = pytest.importorskip("pandas", reason="frames need pandas: pip install 'syndetect[frames]'")
pytest.importorskip("pyarrow", reason="frames need pyarrow: pip install 'syndetect[frames]'")


@pytest.fixture(scope="module")
def scanned() -> tuple[dict[str, Document], ScanResult]:
    from syndetect.testing.scrape import preset

    corpus = preset("credits-8", 101)
    docs = [Document(d.id, d.text, corpus.outlets[d.id], d.date, d.url) for d in corpus.documents]
    result = syndetect.scan(docs)
    assert result.provenance is not None
    assert len(result.pairs) > 20
    return {d.id: d for d in docs}, result


def rows(frame: Any) -> list[dict[str, Any]]:
    """A pandas frame's rows as dicts of plain values (NaN and NA as None)."""
    return [{k: (None if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA else v)
             for k, v in r.items()} for r in frame.to_dict("records")]


def test_pairs_have_the_results_values_and_the_reports_family(scanned: tuple[dict[str, Document], ScanResult]
                                                             ) -> None:
    docs, result = scanned
    frames = to_frames(result)
    assert isinstance(frames, ResultFrames)
    assert result.provenance is not None
    got = rows(frames.pairs)
    assert len(got) == len(result.pairs)
    out = io.StringIO()
    render(result, docs, "jsonl", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    report = {(r["a"], r["b"]): r for r in records if r["type"] == "pair"}
    for i, (row, pair, relation) in enumerate(zip(got, result.pairs, result.provenance.pairs, strict=True)):
        assert row["pair"] == i
        for name in ("a", "b", "jaccard", "jaccard_estimate", "containment_a", "containment_b", "evidence"):
            assert row[name] == getattr(pair, name)
        assert row["passages"] == len(pair.passages)
        assert row["words"] == sum(p.words for p in pair.passages)
        for name in ("relation", "a_status", "b_status", "agency"):
            assert row[name] == getattr(relation, name)
            assert row[name] == report[(pair.a, pair.b)][name]
        assert row["family"] == report[(pair.a, pair.b)]["family"]
        assert row["family"] == next((f.id for f in result.families if pair.a in f.members), None)
        assert row["b_family"] == next((f.id for f in result.families if pair.b in f.members), None)


def test_passages_are_one_row_each_with_their_credits(
    scanned: tuple[dict[str, Document], ScanResult],
) -> None:
    _, result = scanned
    assert result.provenance is not None
    got = rows(to_frames(result).passages)
    expected = [(i, j, p) for i, pair in enumerate(result.pairs) for j, p in enumerate(pair.passages)]
    assert len(got) == len(expected) > len(result.pairs) / 2
    credits = {(c.pair, c.passage, c.side): c for c in result.provenance.passages}
    for row, (i, j, passage) in zip(got, expected, strict=True):
        assert (row["pair"], row["passage"]) == (i, j)
        assert (row["a"], row["b"]) == (result.pairs[i].a, result.pairs[i].b)
        for name in ("a_start", "a_end", "b_start", "b_end", "score", "quote", "words"):
            assert row[name] == getattr(passage, name)
        for side in ("a", "b"):
            credit = credits[(i, j, side)]
            assert row[f"{side}_agency"] == credit.agency
            assert row[f"{side}_relation"] == credit.relation
    assert any(row["a_agency"] is not None for row in got)  # the corpus credits agencies


def test_families_members_outlets_and_credits(scanned: tuple[dict[str, Document], ScanResult]) -> None:
    _, result = scanned
    prov = result.provenance
    assert prov is not None
    frames = to_frames(result)
    families = rows(frames.families)
    assert [(f["family"], f["size"], f["origin"], f["pairs"]) for f in families] == [
        (f.id, len(f.members), f.origin, f.pairs) for f in result.families]
    assert [f["source_agency"] for f in families] == [a.source_agency for a in prov.families]
    members = rows(frames.members)
    assert [(m["family"], m["document"]) for m in members] == [
        (f.id, m) for f in result.families for m in f.members]
    assert sum(m["origin"] for m in members) == len(result.families)
    status = {(a.family_id, m.doc_id): m.status for a in prov.families for m in a.members}
    assert [m["status"] for m in members] == [status[(m["family"], m["document"])] for m in members]
    outlets = rows(frames.outlets)
    assert [o["outlet"] for o in outlets] == [o.outlet for o in prov.outlets]
    for row, outlet in zip(outlets, prov.outlets, strict=True):
        assert row["copied_share"] == pytest.approx(outlet.copied_characters / outlet.characters)
    credits = rows(frames.credits)
    assert len(credits) == sum(len(c) for c in prov.credits.values()) > 0
    assert {(c["document"], c["start"], c["end"], c["agency"], c["kind"]) for c in credits} == {
        (doc, c.start, c.end, c.agency, c.kind) for doc, found in prov.credits.items() for c in found}


def test_without_provenance_its_columns_are_left_out() -> None:
    story = "shared story about the harbour and its new bridge " * 8
    docs = [Document(f"d{i}", story + f"end {i}") for i in range(3)]
    result = syndetect.scan(docs, provenance=False)
    assert len(result.pairs) == 3
    frames = to_frames(result)
    assert "relation" not in frames.pairs.columns
    assert "a_agency" not in frames.passages.columns
    assert "status" not in frames.members.columns
    assert frames.outlets.empty
    assert "copied_share" in frames.outlets.columns
    assert frames.credits.empty
    assert list(frames.credits.columns) == ["document", "start", "end", "agency", "kind"]


def test_an_empty_result_gives_empty_typed_tables() -> None:
    result = syndetect.scan([Document("a", "one text about apples"), Document("b", "another about pears")])
    assert result.pairs == ()
    frames = to_frames(result, "arrow")
    for name in ResultFrames._fields:
        assert getattr(frames, name).num_rows == 0
    assert str(frames.pairs.schema.field("jaccard").type) == "double"
    assert str(frames.passages.schema.field("quote").type) == "bool"
    assert to_frames(result).pairs.dtypes["passages"] == "int64"


@pytest.mark.parametrize("kind", ["polars", "arrow"])
def test_every_kind_holds_the_same_values(kind: str, scanned: tuple[dict[str, Document], ScanResult]) -> None:
    if kind == "polars":
        pytest.importorskip("polars")
    _, result = scanned
    reference = to_frames(result, "arrow")
    frames = to_frames(result, kind)
    for name in ResultFrames._fields:
        frame = getattr(frames, name)
        table = frame if kind == "arrow" else frame.to_arrow()
        assert table.column_names == getattr(reference, name).column_names
        assert table.to_pylist() == getattr(reference, name).to_pylist()
    assert rows(to_frames(result).pairs) == [
        {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
        for r in reference.pairs.to_pylist()]


def test_a_bad_kind_or_a_missing_library_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    result = syndetect.scan([Document("a", "text")])
    with pytest.raises(ConfigError, match="kind must be 'pandas', 'polars' or 'arrow', got 'excel'"):
        to_frames(result, "excel")  # type: ignore[arg-type]
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(ConfigError, match=r"needs polars: pip install 'syndetect\[polars\]'"):
        to_frames(result, "polars")
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ConfigError, match=r"needs pandas: pip install 'syndetect\[frames\]'"):
        to_frames(result)
