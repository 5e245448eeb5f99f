"""Print the speed benchmarks as ratios against the competitors measured in the same run.

    python benchmarks/summary.py benchmarks/results/speed.json [--check] [--markdown]

Reads a pytest-benchmark JSON file (``pytest benchmarks/test_speed.py --benchmark-json=...``). For every
group it prints each benchmark's median seconds, MB/s and ``syndetect / competitor`` throughput ratios.
``--check`` exits 1 when a speed target of issues 2 and 3 is missed (targets are ratios, never seconds).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

# (group, syndetect benchmark, reference benchmark, minimum ratio of throughputs, label)
TARGETS = [
    ("signatures", "syndetect_oph_jobs1", "rensa", 3.0, "one process >= 3x rensa"),
    (
        "signatures",
        "syndetect_oph_jobs1",
        "datasketch_default",
        10.0,
        "one process >= 10x datasketch default",
    ),
    ("signatures", "syndetect_oph_pool2", "syndetect_oph_jobs1", 1.7, "2 processes (WorkerPool) >= 1.7x"),
    ("signatures", "syndetect_oph_jobs2", "syndetect_oph_jobs1", 1.7, "2 processes (fork per call) >= 1.7x"),
    ("scan", "syndetect_scan", "datasketch_minhashlsh_doc_level", 10.0, "scan >= 10x datasketch MinHashLSH"),
]


def load(path: Path) -> tuple[dict[str, dict[str, dict[str, float]]], dict[str, object]]:
    """``{group: {name: {"median": s, "mb_per_s": x}}}`` and the machine info of the run."""
    data = json.loads(path.read_text())
    groups: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for b in data["benchmarks"]:
        key = b.get("extra_info", {}).get("key")
        if not key:
            continue
        group, name = key.split("/", 1)
        entry = {"median": float(b["stats"]["median"])}
        if "mb_per_s" in b["extra_info"]:
            entry["mb_per_s"] = float(b["extra_info"]["mb_per_s"])
        groups[group][name] = entry
    return dict(groups), data.get("machine_info", {})


def table(groups: dict[str, dict[str, dict[str, float]]], markdown: bool) -> list[str]:
    lines: list[str] = []
    for group, entries in groups.items():
        ours = [n for n in entries if n.startswith("syndetect")]
        refs = [n for n in entries if not n.startswith("syndetect")]
        lines.append("")
        if markdown:
            lines.append(f"**{group}**")
            lines.append("")
            lines.append("| benchmark | median s | MB/s | " + " | ".join(f"x {r}" for r in refs) + " |")
            lines.append("|---|---:|---:|" + "---:|" * len(refs))
        else:
            lines.append(f"== {group} ==")
        for name, e in sorted(entries.items(), key=lambda kv: kv[1]["median"]):
            mbps = f"{e['mb_per_s']:.1f}" if "mb_per_s" in e else "-"
            ratios = [f"{entries[r]['median'] / e['median']:.2f}" if name in ours else "" for r in refs]
            if markdown:
                lines.append(f"| {name} | {e['median']:.3f} | {mbps} | " + " | ".join(ratios) + " |")
            else:
                rs = "  ".join(f"x{r}={v}" for r, v in zip(refs, ratios, strict=True) if v)
                lines.append(f"{name:<36} {e['median']:9.3f} s {mbps:>8} MB/s  {rs}")
    return lines


def check(groups: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """Missed targets (empty when all present targets are met)."""
    missed = []
    for group, ours, ref, minimum, label in TARGETS:
        entries = groups.get(group, {})
        if ours not in entries or ref not in entries:
            print(f"target not measured: {label}")
            continue
        ratio = entries[ref]["median"] / entries[ours]["median"]
        status = "ok" if ratio >= minimum else "MISSED"
        print(f"target {label:<42} measured {ratio:6.2f}x  {status}")
        if ratio < minimum:
            missed.append(label)
    return missed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("json", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target ratio is missed")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_args(argv)
    groups, machine = load(args.json)
    cpu = machine.get("cpu", {})
    brand = cpu.get("brand_raw", "?") if isinstance(cpu, dict) else "?"
    print(f"machine: {brand}, python {machine.get('python_version', '?')}")
    print("\n".join(table(groups, args.markdown)))
    print("")
    missed = check(groups)
    if args.check and missed:
        print("FAIL: " + "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
