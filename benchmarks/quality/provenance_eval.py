"""Provenance measured on generated scrapes with planted provenance truth (``provenance-8``).

    python -m benchmarks.quality.provenance_eval [--seeds 100 101 102] [--msrp PATH | --no-msrp]
        [--markdown] [--errors N]

Each corpus (:func:`syndetect.testing.scrape.preset` ``"provenance-8"``: 8 outlets, 300 articles, 45
wire stories, credits 0.6, every document dated and sourced, about 30 per-outlet versions, word edits
planted with exact truth; definitions in :mod:`syndetect.testing.scrape_truth`) is scanned with
:func:`syndetect.scan` (default ``ScanConfig()``) and ``result.provenance`` is compared with the truth.
When the scan leaves ``provenance`` empty (``provenance=False``), it comes from
:func:`syndetect.provenance.trace.attribute`. What cannot be measured is shown as ``n/a``.

1. **Per-outlet copied share**: for every outlet of the truth, ``OutletStats.copied_share`` against
   the truth's, in percentage points: the largest and the mean absolute difference (target: every
   outlet within 2 pp). Copied documents, credited copies and the median delay are shown beside it
   (the mean absolute difference of the median delay, in hours, over outlets where both give one).
2. **Member status**: every member of a reported family that is a member of a truth family, its
   ``status`` against the truth's (``source`` / ``credited`` / ``uncredited``; target >= 0.97).
   Members of reported families outside every truth family are counted apart.
3. **Pair relation**: every reported pair that is a truth pair, its ``PairRelation.relation``
   against the truth's (``copy`` / ``version`` / ``quote``; target >= 0.97).
4. **Edit counts**: every truth member whose pair with its truth family source was reported and is
   a copy (or quote) in the truth: does an ``EditSummary`` of that pair (source -> member) give the
   truth's words inserted, deleted, substituted and typographic exactly (target: all)? A missing
   summary, or one against another source document, counts as not exact and is reported apart.
   An outlet's versions of its own articles are scored apart (their pages differ in the update's
   time too, which the truth does not count).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import syndetect
from syndetect import ScanConfig
from syndetect.provenance.trace import attribute
from syndetect.testing.scrape import ScrapeCorpus, preset
from syndetect.testing.scrape_truth import EDIT_KINDS
from syndetect.types import EditSummary, OutletStats, ScanResult

from .loaders import msrp_prose, scrape_eval_arguments

__all__ = ["SeedScores", "main", "measure", "score"]

PRESET = "provenance-8"
STATUSES = ("source", "credited", "uncredited")
RELATIONS = ("copy", "version", "quote")
_FIELDS = dict(zip(EDIT_KINDS, ("inserted", "deleted", "substituted", "typographic"), strict=True))
"""Edit kind -> the ``EditSummary`` field counting its words."""


@dataclass(frozen=True)
class OutletRow:
    outlet: str
    truth: OutletStats
    found: OutletStats | None

    @property
    def diff_pp(self) -> float:
        found = self.found.copied_share if self.found is not None else 0.0
        return 100.0 * abs(found - self.truth.copied_share)


@dataclass
class SeedScores:
    """One corpus against its truth."""

    seed: int
    seconds: float = 0.0
    outlets: list[OutletRow] = field(default_factory=list)
    """Empty when the scan gives no ``OutletStats``."""
    statuses: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(truth, reported) -> members."""
    members_outside: int = 0
    relations: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(truth, reported) -> truth pairs reported."""
    relations_on_false_pairs: int = 0
    has_relations: bool = False
    has_edits: bool = False
    edit_members: int = 0
    """Truth members whose pair with the truth family source was reported, that pair a copy or a
    quote in the truth (an outlet's versions of its own articles are counted apart)."""
    edit_exact: int = 0
    edit_missing: int = 0
    """... of which no summary of that pair."""
    edit_other_source: int = 0
    """... of which a summary against another source document."""
    edit_errors: Counter[str] = field(default_factory=Counter)
    """Edit kind -> summaries (of the right pair) whose count of that kind is wrong."""
    edit_truth_words: Counter[str] = field(default_factory=Counter)
    edit_found_words: Counter[str] = field(default_factory=Counter)
    version_members: int = 0
    """Versions (same outlet) whose pair with the truth family source was reported."""
    version_exact: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def max_pp(self) -> float | None:
        return max((r.diff_pp for r in self.outlets), default=None)

    @property
    def mean_pp(self) -> float | None:
        return statistics.mean(r.diff_pp for r in self.outlets) if self.outlets else None

    @property
    def delay_hours(self) -> float | None:
        """Mean absolute difference of the median delay, over outlets where both give one."""
        diffs = [abs(r.found.median_delay_hours - r.truth.median_delay_hours) for r in self.outlets
                 if r.found is not None and r.found.median_delay_hours is not None
                 and r.truth.median_delay_hours is not None]
        return statistics.mean(diffs) if diffs else None

    @property
    def status_accuracy(self) -> float | None:
        n = sum(self.statuses.values())
        return sum(v for (t, p), v in self.statuses.items() if t == p) / n if n else None

    @property
    def relation_accuracy(self) -> float | None:
        n = sum(self.relations.values())
        return sum(v for (t, p), v in self.relations.items() if t == p) / n if n else None

    @property
    def edit_accuracy(self) -> float | None:
        return self.edit_exact / self.edit_members if self.has_edits and self.edit_members else None

    @property
    def version_accuracy(self) -> float | None:
        return self.version_exact / self.version_members if self.has_edits and self.version_members else None


def score(corpus: ScrapeCorpus, result: ScanResult) -> SeedScores:
    """Compare ``result`` (its ``provenance``, else :func:`attribute`'s) with ``corpus``'s truth."""
    s = SeedScores(corpus.seed)
    prov = result.provenance
    if prov is None or not (prov.families or prov.pairs):
        prov = attribute(corpus.documents, result)
    doc_outlet = {d.id: d.source for d in corpus.documents}

    if prov.outlets:
        found = {o.outlet: o for o in prov.outlets}
        rows = (OutletRow(name, t, found.get(name)) for name, t in corpus.outlet_stats.items())
        s.outlets = sorted(rows, key=lambda r: -r.diff_pp)
        for name in sorted(set(found) - set(corpus.outlet_stats)):
            s.errors.append(f"outlet {name!r} reported, not in the truth")

    for fam in prov.families:
        for m in fam.members:
            truth = corpus.statuses.get(m.doc_id)
            if truth is None:
                s.members_outside += 1
                continue
            s.statuses[(truth, m.status)] += 1
            if truth != m.status:
                s.errors.append(
                    f"status {m.doc_id} ({corpus.kinds[m.doc_id]}, {doc_outlet[m.doc_id]}): truth {truth}, "
                    f"found {m.status} (agency {m.agency}, family source "
                    f"{fam.source_agency or fam.source_document}, "
                    f"truth source {corpus.family_sources[m.doc_id]})"
                )

    s.has_relations = bool(prov.pairs)
    for rel in prov.pairs:
        key = (min(rel.a, rel.b), max(rel.a, rel.b))
        truth = corpus.relations.get(key)
        if truth is None:
            s.relations_on_false_pairs += 1
            continue
        s.relations[(truth, rel.relation)] += 1
        if truth != rel.relation:
            s.errors.append(
                f"relation {key[0]}-{key[1]} ({corpus.kinds[key[0]]}/{corpus.kinds[key[1]]}, "
                f"{doc_outlet[key[0]]} / {doc_outlet[key[1]]}): truth {truth}, found {rel.relation}"
            )

    summaries = prov.edits
    s.has_edits = summaries is not None
    reported = {(min(p.a, p.b), max(p.a, p.b)) for p in result.pairs}
    by_copy: dict[str, list[EditSummary]] = {}
    for summary in summaries or ():
        by_copy.setdefault(summary.copy, []).append(summary)
    for doc in sorted(corpus.edits) if summaries is not None else ():
        source = corpus.family_sources[doc]
        key = (min(doc, source), max(doc, source))
        if key not in reported:
            continue
        truth = corpus.edit_counts(doc)
        mine = [x for x in by_copy.get(doc, []) if x.source == source]
        if corpus.relations[key] == "version":
            s.version_members += 1
            got = {k: getattr(mine[0], f) for k, f in _FIELDS.items()} if mine else None
            if got == truth:
                s.version_exact += 1
            else:
                s.errors.append(f"edits (version) {source}->{doc}: truth {_counts(truth)}, "
                                f"found {_counts(got) if got else 'no summary'}")
            continue
        s.edit_members += 1
        s.edit_truth_words.update(truth)
        if not mine:
            others = by_copy.get(doc, [])
            if others:
                s.edit_other_source += 1
                s.errors.append(f"edits {doc}: summary against {others[0].source}, truth source {source}")
            else:
                s.edit_missing += 1
                s.errors.append(f"edits {doc}: no summary against {source}")
            continue
        got = {k: getattr(mine[0], f) for k, f in _FIELDS.items()}
        s.edit_found_words.update(got)
        if got == truth:
            s.edit_exact += 1
        else:
            s.edit_errors.update(k for k in EDIT_KINDS if got[k] != truth[k])
            s.errors.append(
                f"edits {source}->{doc} ({corpus.kinds[doc]}): truth {_counts(truth)}, found {_counts(got)}"
            )
    return s


def _counts(c: dict[str, int]) -> str:
    return " ".join(f"{k[:3]} {c[k]}" for k in EDIT_KINDS)


def measure(seeds: Sequence[int], msrp: Path | None, *, log: bool = True) -> list[SeedScores]:
    out = []
    for seed in seeds:
        t0 = time.perf_counter()
        corpus = preset(PRESET, seed, msrp=msrp)
        result = syndetect.scan(corpus.documents, ScanConfig())
        s = score(corpus, result)
        s.seconds = time.perf_counter() - t0
        if log:
            print(f"{PRESET} seed {seed}: {len(corpus.documents)} documents, {len(result.pairs)} pairs, "
                  f"{s.seconds:.1f} s", file=sys.stderr)
        out.append(s)
    return out


def _f(x: float | None, fmt: str = "{:.3f}") -> str:
    return "n/a" if x is None else fmt.format(x)


def _confusion(title: str, labels: Sequence[str], counts: Counter[tuple[str, str]]) -> list[str]:
    found = list(labels) + sorted({p for _, p in counts} - set(labels))
    lines = ["", f"| {title} truth \\ found | " + " | ".join(found) + " |", "|---|" + "---:|" * len(found)]
    for t in labels:
        lines.append(f"| {t} | " + " | ".join(str(counts[(t, p)]) for p in found) + " |")
    return lines


def render(scores: Sequence[SeedScores], *, worst: int = 5) -> str:
    seeds = " ".join(str(s.seed) for s in scores)
    lines = [f"Preset `{PRESET}`, seeds {seeds}; default `ScanConfig()`.", ""]
    lines += [
        "| seed | outlet share max pp | mean pp | median delay mean diff h | status acc | members "
        "| relation acc | pairs "
        "| edits exact | copies | no summary | other source | versions' edits exact |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in scores:
        lines.append(
            f"| {s.seed} | {_f(s.max_pp, '{:.2f}')} | {_f(s.mean_pp, '{:.2f}')} "
            f"| {_f(s.delay_hours, '{:.2f}')} | {_f(s.status_accuracy)} "
            f"| {sum(s.statuses.values())} | {_f(s.relation_accuracy)} | {sum(s.relations.values())} "
            f"| {_f(s.edit_accuracy)} | {s.edit_members if s.has_edits else 'n/a'} "
            f"| {s.edit_missing if s.has_edits else 'n/a'} "
            f"| {s.edit_other_source if s.has_edits else 'n/a'} "
            f"| {_f(s.version_accuracy)} ({s.version_members}) |"
        )
    statuses: Counter[tuple[str, str]] = Counter()
    relations: Counter[tuple[str, str]] = Counter()
    edit_errors: Counter[str] = Counter()
    for s in scores:
        statuses.update(s.statuses)
        relations.update(s.relations)
        edit_errors.update(s.edit_errors)
    lines += _confusion("status", STATUSES, statuses)
    lines.append(f"\nMembers of reported families outside every truth family: "
                 f"{sum(s.members_outside for s in scores)}.")
    if any(s.has_relations for s in scores):
        lines += _confusion("relation", RELATIONS, relations)
        lines.append(f"\nRelations on pairs that are not truth pairs: "
                     f"{sum(s.relations_on_false_pairs for s in scores)}.")
    if any(s.has_edits for s in scores):
        truth_w: Counter[str] = Counter()
        found_w: Counter[str] = Counter()
        for s in scores:
            truth_w.update(s.edit_truth_words)
            found_w.update(s.edit_found_words)
        lines += ["", "| edit kind | truth words | found words (summaries of the right pair) "
                  "| wrong summaries |", "|---|---:|---:|---:|"]
        for k in EDIT_KINDS:
            lines.append(f"| {k} | {truth_w[k]} | {found_w[k]} | {edit_errors[k]} |")
    rows = [(s.seed, r) for s in scores for r in s.outlets]
    if rows:
        lines += ["", "| seed | worst outlets | truth share | found share | pp | truth copied / credited "
                  "| found copied / credited | truth median delay h | found |",
                  "|---|---|---:|---:|---:|---|---|---:|---:|"]
        for seed, r in sorted(rows, key=lambda x: -x[1].diff_pp)[:worst]:
            f = r.found
            lines.append(
                f"| {seed} | {r.outlet} | {100 * r.truth.copied_share:.2f} | "
                f"{_f(f.copied_share * 100 if f else None, '{:.2f}')} | {r.diff_pp:.2f} "
                f"| {r.truth.copied_documents} / {r.truth.credited} "
                f"| {f'{f.copied_documents} / {f.credited}' if f else 'n/a'} "
                f"| {_f(r.truth.median_delay_hours, '{:.1f}')} "
                f"| {_f(f.median_delay_hours if f else None, '{:.1f}')} |"
            )
    else:
        lines += ["", "Per-outlet copied share: n/a (the scan reports no `OutletStats`)."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = scrape_eval_arguments(__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=5, help="worst outlets listed")
    args = parser.parse_args(argv)
    msrp = msrp_prose(args)
    scores = measure(args.seeds, msrp)
    print(render(scores, worst=args.worst))
    if not args.markdown:
        errors = [e for s in scores for e in (f"[{s.seed}] {x}" for x in s.errors)]
        kinds = Counter(e.split("] ")[1].split(" ")[0] for e in errors)
        print(f"\n{len(errors)} errors: {dict(kinds)}")
        for e in errors[: args.errors]:
            print(" ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
