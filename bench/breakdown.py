"""Where a run's time goes (run by hand, not by CI): the profiles BENCHMARKS.md's "What limits" section cites.

    .venv/bin/python bench/breakdown.py --size 1000 --rounds 3 > breakdown-1000.md

On a generated organisation of `--size` applications (`bench/generate.py`, or `--root` a directory it wrote before),
prints Markdown tables of:

- **the pipeline**: one `oamlint check apps --export gogs/export.json` as a user runs it, each step's start and
  duration (seconds from the interpreter's start; medians of `--rounds` runs). The steps are oamlint's own functions,
  timed by wrapping them in this process: the export's loading and validation (`gogs.export.load`), the loading of
  the spec files (`spec.loader.load_files`, in worker processes above 100 files a core), the schema checks
  (`lint.schema_violations`), the environments of override policies (`spec.environments.expand_all`), the envelope,
  OPA's evaluation (`lint.evaluate`: the queries oamlint asks at once, waited for), the environments' findings
  joined (`merge_findings`), findings with waivers and ignores (`lint.settle`), the declared grants and their diff
  against Gogs (`declared_grants`, `access_diff.diff_live`) and the report (`commands.check.emit`). oamlint's
  modules are imported here before OPA is launched, where a plain run launches it first, so only the first ~0.2 s
  differ from a plain run;
- **OPA, per query and per rule**: OPA's own evaluation time (`timer_rego_query_eval_ns` of `opa eval --metrics`,
  which leaves out reading the input) of `data.oamlint.output` over the envelope oamlint sends for that run: the
  whole query, each of the two groups of rules oamlint asks at once (`lint.rule_groups`), no rule at all, then each
  Rego rule alone (its own cost plus the shared sets it reads: lib/access's and lib/drift's), and the shared sets
  alone. Medians of `--rounds`.

Requires the OPA of `.tools/bin` (the README's set-up puts it there).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import generate  # noqa: E402
from run import OPA, floor_input  # noqa: E402

# (module, function) pairs timed in the pipeline, in the order a run reaches them.
STEPS = (
    ("oamlint.gogs.export", "load"),
    ("oamlint.lint", "find"),
    ("oamlint.lint", "load_files"),
    ("oamlint.lint", "schema_violations"),
    ("oamlint.spec.environments", "expand_all"),
    ("oamlint.lint", "envelope"),
    ("oamlint.lint", "evaluate"),
    ("oamlint.spec.environments", "merge_findings"),
    ("oamlint.lint", "settle"),
    ("oamlint.lint", "declared_grants"),
    ("oamlint.access_diff", "diff_live"),
    ("oamlint.commands.check", "emit"),
)

# The sets the rules share, timed alone: what each rule's own time above includes once.
SHARED = ("data.oamlint.lib.access.declared_roles", "data.oamlint.lib.access.bindings",
          "data.oamlint.lib.drift.declared", "data.oamlint.lib.drift.effective", "data.oamlint.lib.drift.held")


def child(argv: list[str]) -> None:
    """Run `oamlint check argv` in this process with STEPS timed; the marks go to stderr as one JSON line."""
    import atexit
    import functools
    import importlib
    import time

    started = time.perf_counter()
    marks: list[tuple[str, float, float]] = []
    for module_name, name in STEPS:
        module = importlib.import_module(module_name)
        original = getattr(module, name)

        def timed(*args: Any, __original: Any = original, __name: str = name, **kwargs: Any) -> Any:
            begun = time.perf_counter()
            try:
                return __original(*args, **kwargs)
            finally:
                marks.append((__name, begun - started, time.perf_counter() - begun))

        setattr(module, name, functools.wraps(original)(timed))
    atexit.register(lambda: print(json.dumps({"marks": marks, "end": time.perf_counter() - started}), file=sys.stderr))
    from oamlint.__main__ import main as oamlint

    sys.argv = ["oamlint", "check", *argv]
    oamlint()


def pipeline(root: Path, rounds: int) -> str:
    """The pipeline table (see the module's docstring)."""
    command = [sys.executable, __file__, "--child", "apps", "--export", "gogs/export.json", "--now", generate.NOW,
               "--fail-on", "never", "--opa-timeout", "600"]
    env = dict(os.environ, PATH=f"{OPA.parent}{os.pathsep}{os.environ['PATH']}")
    runs = []
    for _ in range(rounds):
        done = subprocess.run(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              check=True)
        runs.append(json.loads(done.stderr.strip().splitlines()[-1]))
    rows = ["| step | starts at (s) | takes (s) |", "| --- | --- | --- |"]
    for module, name in STEPS:
        times = [[(start, took) for step, start, took in run["marks"] if step == name] for run in runs]
        if all(times):
            label = f"{module.removeprefix('oamlint.')}.{name}"
            rows.append(f"| `{label}` | {statistics.median(t[0][0] for t in times):.3f} | "
                        f"{statistics.median(sum(took for _, took in t) for t in times):.3f} |")
    rows.append(f"| end of the run | {statistics.median(run['end'] for run in runs):.3f} | |")
    return "\n".join(rows)


def opa_seconds(source: Path, query: str, envelope: dict[str, Any] | None, rounds: int) -> float:
    """Median of OPA's evaluation time (s) of `query` over `envelope` (written to a file next to `source`), or over
    `source` itself."""
    from oamlint.bundle_files import policy_files

    path = source
    if envelope is not None:
        path = source.with_name("breakdown-input.json")
        path.write_text(json.dumps(envelope))
    policies = [arg for file in policy_files() for arg in ("-d", str(file))]
    times = []
    for _ in range(rounds):
        done = subprocess.run([str(OPA), "eval", "--metrics", "--format", "json", *policies, "-i", str(path), query],
                              capture_output=True, text=True, check=True)
        times.append(float(json.loads(done.stdout)["metrics"]["timer_rego_query_eval_ns"]) / 1e9)
    return statistics.median(times)


def per_rule(root: Path, rounds: int) -> str:
    """The OPA table (see the module's docstring)."""
    from oamlint.catalogue import load_catalogue
    from oamlint.lint import rule_groups

    source = floor_input(root, ["apps"], with_export=True)
    envelope = json.loads(source.read_text())
    output = "count(data.oamlint.output.findings)"
    catalogue = load_catalogue()
    first, *also = rule_groups(envelope["rules"], True)
    rows = ["| query | OPA's evaluation (s) |", "| --- | --- |",
            f"| all rules, one query (the floor) | {opa_seconds(source, output, None, rounds):.2f} |",
            (f"| first group, with `declared` and `held` ({len(first)} rules, the drift rules among them) | "
             f"{opa_seconds(source, output, {**envelope, 'rules': first}, rounds):.2f} |")]
    rows += [f"| second group ({len(group)} rules, no export) | "
             f"{opa_seconds(source, output, {**envelope, 'rules': group, 'gogs': None, 'answers': []}, rounds):.2f} |"
             for group in also]
    alone = {**envelope, "answers": []}
    rows.append(f"| no rule | {opa_seconds(source, output, {**alone, 'rules': []}, rounds):.2f} |")
    for rule in envelope["rules"]:
        if catalogue[rule[1]].rego:
            seconds = opa_seconds(source, output, {**alone, "rules": [rule]}, rounds)
            rows.append(f"| `{rule[1]}` alone | {seconds:.2f} |")
    rows += [f"| `{name.removeprefix('data.oamlint.lib.')}` alone | "
             f"{opa_seconds(source, f'count({name})', None, rounds):.2f} |" for name in SHARED]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", type=int, default=1000, help="applications to generate (default 1000)")
    parser.add_argument("--root", type=Path, help="a directory bench/generate.py wrote (or --keep of bench/run.py)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each measurement, medians reported")
    parser.add_argument("--parts", default="pipeline,opa", help="which tables: pipeline, opa or both (the default)")
    args = parser.parse_args(argv)
    parts = set(args.parts.split(","))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "oamlint")], check=True)
    with tempfile.TemporaryDirectory(prefix="oamlint-breakdown-") as tmp:
        root = args.root or Path(tmp)
        if args.root is None:
            generate.generate(args.size, root)
        if "pipeline" in parts:
            print(f"## The pipeline: `oamlint check apps --export gogs/export.json` ({root.name})\n")
            print(pipeline(root, args.rounds))
        if "opa" in parts:
            print("\n## OPA: each query and rule over the same input\n")
            print(per_rule(root, args.rounds))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2:])
    else:
        main()
