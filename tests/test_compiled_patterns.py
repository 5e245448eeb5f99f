"""The compiled-pattern cache (:mod:`syndetect.provenance.compiled`): patterns built from stored
programs are equal to ``re.compile``'s and find the same credits, and every way the cache can be
missing, foreign, damaged, refused or unwritable falls back to ``re.compile`` with the same result."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from syndetect.provenance import compiled
from syndetect.provenance.agencies import DEFAULT_AGENCIES
from syndetect.provenance.compiled import ENV, PatternCache, cache_dir
from syndetect.provenance.matcher import Matcher

pytestmark = pytest.mark.skipif(not compiled._PROGRAMS, reason="this Python's re is built differently")

DATA = Path(__file__).parent / "data" / "credits"


@pytest.fixture(scope="module")
def matcher_patterns() -> list[str]:
    """Every pattern the default matcher compiles, in order (built without the cache)."""
    seen: list[str] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ENV, "")
        mp.setattr(Matcher, "_compile", lambda self, p: seen.append(p) or re.compile(p))
        Matcher(DEFAULT_AGENCIES)
    return seen


# one long pattern with named groups and look-arounds, one with flags inline, one small
SAMPLE = [
    r"(?P<place>[A-Z][A-Za-z .]{1,30}),\s+(?P<date>\w{3}\.? \d{1,2})\s+\((?P<a>Reuters|AP|AFP)\)\s+[-–—]",
    r"(?i:according\s+to)\s+(?:the\s+)?(?P<list>Reuters|AFP)(?!\w)",
    r"(?m)^\s*—\s*Reuters\s*$",
]
TEXTS = ["BAGHDAD, Jan 5 (Reuters) – Iraq's cleric said", "according to the AFP said", "\n— Reuters\n", ""]


def _same(got: re.Pattern[str], pattern: str, flags: int = 0) -> None:
    want = re.compile(pattern, flags)
    assert got == want  # pattern text, flags and program
    assert (got.groups, got.groupindex, got.flags) == (want.groups, want.groupindex, want.flags)
    for text in TEXTS:
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]


def _fill(directory: Path, patterns: list[str], name: str = "t") -> Path:
    cache = PatternCache(name, directory)
    for p in patterns:
        cache.compile(p)
    cache.save()
    assert cache.path is not None
    assert cache.path.exists()
    return cache.path


def test_every_matcher_pattern_comes_back_equal(tmp_path: Path, matcher_patterns: list[str]) -> None:
    assert len(matcher_patterns) > 50
    first = PatternCache("forms", tmp_path)
    built = [first.compile(p) for p in matcher_patterns]
    assert first.compiled_afresh == len(set(matcher_patterns))
    first.save()
    again = PatternCache("forms", tmp_path)
    stored = [again.compile(p) for p in matcher_patterns]
    assert again.compiled_afresh == 0
    for p, a, b in zip(matcher_patterns, built, stored, strict=True):
        assert a == b == re.compile(p)
        assert (a.groupindex, b.groups) == (re.compile(p).groupindex, re.compile(p).groups)


def test_matcher_from_cache_finds_the_same_credits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [json.loads(line)["text"] for name in ("dev.jsonl", "test.jsonl")
             for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    monkeypatch.setenv(ENV, "")
    plain = Matcher(DEFAULT_AGENCIES)
    monkeypatch.setenv(ENV, str(tmp_path))
    Matcher(DEFAULT_AGENCIES)  # compiles and writes the file
    assert len(list(tmp_path.glob("credit-forms-*.sre"))) == 1
    cached = Matcher(DEFAULT_AGENCIES)  # from the file
    assert len(texts) > 200
    assert [cached.find(t) for t in texts] == [plain.find(t) for t in texts]
    assert sum(len(plain.find(t)) for t in texts) > 200


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 40)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _wrong_magic(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(b"X" + data[1:])


def _header(path: Path, change: Callable[[dict], None]) -> None:  # type: ignore[type-arg]
    data = path.read_bytes()
    start = len(compiled._MAGIC)
    end = data.index(b"\n", start)
    header = json.loads(data[start:end])
    change(header)
    path.write_bytes(data[:start] + json.dumps(header).encode() + data[end:])


def _other_python(path: Path) -> None:
    _header(path, lambda h: h.update(python="3.99.0 (elsewhere)"))


def _other_re(path: Path) -> None:
    _header(path, lambda h: h.update(sre=12345))


def _flipped_bit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-7] ^= 0x10
    path.write_bytes(bytes(data))


def _sizes_off(path: Path) -> None:
    _header(path, lambda h: h["entries"][0].update(size=h["entries"][0]["size"] + 1))


def _refused_program(path: Path) -> None:
    """A program _sre refuses, with a checksum that matches it (written by something else)."""
    data = bytearray(path.read_bytes())
    start = len(compiled._MAGIC)
    end = data.index(b"\n", start)
    body = bytearray(b"\xff\xff\xff\x7f") * (len(data[end + 1:]) // 4)
    header = json.loads(data[start:end])
    header["sha256"] = compiled.hashlib.sha256(bytes(body)).hexdigest()
    path.write_bytes(bytes(data[:start]) + json.dumps(header).encode() + b"\n" + bytes(body))


DAMAGE = [_truncate, _garbage, _empty, _wrong_magic, _other_python, _other_re, _flipped_bit, _sizes_off,
          _refused_program]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__.strip("_"))
def test_a_damaged_or_foreign_file_falls_back_and_is_rewritten(tmp_path: Path,
                                                                damage: Callable[[Path], None]) -> None:
    path = _fill(tmp_path, SAMPLE)
    damage(path)
    cache = PatternCache("t", tmp_path)
    for p in SAMPLE:
        _same(cache.compile(p), p)
    assert cache.compiled_afresh == len(SAMPLE)  # nothing of the file was used
    cache.save()
    again = PatternCache("t", tmp_path)
    for p in SAMPLE:
        _same(again.compile(p), p)
    assert again.compiled_afresh == 0  # the file is whole again


def test_a_changed_pattern_is_compiled_afresh_and_the_file_keeps_what_was_used(tmp_path: Path) -> None:
    _fill(tmp_path, SAMPLE)
    changed = [*SAMPLE[:2], SAMPLE[2].replace("Reuters", "AFP")]
    cache = PatternCache("t", tmp_path)
    for p in changed:
        _same(cache.compile(p), p)
    assert cache.compiled_afresh == 1
    cache.save()
    again = PatternCache("t", tmp_path)
    _same(again.compile(SAMPLE[2]), SAMPLE[2])
    assert again.compiled_afresh == 1  # the old pattern was dropped with the save


def test_flags_are_part_of_the_key(tmp_path: Path) -> None:
    _fill(tmp_path, SAMPLE)
    cache = PatternCache("t", tmp_path)
    _same(cache.compile(SAMPLE[1], re.IGNORECASE), SAMPLE[1], re.IGNORECASE)
    assert cache.compiled_afresh == 1


def test_a_bad_pattern_raises_as_re_does(tmp_path: Path) -> None:
    with pytest.raises(re.error, match="missing \\)"):
        PatternCache("t", tmp_path).compile("(unclosed")


def test_an_unwritable_directory_leaves_the_patterns_right(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    cache = PatternCache("t", blocker / "sub")
    for p in SAMPLE:
        _same(cache.compile(p), p)
    cache.save()  # no error, nothing written
    assert blocker.read_text(encoding="utf-8") == "not a directory"
    assert not list(tmp_path.glob("**/*.tmp"))


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, " ")
    assert cache_dir() is None
    cache = PatternCache("t")
    assert cache.path is None
    _same(cache.compile(SAMPLE[0]), SAMPLE[0])
    cache.save()
    assert not list(tmp_path.iterdir())


def test_where_the_cache_lives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    monkeypatch.delenv(ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "syndetect"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "syndetect"


@pytest.mark.parametrize("name", ["", "a/b", "../up", "x y"])
def test_a_cache_name_is_a_plain_file_name(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="PatternCache name"):
        PatternCache(name, tmp_path)
