"""A :class:`~syndetect.types.ScanResult` as data frames, for notebooks: :func:`to_frames`.

One call gives a table per kind of finding, with the same field names as the JSONL report
(:doc:`jsonl-schema`), joinable on their ids:

``pairs``
    one row per pair, in the result's order (``pair`` is its position in ``result.pairs``): ``a``,
    ``b``, ``jaccard``, ``jaccard_estimate``, ``containment_a``, ``containment_b``, ``evidence``,
    ``family`` (the family of ``a``, as in the JSONL report, or null), ``b_family`` (that of ``b``:
    a pair may link two families), ``passages`` (how many) and ``words`` (the passages' words in
    ``a``); with provenance ``relation``, ``a_status``, ``b_status``, ``agency``.
``passages``
    one row per shared passage: ``pair``, ``passage`` (its position in the pair), ``a``, ``b``,
    ``a_start``, ``a_end``, ``b_start``, ``b_end`` (raw, half-open, in characters), ``score``,
    ``quote``, ``words``; with provenance the agency and relation of the credit that credits it in each
    document (``a_agency``, ``a_relation``, ``b_agency``, ``b_relation``; null when uncredited).
``families``
    one row per family: ``family``, ``size``, ``origin``, ``origin_reason``, ``pairs``; with
    provenance ``source_agency``, ``source_document``, ``source_reason``.
``members``
    one row per family member: ``family``, ``document``, ``origin`` (whether it is the family's
    origin); with provenance ``status`` and ``agency``.
``outlets`` and ``credits``
    with provenance, one row per outlet (as in the HTML report: documents, characters, copied
    documents and characters, ``copied_share``, credited, uncredited, ``median_delay_hours``) and one
    per wire credit found (``document``, ``start``, ``end``, ``agency``, ``kind``); empty otherwise.

Tables are built with pyarrow (so column types hold in empty tables) and handed over as pandas
(``kind="pandas"``, the default), Polars (``"polars"``) or pyarrow (``"arrow"``) tables.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, NamedTuple

from ..types import ScanResult
from .table_sources import require

__all__ = ["FrameKind", "ResultFrames", "to_frames"]

FrameKind = Literal["pandas", "polars", "arrow"]


class ResultFrames(NamedTuple):
    """The tables of one scan result (see :mod:`syndetect.io.frames` for their columns)."""

    pairs: Any
    passages: Any
    families: Any
    members: Any
    outlets: Any
    credits: Any


_STR, _F64, _I64, _BOOL = "string", "float64", "int64", "bool"

_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "pairs": [("pair", _I64), ("a", _STR), ("b", _STR), ("jaccard", _F64), ("jaccard_estimate", _F64),
              ("containment_a", _F64), ("containment_b", _F64), ("evidence", _STR), ("family", _STR),
              ("b_family", _STR), ("passages", _I64), ("words", _I64)],
    "pairs+": [("relation", _STR), ("a_status", _STR), ("b_status", _STR), ("agency", _STR)],
    "passages": [("pair", _I64), ("passage", _I64), ("a", _STR), ("b", _STR), ("a_start", _I64),
                 ("a_end", _I64), ("b_start", _I64), ("b_end", _I64), ("score", _F64), ("quote", _BOOL),
                 ("words", _I64)],
    "passages+": [("a_agency", _STR), ("a_relation", _STR), ("b_agency", _STR), ("b_relation", _STR)],
    "families": [("family", _STR), ("size", _I64), ("origin", _STR), ("origin_reason", _STR),
                 ("pairs", _I64)],
    "families+": [("source_agency", _STR), ("source_document", _STR), ("source_reason", _STR)],
    "members": [("family", _STR), ("document", _STR), ("origin", _BOOL)],
    "members+": [("status", _STR), ("agency", _STR)],
    "outlets": [("outlet", _STR), ("documents", _I64), ("characters", _I64), ("copied_documents", _I64),
                ("copied_characters", _I64), ("copied_share", _F64), ("credited", _I64),
                ("uncredited", _I64), ("median_delay_hours", _F64)],
    "credits": [("document", _STR), ("start", _I64), ("end", _I64), ("agency", _STR), ("kind", _STR)],
}


def to_frames(result: ScanResult, kind: FrameKind = "pandas") -> ResultFrames:
    """``result``'s pairs, passages, families, family members, outlets and credits as tables of
    ``kind``: ``"pandas"`` (needs ``pip install 'syndetect[frames]'``), ``"polars"``
    (``'syndetect[polars]'``) or ``"arrow"`` (``'syndetect[parquet]'``)."""
    convert = _converter(kind)
    prov = result.provenance
    tables = {
        "pairs": _pairs(result),
        "passages": _passages(result),
        "families": _families(result),
        "members": _members(result),
        "outlets": _outlets(result) if prov is not None else None,
        "credits": _credits(result) if prov is not None else None,
    }
    return ResultFrames(**{name: convert(_table(name, rows, prov is not None))
                           for name, rows in tables.items()})


def _converter(kind: FrameKind) -> Callable[[Any], Any]:
    if kind == "arrow":
        require("pyarrow", "to_frames(kind='arrow')")
        return lambda table: table
    if kind == "pandas":
        require("pandas", "to_frames(kind='pandas')")
        require("pyarrow", "to_frames(kind='pandas')")
        return lambda table: table.to_pandas()
    if kind == "polars":
        pl = require("polars", "to_frames(kind='polars')")
        require("pyarrow", "to_frames(kind='polars')")
        return lambda table: pl.from_arrow(table)
    from ..errors import ConfigError

    msg = f"kind must be 'pandas', 'polars' or 'arrow', got {kind!r}"
    raise ConfigError(msg)


def _table(name: str, columns: dict[str, list[Any]] | None, provenance: bool) -> Any:
    """A pyarrow table of the columns of ``name`` (those of provenance when ``provenance``)."""
    pa = require("pyarrow", "to_frames")
    spec = _COLUMNS[name] + (_COLUMNS.get(name + "+", []) if provenance else [])
    schema = pa.schema([(col, pa.from_numpy_dtype(dtype) if dtype != _STR else pa.string())
                        for col, dtype in spec])
    data = columns or {}
    return pa.table({col: data.get(col, []) for col, _ in spec}, schema=schema)


def _pairs(result: ScanResult) -> dict[str, list[Any]]:
    family_of = {m: f.id for f in result.families for m in f.members}
    pairs = result.pairs
    out: dict[str, list[Any]] = {
        "pair": list(range(len(pairs))),
        "a": [p.a for p in pairs],
        "b": [p.b for p in pairs],
        "jaccard": [p.jaccard for p in pairs],
        "jaccard_estimate": [p.jaccard_estimate for p in pairs],
        "containment_a": [p.containment_a for p in pairs],
        "containment_b": [p.containment_b for p in pairs],
        "evidence": [p.evidence for p in pairs],
        "family": [family_of.get(p.a) for p in pairs],
        "b_family": [family_of.get(p.b) for p in pairs],
        "passages": [len(p.passages) for p in pairs],
        "words": [sum(s.words for s in p.passages) for p in pairs],
    }
    if result.provenance is not None:
        relations = result.provenance.pairs
        out["relation"] = [r.relation for r in relations]
        out["a_status"] = [r.a_status for r in relations]
        out["b_status"] = [r.b_status for r in relations]
        out["agency"] = [r.agency for r in relations]
    return out


def _passages(result: ScanResult) -> dict[str, list[Any]]:
    rows = [(i, j, p, s) for i, p in enumerate(result.pairs) for j, s in enumerate(p.passages)]
    out: dict[str, list[Any]] = {
        "pair": [i for i, _, _, _ in rows],
        "passage": [j for _, j, _, _ in rows],
        "a": [p.a for _, _, p, _ in rows],
        "b": [p.b for _, _, p, _ in rows],
    }
    for name in ("a_start", "a_end", "b_start", "b_end", "score", "quote", "words"):
        out[name] = [getattr(s, name) for _, _, _, s in rows]
    if result.provenance is not None:
        credit = {(c.pair, c.passage, c.side): c for c in result.provenance.passages}
        for side in ("a", "b"):
            found = [credit.get((i, j, side)) for i, j, _, _ in rows]
            out[f"{side}_agency"] = [None if c is None else c.agency for c in found]
            out[f"{side}_relation"] = [None if c is None else c.relation for c in found]
    return out


def _families(result: ScanResult) -> dict[str, list[Any]]:
    fams = result.families
    out: dict[str, list[Any]] = {
        "family": [f.id for f in fams],
        "size": [len(f.members) for f in fams],
        "origin": [f.origin for f in fams],
        "origin_reason": [f.origin_reason for f in fams],
        "pairs": [f.pairs for f in fams],
    }
    if result.provenance is not None:
        attribution = {a.family_id: a for a in result.provenance.families}
        found = [attribution.get(f.id) for f in fams]
        out["source_agency"] = [None if a is None else a.source_agency for a in found]
        out["source_document"] = [None if a is None else a.source_document for a in found]
        out["source_reason"] = [None if a is None else a.reason for a in found]
    return out


def _members(result: ScanResult) -> dict[str, list[Any]]:
    rows = [(f, m) for f in result.families for m in f.members]
    out: dict[str, list[Any]] = {
        "family": [f.id for f, _ in rows],
        "document": [m for _, m in rows],
        "origin": [m == f.origin for f, m in rows],
    }
    if result.provenance is not None:
        status = {(a.family_id, m.doc_id): m for a in result.provenance.families for m in a.members}
        found = [status.get((f.id, m)) for f, m in rows]
        out["status"] = [None if s is None else s.status for s in found]
        out["agency"] = [None if s is None else s.agency for s in found]
    return out


def _outlets(result: ScanResult) -> dict[str, list[Any]]:
    assert result.provenance is not None
    outlets = result.provenance.outlets
    out: dict[str, list[Any]] = {name: [getattr(o, name) for o in outlets] for name, _ in _COLUMNS["outlets"]}
    return out


def _credits(result: ScanResult) -> dict[str, list[Any]]:
    assert result.provenance is not None
    rows = [(doc, c) for doc, credits in result.provenance.credits.items() for c in credits]
    return {
        "document": [doc for doc, _ in rows],
        "start": [c.start for _, c in rows],
        "end": [c.end for _, c in rows],
        "agency": [c.agency for _, c in rows],
        "kind": [c.kind for _, c in rows],
    }
