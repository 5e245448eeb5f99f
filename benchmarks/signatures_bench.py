"""Text -> signatures against rensa and datasketch on the same texts: interleaved, same-run ratios.

    python benchmarks/signatures_bench.py --repeats 7          # real text and synthetic, 1 process
    python benchmarks/signatures_bench.py --corpora synthetic --docs 10000 --processes --repeats 7
                                                               # 1 and 2 processes, the ceiling
    python benchmarks/signatures_bench.py --corpora synthetic --all --check
    python benchmarks/signatures_bench.py --stages --docs 4000   # where the time goes, per stage

Word 5-grams, 128 permutations. Corpora: the real-text corpora of ``realtext.py`` (``news``, ``urdu``,
``indonesian``, ``pan``, read from ``$SYNDETECT_EVAL_DIR`` or ``../shared/eval``; an absent one is skipped
with a note) and ``synthetic`` (``harness.corpus``, always there), ``--docs`` articles each.

Contenders: ``syndetect`` (``signatures()``, OPH, one process, on the compiled tokeniser when it is built:
``syndetect.text.native.backend()``), ``syndetect_numpy`` (the same on the numpy path, ``native.pure()``;
timed when the extension is built), ``rensa`` (``RMinHash`` fed the usual
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

``--stages`` times nothing else: ms per MB of text of each stage of ``signatures()`` over batches as it
makes them, on both paths (best of ``--repeats``): numpy (``encode_texts``, ``normalize_batch``, token
bounds, token hashes and their mix, 5-gram hashes, OPH) and compiled (tokens from the ``str`` texts,
5-grams hashed and binned, densification).
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np

import harness
import realtext
import syndetect
from syndetect.text import native

Contender = Callable[[Sequence[str]], object]

def numpy_signatures(texts: Sequence[str]) -> object:
    """``signatures()`` on the numpy path (without the compiled tokeniser)."""
    with native.pure():
        return syndetect.signatures(texts)


NUMPY = "syndetect_numpy"
CONTENDERS: dict[str, Contender] = {
    "syndetect": lambda texts: syndetect.signatures(texts),
    NUMPY: numpy_signatures,
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


def stage_times(texts: list[str], repeats: int) -> dict[str, float]:
    """Seconds per stage of ``signatures(texts)`` (defaults, 1 process), best of ``repeats``: the numpy
    path's stages, then the compiled path's (``native ...``) when it is built."""
    from syndetect.config import MinHashConfig, ShingleConfig
    from syndetect.sketch import minhash
    from syndetect.sketch.signatures import batch_bounds, text_lengths
    from syndetect.text import normalize, shingle

    config, mh = ShingleConfig(), MinHashConfig()
    batches = [texts[a:b] for a, b in batch_bounds(texts, 256)]
    best: dict[str, float] = {}
    took: dict[str, float] = {}

    def tick(stage: str, t0: float) -> float:
        now = time.perf_counter()
        took[stage] = took.get(stage, 0.0) + now - t0
        return now

    for _ in range(repeats):
        took.clear()

        for b in batches:
            t = time.perf_counter()
            encoded = normalize.encode_texts(b)
            t = tick("encode", t)
            nb = normalize.normalize_batch(b, config.normalize, raw_map=False, encoded=encoded)
            t = tick("normalise", t)
            starts, ends, offsets = shingle._tokens(nb)
            t = tick("tokens", t)
            hashes = shingle._mix64_inplace(shingle._segment_hash(nb.cp, starts, ends))
            t = tick("token hash + mix", t)
            grams, _, _, gram_offsets = shingle.gram_hashes(hashes, offsets, config.k, positions=False)
            t = tick("5-grams", t)
            minhash.minhash(grams, gram_offsets, mh)
            t = tick("OPH", t)
            if native.AVAILABLE:
                found = native.text_token_arrays(b, text_lengths(b), config.normalize, spans=False)
                assert found is not None
                t = tick("native tokens", t)
                bins = np.full((found[3].size - 1) * mh.num_perm, minhash._SENTINEL, dtype=np.uint64)
                native.oph_bins(found[0], found[3], config.k, mh.num_perm, minhash.oph_key(mh.seed), bins)
                t = tick("native 5-grams + OPH bins", t)
                minhash._oph_signatures(bins, found[3].size - 1, mh.num_perm, mh.seed)
                tick("native densify", t)
        for stage, seconds in took.items():
            best[stage] = min(best.get(stage, seconds), seconds)
    return best


def print_stages(corpora: dict[str, list[str]], repeats: int) -> None:
    rows = {c: stage_times(texts, repeats) for c, texts in corpora.items()}
    stages = list(next(iter(rows.values())))
    numpy_stages = ", ".join(s for s in stages if "native" not in s)
    compiled = ", ".join(s for s in stages if "native" in s) or "not built"
    print(f"ms per MB of text, best of {repeats}; numpy path: {numpy_stages}; compiled path: {compiled}")
    print("| corpus | numpy MB/s | compiled MB/s | " + " | ".join(stages) + " |")
    print("|---|---:|---:|" + "---:|" * len(stages))
    for c, took in rows.items():
        mb = harness.megabytes(corpora[c])
        slow = sum(v for s, v in took.items() if "native" not in s)
        fast = sum(v for s, v in took.items() if "native" in s)
        cells = " | ".join(f"{1000 * took[s] / mb:.2f}" for s in stages)
        print(f"| {c} | {mb / slow:.1f} | {f'{mb / fast:.1f}' if fast else '-'} | {cells} |")


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
    parser.add_argument("--stages", action="store_true", help="only: ms per MB of each stage, both paths")
    args = parser.parse_args(argv)
    corpora: dict[str, list[str]] = {}
    for name in (n.strip() for n in args.corpora.split(",") if n.strip()):
        texts = corpus_texts(name, args.docs)
        if texts is None:
            print(f"note: corpus {name!r} not found under {realtext.eval_dir()}; skipped", file=sys.stderr)
        else:
            corpora[name] = texts
    if args.stages:
        print_stages(corpora, args.repeats)
        return 0
    with_ds = {s.strip() for s in args.datasketch_corpora.split(",")}
    extra = [*PROCESSES, "syndetect_pool2", CEILING] if args.processes else []
    extra += list(OTHERS) if args.all else []
    both = ["syndetect", NUMPY] if native.AVAILABLE else ["syndetect"]
    plan = {c: [*both, "rensa", *(["datasketch"] if c in with_ds else []), *extra] for c in corpora}
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
          f"medians; syndetect = signatures(), OPH, 1 process, {native.backend()} path")
    print("| corpus | MB | syndetect MB/s | numpy path MB/s | rensa MB/s | datasketch MB/s | x numpy path | "
          "x rensa | x datasketch | x rensa per repeat |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for c, texts in corpora.items():
        mb = harness.megabytes(texts)
        ours = med[(c, "syndetect")]
        ds = med.get((c, "datasketch"))
        pairs = zip(times[(c, "syndetect")], times[(c, "rensa")], strict=True)
        per = ", ".join(f"{r / s:.2f}" for s, r in pairs)
        ds_mbs = "-" if ds is None else f"{mb / ds:.1f}"
        x_ds = "-" if ds is None else f"{ds / ours:.1f}"
        slow = med.get((c, NUMPY))
        np_mbs = "-" if slow is None else f"{mb / slow:.1f}"
        x_np = "-" if slow is None else f"{slow / ours:.2f}"
        print(f"| {c} | {mb:.1f} | {mb / ours:.1f} | {np_mbs} | {mb / med[(c, 'rensa')]:.1f} | {ds_mbs} | "
              f"{x_np} | {med[(c, 'rensa')] / ours:.2f} | {x_ds} | {per} |")

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
