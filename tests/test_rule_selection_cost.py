"""A rule that is off is not evaluated: main.rego evaluates only the rules `input.rules` lists
(oamlint/lint.py `envelope` fills it from the levels after --select/--ignore), so one rule costs one rule. Nor is an
answer nobody asked for (`input.answers`): the names `drift --gogs-url` looks up cost as much as a rule.

Checked with OPA's own profiler over the real policies: the rule files OPA spent time in."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from oamlint.bundle_files import policy_files
from oamlint.config import load_config, select_rules
from oamlint.lint import envelope
from oamlint.options import EngineOptions
from oamlint.spec.discovery import discover
from oamlint.spec.loader import load_file
from tests.conftest import REPO

EXAMPLES = REPO / "examples"


def _input(tmp_path: Path, select: tuple[str, ...], ignore: tuple[str, ...] = (), answers: tuple[str, ...] = ()
           ) -> Path:
    config = select_rules(load_config(str(EXAMPLES / ".oamlint.yaml")), select, ignore)
    documents = [doc for path in discover((str(EXAMPLES / "apps"),)) for doc in load_file(path).documents]
    target = tmp_path / "input.json"
    target.write_text(json.dumps(envelope(documents, config, EngineOptions(), None, answers)))
    return target


def _evaluate(opa_binary: str, given: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(OPA's profile, data.oamlint.output) over `given`."""
    data = [arg for path in policy_files() for arg in ("-d", str(path))]
    done = subprocess.run([opa_binary, "eval", "--profile", "--profile-limit", "100000", "--format", "json", *data, "-i", str(given),
                           "data.oamlint.output"], capture_output=True, text=True, timeout=300, check=True)
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer["profile"], answer["result"][0]["expressions"][0]["value"]


def _profile(opa_binary: str, given: Path) -> tuple[set[str], set[str]]:
    """(rule folders OPA spent time in, rules with findings) for data.oamlint.output over `given`."""
    profile, output = _evaluate(opa_binary, given)
    files = {Path(entry["location"]["file"]).parent.name for entry in profile
             if "/rules/" in entry["location"]["file"] and entry.get("num_eval", 0) > 0}
    return files, {finding["rule"] for finding in output["findings"]}


def test_select_one_rule_evaluates_only_that_rule(opa_binary: str, tmp_path: Path) -> None:
    evaluated, found = _profile(opa_binary, _input(tmp_path, ("admin-grant",)))
    assert evaluated == {"admin-grant"}
    assert found == {"admin-grant"}


def test_ignored_rules_are_not_evaluated_and_the_rest_are(opa_binary: str, tmp_path: Path) -> None:
    evaluated, found = _profile(opa_binary, _input(tmp_path, (), ("admin-grant", "least-privilege")))
    assert "admin-grant" not in evaluated and "plaintext-secret" not in evaluated
    assert {"missing-role", "type-needs-role"} <= evaluated  # rbac-mapping rules still run
    assert found and not found & {"admin-grant", "plaintext-secret", "direct-user-grant"}


def test_an_input_without_rules_evaluates_every_rule(opa_binary: str, tmp_path: Path) -> None:
    given = _input(tmp_path, ())
    document = json.loads(given.read_text())
    del document["rules"]
    given.write_text(json.dumps(document))
    evaluated, found = _profile(opa_binary, given)
    assert {"admin-grant", "plaintext-secret", "missing-role"} <= evaluated
    assert {"admin-grant", "plaintext-secret", "direct-user-grant"} <= found


def test_the_names_to_look_up_are_computed_only_when_asked_for(opa_binary: str, tmp_path: Path) -> None:
    """`lookups` (lib/drift.rego) walks every declared role: a plain check, which does not ask for it, never enters
    lib/drift.rego and answers it empty; `drift --gogs-url` asks for it (commands/drift.py `spec_lookups`)."""
    def drift_lines(profile: list[dict[str, Any]]) -> int:
        return sum(entry.get("num_eval", 0) for entry in profile if entry["location"]["file"].endswith("lib/drift.rego"))

    profile, output = _evaluate(opa_binary, _input(tmp_path, ("admin-grant",)))
    assert drift_lines(profile) == 0
    assert output["lookups"] == {"repositories": [], "organizations": []} and output["declared"] == []
    profile, output = _evaluate(opa_binary, _input(tmp_path, ("admin-grant",), answers=("lookups",)))
    assert drift_lines(profile) > 0
    assert "acme/payments-api" in output["lookups"]["repositories"] and output["declared"] == []
