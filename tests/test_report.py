"""Renderers on hand-built results: JSONL schema, CSV, table, and the HTML report's escaping and links."""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import json
import re
from html.parser import HTMLParser

import pytest

from syndetect.io.report import FORMATS, render, render_html
from syndetect.io.report_text import CSV_COLUMNS, SCHEMA_VERSION, rank_pairs, render_jsonl, snippet
from syndetect.types import Document, Family, Pair, Passage, ScanResult, ScanStats, Skipped

SHARED = "The coalition said on Sunday it had halted most operations against the militants."
EVIL = "<script>document.documentElement.setAttribute('data-pwned','1')</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"


def _docs() -> dict[str, Document]:
    a = f"Wire copy. {SHARED} {EVIL} More from the wire."
    b = f"Local intro & context. {SHARED} Local ending {IMG}."
    c = f"Digest: {SHARED}"
    d = "Entirely unrelated text about football."
    return {
        "wire/a.txt": Document(
            "wire/a.txt", a, source="wire", date="2020-01-05", url="https://example.test/a"
        ),
        "local/b.txt": Document("local/b.txt", b, url="javascript:alert(1)"),
        "c.txt": Document("c.txt", c),
        "d.txt": Document("d.txt", d),
    }


def _span(doc: Document, part: str) -> tuple[int, int]:
    start = doc.text.index(part)
    return start, start + len(part)


def _result(docs: dict[str, Document]) -> ScanResult:
    a, b, c = docs["wire/a.txt"], docs["local/b.txt"], docs["c.txt"]
    (a0, a1), (b0, b1), (c0, c1) = _span(a, SHARED), _span(b, SHARED), _span(c, SHARED)
    ab = Pair(
        "wire/a.txt",
        "local/b.txt",
        jaccard=0.31,
        jaccard_estimate=0.3,
        containment_a=0.5,
        containment_b=0.6,
        passages=(Passage(a0, a1, b0, b1, 1.0, False, 13),),
    )
    # Two overlapping passages in c: the whole sentence and its second half marked as a quote.
    half = SHARED.index("it had")
    ac = Pair(
        "wire/a.txt",
        "c.txt",
        jaccard=0.2,
        jaccard_estimate=0.25,
        containment_a=0.4,
        containment_b=0.9,
        passages=(
            Passage(a0, a1, c0, c1, 0.95, False, 13),
            Passage(a0 + half, a1, c0 + half, c1, 1.0, True, 8),
        ),
    )
    fam = Family("fam-1", ("wire/a.txt", "local/b.txt", "c.txt"), "wire/a.txt", "earliest date", 2)
    return ScanResult(
        pairs=(ab, ac),
        families=(fam,),
        stats=ScanStats(documents=4, candidate_pairs=3, pairs=2, families=1, seconds={"hashing": 0.01}),
        skipped=(Skipped("dup", "duplicate id"),),
    )


def _render(fmt: str) -> str:
    docs = _docs()
    out = io.StringIO()
    render(_result(docs), docs, fmt, out)  # type: ignore[arg-type]
    return out.getvalue()


def test_rank_pairs_by_shared_share_then_jaccard_then_ids() -> None:
    def p(a: str, b: str, j: float, ca: float, cb: float) -> Pair:
        return Pair(a, b, j, j, ca, cb, ())

    pairs = [
        p("a", "b", 0.9, 0.2, 0.3),
        p("c", "d", 0.1, 0.9, 0.1),
        p("e", "f", 0.5, 0.3, 0.2),
        p("a", "c", 0.5, 0.3, 0.1),
    ]
    # share 0.9 first; then three at share 0.3: jaccard 0.9, then the 0.5 tie broken by ids.
    assert [(x.a, x.b) for x in rank_pairs(pairs)] == [("c", "d"), ("a", "b"), ("a", "c"), ("e", "f")]


def test_jsonl_schema() -> None:
    lines = _render("jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["type"] for r in records] == ["pair", "pair", "family", "summary"]
    first, second, family, summary = records
    # Ranked: a<->c shares 90% of c, a<->b 60% of b.
    assert (first["a"], first["b"]) == ("wire/a.txt", "c.txt")
    assert (second["a"], second["b"]) == ("wire/a.txt", "local/b.txt")
    required = {"a", "b", "jaccard", "containment_a", "containment_b", "passages"}
    assert required <= first.keys()
    assert first["containment_b"] == 0.9
    assert first["jaccard_estimate"] == 0.25
    assert first["family"] == "fam-1"
    docs = _docs()
    for rec in (first, second):
        for p in rec["passages"]:
            assert {"a_start", "a_end", "b_start", "b_end", "score", "quote"} <= p.keys()
            assert isinstance(p["quote"], bool)
            assert p["text"] == docs[rec["a"]].text[p["a_start"] : p["a_end"]]
            assert docs[rec["b"]].text[p["b_start"] : p["b_end"]] in SHARED
    assert [p["quote"] for p in first["passages"]] == [False, True]
    assert family == {
        "type": "family",
        "id": "fam-1",
        "members": ["wire/a.txt", "local/b.txt", "c.txt"],
        "origin": "wire/a.txt",
        "origin_reason": "earliest date",
        "size": 3,
        "pairs": 2,
        "all_pairs": False,
    }
    assert first["evidence"] == second["evidence"] == "passages"
    assert summary["families_with_representative"] == 1
    assert summary["schema"] == SCHEMA_VERSION
    assert (summary["documents"], summary["pairs"], summary["families"]) == (4, 2, 1)
    assert summary["skipped"] == [{"id": "dup", "reason": "duplicate id"}]


def test_jsonl_empty_result_is_one_summary_line() -> None:
    out = io.StringIO()
    render_jsonl(ScanResult(pairs=(), families=(), stats=ScanStats(documents=3)), {}, out)
    (line,) = out.getvalue().splitlines()
    assert json.loads(line)["type"] == "summary"


def test_csv_rows() -> None:
    rows = list(csv.reader(io.StringIO(_render("csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]]
    assert [(r["rank"], r["a"], r["b"]) for r in body] == [
        ("1", "wire/a.txt", "c.txt"),
        ("2", "wire/a.txt", "local/b.txt"),
    ]
    assert body[0]["shared"] == "0.9"
    assert body[0]["passages"] == "2"
    assert body[0]["shared_words"] == "21"
    assert body[1]["snippet"] == SHARED


def test_table_ranks_pairs_with_snippets_then_families() -> None:
    text = _render("table")
    assert text.startswith("4 documents, 2 pairs, 1 family\n")
    first = text.index("1. wire/a.txt  <->  c.txt")
    second = text.index("2. wire/a.txt  <->  local/b.txt")
    fams = text.index("Families")
    assert first < second < fams
    assert f'"{SHARED}"' in text
    assert "fam-1: 3 documents, origin wire/a.txt (earliest date)" in text
    assert "dup: duplicate id" in text


def test_table_neutralises_terminal_control_characters() -> None:
    docs = {
        "a": Document("a", "\x1b[31mred\x1b[0m shared passage text here\u202e"),
        "b": Document("b", "shared passage text here"),
    }
    pair = Pair("a", "b", 0.5, 0.5, 0.5, 1.0, (Passage(0, len(docs["a"].text), 0, 24, 1.0, False, 4),))
    out = io.StringIO()
    render(ScanResult(pairs=(pair,), families=(), stats=ScanStats(documents=2)), docs, "table", out)
    assert "\x1b" not in out.getvalue()
    assert "\u202e" not in out.getvalue()
    assert "red" in out.getvalue()


def test_snippet_uses_longest_passage_and_clips() -> None:
    docs = {"a": Document("a", "short one. " + "long " * 50), "b": Document("b", "x")}
    pair = Pair(
        "a", "b", 0, 0, 0, 0, (Passage(0, 9, 0, 1, 1, False, 2), Passage(11, 261, 0, 1, 1, False, 50))
    )
    s = snippet(pair, docs, width=40)
    assert len(s) == 40
    assert s.startswith("long long")
    assert s.endswith("…")


def test_unknown_format_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(ScanResult((), (), ScanStats()), {}, "xml", io.StringIO())  # type: ignore[arg-type]
    assert FORMATS == ("table", "jsonl", "csv", "outlets", "html")


# ---------------------------------------------------------------------------------------------------
# HTML


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self._in: list[str] = []
        self._mark: dict[str, str | None] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in.append(tag)
            self._buf = []
        if tag == "mark":
            self._mark, self._buf = dict(attrs), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.scripts.append("".join(self._buf))
        elif tag == "style":
            self.styles.append("".join(self._buf))
        elif tag == "mark" and self._mark is not None:
            self.marks.append((self._mark, "".join(self._buf)))
            self._mark = None

    def handle_data(self, data: str) -> None:
        self._buf.append(data)


def _parse(page: str) -> _Collect:
    c = _Collect()
    c.feed(page)
    c.close()
    return c


def test_html_escapes_all_document_text_and_has_only_its_own_script() -> None:
    page = _render("html")
    parsed = _parse(page)
    assert len(parsed.scripts) == 1  # ours; the document's <script> is text
    assert not [t for t, _ in parsed.tags if t == "img"]
    assert EVIL not in page
    assert IMG not in page
    assert html.escape(EVIL) in page
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    # A javascript: URL is shown as text, never as a link; an http(s) URL is linked.
    hrefs = [attrs.get("href") for t, attrs in parsed.tags if t == "a"]
    assert "https://example.test/a" in hrefs
    assert not any(h and h.lower().startswith("javascript") for h in hrefs)


def test_html_is_self_contained_and_csp_pins_its_inline_code() -> None:
    page = _render("html")
    parsed = _parse(page)
    assert not [t for t, a in parsed.tags if t in ("link", "iframe", "object", "embed") or "src" in a]
    assert "url(" not in parsed.styles[0]
    assert "@import" not in parsed.styles[0]
    (csp,) = [
        a["content"]
        for t, a in parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp is not None
    assert "default-src 'none'" in csp

    def sha(s: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"

    assert f"script-src {sha(parsed.scripts[0])}" in csp
    assert f"style-src {sha(parsed.styles[0])}" in csp


def test_html_marks_cover_the_passages_on_both_sides() -> None:
    docs = _docs()
    page = _render("html")
    marks = _parse(page).marks
    # Pair 1 (a<->c) has two overlapping passages: on each side the sentence is split in two segments,
    # the first in passage 0 only and the second in passages 0 and 1.
    half = SHARED.index("it had")
    for side in "ab":
        segs = [(m["data-p"], text) for m, text in marks if m["id"] and m["id"].startswith(f"p1{side}")]
        assert segs == [("0", SHARED[:half]), ("0 1", SHARED[half:])]
    ids = {m["id"] for m, _ in marks if m["id"]}
    assert {"p1a0", "p1a1", "p1b0", "p1b1", "p2a0", "p2b0"} <= ids
    # Pair 2 (a<->b): one passage, one mark per side, with the exact shared text.
    p2 = [(m["data-side"], text) for m, text in marks if m["id"] in ("p2a0", "p2b0")]
    assert p2 == [("a", SHARED), ("b", SHARED)]
    # Quote passages are marked.
    assert any("q" in (m["class"] or "").split() for m, _ in marks)
    # The full text of each document is in the page, escaped.
    for doc in docs.values():
        if doc.id != "d.txt":
            assert html.escape(doc.text) in re.sub(r"<mark[^>]*>|</mark>", "", page)


def test_html_views_are_capped() -> None:
    docs = _docs()
    out = io.StringIO()
    render_html(_result(docs), docs, out, max_views=1)
    page = out.getvalue()
    assert page.count('<details class="pair"') == 1
    assert "Showing the top 1 of 2 pairs side by side" in page


def test_html_title_is_escaped() -> None:
    out = io.StringIO()
    render(ScanResult((), (), ScanStats()), {}, "html", out, title="<b>x</b>")
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in out.getvalue()
    assert "No shared text found." in out.getvalue()


def test_jsonl_schema_doc_lists_every_field_emitted() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "jsonl-schema.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", doc))
    for line in _render("jsonl").splitlines():
        record = json.loads(line)
        keys = set(record)
        for p in record.get("passages", []):
            keys |= set(p)
        assert keys <= documented, keys - documented


def test_every_pair_shows_why_it_is_reported_and_families_say_how_they_were_paired() -> None:
    docs = _docs()
    near = Pair("wire/a.txt", "c.txt", 0.8, 0.8, 0.0, 0.0, (), evidence="near-identical")
    star = Family("fam-9", tuple(f"d{i}" for i in range(5)), "d0", "earliest date", 4)
    result = ScanResult(pairs=(near,), families=(star,), stats=ScanStats(documents=5, pairs=1, families=1))
    table = io.StringIO()
    render(result, docs, "table", table)
    assert "near-identical texts (jaccard 0.80)" in table.getvalue()
    assert "4 of its 10 pairs reported" in table.getvalue()
    html = io.StringIO()
    render(result, docs, "html", html)
    assert "near-identical" in html.getvalue()
    assert "4 of its 10 pairs reported" in html.getvalue()
    lines = io.StringIO()
    render(result, docs, "jsonl", lines)
    records = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert records[0]["evidence"] == "near-identical"
    assert (records[1]["pairs"], records[1]["all_pairs"]) == (4, False)
    assert records[2]["families_with_representative"] == 1
    rows = io.StringIO()
    render(result, docs, "csv", rows)
    header, row = csv.reader(rows.getvalue().splitlines()[:2])
    assert row[header.index("evidence")] == "near-identical"
    assert header[-4:] == ["relation", "a_status", "b_status", "agency"]
    assert row[-4:] == ["", "", "", ""]  # a result without provenance
