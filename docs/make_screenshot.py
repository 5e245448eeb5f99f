"""Render the HTML report of the seed corpus and save a screenshot of it as docs/report-screenshot.png.

    python docs/make_screenshot.py [CORPUS] [--keep-html PATH]

Needs a headless chromium (Debian: apt-get install -y chromium). The report is written to a temporary
directory, never into the corpus.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from syndetect import scan
from syndetect.io.corpus import read_corpus
from syndetect.io.report import render_html

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("no headless chromium found; on Debian: apt-get install -y chromium")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(REPO / "data" / "seeds"))
    parser.add_argument("--output", default=str(DOCS / "report-screenshot.png"))
    parser.add_argument("--keep-html", default=None, help="also save the report here")
    args = parser.parse_args()

    read = read_corpus([args.corpus])
    for problem in read.problems:
        print(problem, file=sys.stderr)
    result = scan(read.documents)
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        with report.open("w", encoding="utf-8") as fh:
            render_html(result, {d.id: d for d in read.documents}, fh, title="syndetect report: data/seeds")
        if args.keep_html:
            shutil.copyfile(report, args.keep_html)
        url = report.as_uri()
        subprocess.run(
            [
                chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={Path(tmp) / 'profile'}",
                "--virtual-time-budget=3000", "--window-size=1280,1400", f"--screenshot={args.output}", url,
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )  # fmt: skip
    print(f"wrote {args.output}: {len(result.pairs)} pair(s), {len(result.families)} family(ies)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
