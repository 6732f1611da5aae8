"""text, json and sarif over the same real run: same findings, same positions."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import assert_valid_sarif, write

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
"""
ADMIN_LINE, ADMIN_COLUMN = 15, 29  # the `admin` of `permission: admin`


@pytest.fixture
def app_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path / "apps" / "payments.yaml", APP)
    write(tmp_path / ".oamlint.yaml", "requiredRoles: []\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _admin(findings: list[dict[str, object]]) -> dict[str, object]:
    [finding] = [f for f in findings if f["rule"] == "admin-grant"]
    return finding


def test_text_report_points_at_the_admin_value(app_dir: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "apps", "--select", "admin-grant")
    assert result.exit_code == 1
    assert result.stdout == (
        f"apps/payments.yaml:{ADMIN_LINE}:{ADMIN_COLUMN}: error: Role `deploy` grants `admin` on "
        "`acme/payments-api` to `team:acme/deployers` [admin-grant]\n"
        "  help: Grant `write` to the role that deploys, and keep admin with the organisation's Owners team\n"
        "  docs: oamlint explain admin-grant\n"
        "\n"
        "Checked 1 file (1 OAM document): 1 error.\n"
    )


def test_json_report_has_exactly_the_documented_shape(app_dir: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "apps", "--format", "json")
    report = json.loads(result.stdout)
    assert list(report) == ["version", "findings", "summary", "grants"]
    assert list(report["summary"]) == ["files", "documents", "error", "warning", "note"]
    assert {"repository": "acme/payments-api", "principal": "team:acme/deployers", "role": "deploy",
            "permission": "admin", "component": "payments-api", "file": "apps/payments.yaml", "line": ADMIN_LINE,
            "until": "", "environments": []} in report["grants"]
    assert all(list(grant) == ["repository", "principal", "role", "permission", "component", "file", "line",
                               "until", "environments"] for grant in report["grants"])
    finding = _admin(report["findings"])
    assert list(finding) == ["rule", "level", "message", "file", "line", "column", "endLine", "endColumn",
                             "category", "fix", "fingerprint", "properties", "suppressed", "uri"]
    assert (finding["file"], finding["line"], finding["column"], finding["endLine"], finding["endColumn"]) == (
        "apps/payments.yaml", ADMIN_LINE, ADMIN_COLUMN, ADMIN_LINE, ADMIN_COLUMN + len("admin"))
    assert finding["properties"] == {"repository": "acme/payments-api", "role": "deploy",
                                     "component": "payments-api", "principal": "team:acme/deployers",
                                     "rolePrincipals": ["team:acme/deployers"]}
    keys = [(f["file"], f["line"], f["column"], f["rule"]) for f in report["findings"]]
    assert keys == sorted(keys)


def test_sarif_report_carries_what_code_scanning_reads(app_dir: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "apps", "--format", "sarif")
    run = assert_valid_sarif(result.stdout)["runs"][0]  # type: ignore[index]
    [result_] = [r for r in run["results"] if r["ruleId"] == "admin-grant"]
    location = result_["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "apps/payments.yaml", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": ADMIN_LINE, "startColumn": ADMIN_COLUMN,
                                  "endLine": ADMIN_LINE, "endColumn": ADMIN_COLUMN + len("admin")}
    assert result_["partialFingerprints"]["oamlint/v1"] == _admin(
        json.loads(run_cli("check", "apps", "--format", "json").stdout)["findings"])["fingerprint"]
    assert run["automationDetails"] == {"id": "oamlint/"}
    rule = run["tool"]["driver"]["rules"][result_["ruleIndex"]]
    assert rule["id"] == "admin-grant" and rule["defaultConfiguration"] == {"level": "error"}
    assert {"shortDescription", "fullDescription", "help", "helpUri", "properties"} <= set(rule)
    assert "least-privilege" in rule["properties"]["tags"]


def test_output_file_gets_sarif_while_the_terminal_gets_text(app_dir: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "apps", "--format", "sarif", "--output", "oamlint.sarif")
    assert result.exit_code == 1
    assert f"apps/payments.yaml:{ADMIN_LINE}:{ADMIN_COLUMN}: error:" in result.stdout
    assert json.loads((app_dir / "oamlint.sarif").read_text())["version"] == "2.1.0"


def test_fingerprint_survives_edits_that_move_lines(app_dir: Path, run_cli: Callable[..., Result]) -> None:
    before = _admin(json.loads(run_cli("check", "apps", "--format", "json").stdout)["findings"])
    write(app_dir / "apps" / "payments.yaml", "# a comment\n# and another\n" + APP)
    after = _admin(json.loads(run_cli("check", "apps", "--format", "json").stdout)["findings"])
    assert after["line"] == before["line"] + 2  # type: ignore[operator]
    assert after["fingerprint"] == before["fingerprint"]


def test_clean_run_exits_0_and_says_so(app_dir: Path, run_cli: Callable[..., Result]) -> None:
    write(app_dir / "apps" / "payments.yaml", APP.replace("permission: admin", "permission: write"))
    result = run_cli("check", "apps", "--select", "admin-grant")
    assert result.exit_code == 0
    assert result.stdout == "Checked 1 file (1 OAM document): no problems found.\n"


def test_fail_on_warning_counts_warnings(app_dir: Path, run_cli: Callable[..., Result]) -> None:
    write(app_dir / "apps" / "payments.yaml", "apiVersion: core.oam.dev/v1beta1\nkind: Application\nspec: {{ .Values.spec }}\n")
    assert run_cli("check", "apps").exit_code == 0  # a skipped template is a note
    assert run_cli("check", "apps", "--fail-on", "note").exit_code == 1


def test_now_as_a_bare_date_is_midnight_utc(app_dir: Path, run_cli: Callable[..., Result]) -> None:
    expired = APP.replace("                teams: [acme/deployers]\n", "                teams: [acme/deployers]\n"
                          "                until: 2026-11-24\n")
    write(app_dir / "apps" / "payments.yaml", expired)
    for now in ("2026-11-25", "2026-11-25T00:00:00Z", "2026-11-25T00:00:00"):
        result = run_cli("check", "apps", "--select", "expired-grant", "--now", now)
        assert "[expired-grant]" in result.stdout, now
