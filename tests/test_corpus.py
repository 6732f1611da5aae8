"""900+ real OAM files written by others: read without a crash, right syntax findings."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable

import pytest
from click.testing import Result

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


def test_templates_are_one_note_each(corpus_report: dict[str, object]) -> None:
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text())["files"]
    templated = {r["corpus_path"] for r in manifest if "go_template" in r}
    notes = Counter(_relative(f) for f in corpus_report["findings"] if f["rule"] == "template-file")  # type: ignore[attr-defined]
    assert set(notes.values()) == {1}
    assert set(notes) <= templated and len(notes) >= len(templated) - 1
