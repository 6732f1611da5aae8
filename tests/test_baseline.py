"""Baselines: --write-baseline records today's findings, --baseline hides them, --prune lists stale entries."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import write
from tests.test_vcs import ROLE, payments

DEPLOY_ADMIN = "Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers`"


@pytest.fixture
def specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "apps/payments.yaml", payments(deploy="admin"))
    return tmp_path


def test_write_baseline_records_each_finding_with_its_rule_file_and_description(
    specs: Path, run_cli: Callable[..., Result]
) -> None:
    result = run_cli("check", "apps", "--write-baseline", "baseline.json")
    assert (result.exit_code, result.stdout) == (0, "Wrote 1 finding to baseline `baseline.json`.\n")
    fingerprint = json.loads(run_cli("check", "apps", "--format", "json").stdout)["findings"][0]["fingerprint"]
    assert (specs / "baseline.json").read_text() == (
        '{\n  "version": 1,\n  "tool": "oamlint",\n  "findings": [\n    {\n'
        f'      "fingerprint": "{fingerprint}",\n      "rule": "admin-grant",\n'
        '      "file": "apps/payments.yaml",\n'
        f'      "description": "{DEPLOY_ADMIN}"\n    }}\n  ]\n}}\n'
    )


def test_baseline_hides_recorded_findings_even_when_they_move(specs: Path, run_cli: Callable[..., Result]) -> None:
    run_cli("check", "apps", "--write-baseline", "baseline.json")
    write(specs / "apps/payments.yaml", payments(deploy="admin", labels=3))
    result = run_cli("check", "apps", "--baseline", "baseline.json")
    assert result.exit_code == 0
    assert result.stdout == (
        "Checked 1 file (1 OAM document): no problems found.\n"
        "1 finding in the baseline is not shown.\n"
    )


def test_baseline_reports_findings_it_does_not_record(specs: Path, run_cli: Callable[..., Result]) -> None:
    run_cli("check", "apps", "--write-baseline", "baseline.json")
    write(specs / "apps/payments.yaml", payments(deploy="admin", test="admin"))
    result = run_cli("check", "apps", "--baseline", "baseline.json")
    assert result.exit_code == 1
    assert [line for line in result.stdout.splitlines() if ": error: " in line] == [
        "apps/payments.yaml:21:29: error: Role `test` grants `admin` on `acme/payments-api` to `team:acme/ci` [admin-grant]"
    ]


def test_prune_lists_entries_that_match_nothing_any_more(specs: Path, run_cli: Callable[..., Result]) -> None:
    run_cli("check", "apps", "--write-baseline", "baseline.json")
    [entry] = json.loads((specs / "baseline.json").read_text())["findings"]
    write(specs / "apps/payments.yaml", payments())
    result = run_cli("check", "apps", "--baseline", "baseline.json", "--prune")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-2:] == [
        "Baseline `baseline.json`: 1 entry matches no finding any more; remove them:",
        f"  {entry['fingerprint']}  admin-grant  apps/payments.yaml: {DEPLOY_ADMIN}",
    ]


def test_prune_goes_to_stderr_when_stdout_is_a_machine_format(specs: Path, run_cli: Callable[..., Result]) -> None:
    run_cli("check", "apps", "--write-baseline", "baseline.json")
    result = run_cli("check", "apps", "--baseline", "baseline.json", "--prune", "--format", "json")
    assert json.loads(result.stdout)["findings"] == []
    assert result.stderr == "Baseline `baseline.json`: every entry still matches a finding.\n"


def test_baseline_and_base_combine(specs: Path, run_cli: Callable[..., Result]) -> None:
    oncall = ROLE.format(name="oncall", permission="admin", who="teams: [acme/sre]")
    write(specs / "apps/payments.yaml", payments(deploy="admin", extra_roles=oncall))
    run_cli("check", "apps", "--write-baseline", "baseline.json")
    result = run_cli("check", "apps", "--baseline", "baseline.json", "--format", "markdown")
    assert result.stdout.startswith("### ✅ oamlint: no findings\n")
    assert "2 findings in the baseline are not shown." in result.stdout


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "oamlint: error: cannot read baseline `baseline.json`: Expecting value: line 1 column 1 (char 0)"),
    ('{"version": 7, "findings": []}', "oamlint: error: `baseline.json` is not an oamlint baseline (version 1)"),
    ('{"version": 1, "findings": [{"rule": "x"}]}', "oamlint: error: `baseline.json`: findings[0] has no `fingerprint`"),
])
def test_unreadable_baseline_is_exit_2_with_how_to_recreate_it(
    specs: Path, run_cli: Callable[..., Result], content: str, message: str
) -> None:
    write(specs / "baseline.json", content)
    result = run_cli("check", "apps", "--baseline", "baseline.json")
    assert result.exit_code == 2
    assert result.stderr == f"{message}\nhint: recreate it with `oamlint check --write-baseline FILE`\n"


def test_missing_baseline_is_exit_2(specs: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "apps", "--baseline", "nope.json")
    assert result.exit_code == 2
    assert result.stderr.startswith("oamlint: error: baseline `nope.json` does not exist\n")


def test_prune_without_baseline_is_a_usage_error(specs: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "apps", "--prune")
    assert result.exit_code == 2
    assert result.stderr == (
        "oamlint: error: --prune lists stale entries of a baseline\n"
        "hint: pass it: `oamlint check --baseline FILE --prune`\n"
    )
