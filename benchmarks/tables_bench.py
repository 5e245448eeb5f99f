"""Peak memory and time of reading and writing back a large Parquet corpus with
:func:`syndetect.io.tables.iter_table_batches` and :func:`syndetect.io.tables.write_table`.

A corpus of ``--rows`` rows (id, text of 50 to 150 pseudo-words, source, date, an integer column) is
generated into ``--workdir`` (row groups of ``--row-group`` rows: pyarrow's default of 1,048,576 rows
makes a 1M-row file one row group, the hardest case for streaming). Then, each in a fresh process
so each peak is its own:

* ``read``: every row as a document, ``--batch-rows`` at a time, nothing kept (``unique_ids=False``);
* ``read_ids``: the same with ``unique_ids=True`` (the default), which keeps every id read to skip
  repeated ones: the one part that grows with the rows;
* ``write``: the file written back with two added columns (a family id for one row in ten, a
  similarity with NaN for the others) and one row in three dropped, then checked with pyarrow
  (schema = input + added columns, row count) and pandas (the added columns read back).

    python benchmarks/tables_bench.py --rows 1000000 --workdir /tmp/tables
    python benchmarks/tables_bench.py --rows 100000 --workdir /tmp/tables   # the same peaks: bounded

Prints one JSON object: rows, file size, and per step the seconds and the peak RSS (``VmHWM``) of
its process, with the RSS before the step (the interpreter, the libraries and, for ``write``, the
added columns the caller holds: one value per row).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

SEED = 20240611


def _status_mib(field: str) -> float:
    """A memory figure of this process from ``/proc/self/status`` (Linux), in MiB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {field} in /proc/self/status")


def _rss_mib() -> float:
    return _status_mib("VmRSS")


def _peak_mib() -> float:
    """The peak RSS of this process's own memory: VmHWM starts again at exec, unlike getrusage's
    ru_maxrss, which keeps the peak of the parent that forked it."""
    return _status_mib("VmHWM")


def generate(path: Path, rows: int, row_group: int) -> None:
    """Write the corpus, one row group at a time (words drawn from a seeded generator)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = np.random.default_rng(SEED)
    vocabulary = np.array(["".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz"), rng.integers(2, 10)))
                           for _ in range(5000)])
    schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("source", pa.string()),
                        ("date", pa.string()), ("n", pa.int64())])
    with pq.ParquetWriter(path, schema) as writer:
        for start in range(0, rows, row_group):
            count = min(row_group, rows - start)
            lengths = rng.integers(50, 151, count)
            words = vocabulary[rng.integers(0, len(vocabulary), int(lengths.sum()))]
            ends = np.cumsum(lengths)
            texts = [" ".join(words[e - n : e]) for e, n in zip(ends.tolist(), lengths.tolist(), strict=True)]
            numbers = np.arange(start, start + count)
            table = pa.table({
                "id": [f"doc-{i:08d}" for i in numbers.tolist()],
                "text": texts,
                "source": [f"outlet-{i % 50}" for i in numbers.tolist()],
                "date": [f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in numbers.tolist()],
                "n": numbers,
            }, schema=schema)
            writer.write_table(table, row_group_size=row_group)


def step_read(path: Path, batch_rows: int, unique_ids: bool = False) -> dict[str, Any]:
    from syndetect.io.tables import iter_table_batches

    before = _rss_mib()
    t = time.perf_counter()
    documents = problems = characters = 0
    peaks = []  # [rows read, peak RSS so far]: flat once the first batches are in, if memory is bounded
    for batch in iter_table_batches(path, batch_rows=batch_rows, unique_ids=unique_ids):
        documents += len(batch.documents)
        problems += len(batch.problems)
        characters += sum(len(d.text) for d in batch.documents)
        peaks.append([documents, round(_peak_mib())])
    step = max(1, len(peaks) // 8)
    return {"seconds": round(time.perf_counter() - t, 2), "rss_before_mib": round(before),
            "peak_rss_mib": round(_peak_mib()), "documents": documents, "problems": problems,
            "characters": characters, "peak_by_rows": peaks[::step]}


def step_write(path: Path, batch_rows: int) -> dict[str, Any]:
    import pandas as pd
    import pyarrow.parquet as pq

    from syndetect.io.tables import write_table

    rows = pq.ParquetFile(path).metadata.num_rows
    numbers = np.arange(rows)
    family = np.full(rows, None, dtype=object)
    family[numbers % 10 == 0] = [f"fam-{i:08d}" for i in numbers[numbers % 10 == 0].tolist()]
    similarity = np.where(numbers % 10 == 0, np.nan, (numbers % 100) / 100.0)
    keep = numbers % 3 != 0
    dest = path.with_name("written.parquet")
    before = _rss_mib()
    t = time.perf_counter()
    written = write_table(path, dest, {"family": family, "similarity": similarity}, keep,
                          batch_rows=batch_rows, overwrite=True)
    seconds = time.perf_counter() - t
    peak = _peak_mib()
    schema = pq.read_schema(dest)
    source_schema = pq.read_schema(path)
    assert schema.names == [*source_schema.names, "family", "similarity"], schema.names
    assert all(schema.field(n).type == source_schema.field(n).type for n in source_schema.names)
    assert pq.ParquetFile(dest).metadata.num_rows == written.rows == int(keep.sum())
    back = pd.read_parquet(dest, columns=["n", "family", "similarity"])
    assert back["n"].tolist() == numbers[keep].tolist()
    assert back["family"].notna().sum() == int((keep & (numbers % 10 == 0)).sum())
    return {"seconds": round(seconds, 2), "rss_before_mib": round(before), "peak_rss_mib": round(peak),
            "rows_written": written.rows, "problems": len(written.problems),
            "output_mb": round(dest.stat().st_size / 1e6, 1)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--row-group", type=int, default=1_048_576)
    ap.add_argument("--batch-rows", type=int, default=65536)
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--step", choices=["read", "read_ids", "write"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    path = args.workdir / f"corpus-{args.rows}-{args.row_group}.parquet"
    if args.step is not None:
        if args.step == "write":
            print(json.dumps(step_write(path, args.batch_rows)))
        else:
            print(json.dumps(step_read(path, args.batch_rows, unique_ids=args.step == "read_ids")))
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        t = time.perf_counter()
        generate(path, args.rows, args.row_group)
        print(f"generated {path} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    out: dict[str, Any] = {"rows": args.rows, "row_group": args.row_group, "batch_rows": args.batch_rows,
                           "file_mb": round(path.stat().st_size / 1e6, 1)}
    for step in ("read", "read_ids", "write"):
        cmd = [sys.executable, __file__, "--rows", str(args.rows), "--row-group", str(args.row_group),
               "--batch-rows", str(args.batch_rows), "--workdir", str(args.workdir), "--step", step]
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
        out[step] = json.loads(done.stdout)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
