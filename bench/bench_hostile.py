"""Benchmark (not a test): time and peak memory of `oamlint check` on the hostile inputs of issue 8.

Run with `.venv/bin/python bench/bench_hostile.py` (needs GNU time at /usr/bin/time). For each case it writes
the input to a temporary directory, runs `/usr/bin/time -v oamlint check …` and prints the exit code, the
wall time, the peak resident memory (of oamlint, or of the OPA it started if larger) and the first finding
or error line. The last two cases are the worst files *within* the default limits (every node a finding).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OAMLINT = Path(sys.executable).with_name("oamlint")
HEAD = "apiVersion: core.oam.dev/v1beta1\nkind: Application\nmetadata: {name: big}\nspec:\n  components:\n"
APP = HEAD.replace("{name: big}", "{name: app-%d}") + """\
    - name: api-%d
      type: webservice
      traits:
        - type: git-access
          properties: {repository: acme/api-%d, roles: {deploy: {permission: write, teams: [acme/deployers]}}}
"""


def bomb(levels: int, width: int) -> str:
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


def users(count: int) -> str:
    role = "{permission: write, users: [" + ", ".join(f"u{i}" for i in range(count)) + "]}"
    return HEAD + "    - name: api\n      type: webservice\n      traits:\n        - type: git-access\n" \
        f"          properties: {{repository: acme/api, roles: {{deploy: {role}}}}}\n"


CASES: dict[str, Callable[[], str]] = {
    "alias bomb 9x9 (billion laughs)": lambda: bomb(9, 9),
    "alias bomb 10^6 leaves": lambda: bomb(6, 10),
    "nesting 500 (lists)": lambda: "[" * 500 + "]" * 500 + "\n",
    "nesting 500 (mappings)": lambda: "{a: " * 500 + "x" + "}" * 500 + "\n",
    "nesting 30,000": lambda: "[" * 30_000 + "]" * 30_000 + "\n",
    "60,000 Applications (~56 MB)": lambda: "---\n".join(APP % (i, i, i) + " " * 600 for i in range(60_000)),
    "200,000 components": lambda: HEAD + "".join(f"    - {{name: c{i}, type: webservice}}\n" for i in range(200_000)),
    "within limits: 4,990 components": lambda: HEAD + "".join(
        f"    - {{name: c{i}, type: webservice}}\n" for i in range(4_990)),
    "within limits: 24,960 users in one role": lambda: users(24_960),
}


def measure(spec: Path) -> tuple[int, float, int, str]:
    run = subprocess.run(["/usr/bin/time", "-v", str(OAMLINT), "check", spec.name], cwd=spec.parent,
                         capture_output=True, text=True)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    assert wall and peak, run.stderr
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    first = next((line for line in (run.stdout + run.stderr).splitlines() if line.strip()), "")
    code = int(re.search(r"Exit status: (\d+)", run.stderr).group(1)) if "Exit status" in run.stderr else run.returncode
    return code, seconds, int(peak.group(1)) * 1024, first


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        for name, make in CASES.items():
            spec = Path(directory) / "case.yaml"
            spec.write_text(make(), encoding="utf-8")
            code, seconds, peak, first = measure(spec)
            print(f"{name:42} {spec.stat().st_size:>12,} B  exit {code}  {seconds:6.2f} s  {peak / 2**20:7.1f} MiB  "
                  f"{first[:110]}")


if __name__ == "__main__":
    main()
