"""Outlet questions over a period of an index: who copied what, from whom, between two dates."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

import syndetect
from syndetect.cli import cli
from syndetect.index.period import select_period
from syndetect.types import Document

WORDS = re.findall(r"\w+", (
    "officials in the northern province said heavy rain had flooded roads and closed schools while "
    "emergency crews worked through the night to reach villages cut off by the water and mud"
))
STORIES = [" ".join(f"{w}{i}" for w in WORDS) for i in range(3)]


def _docs() -> list[Document]:
    """Day 1: Reuters publishes three stories; outlet A copies story 0 the same day. Day 2: A copies
    story 1 (credited), B copies story 0 (uncredited). Day 3: B copies story 2."""
    def page(outlet: str, n: int, body: str) -> str:
        return f"{outlet} front page number {n}\n\n{body}\n\nMore from {outlet} tomorrow, item {n}."

    return [
        Document("r0", f"LONDON (Reuters) - {STORIES[0]}", "Reuters", "2024-03-01T06:00:00Z"),
        Document("r1", f"PARIS (Reuters) - {STORIES[1]}", "Reuters", "2024-03-01T07:00:00Z"),
        Document("r2", f"ROME (Reuters) - {STORIES[2]}", "Reuters", "2024-03-01T08:00:00Z"),
        Document("a0", page("A", 0, STORIES[0]), "A", "2024-03-01T12:00:00Z"),
        Document("a1", page("A", 1, f"Reuters reports: {STORIES[1]}"), "A", "2024-03-02T07:00:00Z"),
        Document("b0", page("B", 0, STORIES[0]), "B", "2024-03-02T10:00:00Z"),
        Document("b2", page("B", 2, STORIES[2]), "B", "2024-03-03T08:00:00Z"),
    ]


@pytest.fixture
def index_path(tmp_path: Path) -> Path:
    path = tmp_path / "news.sdx"
    with syndetect.Index.open(path) as index:
        index.add(_docs())
    return path


def test_a_day_counts_that_day_only_and_meets_older_sources(index_path: Path) -> None:
    with syndetect.Index.open(index_path) as index:
        result = index.period("2024-03-02", "2024-03-03")
    assert result.provenance is not None
    by = {o.outlet: o for o in result.provenance.outlets}
    assert set(by) == {"A", "B"}  # Reuters published nothing that day
    a, b = by["A"], by["B"]
    assert (a.documents, a.copied_documents, a.credited, a.uncredited) == (1, 1, 1, 0)
    assert (b.documents, b.copied_documents, b.credited, b.uncredited) == (1, 1, 0, 1)
    assert [o.origin for o in a.origins] == ["Reuters"]
    assert a.median_delay_hours == pytest.approx(24.0)  # r1 at 07:00 on day 1, a1 at 07:00 on day 2
    assert b.median_delay_hours == pytest.approx(28.0)
    scanned = {d for p in result.pairs for d in (p.a, p.b)}
    assert {"r0", "r1", "a1", "b0"} <= scanned  # older sources and family members scanned again
    assert not scanned & {"b2", "r2"}


def test_no_bounds_give_the_scan_of_the_whole_index(index_path: Path) -> None:
    with syndetect.Index.open(index_path) as index:
        whole = index.period()
    scanned = syndetect.scan(_docs())
    assert whole.provenance is not None
    assert scanned.provenance is not None
    assert whole.provenance.outlets == scanned.provenance.outlets
    assert whole.pairs == scanned.pairs


@pytest.mark.parametrize(
    ("since", "until", "message"),
    [
        ("yesterday", None, "since must be an ISO 8601"),
        (None, "2024-13-01", "until must be an ISO 8601"),
        ("2024-03-02", "2024-03-02", "must be later than since"),
    ],
)
def test_bad_bounds_say_which_and_how(index_path: Path, since: str | None, until: str | None,
                                      message: str) -> None:
    with syndetect.Index.open(index_path) as index, pytest.raises(syndetect.ConfigError, match=message):
        index.period(since, until)


def test_select_period_takes_datetimes_and_skips_undated() -> None:
    rows = [("x", "2024-03-02", "f"), ("y", None, "f"), ("z", "2024-03-05", None), ("w", "bad", None)]
    lo = datetime(2024, 3, 1, tzinfo=timezone.utc)
    assert select_period(rows, lo, datetime(2024, 3, 3)) == (["x"], ["x", "y"])
    assert select_period(rows, None, None) == (["x", "y", "z", "w"], ["x", "y", "z", "w"])


def test_cli_index_outlets_csv(index_path: Path) -> None:
    run = CliRunner().invoke(cli, ["index", "outlets", str(index_path), "--since", "2024-03-02", "--until",
                                   "2024-03-03", "-f", "outlets", "--quiet"])
    assert run.exit_code == 0, run.output
    rows = list(csv.DictReader(io.StringIO(run.output)))
    assert {r["outlet"]: r["copied_documents"] for r in rows} == {"A": "1", "B": "1"}
    bad = CliRunner().invoke(cli, ["index", "outlets", str(index_path), "--since", "soon"])
    assert bad.exit_code != 0
    assert "since must be an ISO 8601" in bad.output
