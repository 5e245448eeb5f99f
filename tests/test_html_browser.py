"""The HTML report in a real headless chromium: our script runs, injected markup does not, passages link,
and the outlet charts are drawn (read off the pixels of a screenshot)."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from syndetect.io import charts
from syndetect.io.report import render_html
from syndetect.types import (
    Document,
    Family,
    OriginShare,
    OutletStats,
    Pair,
    Passage,
    Provenance,
    ScanResult,
    ScanStats,
)

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


# ---------------------------------------------------------------------------------------------------
# The outlet charts, read off a screenshot


def decode_png(data: bytes) -> NDArray[np.uint8]:
    """The pixels of an 8-bit, non-interlaced RGB or RGBA PNG as an ``(height, width, channels)``
    array (the five PNG row filters undone; enough for chromium's screenshots)."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n"), "not a PNG"
    pos, idat, header = 8, bytearray(), b""
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8, depth
    assert colour in (2, 6), colour
    assert interlace == 0
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    out = np.zeros((height, stride), np.uint8)
    prev = np.zeros(stride, np.uint8)
    for y in range(height):
        at = y * (stride + 1)
        kind_ = raw[at]
        line = np.frombuffer(raw, np.uint8, stride, at + 1)
        if kind_ == 0:
            cur = line.copy()
        elif kind_ == 1:  # Sub: running sum along the row, per channel, modulo 256
            cur = np.cumsum(line.reshape(-1, bpp), axis=0, dtype=np.uint8).reshape(-1)
        elif kind_ == 2:  # Up
            cur = line + prev
        else:  # Average or Paeth: each byte depends on the one before it
            cur_l, up, row = bytearray(stride), prev.tobytes(), line.tobytes()
            for i in range(stride):
                left = cur_l[i - bpp] if i >= bpp else 0
                if kind_ == 3:
                    cur_l[i] = (row[i] + ((left + up[i]) >> 1)) & 0xFF
                else:
                    corner = up[i - bpp] if i >= bpp else 0
                    p = left + up[i] - corner
                    pa, pb, pc = abs(p - left), abs(p - up[i]), abs(p - corner)
                    pred = left if pa <= pb and pa <= pc else up[i] if pb <= pc else corner
                    cur_l[i] = (row[i] + pred) & 0xFF
            cur = np.frombuffer(bytes(cur_l), np.uint8)
        out[y] = cur
        prev = cur
    return out.reshape(height, width, bpp)


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _runs(mask: NDArray[np.bool_]) -> list[tuple[int, int, int]]:
    """``(row, first column, length)`` of every horizontal run of True in ``mask``."""
    out = []
    for y in np.flatnonzero(mask.any(axis=1)):
        padded = np.concatenate(([False], mask[y], [False])).astype(np.int8)
        edges = np.flatnonzero(np.diff(padded))
        out.extend((int(y), int(s), int(e - s)) for s, e in zip(edges[::2], edges[1::2], strict=True))
    return out


def _bars(runs: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Runs stacked in consecutive rows from one column, as ``(first column, length)`` per bar."""
    bars: list[list[tuple[int, int, int]]] = []
    for run in sorted(runs):
        last = bars[-1][-1] if bars else None
        if last is not None and run[0] == last[0] + 1 and run[1] == last[1]:
            bars[-1].append(run)
        else:
            bars.append([run])
    return [(group[0][1], max(r[2] for r in group)) for group in bars if len(group) >= 4]


def test_outlet_charts_screenshot(tmp_path: Path) -> None:
    binary = _chromium()
    outlets = []
    for k in range(50):
        origins = tuple(
            OriginShare(f"<origin> & {j}", 1 + (k + j) % 3, 500 + 97 * ((k * 13 + j * 7) % 41), (k + j) % 2)
            for j in range(20)
            if (k + j) % 4
        )
        copied = sum(o.characters for o in origins)
        share = 0.9 - 0.016 * k  # from 90% down to 11.6%, all distinct
        outlets.append(OutletStats(f"<b>Outlet</b> {k} & a rather long name to cut", 10 + k,
                                   round(copied / share), 5, copied, 2, 3, origins, None))  # fmt: skip
    prov = Provenance({}, (), (), (), (), tuple(outlets))
    result = ScanResult((), (), ScanStats(documents=sum(o.documents for o in outlets)), (), prov)
    report = tmp_path / "report.html"
    out = io.StringIO()
    render_html(result, {}, out)
    report.write_text(out.getvalue(), encoding="utf-8")
    shot = tmp_path / "shot.png"
    proc = subprocess.run(
        [
            *chromium_args(binary, tmp_path / "profile"),
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--window-size=1400,3000",
            f"--screenshot={shot}",
            report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    pixels = decode_png(shot.read_bytes())[:, :, :3]
    assert pixels.shape[:2] == (3000, 1400)
    # Not blank: a good part of the page is ink, in several colours.
    ink = (pixels.astype(int).sum(axis=2) < 3 * 235).mean()
    assert ink > 0.02, f"only {ink:.1%} of the page is drawn"
    assert len(np.unique(pixels.reshape(-1, 3)[::97], axis=0)) > 20
    # Every outlet's bar is drawn, from one left edge, as long as its share of the axis.
    bar = (pixels == _rgb(charts.BAR_COLOUR)).all(axis=2)
    bars = _bars(_runs(bar))
    assert len(bars) == 50, f"{len(bars)} bars drawn, not 50"
    assert len({x for x, _ in bars}) == 1, "bars do not start at one edge"
    shares = sorted((o.copied_share for o in outlets), reverse=True)
    lengths = [n for _, n in bars]
    assert lengths == sorted(lengths, reverse=True), "bars are not sorted"
    for share, n in zip(shares, lengths, strict=True):
        assert abs(n - charts.BAR_WIDTH * share) <= 1.5, (share, n)
    assert lengths[0] / lengths[-1] == pytest.approx(shares[0] / shares[-1], rel=0.05)
    # The matrix: the fullest cell at full shade, and credit strips.
    assert (pixels == _rgb(charts.CELL_COLOUR)).all(axis=2).sum() >= (charts.CELL - 4) * (charts.ROW - 8)
    assert (pixels == _rgb(charts.CREDIT_COLOUR)).all(axis=2).sum() > 100
