"""Score syndetect on generated news scrapes (:mod:`syndetect.testing.scrape`) against exact ground truth.

    python -m benchmarks.quality.scrape_eval [--seeds 100 101 102] [--msrp PATH | --no-msrp]
                                              [--presets scrape-8 wide-60 ...]

Each preset is generated per seed with and without declared sources, scanned with the default
``ScanConfig()``, and scored; one Markdown row per preset and sources, counts summed over the seeds.

Seeds: **100 and above are the evaluation seeds** (the default, and the ones quality floors use);
**0-9 are the development seeds** to look at and tune on. Keep them apart: a change tuned on 100+
measures nothing.

The measures (all from :class:`syndetect.testing.scrape.ScrapeCorpus`):

- pairs: precision, recall and F1 of the reported pairs against the truth pairs (pairs that share
  planted wire text);
- passage characters: per reported pair and per side, the union of its passages intersected with the
  union of that pair's planted spans. Precision divides the sum by all reported passage characters
  (both sides, every reported pair, false ones included); recall divides it by the planted characters of
  every truth pair (both sides, unreported pairs included);
- false pairs: reported pairs outside the truth, split into furniture-only (no passage at all, or every
  passage inside the furniture spans of at least one of the two documents: text one page carries as
  furniture, such as another article's headline in its "Most read" list, is not syndication), partly
  furniture (some passage overlaps furniture) and other;
- families: how many true families have all their members in one reported family, how many reported
  families mix documents of two true families or documents of none, how many family members are in
  no reported family;
- story coverage, for stories carried by ``min_copies`` (10) copies or more: per copy the share of its
  story span (first to last wire paragraph) covered by some passage of some reported pair.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import syndetect
from syndetect import ScanConfig, ScanResult
from syndetect.testing.scrape import PRESETS, ScrapeCorpus, StoryCopy, preset

from .loaders import MSRP_DIR, default_eval_dir
from .metrics import Prf, merge_intervals

__all__ = [
    "DEV_SEEDS",
    "EVAL_SEEDS",
    "CharScores",
    "Coverage",
    "FalsePairs",
    "FamilyScores",
    "ScrapeScores",
    "false_pairs",
    "family_scores",
    "main",
    "pair_scores",
    "passage_chars",
    "planted_char_total",
    "score",
    "story_coverage",
]

EVAL_SEEDS = (100, 101, 102)
"""Seeds of the evaluation and its floors; never tune on them."""
DEV_SEEDS = tuple(range(10))
"""Seeds to develop and tune on."""

Interval = tuple[int, int]


@dataclass(frozen=True)
class CharScores:
    matched: int
    """Reported passage characters inside the pair's planted spans (= planted characters covered)."""
    reported: int
    """All reported passage characters (union per pair and side)."""
    planted: int
    """Planted characters of every truth pair, both sides."""

    @property
    def precision(self) -> float:
        return self.matched / self.reported if self.reported else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.planted if self.planted else 1.0


@dataclass(frozen=True)
class FalsePairs:
    furniture_only: int
    """Reported pairs outside the truth with no passage, or whose every passage is furniture on one side."""
    no_passage: int
    """Of ``furniture_only``, those with no passage at all."""
    part_furniture: int
    """Other false pairs with a passage that overlaps furniture (e.g. bridging header and byline lines
    across the headline between them)."""
    other: int
    """False pairs whose passages touch no furniture (e.g. formulaic sentences of independent reports)."""


@dataclass(frozen=True)
class FamilyScores:
    true_families: int
    whole: int
    """True families whose members are all in one reported family."""
    impure: int
    """Reported families with documents of two or more true families, or of none."""
    lost_members: int
    """Members of true families that are in no reported family."""


@dataclass(frozen=True)
class Coverage:
    copies: int
    """Copies of stories with at least ``min_copies`` copies."""
    minimum: float
    mean: float
    at_least_95: int
    """Copies whose story span is covered at least 95%."""


@dataclass(frozen=True)
class ScrapeScores:
    pairs: Prf
    chars: CharScores
    false: FalsePairs
    families: FamilyScores
    coverage: Coverage


# --------------------------------------------------------------------------- interval helpers


def _length(intervals: Iterable[Interval]) -> int:
    return sum(e - s for s, e in intervals)


def _intersection(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """Characters in both unions; ``a`` and ``b`` sorted and disjoint (``merge_intervals`` output)."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            total += hi - lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def _within(span: Interval, text: str, region: Sequence[Interval]) -> bool:
    """True when ``span``, leading and trailing whitespace aside, lies inside one interval of ``region``."""
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return any(lo <= s and e <= hi for lo, hi in region)


def _overlaps(span: Interval, region: Sequence[Interval]) -> bool:
    return any(lo < span[1] and span[0] < hi for lo, hi in region)


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


# --------------------------------------------------------------------------- measures


def pair_scores(corpus: ScrapeCorpus, result: ScanResult) -> Prf:
    """Reported pairs against the truth pairs."""
    reported = {_key(p.a, p.b) for p in result.pairs}
    tp = sum(1 for a, b in reported if corpus.is_pair(a, b))
    return Prf(tp, len(reported) - tp, corpus.n_pairs() - tp)


def _span_length(x: StoryCopy, lo: int, hi: int, partner_dateline: bool) -> int:
    start, _, dl = x.spans[lo - x.lo]
    if not (dl > 0 and partner_dateline):
        start += dl
    return x.spans[hi - 1 - x.lo][1] - start


def planted_char_total(corpus: ScrapeCorpus) -> int:
    """Sum over truth pairs of both planted spans' lengths, without listing the pairs.

    A copy's span for a partner depends only on the partner's paragraph range and on whether the
    partner keeps the dateline on the first shared paragraph, so partners are grouped by that signature.
    """
    total = 0
    for copies in corpus.stories().values():
        signatures = Counter((c.lo, c.hi, c.spans[0][2] > 0) for c in copies)
        for x in copies:
            own = (x.lo, x.hi, x.spans[0][2] > 0)
            for (lo, hi, dateline), n in signatures.items():
                n -= (lo, hi, dateline) == own
                a, b = max(x.lo, lo), min(x.hi, hi)
                if n and a < b:
                    total += n * _span_length(x, a, b, dateline and a == lo)
    return total


def passage_chars(corpus: ScrapeCorpus, result: ScanResult) -> CharScores:
    """Passage character precision and recall (both documents of each pair count)."""
    matched = reported = 0
    seen: set[tuple[str, str]] = set()
    for pair in result.pairs:
        key = _key(pair.a, pair.b)
        if key in seen:
            continue
        seen.add(key)
        side_a = merge_intervals((p.a_start, p.a_end) for p in pair.passages)
        side_b = merge_intervals((p.b_start, p.b_end) for p in pair.passages)
        reported += _length(side_a) + _length(side_b)
        truth_a: list[Interval] = []
        truth_b: list[Interval] = []
        for t in corpus.planted_for(pair.a, pair.b):
            truth_a.append((t.a_start, t.a_end) if t.a == pair.a else (t.b_start, t.b_end))
            truth_b.append((t.b_start, t.b_end) if t.a == pair.a else (t.a_start, t.a_end))
        matched += _intersection(side_a, merge_intervals(truth_a))
        matched += _intersection(side_b, merge_intervals(truth_b))
    return CharScores(matched, reported, planted_char_total(corpus))


def false_pairs(corpus: ScrapeCorpus, result: ScanResult) -> FalsePairs:
    """Reported pairs outside the truth: furniture-only (or without passages) and other."""
    furniture_only = no_passage = part_furniture = other = 0
    seen: set[tuple[str, str]] = set()
    for pair in result.pairs:
        key = _key(pair.a, pair.b)
        if key in seen or corpus.is_pair(pair.a, pair.b):
            continue
        seen.add(key)
        if not pair.passages:
            furniture_only += 1
            no_passage += 1
            continue
        text_a, text_b = corpus.text(pair.a), corpus.text(pair.b)
        fa, fb = corpus.furniture[pair.a], corpus.furniture[pair.b]
        if all(
            _within((p.a_start, p.a_end), text_a, fa) or _within((p.b_start, p.b_end), text_b, fb)
            for p in pair.passages
        ):
            furniture_only += 1
        elif any(
            _overlaps((p.a_start, p.a_end), fa) or _overlaps((p.b_start, p.b_end), fb) for p in pair.passages
        ):
            part_furniture += 1
        else:
            other += 1
    return FalsePairs(furniture_only, no_passage, part_furniture, other)


def family_scores(corpus: ScrapeCorpus, result: ScanResult) -> FamilyScores:
    """Whether each true family lands whole in one reported family, and how clean reported families are."""
    truth = corpus.families()
    true_of = {doc: k for k, fam in enumerate(truth) for doc in fam}
    reported_of = {doc: fam.id for fam in result.families for doc in fam.members}
    whole = sum(
        1
        for fam in truth
        if len({reported_of.get(d) for d in fam} - {None}) == 1 and all(d in reported_of for d in fam)
    )
    impure = sum(
        1
        for fam in result.families
        if len({true_of.get(d, -1) for d in fam.members}) > 1 or any(d not in true_of for d in fam.members)
    )
    lost = sum(1 for doc in true_of if doc not in reported_of)
    return FamilyScores(len(truth), whole, impure, lost)


def story_coverage(corpus: ScrapeCorpus, result: ScanResult, *, min_copies: int = 10) -> Coverage:
    """Per copy of a story with ``min_copies`` copies or more: share of its story span covered."""
    wide = [c for copies in corpus.stories().values() if len(copies) >= min_copies for c in copies]
    if not wide:
        return Coverage(0, 1.0, 1.0, 0)
    wanted = {c.doc for c in wide}
    covered: dict[str, list[Interval]] = defaultdict(list)
    for pair in result.pairs:
        for p in pair.passages:
            if pair.a in wanted:
                covered[pair.a].append((p.a_start, p.a_end))
            if pair.b in wanted:
                covered[pair.b].append((p.b_start, p.b_end))
    shares = []
    for c in wide:
        span = [(c.spans[0][0], c.spans[-1][1])]
        shares.append(_intersection(merge_intervals(covered[c.doc]), span) / (span[0][1] - span[0][0]))
    return Coverage(len(shares), min(shares), sum(shares) / len(shares), sum(1 for s in shares if s >= 0.95))


def score(corpus: ScrapeCorpus, result: ScanResult) -> ScrapeScores:
    return ScrapeScores(
        pair_scores(corpus, result),
        passage_chars(corpus, result),
        false_pairs(corpus, result),
        family_scores(corpus, result),
        story_coverage(corpus, result),
    )


# --------------------------------------------------------------------------- the table


@dataclass
class _Row:
    docs: int = 0
    truth: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    matched: int = 0
    reported_chars: int = 0
    planted_chars: int = 0
    furniture_only: int = 0
    no_passage: int = 0
    part_furniture: int = 0
    other: int = 0
    families: int = 0
    whole: int = 0
    impure: int = 0
    lost: int = 0
    copies: int = 0
    cov_min: float = 1.0
    at_least_95: int = 0
    seconds: float = 0.0
    fallback: int = 0

    def add(self, corpus: ScrapeCorpus, s: ScrapeScores, seconds: float) -> None:
        self.docs += len(corpus.documents)
        self.truth += s.pairs.tp + s.pairs.fn
        self.tp, self.fp, self.fn = self.tp + s.pairs.tp, self.fp + s.pairs.fp, self.fn + s.pairs.fn
        self.matched += s.chars.matched
        self.reported_chars += s.chars.reported
        self.planted_chars += s.chars.planted
        self.furniture_only += s.false.furniture_only
        self.no_passage += s.false.no_passage
        self.part_furniture += s.false.part_furniture
        self.other += s.false.other
        self.families += s.families.true_families
        self.whole += s.families.whole
        self.impure += s.families.impure
        self.lost += s.families.lost_members
        self.copies += s.coverage.copies
        if s.coverage.copies:
            self.cov_min = min(self.cov_min, s.coverage.minimum)
        self.at_least_95 += s.coverage.at_least_95
        self.seconds += seconds
        self.fallback += corpus.fallback_paragraphs


HEADER = [
    "corpus",
    "sources",
    "docs",
    "truth pairs",
    "pair P",
    "pair R",
    "pair F1",
    "char P",
    "char R",
    "furniture-only FP (no passage)",
    "FP partly furniture",
    "other FP",
    "families whole",
    "impure families",
    "lost members",
    "copy coverage min",
    "copies >= 95%",
    "scan s",
]


def _cells(name: str, sources: bool, row: _Row) -> list[str]:
    prf = Prf(row.tp, row.fp, row.fn)
    chars = CharScores(row.matched, row.reported_chars, row.planted_chars)
    coverage = (f"{row.cov_min:.3f}", f"{row.at_least_95}/{row.copies}") if row.copies else ("-", "-")
    return [
        name,
        "declared" if sources else "none",
        str(row.docs),
        str(row.truth),
        f"{prf.precision:.3f}",
        f"{prf.recall:.3f}",
        f"{prf.f1:.3f}",
        f"{chars.precision:.3f}",
        f"{chars.recall:.3f}",
        f"{row.furniture_only} ({row.no_passage})",
        str(row.part_furniture),
        str(row.other),
        f"{row.whole}/{row.families}",
        str(row.impure),
        str(row.lost),
        *coverage,
        f"{row.seconds:.1f}",
    ]


def run(
    presets: Sequence[str], seeds: Sequence[int], msrp: Path | None, *, log: bool = True
) -> tuple[list[list[str]], int]:
    """Generate, scan (default settings) and score: one table row per preset and sources setting, and
    the number of paragraphs the pseudo-word writer wrote because MSRP sentences ran out."""
    rows = []
    fallback = 0
    for name in presets:
        for sources in (False, True):
            row = _Row()
            for seed in seeds:
                corpus = preset(name, seed, declare_sources=sources, msrp=msrp)
                t0 = time.perf_counter()
                result = syndetect.scan(corpus.documents, ScanConfig())
                seconds = time.perf_counter() - t0
                row.add(corpus, score(corpus, result), seconds)
                if log:
                    print(f"{name} seed {seed} sources={sources}: {seconds:.1f} s", file=sys.stderr)
            rows.append(_cells(name, sources, row))
            fallback += row.fallback if sources else 0
    return rows, fallback


def render(rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=list(EVAL_SEEDS))
    parser.add_argument("--presets", nargs="+", default=list(PRESETS), choices=PRESETS)
    parser.add_argument("--msrp", type=Path, default=default_eval_dir() / MSRP_DIR)
    parser.add_argument("--no-msrp", action="store_true", help="prose from the pseudo-word writer")
    parser.add_argument("--out", type=Path, default=None,
                        help="Markdown file whose block between the scrape markers is rewritten")
    args = parser.parse_args(argv)
    msrp: Path | None = None if args.no_msrp or not args.msrp.exists() else args.msrp
    rows, fallback = run(args.presets, args.seeds, msrp)
    prose = "MSRP sentences" if msrp else "the pseudo-word writer"
    head = f"Seeds {' '.join(map(str, args.seeds))}; default `ScanConfig()`; prose: {prose}"
    head += f" ({fallback} paragraphs by the pseudo-word writer where MSRP ran out)." if msrp else "."
    print(head + "\n")
    print(render(rows))
    if args.out:
        command = "python -m benchmarks.quality.scrape_eval --out " + str(args.out)
        block = "\n".join([BEGIN, "", f"Reproduce with `{command}`.", "", head, "", render(rows), "", END])
        text = args.out.read_text(encoding="utf-8")
        before, rest = text.split(BEGIN, 1)
        args.out.write_text(before + block + rest.split(END, 1)[1], encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


BEGIN = "<!-- BEGIN GENERATED by benchmarks/quality/scrape_eval.py: do not edit by hand -->"
END = "<!-- END GENERATED by benchmarks/quality/scrape_eval.py -->"


if __name__ == "__main__":
    raise SystemExit(main())
