"""`check --select/--ignore/--show-suppressed`: which rules run, over real OPA runs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.catalogue import load_catalogue
from tests.conftest import write

APP = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: payments
spec:
  components:
    - name: payments-api
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/payments-api
            roles:
              deploy:
                permission: admin
                teams: [acme/deployers]
              oncall:
                permission: write
                users: [alice]
"""
BROKEN = "kind: [unclosed\n"
NOW = ("--now", "2026-11-25T00:00:00Z")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path / "apps" / "payments.yaml", APP)
    write(tmp_path / "apps" / "broken.yaml", BROKEN)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rules_found(result: Result) -> list[str]:
    return sorted({f["rule"] for f in json.loads(result.stdout)["findings"]})


def test_select_runs_only_the_named_rules(project: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", ".", "--format", "json", "--select", "admin-grant", "--select", "yaml-syntax", *NOW)
    assert result.exit_code == 1
    assert rules_found(result) == ["admin-grant", "yaml-syntax"]


def test_select_takes_comma_separated_names(project: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", ".", "--format", "json", "--select", "admin-grant,direct-user-grant", *NOW)
    assert rules_found(result) == ["admin-grant", "direct-user-grant", "yaml-syntax"]  # the broken file: below


def test_select_never_passes_a_file_it_could_not_read(project: Path, run_cli: Callable[..., Result]) -> None:
    """The rules that say a file was not linted (`unread` in their rule.toml) stay on under --select: with
    `--select least-privilege` (the README's pre-commit example) a file with a YAML syntax error, or over a limit,
    passed as "no problems found", exit 0, whatever it grants. --ignore still turns them off."""
    unread = sorted(rule.slug for rule in load_catalogue().values() if rule.unread)
    assert unread == ["input-limit", "skipped-path", "template-file", "unmodelled-workflow", "unread-document",
                      "unreadable-path", "yaml-syntax"]
    result = run_cli("check", "apps/broken.yaml", "--format", "json", "--select", "least-privilege", *NOW)
    assert result.exit_code == 1 and rules_found(result) == ["yaml-syntax"]
    write(project / "big" / "admin.yaml", APP)
    result = run_cli("check", "big", "--format", "json", "--select", "admin-grant", "--limit", "nodesPerFile=10", *NOW)
    assert result.exit_code == 1 and rules_found(result) == ["input-limit"]
    result = run_cli("check", "apps/broken.yaml", "--format", "json", "--select", "least-privilege", "--ignore",
                     "yaml-syntax", *NOW)
    assert result.exit_code == 0 and rules_found(result) == []


def test_select_takes_a_category(project: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", ".", "--format", "json", "--select", "structure", *NOW)
    assert rules_found(result) == ["yaml-syntax"]


def test_ignore_drops_a_rule_and_a_category(project: Path, run_cli: Callable[..., Result]) -> None:
    everything = rules_found(run_cli("check", ".", "--format", "json", *NOW))
    assert {"admin-grant", "direct-user-grant", "yaml-syntax"} <= set(everything)
    result = run_cli("check", ".", "--format", "json", "--ignore", "admin-grant", "--ignore", "structure", *NOW)
    structure = {r.slug for r in load_catalogue().values() if r.category == "structure"}
    assert rules_found(result) == sorted(set(everything) - {"admin-grant"} - structure)


def test_ignore_wins_over_select(project: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", ".", "--format", "json", "--select", "least-privilege", "--ignore", "admin-grant", *NOW)
    assert rules_found(result) == ["direct-user-grant", "yaml-syntax"]


def test_select_overrides_a_rule_the_config_turns_off(project: Path, run_cli: Callable[..., Result]) -> None:
    write(project / ".oamlint.yaml", "rules:\n  admin-grant: off\n  direct-user-grant: note\n")
    assert "admin-grant" not in rules_found(run_cli("check", ".", "--format", "json", *NOW))
    result = run_cli("check", ".", "--format", "json", "--select", "admin-grant,direct-user-grant", *NOW)
    levels = {f["rule"]: f["level"] for f in json.loads(result.stdout)["findings"]}
    assert levels == {"admin-grant": "error", "direct-user-grant": "note", "yaml-syntax": "error"}


def test_ignoring_the_only_error_makes_the_run_pass(project: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "apps/payments.yaml", "--select", "admin-grant", "--ignore", "admin-grant", *NOW)
    assert result.exit_code == 0
    assert result.stdout == "Checked 1 file (1 OAM document): no problems found.\n"


@pytest.mark.parametrize("flag, name, message", [
    ("--select", "admin-grnt", "--select: unknown rule or category `admin-grnt`; did you mean `admin-grant`?"),
    ("--ignore", "least-privilage", "--ignore: unknown rule or category `least-privilage`; did you mean `least-privilege`?"),
    ("--select", "nothing-like-it", "--select: unknown rule or category `nothing-like-it`"),
])
def test_unknown_names_exit_2_with_a_suggestion(
    project: Path, run_cli: Callable[..., Result], flag: str, name: str, message: str
) -> None:
    result = run_cli("check", ".", flag, name)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"oamlint: error: {message}\nhint: `oamlint rules` lists every rule and category\n"


def test_show_suppressed_prints_inline_ignored_findings_with_their_reason(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    write(project / "apps" / "payments.yaml", APP.replace(
        "permission: admin\n", "permission: admin  # oamlint ignore[admin-grant]: SEC-77 until the bot exists\n"
    ))
    hidden = run_cli("check", "apps/payments.yaml", "--select", "admin-grant", *NOW)
    assert (hidden.exit_code, hidden.stdout) == (0, "Checked 1 file (1 OAM document): 1 suppressed.\n")
    shown = run_cli("check", "apps/payments.yaml", "--select", "admin-grant", "--show-suppressed", *NOW)
    assert shown.exit_code == 0
    assert shown.stdout == (
        "apps/payments.yaml:15:29: error (suppressed): Role `deploy` grants `admin` on `acme/payments-api` "
        "to `team:acme/deployers` [admin-grant]\n"
        "  help: Grant `write` to the role that deploys, and keep admin with the organisation's Owners team\n"
        "  waived: SEC-77 until the bot exists\n"
        "  docs: oamlint explain admin-grant\n"
        "\n"
        "Checked 1 file (1 OAM document): 1 suppressed.\n"
    )
