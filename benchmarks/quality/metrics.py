"""Evaluation measures, implemented from their definitions.

* Binary precision / recall / F1, ROC-AUC (Mann-Whitney, ties averaged) and the best-F1 threshold.
* PAN character-level measures (Potthast, Stein, Barrón-Cedeño, Rosso, "An Evaluation Framework for
  Plagiarism Detection", COLING 2010). A case ``s`` and a detection ``r`` are each the set of character
  references they cover in the suspicious and in the source document. With ``S`` the cases and ``R``
  the detections, and ``s ⊓ r = s ∩ r`` when ``r`` detects ``s`` (else empty)::

      prec = 1/|R| · Σ_r |∪_s (s ⊓ r)| / |r|        rec = 1/|S| · Σ_s |∪_r (s ⊓ r)| / |s|
      gran = 1/|S_R| · Σ_{s ∈ S_R} |R_s|           plagdet = F1 / log2(1 + gran)

  where ``S_R`` are the detected cases and ``R_s`` the detections of ``s``. ``r`` detects ``s`` when both
  name the same (suspicious, source) document pair and overlap on the suspicious side and, by default,
  on the source side as well (the stricter rule of PAN 2012 onwards; ``require_both_sides=False`` gives
  the 2010 rule, where an overlap in either document is enough).

  Characters can be weighted (``weights``) so that whitespace counts for nothing: this is the
  whitespace-tolerant comparison that re-wrapped corpora need. :func:`snap_detections` adds a few
  characters of edge tolerance by moving a detection's boundary onto the case boundary it nearly hits.
* The tolerant overlap check for the pan13 copy whose offsets are approximate: a case is found when a
  single detection covers at least half of it on both sides.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

__all__ = [
    "Alignment",
    "AlignmentLike",
    "PanScores",
    "Prf",
    "Threshold",
    "best_f1_threshold",
    "binary_prf",
    "merge_intervals",
    "nonspace_prefix",
    "overlap_hits",
    "pan_scores",
    "prf",
    "roc_auc",
    "snap_detections",
]


class AlignmentLike(Protocol):
    @property
    def susp(self) -> str: ...
    @property
    def src(self) -> str: ...
    @property
    def s_start(self) -> int: ...
    @property
    def s_end(self) -> int: ...
    @property
    def r_start(self) -> int: ...
    @property
    def r_end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Alignment:
    """A detection: ``susp[s_start:s_end]`` aligned with ``src[r_start:r_end]`` (half-open)."""

    susp: str
    src: str
    s_start: int
    s_end: int
    r_start: int
    r_end: int


A = TypeVar("A", bound=AlignmentLike)


# --------------------------------------------------------------------------- binary classification


@dataclass(frozen=True, slots=True)
class Prf:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, fp: int, fn: int) -> Prf:
    if min(tp, fp, fn) < 0:
        raise ValueError("counts must be non-negative")
    return Prf(tp, fp, fn)


def binary_prf(gold: Iterable[bool], predicted: Iterable[bool]) -> Prf:
    tp = fp = fn = 0
    for g, p in zip(gold, predicted, strict=True):
        if g and p:
            tp += 1
        elif p:
            fp += 1
        elif g:
            fn += 1
    return Prf(tp, fp, fn)


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Probability that a random positive scores above a random negative (ties count one half)."""
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    n_pos = sum(1 for y in labels if y)
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC-AUC needs both positives and negatives")
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    rank_sum = 0.0
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        mean_rank = (i + j) / 2 + 1  # ranks are 1-based; tied scores share their mean rank
        rank_sum += mean_rank * sum(1 for k in range(i, j + 1) if labels[order[k]])
        i = j + 1
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


@dataclass(frozen=True, slots=True)
class Threshold:
    threshold: float
    """Predict positive when score >= threshold."""
    scores: Prf


def best_f1_threshold(scores: Sequence[float], labels: Sequence[bool]) -> Threshold:
    """The threshold (one of the observed scores) that maximises F1; the highest such on ties."""
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    if not scores:
        raise ValueError("no scores")
    n_pos = sum(1 for y in labels if y)
    pairs = sorted(zip(scores, labels, strict=True), key=lambda x: -x[0])
    best: Threshold | None = None
    tp = fp = 0
    i = 0
    while i < len(pairs):
        t = pairs[i][0]
        while i < len(pairs) and pairs[i][0] == t:
            if pairs[i][1]:
                tp += 1
            else:
                fp += 1
            i += 1
        cand = Threshold(t, Prf(tp, fp, n_pos - tp))
        if best is None or cand.scores.f1 > best.scores.f1:
            best = cand
    assert best is not None
    return best


# --------------------------------------------------------------------------- intervals


def merge_intervals(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of half-open intervals as sorted disjoint intervals (empty ones dropped)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(iv for iv in intervals if iv[1] > iv[0]):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def nonspace_prefix(text: str) -> list[int]:
    """Prefix sums of non-whitespace characters: ``p[j] - p[i]`` counts them in ``text[i:j]``."""
    out = [0] * (len(text) + 1)
    acc = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            acc += 1
        out[i + 1] = acc
    return out


Weigher = Callable[[str, int, int], int]


def _weigher(weights: Mapping[str, Sequence[int]] | None) -> Weigher:
    if weights is None:
        return lambda _doc, a, b: max(0, b - a)

    def weigh(doc: str, a: int, b: int) -> int:
        pre = weights[doc]
        n = len(pre) - 1
        a, b = min(max(a, 0), n), min(max(b, 0), n)
        return pre[b] - pre[a] if b > a else 0

    return weigh


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _detects(r: AlignmentLike, s: AlignmentLike, both: bool) -> bool:
    if r.susp != s.susp or r.src != s.src:
        return False
    susp = _overlap(r.s_start, r.s_end, s.s_start, s.s_end) > 0
    src = _overlap(r.r_start, r.r_end, s.r_start, s.r_end) > 0
    return (susp and src) if both else (susp or src)


def _covered(weigh: Weigher, target: AlignmentLike, others: Sequence[AlignmentLike]) -> tuple[int, int]:
    """(weight of target covered by the union of others, weight of target), both documents summed."""
    susp = merge_intervals((max(o.s_start, target.s_start), min(o.s_end, target.s_end)) for o in others)
    src = merge_intervals((max(o.r_start, target.r_start), min(o.r_end, target.r_end)) for o in others)
    covered = sum(weigh(target.susp, a, b) for a, b in susp) + sum(weigh(target.src, a, b) for a, b in src)
    total = weigh(target.susp, target.s_start, target.s_end) + weigh(target.src, target.r_start, target.r_end)
    return covered, total


# --------------------------------------------------------------------------- PAN measures


@dataclass(frozen=True, slots=True)
class PanScores:
    precision: float
    recall: float
    granularity: float
    cases: int
    detections: int
    detected_cases: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def plagdet(self) -> float:
        return self.f1 / math.log2(1 + self.granularity)


def pan_scores(
    cases: Sequence[AlignmentLike],
    detections: Sequence[AlignmentLike],
    *,
    weights: Mapping[str, Sequence[int]] | None = None,
    require_both_sides: bool = True,
) -> PanScores:
    """PAN character precision, recall and granularity of ``detections`` against ``cases``.

    Cases or detections of zero weight are left out of the averages. With no detection, precision is
    0 (nothing was found); with no case, recall is 0.
    """
    weigh = _weigher(weights)
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, r in enumerate(detections):
        by_pair[(r.susp, r.src)].append(j)
    detectors: dict[int, list[AlignmentLike]] = {}
    detected_by: dict[int, list[AlignmentLike]] = defaultdict(list)
    for i, s in enumerate(cases):
        hits = [j for j in by_pair.get((s.susp, s.src), []) if _detects(detections[j], s, require_both_sides)]
        detectors[i] = [detections[j] for j in hits]
        for j in hits:
            detected_by[j].append(s)

    rec_sum, n_cases = 0.0, 0
    for i, s in enumerate(cases):
        covered, total = _covered(weigh, s, detectors[i])
        if total:
            rec_sum += covered / total
            n_cases += 1
    prec_sum, n_det = 0.0, 0
    for j, r in enumerate(detections):
        covered, total = _covered(weigh, r, detected_by.get(j, []))
        if total:
            prec_sum += covered / total
            n_det += 1
    found = [len(v) for v in detectors.values() if v]
    return PanScores(
        precision=prec_sum / n_det if n_det else 0.0,
        recall=rec_sum / n_cases if n_cases else 0.0,
        granularity=sum(found) / len(found) if found else 1.0,
        cases=n_cases,
        detections=n_det,
        detected_cases=len(found),
    )


def snap_detections(detections: Sequence[A], cases: Sequence[AlignmentLike], tolerance: int) -> list[A]:
    """Edge tolerance: move each boundary of a detection onto the matching boundary of a case it
    detects when the two are at most ``tolerance`` characters apart."""
    by_pair: dict[tuple[str, str], list[AlignmentLike]] = defaultdict(list)
    for s in cases:
        by_pair[(s.susp, s.src)].append(s)
    out: list[A] = []
    for r in detections:
        fields: dict[str, int] = {}
        for s in by_pair.get((r.susp, r.src), []):
            if not _detects(r, s, True):
                continue
            for name in ("s_start", "s_end", "r_start", "r_end"):
                gold, mine = getattr(s, name), getattr(r, name)
                if name not in fields and mine != gold and abs(mine - gold) <= tolerance:
                    fields[name] = gold
        out.append(replace(r, **fields) if fields else r)  # type: ignore[type-var]
    return out


def overlap_hits(
    cases: Sequence[AlignmentLike], detections: Sequence[AlignmentLike], *, min_fraction: float = 0.5
) -> list[bool]:
    """For each case: does one detection of the same pair cover at least ``min_fraction`` of the case
    on the suspicious side and on the source side?"""
    by_pair: dict[tuple[str, str], list[AlignmentLike]] = defaultdict(list)
    for r in detections:
        by_pair[(r.susp, r.src)].append(r)
    out = []
    for s in cases:
        s_len, r_len = s.s_end - s.s_start, s.r_end - s.r_start
        hit = False
        for r in by_pair.get((s.susp, s.src), []):
            a = _overlap(r.s_start, r.s_end, s.s_start, s.s_end)
            b = _overlap(r.r_start, r.r_end, s.r_start, s.r_end)
            if s_len > 0 and r_len > 0 and a >= min_fraction * s_len and b >= min_fraction * r_len:
                hit = True
                break
        out.append(hit)
    return out
