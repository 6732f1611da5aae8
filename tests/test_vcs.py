"""`oamlint check --base REV`: files at REV from git objects, only new findings, the access diff."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from click.testing import Result

from oamlint import vcs
from oamlint.access_diff import diff_grants, diff_live, live_grants
from oamlint.engine.opa import Engine
from oamlint.errors import FatalError
from oamlint.report import AccessGrant
from oamlint.spec.loader import display_path
from tests.conftest import REPO, write

ROLE = """\
              {name}:
                permission: {permission}
                {who}
                identity: {{provider: okta, group: {name}-group}}
"""


def payments(deploy: str = "write", test: str = "read", audit: str | None = "read", labels: int = 0,
             extra_roles: str = "") -> str:
    """A clean v1beta1 spec for acme/payments-api; `labels` lines inserted near the top move everything down."""
    roles = ROLE.format(name="deploy", permission=deploy, who="teams: [acme/deployers]")
    roles += ROLE.format(name="test", permission=test, who="teams: [acme/ci]")
    if audit:
        roles += ROLE.format(name="audit", permission=audit, who="teams: [acme/auditors]")
    label_lines = "".join(f"    l{i}: v{i}\n" for i in range(labels))
    return f"""\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: payments
{"  labels:" + chr(10) + label_lines if labels else ""}spec:
  components:
    - name: payments-api
      type: webservice
      properties:
        image: registry.example.com/payments-api:1.4.2
      traits:
        - type: git-access
          properties:
            repository: acme/payments-api
            roles:
{roles}{extra_roles}            credentials:
              kind: deploy-key
              ttl: 1h
              roles: [deploy]
  policies:
    - name: access
      type: git-access-policy
      properties:
        requiredRoles: [deploy, test, audit]
"""


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_NOSYSTEM": "1",
           "HOME": str(cwd)}
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def make_repo(root: Path, files: dict[str, str]) -> Path:
    """A repository on branch `main` with one commit holding `files`."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    for name, text in files.items():
        write(root / name, text)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    return root


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_repo(tmp_path / "specs", {"apps/payments.yaml": payments()})
    monkeypatch.chdir(root)
    return root


def lines(result: Result) -> list[str]:
    return result.stdout.splitlines()


def test_base_reports_only_the_finding_the_change_introduces(repo: Path, run_cli: Callable[..., Result]) -> None:
    write(repo / "apps/payments.yaml", payments(deploy="admin"))
    git(repo, "commit", "-qam", "admin deploy")
    write(repo / "apps/payments.yaml", payments(deploy="admin", test="admin"))
    result = run_cli("check", "--base", "HEAD")
    assert result.exit_code == 1
    errors = [line for line in lines(result) if ": error: " in line]
    assert errors == [
        "apps/payments.yaml:21:29: error: Role `test` grants `admin` on `acme/payments-api` to `team:acme/ci` [admin-grant]"
    ]
    assert "1 finding that already exists at `HEAD` is not shown (--all shows them)." in lines(result)


def test_all_reports_the_findings_that_exist_at_the_base_too(repo: Path, run_cli: Callable[..., Result]) -> None:
    write(repo / "apps/payments.yaml", payments(deploy="admin"))
    git(repo, "commit", "-qam", "admin deploy")
    result = run_cli("check", "--base", "HEAD", "--all")
    assert result.exit_code == 1
    assert any("Role `deploy` grants `admin`" in line for line in lines(result))


def test_a_finding_moved_by_unrelated_edits_is_not_new(repo: Path, run_cli: Callable[..., Result]) -> None:
    write(repo / "apps/payments.yaml", payments(deploy="admin"))
    git(repo, "commit", "-qam", "admin deploy")
    write(repo / "apps/payments.yaml", payments(deploy="admin", labels=5))
    moved = run_cli("check", "apps", "--format", "json")
    assert '"line": 23' in moved.stdout  # five lines further down than at HEAD
    result = run_cli("check", "--base", "HEAD")
    assert result.exit_code == 0, result.stdout
    assert "no problems found" in result.stdout


def test_access_diff_lists_grants_added_removed_raised_and_lowered(repo: Path, run_cli: Callable[..., Result]) -> None:
    oncall = ROLE.format(name="oncall", permission="write", who="teams: [acme/sre]")
    write(repo / "apps/payments.yaml", payments(deploy="read", test="write", audit=None, extra_roles=oncall))
    result = run_cli("check", "--base", "main", "--fail-on", "never")
    assert result.exit_code == 0
    start = lines(result).index("Access changes against `main`: 1 added, 1 raised, 1 lowered, 1 removed.")
    assert lines(result)[start + 1:] == [
        "  - team:acme/auditors read on acme/payments-api (role audit)",
        "  + team:acme/ci read → write on acme/payments-api (role test)  (apps/payments.yaml:21)",
        "  - team:acme/deployers write → read on acme/payments-api (role deploy)  (apps/payments.yaml:17)",
        "  + team:acme/sre write on acme/payments-api (role oncall)  (apps/payments.yaml:25)",
    ]


def test_no_change_gives_no_access_changes(repo: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "--base", "main")
    assert result.exit_code == 0
    assert lines(result)[-1] == "Access changes against `main`: no access changes."


def test_a_file_the_change_adds_has_only_new_findings(repo: Path, run_cli: Callable[..., Result]) -> None:
    write(repo / "apps/new.yaml", payments(deploy="admin").replace("payments-api", "billing-api"))
    result = run_cli("check", "--base", "main")
    assert result.exit_code == 1
    assert "apps/new.yaml:17:29: error: Role `deploy` grants `admin` on `acme/billing-api`" in result.stdout
    assert "+ team:acme/deployers admin on acme/billing-api (role deploy)  (apps/new.yaml:17)" in result.stdout


def test_base_leaves_the_working_tree_and_the_index_untouched(repo: Path, run_cli: Callable[..., Result]) -> None:
    write(repo / "apps/payments.yaml", payments(deploy="admin"))
    git(repo, "add", "apps/payments.yaml")
    write(repo / "apps/payments.yaml", payments(deploy="admin", test="write"))  # staged and unstaged edits
    write(repo / "apps/untracked.yaml", payments())
    status = git(repo, "status", "--porcelain")
    index = repo / ".git" / "index"
    before = (index.read_bytes(), index.stat().st_mtime_ns, git(repo, "rev-parse", "HEAD"),
              (repo / "apps/payments.yaml").read_bytes())
    assert run_cli("check", "--base", "main").exit_code == 1
    after = (index.read_bytes(), index.stat().st_mtime_ns, git(repo, "rev-parse", "HEAD"),
             (repo / "apps/payments.yaml").read_bytes())
    assert after == before
    assert git(repo, "status", "--porcelain") == status


def test_untracked_files_git_ignores_are_not_part_of_the_change(repo: Path, run_cli: Callable[..., Result]) -> None:
    write(repo / ".gitignore", "rendered/\n")
    write(repo / "rendered/payments.yaml", payments(deploy="admin"))
    result = run_cli("check", "--base", "main")
    assert result.exit_code == 0, result.stdout
    assert "Checked 1 file" in result.stdout


def test_base_runs_one_opa_for_both_trees(repo: Path, tmp_path: Path, opa_binary: str,
                                         run_cli: Callable[..., Result]) -> None:
    log = tmp_path / "opa-runs.log"
    wrapper = write(tmp_path / "bin" / "opa", f'#!/bin/sh\necho "$1" >> "{log}"\nexec "{opa_binary}" "$@"\n')
    wrapper.chmod(0o755)
    write(repo / "apps/payments.yaml", payments(deploy="admin"))
    assert run_cli("check", "--base", "main", "--opa", str(wrapper)).exit_code == 1
    assert log.read_text().split() == ["run"]


def test_paths_default_to_the_repository_root_from_a_subdirectory(repo: Path, run_cli: Callable[..., Result],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / "other/billing.yaml", payments(deploy="admin").replace("payments-api", "billing-api"))
    monkeypatch.chdir(repo / "apps")
    result = run_cli("check", "--base", "main")
    billing = repo.resolve() / "other/billing.yaml"  # outside the working directory: shown absolute, as without --base
    assert f"{billing}:17:29: error: Role `deploy` grants `admin` on `acme/billing-api`" in result.stdout
    assert "Checked 2 files" in result.stdout


def test_unknown_revision_is_exit_2_with_how_to_check_it(repo: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "--base", "no-such-branch")
    assert result.exit_code == 2
    assert result.stderr == (
        f"oamlint: error: revision `no-such-branch` does not exist in `{repo.resolve()}`\n"
        "hint: check the name with `git rev-parse --verify REV`, or fetch it (e.g. `git fetch origin main`)\n"
    )


def test_missing_remote_branch_says_which_fetch_brings_it(repo: Path, run_cli: Callable[..., Result]) -> None:
    git(repo, "remote", "add", "origin", str(repo))
    result = run_cli("check", "--base", "origin/main")
    assert result.exit_code == 2
    assert result.stderr == (
        "oamlint: error: revision `origin/main` does not exist\n"
        "hint: fetch it with `git fetch origin main`\n"
    )


def test_shallow_clone_without_the_base_says_how_to_fetch_it(tmp_path: Path, run_cli: Callable[..., Result],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    origin = make_repo(tmp_path / "origin", {"apps/payments.yaml": payments()})
    git(origin, "checkout", "-q", "-b", "feature")
    write(origin / "apps/payments.yaml", payments(deploy="admin"))
    git(origin, "commit", "-qam", "feature")
    git(tmp_path, "clone", "-q", "--depth=1", "--branch", "feature", f"file://{origin}", "clone")
    monkeypatch.chdir(tmp_path / "clone")
    result = run_cli("check", "--base", "origin/main")
    assert result.exit_code == 2
    assert result.stderr == (
        "oamlint: error: revision `origin/main` is not in this shallow clone\n"
        "hint: fetch it with `git fetch --depth=1 origin main` (in GitHub or Gitea Actions, "
        "set `fetch-depth: 0` on actions/checkout)\n"
    )
    git(tmp_path / "clone", "fetch", "-q", "--depth=1", "origin", "main:refs/remotes/origin/main")
    assert run_cli("check", "--base", "origin/main").exit_code == 1  # the hint works


def test_path_outside_the_repository_is_exit_2(repo: Path, tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    outside = write(tmp_path / "elsewhere" / "x.yaml", payments())
    result = run_cli("check", "--base", "main", str(outside))
    assert result.exit_code == 2
    assert result.stderr == (
        f"oamlint: error: path `{outside}` is outside the repository `{repo.resolve()}`\n"
        "hint: pass paths inside the repository, or run oamlint from the repository you want to check\n"
    )


def test_base_outside_any_repository_is_exit_2(tmp_path: Path, run_cli: Callable[..., Result],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(write(tmp_path / "plain" / "x.yaml", payments()).parent)
    result = run_cli("check", "--base", "main")
    assert result.exit_code == 2
    assert "is not inside a git repository" in result.stderr


def test_load_at_reads_yaml_like_discover_skipping_hidden_directories_and_symlinks(tmp_path: Path) -> None:
    root = tmp_path / "r"
    root.mkdir()
    write(root / "a.yaml", "a: 1\n")
    write(root / "sub/b.yml", "b: 1\n")
    write(root / "sub/readme.md", "x\n")
    write(root / ".hidden/c.yaml", "c: 1\n")
    (root / "latin1.yaml").write_bytes(b"name: caf\xe9\n")
    (root / "link.yaml").symlink_to("a.yaml")
    make_repo(root, {})
    repo = vcs.open_repository(str(root))
    commit = vcs.resolve(repo, "main")
    loaded = vcs.load_at(repo, commit, [""])
    assert [f.file for f in loaded] == [display_path(str(root / n)) for n in ("a.yaml", "latin1.yaml", "sub/b.yml")]
    assert [v.message for v in loaded[1].violations] == ["File is not UTF-8 text"]
    [only] = vcs.load_at(repo, commit, ["sub/b.yml", "sub", "missing.yaml"])
    assert only.file == display_path(str(root / "sub/b.yml"))


def test_resolve_accepts_any_git_revision_syntax(repo: Path) -> None:
    write(repo / "apps/payments.yaml", payments(deploy="admin"))
    git(repo, "commit", "-qam", "second")
    handle = vcs.open_repository(str(repo))
    assert vcs.resolve(handle, "HEAD~1").hexsha == git(repo, "rev-parse", "main~1")
    assert vcs.resolve(handle, "main@{0}").hexsha == git(repo, "rev-parse", "main")
    with pytest.raises(FatalError):
        vcs.resolve(handle, "HEAD:apps/payments.yaml")  # a blob, not a commit


# --- the access diff itself ---------------------------------------------------------------------

def grant(principal: str, permission: str, role: str = "test", repository: str = "acme/payments-api") -> AccessGrant:
    return AccessGrant(repository, principal, role, permission, "payments-api", "apps/payments.yaml", 10)


def test_diff_grants_keeps_the_strongest_grant_per_repository_principal_and_role() -> None:
    before = [grant("team:acme/ci", "read"), grant("team:acme/ci", "write", role="deploy")]
    after = [grant("team:acme/ci", "read"), grant("team:acme/ci", "admin"), grant("team:acme/ci", "write", role="deploy")]
    diff = diff_grants(before, after, "main")
    assert [c.describe() for c in diff.changes] == ["+ team:acme/ci read → admin on acme/payments-api (role test)"]
    assert diff_grants(after, after, "main").summary() == "no access changes"


def test_diff_live_compares_declared_grants_with_what_gogs_grants_today() -> None:
    export = {
        "schemaVersion": "oamlint.gogs-export/2",
        "provenance": {"source": "backup", "location": "gogs-backup.zip", "gogsVersion": "0.14.3",
                       "collectedAt": "2026-09-01T00:00:00Z", "collectedBy": "local:ci", "sourceTime": None,
                       "sha256": "0" * 64},
        "coverage": {"complete": True, "missing": []},
        "users": [],
        "organizations": [{"name": "acme", "fullName": "", "owners": ["root"], "members": [], "webhooks": [], "teams": [
            {"name": "Owners", "permission": "owner", "members": ["root"], "repositories": ["acme/payments-api"]},
            {"name": "ci", "permission": "write", "members": [], "repositories": ["acme/payments-api"]},
            {"name": "qa", "permission": "admin", "members": [], "repositories": ["acme/payments-api", "acme/other"]},
        ]}],
        "repositories": [
            {"fullName": "acme/payments-api", "owner": "acme", "name": "payments-api", "ownerKind": "organization",
             "visibility": "private", "deployKeys": [], "webhooks": [],
             "collaborators": [{"user": "alice", "permission": "write"}]},
        ],
        "accessTokens": [],
        "effectiveAccess": [],
    }
    export_schema = json.loads((REPO / "oamlint/gogs/export.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(export_schema).validate(export)  # the shape `oamlint export` writes
    with Engine() as engine:  # what Gogs grants is published by the policies (`output.held`), not recomputed
        held = engine.evaluate({"documents": [], "config": {}, "gogs": export, "now": "2026-09-01T00:00:00Z"})["held"]
    live = live_grants(held)
    assert live == {("acme/payments-api", "team:acme/ci"): "write", ("acme/payments-api", "team:acme/qa"): "admin",
                    ("acme/other", "team:acme/qa"): "admin", ("acme/payments-api", "user:alice"): "write"}
    declared = [grant("team:acme/ci", "read"), grant("team:acme/deployers", "write", role="deploy")]
    assert [c.describe() for c in diff_live(declared, live).changes] == [
        "- team:acme/ci write → read on acme/payments-api",
        "+ team:acme/deployers write on acme/payments-api",
        "- team:acme/qa admin on acme/payments-api",
        "- user:alice write on acme/payments-api",
    ]  # acme/other is declared by no spec: the drift rules report it, not the diff
