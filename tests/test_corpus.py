"""Readers: ids, order, formats, HTML extraction, and a table of bad inputs with their exact messages."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from syndetect.errors import CorpusError, CorpusTypeError
from syndetect.io.corpus import CorpusRead, iter_corpus, read_corpus
from syndetect.io.problems import Problem
from syndetect.io.records import Fields
from syndetect.text.html import extract_html_text
from syndetect.types import Document


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every entry under root (without following symlinks) with its size and mtime."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath, name)
            st = p.lstat()
            out[str(p.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return out


# ---------------------------------------------------------------------------------------------------
# Ids, order, sources


def test_directory_ids_are_relative_posix_paths_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for rel in ["b.txt", "a/z.md", "a.txt", "a/b/c.txt", "A.txt"]:
        _write(root / rel, f"text of {rel}")
    _write(root / "image.png", b"\x89PNG\x00")  # other extensions are not read
    _write(root / ".hidden.txt", "hidden")  # nor hidden files

    read = read_corpus([root])

    ids = [d.id for d in read.documents]
    assert ids == sorted(["b.txt", "a/z.md", "a.txt", "a/b/c.txt", "A.txt"])
    assert all("\\" not in i for i in ids)
    assert {d.id: d.text for d in read.documents}["a/b/c.txt"] == "text of a/b/c.txt"
    assert read.problems == []
    assert read.files == 5


def test_file_argument_ids_are_relative_to_the_common_parent_and_keep_argument_order(
    tmp_path: Path,
) -> None:
    b = _write(tmp_path / "x" / "b.txt", "bee")
    a = _write(tmp_path / "y" / "a.txt", "ay")
    read = read_corpus([b, a])
    assert [d.id for d in read.documents] == ["x/b.txt", "y/a.txt"]
    assert [d.id for d in read_corpus([b]).documents] == ["b.txt"]


def test_source_from_dir_uses_first_directory_level(tmp_path: Path) -> None:
    root = tmp_path / "news"
    _write(root / "reuters" / "2020" / "a.txt", "one")
    _write(root / "ap" / "b.txt", "two")
    _write(root / "loose.txt", "three")
    by_id = {d.id: d for d in read_corpus([root], source_from="dir").documents}
    assert by_id["reuters/2020/a.txt"].source == "reuters"
    assert by_id["ap/b.txt"].source == "ap"
    assert by_id["loose.txt"].source is None
    assert all(d.source is None for d in read_corpus([root]).documents)


def test_invalid_reader_arguments_raise_corpus_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="source_from must be None or 'dir', got 'file'"):
        read_corpus([tmp_path], source_from="file")  # type: ignore[arg-type]
    with pytest.raises(CorpusError, match="max_bytes must be a positive integer, got 0"):
        read_corpus([tmp_path], max_bytes=0)


# ---------------------------------------------------------------------------------------------------
# Records


def test_jsonl_records_with_optional_fields(tmp_path: Path) -> None:
    lines = [
        {"id": "r1", "text": "first", "source": "ap", "date": "2020-01-05", "url": "https://x.test/1"},
        {"id": 7, "text": "second"},
        {"text": "no id"},
    ]
    f = _write(tmp_path / "recs.jsonl", "".join(json.dumps(x) + "\n" for x in lines) + "\n")
    read = read_corpus([f])
    assert read.problems == []
    r1, r7, anon = read.documents
    assert (r1.id, r1.text, r1.source, r1.date, r1.url) == (
        "r1",
        "first",
        "ap",
        "2020-01-05",
        "https://x.test/1",
    )
    assert (r7.id, r7.source) == ("7", None)
    assert anon.id == "recs.jsonl:3"  # file id and line number


def test_configurable_field_names_for_jsonl_and_csv(tmp_path: Path) -> None:
    fields = Fields(id="uid", text="body", source="outlet")
    j = _write(
        tmp_path / "a.jsonl", json.dumps({"uid": "j1", "body": "jay", "outlet": "afp", "text": "no"}) + "\n"
    )
    c = _write(tmp_path / "b.csv", "uid,body,outlet\nc1,see,bbc\n")
    docs = read_corpus([j, c], fields=fields).documents
    assert [(d.id, d.text, d.source) for d in docs] == [("j1", "jay", "afp"), ("c1", "see", "bbc")]


def test_json_array_and_single_object(tmp_path: Path) -> None:
    arr = _write(tmp_path / "arr.json", json.dumps([{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]))
    one = _write(tmp_path / "one.json", json.dumps({"id": "c", "text": "C"}))
    lines = _write(tmp_path / "lines.json", '{"id": "d", "text": "D"}\n{"id": "e", "text": "E"}\n')
    assert [d.id for d in read_corpus([arr, one, lines]).documents] == ["a", "b", "c", "d", "e"]


def test_csv_multiline_field_and_line_numbers(tmp_path: Path) -> None:
    f = _write(
        tmp_path / "rows.csv",
        'id,text,date\nr1,"two\nlines",2020-01-01\nr2,"bad",x,extra\nr3,fine,\n',
    )
    read = read_corpus([f])
    assert [(d.id, d.text, d.date) for d in read.documents] == [
        ("r1", "two\nlines", "2020-01-01"),
        ("r3", "fine", None),
    ]
    # r2 starts on physical line 4: the quoted field of r1 spans lines 2-3.
    assert [str(p) for p in read.problems] == [f"{f}:4: expected 3 fields, found 4; row skipped"]


def test_csv_without_text_column_is_reported_once(tmp_path: Path) -> None:
    f = _write(tmp_path / "rows.csv", "id,body\n1,a\n2,b\n")
    read = read_corpus([f])
    assert read.documents == []
    assert [str(p) for p in read.problems] == [f"{f}: no 'text' column (columns: id, body); skipped"]


def test_stdin_dash_reads_jsonl() -> None:
    stream = io.BytesIO(b'{"id": "s1", "text": "from stdin"}\nnot json\n')
    read = read_corpus(["-"], stdin=stream)
    assert [(d.id, d.text) for d in read.documents] == [("s1", "from stdin")]
    assert [str(p) for p in read.problems] == [
        "<stdin>:2: invalid JSON (Expecting value at column 1); line skipped"
    ]


def test_iter_corpus_streams_documents_and_problems_in_order(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "A")
    _write(tmp_path / "b.txt", b"\x00")
    _write(tmp_path / "c.txt", "C")
    items = list(iter_corpus([tmp_path]))
    assert [type(x).__name__ for x in items] == ["Document", "Problem", "Document"]


def test_progress_reports_files_read(tmp_path: Path) -> None:
    for name in "abc":
        _write(tmp_path / f"{name}.txt", name)
    calls: list[tuple[str, int, int]] = []
    read_corpus([tmp_path], progress=lambda *a: calls.append(a))
    assert calls == [("reading", 0, 3), ("reading", 1, 3), ("reading", 2, 3), ("reading", 3, 3)]


# ---------------------------------------------------------------------------------------------------
# HTML


def test_html_file_main_text_is_extracted(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title>T</title><style>p{color:red}</style>
    <script>var secret = "SCRIPT";</script></head><body>
    <header>Site header</header><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <main><article><h1>Iraq&rsquo;s parliament votes</h1>
    <p>The first   paragraph,<br>broken line.</p><p>Second &amp; last paragraph.</p>
    <aside>Related: other story</aside><form><input value="Subscribe"></form>
    <noscript>Enable JS</noscript></article></main>
    <footer>Copyright</footer></body></html>"""
    f = _write(tmp_path / "page.html", page)
    (doc,) = read_corpus([f]).documents
    assert doc.text == (
        "Iraq\u2019s parliament votes\n\nThe first paragraph,\n\nbroken line.\n\nSecond & last paragraph."
    )


def test_html_prefers_largest_article_and_drops_hidden_parts() -> None:
    page = (
        "<body><div role='navigation'>menu</div><article><p>Short teaser.</p></article>"
        "<article><p>The long article body with many words in it.</p><div hidden>hidden</div>"
        "<span aria-hidden='true'>icon</span></article></body>"
    )
    assert extract_html_text(page) == "The long article body with many words in it."


def test_html_without_main_or_article_keeps_body_and_survives_bad_markup() -> None:
    page = "<div>One <b>bold</div> two</p><p>three<script>x</p>never closed"
    assert extract_html_text(page) == "One bold\n\ntwo\n\nthree"


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    body = '<html><head><meta charset="iso-8859-7"></head><body><p>Αθήνα</p></body></html>'
    f = _write(tmp_path / "greek.html", body.encode("iso-8859-7"))
    read = read_corpus([f])
    assert [d.text for d in read.documents] == ["Αθήνα"]
    assert read.problems == []


# ---------------------------------------------------------------------------------------------------
# Bad inputs: each reported once, exactly, and the rest is read


CP1252_TEXT = "Café – “quoted” and more"


def make_bad_tree(root: Path) -> dict[str, tuple[str, bool]]:
    """Write good and bad inputs under ``root``; return the expected ``line -> (reason, fatal)`` map
    keyed by what comes before ``: `` in the message."""
    _write(root / "good1.txt", "A perfectly fine document about the coalition.")
    _write(root / "sub" / "good2.md", "Another fine document.")
    _write(root / "binary.txt", b"GIF89a\x00\x01\x02")
    _write(root / "cp1252.txt", CP1252_TEXT.encode("cp1252"))
    _write(root / "bom.txt", b"\xef\xbb\xbfText after a byte order mark.")
    _write(root / "empty.txt", b"")
    _write(root / "blank.md", "  \n\t\n")
    _write(root / "big.txt", "x" * 300)
    os.symlink(root / "nowhere.txt", root / "dangling.txt")
    os.symlink(".", root / "sub" / "loop")
    _write(
        root / "recs.jsonl",
        '{"id": "r1", "text": "record one"}\n'
        "{broken\n"
        '{"id": "r2", "text": 42}\n'
        '{"id": "r1", "text": "same id again"}\n'
        '{"id": "r3", "text": ""}\n'
        "[1, 2]\n",
    )
    _write(root / "rows.csv", 'id,text\nc1,row one\nc2,"unterminated\n')
    r = str(root)
    j = os.path.join(r, "recs.jsonl")
    return {
        os.path.join(r, "big.txt"): ("file too large (300 bytes > max_bytes 200); skipped", True),
        os.path.join(r, "binary.txt"): ("binary file (NUL byte at offset 6); skipped", True),
        os.path.join(r, "blank.md"): ("empty (no text); skipped", True),
        os.path.join(r, "bom.txt"): ("UTF-8 byte order mark removed", False),
        os.path.join(r, "cp1252.txt"): ("not valid UTF-8 (byte 0xe9 at offset 3); decoded as cp1252", False),
        os.path.join(r, "dangling.txt"): ("cannot read (No such file or directory); skipped", True),
        os.path.join(r, "empty.txt"): ("empty (no text); skipped", True),
        f"{j}:2": (
            "invalid JSON (Expecting property name enclosed in double quotes at column 2); line skipped",
            True,
        ),
        f"{j}:3": ("field 'text' is int, not a string; skipped", True),
        f"{j}:4": (f"duplicate id 'r1' (first read from {j}:1); skipped", True),
        f"{j}:5": ("empty text; skipped", True),
        f"{j}:6": ("expected a JSON object, got list; skipped", True),
        f"{os.path.join(r, 'rows.csv')}:3": ("malformed CSV row (unexpected end of data); row skipped", True),
        os.path.join(r, "sub", "loop"): ("symlink loop (links back to a parent directory); skipped", True),
    }


def test_bad_inputs_are_each_reported_once_with_exact_messages(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    expected = make_bad_tree(root)
    before = _snapshot(root)

    read = read_corpus([root], max_bytes=200)

    got = {_where(p): (p.reason, p.fatal_for_document) for p in read.problems}
    assert got == expected
    assert len(read.problems) == len(expected)  # each once
    by_id = {d.id: d.text for d in read.documents}
    assert by_id == {
        "good1.txt": "A perfectly fine document about the coalition.",
        "sub/good2.md": "Another fine document.",
        "cp1252.txt": CP1252_TEXT,
        "bom.txt": "Text after a byte order mark.",
        "r1": "record one",
        "c1": "row one",
    }
    assert read.skipped == sum(fatal for _, fatal in expected.values())
    assert read.warnings == 2
    assert _snapshot(root) == before  # nothing written into the scanned tree


def _where(p: Problem) -> str:
    return p.path if p.line is None else f"{p.path}:{p.line}"


def test_problem_str_is_path_colon_reason() -> None:
    assert str(Problem("d/a.txt", "empty (no text); skipped", True)) == "d/a.txt: empty (no text); skipped"
    assert str(Problem("r.jsonl", "bad", True, line=3)) == "r.jsonl:3: bad"


def test_self_referencing_symlink_is_reported(tmp_path: Path) -> None:
    os.symlink("self.txt", tmp_path / "self.txt")
    _write(tmp_path / "ok.txt", "fine")
    read = read_corpus([tmp_path])
    assert [d.id for d in read.documents] == ["ok.txt"]
    assert [str(p) for p in read.problems] == [
        f"{tmp_path / 'self.txt'}: cannot read (Too many levels of symbolic links); skipped"
    ]


def test_same_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    root = tmp_path / "c"
    _write(root / "a" / "story.txt", "the story")
    os.symlink(root / "a" / "story.txt", root / "b.txt")
    read = read_corpus([root])
    assert [d.id for d in read.documents] == ["a/story.txt"]
    assert [str(p) for p in read.problems] == [
        f"{root / 'b.txt'}: same file as {root / 'a' / 'story.txt'} (reached twice); skipped"
    ]


def test_file_too_large_record_text(tmp_path: Path) -> None:
    f = _write(tmp_path / "r.jsonl", json.dumps({"id": "x", "text": "é" * 60}) + "\n")
    read = read_corpus([f], max_bytes=100)
    assert [str(p) for p in read.problems] == [f"{f}:1: text too large (120 bytes > max_bytes 100); skipped"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file; dangling symlinks cover this")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    f = _write(tmp_path / "secret.txt", "no")
    f.chmod(0)
    try:
        read = read_corpus([tmp_path])
    finally:
        f.chmod(0o644)
    assert [str(p) for p in read.problems] == [f"{f}: cannot read (Permission denied); skipped"]


def test_corpus_read_counts() -> None:
    read = CorpusRead(
        documents=[Document("a", "x")],
        problems=[Problem("p", "r", True), Problem("q", "r", False), Problem("s", "r", True)],
    )
    assert (read.skipped, read.warnings) == (2, 1)


def test_html_page_without_text_and_utf16_file(tmp_path: Path) -> None:
    nav = _write(
        tmp_path / "nav.html", "<html><body><nav>Home | World</nav><script>x()</script></body></html>"
    )
    utf16 = _write(tmp_path / "u16.txt", "Ünïcode text in UTF-16".encode("utf-16"))
    read = read_corpus([nav, utf16])
    assert [(d.id, d.text) for d in read.documents] == [("u16.txt", "Ünïcode text in UTF-16")]
    assert [str(p) for p in read.problems] == [f"{nav}: no text in the page; skipped"]


def test_a_raised_max_bytes_does_not_allocate_a_buffer_of_that_size(tmp_path: Path) -> None:
    import tracemalloc

    path = _write(tmp_path / "a.txt", "one short story " * 100)
    tracemalloc.start()
    try:
        read = read_corpus([path], max_bytes=10**9)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.text for d in read.documents] == ["one short story " * 100]
    assert peak < 10**7  # was max_bytes + 1: a gigabyte for a 1.6 KB file


def test_a_file_that_grows_after_stat_is_still_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path / "a.txt", "x" * 50)
    real_stat = os.stat

    def stale(p: Any, *args: Any, **kwargs: Any) -> Any:
        st = real_stat(p, *args, **kwargs)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 10,
                               st.st_atime, st.st_mtime, st.st_ctime)) if str(p) == str(path) else st

    monkeypatch.setattr(os, "stat", stale)
    assert [d.text for d in read_corpus([path], max_bytes=100).documents] == ["x" * 50]
    (problem,) = read_corpus([path], max_bytes=20).problems
    assert "too large" in problem.reason


@pytest.mark.parametrize("one", ["str", "path"])
def test_one_path_is_one_path_not_its_characters(tmp_path: Path, one: str) -> None:
    (tmp_path / "a.txt").write_text("alpha beta gamma", encoding="utf-8")
    (tmp_path / "b.txt").write_text("delta epsilon", encoding="utf-8")
    given = str(tmp_path) if one == "str" else tmp_path
    as_list = read_corpus([tmp_path])
    read = read_corpus(given)
    assert [d.id for d in read.documents] == [d.id for d in as_list.documents] == ["a.txt", "b.txt"]
    assert [d.id for d in iter_corpus(given) if isinstance(d, Document)] == ["a.txt", "b.txt"]


def test_bytes_paths_are_refused_with_the_fix() -> None:
    with pytest.raises(CorpusTypeError, match=r"decode it"):
        read_corpus(b"data/seeds")  # type: ignore[arg-type]
