"""End-to-end golden files: `oamlint check` over examples/ in every output format.

examples/ fires every static rule (and, with its Gogs export, the drift rules), so a change in
any rule's message, position, fingerprint or a format's layout shows up here as a diff.
Regenerate after an intended change with `OAMLINT_UPDATE_GOLDEN=1 ./scripts/test tests/test_golden.py`
and review the diff like code.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint import locations
from oamlint.catalogue import load_catalogue
from tests.conftest import REPO

EXAMPLES = REPO / "examples"
GOLDEN = Path(__file__).parent / "golden"
NOW = "2026-11-25T00:00:00Z"
FORMATS = {"text": "txt", "json": "json", "sarif": "sarif", "markdown": "md", "github": "github"}


def _normalise(text: str) -> str:
    """The one machine-dependent value: SARIF's %SRCROOT% is the URI of the checkout (git's top level)."""
    return text.replace(locations.root_uri(locations.source_root(str(EXAMPLES))), "file:///SRCROOT/")


@pytest.mark.parametrize("output_format", FORMATS)
def test_examples_report_matches_golden_file(
    output_format: str, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    for variable in [name for name in os.environ if name.startswith("GITHUB_")]:
        monkeypatch.delenv(variable)
    result = run_cli("check", ".", "--now", NOW, "--format", output_format)
    assert result.exit_code == 1, result.stderr
    actual = _normalise(result.stdout)
    golden = GOLDEN / f"examples.{FORMATS[output_format]}"
    if os.environ.get("OAMLINT_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


# 95 days after the example export was taken (tests/gogs/acme_example.py makes it anew): its credentials are stale
DRIFT_NOW = (datetime.datetime.fromisoformat(json.loads((EXAMPLES / "gogs" / "acme-export.json").read_text(
    encoding="utf-8"))["provenance"]["sourceTime"]) + datetime.timedelta(days=95)).strftime("%Y-%m-%dT00:00:00Z")


def test_examples_with_their_gogs_export_match_golden_file(
    run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    result = run_cli("check", ".", "--now", DRIFT_NOW, "--export", "gogs/acme-export.json")
    assert result.exit_code == 1, result.stderr
    golden = GOLDEN / "examples-drift.txt"
    if os.environ.get("OAMLINT_UPDATE_GOLDEN") == "1":
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_examples_with_their_gogs_export_fire_every_drift_rule_a_complete_export_can(
    run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    report = json.loads(run_cli("check", ".", "--now", DRIFT_NOW, "--export", "gogs/acme-export.json",
                                "--format", "json").stdout)
    fired = {finding["rule"] for finding in report["findings"]}
    drift = {slug for slug, rule in load_catalogue().items() if rule.category == "drift"}
    # incomplete-export needs an API export, which the example (from a backup) is not.
    assert drift - fired == {"incomplete-export"}


def test_examples_fire_every_rule_that_needs_no_gogs_export(
    run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    report = json.loads(run_cli("check", ".", "--now", NOW, "--format", "json").stdout)
    fired = {finding["rule"] for finding in report["findings"]}
    static = {slug for slug, rule in load_catalogue().items() if rule.category != "drift"}
    # What git cannot hold (an unreadable directory, a FIFO) or an example should not (a YAML bomb, a misspelt
    # `apiVersion`, a workflow oamlint does not model) is fired by tests/spec/test_hostile_yaml.py, test_discovery.py,
    # realspecs/test_bom.py and realspecs/test_unmodelled.py instead.
    assert static - fired == {"input-limit", "unreadable-path", "skipped-path", "unread-document", "unmodelled-workflow"}
