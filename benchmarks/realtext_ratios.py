"""Text -> signatures on real prose against rensa and datasketch: interleaved, same-run ratios.

    python benchmarks/realtext_ratios.py [--docs 2000] [--repeats 5] [--corpora news,urdu,...]

For every corpus (``benchmarks/realtext.py``: ``news``, ``urdu``, ``indonesian``, ``pan`` when
``../shared/eval`` has them, and ``synthetic``, the generated corpus, always) it times
``syndetect.signatures`` (word 5-grams, 128 permutations, one process), rensa ``RMinHash`` and
datasketch (defaults) on the same texts. Each repeat runs every (corpus, contender) once, in an order
rotated by one each repeat, so a slow spell of the shared machine hits all of them alike; the table
gives medians and the ratios of medians. datasketch is timed on ``--datasketch-corpora`` only (it is
~20x slower than syndetect).
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
from collections.abc import Callable, Sequence

import harness
import realtext
import syndetect

CONTENDERS: dict[str, Callable[[Sequence[str]], object]] = {
    "syndetect": lambda texts: syndetect.signatures(texts),
    "rensa": harness.rensa_rminhash,
    "datasketch": harness.datasketch_default,
}


def corpus_texts(name: str, n_docs: int) -> list[str] | None:
    """The texts of corpus ``name`` (``synthetic`` or a :mod:`realtext` name); ``None`` when absent."""
    if name == "synthetic":
        return list(harness.corpus(n_docs).texts)
    found = realtext.real_corpus(name, n_docs)
    return None if found is None else list(found)


def measure(
    corpora: dict[str, list[str]], contenders: dict[str, list[str]], repeats: int
) -> dict[tuple[str, str], list[float]]:
    """Seconds per (corpus, contender) over ``repeats`` rotated rounds."""
    runs = [(c, who) for c in corpora for who in contenders[c]]
    for c, who in runs:  # warm-up (tables, imports)
        CONTENDERS[who](corpora[c][:50])
    times: dict[tuple[str, str], list[float]] = {r: [] for r in runs}
    for rep in range(repeats):
        k = rep % len(runs)
        for c, who in runs[k:] + runs[:k]:
            run = functools.partial(CONTENDERS[who], corpora[c])
            times[(c, who)].append(harness.timed(f"{c}:{who}", run))
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000, help="articles per corpus (default 2000)")
    parser.add_argument("--repeats", type=int, default=5, help="rotated repeats (default 5)")
    parser.add_argument("--corpora", default="news,urdu,indonesian,pan,synthetic")
    parser.add_argument("--datasketch-corpora", default="news,synthetic")
    args = parser.parse_args(argv)
    corpora: dict[str, list[str]] = {}
    for name in args.corpora.split(","):
        texts = corpus_texts(name.strip(), args.docs)
        if texts is None:
            print(f"note: corpus {name!r} not found under {realtext.eval_dir()}; skipped", file=sys.stderr)
        else:
            corpora[name.strip()] = texts
    with_ds = {s.strip() for s in args.datasketch_corpora.split(",")}
    contenders = {c: ["syndetect", "rensa", *(["datasketch"] if c in with_ds else [])] for c in corpora}
    times = measure(corpora, contenders, args.repeats)
    print(f"{args.docs} articles per corpus, word 5-grams, 128 permutations, 1 process, "
          f"{args.repeats} rotated repeats, medians")
    print("| corpus | MB | syndetect MB/s | rensa MB/s | datasketch MB/s | x rensa | x datasketch | "
          "x rensa per repeat |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for c, texts in corpora.items():
        mb = harness.megabytes(texts)
        med = {who: statistics.median(times[(c, who)]) for who in contenders[c]}
        ds = med.get("datasketch")
        pairs = zip(times[(c, "syndetect")], times[(c, "rensa")], strict=True)
        per = ", ".join(f"{r / s:.2f}" for s, r in pairs)
        ours = med["syndetect"]
        ds_mbs = "-" if ds is None else f"{mb / ds:.1f}"
        x_ds = "-" if ds is None else f"{ds / ours:.1f}"
        print(
            f"| {c} | {mb:.1f} | {mb / ours:.1f} | {mb / med['rensa']:.1f} | {ds_mbs} | "
            f"{med['rensa'] / ours:.2f} | {x_ds} | {per} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
