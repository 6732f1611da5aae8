"""Benchmark (not a test): the HTML report's access matrix at 2,000 repositories × 300 principals.

Run with `.venv/bin/python bench/bench_html.py [REPOSITORIES PRINCIPALS]` (Chromium and chromedriver
installed, see scripts/install-chromium.sh).

For a dense matrix (every one of the cells filled) and a sparse one (10 %), prints:

1. the time Python takes to write the page (`html.page`) and the page's size;
2. in headless Chromium with the network off: the time from navigation start until the grid is
   drawn (`ready`: HTML parse, data decode, first render), the data decode, the first render;
3. the time each filter takes (set in the page as the controls set it, grid redrawn), and how
   many cells are in the DOM afterwards.

The test (tests/reporters/test_html_browser.py) only checks a bound of one second; these are the numbers.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from selenium.webdriver.remote.webdriver import WebDriver

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.reporters import browser as chromium  # noqa: E402
from tests.reporters import synthetic_matrix  # noqa: E402

FILTERS = [
    ("one repository", {"repo": synthetic_matrix.repository_name(1234)}),
    ("all again", {"repo": ""}),
    ("state: more than declared", {"states": 2}),
    ("all states", {"states": 127}),
    ("one principal", {"principal": "team:org-2/team-002"}),
    ("sort by most differences", {"principal": "", "rowSort": "drift"}),
    ("organisation org-1", {"rowSort": "name", "org": 1}),
]
RUNS = 3


def measure(session: WebDriver, page: Path) -> None:
    loads = []
    for _ in range(RUNS):
        session.get(page.as_uri())
        loads.append(session.execute_script("return window.oamlintTimings"))
    for key in ("ready", "parse", "firstRender"):
        print(f"  {key:>12}: median {statistics.median(t[key] for t in loads):7.1f} ms  (of {RUNS} loads)")
    for name, change in FILTERS:
        shown = session.execute_script(
            "var t = performance.now(); var s = window.oamlintFilter(arguments[0]);"
            "s.ms = performance.now() - t; return s;", change)
        print(f"  filter {name:<26} {shown['ms']:6.1f} ms  -> {shown['rows']} rows × {shown['cols']} columns, "
              f"{shown['cells']} cells in the DOM")


def main() -> None:
    repositories, principals = (int(a) for a in sys.argv[1:3]) if len(sys.argv) > 2 else (2000, 300)
    session = chromium.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            for density in (1.0, 0.1):
                matrix = synthetic_matrix.matrix(repositories, principals, density=density)
                started = time.perf_counter()
                text = synthetic_matrix.page(matrix)
                took = time.perf_counter() - started
                page = Path(folder) / f"matrix-{density}.html"
                page.write_text(text, encoding="utf-8")
                print(f"{repositories} × {principals}, {len(matrix.cells)} cells: page written in {took:.2f} s, "
                      f"{len(text.encode()) / 1e6:.1f} MB")
                measure(session, page)
    finally:
        session.quit()


if __name__ == "__main__":
    main()
