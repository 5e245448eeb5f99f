"""The per-document work of the provenance stage, spread over processes: for each document in a
pair, its credits (only where they can credit one of its shared passages, unless asked for all),
its quotations, and which of its credits credit each of its shared passages (:mod:`.rules`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..types import Credit
from ..workers.executor import run_batches
from ..workers.tasks import Executor, Task, Work
from .agencies import Agency
from .credits import compiled_matcher
from .quotes import quoted
from .rules import NEAR_CHARS, REACH, CreditedText, Found
from .spans import lines

__all__ = ["CHUNK", "NEAR_CHARS", "REACH", "DocumentFacts", "document_facts", "near_regions"]

CHUNK = 256
"""Documents per task across processes."""

DocumentFacts = tuple[tuple[Credit, ...], list[tuple[int, int]], list[list[Found]]]
"""A document's credits, its quotations (:func:`~syndetect.provenance.quotes.quoted`) and, for each
of its shared passages in the order given, the credits that credit it (:meth:`.CreditedText.found`)."""


def near_regions(text: str, sides: Sequence[tuple[int, int]],
                 at: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The regions of ``text`` where a credit of a passage in ``sides`` can be (the rules of
    :mod:`.rules`, widened by :data:`REACH`), and the end of the text (for a sign-off that closes
    it); ``at`` holds ``lines(text, start)`` of each side when the caller has them."""
    out = []
    for k, (s, e) in enumerate(sides):
        _, prev_line = lines(text, s) if at is None else at[k]
        out.append((min(prev_line, s - NEAR_CHARS) - REACH, e + NEAR_CHARS + REACH))
    out.append((len(text.rstrip()) - NEAR_CHARS - REACH, len(text)))
    return out


def document_facts(texts: Sequence[str], sides: Sequence[Sequence[tuple[int, int]]],
                   agencies: Sequence[Agency], *, near: bool = True,
                   jobs: int | Executor = 1) -> list[DocumentFacts]:
    """For each text, its credits (with ``near``, only those in :func:`near_regions` of its shared
    passages ``sides``), its quotations and the credits that credit each of ``sides``, in order;
    ``jobs`` (processes, or an executor) spreads batches of :data:`CHUNK` texts over processes."""
    known = tuple(agencies)
    compiled_matcher(known)  # compiled before any fork, so forked processes inherit it
    size = CHUNK  # travels with the work: a spawned worker reads its own module
    work = Work("syndetect.provenance.documents:_tasks", (texts, sides, known, near, size))
    return run_batches(jobs, work, -(-len(texts) // size))


def _tasks(texts: Sequence[str], sides: Sequence[Sequence[tuple[int, int]]], agencies: tuple[Agency, ...],
           near: bool, size: int) -> Task:
    matcher = compiled_matcher(agencies)

    def task(i: int, arrays: list[Any]) -> list[DocumentFacts]:
        out = []
        for j in range(i * size, min(len(texts), (i + 1) * size)):
            text, spans = texts[j], sides[j]
            at = [lines(text, s) for s, _ in spans] if near else None  # read once, for both steps
            credits = matcher.find(text, near_regions(text, spans, at) if at is not None else None)
            credited = CreditedText(text, credits)
            hits = [credited.found(s, e, None if at is None else at[k]) for k, (s, e) in enumerate(spans)]
            out.append((credits, quoted(text), hits))
        return out

    return task
