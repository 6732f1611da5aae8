"""Issue 12 §2: `{{` in a valid spec never switches the check off; only real templates are skipped."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.spec.loader import load_text
from oamlint.spec.template import first_action
from tests.conftest import write

SPEC = """\
# rendered from {{ .Values.repository }} by the release job
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: shop
  annotations:
    vault.hashicorp.com/agent-inject-template-db: |
      {{- with secret "database/creds/shop" -}}
      postgres://{{ .Data.username }}:{{ .Data.password }}@db/shop
      {{- end }}
    note: "{{ .Values.note }}"
    other: '{{ if .x }}y{{ end }}'
spec:
  components:
    - name: shop-api
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/shop-api
            roles:
              deploy: {permission: admin, teams: [acme/deployers]}
"""


def test_a_valid_spec_with_template_markers_in_comments_and_strings_is_linted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "app.yaml", SPEC)
    result = run_cli("check", "app.yaml", "--format", "json", "--select", "admin-grant", "--select", "template-file")
    found = [(f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("admin-grant", 22, 36)]
    assert result.exit_code == 1


def test_a_file_whose_template_actions_break_the_yaml_is_one_note_at_the_first_action() -> None:
    text = "apiVersion: core.oam.dev/v1beta1\n# {{ .comment }}\nkind: X\nmetadata:\n  name: {{ .Values.name }}\n"
    loaded = load_text(text, "t.yaml")
    assert [(v.rule, v.span.line, v.span.column) for v in loaded.violations] == [("template-file", 5, 9)]
    assert loaded.documents == []


def test_a_helm_control_line_makes_a_template_even_when_values_are_quoted() -> None:
    text = '{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\ndata: {a: "{{ .Values.a }}"}\n{{- end }}\n'
    assert [(v.rule, v.span.line) for v in load_text(text, "t.yaml").violations] == [("template-file", 1)]


def test_broken_yaml_with_markers_only_in_comments_and_strings_is_a_syntax_error_not_a_template() -> None:
    text = "apiVersion: core.oam.dev/v1beta1\nkind: X  # {{ .x }}\nspec:\n  a: '{{ .y }}'\n   b: 2\n"
    assert [v.rule for v in load_text(text, "t.yaml").violations] == ["yaml-syntax"]


def test_an_oam_document_before_a_broken_template_document_is_still_linted() -> None:
    """Appending a `{{ … }}` document must not hide the documents before it."""
    text = "apiVersion: core.oam.dev/v1beta1\nkind: Application\nspec: {}\n---\nname: {{ .x }\n"
    loaded = load_text(text, "t.yaml")
    assert [d.kind for d in loaded.documents] == ["Application"]
    assert [v.rule for v in loaded.violations] == ["yaml-syntax"]


@pytest.mark.parametrize(("text", "expected"), [
    ("a: 1 # {{ .x }}\n", None),
    ("a: \"x {{ .x }} y\"\n", None),
    ("a: 'it''s {{ .x }}'\n", None),
    ("a: \"multi\n  line {{ .x }}\"\n", None),
    ("a: |\n  {{ .x }}\n  more\n", None),
    ("- >-\n    {{ .x }}\nb: {{ .y }}\n", (3, 4)),
    ("a: |\n  {{ .x }}\nb: {{ .y }}\n", (3, 4)),
    ("a: it's {{ .x }}\n", (1, 9)),
    ("a: x#{{ .x }}\n", (1, 6)),
    ("a: {{ .x }}\n", (1, 4)),
    ("a: '{{ .x }}' {{ .y }}\n", (1, 15)),
])
def test_first_action_skips_comments_and_strings(text: str, expected: tuple[int, int] | None) -> None:
    assert first_action(text) == expected
