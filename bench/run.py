"""Benchmark runner (run by hand, not by CI): oamlint next to conftest and bare `opa eval`, interleaved.

    .venv/bin/python bench/run.py --sizes 10,100,1000,10000 --repeat 5 --out bench/results.json

For each size N, `bench/generate.py` writes an organisation of N applications and a Gogs export of 2N
repositories; then every case below runs once per round, the cases in a rotating order, for `--repeat`
rounds, so that load from other processes falls on every case alike. Reported per case: the median
and all runs of wall time (s), CPU time of the whole process tree (user + system, s, from `wait4`,
which includes the descendants each process waited for, such as OPA) and peak memory of the process
tree (MiB: the largest sum of resident set sizes of the process and its descendants, sampled every
10 ms with psutil, the tree listed again every 100 ms; a process shorter than that may show less than its peak. `ru_maxrss` is not used:
a forked child starts with its parent's, so it would show the runner's own memory). The load average (`os.getloadavg`) is recorded at the start and end of each size.

Cases (`--cases` picks some; all by default):
oamlint writes its default text report (stdout is discarded) and finds OPA on PATH, where the runner puts
.tools/bin first, as a user who followed the README has it.

- `static`: `oamlint check apps` (static rules; no export);
- `all`: `oamlint check apps --export gogs/export.json` (all rules, drift included);
- `select`: `oamlint check apps --select admin-grant`;
- `conftest`: conftest v0.66.0 on the same files with bench/conftest/admin_grant.rego (one rule);
- `floor`: bare `opa eval` of `data.oamlint.output` over the input oamlint sends for `all`;
- `one`, `one-select`, `one-conftest`, `one-floor`: the same on one file (`one.yaml`).

conftest is looked up at .tools/bin/conftest, then ~/.cache/oamlint/tools/conftest-0.66.0/conftest;
when neither exists it is built with `go install github.com/open-policy-agent/conftest@v0.66.0`.

oamlint's modules are byte-compiled first (`compileall`), as pip does when it installs a wheel: an editable
install under `PYTHONDONTWRITEBYTECODE=1` would otherwise compile them again in every run.

oamlint runs with `--opa-timeout` 600 s by default (oamlint's own default is 60 s), so that a slow
size is measured rather than cut off; `--opa-timeout` sets it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import generate  # noqa: E402

OPA = REPO / ".tools" / "bin" / "opa"
CONFTEST_VERSION = "0.66.0"
CONFTEST_POLICY = REPO / "bench" / "conftest"
CASES = ("static", "all", "select", "conftest", "floor", "one", "one-select", "one-conftest", "one-floor")


def conftest_binary() -> Path:
    """conftest v0.66.0: .tools/bin, the shared cache, else built with `go install` into .tools/bin."""
    local = REPO / ".tools" / "bin" / "conftest"
    cached = Path.home() / ".cache" / "oamlint" / "tools" / f"conftest-{CONFTEST_VERSION}" / "conftest"
    for candidate in (local, cached):
        if candidate.exists():
            return candidate
    env = dict(os.environ, GOBIN=str(local.parent), CGO_ENABLED="0")
    subprocess.run(["go", "install", f"github.com/open-policy-agent/conftest@v{CONFTEST_VERSION}"], env=env, check=True)
    return local


# How often the sampler lists the process tree again (psutil walks every process of the machine to do it: listing
# it every 10 ms took ~30 % of a core, taken from oamlint's two queries at once on a 2-core machine); the resident
# sizes of the processes listed are read every 10 ms.
TREE_SECONDS = 0.1


def measure(command: list[str], cwd: Path) -> dict[str, float]:
    """Run `command`; its wall time (s), CPU of the process tree (s) and peak tree RSS (MiB). Output is discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(process.pid)
        except psutil.NoSuchProcess:
            return
        tree, listed = [root], 0.0
        while not done.is_set():
            try:
                if time.monotonic() - listed > TREE_SECONDS:
                    tree, listed = [root, *root.children(recursive=True)], time.monotonic()
                total = 0
                for member in tree:
                    try:
                        total += member.memory_info().rss
                    except psutil.NoSuchProcess:
                        pass
                peak = max(peak, total)
            except psutil.NoSuchProcess:
                return
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert process.stderr is not None
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {stderr.decode(errors='replace')[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peakMiB": peak / 2**20}


def floor_input(root: Path, paths: list[str], with_export: bool) -> Path:
    """The input envelope oamlint sends to OPA for `paths`, written to a file for `opa eval`."""
    from oamlint.config import load_config
    from oamlint.gogs import export
    from oamlint.lint import envelope
    from oamlint.options import EngineOptions
    from oamlint.spec.discovery import discover
    from oamlint.spec.loader import load_file

    now = datetime.datetime.fromisoformat(generate.NOW.replace("Z", "+00:00"))
    documents = [doc for path in discover(tuple(str(root / p) for p in paths)) for doc in load_file(path).documents]
    gogs = export.load(root / "gogs" / "export.json") if with_export else None
    # as for the text report oamlint writes here: the declared grants and what Gogs holds only with the export (for
    # the access diff)
    answers = ["declared", "held"] if with_export else []
    data = envelope(documents, load_config(str(root / ".oamlint.yaml")), EngineOptions(now=now), gogs, answers)
    target = root / f"input-{'all' if with_export else 'static'}-{len(paths)}-{paths[0].replace('/', '_')}.json"
    target.write_text(json.dumps(data))
    return target


def commands(root: Path, cases: list[str], conftest: Path | None, opa_timeout: float) -> dict[str, list[str]]:
    from oamlint.bundle_files import policy_files

    oamlint = [str(Path(sys.executable).parent / "oamlint"), "check", "--now", generate.NOW, "--fail-on", "never",
               "--opa-timeout", f"{opa_timeout:g}"]  # the text report; OPA from PATH (see `main`)
    policies = [arg for path in policy_files() for arg in ("-d", str(path))]
    table: dict[str, list[str]] = {}
    for prefix, target in (("", "apps"), ("one-", "one.yaml")):
        for case, extra in (("static", []), ("all", ["--export", "gogs/export.json"]), ("select", ["--select", "admin-grant"])):
            name = "one" if (prefix, case) == ("one-", "static") else prefix + case
            if name in cases:
                table[name] = [*oamlint, target, *extra]
        if prefix + "conftest" in cases and conftest is not None:
            table[prefix + "conftest"] = [str(conftest), "test", "--no-color", "-p", str(CONFTEST_POLICY), target]
        if prefix + "floor" in cases:
            source = floor_input(root, [target], with_export=prefix == "")
            table[prefix + "floor"] = [str(OPA), "eval", "--format", "json", *policies, "-i", str(source),
                                        "data.oamlint.output"]
    return table


def run_size(n: int, repeat: int, cases: list[str], conftest: Path | None, keep: Path | None,
             opa_timeout: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"oamlint-bench-{n}-") as tmp:
        root = keep / str(n) if keep else Path(tmp)
        counts = generate.generate(n, root)
        table = commands(root, cases, conftest, opa_timeout)
        names = list(table)
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in names}
        load_before = os.getloadavg()
        for round_ in range(repeat):
            shift = round_ % len(names)
            for name in names[shift:] + names[:shift]:
                runs[name].append(measure(table[name], root))
        load_after = os.getloadavg()
    result: dict[str, Any] = {**counts, "loadBefore": load_before, "loadAfter": load_after, "cases": {}}
    for name, measured in runs.items():
        result["cases"][name] = {
            "command": " ".join(table[name]).replace(str(root), "$DIR").replace(str(REPO), "$REPO"),
            **{f"median_{key}": statistics.median(m[key] for m in measured) for key in ("wall", "cpu", "peakMiB")},
            "runs": measured,
        }
    return result


def machine() -> dict[str, Any]:
    import platform

    return {"cpus": os.cpu_count(), "memoryGiB": round(psutil.virtual_memory().total / 2**30, 1),
            "processor": platform.processor() or platform.machine(), "system": platform.platform(),
            "python": platform.python_version(),
            "opa": subprocess.run([str(OPA), "version"], capture_output=True, text=True).stdout.splitlines()[0]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated numbers of applications")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of interleaved runs per size")
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, of: {', '.join(CASES)}")
    parser.add_argument("--out", type=Path, help="write the results as JSON here (default: stdout)")
    parser.add_argument("--keep", type=Path, help="generate into this directory and keep it")
    parser.add_argument("--opa-timeout", type=float, default=600.0, help="oamlint's --opa-timeout, in seconds")
    args = parser.parse_args(argv)
    cases = [c for c in args.cases.split(",") if c]
    unknown = set(cases) - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    conftest = conftest_binary() if any("conftest" in c for c in cases) else None
    os.environ["PATH"] = f"{OPA.parent}{os.pathsep}{os.environ['PATH']}"  # oamlint finds OPA as a user's would
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "oamlint")], check=True)
    results: dict[str, Any] = {"started": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                               "machine": machine(), "repeat": args.repeat, "opaTimeout": args.opa_timeout,
                               "sizes": []}
    for n in (int(s) for s in args.sizes.split(",")):
        results["sizes"].append(run_size(n, args.repeat, cases, conftest, args.keep, args.opa_timeout))
        size = results["sizes"][-1]
        print(f"N={n}: " + ", ".join(f"{k} {v['median_wall']:.2f}s" for k, v in size["cases"].items())
              + f" (load {size['loadBefore'][0]:.1f}→{size['loadAfter'][0]:.1f})", file=sys.stderr)
        if args.out:  # after each size, so a long run keeps what it has
            args.out.write_text(json.dumps(results, indent=1) + "\n")
    if not args.out:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
