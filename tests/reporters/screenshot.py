"""The README's screenshot of the example organisation's HTML audit report.

    .venv/bin/python -m tests.reporters.screenshot         # writes docs/audit-report.png

Renders `oamlint check . --export gogs/acme-export.json --format html` in examples/, opens it in
headless Chromium (Debian's chromium and chromedriver, see scripts/install-chromium.sh) with the
network off, points at the over-provisioned cell (acme/search-api × team:acme/Owners) so that its
granting path shows, and saves the window as a PNG.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from click.testing import CliRunner
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from oamlint.cli import cli
from tests.conftest import REPO
from tests.reporters import browser as chromium

OUTPUT = REPO / "docs" / "audit-report.png"
CELL = "acme/search-api, team:acme/Owners:"


def render(path: Path) -> None:
    here = os.getcwd()
    os.chdir(REPO / "examples")
    try:
        CliRunner().invoke(cli, ["check", ".", "--export", "gogs/acme-export.json", "--now", "2026-12-01",
                                 "--format", "html", "--output", str(path)], catch_exceptions=False)
    finally:
        os.chdir(here)


def screenshot(page: Path, output: Path, width: int = 1280, height: int = 1560) -> None:
    browser = chromium.start(width, height)
    try:
        browser.get(page.as_uri())
        cell = next(td for td in browser.find_elements(By.CSS_SELECTOR, "#grid td[role=gridcell]")
                    if (td.get_attribute("aria-label") or "").startswith(CELL))
        ActionChains(browser).move_to_element(cell).perform()
        output.parent.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(output))
    finally:
        browser.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "audit.html"
        render(page)
        screenshot(page, args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
