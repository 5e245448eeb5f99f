"""Benchmark corpora of real prose, assembled from the labelled corpora in ``../shared/eval``.

The corpora are read where they lie and never copied into the project (their licences forbid it):
``$SYNDETECT_EVAL_DIR`` if set, else ``../shared/eval`` next to the repository. When a corpus is absent
its builder returns ``None`` and callers skip it (the synthetic corpus stays as the fallback).

Each corpus is cut into real pieces (sentences or paragraphs) and the pieces are assembled, in a fixed
pseudo-random order, into articles of the synthetic corpus's length (``words_per_doc`` words on average,
uniform from half to one and a half times that), paragraphs separated by a blank line:

==========  =========================================================  ==================================
name        pieces                                                     script / character mix
==========  =========================================================  ==================================
``news``    MSRP sentences (news from many outlets), 1-4 per paragraph  English: digits, "$2.94", "U.S."
``urdu``    COUNTER documents (headline and body)                      Urdu (Arabic script), Urdu digits
``indonesian``  paragraphs of the Indonesian PAN-11-style documents    Latin, Bahasa Indonesia
``pan``     paragraphs of the PAN 2013 source and suspicious texts     English web text (ASCII)
==========  =========================================================  ==================================

The assembly uses :class:`random.Random` (stable across Python versions), so a corpus is the same on
every machine that has the same files.
"""

from __future__ import annotations

import functools
import os
import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
EVAL_ENV = "SYNDETECT_EVAL_DIR"
CORPUS_SEED = 2024
WORDS_PER_DOC = 600

_BLANK_LINE = re.compile(r"\n\s*\n")


def eval_dir() -> Path:
    """``$SYNDETECT_EVAL_DIR`` if set, else ``../shared/eval`` relative to the repository root."""
    env = os.environ.get(EVAL_ENV)
    return Path(env) if env else (REPO_ROOT.parent / "shared" / "eval").resolve()


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _BLANK_LINE.split(text) if p.strip()]


def _msrp_pieces(root: Path) -> list[str] | None:
    files = [root / "msrp-paraphrase" / f"msr_paraphrase_{s}.txt" for s in ("train", "test")]
    if not all(f.is_file() for f in files):
        return None
    seen: dict[str, None] = {}
    for f in files:
        for line in f.read_text(encoding="utf-8-sig").splitlines():
            cols = line.split("\t")  # label, id1, id2, sentence1, sentence2 (no header; bare quotes)
            if len(cols) == 5:
                seen.setdefault(cols[3].strip())
                seen.setdefault(cols[4].strip())
    return [s for s in seen if s] or None


def _counter_pieces(root: Path) -> list[str] | None:
    folder = root / "counter-urdu-news-reuse" / "COUNTER"
    if not folder.is_dir():
        return None
    out = []
    for path in sorted(folder.glob("*.xml"), key=lambda p: p.name.lower()):
        doc = ET.parse(path).getroot()
        parts = [(doc.findtext(tag) or "").strip() for tag in ("headline", "body")]
        text = "\n\n".join(p for p in parts if p)
        if text:
            out.append(text)
    return out or None


def _split_long(paragraph: str, max_words: int = 200) -> list[str]:
    """A paragraph of more than ``max_words`` words cut at line breaks into pieces of about that many."""
    if len(paragraph.split()) <= max_words:
        return [paragraph]
    out: list[str] = []
    lines: list[str] = []
    n = 0
    for line in paragraph.splitlines():
        lines.append(line)
        n += len(line.split())
        if n >= max_words:
            out.append("\n".join(lines))
            lines, n = [], 0
    if lines:
        out.append("\n".join(lines))
    return out


def _text_files_pieces(*folders: Path) -> list[str] | None:
    files = sorted(f for folder in folders if folder.is_dir() for f in folder.glob("*.txt"))
    out = [
        piece
        for f in files
        for p in _paragraphs(f.read_text(encoding="utf-8", errors="replace"))
        for piece in _split_long(p)
    ]
    return out or None


def _indonesian_pieces(root: Path) -> list[str] | None:
    base = root / "indonesian-plagiarism-pan11style"
    return _text_files_pieces(base / "source-documents", base / "suspicious-documents")


def _pan_pieces(root: Path) -> list[str] | None:
    base = root / "pan13-02-no-obfuscation-noisy-subset"
    return _text_files_pieces(base / "src", base / "susp")


PIECES: dict[str, Callable[[Path], list[str] | None]] = {
    "news": _msrp_pieces,
    "urdu": _counter_pieces,
    "indonesian": _indonesian_pieces,
    "pan": _pan_pieces,
}
"""Corpus name -> reader of its pieces (``None`` when the corpus is absent)."""


@functools.lru_cache(maxsize=8)
def pieces(name: str, root: Path | None = None) -> tuple[str, ...] | None:
    """The real pieces of corpus ``name`` (``None`` when its files are absent)."""
    found = PIECES[name](root or eval_dir())
    return tuple(found) if found else None


def assemble(
    parts: tuple[str, ...], n_docs: int, seed: int = CORPUS_SEED, words_per_doc: int = WORDS_PER_DOC,
    sentences: bool = False,
) -> list[str]:
    """``n_docs`` articles of real pieces drawn in a fixed pseudo-random order, ``words_per_doc`` words
    on average. With ``sentences`` the pieces are sentences, grouped 1-4 to a paragraph."""
    rng = random.Random(seed)
    words = [len(p.split()) for p in parts]
    docs = []
    for _ in range(n_docs):
        target = rng.randint(words_per_doc // 2, words_per_doc * 3 // 2)
        paragraphs: list[str] = []
        have = 0
        while have < target:
            if sentences:
                picked = [rng.randrange(len(parts)) for _ in range(rng.randint(1, 4))]
                paragraphs.append(" ".join(parts[i] for i in picked))
                have += sum(words[i] for i in picked)
            else:
                i = rng.randrange(len(parts))
                paragraphs.append(parts[i])
                have += words[i]
        docs.append("\n\n".join(paragraphs))
    return docs


@functools.lru_cache(maxsize=8)
def real_corpus(
    name: str, n_docs: int, seed: int = CORPUS_SEED, root: Path | None = None
) -> tuple[str, ...] | None:
    """``n_docs`` articles of real text of corpus ``name`` (see the module docstring), or ``None``
    when its files are absent."""
    found = pieces(name, root)
    if found is None:
        return None
    return tuple(assemble(found, n_docs, seed, sentences=name == "news"))


def available(root: Path | None = None) -> list[str]:
    """Names of the real-text corpora present."""
    return [name for name in PIECES if pieces(name, root) is not None]
