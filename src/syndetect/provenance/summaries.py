"""What every copy of a scan changed: one :class:`~syndetect.types.EditSummary` per family member
compared with its family's source document (the family's origin), by the word rules of
:mod:`.edits`, spread over processes by batches of families.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import CorpusError, CorpusTypeError
from ..types import Credit, Document, EditSummary, ScanResult
from ..workers.executor import run_batches
from ..workers.tasks import Executor, Task, Work
from .edits import SourceText, Span, WordIds, check_spans, merge_spans, summarize

__all__ = ["FAMILIES_PER_TASK", "edit_summaries"]


def _documents(documents: Mapping[str, Document] | Sequence[Document]) -> Mapping[str, Document]:
    if isinstance(documents, (str, bytes)) or not isinstance(documents, (Mapping, Sequence)):
        raise CorpusTypeError(
            "edit_summaries: documents must be a sequence of Document or a mapping of id to Document, "
            f"got {type(documents).__name__}; pass the documents that were scanned"
        )
    items = documents.items() if isinstance(documents, Mapping) else enumerate(documents)
    for key, doc in items:
        if not isinstance(doc, Document):
            raise CorpusTypeError(
                f"edit_summaries: documents[{key!r}] is {type(doc).__name__}, not Document; "
                "pass the Document objects that were scanned"
            )
    if isinstance(documents, Mapping):
        return documents
    return {doc.id: doc for doc in reversed(documents)}  # as the scan does, the first of an id is kept


def _trim(spans: list[Span], source: Sequence[Credit], copy: Sequence[Credit], source_text: str,
          copy_text: str) -> list[Span]:
    """``spans`` without a credit that a passage starts or ends inside, on either side, nor the
    punctuation and spaces next to it (the colon of "According to AFP:", the dash of a dateline)."""
    out = []
    for s0, s1, c0, c1 in spans:
        s0, s1 = _outside(s0, s1, source, source_text)
        c0, c1 = _outside(c0, c1, copy, copy_text)
        if s0 < s1 and c0 < c1:
            out.append((s0, s1, c0, c1))
    return out


def _outside(start: int, end: int, credits: Sequence[Credit], text: str) -> tuple[int, int]:
    for c in credits:
        if c.start <= start < c.end:
            start = c.end
            while start < end and not text[start].isalnum():
                start += 1
        if c.start < end <= c.end:
            end = c.start
            while end > start and not text[end - 1].isalnum():
                end -= 1
    return start, end


def edit_summaries(
    documents: Mapping[str, Document] | Sequence[Document],
    result: ScanResult,
    credits: Mapping[str, Sequence[Credit]] | None = None,
    *,
    jobs: int | Executor = 1,
) -> tuple[EditSummary, ...]:
    """One :class:`~syndetect.types.EditSummary` per family member that has a pair with its
    family's origin (``Family.origin``, the source document), families in the result's order and
    members in family order.

    ``documents`` are the documents that were scanned, as a sequence (the first of a repeated id is
    kept, as the scan keeps it) or a mapping of id to document. A summary's ``story`` is the union
    of the origin's sides of its pairs with members of the family; its ``relation`` is the pair's
    (``result.provenance.pairs``) when the result has relations, else ``"copy"``. Raises
    :class:`~syndetect.errors.CorpusError` when a document of a pair is not among ``documents``
    (a family member in no pair is not compared, and may be absent) or a passage falls outside its
    text. With ``credits`` (each document's, as in
    ``Provenance.credits``), a credit a passage starts or ends inside (a dateline kept at the head of
    the copied text, ``(AFP) —`` against ``(AFP) -``, a sign-off at its tail) is left out on that
    side: it attributes the text, it is not the copy's change to it. ``jobs`` (processes, or an
    executor) spreads batches of :data:`FAMILIES_PER_TASK` families over processes.
    """
    if not isinstance(result, ScanResult):
        raise CorpusTypeError(
            f"edit_summaries: result must be a ScanResult, got {type(result).__name__}; "
            "pass what syndetect.scan(documents) returned"
        )
    by_id = _documents(documents)
    ids = dict.fromkeys(d for p in result.pairs for d in (p.a, p.b))  # a member in no pair is not compared
    missing = [d for d in ids if d not in by_id]
    if missing:
        raise CorpusError(
            f"edit_summaries: document {missing[0]!r} of the scan result is not among the {len(by_id)} "
            f"documents given ({len(missing)} missing in all); pass the same documents that were scanned"
        )
    relations = {r.pair: r.relation for r in (result.provenance.pairs if result.provenance else ())}
    index: dict[tuple[str, str], int] = {}
    for i, pair in enumerate(result.pairs):
        index.setdefault((pair.a, pair.b), i)
        index.setdefault((pair.b, pair.a), i)
    plan: list[_Plan] = []
    for family in result.families:
        origin = family.origin
        members: list[tuple[str, str, list[Span]]] = []
        for member in family.members:
            if member == origin or (k := index.get((origin, member))) is None:
                continue
            text = by_id[origin].text  # the origin is in a pair, so among the documents
            pair = result.pairs[k]
            a_b = [(p.a_start, p.a_end, p.b_start, p.b_end) for p in pair.passages]
            spans = a_b if pair.a == origin else [(c0, c1, s0, s1) for s0, s1, c0, c1 in a_b]
            where = f"edit_summaries: pair {k} ({pair.a!r}, {pair.b!r})"
            check_spans(spans, text, by_id[member].text, where)
            if credits is not None:
                spans = _trim(spans, credits.get(origin, ()), credits.get(member, ()), text,
                              by_id[member].text)
            members.append((member, relations.get(k, "copy"), spans))
        if members:
            plan.append((family.id, origin, members))
    texts = {d: by_id[d].text for _, origin, members in plan for d in (origin, *(m for m, _, _ in members))}
    size = FAMILIES_PER_TASK  # travels with the work: a spawned worker reads its own module
    work = Work("syndetect.provenance.summaries:_family_tasks", (plan, texts, size))
    return tuple(run_batches(jobs, work, -(-len(plan) // size)))


FAMILIES_PER_TASK = 64
"""Families per task of :func:`edit_summaries` across processes."""

_Plan = tuple[str, str, list[tuple[str, str, list[Span]]]]
"""A family's id, its origin, and per member compared with it: its id, relation and spans."""


def _family_tasks(plan: Sequence[_Plan], texts: Mapping[str, str], size: int) -> Task:
    def task(i: int, arrays: list[Any]) -> list[EditSummary]:
        words = WordIds()
        out = []
        for family_id, origin, members in plan[i * size : (i + 1) * size]:
            story = merge_spans((s0, s1) for _, _, spans in members for s0, s1, _, _ in spans)
            source = SourceText(texts[origin], story)
            for member, relation, spans in members:
                names = (family_id, origin, member, relation)
                out.append(summarize(source, texts[member], spans, words, names, anchored=True))
        return out

    return task
