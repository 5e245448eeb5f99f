"""What can go wrong with one input, and the ``path: reason`` messages the readers give.

A :class:`Problem` never stops reading: the input (a file, a record or a row) is skipped, or read
anyway with a warning, and the rest goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["MISSING_FIELD", "Problem", "cannot_read", "field_names", "too_large"]

MISSING_FIELD = "missing-field"
""":attr:`Problem.kind` of a record or CSV file without the text field."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input. ``str(problem)`` is the ``path: reason`` line shown to users.

    ``fatal_for_document`` is True when the input (a file, a record or a row) was skipped, False when it
    was read anyway (e.g. a cp1252 file decoded with a fallback). ``line`` is the 1-based line number in
    a JSONL or CSV file. ``kind`` is ``"missing-field"`` for a record or CSV file without the text
    field, with the field or column names it has in ``found``, so a caller can tell the user which
    field to name; otherwise ``""``.
    """

    path: str
    reason: str
    fatal_for_document: bool
    line: int | None = None
    kind: str = ""
    found: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


def too_large(size: int, limit: int, what: str = "file") -> str:
    """The reason given for a file or record text over ``max_bytes``."""
    return f"{what} too large ({size:,} bytes > max_bytes {limit:,}); skipped"


def cannot_read(exc: OSError) -> str:
    """The reason given for a file or directory the system would not let us read."""
    reason = exc.strerror or type(exc).__name__
    return f"cannot read ({reason}); skipped"


def field_names(names: Sequence[str], limit: int = 12) -> str:
    """The field or column names an input has, for a message: at most ``limit``, then the count."""
    shown = ", ".join(names[:limit]) if names else "none"
    return shown + (f", ... ({len(names)} in all)" if len(names) > limit else "")
