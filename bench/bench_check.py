"""Benchmarks (not tests): run with `.venv/bin/python bench/bench_check.py`.

1. `oamlint check` on one small file, OPA start included: median of 10 runs, next to the
   median of a bare `opa eval` of the same policies and input (the floor OPA itself sets).
2. YAML loading throughput over the shared corpus (MB/s), with and without source maps.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "oam"
ONE_FILE = REPO / "examples" / "apps" / "payments.yaml"
RUNS = 10


def timed(command: list[str], **kwargs: object) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]
    return time.perf_counter() - start


def median_ms(command: list[str], **kwargs: object) -> float:
    timed(command, **kwargs)  # warm the page cache
    return statistics.median(timed(command, **kwargs) for _ in range(RUNS)) * 1000


def bench_check() -> None:
    env = dict(os.environ, PATH=f"{REPO / '.tools' / 'bin'}{os.pathsep}{os.environ['PATH']}")
    oamlint = [str(Path(sys.executable).parent / "oamlint"), "check", str(ONE_FILE)]
    check_ms = median_ms(oamlint, env=env, cwd=REPO / "examples")
    sys.path.insert(0, str(REPO))
    from oamlint.bundle_files import policy_files
    from oamlint.config import load_config
    from oamlint.lint import envelope
    from oamlint.options import EngineOptions
    from oamlint.spec.loader import load_file

    os.chdir(REPO / "examples")
    envelope_ = envelope(load_file(str(ONE_FILE)).documents, load_config(None), EngineOptions(), None)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(envelope_, handle)
    data = [arg for path in policy_files() for arg in ("-d", str(path))]
    opa = [str(REPO / ".tools" / "bin" / "opa"), "eval", *data, "-i", handle.name, "data.oamlint.output"]
    eval_ms = median_ms(opa)
    print(f"oamlint check (1 file, OPA start included): median of {RUNS} = {check_ms:.0f} ms")
    print(f"bare opa eval (same policies and input):     median of {RUNS} = {eval_ms:.0f} ms")


def bench_loader() -> None:
    from oamlint.spec.discovery import discover
    from oamlint.spec.loader import load_file

    files = discover([str(CORPUS)])
    size = sum(os.path.getsize(f) for f in files)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for path in files:
            load_file(path)
        runs.append(time.perf_counter() - start)
    best = min(runs)
    print(f"loader over the corpus: {len(files)} files, {size / 1e6:.2f} MB in {best * 1000:.0f} ms = {size / best / 1e6:.1f} MB/s")


if __name__ == "__main__":
    bench_check()
    bench_loader()
