"""Text -> signatures against rensa and datasketch on the same texts: interleaved, same-run ratios.

    python benchmarks/signatures_bench.py --repeats 7          # real text and synthetic, 1 process
    python benchmarks/signatures_bench.py --corpora synthetic --docs 10000 --processes --repeats 7
                                                               # 1 and 2 processes, the ceiling
    python benchmarks/signatures_bench.py --corpora synthetic --all --check

Word 5-grams, 128 permutations. Corpora: the real-text corpora of ``realtext.py`` (``news``, ``urdu``,
``indonesian``, ``pan``, read from ``$SYNDETECT_EVAL_DIR`` or ``../shared/eval``; an absent one is skipped
with a note) and ``synthetic`` (``harness.corpus``, always there), ``--docs`` articles each.

Contenders: ``syndetect`` (``signatures()``, OPH, one process), ``rensa`` (``RMinHash`` fed the usual
Python-built word 5-gram strings) and ``datasketch`` (defaults, ``update_batch`` per document; on
``--datasketch-corpora`` only, it is the slow one). ``--processes`` adds ``syndetect_jobs2`` (a fork per
call), ``syndetect_pool2`` (a ``WorkerPool`` of two, started once, outside the timings) and the
two-process ceiling of the moment (``harness.two_process_ceiling``: the one-process signatures of half
the corpus run by two warm processes at once; no way of splitting the work over two processes can beat
it, so the 2-process ratio divided by it is what the splitting costs). ``--all`` adds the other ways
of computing the same thing: ``syndetect_kperm``, ``datasketch_bulk`` and ``datasketch_xxh32`` (xxh32
instead of SHA-1), and ``python_shingles`` (building the 5-gram strings only: the floor of any
per-string design).

Each repeat runs every (corpus, contender) once, in an order rotated by one each repeat, so a slow spell
of the shared machine hits all of them alike; the tables give medians and ratios of medians.
``--check`` exits 1 when a target ratio (``TARGETS``) measured in the run is missed.
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

Contender = Callable[[Sequence[str]], object]

CONTENDERS: dict[str, Contender] = {
    "syndetect": lambda texts: syndetect.signatures(texts),
    "rensa": harness.rensa_rminhash,
    "datasketch": harness.datasketch_default,
}
PROCESSES: dict[str, Contender] = {
    "syndetect_jobs2": lambda texts: syndetect.signatures(texts, jobs=2),
    # "syndetect_pool2" is bound to the run's WorkerPool in main()
}
OTHERS: dict[str, Contender] = {
    "syndetect_kperm": lambda texts: syndetect.signatures(texts, scheme="kperm"),
    "datasketch_bulk": harness.datasketch_bulk,
    "datasketch_xxh32": harness.datasketch_xxh32,
    "python_shingles": harness.python_shingles_only,
}
CEILING = "ceiling"

TARGETS: list[tuple[str, str, str, float]] = [
    # (corpus, faster, slower, minimum ratio slower time / faster time)
    ("synthetic", "syndetect", "rensa", 3.0),
    ("synthetic", "syndetect", "datasketch", 10.0),
    ("synthetic", "syndetect_pool2", "syndetect", 1.7),
    ("synthetic", "syndetect_jobs2", "syndetect", 1.7),
    ("news", "syndetect", "rensa", 5.0),
    ("news", "syndetect", "datasketch", 15.0),
    ("urdu", "syndetect", "rensa", 3.0),
    ("indonesian", "syndetect", "rensa", 3.0),
]
"""The project's speed targets, all ratios of times measured in the same run (never seconds)."""


def corpus_texts(name: str, n_docs: int) -> list[str] | None:
    """The texts of corpus ``name`` (``synthetic`` or a :mod:`realtext` name); ``None`` when absent."""
    if name == "synthetic":
        return list(harness.corpus(n_docs).texts)
    found = realtext.real_corpus(name, n_docs)
    return None if found is None else list(found)


def measure(
    corpora: dict[str, list[str]], plan: dict[str, list[str]], contenders: dict[str, Contender], repeats: int
) -> dict[tuple[str, str], list[float]]:
    """Seconds per (corpus, contender) over ``repeats`` rotated rounds; for ``CEILING`` the ceiling
    itself (a ratio, higher is better)."""
    runs = [(c, who) for c in corpora for who in plan[c]]
    for c, who in runs:  # warm-up (tables, imports)
        if who != CEILING:
            contenders[who](corpora[c][:50])
    times: dict[tuple[str, str], list[float]] = {r: [] for r in runs}
    for rep in range(repeats):
        k = rep % len(runs)
        for c, who in runs[k:] + runs[:k]:
            if who == CEILING:
                half = functools.partial(syndetect.signatures, corpora[c][: len(corpora[c]) // 2])
                times[(c, who)].append(harness.two_process_ceiling(half))
            else:
                run = functools.partial(contenders[who], corpora[c])
                times[(c, who)].append(harness.timed(f"{c}:{who}", run))
    return times


def check(med: dict[tuple[str, str], float]) -> list[str]:
    """Print every target measured in this run; return the missed ones."""
    missed = []
    for corpus, fast, slow, minimum in TARGETS:
        if (corpus, fast) not in med or (corpus, slow) not in med:
            continue
        ratio = med[(corpus, slow)] / med[(corpus, fast)]
        label = f"{corpus}: {fast} >= {minimum:g}x {slow}"
        print(f"target {label:<52} measured {ratio:5.2f}x  {'ok' if ratio >= minimum else 'MISSED'}")
        if ratio < minimum:
            missed.append(label)
    return missed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000, help="articles per corpus (default 2000)")
    parser.add_argument("--repeats", type=int, default=5, help="rotated repeats (default 5)")
    parser.add_argument("--corpora", default="news,urdu,indonesian,pan,synthetic")
    parser.add_argument("--datasketch-corpora", default="news,synthetic")
    parser.add_argument("--processes", action="store_true", help="also 2 processes and the ceiling")
    parser.add_argument("--all", action="store_true", help="also kperm, datasketch bulk/xxh32, shingles only")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target ratio is missed")
    args = parser.parse_args(argv)
    corpora: dict[str, list[str]] = {}
    for name in (n.strip() for n in args.corpora.split(",") if n.strip()):
        texts = corpus_texts(name, args.docs)
        if texts is None:
            print(f"note: corpus {name!r} not found under {realtext.eval_dir()}; skipped", file=sys.stderr)
        else:
            corpora[name] = texts
    with_ds = {s.strip() for s in args.datasketch_corpora.split(",")}
    extra = [*PROCESSES, "syndetect_pool2", CEILING] if args.processes else []
    extra += list(OTHERS) if args.all else []
    plan = {c: ["syndetect", "rensa", *(["datasketch"] if c in with_ds else []), *extra] for c in corpora}
    contenders = {**CONTENDERS, **PROCESSES, **OTHERS}
    pool = syndetect.WorkerPool(jobs=2) if args.processes else None
    if pool is not None:  # started once, like any pool; its start is not in the timings
        contenders["syndetect_pool2"] = lambda texts: syndetect.signatures(texts, jobs=pool)
    try:
        times = measure(corpora, plan, contenders, args.repeats)
    finally:
        if pool is not None:
            pool.close()
    med = {run: statistics.median(v) for run, v in times.items()}

    print(f"{args.docs} articles per corpus, word 5-grams, 128 permutations, {args.repeats} rotated repeats, "
          "medians; syndetect = signatures(), OPH, 1 process")
    print("| corpus | MB | syndetect MB/s | rensa MB/s | datasketch MB/s | x rensa | x datasketch | "
          "x rensa per repeat |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for c, texts in corpora.items():
        mb = harness.megabytes(texts)
        ours = med[(c, "syndetect")]
        ds = med.get((c, "datasketch"))
        pairs = zip(times[(c, "syndetect")], times[(c, "rensa")], strict=True)
        per = ", ".join(f"{r / s:.2f}" for s, r in pairs)
        ds_mbs = "-" if ds is None else f"{mb / ds:.1f}"
        x_ds = "-" if ds is None else f"{ds / ours:.1f}"
        print(f"| {c} | {mb:.1f} | {mb / ours:.1f} | {mb / med[(c, 'rensa')]:.1f} | {ds_mbs} | "
              f"{med[(c, 'rensa')] / ours:.2f} | {x_ds} | {per} |")

    if extra:
        print("\n| corpus | contender | median s | MB/s | syndetect (1 process) is ... x faster |")
        print("|---|---|---:|---:|---:|")
        for c, texts in corpora.items():
            mb = harness.megabytes(texts)
            ranked = sorted((who for who in plan[c] if who != CEILING), key=lambda who: med[(c, who)])
            for who in ranked:
                t = med[(c, who)]
                print(f"| {c} | {who} | {t:.2f} | {mb / t:.1f} | {t / med[(c, 'syndetect')]:.2f} |")
    if args.processes:
        for c in corpora:
            one = med[(c, "syndetect")]
            pooled, fork = one / med[(c, "syndetect_pool2")], one / med[(c, "syndetect_jobs2")]
            ceiling, each = med[(c, CEILING)], ", ".join(f"{x:.2f}" for x in times[(c, CEILING)])
            print(f"\n{c}: 2 processes / 1 process: {pooled:.2f}x with a WorkerPool, {fork:.2f}x with jobs=2 "
                  f"(a fork per call); the 2-process ceiling in this run: {ceiling:.2f}x (median; each "
                  f"repeat: {each}), so syndetect reached {pooled / ceiling:.0%} of it with the pool and "
                  f"{fork / ceiling:.0%} forking per call")
    print()
    missed = check(med)
    if args.check and missed:
        print("FAIL: missed " + "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
