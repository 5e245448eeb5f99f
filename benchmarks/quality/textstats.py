"""Library-independent text statistics for baselines and error analysis.

Tokens are maximal runs of letters, combining marks and digits of any script, case-folded, so Urdu
words keep their diacritics attached and are never dropped. These statistics deliberately do not
use syndetect's own normaliser: they are the yardstick the library is measured against.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = [
    "containment",
    "coverage_by_runs",
    "jaccard",
    "longest_common_run",
    "ngrams",
    "tokenize",
]


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    start = -1
    for i, ch in enumerate(text):
        if _is_word_char(ch):
            if start < 0:
                start = i
        elif start >= 0:
            tokens.append(text[start:i].casefold())
            start = -1
    if start >= 0:
        tokens.append(text[start:].casefold())
    return tokens


def ngrams(tokens: Sequence[str], n: int) -> set[tuple[str, ...]]:
    if n < 1:
        raise ValueError("n must be at least 1")
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def containment(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    """Share of ``a``'s items also in ``b``."""
    return len(a & b) / len(a) if a else 0.0


def longest_common_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length in tokens of the longest contiguous token run shared by ``a`` and ``b``."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # shared runs are downward closed, so binary-search the length
        mid = (lo + hi + 1) // 2
        if ngrams(a, mid) & ngrams(b, mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def coverage_by_runs(a: Sequence[str], b: Sequence[str], n: int) -> float:
    """Share of ``a``'s tokens lying inside some ``n``-token run that also occurs in ``b``."""
    if not a or len(a) < n:
        return 0.0
    shared = ngrams(a, n) & ngrams(b, n)
    covered = [False] * len(a)
    for i in range(len(a) - n + 1):
        if tuple(a[i : i + n]) in shared:
            for j in range(i, i + n):
                covered[j] = True
    return sum(covered) / len(a)
