"""Precision and recall of :func:`syndetect.provenance.credits.find_credits` on a labelled JSONL file.

    python -m benchmarks.quality.credits_eval FILE.jsonl [--markdown]

Each line of the file is one object ``{"id": str, "lang": str, "text": str, "credits": [{"start": int,
"end": int, "agency": str}]}`` (``credits`` empty for a text without credit; offsets are half-open
character offsets into ``text``).

Scoring: a predicted credit matches a gold credit when the agency is equal and the spans overlap; each
gold credit and each prediction matches at most once (a maximum matching per document, so the count
does not depend on the order of the credits). Precision = matched predictions / predictions, recall =
matched gold / gold, overall and per language (and per agency). Every miss and false alarm is listed
with its text in context. With ``--markdown`` only the table is printed, for the docs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from syndetect.provenance.credits import Credit, find_credits_batch

__all__ = ["Case", "Gold", "Score", "load", "main", "match", "score"]


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    agency: str


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    text: str
    credits: tuple[Gold, ...]


@dataclass
class Score:
    """Counts for one group of documents."""

    docs: int = 0
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_pred: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched_pred / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


class LabelError(ValueError):
    """The labelled file is malformed (the message names the line and the field)."""


def load(path: Path) -> list[Case]:
    """The cases of a labelled JSONL file, checked field by field."""
    cases: list[Case] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise LabelError(f"{where}: not JSON ({exc})") from exc
            if not isinstance(obj, dict):
                raise LabelError(f"{where}: expected an object, got {type(obj).__name__}")
            for key, kind in (("id", str), ("lang", str), ("text", str), ("credits", list)):
                if not isinstance(obj.get(key), kind):
                    raise LabelError(f"{where}: field {key!r} must be {kind.__name__}, got {obj.get(key)!r}")
            text = obj["text"]
            gold = []
            for i, c in enumerate(obj["credits"]):
                ok = (
                    isinstance(c, dict)
                    and isinstance(c.get("start"), int)
                    and isinstance(c.get("end"), int)
                    and isinstance(c.get("agency"), str)
                    and 0 <= c["start"] < c["end"] <= len(text)
                )
                if not ok:
                    raise LabelError(
                        f"{where}: credits[{i}] = {c!r} must be {{start, end, agency}} with "
                        f"0 <= start < end <= len(text) = {len(text)}"
                    )
                gold.append(Gold(c["start"], c["end"], c["agency"]))
            cases.append(Case(obj["id"], obj["lang"], text, tuple(gold)))
    return cases


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def match(gold: Sequence[Gold], pred: Sequence[Credit]) -> dict[int, int]:
    """A maximum one-to-one matching of gold credits to predictions (same agency, overlapping spans),
    as ``{gold index: prediction index}`` (augmenting paths; documents hold a handful of credits)."""
    edges = [
        [j for j, p in enumerate(pred) if p.agency == g.agency and _overlap(g.start, g.end, p.start, p.end)]
        for g in gold
    ]
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class Report:
    overall: Score
    by_lang: dict[str, Score]
    by_agency: dict[str, Score]
    misses: list[tuple[Case, Gold]]
    false_alarms: list[tuple[Case, Credit]]


def score(cases: Sequence[Case]) -> Report:
    preds = find_credits_batch([c.text for c in cases])
    overall = Score()
    by_lang: dict[str, Score] = defaultdict(Score)
    by_agency: dict[str, Score] = defaultdict(Score)
    misses: list[tuple[Case, Gold]] = []
    alarms: list[tuple[Case, Credit]] = []
    for case, pred in zip(cases, preds, strict=True):
        pairs = match(case.credits, pred)
        matched_pred = set(pairs.values())
        for s in (overall, by_lang[case.lang]):
            s.docs += 1
            s.gold += len(case.credits)
            s.predicted += len(pred)
            s.matched_gold += len(pairs)
            s.matched_pred += len(matched_pred)
        for i, g in enumerate(case.credits):
            by_agency[g.agency].gold += 1
            by_agency[g.agency].matched_gold += i in pairs
            if i not in pairs:
                misses.append((case, g))
        for j, p in enumerate(pred):
            by_agency[p.agency].predicted += 1
            by_agency[p.agency].matched_pred += j in matched_pred
            if j not in matched_pred:
                alarms.append((case, p))
    return Report(overall, dict(sorted(by_lang.items())), dict(sorted(by_agency.items())), misses, alarms)


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def table(report: Report) -> str:
    """A Markdown table: overall, then one row per language."""
    rows = [
        "| language | texts | gold | predicted | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in [("**all**", report.overall), *report.by_lang.items()]:
        rows.append(
            f"| {name} | {s.docs} | {s.gold} | {s.predicted} | {_fmt(s.precision)} | {_fmt(s.recall)} "
            f"| {_fmt(s.f1)} |"
        )
    return "\n".join(rows)


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return repr(left)[1:-1] + " [[" + repr(text[start:end])[1:-1] + "]] " + repr(right)[1:-1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="labelled JSONL file")
    parser.add_argument("--markdown", action="store_true", help="print only a Markdown table")
    args = parser.parse_args(argv)
    try:
        cases = load(args.path)
    except (OSError, LabelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = score(cases)
    if args.markdown:
        print(table(report))
        return 0
    o = report.overall
    print(f"{args.path}: {o.docs} texts, {o.gold} gold credits, {o.predicted} predicted")
    print(f"precision {_fmt(o.precision)}  recall {_fmt(o.recall)}  F1 {_fmt(o.f1)}\n")
    print(f"{'language':<10} {'texts':>5} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6}")
    for lang, s in report.by_lang.items():
        p, r = _fmt(s.precision), _fmt(s.recall)
        print(f"{lang:<10} {s.docs:>5} {s.gold:>5} {s.predicted:>5} {p:>6} {r:>6}")
    print(f"\n{'agency':<18} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6}")
    for agency, s in report.by_agency.items():
        print(f"{agency:<18} {s.gold:>5} {s.predicted:>5} {_fmt(s.precision):>6} {_fmt(s.recall):>6}")
    print(f"\nmisses ({len(report.misses)}):")
    for case, g in report.misses:
        where = f"{case.id} [{case.lang}] {g.agency} {g.start}-{g.end}"
        print(f"  {where}: {_context(case.text, g.start, g.end)}")
    print(f"\nfalse alarms ({len(report.false_alarms)}):")
    for case, p in report.false_alarms:
        print(
            f"  {case.id} [{case.lang}] {p.agency} ({p.kind}) {p.start}-{p.end}: "
            f"{_context(case.text, p.start, p.end)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
