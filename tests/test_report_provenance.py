"""Provenance in the JSONL, CSV, outlet-CSV and table reports and on the command line."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import syndetect
from syndetect.cli import cli
from syndetect.io.report import render
from syndetect.io.report_provenance import OUTLET_COLUMNS
from syndetect.types import Document, ScanResult

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "data" / "seeds"


@pytest.fixture(scope="module")
def scrape() -> tuple[dict[str, Document], ScanResult]:
    from syndetect.testing.scrape import preset

    corpus = preset("credits-8", 101)
    docs = [Document(d.id, d.text, corpus.outlets[d.id], d.date, d.url) for d in corpus.documents]
    return {d.id: d for d in docs}, syndetect.scan(docs)


def _jsonl(result: ScanResult, docs: dict[str, Document]) -> list[dict[str, Any]]:
    out = io.StringIO()
    render(result, docs, "jsonl", out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_carries_the_provenance_of_the_result(scrape: tuple[dict[str, Document], ScanResult]) -> None:
    docs, result = scrape
    prov = result.provenance
    assert prov is not None
    records = _jsonl(result, docs)
    kinds = [r["type"] for r in records]
    assert kinds == sorted(kinds, key=["pair", "family", "edit", "source", "summary"].index)
    assert "edit" in kinds
    pairs = {(r["a"], r["b"]): r for r in records if r["type"] == "pair"}
    for rel in prov.pairs:
        record = pairs[(rel.a, rel.b)]
        assert (record["relation"], record["a_status"], record["b_status"], record["agency"]) == (
            rel.relation, rel.a_status, rel.b_status, rel.agency)
    credited = 0
    for pc in prov.passages:
        pair = result.pairs[pc.pair]
        passage = pairs[(pair.a, pair.b)]["passages"][pc.passage]
        credit = passage[f"{pc.side}_credit"]
        if pc.credit is None:
            assert credit is None
            continue
        credited += 1
        doc = docs[pair.a if pc.side == "a" else pair.b]
        assert credit["text"] == doc.text[pc.credit.start : pc.credit.end]
        assert (credit["agency"], credit["kind"]) == (pc.agency, pc.credit.kind)
        assert credit["relation"] == pc.relation
    assert credited > 0
    families = [r for r in records if r["type"] == "family"]
    for record, fa in zip(families, prov.families, strict=True):
        assert record["source_agency"] == fa.source_agency
        assert record["member_status"] == {m.doc_id: m.status for m in fa.members}
        for ev in record["evidence"]:
            assert ev["text"] == docs[ev["doc"]].text[ev["start"] : ev["end"]]
    edits = [r for r in records if r["type"] == "edit"]
    assert len(edits) == len(prov.edits)
    for record, summary in zip(edits, prov.edits, strict=True):
        source, copy = docs[record["source"]].text, docs[record["copy"]].text
        assert (record["copy"], record["inserted"], record["typographic"]) == (
            summary.copy, summary.inserted, summary.typographic)
        for change in record["edits"]:
            assert 0 <= change["source_start"] <= change["source_end"] <= len(source)
            assert 0 <= change["copy_start"] <= change["copy_end"] <= len(copy)
    assert sum(r["typographic"] + r["substituted"] for r in edits) > 0
    sources = [r for r in records if r["type"] == "source"]
    assert [s["outlet"] for s in sources] == [o.outlet for o in prov.outlets]
    assert sum(s["copied_documents"] for s in sources) > 0
    assert records[-1]["provenance"] is True


def test_schema_doc_lists_every_provenance_field(scrape: tuple[dict[str, Document], ScanResult]) -> None:
    documented = set(re.findall(r"`([a-z_]+)`", (REPO / "docs" / "jsonl-schema.md").read_text("utf-8")))
    for record in _jsonl(*reversed(scrape)):
        keys = set(record)
        for passage in record.get("passages", []):
            keys |= set(passage)
            for side in ("a_credit", "b_credit"):
                keys |= set(passage.get(side) or {})
        for ev in record.get("evidence", []) if isinstance(record.get("evidence"), list) else []:
            keys |= set(ev)
        for origin in record.get("origins", []):
            keys |= set(origin)
        for change in record.get("edits", []):
            keys |= set(change)
        assert keys <= documented, keys - documented


def test_outlet_csv_and_pair_csv(scrape: tuple[dict[str, Document], ScanResult]) -> None:
    docs, result = scrape
    assert result.provenance is not None
    out = io.StringIO()
    render(result, docs, "outlets", out)
    header, *rows = list(csv.reader(out.getvalue().splitlines()))
    assert tuple(header) == OUTLET_COLUMNS
    assert [r[0] for r in rows] == [o.outlet for o in result.provenance.outlets]
    for row, o in zip(rows, result.provenance.outlets, strict=True):
        assert int(row[4]) == o.copied_characters
        assert float(row[5]) == pytest.approx(o.copied_share, abs=1e-6)
    out = io.StringIO()
    render(result, docs, "csv", out)
    header, *rows = list(csv.reader(out.getvalue().splitlines()))
    relations = {r[header.index("relation")] for r in rows}
    assert relations <= {"copy", "version", "quote"}
    assert "copy" in relations


def test_table_names_sources_and_outlets(scrape: tuple[dict[str, Document], ScanResult]) -> None:
    docs, result = scrape
    out = io.StringIO()
    render(result, docs, "table", out)
    text = out.getvalue()
    assert "Outlets, by share of their text copied" in text
    assert re.search(r"^      copy of \w", text, re.M)
    assert re.search(r"^      source: ", text, re.M)


def test_cli_seeds_say_reuters_credited_in_001_and_not_in_000() -> None:
    run = CliRunner().invoke(cli, ["scan", str(SEEDS), "--format", "jsonl", "--quiet"])
    assert run.exit_code == 0, run.output
    records = [json.loads(line) for line in run.output.splitlines()]
    (pair,) = [r for r in records if r["type"] == "pair"]
    assert (pair["a"][:3], pair["b"][:3]) == ("000", "001")
    assert (pair["relation"], pair["a_status"], pair["b_status"], pair["agency"]) == (
        "copy", "uncredited", "credited", "Reuters")
    (family,) = [r for r in records if r["type"] == "family"]
    assert family["source_agency"] == "Reuters"
    (ev,) = family["evidence"]
    text = (SEEDS / ev["doc"]).read_text(encoding="utf-8")
    assert ev["doc"].startswith("001")
    assert text[ev["start"] : ev["end"]] == ev["text"]
    assert "Reuters" in ev["text"]
    run = CliRunner().invoke(cli, ["scan", str(SEEDS), "--format", "jsonl", "--quiet", "--no-provenance"])
    records = [json.loads(line) for line in run.output.splitlines()]
    assert records[-1]["provenance"] is False
    assert all("relation" not in r and r["type"] != "source" for r in records)
