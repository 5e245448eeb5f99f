"""Wire credits and attribution measured on generated scrapes with planted credits (``credits-8``).

    python -m benchmarks.quality.attribution_eval [--seeds 100 101 102] [--msrp PATH | --no-msrp]
        [--markdown] [--errors N]

Each corpus (:func:`syndetect.testing.scrape.preset` ``"credits-8"``: every reprint credits its story's
agency with probability 0.6, truth in ``StoryCopy.credits``) is scanned with :func:`syndetect.scan`
(default ``ScanConfig()``) and attributed with :func:`syndetect.provenance.attribution.attribute`.
Three measures, against the truth only (neither the detector nor attribution is tuned on them):

1. **Credit detection**: :func:`~syndetect.provenance.credits.find_credits` over every document
   against the truth credits of every copy (planted ones, and those a copy carries anyway: the agency
   page's dateline, a kept story dateline, an embedded copy's introduction). A prediction matches a
   truth credit when the agency is equal and the spans overlap, one to one (greedy by start).
   Recall is also given for the planted credits alone and per form. Found credits with no truth
   credit are split by where they fall: the generator records only the credits it places, but MSRP
   prose is real news (``told Reuters``, ``according to The Associated Press``) and agency pages carry
   ``© Reuters``-style furniture, so many of these are real credits the truth does not list, not
   detector errors (``--no-msrp`` gives prose with none).
2. **Member labels**: every member of a reported family that is a copy of a wire story: truth
   ``credited`` when the copy credits its story's agency, else ``uncredited``; predicted the
   member's ``status`` (``credited`` / ``uncredited`` / ``source``). Accuracy counts ``credited`` for
   ``credited`` and ``uncredited`` for ``uncredited``; ``source`` is never right (no agency is named);
   a ``credited`` member of a family whose source agency is not the story's is counted apart.
3. **Family source agency**: per family whose planted copies all carry one story, is ``source_agency``
   that story's agency; families mixing stories or holding no planted copy are counted apart, and a
   family with no truth credit at all (nothing names the agency) is reported as such.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import syndetect
from syndetect import ScanConfig
from syndetect.provenance.credits import Credit, find_credits_batch
from syndetect.provenance.trace import attribute
from syndetect.testing.scrape import PlantedCredit, ScrapeCorpus, preset

from .loaders import msrp_prose, scrape_eval_arguments

__all__ = ["Tally", "main", "measure"]

PRESET = "credits-8"
STATUSES = ("credited", "uncredited", "source")


@dataclass
class Tally:
    """Counts summed over corpora."""

    gold: int = 0
    gold_found: int = 0
    planted: int = 0
    planted_found: int = 0
    predicted: int = 0
    predicted_matched: int = 0
    by_form: Counter[tuple[str, bool]] = field(default_factory=Counter)
    """(form, found) -> planted credits."""
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(truth, predicted status) -> members."""
    wrong_agency_credited: int = 0
    families: Counter[str] = field(default_factory=Counter)
    unmatched: Counter[str] = field(default_factory=Counter)
    """Where unmatched predictions fall: page furniture, copied wire text, other prose."""
    errors: list[str] = field(default_factory=list)


def _overlap(a: PlantedCredit, b: Credit) -> bool:
    return a.agency == b.agency and a.start < b.end and b.start < a.end


def _context(text: str, start: int, end: int) -> str:
    return repr(text[max(0, start - 40) : start] + "[" + text[start:end] + "]" + text[end : end + 40])


def _credits(corpus: ScrapeCorpus, found: dict[str, tuple[Credit, ...]], t: Tally) -> None:
    gold: dict[str, list[PlantedCredit]] = {}
    for copy in corpus.copies:
        gold.setdefault(copy.doc, []).extend(copy.credits)
    for doc in corpus.documents:
        golds = sorted(gold.get(doc.id, []), key=lambda c: c.start)
        preds = list(found[doc.id])
        used: set[int] = set()
        t.gold += len(golds)
        t.predicted += len(preds)
        for g in golds:
            k = next((k for k, p in enumerate(preds) if k not in used and _overlap(g, p)), None)
            if k is not None:
                used.add(k)
            t.gold_found += k is not None
            if g.planted:
                t.planted += 1
                t.planted_found += k is not None
                t.by_form[(g.form, k is not None)] += 1
            if k is None:
                t.errors.append(
                    f"credit missed ({g.form}, {g.agency}) {doc.id}: {_context(doc.text, g.start, g.end)}"
                )
        t.predicted_matched += len(used)
        furniture = corpus.furniture.get(doc.id, ())
        wire = corpus.story_spans(doc.id)
        for k, p in enumerate(preds):
            if k not in used:
                if any(s < p.end and p.start < e for s, e in furniture):
                    t.unmatched["in page furniture"] += 1
                elif any(s < p.end and p.start < e for s, e in wire):
                    t.unmatched["in copied wire text"] += 1
                else:
                    t.unmatched["in other prose"] += 1
                t.errors.append(
                    f"credit false alarm ({p.kind}, {p.agency}) {doc.id}: "
                    + _context(doc.text, p.start, p.end)
                )


def measure(seeds: Sequence[int], msrp: Path | None, *, log: bool = True) -> Tally:
    t = Tally()
    for seed in seeds:
        t0 = time.perf_counter()
        corpus = preset(PRESET, seed, msrp=msrp)
        result = syndetect.scan(corpus.documents, ScanConfig())
        prov = attribute(corpus.documents, result)
        found = dict(zip((d.id for d in corpus.documents), find_credits_batch(corpus.texts), strict=True))
        _credits(corpus, found, t)
        for fam in prov.families:
            stories: set[str] = set()
            for m in fam.members:
                stories |= {c.story for c in corpus.copies_of(m.doc_id)}
                for copy in corpus.copies_of(m.doc_id):
                    truth = "credited" if copy.credited else "uncredited"
                    t.confusion[(truth, m.status)] += 1
                    if m.status == "credited" and fam.source_agency != copy.agency:
                        t.wrong_agency_credited += 1
                    if (truth, m.status) not in (("credited", "credited"), ("uncredited", "uncredited")):
                        t.errors.append(
                            f"member {truth} -> {m.status} ({copy.kind}, story {copy.agency}, family source "
                            f"{fam.source_agency}, credit {m.credit}) {m.doc_id} family {fam.family_id}"
                        )
            if not stories:
                t.families["no planted copy"] += 1
                continue
            if len(stories) > 1:
                t.families["mixed stories"] += 1
                continue
            story = stories.pop()
            copies = [c for m in fam.members for c in corpus.copies_of(m.doc_id)]
            agency = copies[0].agency
            named = any(c.credited for c in copies)
            if fam.source_agency == agency:
                t.families["right agency"] += 1
            elif fam.source_agency is None:
                t.families["no agency, truth credits it" if named else "no agency, no truth credit"] += 1
                if named:
                    t.errors.append(f"family {fam.family_id} ({story}, {agency}): no source agency found")
            else:
                t.families["wrong agency"] += 1
                t.errors.append(f"family {fam.family_id} ({story}, {agency}): source {fam.source_agency}")
        if log:
            n_fam = len(prov.families)
            print(
                f"{PRESET} seed {seed}: {n_fam} families, {time.perf_counter() - t0:.1f} s", file=sys.stderr
            )
    return t


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def render(t: Tally, seeds: Sequence[int]) -> str:
    lines = [f"Preset `{PRESET}`, seeds {' '.join(map(str, seeds))}; default `ScanConfig()`.", ""]
    lines += ["| credit detection | truth | found | precision | recall |", "|---|---:|---:|---:|---:|"]
    lines.append(
        f"| all truth credits | {t.gold} | {t.predicted} | {_ratio(t.predicted_matched, t.predicted)} "
        f"| {_ratio(t.gold_found, t.gold)} |"
    )
    lines.append(f"| planted only | {t.planted} | | | {_ratio(t.planted_found, t.planted)} |")
    lines.append(f"| found, no truth credit | | {t.predicted - t.predicted_matched} | | |")
    for where in ("in page furniture", "in copied wire text", "in other prose"):
        lines.append(f"| ... {where} | | {t.unmatched[where]} | | |")
    for form in ("dateline", "attribution", "signoff"):
        n = t.by_form[(form, True)] + t.by_form[(form, False)]
        lines.append(f"| planted {form} | {n} | | | {_ratio(t.by_form[(form, True)], n)} |")
    members = sum(t.confusion.values())
    right = t.confusion[("credited", "credited")] + t.confusion[("uncredited", "uncredited")]
    lines += ["", f"Member labels: accuracy {_ratio(right, members)} over {members} copies in families"]
    lines[-1] += (
        f" ({t.wrong_agency_credited} `credited` for a family source that is not the story's agency)."
    )
    lines += ["", "| truth \\ predicted | " + " | ".join(STATUSES) + " |", "|---|" + "---:|" * len(STATUSES)]
    for truth in ("credited", "uncredited"):
        lines.append(f"| {truth} | " + " | ".join(str(t.confusion[(truth, s)]) for s in STATUSES) + " |")
    one = sum(v for k, v in t.families.items() if k not in ("mixed stories", "no planted copy"))
    lines += [
        "",
        f"Family source agency: {_ratio(t.families['right agency'], one)} right over {one} families",
    ]
    lines[-1] += " of one story."
    lines += ["", "| families | count |", "|---|---:|"]
    for k in (
        "right agency",
        "wrong agency",
        "no agency, truth credits it",
        "no agency, no truth credit",
        "mixed stories",
        "no planted copy",
    ):
        lines.append(f"| {k} | {t.families[k]} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = scrape_eval_arguments(__doc__.splitlines()[0])
    args = parser.parse_args(argv)
    msrp = msrp_prose(args)
    t = measure(args.seeds, msrp)
    print(render(t, args.seeds))
    if not args.markdown:
        kinds = Counter(
            e.split(" (")[0] if e.startswith(("credit", "member")) else "family" for e in t.errors
        )
        print(f"\n{len(t.errors)} errors: {dict(kinds)}")
        for e in t.errors[: args.errors]:
            print(" ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
