"""SARIF as code scanning reads it: locations from the repository root, valid URIs, GitHub's
fingerprint, all-or-none suppressions, severities that follow the config, complete rule text, a
log for a failed run, and findings per principal that keep their identity.

Every log is checked against the official schema with URI format checking (tests/conftest.py)
and, in one run at the end, by Microsoft's SARIF multitool with its SARIF and GitHub rule sets.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner, Result

from oamlint.catalogue import load_catalogue
from oamlint.cli import cli
from oamlint.report import Report
from oamlint.options import RenderOptions
from oamlint.reporters import sarif
from tests.conftest import REPO, SARIF_SCHEMA, assert_valid_sarif, write
from tests.test_vcs import git, make_repo, payments

CONFIG = "roles: {deploy: write, test: read, audit: read}\nrequiredRoles: [deploy, test, audit]\ntypes: {webservice: none}\n"
DATA = Path(__file__).parent / "data" / "joined-principals"
MULTITOOL = REPO / ".tools" / "sarif-multitool" / "node_modules" / "@microsoft" / "sarif-multitool-linux" / "Sarif.Multitool"
WRITTEN: list[Path] = []  # every log these tests write, for the multitool check at the end


def sarif_of(run_cli: Callable[..., Result], out: Path, *args: str, code: int = 1) -> dict[str, Any]:
    result = run_cli("check", *args, "--format", "sarif", "--output", str(out))
    assert result.exit_code == code, result.stderr
    WRITTEN.append(out)
    return json.loads(out.read_text(encoding="utf-8"))


def locations(log: dict[str, Any]) -> set[tuple[str, str | None]]:
    found = set()
    for result in log["runs"][0]["results"]:
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        found.add((artifact["uri"], artifact.get("uriBaseId")))
    return found


def srcroot(log: dict[str, Any]) -> str:
    return str(log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"])


def test_the_schema_check_rejects_an_invalid_uri_reference() -> None:
    """Guards the guard: without a URI format checker installed, `<stdin>` would pass."""
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{
        "message": {"text": "m"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "<stdin>"}}}],
    }]}]}
    with pytest.raises(jsonschema.ValidationError, match="uri-reference"):
        jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)


def test_from_a_subfolder_locations_resolve_from_the_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    repo = make_repo(tmp_path / "repo", {".oamlint.yaml": CONFIG, "specs/team/payments.yaml": payments(deploy="admin")})
    monkeypatch.chdir(repo / "specs" / "team")
    log = sarif_of(run_cli, tmp_path / "sub.sarif", ".")
    assert srcroot(log) == repo.as_uri() + "/"
    assert locations(log) == {("specs/team/payments.yaml", "%SRCROOT%")}
    result = run_cli("check", ".", "--format", "github")
    assert result.stdout.startswith("::error file=specs/team/payments.yaml,line=")
    finding = json.loads(run_cli("check", ".", "--format", "json").stdout)["findings"][0]
    assert (finding["file"], finding["uri"]) == ("payments.yaml", "specs/team/payments.yaml")


def test_outside_the_repository_a_location_is_an_absolute_file_uri_without_a_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    repo = make_repo(tmp_path / "repo", {".oamlint.yaml": CONFIG})
    outside = write(tmp_path / "elsewhere" / "payments.yaml", payments(deploy="admin"))
    monkeypatch.chdir(repo)
    log = sarif_of(run_cli, tmp_path / "outside.sarif", str(outside))
    assert locations(log) == {(outside.as_uri(), None)}


def test_names_with_spaces_hashes_percents_and_non_ascii_are_percent_encoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    repo = make_repo(tmp_path / "repo", {".oamlint.yaml": CONFIG, "team specs/shop #1 100% ü.yaml": payments(deploy="admin")})
    monkeypatch.chdir(repo)
    log = sarif_of(run_cli, tmp_path / "names.sarif", ".")
    assert locations(log) == {("team%20specs/shop%20%231%20100%25%20%C3%BC.yaml", "%SRCROOT%")}
    monkeypatch.setenv("OAMLINT_LINK_BASE", "https://git.example.com/acme/specs/src/abc")
    comment = run_cli("check", ".", "--format", "markdown").stdout
    assert "(https://git.example.com/acme/specs/src/abc/team%20specs/shop%20%231%20100%25%20%C3%BC.yaml#L" in comment


def test_standard_input_has_a_valid_name_or_the_one_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_repo(tmp_path / "repo", {".oamlint.yaml": CONFIG})
    (repo / "charts").mkdir()
    monkeypatch.chdir(repo / "charts")

    def piped(out: Path, *args: str) -> dict[str, Any]:
        result = CliRunner().invoke(cli, ["check", "-", *args, "--format", "sarif", "-o", str(out)],
                                    input=payments(deploy="admin"), catch_exceptions=False)
        assert result.exit_code == 1, result.stderr
        WRITTEN.append(out)
        return assert_valid_sarif(out.read_text(encoding="utf-8"))

    assert locations(piped(tmp_path / "stdin.sarif")) == {("%3Cstdin%3E", "%SRCROOT%")}
    named = piped(tmp_path / "named.sarif", "--stdin-filename", "rendered/payments.yaml")
    assert locations(named) == {("charts/rendered/payments.yaml", "%SRCROOT%")}


def test_every_result_has_github_fingerprint_and_suppressions_and_the_hash_survives_moved_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    repo = make_repo(tmp_path / "repo", {".oamlint.yaml": CONFIG, "apps/payments.yaml": payments(deploy="admin")})
    monkeypatch.chdir(repo)
    before = sarif_of(run_cli, tmp_path / "before.sarif", ".")["runs"][0]["results"]
    write(repo / "apps/payments.yaml", payments(deploy="admin", labels=5))
    after = sarif_of(run_cli, tmp_path / "after.sarif", ".")["runs"][0]["results"]
    assert all(r["suppressions"] == [] for r in before)
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after] != \
        [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in before]
    hashes = [r["partialFingerprints"]["primaryLocationLineHash"] for r in before]
    assert all(h.count(":") == 1 for h in hashes) and len(set(hashes)) == len(hashes)
    assert hashes == [r["partialFingerprints"]["primaryLocationLineHash"] for r in after]


def test_suppressions_are_on_every_result_when_one_is_waived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    waiver = ("waivers:\n  - rule: admin-grant\n    match: {repository: acme/payments-api}\n"
              "    reason: migration, SEC-1\n    owner: sec@example.com\n    expires: 2099-01-01\n")
    repo = make_repo(tmp_path / "repo", {".oamlint.yaml": CONFIG + waiver, "apps/payments.yaml": payments(deploy="admin")})
    monkeypatch.chdir(repo)
    results = sarif_of(run_cli, tmp_path / "waived.sarif", ".")["runs"][0]["results"]
    kinds = {r["ruleId"]: [s["kind"] for s in r["suppressions"]] for r in results}
    assert kinds == {"admin-grant": ["external"], "role-exceeds-mapping": []}


def test_a_rule_the_config_sets_to_note_is_not_ranked_as_a_security_alert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    config = CONFIG + "rules:\n  admin-grant: note\n  role-exceeds-mapping: warning\n  direct-user-grant: off\n"
    repo = make_repo(tmp_path / "repo", {".oamlint.yaml": config, "apps/payments.yaml": payments(deploy="admin")})
    monkeypatch.chdir(repo)
    rules = {r["id"]: r for r in sarif_of(run_cli, tmp_path / "note.sarif", ".", code=0)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["admin-grant"]["defaultConfiguration"] == {"level": "note"}
    assert "security-severity" not in rules["admin-grant"]["properties"]
    assert rules["role-exceeds-mapping"]["properties"]["security-severity"] == "5.0"
    assert rules["direct-user-grant"]["defaultConfiguration"] == {"enabled": False}
    assert rules["expired-grant"]["properties"]["security-severity"] == "8.0"  # untouched: its default, error


def test_every_rule_description_is_complete_text() -> None:
    catalogue = load_catalogue()
    log = json.loads(sarif.render(Report([], 0, 0, catalogue), RenderOptions(root=str(REPO))))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} == set(catalogue)
    cut = [r["id"] for r in rules
           if r["fullDescription"]["text"].rstrip().endswith(":") or r["shortDescription"]["text"].rstrip().endswith(":")]
    assert cut == []


def test_a_run_that_cannot_lint_still_writes_a_sarif_saying_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "apps/payments.yaml", payments())
    log = sarif_of(run_cli, tmp_path / "failed.sarif", "apps", "--config", "missing.yaml", code=2)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "missing.yaml" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    assert log["runs"][0]["results"] == []
    reported = tmp_path / "reported.sarif"  # the action's form: `--report sarif=FILE` beside the text report
    result = run_cli("check", "apps", "--config", "missing.yaml", "--report", f"sarif={reported}")
    assert result.exit_code == 2
    WRITTEN.append(reported)
    assert assert_valid_sarif(reported.read_text(encoding="utf-8"))["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_a_role_with_two_teams_gives_one_finding_per_team(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    shutil.copytree(DATA, tmp_path / "app")
    monkeypatch.chdir(tmp_path / "app")
    findings = json.loads(run_cli("check", "apps", "--format", "json").stdout)["findings"]
    admin = sorted((f["properties"]["principal"], f["message"]) for f in findings if f["rule"] == "admin-grant")
    assert admin == [
        ("team:acme/deployers", "Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers`"),
        ("team:acme/sre", "Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/sre`"),
    ]


def test_a_baseline_written_before_findings_were_per_principal_still_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    """baseline-0.1.json was written by oamlint 0.1.0 (joined `principal`) for the spec beside it."""
    shutil.copytree(DATA, tmp_path / "app")
    monkeypatch.chdir(tmp_path / "app")
    result = run_cli("check", "apps", "--baseline", "baseline-0.1.json", "--prune")
    assert result.exit_code == 0, result.stdout
    assert "every entry still matches a finding" in result.stdout


def test_adding_a_team_to_a_role_reports_only_that_team_as_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    repo = make_repo(tmp_path / "repo", {".oamlint.yaml": CONFIG, "apps/payments.yaml": payments(deploy="admin")})
    monkeypatch.chdir(repo)
    assert run_cli("check", "apps", "--write-baseline", "baseline.json").exit_code == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "baseline")
    spec = repo / "apps/payments.yaml"
    spec.write_text(spec.read_text().replace("teams: [acme/deployers]", "teams: [acme/deployers, acme/sre]"))
    for args in (("--baseline", "baseline.json"), ("--base", "main")):
        findings = json.loads(run_cli("check", "apps", *args, "--format", "json").stdout)["findings"]
        assert {(f["rule"], f["properties"]["principal"]) for f in findings} == {
            ("admin-grant", "team:acme/sre"), ("role-exceeds-mapping", "team:acme/sre")}, args


def test_the_multitool_finds_nothing_wrong_with_any_log_written_here(tmp_path: Path) -> None:
    """Microsoft's SARIF multitool, SARIF and GitHub (`Gh`) rule sets, errors and warnings, over
    every log the tests above wrote and the example organisation's golden log."""
    if not MULTITOOL.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("the SARIF multitool is not installed: scripts/setup.sh installs it with npm")
        pytest.skip("the SARIF multitool is not installed (needs npm; scripts/setup.sh installs it)")
    logs = [log for log in WRITTEN if log.exists()]
    assert len(logs) >= 10, "run the whole module: the other tests write the logs checked here"
    golden = (REPO / "tests/golden/examples.sarif").read_text(encoding="utf-8")
    example = write(tmp_path / "examples.sarif", golden.replace("file:///SRCROOT/", REPO.as_uri() + "/"))
    assert_valid_sarif(example.read_text(encoding="utf-8"))
    out = tmp_path / "validation.sarif"
    done = subprocess.run(
        [str(MULTITOOL), "validate", *map(str, [*logs, example]), "--rule-kind", "Sarif;Gh",
         "--level", "Error;Warning", "--output", str(out), "--log", "ForceOverwrite"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [(r["ruleId"], r["message"].get("arguments")) for run in json.loads(out.read_text())["runs"]
                for r in run.get("results", [])]
    assert problems == []
