"""Page furniture is not syndication: the shapes furniture takes on real pages, and the shapes of
copying that must survive next to them (issue: furniture is decided by where and how text is shared,
not by how many documents share it)."""

from __future__ import annotations

import numpy as np
import pytest

import syndetect
from syndetect import Document, ScanConfig
from syndetect.align.lines import ChainText, sentence_ends
from syndetect.testing.synthetic import synthetic_corpus
from syndetect.text.shingle import shingle_batch

_STORIES = [d.text for d in synthetic_corpus(160, seed=31, boilerplate=False, family_fraction=0.0).documents]
"""Independent articles in the synthetic writer's prose (headline, paragraphs of sentences)."""


def _header(outlet: str, date: str) -> str:
    return (f"Skip to content\n\n{outlet} | News | World | Business | Sport | Opinion | Culture\n\n"
            f"{date}\n\nShare on Facebook  Share on Twitter  Email")


def _footer(outlet: str) -> str:
    return ("Most read\n\n1. Markets rally as inflation cools\n2. Storm closes coastal roads\n"
            "3. Council approves new budget\n\n"
            f"Sign up for the {outlet} newsletter and get the day's top stories in your inbox "
            "every morning.\n\n"
            "We use cookies to personalise content and ads and to analyse our traffic. "
            "By continuing to use this site you agree to our use of cookies.\n\n"
            f"\u00a9 {outlet} 2024. Terms of use | Privacy policy | Cookie settings | Contact us")


def _page(outlet: str, body: str, day: int) -> str:
    return f"{_header(outlet, f'Monday {day} March 2024')}\n\n{body}\n\n{_footer(outlet)}"


def _pairs(result: syndetect.ScanResult) -> set[tuple[str, str]]:
    return {(min(p.a, p.b), max(p.a, p.b)) for p in result.pairs}


def _outlets(n_outlets: int, per_outlet: int, template: bool) -> list[Document]:
    docs = []
    k = 0
    for o in range(n_outlets):
        outlet = f"The Gazette {o}" if template else f"Outlet{o} Herald"
        for _ in range(per_outlet):
            docs.append(Document(f"o{o}-{k}", _page(outlet, _STORIES[k], 1 + k % 28)))
            k += 1
    return docs


@pytest.mark.parametrize("template", [False, True])
@pytest.mark.parametrize("declare", [False, True])
def test_pages_of_one_site_or_one_template_share_no_text(template: bool, declare: bool) -> None:
    docs = _outlets(4, 9, template)
    if declare:
        docs = [Document(d.id, d.text, source=d.id.split("-")[0]) for d in docs]
    assert syndetect.scan(docs).pairs == ()


def test_a_story_among_furniture_is_found_with_its_passage_exactly() -> None:
    docs = _outlets(3, 8, template=True)
    story = _STORIES[100]
    body = story.split("\n\n", 1)[1]  # without the wire headline
    docs.append(Document("copy-a", _page("The Gazette 0", "Local headline here\n\n" + body, 3)))
    docs.append(Document("copy-b", _page("The Gazette 2", "Another headline\n\n" + body, 4)))
    result = syndetect.scan(docs)
    assert _pairs(result) == {("copy-a", "copy-b")}
    (pair,) = result.pairs
    texts = {d.id: d.text for d in docs}
    for side, doc_id in (("a", pair.a), ("b", pair.b)):
        text = texts[doc_id]
        start = text.index(body)
        covered = np.zeros(len(text), dtype=bool)
        for p in pair.passages:
            s, e = (p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end)
            covered[s:e] = True
        inside = covered[start : start + len(body)]
        assert inside.mean() > 0.97, side
        assert covered.sum() - inside.sum() == 0, side  # nothing of the header or footer


def test_a_story_carried_by_sixty_outlets_is_one_family_covered_in_every_copy() -> None:
    story = _STORIES[120]
    docs = [Document(f"w{i:02d}", f"Outlet{i} News | Home | World | Sport\n\n{story}\n\n"
                                   f"\u00a9 Outlet{i} Media Group. All rights reserved.") for i in range(60)]
    docs += [Document(f"other{i}", _STORIES[i]) for i in range(20)]
    result = syndetect.scan(docs)
    (family,) = result.families
    assert sorted(family.members) == sorted(d.id for d in docs[:60])
    assert family.pairs < 60 * 59 // 2  # a representative for each member, not every pair
    covered = {d.id: np.zeros(len(d.text), dtype=bool) for d in docs[:60]}
    for p in result.pairs:
        for q in p.passages:
            covered[p.a][q.a_start : q.a_end] = True
            covered[p.b][q.b_start : q.b_end] = True
    body = story.split("\n\n", 1)[1]  # the paragraphs: the headline is a heading of one line
    for d in docs[:60]:
        start = d.text.index(body)
        assert covered[d.id][start : start + len(body)].mean() >= 0.95, d.id


def test_three_thousand_identical_files_are_one_family() -> None:
    text = _STORIES[7]
    result = syndetect.scan([Document(f"f{i:04d}", text) for i in range(3000)])
    (family,) = result.families
    assert len(family.members) == 3000
    assert len(result.pairs) == family.pairs == 2999
    assert all(p.passages for p in result.pairs)


def test_a_copied_opening_paragraph_is_not_furniture() -> None:
    """Plagiarism shape: several documents open with the same copied paragraph of a source."""
    source = _STORIES[50]
    opening = source.split("\n\n")[1]
    docs = [Document("src", source)] + [
        Document(f"copy{i}", opening + "\n\n" + _STORIES[60 + i]) for i in range(4)
    ]
    result = syndetect.scan(docs)
    assert {("copy0", "src"), ("copy1", "src"), ("copy2", "src"), ("copy3", "src")} <= _pairs(result)


def test_no_pair_without_evidence() -> None:
    twins = [Document("x", _STORIES[140]), Document("y", _STORIES[140])]
    result = syndetect.scan([*_outlets(3, 6, template=False), *twins])
    for p in result.pairs:
        assert p.passages or p.evidence == "near-identical", p
    big = syndetect.scan([Document("x", _STORIES[140]), Document("y", _STORIES[140])],
                         ScanConfig(align=syndetect.AlignConfig(min_words=100_000)))
    (pair,) = big.pairs
    assert pair.evidence == "near-identical"


@pytest.mark.parametrize("repeats", [4, 5, 9])
def test_identical_texts_of_one_repeated_line_share_all_of_it(repeats: int) -> None:
    line = "The quick brown fox jumps over the lazy dog while the cat sleeps on the mat."
    text = "\n".join([line] * repeats)
    (pair,) = syndetect.scan([Document("a", text), Document("b", text)]).pairs
    assert pair.containment_a > 0.99
    assert pair.containment_b > 0.99


def test_sentence_ends_skip_abbreviations_initials_and_list_numbers() -> None:
    text = "Mr. Reed met J. Smith on Jan. 5 in the U.S. capital. He left.\n2. Next item"
    ends = sentence_ends(text)
    assert [text[e - 7 : e + 1] for e in ends] == ["capital.", " He left."[-8:]]


def test_list_lines_tell_menus_and_lists_from_titles_and_paragraphs() -> None:
    text = ("A title of the story\n\nThe first paragraph has a sentence of more than twelve words in it, "
            "as stories do.\n\nHe declined to comment.\n\nThe last paragraph also has a long sentence of "
            "many more than twelve words.\n\nHome | News | Sport\nMost read\n1. Markets rally\n"
            "\u00a9 Outlet 2024. All rights reserved.")
    batch = shingle_batch([text], syndetect.ShingleConfig(), spans=True)
    view = ChainText(text, batch.token_start, batch.token_end)
    starts, items = view.list_lines()
    lines = [text[s:].split("\n", 1)[0] for s in starts.tolist()]
    listed = {line for line, item in zip(lines, items.tolist(), strict=True) if item and line}
    assert listed == {"Home | News | Sport", "Most read", "1. Markets rally",
                      "\u00a9 Outlet 2024. All rights reserved."}


def test_wrapped_prose_has_no_list_lines() -> None:
    text = ("The committee said on Tuesday that\nit would review the decision after\nthe "
            "hearing, which is expected to last\nseveral weeks. Officials declined to\ncomment on the "
            "matter and the\nlawyers for both sides were not\navailable.\n")
    batch = shingle_batch([text], syndetect.ShingleConfig(), spans=True)
    view = ChainText(text, batch.token_start, batch.token_end)
    assert view.wrapped
    assert not view.list_lines()[1].any()


def test_reports_of_different_figures_in_the_same_words_are_not_copies() -> None:
    """Market reports, sports results, weather: the same sentence frame with other numbers is two
    reports of different facts; a copy keeps its numbers, and an update that changes one figure is
    still a copy."""
    frame = ("The benchmark index of the city's stock exchange closed the session on {d} {a} points higher "
             "at {c}, up {b} percent and its best close of the month, traders and analysts in the city said "
             "after the market shut for the day.")
    monday = frame.format(d="Monday", a="30", b="2", c="1520")
    tuesday = frame.format(d="Monday", a="12", b="1", c="1538")
    updated = monday.replace("at 1520", "at 1521")
    texts = {"mon": monday, "tue": tuesday, "copy": monday, "update": updated}
    docs = [Document(k, f"{_STORIES[91 + i]}\n\n{v}") for i, (k, v) in enumerate(texts.items())]
    pairs = _pairs(syndetect.scan(docs))
    assert ("mon", "tue") not in pairs
    assert ("copy", "mon") in pairs
    assert ("mon", "update") in pairs


_MENUS = [
    "Home | World | Business | Sport | Opinion",
    "News  Politics  Money  Culture  Travel",
    "Front page | Local | Nation | Science | Arts",
    "Latest \u00b7 Economy \u00b7 Health \u00b7 Climate \u00b7 Books",
    "Top stories | Regions | Markets | Tech | Life",
]


def _site_page(o: int, body: str, notice_at: str) -> str:
    """A page of site ``o``: its own header and menu, the story, its own footer; the template's
    sign-up notice with the site's name in a slot, at the head (under the menu) or the tail."""
    name = ["Courier", "Chronicle", "Tribune", "Post", "Ledger"][o] + f" of Town{o}"
    notice = (f"Newsletter: sign up for our weekly round-up of the best of the {name}. By signing up "
              "you agree to our privacy policy")
    head = f"Skip to content\n\n{_MENUS[o]}\n\nLog in  Subscribe  Search{o}"
    foot = f"\u00a9 {name} 2024 | Terms{o} | Privacy{o} | Contact{o}"
    if notice_at == "head":
        return f"{head}\n\n{notice}\n\n{body}\n\n{foot}"
    return f"{head}\n\n{body}\n\n{notice}\n\n{foot}"


@pytest.mark.parametrize("notice_at", ["head", "tail"])
def test_a_notice_template_on_sites_with_their_own_menus_is_furniture(notice_at: str) -> None:
    """Sites on one template carry its sign-up notice with their own name in a slot; their menus and
    footers differ, so pages of two sites share nothing but the notice, which every page of each
    holds: no pair. The same notice beside a story those pages do share leaves that pair reported."""
    docs = [Document(f"s{o}-{k}", _site_page(o, _STORIES[o * 8 + k], notice_at))
            for o in range(5) for k in range(8)]
    assert syndetect.scan(docs).pairs == ()
    wire = _STORIES[100]
    docs += [Document(f"w{o}", _site_page(o, f"{_STORIES[60 + o]}\n\n{wire}", notice_at)) for o in range(5)]
    assert _pairs(syndetect.scan(docs)) == {(f"w{i}", f"w{j}") for i in range(5) for j in range(i + 1, 5)}


def test_a_sentence_many_plain_texts_copy_at_their_end_is_still_copying() -> None:
    """Texts without page furniture (answers, essays) that end with the same copied sentence, which
    many of them hold: copying, not a notice of a page."""
    sentence = ("Dynamic programming solves a problem by breaking it into overlapping subproblems "
                "and storing the results of each so that none is computed twice.")
    docs = [Document(f"e{k}", f"{_STORIES[k].split(chr(10) + chr(10))[1]}\n\n{sentence}") for k in range(8)]
    assert len(syndetect.scan(docs).pairs) == 8 * 7 // 2
