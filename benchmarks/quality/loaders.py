"""One loader per labelled corpus in the evaluation directory.

Each loader returns the documents as :class:`syndetect.Document` (ids are file names, so they never
collide inside one corpus) together with the labels or gold spans. Encodings follow each corpus's
``PROVENANCE.md``:

* COUNTER: UTF-8 XML; the document text is ``headline + "\\n\\n" + body`` (a scraped article carries its
  headline, and newspapers rewrite headlines, which is realistic noise); ``include_headline=False``
  gives the body only.
* Clough & Stevenson: bytes decoded as UTF-8, falling back to cp1252; CRLF and lone CR become LF
  (document-level labels only, so no offsets are affected).
* Indonesian PAN-11 style and PAN 2013: UTF-8 decoded from bytes without newline translation, so the
  gold character offsets index the text exactly as annotated.
* MSRP: UTF-8 with BOM, one pair per line, split on tabs (never with a CSV quoting parser).
"""

from __future__ import annotations

import argparse
import csv
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from syndetect import Document

__all__ = [
    "CLOUGH_DIR",
    "COUNTER_DIR",
    "INDONESIAN_DIR",
    "MSRP_DIR",
    "PAN13_DIR",
    "CloughCorpus",
    "CloughPair",
    "CorpusMissingError",
    "CounterCorpus",
    "CounterPair",
    "GoldCase",
    "MsrpPair",
    "PanCorpus",
    "default_eval_dir",
    "load_clough",
    "load_counter",
    "load_indonesian",
    "load_msrp",
    "load_pan13",
    "read_text_exact",
]

COUNTER_DIR = "counter-urdu-news-reuse"
CLOUGH_DIR = "clough-stevenson-short-answers"
INDONESIAN_DIR = "indonesian-plagiarism-pan11style"
PAN13_DIR = "pan13-02-no-obfuscation-noisy-subset"
MSRP_DIR = "msrp-paraphrase"

REPO_ROOT = Path(__file__).resolve().parents[2]


class CorpusMissingError(FileNotFoundError):
    """A corpus directory or file is absent; ``path`` names what was looked for."""

    def __init__(self, corpus: str, path: Path) -> None:
        super().__init__(f"{corpus}: not found at {path} (set --eval-dir or SYNDETECT_EVAL_DIR)")
        self.corpus = corpus
        self.path = path


def default_eval_dir() -> Path:
    """``$SYNDETECT_EVAL_DIR`` if set, else ``../shared/eval`` relative to the repository root."""
    env = os.environ.get("SYNDETECT_EVAL_DIR")
    if env:
        return Path(env)
    return (REPO_ROOT.parent / "shared" / "eval").resolve()


def scrape_eval_arguments(description: str) -> argparse.ArgumentParser:
    """The options every generated-scrape evaluation takes: ``--seeds``, ``--msrp`` / ``--no-msrp``,
    ``--markdown`` and ``--errors``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seeds", type=int, nargs="+", default=[100, 101, 102])
    parser.add_argument("--msrp", type=Path, default=default_eval_dir() / MSRP_DIR)
    parser.add_argument("--no-msrp", action="store_true", help="prose from the pseudo-word writer")
    parser.add_argument("--markdown", action="store_true", help="print only the tables")
    parser.add_argument("--errors", type=int, default=40, help="errors listed (without --markdown)")
    return parser


def msrp_prose(args: argparse.Namespace) -> Path | None:
    """The MSRP directory the options name, or ``None`` for the pseudo-word writer (asked for, or the
    directory is absent)."""
    path: Path = args.msrp
    return None if args.no_msrp or not path.exists() else path


def _require(corpus: str, path: Path) -> Path:
    if not path.exists():
        raise CorpusMissingError(corpus, path)
    return path


def read_text_exact(path: Path) -> str:
    """UTF-8 text with no newline translation, so character offsets stay exact."""
    return path.read_bytes().decode("utf-8")


def _decode_lenient(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# --------------------------------------------------------------------------- COUNTER


@dataclass(frozen=True, slots=True)
class CounterPair:
    pair_id: str
    source: str
    """Document id of the agency story."""
    derived: str
    """Document id of the newspaper story."""
    label: str
    """WD (wholly derived), PD (partially derived) or ND (non derived)."""
    domain: str


@dataclass(frozen=True, slots=True)
class CounterCorpus:
    documents: tuple[Document, ...]
    pairs: tuple[CounterPair, ...]


def _counter_date(value: str) -> str | None:
    """COUNTER dates are ``dd.mm.yy``; return ISO ``20yy-mm-dd``."""
    parts = value.strip().split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    day, month, year = (int(p) for p in parts)
    return f"{2000 + year:04d}-{month:02d}-{day:02d}"


def load_counter(eval_dir: Path, *, include_headline: bool = True) -> CounterCorpus:
    root = _require("COUNTER", eval_dir / COUNTER_DIR / "COUNTER")
    files = {p.name.lower(): p for p in root.glob("*.[xX][mM][lL]")}
    documents: list[Document] = []
    labels: dict[str, tuple[str, str]] = {}
    for key in sorted(files):
        node = ET.parse(files[key]).getroot()
        headline = (node.findtext("headline") or "").strip()
        body = (node.findtext("body") or "").strip()
        text = f"{headline}\n\n{body}" if include_headline and headline else body
        doc_id = key.removesuffix(".xml")
        documents.append(
            Document(
                id=doc_id,
                text=text,
                source=node.get("newspaper"),
                date=_counter_date(node.get("newsdate", "")),
            )
        )
        labels[doc_id] = (node.get("classification", ""), node.get("domain", ""))
    pairs = []
    for doc_id in sorted(labels):
        if doc_id.endswith("p"):
            src = doc_id[:-1]
            if src not in labels:
                continue
            label, domain = labels[doc_id]
            pairs.append(CounterPair(pair_id=src, source=src, derived=doc_id, label=label, domain=domain))
    return CounterCorpus(documents=tuple(documents), pairs=tuple(pairs))


# --------------------------------------------------------------------------- Clough & Stevenson


@dataclass(frozen=True, slots=True)
class CloughPair:
    answer: str
    original: str
    task: str
    category: str
    """cut, light, heavy or non (for cross-task pairs: the answer's own category)."""
    same_task: bool

    @property
    def derived(self) -> bool:
        return self.same_task and self.category != "non"


@dataclass(frozen=True, slots=True)
class CloughCorpus:
    documents: tuple[Document, ...]
    pairs: tuple[CloughPair, ...]


def load_clough(eval_dir: Path) -> CloughCorpus:
    base = _require("Clough & Stevenson", eval_dir / CLOUGH_DIR)
    text_dir = _require("Clough & Stevenson", base / "corpus-20090418")
    file_list = _require("Clough & Stevenson", base / "file_list.csv")
    documents = []
    for path in sorted(text_dir.glob("*.txt")):
        text = _decode_lenient(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
        documents.append(Document(id=path.name, text=text))
    rows = list(csv.DictReader(file_list.read_text(encoding="utf-8").splitlines()))
    tasks = sorted({row["Task"] for row in rows})
    pairs = []
    for row in rows:
        for task in tasks:
            pairs.append(
                CloughPair(
                    answer=row["File"],
                    original=f"orig_task{task}.txt",
                    task=row["Task"],
                    category=row["Category"],
                    same_task=task == row["Task"],
                )
            )
    return CloughCorpus(documents=tuple(documents), pairs=tuple(pairs))


# --------------------------------------------------------------------------- PAN-style offsets


@dataclass(frozen=True, slots=True)
class GoldCase:
    """One annotated reuse case: ``susp[s_start:s_end]`` is taken from ``src[r_start:r_end]``."""

    susp: str
    src: str
    s_start: int
    s_end: int
    r_start: int
    r_end: int
    type: str = ""
    obfuscation: str = ""
    quality: float = 1.0
    """pan13 only: difflib ratio of the two spans as cut out by offset (1.0 elsewhere)."""
    in_bounds: bool = True


@dataclass(frozen=True, slots=True)
class PanCorpus:
    documents: tuple[Document, ...]
    suspicious: tuple[str, ...]
    sources: tuple[str, ...]
    cases: tuple[GoldCase, ...]
    positive_pairs: frozenset[tuple[str, str]]
    """Annotated (suspicious, source) document pairs."""


def _features(xml_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    root = ET.parse(xml_path).getroot()
    reference = root.get("reference", "")
    for feat in root.iter("feature"):
        if feat.get("name") == "plagiarism":
            yield reference, dict(feat.attrib)


def _case(reference: str, attrs: dict[str, str], **extra: object) -> GoldCase:
    s0, r0 = int(attrs["this_offset"]), int(attrs["source_offset"])
    return GoldCase(
        susp=reference,
        src=attrs["source_reference"],
        s_start=s0,
        s_end=s0 + int(attrs["this_length"]),
        r_start=r0,
        r_end=r0 + int(attrs["source_length"]),
        type=attrs.get("type", ""),
        obfuscation=attrs.get("obfuscation", "") or attrs.get("type", ""),
        **extra,  # type: ignore[arg-type]
    )


def load_indonesian(eval_dir: Path) -> PanCorpus:
    base = _require("Indonesian PAN-11 style", eval_dir / INDONESIAN_DIR)
    susp_dir = _require("Indonesian PAN-11 style", base / "suspicious-documents")
    src_dir = _require("Indonesian PAN-11 style", base / "source-documents")
    susp_paths = sorted(susp_dir.glob("*.txt"))
    src_paths = sorted(src_dir.glob("*.txt"))
    documents = [Document(id=p.name, text=read_text_exact(p)) for p in susp_paths + src_paths]
    cases = []
    for xml_path in sorted(susp_dir.glob("*.xml")):
        for reference, attrs in _features(xml_path):
            cases.append(_case(reference, attrs))
    return PanCorpus(
        documents=tuple(documents),
        suspicious=tuple(p.name for p in susp_paths),
        sources=tuple(p.name for p in src_paths),
        cases=tuple(cases),
        positive_pairs=frozenset((c.susp, c.src) for c in cases),
    )


def load_pan13(eval_dir: Path) -> PanCorpus:
    base = _require("PAN 2013 subset", eval_dir / PAN13_DIR)
    ann_dir = _require("PAN 2013 subset", base / "02-no-obfuscation")
    quality_path = _require("PAN 2013 subset", base / "span_quality_COMPUTED_BY_US.tsv")
    pairs_path = _require("PAN 2013 subset", ann_dir / "pairs")
    quality: dict[tuple[str, str, int, int, int, int], tuple[float, bool]] = {}
    lines = quality_path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=True))
        key = (
            row["susp"],
            row["src"],
            int(row["this_offset"]),
            int(row["this_length"]),
            int(row["source_offset"]),
            int(row["source_length"]),
        )
        in_bounds = row["this_span_in_bounds"] == "1" and row["source_span_in_bounds"] == "1"
        quality[key] = (float(row["char_similarity_ratio_of_the_two_spans"]), in_bounds)
    pairs = []
    for line in pairs_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            susp, src = line.split()
            pairs.append((susp, src))
    cases = []
    for susp, src in pairs:
        xml_path = ann_dir / f"{susp.removesuffix('.txt')}-{src.removesuffix('.txt')}.xml"
        for reference, attrs in _features(xml_path):
            key = (
                reference,
                attrs["source_reference"],
                int(attrs["this_offset"]),
                int(attrs["this_length"]),
                int(attrs["source_offset"]),
                int(attrs["source_length"]),
            )
            ratio, in_bounds = quality.get(key, (0.0, False))
            cases.append(_case(reference, attrs, quality=ratio, in_bounds=in_bounds))
    susp_ids = sorted({s for s, _ in pairs})
    src_ids = sorted({r for _, r in pairs})
    documents = [Document(id=s, text=read_text_exact(base / "susp" / s)) for s in susp_ids]
    documents += [Document(id=r, text=read_text_exact(base / "src" / r)) for r in src_ids]
    return PanCorpus(
        documents=tuple(documents),
        suspicious=tuple(susp_ids),
        sources=tuple(src_ids),
        cases=tuple(cases),
        positive_pairs=frozenset(pairs),
    )


# --------------------------------------------------------------------------- MSRP


@dataclass(frozen=True, slots=True)
class MsrpPair:
    label: int
    id1: str
    id2: str
    text1: str
    text2: str


def load_msrp(eval_dir: Path, split: str) -> tuple[MsrpPair, ...]:
    """``split`` is ``"train"`` or ``"test"``."""
    path = _require("MSRP", eval_dir / MSRP_DIR / f"msr_paraphrase_{split}.txt")
    pairs = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 5 or fields[0] not in {"0", "1"}:
            continue  # a header line, if a copy still has one
        pairs.append(MsrpPair(int(fields[0]), fields[1], fields[2], fields[3], fields[4]))
    return tuple(pairs)
