"""The HTML audit report as a person sees it: headless Chromium through WebDriver (selenium).

The example organisation's report comes from `oamlint check --export` on examples/ and its real
Gogs export (examples/gogs/acme-export.json). The browser runs with the network switched off
(chromedriver's network conditions) and logs every request it would make (Chrome's performance
log), so a page that fetched anything would show it.

Chromium and chromedriver are Debian's (`scripts/install-chromium.sh`, which `.ci/run` runs). On CI
a missing browser fails these tests; elsewhere they are skipped with that hint.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from click.testing import CliRunner

from oamlint.cli import cli
from tests.conftest import REPO
from tests.reporters import browser as chromium
from tests.reporters import synthetic_matrix

# The issue asks for a 2,000 × 300 matrix to render and filter in under a second. bench/bench_html.py measures it
# (about 0.4 s to load, 5-60 ms per filter on an idle machine); the test keeps a bound three times that second so
# that a busy machine does not fail it, while a page that drew every cell (seconds) still would.
LIMIT_MS = 3000


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    if not chromium.installed():
        if os.environ.get("CI"):
            pytest.fail(chromium.MISSING)
        pytest.skip(chromium.MISSING)
    session = chromium.start(request_log=True)
    try:
        yield session
    finally:
        session.quit()


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`oamlint check . --export gogs/acme-export.json --format html --output …` in examples/."""
    path = tmp_path_factory.mktemp("html") / "audit.html"
    here = os.getcwd()
    os.chdir(REPO / "examples")
    try:
        result = CliRunner().invoke(cli, ["check", ".", "--export", "gogs/acme-export.json", "--now", "2026-12-01",
                                          "--format", "html", "--output", str(path)], catch_exceptions=False)
    finally:
        os.chdir(here)
    assert result.exit_code == 1, result.output  # the example organisation has errors
    return path


def open_page(browser: WebDriver, path: Path) -> None:
    browser.get_log("performance")  # forget what earlier pages did
    browser.get(path.as_uri())
    assert browser.execute_script("return document.body.classList.contains('ready')"), browser.get_log("browser")


def cell(browser: WebDriver, repository: str, principal: str) -> WebElement:
    label = f"{repository}, {principal}:"
    for td in browser.find_elements(By.CSS_SELECTOR, "#grid td[role=gridcell]"):
        if (td.get_attribute("aria-label") or "").startswith(label):
            return td
    raise AssertionError(f"no cell for {repository} × {principal} is rendered")


def tooltip(browser: WebDriver) -> str:
    tip = browser.find_element(By.ID, "tip")
    assert tip.is_displayed()
    return str(tip.text)


def rendered_rows(browser: WebDriver) -> list[str]:
    """The repositories whose rows are in the DOM, by name (the header also says "(public)" and such)."""
    return [th.get_attribute("title") for th in browser.find_elements(By.CSS_SELECTOR, "#grid tbody tr[aria-rowindex] th")]


def requests(browser: WebDriver) -> list[str]:
    """Every URL the page asked for since the last call (Chrome's performance log)."""
    urls = []
    for entry in browser.get_log("performance"):
        message: dict[str, Any] = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_the_planted_over_provisioned_cell_shows_as_more_than_declared_with_its_granting_path(browser, example):
    open_page(browser, example)
    owners = cell(browser, "acme/search-api", "team:acme/Owners")
    assert owners.get_attribute("class") == "s-more"
    assert owners.text == "▲w→o"  # the glyph says the state without colour
    assert owners.get_attribute("aria-label") == (
        "acme/search-api, team:acme/Owners: declared write, actual owner, more than declared")
    ActionChains(browser).move_to_element(owners).perform()
    shown = tooltip(browser)
    assert "owner through the Owners team of acme" in shown
    assert "write by role deploy at apps/search.yaml:29" in shown
    assert "excess-permission (error) at apps/search.yaml:29" in shown


def test_cells_say_their_state_in_words_and_a_cell_as_declared_is_not_flagged(browser, example):
    open_page(browser, example)
    ci = cell(browser, "acme/billing", "team:acme/ci")
    assert ci.get_attribute("class") == "s-declared"
    assert ci.get_attribute("aria-label") == "acme/billing, team:acme/ci: declared read, actual read, as declared"
    mallory = cell(browser, "acme/billing", "user:mallory")
    assert mallory.get_attribute("aria-label") == "acme/billing, user:mallory: declared none, actual admin, undeclared"
    dora = cell(browser, "acme/payments-api", "user:dora")
    assert dora.get_attribute("aria-label").endswith("unknown principal")


def test_filtering_to_one_repository_leaves_only_its_row(browser, example):
    open_page(browser, example)
    assert len(rendered_rows(browser)) == 7
    browser.find_element(By.ID, "f-repo").send_keys("acme/billing")
    assert rendered_rows(browser) == ["acme/billing"]
    assert browser.find_element(By.ID, "matrix-status").text.startswith("Showing 1 of 7 repositories")
    principals = [th.get_attribute("title") for th in browser.find_elements(By.CSS_SELECTOR, "#grid th.ch")]
    assert principals == ["team:acme/auditors", "team:acme/ci", "team:acme/deployers", "team:acme/Owners",
                          "user:mallory", "user:oscar", "user:siteadmin"]  # only those with access to it


def test_filtering_by_state_principal_and_organisation(browser, example):
    open_page(browser, example)
    browser.find_element(By.ID, "f-drift").click()  # only differences
    assert "acme/legacy-admin" in rendered_rows(browser)
    for box in browser.find_elements(By.CSS_SELECTOR, "#f-states input"):
        if box.get_attribute("value") != "1" and box.is_selected():  # keep only "more than declared"
            box.click()
    assert rendered_rows(browser) == ["acme/search-api"]
    browser.find_element(By.ID, "f-reset").click()
    browser.find_element(By.ID, "f-principal").send_keys("user:mallory")
    assert rendered_rows(browser) == ["acme/billing"]
    browser.find_element(By.ID, "f-reset").click()
    assert len(rendered_rows(browser)) == 7


def test_sorting_puts_the_repositories_with_most_differences_first(browser, example):
    open_page(browser, example)
    browser.find_element(By.CSS_SELECTOR, "#f-row-sort option[value=drift]").click()
    assert rendered_rows(browser)[0] == "acme/payments-api"  # 2 unknown, 1 less, 2 site admins
    browser.find_element(By.CSS_SELECTOR, "#f-row-sort option[value=name-desc]").click()
    assert rendered_rows(browser)[0] == "acme/storefront"


def test_the_grid_is_one_tab_stop_moved_by_arrow_keys_with_the_path_shown_on_focus(browser, example):
    open_page(browser, example)
    browser.find_element(By.ID, "f-drift").send_keys(Keys.TAB)  # the last control before the grid
    focused = browser.switch_to.active_element
    assert focused.get_attribute("role") == "gridcell"
    assert focused.get_attribute("aria-label").startswith("acme/billing, team:acme/auditors:")
    assert focused.get_attribute("aria-describedby") == "tip"
    assert "read through team acme/auditors" in tooltip(browser)
    focused.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("aria-label").startswith("acme/search-api, team:acme/Owners:")
    assert "owner through the Owners team of acme" in tooltip(browser)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#grid td[tabindex='0']")) == 1
    focused.send_keys(Keys.ENTER)  # to the finding about the cell
    finding = browser.switch_to.active_element
    assert "excess-permission" in finding.find_element(By.XPATH, "ancestor::details").get_attribute("id")
    assert "team:acme/Owners has owner on acme/search-api in Gogs" in finding.text


def test_printing_draws_the_whole_matrix_when_it_fits_and_says_so_when_it_does_not(browser, example, tmp_path):
    open_page(browser, example)
    browser.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    assert len(rendered_rows(browser)) == 7
    assert not browser.find_element(By.ID, "print-too-big").is_displayed()
    assert all(d.get_attribute("open") for d in browser.find_elements(By.CSS_SELECTOR, "details.rule"))
    browser.execute_script("window.dispatchEvent(new Event('afterprint'))")
    pdf = base64.b64decode(browser.print_page(PrintOptions()))
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") > 3

    large = tmp_path / "large.html"
    large.write_text(synthetic_matrix.page(synthetic_matrix.matrix(400, 200)), encoding="utf-8")
    open_page(browser, large)
    browser.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    assert browser.execute_script("return document.getElementById('print-too-big').hidden") is False
    assert len(rendered_rows(browser)) < 400


def test_the_page_makes_no_network_request(browser, example):
    open_page(browser, example)
    assert requests(browser) == [example.as_uri()]  # the file itself, nothing else
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    policy = browser.find_element(By.CSS_SELECTOR, "meta[http-equiv=Content-Security-Policy]").get_attribute("content")
    assert policy.startswith("default-src 'none';")


def test_the_request_log_does_see_a_page_that_fetches(browser, tmp_path):
    """The control for the test above: a page with an image from the network shows up in the log."""
    page = tmp_path / "fetches.html"
    page.write_text('<!doctype html><img src="http://127.0.0.1:9/probe.png">', encoding="utf-8")
    browser.get_log("performance")
    browser.get(page.as_uri())
    assert "http://127.0.0.1:9/probe.png" in requests(browser)


def test_names_from_specs_and_gogs_are_shown_as_text_never_run(browser, tmp_path):
    matrix = synthetic_matrix.matrix(repositories=3, principals=3)
    evil = "</script><script>window.pwned = 1</script><img src=x onerror='window.pwned = 2'>"
    named = type(matrix)(
        (type(matrix.repositories[0])(f"acme/{evil}", "acme", "private"), *matrix.repositories[1:]),
        matrix.principals, matrix.cells)
    page = tmp_path / "evil.html"
    page.write_text(synthetic_matrix.page(named), encoding="utf-8")
    open_page(browser, page)
    assert browser.execute_script("return window.pwned") is None
    assert rendered_rows(browser)[0].startswith("acme/</script><script>")


def test_a_2000_by_300_matrix_renders_and_filters_quickly_with_a_small_dom(browser, tmp_path):
    matrix = synthetic_matrix.matrix(repositories=2000, principals=300)  # every one of the 600,000 cells filled
    page = tmp_path / "large.html"
    page.write_text(synthetic_matrix.page(matrix), encoding="utf-8")
    open_page(browser, page)
    timings = browser.execute_script("return window.oamlintTimings")
    assert timings["ready"] < LIMIT_MS, timings  # from navigation start: HTML, data, first render
    assert len(browser.find_elements(By.CSS_SELECTOR, "#grid td[role=gridcell]")) < 3000
    one = synthetic_matrix.repository_name(1234)
    for change in ({"repo": one}, {"repo": "", "states": 2}, {"states": 127, "principal": "team:org-2/team-002"},
                   {"principal": "", "rowSort": "drift"}):
        shown = browser.execute_script(
            "var t = performance.now(); var s = window.oamlintFilter(arguments[0]);"
            "s.ms = performance.now() - t; return s;", change)
        assert shown["ms"] < LIMIT_MS, (change, shown)
        assert shown["cells"] < 3000, (change, shown)
        if change.get("repo"):
            assert shown["rows"] == 1 and rendered_rows(browser) == [one]
    browser.execute_script("window.oamlintFilter({rowSort: 'name', principal: ''});"
                           "var v = document.getElementById('viewport'); v.scrollTop = v.scrollHeight;")
    browser.execute_script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert rendered_rows(browser)[-1] == synthetic_matrix.repository_name(1999)  # rendered once scrolled into view
    assert len(browser.find_elements(By.CSS_SELECTOR, "#grid td[role=gridcell]")) < 3000
