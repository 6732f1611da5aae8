"""900+ real OAM files written by others: read without a crash, right syntax findings."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import CORPUS

BROKEN = "oam/kubevela/docs/examples/canary-rollout-use-case/rollback.yaml"
DUPLICATE = "oam/kubevela/test/e2e-test/testdata/definition/replica-webservice.yaml"


@pytest.fixture(scope="module")
def corpus_report() -> dict[str, object]:
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing at {CORPUS}")
    from click.testing import CliRunner

    from oamlint.cli import cli

    result = CliRunner().invoke(cli, ["check", str(CORPUS / "oam"), "--format", "json"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.stderr
    return dict(json.loads(result.stdout))


def _relative(finding: dict[str, object]) -> str:
    return str(finding["file"]).split("corpus/", 1)[1]


def test_every_corpus_file_is_read(corpus_report: dict[str, object]) -> None:
    summary = corpus_report["summary"]
    assert summary["files"] == len(list((CORPUS / "oam").rglob("*.y*ml")))  # type: ignore[index]
    assert summary["documents"] > 800  # type: ignore[index]


def test_only_the_broken_file_has_a_yaml_syntax_error(corpus_report: dict[str, object]) -> None:
    syntax = [f for f in corpus_report["findings"] if f["rule"] == "yaml-syntax"]  # type: ignore[attr-defined]
    assert [(_relative(f), f["line"], f["column"]) for f in syntax] == [(BROKEN, 27, 13)]


def test_the_duplicate_key_is_found_at_its_second_occurrence(corpus_report: dict[str, object]) -> None:
    duplicates = [f for f in corpus_report["findings"] if f["rule"] == "duplicate-key"]  # type: ignore[attr-defined]
    assert [(_relative(f), f["line"]) for f in duplicates] == [(DUPLICATE, 601)]


def test_templates_are_one_note_each_unless_they_parse_to_oam(corpus_report: dict[str, object]) -> None:
    """A file with `{{ … }}` is a skipped template only when its YAML gives no OAM document; the four
    whose placeholders sit inside plain values or strings (`name: app-{{ .Env.APP_ID }}`) parse, and are linted."""
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text())["files"]
    templated = {r["corpus_path"]: r for r in manifest if "go_template" in r}
    notes = Counter(_relative(f) for f in corpus_report["findings"] if f["rule"] == "template-file")  # type: ignore[attr-defined]
    assert set(notes.values()) == {1}
    assert set(notes) <= set(templated)
    linted = {path for path, record in templated.items() if path not in notes}
    assert linted == {path for path, record in templated.items() if record["parse"] == "ok"
                      and any(doc[0].startswith("core.oam.dev/") for doc in record["docs"])}


def _oam_documents(skipped: set[str], kinds: tuple[str, ...] = ("Application", "ApplicationConfiguration")
                   ) -> Iterator[dict[str, Any]]:
    """Every OAM document of `kinds` the corpus holds, read independently of oamlint's loader (ruamel's safe loader),
    leaving out the unparsable files and `skipped`."""
    from ruamel.yaml import YAML

    manifest = json.loads((CORPUS / "MANIFEST.json").read_text())["files"]
    for record in manifest:
        if record["corpus_path"] in skipped or record["parse"] != "ok" or "duplicate_keys" in record:
            continue
        for doc in YAML(typ="safe", pure=True).load_all((CORPUS / record["corpus_path"]).read_text(encoding="utf-8-sig")):
            if isinstance(doc, dict) and str(doc.get("apiVersion", "")).startswith("core.oam.dev/") \
                    and doc.get("kind") in kinds:
                yield doc


def _components_in_corpus(skipped: set[str]) -> int:
    return sum(len((doc.get("spec") or {}).get("components") or []) for doc in _oam_documents(skipped))


def _unmodelled_in_corpus(skipped: set[str]) -> int:
    """What KubeVela would deploy from outside an Application's own policies and steps: `workflow.ref`,
    `env-binding` policies, `deploy2env` steps (also in a step group), deploy steps naming undeclared policies or
    holding `inlinePolicies`; and override Policy objects and Workflow objects."""
    count = sum(doc.get("kind") == "Workflow" or doc.get("type") in ("override", "env-binding")
                for doc in _oam_documents(skipped, ("Policy", "Workflow")))
    for doc in _oam_documents(skipped):
        spec = doc.get("spec") or {}
        workflow = spec.get("workflow") or {}
        declared = {p.get("name") for p in spec.get("policies") or []}
        count += bool(workflow.get("ref")) + sum(p.get("type") == "env-binding" for p in spec.get("policies") or [])
        for step in workflow.get("steps") or []:
            for one in [step, *(step.get("subSteps") or [])] if step.get("type") == "step-group" else [step]:
                count += one.get("type") == "deploy2env"
                deploy = (one.get("properties") or {}) if one.get("type") == "deploy" else {}
                count += sum(name not in declared for name in deploy.get("policies") or []) + ("inlinePolicies" in deploy)
    return count


def test_specs_without_git_access_give_missing_repository_per_component_and_nothing_unexpected(
    corpus_report: dict[str, object],
) -> None:
    findings = corpus_report["findings"]  # type: ignore[assignment]
    rules = Counter(f["rule"] for f in findings)  # type: ignore[attr-defined]
    # No config and no git-access anywhere: only rules whose input is present may fire.
    assert set(rules) <= {"missing-repository", "plaintext-secret", "schema", "template-file", "yaml-syntax",
                          "duplicate-key", "unmodelled-workflow"}
    templates = {_relative(f) for f in findings if f["rule"] == "template-file"}  # type: ignore[index]
    assert rules["missing-repository"] == _components_in_corpus(templates)
    assert rules["unmodelled-workflow"] == _unmodelled_in_corpus(templates) > 0  # KubeVela's env-binding examples
