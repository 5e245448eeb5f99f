"""Main text of an HTML page, with the standard library's :class:`html.parser.HTMLParser`.

It drops ``script``, ``style``, ``nav``, ``header``, ``footer``, ``aside``, ``form``, ``noscript`` and
similar elements (and anything marked ``hidden``, ``aria-hidden="true"`` or with a navigation, banner or
footer role), keeps block structure as blank-line separated paragraphs, and prefers the page's
``<main>`` element, or else its largest ``<article>``. Why not trafilatura or readability: see
:mod:`syndetect.io.corpus`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["extract_html_text"]

_DROP = frozenset(
    {
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
        "iframe", "object", "embed", "canvas", "button", "select", "textarea", "head", "menu", "dialog",
    }
)  # fmt: skip
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu"})
_VOID = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr",
    }
)  # fmt: skip
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
        "table", "section", "article", "main", "blockquote", "pre", "figure", "figcaption", "hr", "address",
        "details", "summary", "body", "td", "th",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")


class _TextExtractor(HTMLParser):
    """Collects visible text into three buckets: the whole body, ``<main>``, and each ``<article>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, drops its content)
        self.dropping = 0
        self.body: list[str] = []
        self.main: list[str] | None = None
        self.main_depth = 0
        self.articles: list[list[str]] = []
        self.article_depth = 0

    def _sinks(self) -> list[list[str]]:
        sinks = [self.body]
        if self.main_depth and self.main is not None:
            sinks.append(self.main)
        if self.article_depth:
            sinks.append(self.articles[-1])
        return sinks

    def _push(self, piece: str) -> None:
        if self.dropping:
            return
        for sink in self._sinks():
            sink.append(piece)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._push("\n")
        if tag in _VOID:
            return
        a = {k: (v or "") for k, v in attrs}
        drop = (
            tag in _DROP
            or "hidden" in a
            or a.get("aria-hidden", "").lower() == "true"
            or a.get("role", "").lower() in _DROP_ROLES
        )
        self.stack.append((tag, drop))
        if drop:
            self.dropping += 1
        elif not self.dropping:
            if tag == "main":
                if self.main is None:
                    self.main = []
                self.main_depth += 1
            elif tag == "article":
                if not self.article_depth:
                    self.articles.append([])
                self.article_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._push("\n")

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, _ in self.stack):
            if tag in _BLOCK:  # a stray </p> or </br> still ends a line
                self._push("\n")
            return
        while self.stack:
            t, drop = self.stack.pop()
            if drop:
                self.dropping -= 1
            elif not self.dropping:
                if t == "main":
                    self.main_depth -= 1
                elif t == "article":
                    self.article_depth -= 1
            if t in _BLOCK:
                self._push("\n")
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        self._push(data)


def _tidy(pieces: list[str]) -> str:
    paragraphs = (_SPACES.sub(" ", chunk).strip() for chunk in "".join(pieces).split("\n"))
    return "\n\n".join(p for p in paragraphs if p)


def extract_html_text(html: str) -> str:
    """The main text of an HTML page: paragraphs separated by blank lines, markup and furniture dropped.

    >>> extract_html_text("<nav>Home</nav><main><h1>Title</h1><p>A &amp; B<script>x()</script></main>")
    'Title\\n\\nA & B'
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    if parser.main is not None and _tidy(parser.main):
        return _tidy(parser.main)
    if parser.articles:
        best = max((_tidy(a) for a in parser.articles), key=len)
        if best:
            return best
    return _tidy(parser.body)
