"""scan(): sequences the stages. Implementation in progress."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .config import ScanConfig
from .types import Document, ScanResult

ProgressCallback = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; stages: "hashing", "candidates", "alignment"."""

DocumentLike = Document | Mapping[str, Any] | str


def scan(
    documents: Iterable[DocumentLike],
    config: ScanConfig | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> ScanResult:
    raise NotImplementedError
