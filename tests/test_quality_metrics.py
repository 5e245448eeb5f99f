"""The evaluation measures of benchmarks/quality on hand-made cases whose answers are worked out by hand."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.quality.metrics import (
    Alignment,
    best_f1_threshold,
    binary_prf,
    merge_intervals,
    nonspace_prefix,
    overlap_hits,
    pan_scores,
    prf,
    roc_auc,
    snap_detections,
)

CASE = Alignment("s", "r", 10, 20, 30, 40)


def det(s0: int, s1: int, r0: int, r1: int, susp: str = "s", src: str = "r") -> Alignment:
    return Alignment(susp, src, s0, s1, r0, r1)


# --------------------------------------------------------------------------- binary


def test_prf_from_counts() -> None:
    m = prf(3, 1, 2)
    assert m.precision == pytest.approx(0.75)
    assert m.recall == pytest.approx(0.6)
    assert m.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_prf_with_nothing_predicted_is_zero_not_an_error() -> None:
    m = prf(0, 0, 4)
    assert (m.precision, m.recall, m.f1) == (0.0, 0.0, 0.0)


def test_prf_rejects_negative_counts() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        prf(-1, 0, 0)


def test_binary_prf_counts_each_cell() -> None:
    gold = [True, True, False, False, True]
    pred = [True, False, True, False, True]
    m = binary_prf(gold, pred)
    assert (m.tp, m.fp, m.fn) == (2, 1, 1)


def test_binary_prf_rejects_length_mismatch() -> None:
    with pytest.raises(ValueError, match=r"shorter|longer"):
        binary_prf([True], [True, False])


def test_roc_auc_hand_case() -> None:
    # positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of the 4 comparisons are won
    assert roc_auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == pytest.approx(0.75)


def test_roc_auc_extremes_and_ties() -> None:
    assert roc_auc([1, 2, 3, 4], [False, False, True, True]) == pytest.approx(1.0)
    assert roc_auc([4, 3, 2, 1], [False, False, True, True]) == pytest.approx(0.0)
    assert roc_auc([5, 5, 5, 5], [False, True, False, True]) == pytest.approx(0.5)
    # one positive tied with one negative, above the other negative: (1 + 0.5) / 2
    assert roc_auc([1, 2, 2], [False, False, True]) == pytest.approx(0.75)


def test_roc_auc_needs_both_classes() -> None:
    with pytest.raises(ValueError, match="both"):
        roc_auc([0.1, 0.2], [True, True])


def test_best_f1_threshold_hand_case() -> None:
    # thresholds 0.9 / 0.8 / 0.3 / 0.2 give F1 0.5 / 0.8 / 0.667 / 0.857
    best = best_f1_threshold([0.9, 0.8, 0.3, 0.2], [True, True, False, True])
    assert best.threshold == pytest.approx(0.2)
    assert (best.scores.tp, best.scores.fp, best.scores.fn) == (3, 1, 0)
    assert best.scores.f1 == pytest.approx(6 / 7)


def test_best_f1_threshold_prefers_a_separating_threshold() -> None:
    best = best_f1_threshold([0.1, 0.2, 0.7, 0.9], [False, False, True, True])
    assert best.threshold == pytest.approx(0.7)
    assert best.scores.f1 == pytest.approx(1.0)


# --------------------------------------------------------------------------- intervals


def test_merge_intervals_unions_touching_and_nested() -> None:
    assert merge_intervals([(5, 8), (0, 2), (2, 3), (6, 7), (9, 9), (10, 12)]) == [(0, 3), (5, 8), (10, 12)]


def test_nonspace_prefix_counts_visible_characters() -> None:
    pre = nonspace_prefix("ab \ncd")
    assert pre == [0, 1, 2, 2, 2, 3, 4]


# --------------------------------------------------------------------------- PAN measures


def test_pan_perfect_detection() -> None:
    m = pan_scores([CASE], [det(10, 20, 30, 40)])
    assert (m.precision, m.recall, m.granularity) == (1.0, 1.0, 1.0)
    assert m.plagdet == pytest.approx(1.0)


def test_pan_half_detection() -> None:
    m = pan_scores([CASE], [det(10, 15, 30, 35)])
    assert m.precision == pytest.approx(1.0)
    assert m.recall == pytest.approx(0.5)
    assert m.granularity == 1.0
    assert m.plagdet == pytest.approx(2 / 3)


def test_pan_fragmented_detection_is_penalised_by_granularity() -> None:
    m = pan_scores([CASE], [det(10, 15, 30, 35), det(15, 20, 35, 40)])
    assert (m.precision, m.recall) == (1.0, 1.0)
    assert m.granularity == pytest.approx(2.0)
    assert m.plagdet == pytest.approx(1 / math.log2(3))


def test_pan_overshoot_lowers_precision_only() -> None:
    m = pan_scores([CASE], [det(0, 20, 30, 40)])
    assert m.recall == pytest.approx(1.0)
    assert m.precision == pytest.approx(20 / 30)


def test_pan_detection_of_the_wrong_source_document_detects_nothing() -> None:
    m = pan_scores([CASE], [det(10, 20, 30, 40, src="other")])
    assert (m.precision, m.recall, m.detected_cases) == (0.0, 0.0, 0)
    assert m.granularity == 1.0


def test_pan_recall_is_a_macro_average_over_cases() -> None:
    other = Alignment("s", "r", 50, 70, 60, 80)
    m = pan_scores([CASE, other], [det(10, 20, 30, 40)])
    assert m.recall == pytest.approx(0.5)
    assert m.precision == pytest.approx(1.0)


def test_pan_precision_counts_the_union_of_overlapping_cases_once() -> None:
    cases = [Alignment("s", "r", 10, 20, 10, 20), Alignment("s", "r", 15, 30, 15, 30)]
    m = pan_scores(cases, [det(0, 100, 0, 100)])
    assert m.precision == pytest.approx(40 / 200)
    assert m.recall == pytest.approx(1.0)
    assert m.granularity == pytest.approx(1.0)


def test_pan_no_detections_gives_zero_precision_and_recall() -> None:
    m = pan_scores([CASE], [])
    assert (m.precision, m.recall, m.plagdet) == (0.0, 0.0, 0.0)


def test_pan_source_side_overlap_required_by_default() -> None:
    # right place in the suspicious document, wrong place in the source
    wrong_source_place = det(10, 20, 100, 110)
    strict = pan_scores([CASE], [wrong_source_place])
    assert (strict.recall, strict.precision) == (0.0, 0.0)
    lenient = pan_scores([CASE], [wrong_source_place], require_both_sides=False)
    assert lenient.recall == pytest.approx(0.5)  # the 10 suspicious characters of 20
    assert lenient.precision == pytest.approx(0.5)


def test_pan_whitespace_weights_ignore_wrapping_differences() -> None:
    susp = "xx aaa bbb\nccc yy"
    src = "aaa bbb ccc"
    weights = {"s": nonspace_prefix(susp), "r": nonspace_prefix(src)}
    case = Alignment("s", "r", 3, 15, 0, 11)  # gold span carries a trailing space in susp
    found = det(3, 14, 0, 11)
    plain = pan_scores([case], [found])
    assert plain.recall < 1.0
    tolerant = pan_scores([case], [found], weights=weights)
    assert tolerant.recall == pytest.approx(1.0)
    assert tolerant.precision == pytest.approx(1.0)


def test_snap_detections_moves_near_boundaries_only() -> None:
    off = det(12, 19, 29, 45)
    snapped = snap_detections([off], [CASE], tolerance=3)[0]
    assert (snapped.s_start, snapped.s_end, snapped.r_start, snapped.r_end) == (10, 20, 30, 45)
    partly = snap_detections([off], [CASE], tolerance=1)[0]
    assert partly == det(12, 20, 30, 45)
    elsewhere = det(12, 19, 29, 45, src="other")
    assert snap_detections([elsewhere], [CASE], tolerance=3) == [elsewhere]


def test_overlap_hits_needs_half_on_both_sides_from_one_detection() -> None:
    assert overlap_hits([CASE], [det(10, 16, 30, 36)]) == [True]
    assert overlap_hits([CASE], [det(10, 16, 30, 34)]) == [False]
    assert overlap_hits([CASE], [det(10, 14, 30, 34), det(14, 20, 34, 40)]) == [True]
    assert overlap_hits([CASE], [det(10, 14, 30, 34), det(15, 19, 35, 39)]) == [False]
    assert overlap_hits([CASE], [det(10, 20, 30, 40, susp="t")]) == [False]


# --------------------------------------------------------------------------- loaders on synthetic files


def test_clough_loader_decodes_cp1252_and_folds_crlf(tmp_path: Path) -> None:
    from benchmarks.quality.loaders import CLOUGH_DIR, load_clough

    base = tmp_path / CLOUGH_DIR
    folder = base / "corpus-20090418"
    folder.mkdir(parents=True)
    (folder / "orig_taska.txt").write_bytes("caf\u00e9 \u201cx\u201d\r\nline".encode())
    (folder / "g0pA_taska.txt").write_bytes("na\u00efve \u2013 text\r\nend\r".encode("cp1252"))
    (base / "file_list.csv").write_text(
        "File,Group,Person,Task,Category,Native English,Knowledge,Difficulty\n"
        "g0pA_taska.txt,0,A,a,light,native,1,1\n",
        encoding="utf-8",
    )
    corpus = load_clough(tmp_path)
    texts = {d.id: d.text for d in corpus.documents}
    assert texts["g0pA_taska.txt"] == "na\u00efve \u2013 text\nend\n"
    assert texts["orig_taska.txt"] == "caf\u00e9 \u201cx\u201d\nline"
    assert [(p.answer, p.original, p.derived) for p in corpus.pairs] == [
        ("g0pA_taska.txt", "orig_taska.txt", True)
    ]


def test_msrp_loader_strips_bom_and_splits_on_tabs_only(tmp_path: Path) -> None:
    from benchmarks.quality.loaders import MSRP_DIR, load_msrp

    (tmp_path / MSRP_DIR).mkdir()
    lines = ['1\t11\t12\tHe said "yes, twice\tShe said, "no"', "0\t13\t14\ta, b\tc"]
    (tmp_path / MSRP_DIR / "msr_paraphrase_test.txt").write_bytes(
        b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8")
    )
    pairs = load_msrp(tmp_path, "test")
    assert [(p.label, p.id1, p.text1, p.text2) for p in pairs] == [
        (1, "11", 'He said "yes, twice', 'She said, "no"'),
        (0, "13", "a, b", "c"),
    ]


def test_counter_loader_pairs_files_and_joins_headline(tmp_path: Path) -> None:
    from benchmarks.quality.loaders import COUNTER_DIR, load_counter

    root = tmp_path / COUNTER_DIR / "COUNTER"
    root.mkdir(parents=True)
    doc = (
        '<COUNTER_document classification="{c}" domain="sports" newsdate="02.12.14" newspaper="{n}">'
        "<headline>H{i}</headline><body>B{i}</body></COUNTER_document>"
    )
    (root / "0001.xml").write_text(doc.format(c="PD", n="APP", i=1), encoding="utf-8")
    (root / "0001P.xml").write_text(doc.format(c="PD", n="express", i=2), encoding="utf-8")
    corpus = load_counter(tmp_path)
    assert [(d.id, d.text, d.source, d.date) for d in corpus.documents] == [
        ("0001", "H1\n\nB1", "APP", "2014-12-02"),
        ("0001p", "H2\n\nB2", "express", "2014-12-02"),
    ]
    assert [(p.source, p.derived, p.label) for p in corpus.pairs] == [("0001", "0001p", "PD")]
    body_only = load_counter(tmp_path, include_headline=False)
    assert [d.text for d in body_only.documents] == ["B1", "B2"]


def test_pan_loader_keeps_offsets_exact(tmp_path: Path) -> None:
    from benchmarks.quality.loaders import INDONESIAN_DIR, load_indonesian

    base = tmp_path / INDONESIAN_DIR
    (base / "suspicious-documents").mkdir(parents=True)
    (base / "source-documents").mkdir()
    (base / "suspicious-documents" / "s1.txt").write_bytes("\u00e9\u00e9 shared words\r\n".encode())
    (base / "source-documents" / "r1.txt").write_bytes(b"xshared words")
    (base / "suspicious-documents" / "s1.xml").write_text(
        '<document reference="s1.txt"><feature name="plagiarism" type="artificial" obfuscation="none" '
        'this_offset="3" this_length="12" source_reference="r1.txt" source_offset="1" source_length="12"/>'
        "</document>",
        encoding="utf-8",
    )
    corpus = load_indonesian(tmp_path)
    texts = {d.id: d.text for d in corpus.documents}
    (case,) = corpus.cases
    assert texts["s1.txt"][case.s_start : case.s_end] == texts["r1.txt"][case.r_start : case.r_end]
    assert texts["s1.txt"].endswith("\r\n")
    assert corpus.positive_pairs == frozenset({("s1.txt", "r1.txt")})
    assert (case.type, case.obfuscation) == ("artificial", "none")


def test_missing_corpus_names_the_path(tmp_path: Path) -> None:
    from benchmarks.quality.loaders import CorpusMissingError, load_pan13

    with pytest.raises(CorpusMissingError, match=str(tmp_path)):
        load_pan13(tmp_path)
