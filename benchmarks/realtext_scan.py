"""Time ``syndetect.scan`` on the real-text corpora (``benchmarks/realtext.py``), one process.

    python benchmarks/realtext_scan.py [--docs 2000] [--corpora news,urdu,indonesian,pan]

Prints one line per corpus: wall time, ``ScanResult.stats.seconds`` per stage and the pairs found. To
compare two versions in the same run, run it twice with ``PYTHONPATH`` pointing at each one's ``src``.
The corpora draw pieces at random from a small pool, so documents share text with many others: the time
is mostly passage alignment of many pairs, which a document-level tool does not do.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

import realtext
import syndetect


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000, help="articles per corpus (default 2000)")
    parser.add_argument("--corpora", default=None, help="comma-separated names (default: those present)")
    args = parser.parse_args(argv)
    names = args.corpora.split(",") if args.corpora else realtext.available()
    if not names:
        print(f"no real-text corpus under {realtext.eval_dir()}: nothing to time")
        return 0
    for name in names:
        texts = realtext.real_corpus(name, args.docs)
        if texts is None:
            print(f"{name}: absent under {realtext.eval_dir()}; skipped")
            continue
        docs = [syndetect.Document(f"d{i}", t) for i, t in enumerate(texts)]
        t0 = time.perf_counter()
        result = syndetect.scan(docs, syndetect.ScanConfig(jobs=1))
        seconds = time.perf_counter() - t0
        stages = ", ".join(f"{k} {v:.2f}" for k, v in result.stats.seconds.items())
        print(f"{name}: {seconds:.2f} s ({stages}); {len(result.pairs)} pairs", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
