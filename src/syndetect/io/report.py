"""Rendering a :class:`~syndetect.types.ScanResult`: ``table``, ``jsonl``, ``csv`` (pairs),
``outlets`` (a CSV table of outlets: :mod:`~syndetect.io.report_provenance`) and ``html``.

Every renderer writes to a text stream and needs the scanned documents (a mapping from id to
:class:`~syndetect.types.Document`) for the text of the shared passages. Pairs are always ranked the same
way: by the share of text shared (the larger of the two containments), then Jaccard, then ids.

:func:`render` dispatches on :data:`FORMATS`. The renderers live in :mod:`~syndetect.io.report_text`
(``table``, ``jsonl``, ``csv``, and the ranking and records they share; the JSONL records are a stable
contract, documented in ``docs/jsonl-schema.md``) and :mod:`~syndetect.io.report_html` (the HTML report
with its side-by-side views); the renderers are importable from here too.

This module does no input I/O and never imports click.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Literal, TextIO

from ..errors import ConfigError
from ..types import Document, ScanResult
from .report_html import HTML_MAX_VIEWS, render_html
from .report_provenance import render_outlets_csv
from .report_text import SCHEMA_VERSION, render_csv, render_jsonl, render_table

__all__ = [
    "FORMATS",
    "HTML_MAX_VIEWS",
    "SCHEMA_VERSION",
    "Format",
    "render",
    "render_csv",
    "render_html",
    "render_jsonl",
    "render_outlets_csv",
    "render_table",
]

Format = Literal["table", "jsonl", "csv", "outlets", "html"]
FORMATS: tuple[Format, ...] = ("table", "jsonl", "csv", "outlets", "html")


def render(
    result: ScanResult,
    documents: Mapping[str, Document],
    fmt: Format,
    out: TextIO,
    *,
    title: str = "syndetect report",
    max_views: int | None = None,
) -> None:
    """Write ``result`` to ``out`` in format ``fmt`` (one of :data:`FORMATS`). ``max_views`` caps the
    HTML report's side-by-side views (default :data:`HTML_MAX_VIEWS`; the other formats list every
    pair)."""
    views = HTML_MAX_VIEWS if max_views is None else max_views
    renderers: dict[str, Callable[[ScanResult, Mapping[str, Document], TextIO], None]] = {
        "table": render_table,
        "jsonl": render_jsonl,
        "csv": render_csv,
        "outlets": render_outlets_csv,
        "html": lambda r, d, o: render_html(r, d, o, title=title, max_views=views),
    }
    try:
        renderer = renderers[fmt]
    except KeyError:
        msg = f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"
        raise ConfigError(msg) from None
    renderer(result, documents, out)
