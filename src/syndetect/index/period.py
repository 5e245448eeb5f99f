"""Which indexed documents a period covers, and which documents to scan again to attribute them.

A period is ``[since, until)``: ``since`` inclusive, ``until`` exclusive, each an ISO 8601 date or
datetime (a date alone is midnight, a time without a zone is UTC) or ``None`` for no bound. A
document is in the period when its date is known and inside it; with no bound at all every document
is. The documents scanned again are those of the period and every other member (of any date) of
their families, so that a copy published in the period is paired with its older source.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from ..errors import ConfigError
from ..provenance.outlets import parse_date

__all__ = ["Bound", "bound", "select_period"]

Bound = str | datetime | None


def bound(value: Bound, name: str) -> datetime | None:
    """``value`` as an aware datetime; raises :class:`ConfigError` naming ``name`` when it is not an
    ISO 8601 date or datetime."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    when = parse_date(value) if isinstance(value, str) else None
    if when is None:
        msg = (f"{name} must be an ISO 8601 date or datetime such as 2024-03-05 or 2024-03-05T06:00:00Z, "
               f"got {value!r}")
        raise ConfigError(msg)
    return when


def select_period(rows: Sequence[tuple[Any, ...]], since: Bound, until: Bound) -> tuple[list[str], list[str]]:
    """From ``(id, date, family)`` rows in index order: the ids of the period, and the ids to scan
    (the period's and their families' other members), both in index order."""
    lo, hi = bound(since, "since"), bound(until, "until")
    if lo is not None and hi is not None and hi <= lo:
        msg = f"until ({until}) must be later than since ({since}): the period is [since, until)"
        raise ConfigError(msg)
    chosen = []
    for doc_id, date, _ in rows:
        if lo is None and hi is None:
            chosen.append(doc_id)
            continue
        when = parse_date(date)
        if when is not None and (lo is None or when >= lo) and (hi is None or when < hi):
            chosen.append(doc_id)
    picked = set(chosen)
    families = {family for doc_id, _, family in rows if doc_id in picked and family is not None}
    scanned = [doc_id for doc_id, _, family in rows if doc_id in picked or family in families]
    return chosen, scanned
