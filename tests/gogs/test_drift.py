"""`oamlint drift` against the real, seeded Gogs of conftest.py, from each of its three sources.

The specs, and what every complete export should make drift report, are in audit.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from oamlint.gogs import export
from tests.gogs.audit import (EXPECTED, EXPECTED_FROM_API, UNEVALUATED_FROM_API, fingerprints, later, run_drift,
                              summary, without_times_and_keys, write_workspace)
from tests.gogs.conftest import LiveGogs

@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_workspace(tmp_path_factory.mktemp("drift"))


@pytest.fixture
def in_workspace(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(workspace)
    return workspace


@pytest.fixture(scope="module")
def from_backup(gogs_backup: Path, workspace: Path) -> list[dict[str, Any]]:
    return run_drift(workspace, "--gogs-backup", str(gogs_backup))


@pytest.fixture(scope="module")
def from_database(gogs: LiveGogs, workspace: Path) -> list[dict[str, Any]]:
    return run_drift(workspace, "--gogs-config", str(gogs.app_ini))


@pytest.fixture(scope="module")
def from_api(gogs: LiveGogs, workspace: Path) -> list[dict[str, Any]]:
    return run_drift(workspace, "--gogs-url", gogs.base_url, token=gogs.admin_token)


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


def test_the_example_export_is_what_its_seed_gives(gogs: LiveGogs, tmp_path: Path):
    # A second, throw-away Gogs seeded by tests/gogs/acme_example.py (about two seconds); `gogs` skips
    # this test, saying why, where there is no Gogs binary.
    from tests.gogs.acme_example import OUTPUT, write_example_export

    fresh = tmp_path / "acme-export.json"
    write_example_export(fresh)
    assert without_times_and_keys(export.load(fresh)) == without_times_and_keys(export.load(OUTPUT))
    assert export.load(OUTPUT)["provenance"]["source"] == "backup"


def test_api_export_looks_up_what_the_specs_and_options_name_and_records_it(gogs: LiveGogs, in_workspace: Path,
                                                                             run_cli, monkeypatch):
    monkeypatch.setenv("GOGS_TOKEN", gogs.admin_token)
    result = run_cli("export", "specs", "--gogs-url", gogs.base_url, "--repository", "acme/nope", "--org", "ghosts",
                     "--org", "frank", "--output", "looked-up.json")
    assert result.exit_code == 0, result.stderr
    document = export.load(in_workspace / "looked-up.json")
    assert document["lookups"] == {
        "repositories": ["acme/archive", "acme/infra", "acme/nope", "acme/payments-api", "acme/website", "vault/secrets"],
        "organizations": ["acme", "frank", "ghosts", "vault"],
    }
    seen = {repo["fullName"]: repo for repo in document["repositories"]}
    assert {"acme/infra", "acme/payments-api", "vault/secrets"} <= set(seen)  # private, found by name
    assert "acme/nope" not in seen and "acme/archive" not in seen and "acme/ledger" not in seen  # named by no one
    assert seen["vault/secrets"]["collaborators"] == [{"user": "dave", "permission": "admin"}]
    vault = next(org for org in document["organizations"] if org["name"] == "vault")
    assert [(team["name"], team["members"]) for team in vault["teams"]] == [("Owners", ["frank"]), ("keepers", ["erin"])]
    assert [org["name"] for org in document["organizations"]] == ["acme", "vault"]  # frank is a user, ghosts nobody


def test_names_to_look_up_need_the_api_source(gogs_backup: Path, in_workspace: Path, run_cli):
    result = run_cli("export", "--gogs-backup", str(gogs_backup), "--repository", "acme/infra")
    assert result.exit_code == 2
    assert result.stderr == (
        "oamlint: error: spec paths, --repository and --org choose what the API collector looks up by name, but the "
        "other sources are read whole\nhint: drop them, or export with --gogs-url\n")
