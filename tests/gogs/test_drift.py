"""`oamlint drift` against the real, seeded Gogs of conftest.py, from each of its three sources.

The specs below declare part of the seeded organisation correctly and drift from it on purpose:

* acme/payments-api: devs (write) and auditors (read) as Gogs has them; carol declared `read`, but she is a
  collaborator with `write` (excess-permission); the deploy key `ci-deploy` is stale 100 days on;
* acme/infra: devs declared `read` though the team has `write` (excess-permission); auditors declared, but
  the team does not hold the repository (missing-access); the admins team and frank, a collaborator with
  `admin`, are not declared (undeclared-access);
* acme/website (public): auditors as Gogs has them; bob declared `write` but has only public read
  (missing-access); team acme/ci and user zoe do not exist (unknown-principal); henry is an undeclared
  collaborator (undeclared-access);
* acme/archive does not exist (unknown-repository); acme/ledger is declared by no spec (unowned-repository);
* the Owners team has two members, one more than this config allows (owner-sprawl); oscar and siteadmin are
  site administrators (site-admin-access).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from oamlint.cli import cli
from oamlint.gogs import export
from tests.conftest import write
from tests.gogs.conftest import SEED_USERS, LiveGogs

TRAIT = "spec.components[0].traits[0].properties"
SPECS = {
    "payments.yaml": """\
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
                permission: write
                teams: [acme/devs]
              audit:
                permission: read
                teams: [acme/auditors]
              oncall:
                permission: read
                users: [carol]
""",
    "infra.yaml": """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: infra
spec:
  components:
    - name: infra
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/infra
            roles:
              deploy:
                permission: read
                teams: [acme/devs]
              audit:
                permission: read
                teams: [acme/auditors]
""",
    "website.yaml": """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: website
spec:
  components:
    - name: website
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/website
            roles:
              audit:
                permission: read
                teams: [acme/auditors]
              deploy:
                permission: write
                users: [bob]
              test:
                permission: read
                teams: [acme/ci]
              oncall:
                permission: read
                users: [zoe]
    - name: archive
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/archive
""",
}
CONFIG = """\
gogs:
  url: https://git.example.com
  orgs: [acme]
rules:
  owner-sprawl: {level: warning, max: 1}
"""
# (rule, file:line, principal or repository): what every complete export gives.
EXPECTED = {
    ("excess-permission", "specs/payments.yaml:21", "user:carol"),
    ("excess-permission", "specs/infra.yaml:15", "team:acme/devs"),
    ("undeclared-access", "specs/infra.yaml:12", "team:acme/admins"),
    ("undeclared-access", "specs/infra.yaml:12", "user:frank"),
    ("undeclared-access", "specs/website.yaml:12", "user:henry"),
    ("missing-access", "specs/website.yaml:18", "user:bob"),
    ("missing-access", "specs/infra.yaml:18", "team:acme/auditors"),
    ("unknown-principal", "specs/website.yaml:22", "team:acme/ci"),
    ("unknown-principal", "specs/website.yaml:25", "user:zoe"),
    ("unknown-repository", "specs/website.yaml:31", "acme/archive"),
    ("unowned-repository", ".oamlint.yaml:3", "acme/ledger"),
    ("owner-sprawl", ".oamlint.yaml:3", "acme"),
    ("site-admin-access", ".oamlint.yaml:2", "user:oscar"),
    ("site-admin-access", ".oamlint.yaml:2", "user:siteadmin"),
    ("stale-credential", "specs/payments.yaml:12", "deploy-key:ci-deploy"),
    *{("stale-credential", ".oamlint.yaml:2", f"token:{user}/oamlint-test") for user in [*SEED_USERS, "siteadmin"]},
}
# What the API collector can see of that: the public acme/website, and the organisation's teams and owners.
EXPECTED_FROM_API = {
    ("undeclared-access", "specs/website.yaml:12", "user:henry"),
    ("unknown-principal", "specs/website.yaml:22", "team:acme/ci"),
    ("unknown-principal", "specs/website.yaml:25", "user:zoe"),
    ("owner-sprawl", ".oamlint.yaml:3", "acme"),
}
# (rule it could not evaluate, part): one incomplete-export finding each, at `gogs:` in .oamlint.yaml.
UNEVALUATED_FROM_API = {
    ("undeclared-access", "teams.repositories"), ("undeclared-access", "repositories.private"),
    ("excess-permission", "teams.repositories"), ("excess-permission", "repositories.private"),
    ("missing-access", "teams.repositories"), ("missing-access", "effectiveAccess.teams"),
    ("missing-access", "repositories.private"), ("unknown-repository", "repositories.private"),
    ("unowned-repository", "repositories.private"), ("stale-credential", "accessTokens"),
    ("stale-credential", "repositories.private"), ("site-admin-access", "users.siteAdmin"),
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("drift")
    write(root / ".oamlint.yaml", CONFIG)
    for name, text in SPECS.items():
        write(root / "specs" / name, text)
    return root


@pytest.fixture
def in_workspace(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(workspace)
    return workspace


def later() -> str:
    """100 days on, so that every token and key the fixture made is stale (older than 90 days)."""
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=100)).strftime("%Y-%m-%dT%H:%M:%SZ")


def summary(findings: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    def subject(f: dict[str, Any]) -> str:
        p = f["properties"]
        return str(p.get("principal") or p.get("repository") or p.get("organization"))

    return {(f["rule"], f"{f['file']}:{f['line']}", subject(f)) for f in findings if f["rule"] != "incomplete-export"}


def fingerprints(findings: list[dict[str, Any]]) -> set[str]:
    return {f["fingerprint"] for f in findings if f["rule"] != "incomplete-export"}


@pytest.fixture(scope="module")
def from_backup(gogs_backup: Path, workspace: Path) -> list[dict[str, Any]]:
    return _run_in(workspace, "--gogs-backup", str(gogs_backup))


@pytest.fixture(scope="module")
def from_database(gogs: LiveGogs, workspace: Path) -> list[dict[str, Any]]:
    return _run_in(workspace, "--gogs-config", str(gogs.app_ini))


@pytest.fixture(scope="module")
def from_api(gogs: LiveGogs, workspace: Path) -> list[dict[str, Any]]:
    return _run_in(workspace, "--gogs-url", gogs.base_url, token=gogs.admin_token)


def _run_in(workspace: Path, *source: str, token: str | None = None) -> list[dict[str, Any]]:
    """One drift run for the module's fixtures (run_cli is function-scoped), JSON findings of the drift rules."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(workspace)
        patch.delenv("GOGS_TOKEN", raising=False)
        if token:
            patch.setenv("GOGS_TOKEN", token)
        result = CliRunner().invoke(cli, ["drift", "specs", *source, "--format", "json", "--now", later()])
    assert result.exit_code == 1, result.stderr
    findings: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return [f for f in findings if f["category"] == "drift"]


def test_backup_gives_every_expected_finding_at_its_line(from_backup):
    assert summary(from_backup) == EXPECTED
    assert not [f for f in from_backup if f["rule"] == "incomplete-export"]


def test_messages_say_what_gogs_grants_against_what_the_spec_declares(from_backup):
    messages = {(f["rule"], f["file"], f["line"], f["column"]): f["message"] for f in from_backup}
    assert messages[("excess-permission", "specs/infra.yaml", 15, 29)] == (
        "`team:acme/devs` has `write` on `acme/infra` in Gogs (the team holds the repository), "
        "but role `deploy` declares `read`")
    assert messages[("missing-access", "specs/website.yaml", 18, 29)] == (
        "Role `deploy` declares `write` on `acme/website` for `user:bob`, but Gogs grants only `read`")
    assert messages[("unknown-repository", "specs/website.yaml", 31, 25)] == (
        "Component `archive` is bound to `acme/archive`, which does not exist in Gogs")
    assert messages[("owner-sprawl", ".oamlint.yaml", 3, 10)] == (
        "Organisation `acme` has 2 owners (alice, grace), more than the 1 allowed")
    assert messages[("unowned-repository", ".oamlint.yaml", 3, 10)] == (
        "Repository `acme/ledger` (private) of organisation `acme` is declared by no spec")


def test_database_gives_the_same_findings_and_fingerprints_as_the_backup(from_backup, from_database):
    assert summary(from_database) == EXPECTED
    assert fingerprints(from_database) == fingerprints(from_backup)


def test_api_gives_what_it_can_see_with_the_same_fingerprints(from_backup, from_api):
    assert summary(from_api) == EXPECTED_FROM_API
    assert fingerprints(from_api) <= fingerprints(from_backup)


def test_api_says_once_per_rule_and_part_what_it_could_not_evaluate(from_api):
    unevaluated = [f for f in from_api if f["rule"] == "incomplete-export"]
    assert sorted((f["properties"]["rule"], f["properties"]["part"]) for f in unevaluated) == sorted(UNEVALUATED_FROM_API)
    assert {(f["file"], f["line"], f["level"]) for f in unevaluated} == {(".oamlint.yaml", 1, "warning")}
    assert len({f["fingerprint"] for f in unevaluated}) == len(unevaluated)
    message = next(f["message"] for f in unevaluated if f["properties"]["part"] == "teams.repositories"
                   and f["properties"]["rule"] == "undeclared-access")
    assert message == ("could not evaluate undeclared-access: teams.repositories is not visible to the api collector "
                       "(the API cannot list a team's repositories); use --gogs-backup or --gogs-config for a "
                       "complete export")


def test_every_rule_the_api_run_misses_is_named_as_not_evaluated(from_backup, from_api):
    missed = {f["rule"] for f in from_backup} - {f["rule"] for f in from_api}
    named = {f["properties"]["rule"] for f in from_api if f["rule"] == "incomplete-export"}
    assert missed and missed <= named


def test_export_out_writes_the_export_used_and_check_replays_it(gogs: LiveGogs, in_workspace: Path, run_cli, from_database):
    out = in_workspace / "reports" / "gogs-export.json"
    out.parent.mkdir(exist_ok=True)
    report = out.parent / "drift.json"
    result = run_cli("drift", "specs", "--gogs-config", str(gogs.app_ini), "--format", "json", "--now", later(),
                     "--export-out", str(out), "--output", str(report))
    assert result.exit_code == 1, result.stderr
    assert "error: Role `deploy` declares `write` on `acme/website` for `user:bob`" not in result.stdout  # a warning
    assert "warning: Role `deploy` declares `write` on `acme/website` for `user:bob`" in result.stdout
    findings = [f for f in json.loads(report.read_text(encoding="utf-8"))["findings"] if f["category"] == "drift"]
    written = export.load(out)  # validated: schema version, schema, sha256
    assert written["provenance"]["source"] == "database"
    assert sorted(p.name for p in out.parent.iterdir()) == ["drift.json", "gogs-export.json"]
    assert fingerprints(findings) == fingerprints(from_database)
    replay = run_cli("check", "specs", "--export", str(out), "--format", "json", "--now", later())
    assert replay.exit_code == 1, replay.stderr
    assert fingerprints(json.loads(replay.stdout)["findings"]) >= fingerprints(findings)


def test_the_token_never_appears_in_any_output(gogs: LiveGogs, in_workspace: Path, run_cli, monkeypatch):
    monkeypatch.setenv("GOGS_TOKEN", gogs.admin_token)
    out = in_workspace / "api-out"
    out.mkdir(exist_ok=True)
    for output_format in ("text", "sarif"):
        result = run_cli("drift", "specs", "--gogs-url", gogs.base_url, "--format", output_format,
                         "--output", str(out / f"report.{output_format}"), "--export-out", str(out / "export.json"),
                         "--now", later())
        assert result.exit_code == 1, result.stderr
        for secret in [gogs.admin_token, *gogs.user_tokens.values()]:
            assert secret not in result.stdout and secret not in result.stderr
            for written in out.iterdir():
                assert secret not in written.read_text(encoding="utf-8"), written
    assert export.load(out / "export.json")["provenance"]["source"] == "api"


def test_drift_with_two_sources_exits_2_with_a_hint(gogs: LiveGogs, gogs_backup: Path, in_workspace: Path, run_cli):
    result = run_cli("drift", "specs", "--gogs-backup", str(gogs_backup), "--gogs-config", str(gogs.app_ini))
    assert result.exit_code == 2
    assert result.stderr == (
        "oamlint: error: --gogs-backup, --gogs-config were all given\n"
        "hint: pass exactly one of --gogs-backup FILE.zip, --gogs-config app.ini, --gogs-db DSN or --gogs-url URL\n")


def test_export_out_to_a_missing_directory_exits_2_before_linting(gogs_backup: Path, in_workspace: Path, run_cli):
    result = run_cli("drift", "specs", "--gogs-backup", str(gogs_backup), "--export-out", "nowhere/export.json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("oamlint: error: cannot write `nowhere/export.json`: ")
    assert result.stderr.endswith("hint: choose a writable --export-out path\n")


def _without_times_and_keys(document: dict[str, Any]) -> dict[str, Any]:
    """An export's content less what differs between two seedings: times and generated key fingerprints."""
    content = {key: value for key, value in document.items() if key != "provenance"}
    content["accessTokens"] = [{"user": t["user"], "name": t["name"], "used": t["lastUsed"] is not None}
                               for t in content["accessTokens"]]
    content["repositories"] = [{**repo, "deployKeys": [key["title"] for key in repo["deployKeys"]]}
                               for repo in content["repositories"]]
    return content


def test_the_example_export_is_what_its_seed_gives(gogs: LiveGogs, tmp_path: Path):
    # A second, throw-away Gogs seeded by tests/gogs/acme_example.py (about two seconds); `gogs` skips
    # this test, saying why, where there is no Gogs binary.
    from tests.gogs.acme_example import OUTPUT, write_example_export

    fresh = tmp_path / "acme-export.json"
    write_example_export(fresh)
    assert _without_times_and_keys(export.load(fresh)) == _without_times_and_keys(export.load(OUTPUT))
    assert export.load(OUTPUT)["provenance"]["source"] == "backup"
