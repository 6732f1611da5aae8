"""The Rego side is checked by OPA itself: format, strict compile, unit tests, coverage."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import REPO

POLICY_DIRS = ["rego", "rules"]
MIN_COVERAGE = 90.0


def opa(opa_binary: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([opa_binary, *args], cwd=REPO, capture_output=True, text=True, timeout=300)


def test_rego_is_formatted_by_opa_fmt(opa_binary: str) -> None:
    result = opa(opa_binary, "fmt", "--list", "--fail", *POLICY_DIRS)
    assert result.returncode == 0, f"run `opa fmt --write rego rules`; unformatted:\n{result.stdout}"


def test_rego_passes_opa_check_strict(opa_binary: str) -> None:
    result = opa(opa_binary, "check", "--strict", *POLICY_DIRS)
    assert result.returncode == 0, result.stderr


def test_rego_unit_tests_pass_with_enough_coverage(opa_binary: str) -> None:
    result = opa(opa_binary, "test", "--coverage", "--format", "json", *POLICY_DIRS)
    assert result.returncode == 0, f"`opa test rego rules` failed:\n{result.stdout[-4000:]}{result.stderr}"
    report = json.loads(result.stdout)
    assert report["coverage"] >= MIN_COVERAGE, f"Rego coverage {report['coverage']:.1f}% < {MIN_COVERAGE}%"


def test_every_rego_rule_has_tests_that_opa_runs(opa_binary: str) -> None:
    result = opa(opa_binary, "test", "--format", "json", *POLICY_DIRS)
    packages = {t["package"] for t in json.loads(result.stdout)}
    rules = sorted(p.parent for p in (REPO / "rules").glob("*/*/*.rego") if not p.name.endswith("_test.rego"))
    for folder in rules:
        # `opa fmt` writes a category that is a plain identifier as `rules.drift[...]`.
        category = folder.parent.name
        prefix = f"data.oamlint.rules.{category}" if category.isidentifier() else f'data.oamlint.rules["{category}"]'
        expected = f'{prefix}["{folder.name}_test"]'
        assert expected in packages, f"no tests ran for {folder.relative_to(REPO)}"
