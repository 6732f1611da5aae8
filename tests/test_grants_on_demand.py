"""OPA is asked for the declared grants only when a report lists them (`reporters.LISTS_GRANTS`) or an access diff
needs them (`check` with an export); the real OPA over the examples."""

from __future__ import annotations

import dataclasses
import datetime
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.config import load_config
from oamlint.lint import lint
from oamlint.options import EngineOptions, Format, RenderOptions, ReportOptions
from oamlint.report import Report
from oamlint.reporters import LISTS_GRANTS, MODULES, reporter
from tests.conftest import REPO

APPS = REPO / "examples" / "apps"
NOW = "2026-11-25T00:00:00Z"


def _report(grants: bool) -> Report:
    options = EngineOptions(now=datetime.datetime.fromisoformat(NOW))
    return lint([str(APPS)], load_config(str(REPO / "examples" / ".oamlint.yaml")), options, grants=grants)


@pytest.fixture(scope="module")
def reports() -> tuple[Report, Report]:
    return _report(True), _report(False)


def test_without_grants_the_findings_are_the_same_and_no_grant_is_listed(reports: tuple[Report, Report]) -> None:
    full, lean = reports
    assert full.grants and lean.grants == ()
    assert lean.findings == full.findings


@pytest.mark.parametrize("output_format", list(MODULES))
def test_exactly_the_formats_that_list_grants_change_without_them(reports: tuple[Report, Report],
                                                                  output_format: Format) -> None:
    full, _ = reports
    render = reporter(output_format)
    changed = render(full, RenderOptions()) != render(dataclasses.replace(full, grants=()), RenderOptions())
    assert changed == (output_format in LISTS_GRANTS)


@pytest.mark.parametrize(("options", "formats"), [
    (ReportOptions(), {"text"}),
    (ReportOptions("sarif"), {"sarif"}),
    (ReportOptions("sarif", "out.sarif"), {"sarif", "text"}),
    (ReportOptions("text", reports=(("json", "out.json"),)), {"text", "json"}),
    (ReportOptions("github", reports=(("html", "a.html"), ("markdown", "b.md"))), {"github", "html", "markdown"}),
])
def test_a_run_writes_the_formats_of_the_terminal_output_and_each_report(options: ReportOptions,
                                                                         formats: set[str]) -> None:
    assert options.formats() == formats


def test_a_json_report_beside_a_text_run_still_lists_the_grants(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                run_cli: Callable[..., Result],
                                                                reports: tuple[Report, Report]) -> None:
    monkeypatch.chdir(REPO / "examples")
    target = tmp_path / "report.json"
    result = run_cli("check", "apps", "--now", NOW, "--fail-on", "never", "--report", f"json={target}")
    assert result.exit_code == 0, result.output
    listed = json.loads(target.read_text(encoding="utf-8"))["grants"]
    key = ("repository", "principal", "role", "permission", "line")
    assert sorted(tuple(g[k] for k in key) for g in listed) == sorted(
        tuple(g.to_json()[k] for k in key) for g in reports[0].grants)
