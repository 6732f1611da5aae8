"""YAML loading: documents, source maps, and the loader's own findings."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oamlint.findings import Span
from oamlint.spec.loader import load_file, load_text

APP = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: payments
spec:
  components:
    - name: payments-api
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/payments-api
            roles:
              deploy:
                permission: admin
"""


def test_scalar_path_points_at_the_value() -> None:
    doc = load_text(APP, "app.yaml").documents[0]
    path = ("spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "permission")
    assert doc.source_map.locate(path) == Span(15, 29, 15, 34)


def test_mapping_path_points_at_its_key() -> None:
    doc = load_text(APP, "app.yaml").documents[0]
    assert doc.source_map.locate(("spec", "components", 0, "traits")) == Span(9, 7, 9, 13)


def test_missing_key_points_at_nearest_existing_ancestor() -> None:
    doc = load_text(APP, "app.yaml").documents[0]
    path = ("spec", "components", 0, "traits", 0, "properties", "credentials", "ttl")
    assert doc.source_map.locate(path) == Span(11, 11, 11, 21)


def test_documents_are_plain_json_data() -> None:
    doc = load_text("apiVersion: core.oam.dev/v1beta1\nkind: X\nn: 3\nf: 1.5\nb: true\nd: 2026-12-31\nz: null\n", "x.yaml")
    assert doc.documents[0].data == {
        "apiVersion": "core.oam.dev/v1beta1", "kind": "X", "n": 3, "f": 1.5, "b": True, "d": "2026-12-31", "z": None,
    }


def test_multi_document_file_keeps_indexes_and_skips_non_oam() -> None:
    text = "apiVersion: v1\nkind: Secret\n---\n---\n" + APP
    loaded = load_text(text, "multi.yaml")
    assert [(d.index, d.kind) for d in loaded.documents] == [(2, "Application")]
    assert loaded.violations == []
    assert loaded.documents[0].source_map.locate(("kind",)) == Span(6, 7, 6, 18)


def test_crlf_and_bom_give_the_same_positions() -> None:
    plain = load_text(APP, "a.yaml").documents[0]
    crlf = load_text("\ufeff" + APP.replace("\n", "\r\n"), "a.yaml").documents[0]
    path = ("spec", "components", 0, "traits", 0, "properties", "repository")
    assert crlf.data == plain.data
    assert crlf.source_map.locate(path) == plain.source_map.locate(path) == Span(12, 25, 12, 42)


def test_tabs_inside_block_scalars_are_kept() -> None:
    text = "apiVersion: core.oam.dev/v1beta1\nkind: X\nscript: |\n  a\tb\n\tc\nafter: 1\n"
    loaded = load_text(text.replace("\n\tc", "\n  \tc"), "t.yaml")
    assert loaded.documents[0].data["script"] == "a\tb\n\tc\n"


def test_invalid_yaml_is_a_yaml_syntax_violation_at_the_parser_position() -> None:
    loaded = load_text("apiVersion: core.oam.dev/v1beta1\nkind: X\nspec:\n  a: 1\n   b: 2\n", "bad.yaml")
    [violation] = loaded.violations
    assert (violation.rule, violation.span.line, violation.span.column) == ("yaml-syntax", 5, 5)
    assert violation.message == "YAML syntax error: mapping values are not allowed here"
    assert loaded.documents == []


def test_duplicate_key_is_reported_at_the_second_occurrence() -> None:
    loaded = load_text("apiVersion: core.oam.dev/v1beta1\nkind: X\nspec:\n  a: 1\n  a: 2\n", "dup.yaml")
    [violation] = loaded.violations
    assert violation.rule == "duplicate-key"
    assert violation.span == Span(5, 3, 5, 4)
    assert violation.message.startswith("Key `a` appears twice in this mapping (first on line 4)")


def test_go_template_file_is_one_note_and_skipped() -> None:
    loaded = load_text("apiVersion: core.oam.dev/v1beta1\nkind: X\nmetadata:\n  name: {{ .Values.name }}\n", "t.yaml")
    [violation] = loaded.violations
    assert (violation.rule, violation.span.line, violation.span.column) == ("template-file", 4, 9)
    assert loaded.documents == []


def test_double_braces_that_are_not_go_template_actions_are_linted() -> None:
    loaded = load_text("apiVersion: core.oam.dev/v1beta1\nkind: X\nformat: '{{ kubernetes.pod_name }}'\n", "v.yaml")
    assert loaded.violations == [] and len(loaded.documents) == 1


def test_anchors_aliases_and_merge_keys_resolve() -> None:
    text = "apiVersion: core.oam.dev/v1beta1\nkind: X\nbase: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\n"
    assert load_text(text, "m.yaml").documents[0].data["other"] == {"x": 1, "y": 3}


keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
values = st.one_of(st.integers(-1000, 1000), st.booleans(), st.text(alphabet="abcxyz -_", min_size=1, max_size=12))
trees = st.recursive(values, lambda inner: st.dictionaries(keys, inner, min_size=1, max_size=4), max_leaves=12)


def _render(value: object, indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    assert isinstance(value, dict)
    for key, item in value.items():
        if isinstance(item, dict):
            lines.append(f"{pad}{key}:")
            lines.extend(_render(item, indent + 2))
        else:
            rendered = str(item).lower() if isinstance(item, bool) else (f'"{item}"' if isinstance(item, str) else str(item))
            lines.append(f"{pad}{key}: {rendered}")
    return lines


def _leaves(value: object, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in _leaves(item, path + (key,))]
    return [(path, value)]


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(keys, trees, min_size=1, max_size=4))
def test_every_scalar_is_located_on_the_line_that_holds_it(tree: dict[str, object]) -> None:
    body = {"apiVersion": "core.oam.dev/v1beta1", "kind": "X", **{f"f{k}": v for k, v in tree.items()}}
    lines = _render(body, 0)
    doc = load_text("\n".join(lines) + "\n", "p.yaml").documents[0]
    assert doc.data == body
    for path, value in _leaves(body):
        span = doc.source_map.locate(path)
        line = lines[span.line - 1]
        assert line.strip().startswith(f"{path[-1]}:")
        expected = str(value).lower() if isinstance(value, bool) else (f'"{value}"' if isinstance(value, str) else str(value))
        assert line[span.column - 1: span.end_column - 1] == expected


def test_valid_yaml_12_that_libyaml_rejects_still_loads() -> None:
    text = "apiVersion: core.oam.dev/v1beta1\nkind: X\nmatch: {principal: user:alice, url: https://git.example.com}\n"
    loaded = load_text(text, "flow.yaml")
    assert loaded.violations == []
    assert loaded.documents[0].data["match"] == {"principal": "user:alice", "url": "https://git.example.com"}
    assert loaded.documents[0].source_map.locate(("match", "principal")) == Span(3, 20, 3, 30)


def test_documents_before_a_syntax_error_are_still_linted() -> None:
    loaded = load_text(APP + "---\nkey: [unclosed\n", "two.yaml")
    assert [d.kind for d in loaded.documents] == ["Application"]
    assert [v.rule for v in loaded.violations] == ["yaml-syntax"]


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(APP.encode())))
    loaded = load_file("-")
    assert (loaded.file, [d.kind for d in loaded.documents]) == ("<stdin>", ["Application"])
