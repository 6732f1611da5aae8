"""The BENCHMARKS.md table and plot from one results file of bench/run.py.

    .venv/bin/python bench/report.py bench/results.json --png bench/benchmarks.png

Prints a Markdown table (one row per size: medians of wall time, CPU and peak memory of each case,
and the ratios of oamlint to conftest and to the bare `opa eval` floor), and draws time against size
(log–log, one line per case) with matplotlib into the PNG.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

RATIOS = (("select", "conftest"), ("static", "conftest"), ("all", "floor"), ("one", "one-conftest"),
          ("one", "one-floor"), ("one-select", "one-conftest"))


def table(results: dict[str, Any]) -> str:
    sizes = results["sizes"]
    cases = list(dict.fromkeys(case for size in sizes for case in size["cases"]))  # a size may run fewer cases
    header = ["applications", "repositories", *cases, *(f"{a} / {b}" for a, b in RATIOS), "load"]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for size in sizes:
        got = size["cases"]
        cells = [f"{size['applications']:,}", f"{size['repositories']:,}"]
        cells += [f"{got[c]['median_wall']:.2f} s · {got[c]['median_cpu']:.2f} s CPU · {got[c]['median_peakMiB']:.0f} MiB"
                  if c in got else "—" for c in cases]
        cells += [f"{got[a]['median_wall'] / got[b]['median_wall']:.1f}×" if a in got and b in got else "—"
                  for a, b in RATIOS]
        cells.append(f"{size['loadBefore'][0]:.1f}→{size['loadAfter'][0]:.1f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plot(results: dict[str, Any], target: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = results["sizes"]
    figure, (times, memory) = plt.subplots(1, 2, figsize=(12, 5))
    for case in dict.fromkeys(case for size in sizes for case in size["cases"]):
        if case.startswith("one"):
            continue  # one file: the same at every size
        xs = [s["applications"] for s in sizes if case in s["cases"]]
        times.plot(xs, [s["cases"][case]["median_wall"] for s in sizes if case in s["cases"]], marker="o", label=case)
        memory.plot(xs, [s["cases"][case]["median_peakMiB"] for s in sizes if case in s["cases"]], marker="o",
                    label=case)
    for axis, label in ((times, "median wall time (s)"), (memory, "median peak memory of the process tree (MiB)")):
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("applications (export: 2 repositories per application)")
        axis.set_ylabel(label)
        axis.grid(True, which="both", alpha=0.3)
        axis.legend()
    figure.suptitle(f"oamlint, conftest and bare opa eval ({results['machine']['cpus']} CPUs, started "
                    f"{results['started']}, {results['repeat']} interleaved rounds)")
    figure.tight_layout()
    figure.savefig(target, dpi=100)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("--png", type=Path)
    args = parser.parse_args()
    results = json.loads(args.results.read_text())
    print(table(results))
    if args.png:
        plot(results, args.png)


if __name__ == "__main__":
    main()
