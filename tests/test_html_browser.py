"""The HTML report in a real headless chromium: our script runs, injected markup does not, passages link."""

from __future__ import annotations

import io
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from syndetect.io.report import render_html
from syndetect.types import Document, Family, Pair, Passage, ScanResult, ScanStats

pytestmark = pytest.mark.browser

SHARED = "The international coalition fighting Islamic State has suspended operations against the group."
INJECTED = (
    "<script>document.documentElement.setAttribute('data-pwned', 'script')</script>"
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\">"
)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("headless chromium is not installed (Debian: apt-get install -y chromium)")


def chromium_args(binary: str, profile: Path) -> list[str]:
    return [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",
    ]


def _report(path: Path) -> ScanResult:
    a = Document("wire/a.txt", f"Wire: {SHARED} {INJECTED} End of wire copy.", source="wire")
    b = Document("local/b.txt", f"Local intro. {SHARED} Local ending.")
    (a0, b0) = (a.text.index(SHARED), b.text.index(SHARED))
    pair = Pair(
        a.id, b.id, 0.4, 0.4, 0.5, 0.7, (Passage(a0, a0 + len(SHARED), b0, b0 + len(SHARED), 1.0, False, 13),)
    )
    result = ScanResult(
        pairs=(pair,),
        families=(Family("fam-1", (a.id, b.id), a.id, "earliest date"),),
        stats=ScanStats(documents=2, pairs=1, families=1),
    )
    out = io.StringIO()
    render_html(result, {a.id: a, b.id: b}, out)
    path.write_text(out.getvalue(), encoding="utf-8")
    return result


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: dict[str, str | None] = {}
        self.marks: list[dict[str, str | None]] = []
        self.imgs = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.root = dict(attrs)
        elif tag == "mark":
            self.marks.append(dict(attrs))
        elif tag == "img":
            self.imgs += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_report_in_headless_chromium(tmp_path: Path) -> None:
    binary = _chromium()
    report = tmp_path / "report.html"
    _report(report)
    # The fragment points at the passage on side b: the script must highlight its peer on side a.
    url = report.as_uri() + "#p1b0"
    proc = subprocess.run(
        [*chromium_args(binary, tmp_path / "profile"), "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = _Dom()
    dom.feed(proc.stdout)
    assert dom.root.get("data-ready") == "1", "the report's own script did not run"
    assert "data-pwned" not in dom.root, "injected markup ran"
    assert dom.imgs == 0
    assert INJECTED in "".join(dom.text)  # shown as text
    by_id = {m.get("id"): m for m in dom.marks}
    assert {"p1a0", "p1b0"} <= by_id.keys()
    for mark_id in ("p1a0", "p1b0"):
        assert "on" in (by_id[mark_id].get("class") or "").split(), f"{mark_id} not highlighted"


def test_report_screenshot(tmp_path: Path) -> None:
    binary = _chromium()
    report = tmp_path / "report.html"
    _report(report)
    shot = tmp_path / "shot.png"
    proc = subprocess.run(
        [
            *chromium_args(binary, tmp_path / "profile"),
            "--window-size=1200,800",
            f"--screenshot={shot}",
            report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000  # a rendered page, not a blank image
