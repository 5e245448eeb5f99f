"""The per-document work of the provenance stage, spread over processes: for each document in a
pair, its credits (only where they can credit one of its shared passages, unless asked for all) and
its quotations.
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
from .spans import lines

__all__ = ["CHUNK", "NEAR_CHARS", "REACH", "DocumentFacts", "document_facts", "near_regions"]

NEAR_CHARS = 80
"""The most characters between a credit and a passage for the credit to introduce it (``before``) or
follow it (``after``), and the most characters after a sign-off that still closes the document
(``end``). 80 holds a line break and an introduction such as ``The agency reported on Sunday that``;
it keeps out a credit a full sentence or more away, which credits that sentence, not the passage."""

REACH = 400
"""How far from a member's shared passages a credit of the family's source agency still makes the
member ``credited``, and how far beyond that credits are looked for at all (``near=True``): a
paragraph or two, longer than any credit line the default agencies match."""

CHUNK = 256
"""Documents per task across processes."""

DocumentFacts = tuple[tuple[Credit, ...], list[tuple[int, int]]]
"""A document's credits and its quotations (:func:`~syndetect.provenance.quotes.quoted`)."""


def near_regions(text: str, sides: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The regions of ``text`` where a credit of a passage in ``sides`` can be (the rules of
    :mod:`~syndetect.provenance.attribution`, widened by :data:`REACH`), and the end of the text (for
    a sign-off that closes it)."""
    out = []
    for s, e in sides:
        _, prev_line = lines(text, s)
        out.append((min(prev_line, s - NEAR_CHARS) - REACH, e + NEAR_CHARS + REACH))
    out.append((len(text.rstrip()) - NEAR_CHARS - REACH, len(text)))
    return out


def document_facts(texts: Sequence[str], sides: Sequence[Sequence[tuple[int, int]]],
                   agencies: Sequence[Agency], *, near: bool = True,
                   jobs: int | Executor = 1) -> list[DocumentFacts]:
    """For each text, its credits (with ``near``, only those in :func:`near_regions` of its shared
    passages ``sides``) and its quotations, in order; ``jobs`` (processes, or an executor) spreads
    batches of :data:`CHUNK` texts over processes."""
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
            text = texts[j]
            out.append((matcher.find(text, near_regions(text, sides[j]) if near else None), quoted(text)))
        return out

    return task
