"""The HTML report with provenance: outlets (charts and table), family sources, pair relations,
credits and edits marked in the side-by-side texts; escaping, nesting and self-containment."""

from __future__ import annotations

import html
import io
import itertools
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import syndetect
from syndetect.io import charts
from syndetect.io.report import render_html
from syndetect.io.report_html_provenance import Layer, mark_text
from syndetect.types import (
    Credit,
    Document,
    Edit,
    EditSummary,
    Evidence,
    Family,
    FamilyAttribution,
    MemberAttribution,
    OriginShare,
    OutletStats,
    Pair,
    PairRelation,
    Passage,
    PassageCredit,
    Provenance,
    ScanResult,
    ScanStats,
)

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
SVG_NS = "http://www.w3.org/2000/svg"
HOSTILE = [
    "<script>alert(1)</script>",
    "Smith & Sons <b>",
    "\"quoted\" 'single' </svg><img src=x onerror=alert(2)>",
    "\u202eevil\u202c \x00\x07 bell",
    "東京新聞 デジタル版 とても長い名前の新聞社です",
    "A" * 80,
]

# ---------------------------------------------------------------------------------------------------
# Parsing the page


class _Tree(HTMLParser):
    """The page as nested elements; fails on an end tag that does not close the innermost element.
    For every ``<div class="text">`` of a side-by-side view it records each character's enclosing
    elements (tag and classes, outermost first)."""

    VOID = frozenset({"meta", "br", "img", "link", "input", "hr", "rect", "line", "path", "circle"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[dict[str, str | None], list[tuple[str, tuple[tuple[str, str], ...]]]]] = []
        self.scripts = 0
        self._in_text: int | None = None
        self._data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self.scripts += 1
        if tag in self.VOID:
            return
        if tag == "div" and a.get("class") == "text":
            panel = self.stack[-1][1] if self.stack else {}
            self.texts.append((panel, []))
            self._in_text = len(self.stack)
        self.stack.append((tag, a))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        top = self.stack.pop()[0]
        assert top == tag, f"</{tag}> closes <{top}>: elements do not nest"
        if self._in_text is not None and len(self.stack) == self._in_text:
            self._in_text = None

    def handle_data(self, data: str) -> None:
        self._data.append(data)
        if self._in_text is not None:
            inner = tuple((t, a.get("class") or "") for t, a in self.stack[self._in_text + 1 :])
            self.texts[-1][1].append((data, inner))


def _parse(page: str) -> _Tree:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert not tree.stack or [t for t, _ in tree.stack] == [], [t for t, _ in tree.stack]
    return tree


def _chars(chunks: Sequence[tuple[str, tuple[tuple[str, str], ...]]]) -> tuple[str, list[set[str]]]:
    """The text of a panel and, per character, the classes of its enclosing elements."""
    text, classes = [], []
    for data, inner in chunks:
        for ch in data:
            text.append(ch)
            classes.append({c for _, cls in inner for c in cls.split()})
    return "".join(text), classes


def _render(result: ScanResult, docs: dict[str, Document], **kw: object) -> str:
    out = io.StringIO()
    render_html(result, docs, out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------
# A hand-made scan: a wire story, a copy with edits and a credit, a version of the copy


SHARED_SRC = "The minister said on Monday that the new bridge would open in March, after two years of work."
SHARED_CPY = "The minister said on Tuesday that the new bridge will open in March, after two years of work."


def _case() -> tuple[ScanResult, dict[str, Document]]:
    src = Document("wire/afp.txt", f"PARIS (AFP) - {SHARED_SRC} More wire text.", source="AFP",
                   url="https://afp.example/story")  # fmt: skip
    cpy = Document("<b>copy</b>.txt", f"Local intro. {SHARED_CPY} (AFP) Local end.", source=HOSTILE[0],
                   date="2024-03-02")  # fmt: skip
    ver = Document("copy-v2.txt", f"Update: {SHARED_CPY}", source=HOSTILE[0])
    docs = {d.id: d for d in (src, cpy, ver)}
    s0, c0, v0 = src.text.index(SHARED_SRC), cpy.text.index(SHARED_CPY), ver.text.index(SHARED_CPY)
    p_sc = Pair(src.id, cpy.id, 0.5, 0.5, 0.7, 0.7,
                (Passage(s0, s0 + len(SHARED_SRC), c0, c0 + len(SHARED_CPY), 0.9, False, 18),))  # fmt: skip
    p_cv = Pair(cpy.id, ver.id, 0.8, 0.8, 0.8, 0.9,
                (Passage(c0, c0 + len(SHARED_CPY), v0, v0 + len(SHARED_CPY), 1.0, False, 18),))  # fmt: skip
    fam = Family("fam-1", (src.id, cpy.id, ver.id), src.id, "earliest date")
    dateline = Credit(0, len("PARIS (AFP) -"), "AFP", "dateline")
    at = cpy.text.index("(AFP)")
    signoff = Credit(at, at + 5, "AFP", "inline")
    # An edit span that straddles the end of the passage and the start of the credit.
    sub_s, sub_c = src.text.index("Monday"), cpy.text.index("Tuesday")
    will = cpy.text.index("will")
    would = src.text.index("would")
    edits = (
        Edit("substitute", sub_s, sub_s + 6, sub_c, sub_c + 7, 1),
        Edit("typographic", would, would + 5, will, will + 4, 1),
        Edit("insert", s0 + len(SHARED_SRC), s0 + len(SHARED_SRC), c0 + len(SHARED_CPY) - 5, at + 3, 2),
        Edit("delete", s0 + len(SHARED_SRC) + 1, s0 + len(SHARED_SRC) + 10, at + 5, at + 5, 2),
    )
    summary = EditSummary("fam-1", src.id, cpy.id, "copy", 18, 2, 2, 1, 1, 1, 0, edits)
    prov = Provenance(
        credits={src.id: (dateline,), cpy.id: (signoff,), ver.id: ()},
        passages=(
            PassageCredit(0, 0, "a", "credited", "AFP", dateline, "dateline"),
            PassageCredit(0, 0, "b", "credited", "AFP", signoff, "after"),
            PassageCredit(1, 0, "a", "credited", "AFP", signoff, "after"),
            PassageCredit(1, 0, "b", "uncredited", None, None),
        ),
        pairs=(
            PairRelation(0, src.id, cpy.id, "copy", "source", "credited", "AFP"),
            PairRelation(1, cpy.id, ver.id, "version", "credited", "uncredited", "AFP"),
        ),
        families=(
            FamilyAttribution(
                "fam-1", "AFP", src.id, (Evidence(cpy.id, signoff),),
                (MemberAttribution(src.id, "source", "AFP", None),
                 MemberAttribution(cpy.id, "credited", "AFP", signoff),
                 MemberAttribution(ver.id, "uncredited", None, None)),
                "AFP is credited by 1 of 3 members",
            ),
        ),
        edits=(summary,),
        outlets=(
            OutletStats(HOSTILE[0], 2, len(cpy.text) + len(ver.text), 1, len(SHARED_CPY), 1, 0,
                        (OriginShare("AFP", 1, len(SHARED_CPY), 1),), 24.0),
            OutletStats("AFP", 1, len(src.text), 0, 0, 0, 0, (), None),
        ),
    )
    result = ScanResult((p_sc, p_cv), (fam,), ScanStats(documents=3, pairs=2, families=1), (), prov)
    return result, docs


# ---------------------------------------------------------------------------------------------------
# The page


def test_without_provenance_the_page_has_none_of_it() -> None:
    result, docs = _case()
    page = _render(ScanResult(result.pairs, result.families, result.stats), docs)
    tree = _parse(page)
    classes = {c for _, a in tree.tags for c in (a.get("class") or "").split()}
    assert not classes & {"cr", "ed", "badge", "chart", "outlets", "source"}
    assert 'id="outlets"' not in page
    assert "<svg" not in page
    # The texts are whole, with only the passages marked.
    for _panel, chunks in tree.texts:
        text, per_char = _chars(chunks)
        assert text in {d.text for d in docs.values()}
        assert all(c <= {"m", "c0", "q"} for c in per_char)


def test_outlets_section_has_both_charts_and_the_table() -> None:
    result, docs = _case()
    page = _render(result, docs)
    assert page.index('id="outlets"') < page.index('id="families"')
    section = page[page.index('id="outlets"') : page.index('id="families"')]
    assert section.count("<svg") == 2
    assert 'class="chart share-bars"' in section
    assert 'class="chart origin-matrix"' in section
    rows = re.findall(r"<tr>(<td.*?)</tr>", section[section.index("<table") :])
    cells = [[html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)] for row in rows]
    assert [row[0] for row in cells] == [HOSTILE[0], "AFP"]
    cells = [row[1:] for row in cells]
    prov = result.provenance
    assert prov is not None
    first = prov.outlets[0]
    assert cells[0] == ["2", "1", f"{100 * first.copied_share:.1f}%", "1", "0", "24.0"]
    assert cells[1][-1] == ""  # no delay known


def test_family_source_quotes_its_evidence_and_members_have_statuses() -> None:
    result, docs = _case()
    page = _render(result, docs)
    fam = page[page.index('id="families"') : page.index('id="pairs"')]
    assert '<b class="src-agency">AFP</b> · its page <span class="id src-doc">wire/afp.txt</span>' in fam
    cpy = docs["<b>copy</b>.txt"]
    at = cpy.text.index("(AFP)")
    quote = re.search(r'<q class="cr-text">(.*?)</q>.*?<span class="id">(.*?)</span> \[(\d+):(\d+)\]', fam)
    assert quote is not None
    assert html.unescape(quote[1]) == cpy.text[at : at + 5]
    assert html.unescape(quote[2]) == cpy.id
    assert (int(quote[3]), int(quote[4])) == (at, at + 5)
    badges = re.findall(r'<span class="id">([^<]*)</span> <span class="badge st st-(\w+)">', fam)
    assert {html.unescape(i): s for i, s in badges} == {
        "wire/afp.txt": "source", "<b>copy</b>.txt": "credited", "copy-v2.txt": "uncredited",
    }  # fmt: skip


def test_pairs_carry_their_relation_matched_by_index_not_rank() -> None:
    result, docs = _case()
    page = _render(result, docs)
    # result.pairs[0] is the copy pair, ranked second; result.pairs[1] the version, ranked first.
    views = re.findall(r'<details class="pair" id="pair-(\d)".*?</details>', page, re.S)
    assert views == ["1", "2"]
    for no, relation, a_id, sides in (
        (1, "version", "<b>copy</b>.txt", ("credited", "uncredited")),
        (2, "copy", "wire/afp.txt", ("source", "credited")),
    ):
        view = page[page.index(f'id="pair-{no}"') :].split("</details>")[0]
        assert f'<b>{no}.</b> <span class="badge rel rel-{relation}">{relation}</span>' in view
        assert f'<span class="id">{html.escape(a_id)}</span> ↔' in view
        badges = re.findall(r'<h3 class="id">[ab]: [^<]* <span class="badge st st-(\w+)">', view)
        assert tuple(badges) == sides
        row = page[page.index(f'<tr id="row-{no}">') :].split("</tr>")[0]
        assert f"rel-{relation}" in row


def _coverage(n: int, spans: Sequence[tuple[int, int]]) -> list[bool]:
    cov = [False] * n
    for s, e in spans:
        for i in range(max(0, s), min(n, e)):
            cov[i] = True
    return cov


def test_credits_and_edits_are_marked_on_the_right_side_and_nest() -> None:
    result, docs = _case()
    prov = result.provenance
    assert prov is not None
    (summary,) = prov.edits
    tree = _parse(_render(result, docs))
    panels = {}
    for _panel, chunks in tree.texts:
        text, per_char = _chars(chunks)
        (doc,) = [d for d in docs.values() if d.text == text]  # every text is whole and unescaped
        panels.setdefault(doc.id, []).append(per_char)
    for doc_id, views in panels.items():
        doc = docs[doc_id]
        credit_cov = _coverage(len(doc.text), [(c.start, c.end) for c in prov.credits[doc_id]])
        for per_char in views:
            assert [("cr" in c) for c in per_char] == credit_cov, doc_id
    # The copy pair (view 2): edits in the source and the copy texts, by kind and side.
    src, cpy = docs[summary.source], docs[summary.copy]
    expect = {
        (src.id, "ed-delete"): [(e.source_start, e.source_end) for e in summary.edits if e.kind == "delete"],
        (src.id, "ed-insert"): [],
        (cpy.id, "ed-insert"): [(e.copy_start, e.copy_end) for e in summary.edits if e.kind == "insert"],
        (cpy.id, "ed-delete"): [],
    }
    for kind in ("substitute", "typographic"):
        both = [e for e in summary.edits if e.kind == kind]
        expect[(src.id, f"ed-{kind}")] = [(e.source_start, e.source_end) for e in both]
        expect[(cpy.id, f"ed-{kind}")] = [(e.copy_start, e.copy_end) for e in both]
    pair_view = {src.id: panels[src.id][0], cpy.id: panels[cpy.id][-1]}  # cpy's second view: with src
    for (doc_id, cls), spans in expect.items():
        n = len(docs[doc_id].text)
        assert [(cls in c) for c in pair_view[doc_id]] == _coverage(n, spans), (doc_id, cls)
    # The version pair (view 1) has no edit summary: nothing marked as an edit.
    assert not any("ed" in c for c in panels["copy-v2.txt"][0] + panels[cpy.id][0])
    # The insert straddles the passage's end and the credit's start: it is cut to nest, not dropped.
    ins = next(e for e in summary.edits if e.kind == "insert")
    per = pair_view[cpy.id]
    assert {"m", "ed-insert"} <= per[ins.copy_start]
    assert "cr" not in per[ins.copy_start]
    assert {"cr", "ed-insert"} <= per[ins.copy_end - 1]
    assert "m" not in per[ins.copy_end - 1]


def test_edit_summary_counts_and_legend() -> None:
    result, docs = _case()
    page = _render(result, docs)
    view = page[page.index('id="pair-2"') :].split("</details>")[0]
    text = html.unescape(re.sub(r"<[^>]+>", "", view))
    # 2 inserted, 2 deleted, 1 substituted word over 18 source words, per 100 words.
    rates = f"inserted {200 / 18:.1f}, deleted {200 / 18:.1f}, substituted {100 / 18:.1f} words per 100"
    assert rates in text
    assert "1 typographic change;" in text
    assert "1 paragraph dropped, 0 reordered" in text
    for cls in ("ed-insert", "ed-delete", "ed-substitute", "ed-typographic"):
        assert f'<span class="ed {cls}">' in view
    assert "Edits" not in page[page.index('id="pair-1"') :].split("</details>")[0]


def test_hostile_names_are_escaped_everywhere_and_nothing_loads_from_outside() -> None:
    result, docs = _case()
    prov = result.provenance
    assert prov is not None
    outlets = tuple(
        OutletStats(name, 3, 1000, 2, 100 * (k + 1), 1, 1,
                    tuple(OriginShare(origin, 1, 10 * (j + 1), j % 2) for j, origin in enumerate(HOSTILE)),
                    None)
        for k, name in enumerate(HOSTILE)
    )  # fmt: skip
    hostile = ScanResult(result.pairs, result.families, result.stats, (), Provenance(
        prov.credits, prov.passages, prov.pairs, prov.families, prov.edits, outlets))  # fmt: skip
    page = _render(hostile, docs)
    tree = _parse(page)
    assert tree.scripts == 1
    assert not [t for t, _ in tree.tags if t in ("img", "link", "iframe", "object", "embed", "image", "use")]
    assert not [a for _, a in tree.tags if "src" in a or any(k.startswith("on") for k in a)]
    assert not [a for _, a in tree.tags if "style" in a]  # the CSP allows no style attribute
    hrefs = {a["href"] for t, a in tree.tags if t == "a"}
    assert all(h and (h.startswith("#") or h in {d.url for d in docs.values()}) for h in hrefs)
    urls = set(re.findall(r"https?://[^\s\"'<>]+", page))
    assert urls <= {d.url for d in docs.values() if d.url} | {SVG_NS}
    assert "url(" not in page
    for name in HOSTILE[:3]:
        assert name not in page
    # Each chart is well-formed XML in which the names are text, whole in titles.
    for svg in re.findall(r"<svg .*?</svg>", page, re.S):
        root = ET.fromstring(svg)
        titles = {t.text for t in root.iter(f"{{{SVG_NS}}}title")}
        assert any(HOSTILE[0] in (t or "") for t in titles)
        assert not list(root.iter(f"{{{SVG_NS}}}script"))


def test_real_scan_of_the_seeds() -> None:
    docs = syndetect.read_corpus(SEEDS).documents
    result = syndetect.scan(docs)
    prov = result.provenance
    assert prov is not None
    assert result.pairs
    assert len(prov.pairs) == len(result.pairs)
    by_id = {d.id: d for d in docs}
    page = _render(result, by_id, title="seeds")
    tree = _parse(page)
    assert tree.scripts == 1
    assert ('id="outlets"' in page) == bool(prov.outlets)  # the seeds name no outlet
    for rel in prov.pairs:
        assert f'<span class="badge rel rel-{rel.relation}">' in page
    for fa in prov.families:
        assert f'<td class="id"><a href="#pair-1">{html.escape(fa.family_id)}</a></td>' in page
        for ev in fa.evidence:
            quoted = " ".join(by_id[ev.doc_id].text[ev.credit.start : ev.credit.end].split())
            assert f'<q class="cr-text">{html.escape(quoted)}</q>' in page
    n_credits = 0
    for _panel, chunks in tree.texts:
        text, per_char = _chars(chunks)
        (doc,) = [d for d in docs if d.text == text]
        cov = _coverage(len(text), [(c.start, c.end) for c in prov.credits.get(doc.id, ())])
        assert [("cr" in c) for c in per_char] == cov
        n_credits += sum(cov)
    assert n_credits > 0  # the seeds credit Reuters


# ---------------------------------------------------------------------------------------------------
# mark_text: any spans in any layers nest, and every character keeps exactly its spans


@st.composite
def _layers(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int]]]]:
    text = draw(st.text(alphabet="ab <&>\"'\n", min_size=0, max_size=40))
    n = len(text)
    span = st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3))
    layers = draw(st.lists(st.lists(span, max_size=6), min_size=1, max_size=4))
    return text, layers


@settings(max_examples=300, deadline=None)
@given(_layers())
def test_mark_text_nests_any_overlap(case: tuple[str, list[list[tuple[int, int]]]]) -> None:
    text, spans = case
    calls: list[list[tuple[int, ...]]] = [[] for _ in spans]

    def attrs(li: int):  # type: ignore[no-untyped-def]
        def f(idx: tuple[int, ...]) -> str:
            calls[li].append(idx)
            return f' class="L{li}" data-i="{" ".join(map(str, idx))}"'

        return f

    layers = [Layer("span", s, attrs(li)) for li, s in enumerate(spans)]
    out = mark_text(text, layers)
    tree = _Tree()
    tree.feed(f'<div class="text">{out}</div>')
    tree.close()
    got, per_char = _chars(tree.texts[0][1])
    assert got == text
    for _data, inner in tree.texts[0][1]:  # outer layers outside inner ones, each layer once
        order = [int(cls[1:]) for _, cls in inner]
        assert order == sorted(set(order))
    # Per character: exactly the layers whose spans cover it, outermost first.
    for i, _ch in enumerate(text):
        want = [li for li, s in enumerate(spans) if any(max(0, a) <= i < min(len(text), b) for a, b in s)]
        assert sorted(int(c[1:]) for c in per_char[i]) == want
    # Each layer is asked for its attributes only when the set of its spans changes.
    for li, seen in enumerate(calls):
        assert all(x != y for x, y in itertools.pairwise(seen)), li


def test_mark_text_escapes_and_does_not_split_an_outer_element_for_an_inner_one() -> None:
    text = "<a> & b"
    layers = [Layer("mark", [(0, 7)], lambda _: ""), Layer("span", [(2, 3), (4, 5)], lambda _: "")]
    out = mark_text(text, layers)
    assert out == "<mark>&lt;a<span>&gt;</span> <span>&amp;</span> b</mark>"
    assert mark_text(text, []) == html.escape(text)


# ---------------------------------------------------------------------------------------------------
# The charts


def _outlets(n: int, n_origins: int, names: Sequence[str] = ()) -> list[OutletStats]:
    out = []
    for k in range(n):
        name = names[k % len(names)] + f" #{k}" if names else f"Outlet {k:03d}"
        origins = tuple(
            OriginShare(f"Agency {j}" if j % 2 else f"outlet-{j}.example", 1 + (k + j) % 4,
                        100 * (1 + (k * 7 + j * 3) % 23), int((k + j) % 3 == 0))
            for j in range(n_origins)
            if (k + j) % 5
        )  # fmt: skip
        copied = sum(o.characters for o in origins)
        out.append(OutletStats(name, 10, 4 * copied + 1000 * k, 5, copied, 2, 3, origins, None))
    return out


def _svg(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _q(tag: str) -> str:
    return f"{{{SVG_NS}}}{tag}"


def _label_text(el: ET.Element) -> str:
    return "".join(el.itertext()).removeprefix(next((t.text or "" for t in el.iter(_q("title"))), ""))


def test_fit_bounds_the_width_and_cleans() -> None:
    for label in [*HOSTILE, "", "short", "é" * 40, "e\u0301" * 40, "😀" * 30]:
        for room in (5, 18, 28):
            shown = charts.fit(label, room)
            assert charts.text_width(shown) <= room
            assert not re.search(r"[\x00-\x1f\u202a-\u202e]", shown)
            if charts.text_width(label) <= room and not re.search(r"[\x00-\x1f\u202a-\u202e]", label):
                assert shown == label.strip()
            elif shown != charts.fit(label, 10**6):
                assert shown.endswith("…")
    assert charts.text_width("東京") == 4


@pytest.mark.parametrize("names", [(), HOSTILE])
def test_bar_chart_with_50_outlets(names: Sequence[str]) -> None:
    outlets = _outlets(50, 20, names)
    root = _svg(charts.share_bars(outlets))
    rows = root.findall(_q("g"))
    assert len(rows) == 50
    ranked = sorted(outlets, key=lambda o: (-o.copied_share, o.outlet))
    ys = []
    for row, o in zip(rows, ranked, strict=True):
        (bar,) = [r for r in row.findall(_q("rect")) if r.get("class") == "bar"]
        assert float(bar.get("width") or 0) == pytest.approx(charts.BAR_WIDTH * o.copied_share, abs=0.01)
        value = next(t for t in row.findall(_q("text")) if t.get("class") == "value")
        assert value.text == f"{100 * o.copied_share:.1f}%"
        label = next(t for t in row.findall(_q("text")) if t.get("class") == "row-label")
        shown = _label_text(label)
        full = re.sub(r"[\x00-\x1f\u202a-\u202e]+", " ", o.outlet).strip()
        assert shown == charts.fit(o.outlet, charts.LABEL_CHARS)
        if shown != full:
            assert shown.endswith("…")
            assert label.find(_q("title")).text == full  # type: ignore[union-attr]
        # The label ends before the bars start and fits in the chart.
        right = float(label.get("x") or 0)
        assert right < float(bar.get("x") or 0)
        assert right - charts.text_width(shown) * charts.FONT * charts.ADVANCE >= 0
        ys.append(float(label.get("y") or 0))
    assert all(b - a >= charts.FONT + 4 for a, b in itertools.pairwise(ys))
    assert float(root.get("height") or 0) >= ys[-1] + charts.ROW / 2
    small = _svg(charts.share_bars(outlets[:10]))
    assert float(root.get("height") or 0) - float(small.get("height") or 0) == 40 * charts.ROW


@pytest.mark.parametrize("names", [(), HOSTILE])
def test_origin_matrix_with_50_outlets_and_20_origins(names: Sequence[str]) -> None:
    outlets = _outlets(50, 20, names)
    root = _svg(charts.origin_matrix(outlets))
    width, height = float(root.get("width") or 0), float(root.get("height") or 0)
    texts = list(root.iter(_q("text")))
    rows = [t for t in texts if t.get("class") == "row-label"]
    cols = [t for t in texts if t.get("class") == "col-label"]
    assert len(rows) == 50
    assert len(cols) == 20
    ys = [float(t.get("y") or 0) for t in rows]
    assert all(b - a >= charts.FONT + 4 for a, b in itertools.pairwise(ys))
    cells = [g for g in root.iter(_q("g")) if g.get("class") == "cell"]
    empties = [r for r in root.iter(_q("rect")) if r.get("class") == "cell empty"]
    assert len(cells) + len(empties) == 50 * 20
    first_cell_x = min(float(r.get("x") or 0) for g in cells for r in g.findall(_q("rect")))
    for t in rows:
        assert float(t.get("x") or 0) < first_cell_x
        assert float(t.get("x") or 0) - charts.text_width(_label_text(t)) * charts.FONT * charts.ADVANCE >= 0
    # Column labels turned 45 degrees: far enough apart across their slant, inside the chart.
    xs = [float(t.get("x") or 0) for t in cols]
    gap = min(b - a for a, b in itertools.pairwise(xs)) * math.sin(math.pi / 4)
    assert gap >= charts.FONT + 4
    for t in cols:
        assert "rotate(-45" in (t.get("transform") or "")
        reach = charts.text_width(_label_text(t)) * charts.FONT * charts.ADVANCE * math.sin(math.pi / 4)
        assert float(t.get("y") or 0) - reach - charts.FONT >= 0
        assert float(t.get("x") or 0) + reach <= width
    assert height >= max(ys) + charts.ROW / 2
    # Shade in proportion to characters (above the floor), credited strip in proportion to crediting.
    by_chars = {}
    for g in cells:
        shade = next(r for r in g.findall(_q("rect")) if r.get("class") == "shade")
        strip = next(r for r in g.findall(_q("rect")) if r.get("class") == "credit")
        chars = int(g.get("data-characters") or 0)
        by_chars.setdefault(chars, set()).add(float(shade.get("fill-opacity") or 0))
        tip = g.find(_q("title")).text or ""  # type: ignore[union-attr]
        m = re.search(r": ([\d,]+) characters? copied in (\d+) documents?, (\d+) crediting", tip)
        assert m is not None
        assert int(m[1].replace(",", "")) == chars
        share = int(m[3]) / int(m[2])
        full = float(shade.get("width") or 0)
        assert float(strip.get("width") or 0) == pytest.approx(share * full, abs=0.01)
    assert all(len(v) == 1 for v in by_chars.values())
    peak = max(by_chars)
    for chars, (opacity,) in by_chars.items():
        if chars / peak >= charts.MIN_SHADE:
            assert opacity == pytest.approx(chars / peak, abs=1e-3)


def test_charts_cap_rows_and_fold_extra_origins() -> None:
    outlets = _outlets(150, 40)
    bars = _svg(charts.share_bars(outlets))
    assert len(bars.findall(_q("g"))) == charts.MAX_ROWS
    assert any("and 50 more outlets" in (t.text or "") for t in bars.iter(_q("text")))
    matrix = _svg(charts.origin_matrix(outlets))
    cols = [_label_text(t) for t in matrix.iter(_q("text")) if t.get("class") == "col-label"]
    assert len(cols) == charts.MAX_COLUMNS
    assert cols[-1] == f"{40 - (charts.MAX_COLUMNS - 1)} other origins"
    # The folded column carries the rest: each row's cells add up to all its origins' characters.
    ranked = sorted(outlets, key=lambda o: (-o.copied_share, o.outlet))[: charts.MAX_ROWS]
    cells = [int(g.get("data-characters") or 0) for g in matrix.iter(_q("g")) if g.get("class") == "cell"]
    assert sum(cells) == sum(s.characters for o in ranked for s in o.origins)


def test_charts_of_nothing_are_empty() -> None:
    assert charts.share_bars([]) == ""
    assert charts.origin_matrix([]) == ""
    assert charts.origin_matrix(_outlets(3, 0)) == ""
