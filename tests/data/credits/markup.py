"""The mark-up and the checks shared by ``build.py`` (dev and test sets) and ``build_heldout.py``.

A credit is written ``⟦F:Agency|span text⟧``: ``F`` is its form (:data:`FORMS`), ``Agency`` one of
the canonical names (:data:`AGENCIES`), and ``span text`` the text that is kept and whose offsets
are recorded. A negative is written ``N("kind", "text")`` and contains no mark-up.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

AGENCIES = (
    "Reuters", "Associated Press", "AFP", "dpa", "EFE", "ANSA", "Xinhua", "PTI", "ANI", "IANS",
    "Bernama", "Anadolu", "APP", "Kyodo", "Yonhap", "TASS", "Antara", "Europa Press", "Bloomberg",
    "UPI", "PR Newswire", "Business Wire", "Globe Newswire",
)

FORMS = {
    "D": "dateline",  # the credit in the dateline: (Reuters), /PRNewswire/, 新华社北京1月5日电
    "I": "inline",  # a credit inside or after a paragraph that is not a dateline: (AFP), — with AP
    "C": "combined",  # one of several agencies credited together: AFP/Reuters, (ANSA-AFP)
    "A": "attribution",  # a phrase that attributes the report: according to Reuters, selon l'AFP
    "S": "sign-off",  # a closing credit: Reporting by ...; Editing by ..., — AFP, -- BERNAMA
    "B": "byline",  # the byline names the agency: By Reuters, Por EFE
}

LANGS = ("en", "es", "fr", "de", "it", "pt", "id", "ms", "tr", "zh", "ur", "hi")

OPEN, CLOSE = "⟦", "⟧"
MARK = re.compile(r"⟦([A-Z]):([^|⟦⟧]+)\|([^⟦⟧]+)⟧")
NBSP = "\u00a0"


@dataclass(frozen=True)
class Neg:
    kind: str
    text: str


def N(kind: str, text: str) -> Neg:  # short on purpose: written hundreds of times
    return Neg(kind, text)


@dataclass(frozen=True)
class Credit:
    start: int
    end: int
    agency: str
    form: str


@dataclass(frozen=True)
class Record:
    id: str
    lang: str
    text: str
    credits: tuple[Credit, ...]
    neg_kind: str | None
    source: str  # the marked-up text it was built from

    def as_json(self) -> str:
        obj = {
            "id": self.id,
            "lang": self.lang,
            "text": self.text,
            "credits": [{"start": c.start, "end": c.end, "agency": c.agency} for c in self.credits],
        }
        return json.dumps(obj, ensure_ascii=False)


class DataError(ValueError):
    pass


def parse(marked: str, where: str) -> tuple[str, tuple[Credit, ...]]:
    """The text without mark-up and its credits; raises DataError on anything malformed."""
    parts: list[str] = []
    credits: list[Credit] = []
    length = 0
    pos = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        form, agency, span = m.group(1), m.group(2), m.group(3)
        if form not in FORMS:
            raise DataError(f"{where}: unknown form {form!r}")
        if agency not in AGENCIES:
            raise DataError(f"{where}: agency {agency!r} is not canonical")
        if span != span.strip():
            raise DataError(f"{where}: span {span!r} has surrounding white space")
        parts.append(before)
        length += len(before)
        credits.append(Credit(length, length + len(span), agency, form))
        parts.append(span)
        length += len(span)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for ch in (OPEN, CLOSE):
        if ch in text:
            raise DataError(f"{where}: stray {ch} (malformed mark-up)")
    return text, tuple(credits)


def build_records(
    data: Mapping[str, Sequence[str | Neg]], neg_kinds: Mapping[str, str], id_prefix: str = ""
) -> list[Record]:
    """The records of ``data`` (language -> marked texts and negatives), ids ``<prefix><lang>-<nnn>``,
    validated: known negative kinds, positives with a credit, no surrounding white space, no text
    twice, offsets that give back the marked text."""
    records: list[Record] = []
    seen_texts: dict[str, str] = {}
    for lang in LANGS:
        for i, item in enumerate(data[lang], 1):
            rid = f"{id_prefix}{lang}-{i:03d}"
            if isinstance(item, Neg):
                if item.kind not in neg_kinds:
                    raise DataError(f"{rid}: unknown negative kind {item.kind!r}")
                source = item.text
                text, credits = parse(source, rid)
                if credits:
                    raise DataError(f"{rid}: a negative has credits")
                neg_kind: str | None = item.kind
            else:
                source = item
                text, credits = parse(source, rid)
                if not credits:
                    raise DataError(f"{rid}: a positive without a marked credit (use N(...))")
                neg_kind = None
            if text != text.strip():
                raise DataError(f"{rid}: text has surrounding white space")
            if text in seen_texts:
                raise DataError(f"{rid}: same text as {seen_texts[text]}")
            seen_texts[text] = rid
            records.append(Record(rid, lang, text, credits, neg_kind, source))
    validate(records)
    return records


def validate(records: Sequence[Record]) -> None:
    """Spans inside the text, not overlapping, canonical agencies, and offsets that rebuild the
    marked text the record came from."""
    for r in records:
        last_end = -1
        for c in sorted(r.credits, key=lambda c: c.start):
            if not 0 <= c.start < c.end <= len(r.text):
                raise DataError(f"{r.id}: span {c} outside the text")
            if c.start < last_end:
                raise DataError(f"{r.id}: overlapping spans")
            last_end = c.end
            if c.agency not in AGENCIES:
                raise DataError(f"{r.id}: agency {c.agency!r} is not canonical")
        rebuilt = []
        pos = 0
        for c in r.credits:
            rebuilt.append(r.text[pos:c.start])
            rebuilt.append(f"{OPEN}{c.form}:{c.agency}|{r.text[c.start:c.end]}{CLOSE}")
            pos = c.end
        rebuilt.append(r.text[pos:])
        if "".join(rebuilt) != r.source:
            raise DataError(f"{r.id}: offsets do not give back the marked text")
        if r.lang not in LANGS:
            raise DataError(f"{r.id}: unknown language {r.lang!r}")


def readme_with_counts(readme: Path, begin: str, end: str, counts: str) -> dict[Path, str]:
    """``{readme: its text with counts between the markers}`` (unchanged text without the markers;
    nothing when there is no README)."""
    if not readme.exists():
        return {}
    text = readme.read_text(encoding="utf-8")
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        _, tail = rest.split(end, 1)
        text = f"{head}{begin}\n{counts}\n{end}{tail}"
    return {readme: text}


def run_builder(argv: Sequence[str], name: str, outputs: Callable[[], dict[Path, str]],
                counts: Callable[[], str]) -> int:
    """A builder's command line: ``--check`` exits 1 naming the files that are not what the data
    gives; otherwise the files are written and the counts printed. Bad data exits 2."""
    try:
        out = outputs()
    except DataError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if "--check" in argv:
        stale = [p.name for p, t in out.items() if not p.exists() or p.read_text(encoding="utf-8") != t]
        if stale:
            print("out of date: " + ", ".join(stale) + f" (run {name})", file=sys.stderr)
            return 1
        return 0
    for path, text in out.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    print(counts())
    return 0
