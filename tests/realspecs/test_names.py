"""Issue 12 §4: names that YAML reads as numbers or booleans."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import write

APP = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: {{name: shop}}
spec:
  components:
    - name: {component}
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/shop
            roles:
              deploy: {{permission: write, users: [{user}]}}
            credentials: {{kind: deploy-key, ttl: 1h, roles: [{role}]}}
"""


def lint(tmp_path: Path, run_cli: Callable[..., Result], **names: str) -> tuple[Result, list[dict[str, object]]]:
    write(tmp_path / "app.yaml", APP.format(**{"component": "shop-api", "user": "alice", "role": "deploy", **names}))
    result = run_cli("check", str(tmp_path / "app.yaml"), "--format", "json", "--select", "structure",
                     "--select", "direct-user-grant")
    return result, json.loads(result.stdout)["findings"]


def test_a_number_as_a_user_is_a_schema_finding_that_says_how_to_quote_and_rules_see_the_text(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    result, findings = lint(tmp_path, run_cli, user="007")
    brief = [(f["rule"], f["line"], f["column"]) for f in findings]
    assert brief == [("direct-user-grant", 13, 51), ("schema", 13, 51)]
    schema = findings[1]
    assert schema["message"] == ('expected a string, got a number (7); YAML reads the unquoted `007` as a number: '
                                 'write `"007"`')
    grant = findings[0]
    assert grant["properties"]["principal"] == "user:007" and "`007`" in str(grant["message"])
    assert "%!" not in result.stdout and "int64" not in result.stdout


@pytest.mark.parametrize(("names", "line", "column", "shown"), [
    ({"component": "1e3"}, 6, 13, "`1e3` as a number: write `\"1e3\"`"),
    ({"role": "true"}, 14, 62, "`true` as a boolean: write `\"true\"`"),
])
def test_numbers_and_booleans_as_other_names_are_schema_findings(
    tmp_path: Path, run_cli: Callable[..., Result], names: dict[str, str], line: int, column: int, shown: str
) -> None:
    _, findings = lint(tmp_path, run_cli, **names)
    [schema] = [f for f in findings if f["rule"] == "schema"]
    assert (schema["line"], schema["column"]) == (line, column) and shown in str(schema["message"])


@pytest.mark.parametrize(("names", "line", "column", "word", "boolean"), [
    ({"component": "no"}, 6, 13, "no", "false"),
    ({"user": "On"}, 13, 51, "On", "true"),
    ({"role": "OFF"}, 14, 62, "OFF", "false"),
])
def test_yaml11_booleans_as_names_are_warnings_with_the_fix(
    tmp_path: Path, run_cli: Callable[..., Result], names: dict[str, str], line: int, column: int, word: str,
    boolean: str,
) -> None:
    _, findings = lint(tmp_path, run_cli, **names)
    [warning] = [f for f in findings if f["rule"] == "boolean-like-name"]
    assert (warning["level"], warning["line"], warning["column"]) == ("warning", line, column)
    assert warning["message"] == (f"`{word}` is read as a string here, but kubectl and KubeVela read YAML 1.1, where "
                                  f"an unquoted `{word}` is the boolean {boolean}; write `\"{word}\"`")
    assert [f["rule"] for f in findings if f["rule"] == "schema"] == []


def test_quoted_words_and_free_form_properties_are_not_reported(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    text = APP.format(component='"no"', user="'on'", role="deploy").replace(
        "      type: webservice\n", "      type: webservice\n      properties: {debug: yes, replicas: 007}\n")
    write(tmp_path / "app.yaml", text)
    result = run_cli("check", str(tmp_path / "app.yaml"), "--format", "json", "--select", "structure")
    assert json.loads(result.stdout)["findings"] == []
