"""Issue 12 §3: a byte-order mark at any document start, in files and on standard input; look-alikes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from oamlint.cli import cli
from oamlint.spec.loader import load_text
from tests.conftest import write

CLEAN = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: {name: clean}
spec:
  components:
    - name: clean-api
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/clean-api
            roles:
              deploy: {permission: write, teams: [acme/deployers]}
"""
BAD = CLEAN.replace("clean", "bad").replace("permission: write", "permission: admin")
# `cat clean.yaml bad.yaml` where bad.yaml was saved by a Windows editor (with a BOM) and starts with `---`,
# and the same where the BOM sits on the first line after the marker.
BEFORE_MARKER = CLEAN + "\ufeff---\n" + BAD
AFTER_MARKER = CLEAN + "---\n\ufeff" + BAD
ADMIN_LINE = len(CLEAN.splitlines()) + 1 + 13  # the admin grant in the second document


@pytest.mark.parametrize("stream", [BEFORE_MARKER, AFTER_MARKER])
def test_a_bom_at_a_later_document_start_is_read_as_a_document_start(stream: str) -> None:
    loaded = load_text(stream, "all.yaml")
    assert [d.data["metadata"]["name"] for d in loaded.documents] == ["clean", "bad"]
    assert loaded.violations == []
    doc = loaded.documents[1]
    assert doc.source_map.locate(("apiVersion",)).line == len(CLEAN.splitlines()) + 2


def test_stdin_with_concatenated_bom_files_reports_the_second_application(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    stream = ("\ufeff" + CLEAN + "---\n\ufeff" + BAD).encode("utf-8")
    result = CliRunner().invoke(cli, ["check", "-", "--format", "json", "--select", "admin-grant"], input=stream)
    report = json.loads(result.stdout)
    assert [(f["file"], f["line"], f["rule"]) for f in report["findings"]] == [("<stdin>", ADMIN_LINE, "admin-grant")]
    assert report["summary"]["documents"] == 2 and result.exit_code == 1


def test_a_file_with_a_bom_in_a_later_document_is_linted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "all.yaml").write_bytes(("\ufeff" + BEFORE_MARKER).encode("utf-8"))
    result = run_cli("check", "all.yaml", "--format", "json", "--select", "admin-grant")
    assert [(f["line"], f["rule"]) for f in json.loads(result.stdout)["findings"]] == [(ADMIN_LINE, "admin-grant")]


def test_a_bom_inside_a_document_is_left_alone_and_the_lookalike_is_a_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    """A mark after content (here a comment-free line) does not start a document: the key keeps it,
    and the document that is not OAM because of it is reported, not dropped."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "odd.yaml", "# header\nkind: Application\n\ufeffapiVersion: core.oam.dev/v1beta1\nspec: {}\n")
    result = run_cli("check", "odd.yaml", "--format", "json")
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["rule"], finding["line"], finding["column"]) == ("unread-document", 3, 1)
    assert "`\\ufeffapiVersion` is not `apiVersion` (it holds the invisible character U+FEFF)" in finding["message"]
    assert result.exit_code == 1


@pytest.mark.parametrize(("text", "line", "says"), [
    ("ApiVersion: core.oam.dev/v1beta1\nkind: Application\n", 1, "Key `ApiVersion` is not `apiVersion`"),
    ("kind: Application\napi_version: core.oam.dev/v1beta1\n", 2, "Key `api_version` is not `apiVersion`"),
    ("apiVersion: ' core.oam.dev/v1beta1'\nkind: Application\n", 1, "write `core.oam.dev/v1beta1`"),
    ("apiVersion: Core.OAM.dev/v1beta1\nkind: Application\n", 1, "`apiVersion` is `Core.OAM.dev/v1beta1`"),
])
def test_documents_that_look_like_oam_are_findings(text: str, line: int, says: str) -> None:
    [violation] = load_text(text, "x.yaml").violations
    assert (violation.rule, violation.span.line) == ("unread-document", line)
    assert says in violation.message


@pytest.mark.parametrize("text", [
    "apiVersion: argoproj.io/v1alpha1\nkind: Application\n",
    "apiVersion: v1\nkind: ConfigMap\ndata: {apiVersion: core.oam.dev/v1beta1}\n",
    "just: data\n",
])
def test_other_yaml_is_skipped_without_a_finding(text: str) -> None:
    loaded = load_text(text, "x.yaml")
    assert loaded.violations == [] and loaded.documents == []


def test_a_lookalike_fails_a_narrowed_gate_and_no_comment_in_it_passes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    """Found by a tester: reported as `schema`, a look-alike passed `--select least-privilege` (the README's
    pre-commit example) and an inline ignore of `schema` in the file itself. Now `unread-document`, an unread rule."""
    monkeypatch.chdir(tmp_path)
    text = ("# oamlint ignore[schema, unread-document]: vendor extension field\nApiVersion: core.oam.dev/v1beta1\n"
            "kind: Application\nmetadata: {name: a}\nspec: {components: [{name: c, type: webservice, traits: [{type: "
            "git-access, properties: {repository: acme/a, roles: {deploy: {permission: admin, teams: [acme/x]}}}}]}]}\n")
    write(tmp_path / "a.yaml", text)
    for narrowed in ((), ("--select", "least-privilege")):
        result = run_cli("check", "a.yaml", "--format", "json", *narrowed)
        found = [(f["rule"], f["line"], f["suppressed"]) for f in json.loads(result.stdout)["findings"]]
        assert result.exit_code == 1 and ("unread-document", 2, False) in found, (narrowed, found)
    assert run_cli("check", "a.yaml", "--ignore", "unread-document,ignore-without-reason").exit_code == 0


@pytest.mark.parametrize("kind", ["List", "ApplicationList"])
def test_an_application_inside_a_list_is_a_finding_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result], kind: str
) -> None:
    """Found by a tester: kubectl applies each item of a `List`, but oamlint read none of them and passed the file."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "list.yaml", f"apiVersion: v1\nkind: {kind}\nitems:\n  - {{apiVersion: v1, kind: ConfigMap}}\n"
          "  - apiVersion: core.oam.dev/v1beta1\n    kind: Application\n    metadata: {name: a}\n")
    result = run_cli("check", "list.yaml", "--format", "json", "--select", "least-privilege")
    [finding] = json.loads(result.stdout)["findings"]
    assert (result.exit_code, finding["rule"], finding["line"]) == (1, "unread-document", 3)
    assert f"This `{kind}` has `items`" in finding["message"] and "`items[1]` is an OAM document" in finding["message"]
    write(tmp_path / "list.yaml", "apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap}\n")
    assert run_cli("check", "list.yaml").exit_code == 0
