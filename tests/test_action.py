"""action.yml: valid against the published action-metadata schema, and its steps work as a runner runs them.

The runner is emulated closely enough to catch real mistakes: each `run:` goes to
`bash --noprofile --norc -eo pipefail` (what `shell: bash` means), `${{ … }}` is evaluated in `env:`,
`with:` and outputs only (an unknown expression fails the test), `if:` conditions of the form
`<expression> != ''` are honoured, `uses:` steps (actions/cache) are recorded with their evaluated
`with:` instead of run, and GITHUB_OUTPUT, GITHUB_PATH and GITHUB_STEP_SUMMARY are files read back
between steps. oamlint is found already installed (this venv, or a fresh install of the wheel), so
the install step takes no network; OPA comes from PATH or from the loopback mirror.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from tests.conftest import REPO, SHARED, Installed, assert_valid_sarif, write
from tests.mirror import Mirror
from tests.test_vcs import git, make_repo, payments

ACTION = REPO / "action.yml"
SCHEMA = SHARED / "schemas" / "github-action.json"
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
SYSTEM_PATH = "/usr/bin:/bin"


def action() -> dict[str, Any]:
    loaded: dict[str, Any] = YAML(typ="safe").load(ACTION.read_text(encoding="utf-8"))
    return loaded


@dataclasses.dataclass
class Run:
    code: int
    outputs: dict[str, str]
    summary: str
    log: str
    used: list[dict[str, Any]]  # the `uses:` steps reached: {"uses": …, "with": {…}}


def run_action(workspace: Path, tmp: Path, inputs: dict[str, str], path: str, **github: str) -> Run:
    """Run the composite action's steps in `workspace`, as a runner would."""
    metadata = action()
    values = {name: str(spec.get("default", "")) for name, spec in metadata["inputs"].items()}
    unknown = inputs.keys() - values.keys()
    assert not unknown, f"not inputs of action.yml: {unknown}"
    values.update(inputs)
    temp = tmp / "runner-temp"
    temp.mkdir(exist_ok=True)
    summary = tmp / "step-summary.md"
    summary.write_text("")
    base_env = {"PATH": path, "HOME": str(tmp), "LANG": "C.UTF-8", "CI": "true", "GITHUB_ACTIONS": "true",
                "GITHUB_WORKSPACE": str(workspace), "RUNNER_TEMP": str(temp), "GITHUB_ACTION_PATH": str(REPO),
                "GITHUB_STEP_SUMMARY": str(summary),
                **{name: os.environ[name] for name in ("OAMLINT_CACHE_DIR", "OAMLINT_OPA_DOWNLOAD_URL")}, **github}
    steps: dict[str, dict[str, dict[str, str]]] = {}
    context: dict[str, Any] = {"inputs": values, "github": {"action_path": str(REPO)}, "steps": steps,
                               "runner": {"os": "Linux", "arch": "X64", "temp": str(temp)}}
    log, code, used = "", 0, []
    for index, step in enumerate(metadata["runs"]["steps"]):
        if "if" in step and not condition(step["if"], context):
            continue
        if "uses" in step:
            used.append({"uses": step["uses"], "with": {k: evaluate(str(v), context) for k, v in step["with"].items()}})
            continue
        assert step["shell"] == "bash" and "${{" not in step["run"], "inputs reach scripts through env: only"
        output, added_path = tmp / f"output-{index}", tmp / f"path-{index}"
        output.write_text("")
        added_path.write_text("")
        env = {**base_env, "GITHUB_OUTPUT": str(output), "GITHUB_PATH": str(added_path)}
        env.update({name: evaluate(str(value), context) for name, value in (step.get("env") or {}).items()})
        script = write(tmp / f"step-{index}.sh", step["run"])
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=workspace,
                              env=env, capture_output=True, text=True, timeout=300)
        log += done.stdout + done.stderr
        steps[step.get("id", str(index))] = {"outputs": parse_outputs(output.read_text())}
        extra = [line for line in added_path.read_text().splitlines() if line]
        base_env["PATH"] = os.pathsep.join([*reversed(extra), base_env["PATH"]])
        code = done.returncode
        if code != 0:
            break  # later steps have the default `if: success()`
    outputs = {name: evaluate(str(spec["value"]), context) for name, spec in metadata["outputs"].items()}
    return Run(code, outputs, summary.read_text(), log, used)


def condition(text: str, context: dict[str, Any]) -> bool:
    """`<expression> != ''`, the one form of `if:` the action uses."""
    match = re.fullmatch(r"([\w.-]+) != ''", text.strip())
    assert match is not None, f"the emulated runner does not know the condition `{text}`"
    return evaluate("${{ " + match[1] + " }}", context) != ""


def evaluate(text: str, context: dict[str, Any]) -> str:
    def value(match: re.Match[str]) -> str:
        parts = match[1].split(".")
        if parts[0] not in context or not all(re.fullmatch(r"[A-Za-z_][\w-]*", part) for part in parts):
            raise AssertionError(f"the emulated runner does not know `{match[0]}`")
        found: Any = context
        for part in parts:
            found = found.get(part, "") if isinstance(found, dict) else ""  # like the runner: missing is ""
        return str(found)

    return EXPRESSION.sub(value, text)


def parse_outputs(text: str) -> dict[str, str]:
    """`name=value` lines and `name<<DELIMITER` blocks, as the runner reads GITHUB_OUTPUT."""
    outputs: dict[str, str] = {}
    lines = iter(text.splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            outputs[name] = "\n".join(iter(lambda: next(lines), delimiter))
        elif "=" in line:
            name, value = line.split("=", 1)
            outputs[name] = value
    return outputs


def counted(folder: Path, oamlint: Path) -> Path:
    """`folder/oamlint`, which appends its arguments to `folder/calls` and runs `oamlint`; returns `folder`."""
    folder.mkdir()
    write(folder / "oamlint", f'#!/bin/sh\necho "$*" >> "{folder}/calls"\nexec "{oamlint}" "$@"\n').chmod(0o755)
    return folder


def calls(folder: Path) -> list[str]:
    return (folder / "calls").read_text().splitlines() if (folder / "calls").exists() else []


@pytest.fixture
def tools_path(tmp_path: Path, opa_binary: str) -> str:
    """oamlint (this venv, counted in `tmp_path/tools`) and OPA (.tools/bin) already installed, plus the system."""
    tools = counted(tmp_path / "tools", REPO / ".venv" / "bin" / "oamlint")
    return os.pathsep.join([str(tools), os.path.dirname(opa_binary), SYSTEM_PATH])


@pytest.fixture
def pull_request(tmp_path: Path) -> Path:
    """A checkout of branch `feature`, which raises the deploy role to admin over `main`."""
    workspace = make_repo(tmp_path / "workspace", {"apps/payments.yaml": payments()})
    git(workspace, "checkout", "-q", "-b", "feature")
    write(workspace / "apps/payments.yaml", payments(deploy="admin"))
    git(workspace, "commit", "-qam", "deploy needs admin")
    return workspace


# --- metadata -----------------------------------------------------------------------------------

def test_action_yml_is_valid_against_the_published_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in jsonschema.Draft7Validator(schema).iter_errors(action())]
    assert errors == []


def test_action_has_the_documented_inputs_and_a_sarif_output() -> None:
    metadata = action()
    assert list(metadata["inputs"]) == ["paths", "base-ref", "fail-on", "config", "sarif-file", "args",
                                        "gogs-url", "gogs-token"]
    assert metadata["runs"]["using"] == "composite"
    assert metadata["outputs"]["sarif-file"]["value"] == "${{ steps.check.outputs.sarif-file }}"


# --- the steps, run ------------------------------------------------------------------------------

def test_one_run_reports_the_new_finding_as_sarif_a_summary_and_annotations(pull_request: Path, tmp_path: Path,
                                                                           tools_path: str) -> None:
    result = run_action(pull_request, tmp_path, {"base-ref": "main"}, tools_path,
                        GITHUB_SERVER_URL="https://github.com", GITHUB_REPOSITORY="acme/specs", GITHUB_SHA="abc123")
    assert result.code == 1, result.log
    assert result.outputs == {"sarif-file": "oamlint.sarif", "exit-code": "1"}
    log = assert_valid_sarif((pull_request / "oamlint.sarif").read_text(encoding="utf-8"))
    results = log["runs"][0]["results"]  # type: ignore[index]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results] == [
        ("admin-grant", 17)
    ]
    assert result.summary.splitlines()[0] == (
        "### ❌ oamlint: 1 new error against `main`; access: 1 raised against `main`"
    )
    assert ("| ⬆️ raised | `acme/payments-api` | `team:acme/deployers` | write → admin | deploy | "
            "[apps/payments.yaml:17](https://github.com/acme/specs/blob/abc123/apps/payments.yaml#L17) |") in result.summary
    assert "apps/payments.yaml:17:29: error: Role `deploy` grants `admin`" in result.log  # the text report, in the log
    assert ("::error file=apps/payments.yaml,line=17,col=29,endLine=17,endColumn=34,title=admin-grant::Role `deploy` "
            "grants `admin` on `acme/payments-api` to `team:acme/deployers`") in result.log  # annotations
    assert [call.split()[0] for call in calls(tmp_path / "tools")] == ["--version", "check"]  # oamlint checks once
    assert result.used == []  # opa is on PATH: nothing to cache


def test_steps_pass_a_clean_change_and_honour_fail_on(pull_request: Path, tmp_path: Path, tools_path: str) -> None:
    result = run_action(pull_request, tmp_path, {"base-ref": "main", "fail-on": "never",
                                                  "sarif-file": "out/oamlint.sarif", "paths": "apps"}, tools_path)
    assert (result.code, result.outputs["exit-code"]) == (0, "0"), result.log
    git(pull_request, "checkout", "-q", "main")
    result = run_action(pull_request, tmp_path, {"base-ref": "main", "sarif-file": "out/oamlint.sarif"}, tools_path)
    assert result.code == 0, result.log
    assert result.summary.startswith("### ✅ oamlint: no new findings against `main`\n")
    assert (pull_request / "out/oamlint.sarif").is_file()


def test_on_a_pull_request_the_base_branch_is_fetched_into_a_shallow_checkout(tmp_path: Path, pull_request: Path,
                                                                              tools_path: str) -> None:
    checkout = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", "--depth=1", "--branch", "feature", f"file://{pull_request}", str(checkout))
    result = run_action(checkout, tmp_path, {}, tools_path, GITHUB_BASE_REF="main", GITHUB_EVENT_NAME="pull_request")
    assert result.code == 1, result.log
    assert "oamlint: fetching origin/main (the checkout does not have it)" in result.log
    assert result.summary.startswith("### ❌ oamlint: 1 new error against `origin/main`")


def test_a_base_that_cannot_be_found_fails_with_exit_2_and_the_fix(pull_request: Path, tmp_path: Path,
                                                                   tools_path: str) -> None:
    result = run_action(pull_request, tmp_path, {"base-ref": "no-such-branch"}, tools_path)
    assert (result.code, result.outputs["exit-code"]) == (2, "2")
    assert "oamlint: error: revision `no-such-branch` does not exist" in result.log


def test_without_opa_the_action_provisions_the_pinned_one_and_caches_it_by_version(
        pull_request: Path, tmp_path: Path, installed: Installed, opa_mirror: Mirror,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """oamlint from a fresh install of the wheel (no opa beside its Python), OPA from the loopback mirror."""
    tools = counted(tmp_path / "tools", installed.bin / "oamlint")
    monkeypatch.setenv("OAMLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OAMLINT_OPA_DOWNLOAD_URL", opa_mirror.url)
    result = run_action(pull_request, tmp_path, {"base-ref": "main"}, os.pathsep.join([str(tools), SYSTEM_PATH]))
    assert result.code == 1, result.log
    folder = tmp_path / "cache" / "opa" / "v1.22.3"
    assert result.used == [{"uses": "actions/cache@v4",
                            "with": {"path": str(folder), "key": "oamlint-opa-v1.22.3-Linux-X64"}}]
    assert (folder / "opa").is_file()
    assert [call.split()[0] for call in calls(tools)] == ["--version", "opa", "opa", "check"]
    assert result.summary.startswith("### ❌ oamlint: 1 new error against `main`")


def test_without_opa_or_a_release_host_the_action_says_what_to_do(
        pull_request: Path, tmp_path: Path, installed: Installed, monkeypatch: pytest.MonkeyPatch) -> None:
    tools = counted(tmp_path / "tools", installed.bin / "oamlint")
    monkeypatch.setenv("OAMLINT_CACHE_DIR", str(tmp_path / "cache"))  # the release host: a closed port (conftest)
    result = run_action(pull_request, tmp_path, {"base-ref": "main"}, os.pathsep.join([str(tools), SYSTEM_PATH]))
    assert (result.code, result.outputs["sarif-file"]) == (1, "")  # the check step never ran
    assert "oamlint: error: cannot start OPA: `oamlint opa install`, and OPA v1.22.3 could not be downloaded" in result.log
    assert ("::error title=oamlint::OPA could not be fetched (see the log): set OAMLINT_OPA_DOWNLOAD_URL to a mirror "
            "of OPA's releases, or put opa on PATH (e.g. actions/setup-go before this action, for go install)") in result.log


def test_an_old_python_is_refused_naming_the_version_needed(pull_request: Path, tmp_path: Path) -> None:
    """A stand-in `python3` that reports 3.9: this machine has no Python older than 3.11 to run the check with."""
    old = tmp_path / "old-python"
    old.mkdir()
    write(old / "python3", "#!/bin/sh\nif [ \"$1\" = -c ]; then case \"$2\" in *exit*) exit 1;; *) echo 3.9;; esac; fi\n"
                           "exit 1\n").chmod(0o755)
    result = run_action(pull_request, tmp_path, {}, os.pathsep.join([str(old), SYSTEM_PATH]))
    assert result.code == 1
    assert (f"::error title=oamlint::oamlint needs Python 3.11 or later, but {old / 'python3'} is Python 3.9: add "
            "actions/setup-python (python-version: '3.12') before this action") in result.log


def test_args_are_passed_to_the_check(pull_request: Path, tmp_path: Path, tools_path: str) -> None:
    result = run_action(pull_request, tmp_path, {"base-ref": "main", "args": "--select waivers --ignore drift"},
                        tools_path)
    assert (result.code, result.outputs["exit-code"]) == (0, "0"), result.log
    assert "--select waivers --ignore drift" in calls(tmp_path / "tools")[-1]


def test_install_step_puts_its_tool_directory_on_the_path(pull_request: Path, tmp_path: Path, tools_path: str) -> None:
    result = run_action(pull_request, tmp_path, {"base-ref": "main"}, tools_path)
    assert "oamlint: using " in result.log and "opa: using " in result.log, result.log
    assert (tmp_path / "path-0").read_text() == f"{tmp_path / 'runner-temp' / 'oamlint-action' / 'bin'}\n"
