"""The pre-commit hooks, run by the real pre-commit (PyPI) from this repository at the commit under test.

pre-commit clones this repository at HEAD and installs it in its own virtualenv (from PyPI: the
first run needs the network, later runs reuse PRE_COMMIT_HOME). There is no `opa` on PATH: the
`oamlint` hook fetches it, as for a user with only Python, from the loopback mirror that
OAMLINT_OPA_DOWNLOAD_URL names in the environment git and pre-commit pass on to hooks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, Installed, write
from tests.mirror import Mirror, path_without
from tests.test_vcs import payments

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


def run(cwd: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def make_project(root: Path, hook: str, env: dict[str, str]) -> tuple[Path, dict[str, str]]:
    """A git repository whose .pre-commit-config.yaml uses this repository's `hook` at HEAD, hooks installed."""
    if not PRE_COMMIT.exists():
        pytest.fail(f"pre-commit is not installed: `{sys.executable} -m pip install -e '.[test]'`")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    shown = subprocess.run(["git", "cat-file", "-e", f"{head}:.pre-commit-hooks.yaml"], cwd=REPO)
    assert shown.returncode == 0, "commit .pre-commit-hooks.yaml first: pre-commit tests the hook at HEAD"
    env = {**env, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root.parent),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    root.mkdir()
    write(root / ".pre-commit-config.yaml",
          f"repos:\n  - repo: {REPO}\n    rev: {head}\n    hooks:\n      - id: {hook}\n")
    for command in (["git", "init", "-q", "-b", "main"], ["git", "add", ".pre-commit-config.yaml"],
                    [str(PRE_COMMIT), "install"], [str(PRE_COMMIT), "install-hooks"]):
        done = run(root, *command, env=env)
        assert done.returncode == 0, done.stdout + done.stderr
    return root, env


def pre_commit_home(factory: pytest.TempPathFactory) -> str:
    return os.environ.get("OAMLINT_TEST_PRE_COMMIT_HOME") or str(factory.mktemp("pre-commit-home"))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, opa_mirror: Mirror) -> tuple[Path, dict[str, str]]:
    """The `oamlint` hook, with no opa on PATH, an empty oamlint cache, and the loopback mirror."""
    env = {**os.environ, "PATH": path_without("opa"), "PRE_COMMIT_HOME": pre_commit_home(tmp_path_factory),
           "OAMLINT_CACHE_DIR": str(tmp_path_factory.mktemp("oamlint-cache")),
           "OAMLINT_OPA_DOWNLOAD_URL": opa_mirror.url}
    return make_project(tmp_path_factory.mktemp("hook-user") / "project", "oamlint", env)


def commit(project: tuple[Path, dict[str, str]], name: str, text: str) -> tuple[int, str]:
    """`git commit` of one new file: its exit code and what the hooks printed (git sends it to stderr)."""
    root, env = project
    write(root / name, text)
    assert run(root, "git", "add", name, env=env).returncode == 0
    done = run(root, "git", "commit", "-m", f"add {name}", env=env)
    return done.returncode, done.stdout + done.stderr


def test_a_commit_adding_an_admin_grant_is_refused_with_the_finding(project: tuple[Path, dict[str, str]]) -> None:
    """The first commit: the hook fetches OPA (there is none on PATH), then lints."""
    root, env = project
    assert shutil.which("opa", path=env["PATH"]) is None
    before = run(root, "git", "rev-list", "--all", "--count", env=env).stdout
    code, printed = commit(project, "apps/payments.yaml", payments(deploy="admin"))
    assert code == 1
    assert "oamlint: OPA v1.22.3 is needed (`opa` was not found on PATH); fetching it once into " in printed
    assert "oamlint..................................................................Failed" in printed
    assert ("apps/payments.yaml:17:29: error: Role `deploy` grants `admin` on `acme/payments-api` "
            "to `team:acme/deployers` [admin-grant]") in printed
    assert run(root, "git", "rev-list", "--all", "--count", env=env).stdout == before
    run(root, "git", "rm", "-q", "-f", "apps/payments.yaml", env=env)


def test_a_staged_file_named_like_an_option_is_linted_as_a_file(project: tuple[Path, dict[str, str]]) -> None:
    """Without `--` before the file names, the staged `--config=./off.yaml` made oamlint read the root `off.yaml` as
    its config, which turns admin-grant off: the commit of an admin grant passed."""
    root, env = project
    write(root / "apps" / "payments.yaml", payments(deploy="admin"))
    write(root / "off.yaml", "rules:\n  admin-grant: off\n")
    write(root / "--config=." / "off.yaml", "a: 1\n")
    assert run(root, "git", "add", "--", "apps/payments.yaml", "off.yaml", "--config=./off.yaml", env=env).returncode == 0
    done = run(root, "git", "commit", "-m", "an admin grant", env=env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "[admin-grant]" in done.stdout + done.stderr
    run(root, "git", "rm", "-q", "-f", "--", "apps/payments.yaml", "off.yaml", "--config=./off.yaml", env=env)


def test_a_clean_commit_passes(project: tuple[Path, dict[str, str]]) -> None:
    code, printed = commit(project, "apps/billing.yaml", payments().replace("payments-api", "billing-api"))
    assert code == 0, printed
    assert "oamlint..................................................................Passed" in printed


def test_the_hook_skips_commits_without_yaml_and_reads_non_oam_yaml(project: tuple[Path, dict[str, str]]) -> None:
    code, printed = commit(project, "notes.txt", "hello\n")
    assert (code, "(no files to check)Skipped" in printed) == (0, True), printed
    code, printed = commit(project, "ci/config.yaml", "steps: [build, test]\n")
    assert (code, "oamlint..................................................................Passed" in printed) == (0, True), printed


def test_an_expired_waiver_blocks_only_the_commits_that_touch_the_config(project: tuple[Path, dict[str, str]]) -> None:
    """A waiver that expired since `.oamlint.yaml` was committed says so when the config is committed again,
    and does not stop commits of other YAML."""
    root, env = project
    write(root / ".oamlint.yaml", "waivers:\n  - rule: admin-grant\n    match: {repository: acme/payments-api}\n"
                                  "    reason: migration, SEC-1\n    owner: sec@example.com\n    expires: 2020-01-31\n")
    run(root, "git", "add", ".oamlint.yaml", env=env)
    assert run(root, "git", "commit", "--no-verify", "-qm", "waiver (it has expired since)", env=env).returncode == 0
    code, printed = commit(project, ".github/workflows/ci.yaml", "on: push\njobs: {}\n")
    assert (code, "oamlint..................................................................Passed" in printed) == (
        0, True), printed
    code, printed = commit(project, ".oamlint.yaml", (root / ".oamlint.yaml").read_text() + "# touched\n")
    assert code == 1
    assert (".oamlint.yaml:6:14: error: Waiver of `admin-grant` for repository `acme/payments-api` expired on "
            "2020-01-31 and no longer suppresses findings [expired-waiver]") in printed
    run(root, "git", "rm", "-q", "-f", ".oamlint.yaml", env=env)
    run(root, "git", "commit", "--no-verify", "-qm", "no config", env=env)


@pytest.fixture(scope="module")
def system_project(tmp_path_factory: pytest.TempPathFactory, installed: Installed,
                   opa_mirror: Mirror) -> tuple[Path, dict[str, str]]:
    """The `oamlint-system` hook, with the oamlint of a fresh install of the wheel on PATH and no opa."""
    env = {**os.environ, "PATH": os.pathsep.join([str(installed.bin), path_without("opa")]),
           "PRE_COMMIT_HOME": pre_commit_home(tmp_path_factory),
           "OAMLINT_CACHE_DIR": str(tmp_path_factory.mktemp("oamlint-cache")),
           "OAMLINT_OPA_DOWNLOAD_URL": opa_mirror.url}
    return make_project(tmp_path_factory.mktemp("system-hook-user") / "project", "oamlint-system", env)


def test_the_system_hook_uses_the_oamlint_on_path(system_project: tuple[Path, dict[str, str]]) -> None:
    code, printed = commit(system_project, "apps/payments.yaml", payments(deploy="admin"))
    assert code == 1
    assert ("apps/payments.yaml:17:29: error: Role `deploy` grants `admin` on `acme/payments-api` "
            "to `team:acme/deployers` [admin-grant]") in printed
    root, env = system_project
    run(root, "git", "rm", "-q", "-f", "--cached", "apps/payments.yaml", env=env)
    code, printed = commit(system_project, "apps/billing.yaml", payments().replace("payments-api", "billing-api"))
    assert code == 0, printed
