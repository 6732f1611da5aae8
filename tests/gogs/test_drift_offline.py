"""The drift rules without a Gogs: `oamlint check --export FILE.json` with the example export.

examples/gogs/acme-export.json is a real export, collected from the backup of a real Gogs 0.14.3 seeded by
tests/gogs/acme_example.py (tests/gogs/test_drift.py checks that it still matches what that seed gives).
The specs here are written for it: they declare part of the organisation correctly and drift on purpose.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from oamlint.gogs.export import content_sha256
from tests.conftest import REPO, write

EXPORT = REPO / "examples" / "gogs" / "acme-export.json"
TAKEN = datetime.date.fromisoformat(json.loads(EXPORT.read_text(encoding="utf-8"))["provenance"]["sourceTime"][:10])
NOW = f"{TAKEN + datetime.timedelta(days=1)}T00:00:00Z"  # the day after the export was made: nothing is stale yet
LATER = f"{TAKEN + datetime.timedelta(days=188)}T00:00:00Z"  # every credential of the export is stale
CONFIG = """\
gogs:
  url: https://git.acme.example
  orgs: [acme]
"""


def application(name: str, repository: str, roles: str) -> str:
    return f"""\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: {name}
spec:
  components:
    - name: {name}
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: {repository}
            roles:
{roles}"""


SPECS = {
    # alice is still a collaborator with write: undeclared.
    "payments.yaml": application("payments-api", "acme/payments-api", """\
              deploy: {permission: write, teams: [acme/deployers]}
              test: {permission: read, teams: [acme/ci]}
              audit: {permission: read, teams: [acme/auditors]}
"""),
    # carol is a collaborator with write, declared read.
    "storefront.yaml": application("storefront", "acme/storefront", """\
              deploy: {permission: write, teams: [acme/deployers]}
              test: {permission: read, teams: [acme/ci]}
              audit: {permission: read, teams: [acme/auditors]}
              release: {permission: read, users: [carol]}
"""),
    # ci holds read, declared write; nobody does not exist; mallory is an undeclared admin.
    "billing.yaml": application("billing", "acme/billing", """\
              deploy: {permission: write, teams: [acme/deployers]}
              test: {permission: write, teams: [acme/ci]}
              audit: {permission: read, teams: [acme/auditors], users: [nobody]}
"""),
    "web.yaml": application("payments-web", "acme/payments-web", "              deploy: {permission: write}\n"),
}
EXPECTED = {
    ("undeclared-access", "specs/payments.yaml:12", "user:alice"),
    ("excess-permission", "specs/storefront.yaml:17", "user:carol"),
    ("missing-access", "specs/billing.yaml:15", "team:acme/ci"),
    ("unknown-principal", "specs/billing.yaml:16", "user:nobody"),
    ("undeclared-access", "specs/billing.yaml:12", "user:mallory"),
    ("unknown-repository", "specs/web.yaml:12", "acme/payments-web"),
    ("unowned-repository", ".oamlint.yaml:3", "acme/legacy-admin"),
    ("unowned-repository", ".oamlint.yaml:3", "acme/search-api"),
    ("unowned-repository", ".oamlint.yaml:3", "acme/search-config"),
    ("owner-sprawl", ".oamlint.yaml:3", "acme"),
    ("site-admin-access", ".oamlint.yaml:2", "user:oscar"),
    ("site-admin-access", ".oamlint.yaml:2", "user:siteadmin"),
    ("missing-second-factor", ".oamlint.yaml:2", "user:alice"),
    ("missing-second-factor", ".oamlint.yaml:2", "user:mallory"),
}


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path / ".oamlint.yaml", CONFIG)
    for name, text in SPECS.items():
        write(tmp_path / "specs" / name, text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(run_cli: Callable[..., Result], *args: str, now: str = NOW) -> tuple[Result, list[dict[str, Any]]]:
    result = run_cli("check", "specs", "--select", "drift", "--format", "json", "--now", now, *args)
    findings = json.loads(result.stdout)["findings"] if result.exit_code in (0, 1) else []
    return result, findings


def summary(findings: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    def subject(p: dict[str, Any]) -> str:
        return str(p.get("principal") or p.get("repository") or p.get("organization"))

    return {(f["rule"], f"{f['file']}:{f['line']}", subject(f["properties"])) for f in findings}


def test_check_with_the_example_export_reports_the_drift_at_its_lines(workspace: Path, run_cli):
    result, findings = check(run_cli, "--export", str(EXPORT))
    assert result.exit_code == 1, result.stderr
    assert summary(findings) == EXPECTED


def test_a_drift_finding_in_json_has_the_finding_shape(workspace: Path, run_cli):
    _, findings = check(run_cli, "--export", str(EXPORT))
    carol = next(f for f in findings if f["rule"] == "excess-permission")
    assert {key: value for key, value in carol.items() if key != "fingerprint"} == {
        "rule": "excess-permission",
        "level": "error",
        "message": "`user:carol` has `write` on `acme/storefront` in Gogs (as a collaborator), "
                   "but role `release` declares `read`",
        "file": "specs/storefront.yaml",
        "line": 17,
        "column": 37,
        "endLine": 17,
        "endColumn": 41,
        "category": "drift",
        "fix": "Lower the grant in Gogs to the declared permission, or raise the declaration if the access is "
               "really needed",
        "properties": {"repository": "acme/storefront", "principal": "user:carol", "role": "release",
                       "component": "storefront", "permission": "write"},
        "suppressed": False,
        "uri": "specs/storefront.yaml",
    }


def test_credentials_older_than_90_days_are_stale(workspace: Path, run_cli):
    _, findings = check(run_cli, "--export", str(EXPORT), now=LATER)
    stale = {item for item in summary(findings) if item[0] == "stale-credential"}
    assert stale == {
        ("stale-credential", ".oamlint.yaml:2", "token:bob/laptop"),
        ("stale-credential", ".oamlint.yaml:2", "token:erin/ci-runner"),
        ("stale-credential", ".oamlint.yaml:2", "token:siteadmin/oamlint-test"),
        ("stale-credential", "specs/payments.yaml:12", "deploy-key:ci-deploy"),
        ("stale-credential", ".oamlint.yaml:3", "deploy-key:legacy-deploy"),
    }
    laptop = next(f for f in findings if f["properties"].get("principal") == "token:bob/laptop")
    assert laptop["message"] == (f"Access token `laptop` of `bob` has not been used since it was created {TAKEN}, "
                                 "187 days ago (more than 90)")


def test_stale_credential_max_age_is_an_option(workspace: Path, run_cli):
    write(workspace / ".oamlint.yaml", CONFIG + "rules:\n  stale-credential: {level: error, maxAgeDays: 400}\n")
    _, findings = check(run_cli, "--export", str(EXPORT), now=LATER)
    assert not [f for f in findings if f["rule"] == "stale-credential"]


def test_fingerprints_do_not_depend_on_lines(workspace: Path, run_cli):
    _, before = check(run_cli, "--export", str(EXPORT))
    spec = workspace / "specs" / "storefront.yaml"
    spec.write_text("# moved down by a comment\n\n" + spec.read_text(encoding="utf-8"), encoding="utf-8")
    _, after = check(run_cli, "--export", str(EXPORT))
    assert {f["fingerprint"] for f in after} == {f["fingerprint"] for f in before}
    assert len({f["fingerprint"] for f in before}) == len(before)


def test_check_without_an_export_runs_no_drift_rule(workspace: Path, run_cli):
    result, findings = check(run_cli)
    assert (result.exit_code, findings) == (0, [])


def test_an_export_of_another_schema_version_exits_2_with_a_fix(workspace: Path, run_cli):
    document = json.loads(EXPORT.read_text(encoding="utf-8"))
    document["schemaVersion"] = "oamlint.gogs-export/0"
    write(workspace / "old.json", json.dumps(document))
    result, _ = check(run_cli, "--export", "old.json")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        'oamlint: error: old.json has schema version "oamlint.gogs-export/0", but this oamlint reads '
        '"oamlint.gogs-export/2"\n'
        "hint: write a new export with `oamlint export` from this version of oamlint\n")


def test_an_export_changed_after_it_was_made_exits_2(workspace: Path, run_cli):
    document = json.loads(EXPORT.read_text(encoding="utf-8"))
    document["users"] = [user for user in document["users"] if user["name"] != "mallory"]
    write(workspace / "edited.json", json.dumps(document))
    result, _ = check(run_cli, "--export", "edited.json")
    assert result.exit_code == 2
    assert result.stderr.startswith("oamlint: error: edited.json was changed after it was exported")


def test_an_export_that_does_not_match_the_schema_exits_2(workspace: Path, run_cli):
    document = json.loads(EXPORT.read_text(encoding="utf-8"))
    del document["coverage"]
    document["provenance"]["sha256"] = content_sha256(document)
    write(workspace / "broken.json", json.dumps(document))
    result, _ = check(run_cli, "--export", "broken.json")
    assert result.exit_code == 2
    assert result.stderr.startswith("oamlint: error: broken.json does not match the export schema at (top level)")


def test_a_missing_export_file_exits_2(workspace: Path, run_cli):
    result, _ = check(run_cli, "--export", "nowhere.json")
    assert result.exit_code == 2
    assert result.stderr == "oamlint: error: cannot read the export nowhere.json: No such file or directory\nhint: check the path and its permissions\n"


def test_drift_without_a_gogs_source_exits_2_with_a_hint(workspace: Path, run_cli):
    result = run_cli("drift", "specs")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "oamlint: error: no Gogs source was given\n"
        "hint: pass exactly one of --gogs-backup FILE.zip, --gogs-config app.ini, --gogs-db DSN or --gogs-url URL\n")


def test_drift_checks_the_config_before_collecting(workspace: Path, run_cli):
    write(workspace / ".oamlint.yaml", "gogs: {orgz: [acme]}\n")
    result = run_cli("drift", "specs", "--gogs-backup", "does-not-exist.zip")
    assert result.exit_code == 2
    assert ".oamlint.yaml:1:8:" in result.stderr and "does-not-exist.zip" not in result.stderr


def test_json_carries_the_access_diff_against_gogs_that_the_text_report_lists(workspace: Path, run_cli):
    as_json = run_cli("check", "specs", "--select", "drift", "--format", "json", "--now", NOW, "--export", str(EXPORT))
    as_text = run_cli("check", "specs", "--select", "drift", "--now", NOW, "--export", str(EXPORT))
    access = json.loads(as_json.stdout)["access"]
    assert [diff["against"] for diff in access] == ["Gogs"]
    changes = access[0]["changes"]
    assert changes and {change["kind"] for change in changes} <= {"added", "raised", "lowered", "removed"}
    listed = as_text.stdout.split("Access changes against Gogs today: ", 1)[1].splitlines()[1:]
    assert len(listed) == len(changes)
    for change, line in zip(changes, listed):
        assert f" {change['principal']} " in line and f" on {change['repository']}" in line


def test_without_a_comparison_json_has_no_access_key(workspace: Path, run_cli):
    result = run_cli("check", "specs", "--select", "drift", "--format", "json", "--now", NOW)
    assert "access" not in json.loads(result.stdout)
