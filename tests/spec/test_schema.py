"""oamlint's own OAM schemas: plain-word messages, and the same decisions as the CRDs on real documents."""

from __future__ import annotations

import collections
import copy
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from oamlint.spec.schema import SchemaViolation, schema_for, validate

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"
# Where the CRD-derived "faithful" schemas are taken from, most preferred first (see the corpus README).
REFERENCE_SOURCES = ("kubevela-v1.11.0-alpha.4", "kubevela-workflow", "kubevela-v1.0.7", "oam-kubernetes-runtime")
V1BETA1 = "core.oam.dev/v1beta1"
V1ALPHA2 = "core.oam.dev/v1alpha2"
COVERED = [
    (V1BETA1, "Application"),
    (V1BETA1, "ComponentDefinition"),
    (V1BETA1, "TraitDefinition"),
    (V1BETA1, "PolicyDefinition"),
    (V1BETA1, "WorkflowStepDefinition"),
    (V1ALPHA2, "Component"),
    (V1ALPHA2, "ApplicationConfiguration"),
    (V1ALPHA2, "TraitDefinition"),
    (V1ALPHA2, "ScopeDefinition"),
]
# "<kind> <apiVersion>: <field> <removed|retyped>" → why our schema and the CRD-derived one differ there by design.
# Intrinsic: for an `x-kubernetes-embedded-resource` object the API server checks that `apiVersion` and `kind` are
# strings and `metadata` an object; the mechanically derived schemas only require the two keys, ours check the types.
EMBEDDED = "the API server type-checks an embedded object's apiVersion, kind and metadata; the derived schema does not"
EMBEDDED_OBJECTS = [("Component", "spec.workload"), ("ApplicationConfiguration", "spec.components[].traits[].trait")]
INTRINSIC_FIELD_DISAGREEMENTS = {
    f"{kind} {V1ALPHA2}: {field}.{key} retyped": EMBEDDED
    for kind, field in EMBEDDED_OBJECTS
    for key in ("apiVersion", "kind", "metadata")
}

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared OAM corpus is not at {CORPUS}")


def document(api_version: str, kind: str, spec: Any) -> dict[str, Any]:
    return {"apiVersion": api_version, "kind": kind, "metadata": {"name": "example"}, "spec": spec}


def application(component: dict[str, Any]) -> dict[str, Any]:
    return document(V1BETA1, "Application", {"components": [component]})


WEB = {"name": "web", "type": "webservice", "properties": {"image": "nginx:1.27"}}
CUE = {"cue": {"template": "output: {}"}}


def test_a_valid_application_passes() -> None:
    trait = {"type": "scaler", "properties": {"replicas": 2}}
    workflow = {"steps": [{"name": "deploy", "type": "deploy", "subSteps": [{"type": "suspend"}]}]}
    spec = {"components": [{**WEB, "traits": [trait]}], "policies": [{"type": "topology"}], "workflow": workflow}

    assert validate(document(V1BETA1, "Application", spec)) == []


def test_a_component_without_type_is_reported_at_the_missing_key() -> None:
    assert validate(application({"name": "web"})) == [
        SchemaViolation(("spec", "components", 0, "type"), "`type` is required")
    ]


def test_a_number_where_a_string_belongs_names_both_types() -> None:
    assert validate(application({**WEB, "name": 42})) == [
        SchemaViolation(("spec", "components", 0, "name"), "expected a string, got a number (42)")
    ]


def test_null_fields_are_dropped_as_the_api_server_does() -> None:
    component = {**WEB, "traits": None, "properties": None, "dependsOn": None}

    assert validate(application(component)) == []
    assert validate(document(V1BETA1, "TraitDefinition", None)) == []


def test_a_null_inside_a_list_is_still_reported() -> None:
    assert validate(application({**WEB, "dependsOn": [None]})) == [
        SchemaViolation(("spec", "components", 0, "dependsOn", 0), "expected a string, got null")
    ]


def test_nulls_are_dropped_where_a_key_is_not_a_string_too() -> None:
    """A mapping with a non-string key (YAML `1: x`) cannot be written as JSON, so the quick test for `null` fails on
    it: such a document is walked, and its nulls are dropped all the same."""
    component = {**WEB, "properties": {1: "one"}, "traits": None}

    assert validate(application(component)) == validate(application({**WEB, "properties": {1: "one"}}))
    assert validate(application({**WEB, "type": None, "properties": {1: "one"}})) == [
        SchemaViolation(("spec", "components", 0, "type"), "`type` is required")
    ]


def test_a_required_key_set_to_null_is_reported_as_missing() -> None:
    assert validate(application({**WEB, "type": None})) == [
        SchemaViolation(("spec", "components", 0, "type"), "`type` is required")
    ]


def test_unknown_fields_are_allowed_because_the_api_server_prunes_them() -> None:
    assert validate(application({**WEB, "colour": "blue", "traits": [{"type": "x", "extra": 1}]})) == []


@pytest.mark.parametrize(
    "doc",
    [
        {"apiVersion": "v1", "kind": "ConfigMap", "data": 42},
        {"apiVersion": V1BETA1, "kind": "Frobnicator", "spec": 42},
        {"apiVersion": "core.oam.dev/v1alpha1", "kind": "Policy", "type": 42},
        {"apiVersion": 1, "kind": "Application", "spec": 42},
        {"kind": "Application", "spec": 42},
    ],
)
def test_kinds_without_a_schema_give_no_violations(doc: dict[str, Any]) -> None:
    assert validate(doc) == []


def test_several_violations_come_sorted_by_path_with_list_indexes_in_numeric_order() -> None:
    components: list[dict[str, Any]] = [{"name": f"c{index}", "type": "t"} for index in range(11)]
    components[10] = {"name": "c10"}
    components[2] = {"type": "t", "name": True}
    spec = {"components": components, "policies": [{}]}

    assert validate(document(V1BETA1, "Application", spec)) == [
        SchemaViolation(("spec", "components", 2, "name"), "expected a string, got a boolean (true)"),
        SchemaViolation(("spec", "components", 10, "type"), "`type` is required"),
        SchemaViolation(("spec", "policies", 0, "type"), "`type` is required"),
    ]


def test_a_value_outside_an_enum_lists_the_choices() -> None:
    terraform = {"configuration": "x", "type": "yaml"}
    spec = {"workload": {"type": "autodetects.core.oam.dev"}, "schematic": {"terraform": terraform}}

    assert validate(document(V1BETA1, "ComponentDefinition", spec)) == [
        SchemaViolation(
            ("spec", "schematic", "terraform", "type"), 'expected one of `hcl`, `json`, `remote`, got a string ("yaml")'
        )
    ]


def test_a_mapping_where_a_list_belongs_is_named_in_plain_words() -> None:
    assert validate(application({**WEB, "traits": {"type": "scaler"}})) == [
        SchemaViolation(("spec", "components", 0, "traits"), "expected a list, got a mapping")
    ]


def test_an_embedded_object_needs_string_api_version_and_kind_as_the_api_server_checks() -> None:
    workload = {"apiVersion": 1, "kind": "Deployment", "metadata": "web"}

    assert validate(document(V1ALPHA2, "Component", {"workload": workload})) == [
        SchemaViolation(("spec", "workload", "apiVersion"), "expected a string, got a number (1)"),
        SchemaViolation(("spec", "workload", "metadata"), 'expected a mapping, got a string ("web")'),
    ]


def test_a_long_string_is_shortened_in_the_message() -> None:
    spec = {"allowComponentOverlap": "x" * 100, "definitionRef": {"name": "healthscopes.core.oam.dev"}}

    assert validate(document(V1ALPHA2, "ScopeDefinition", spec)) == [
        SchemaViolation(("spec", "allowComponentOverlap"), f'expected a boolean, got a string ("{"x" * 39}…")')
    ]


# One document each kind accepts, and one it rejects with the exact violation.
CASES: list[tuple[str, str, Any, Any, SchemaViolation]] = [
    (V1BETA1, "Application", {"components": [WEB]}, {"policies": []},
     SchemaViolation(("spec", "components"), "`components` is required")),
    (V1BETA1, "ComponentDefinition",
     {"workload": {"definition": {"apiVersion": "apps/v1", "kind": "Deployment"}}, "schematic": CUE},
     {"workload": {"definition": {"apiVersion": "apps/v1"}}},
     SchemaViolation(("spec", "workload", "definition", "kind"), "`kind` is required")),
    (V1BETA1, "TraitDefinition",
     {"appliesToWorkloads": ["deployments.apps"], "podDisruptive": True, "schematic": CUE},
     {"podDisruptive": "yes"},
     SchemaViolation(("spec", "podDisruptive"), 'expected a boolean, got a string ("yes")')),
    (V1BETA1, "PolicyDefinition", {"priority": 10, "schematic": CUE}, {"priority": "high"},
     SchemaViolation(("spec", "priority"), 'expected an integer, got a string ("high")')),
    (V1BETA1, "WorkflowStepDefinition", {"schematic": CUE}, {"schematic": {"terraform": {}}},
     SchemaViolation(("spec", "schematic", "terraform", "configuration"), "`configuration` is required")),
    (V1ALPHA2, "Component",
     {"workload": {"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"replicas": 1}}},
     {"workload": {"kind": "Deployment"}},
     SchemaViolation(("spec", "workload", "apiVersion"), "`apiVersion` is required")),
    (V1ALPHA2, "ApplicationConfiguration",
     {"components": [{
         "componentName": "web",
         "parameterValues": [{"name": "replicas", "value": 3}, {"name": "image", "value": "nginx"}],
         "traits": [{"trait": {"apiVersion": V1ALPHA2, "kind": "ManualScalerTrait", "spec": {"replicaCount": 2}}}],
     }]},
     {"components": [{"componentName": "web", "parameterValues": [{"name": "replicas", "value": True}]}]},
     SchemaViolation(("spec", "components", 0, "parameterValues", 0, "value"),
                     "expected an integer or a string, got a boolean (true)")),
    (V1ALPHA2, "TraitDefinition",
     {"definitionRef": {"name": "manualscalertraits.core.oam.dev"}, "workloadRefPath": "spec.workloadRef"},
     {"definitionRef": {"version": "v1"}},
     SchemaViolation(("spec", "definitionRef", "name"), "`name` is required")),
    (V1ALPHA2, "ScopeDefinition",
     {"allowComponentOverlap": True, "definitionRef": {"name": "healthscopes.core.oam.dev"}},
     {"definitionRef": {"name": "healthscopes.core.oam.dev"}},
     SchemaViolation(("spec", "allowComponentOverlap"), "`allowComponentOverlap` is required")),
]  # fmt: skip
CASE_IDS = [f"{kind}.{api_version.rpartition('/')[2]}" for api_version, kind, *_ in CASES]


@pytest.mark.parametrize(("api_version", "kind", "good", "bad", "violation"), CASES, ids=CASE_IDS)
def test_each_kind_accepts_a_valid_spec(
    api_version: str, kind: str, good: Any, bad: Any, violation: SchemaViolation
) -> None:
    assert validate(document(api_version, kind, good)) == []


@pytest.mark.parametrize(("api_version", "kind", "good", "bad", "violation"), CASES, ids=CASE_IDS)
def test_each_kind_rejects_an_invalid_spec_in_plain_words(
    api_version: str, kind: str, good: Any, bad: Any, violation: SchemaViolation
) -> None:
    assert validate(document(api_version, kind, bad)) == [violation]


def test_cases_cover_every_kind_with_a_schema() -> None:
    assert sorted((api_version, kind) for api_version, kind, *_ in CASES) == sorted(COVERED)


@pytest.mark.parametrize(("api_version", "kind"), COVERED, ids=[f"{k}.{v.rpartition('/')[2]}" for v, k in COVERED])
def test_each_schema_is_valid_draft_2020_12_for_its_own_kind(api_version: str, kind: str) -> None:
    schema = schema_for(api_version, kind)

    assert schema is not None
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["apiVersion"] == {"const": api_version}
    assert schema["properties"]["kind"] == {"const": kind}


def test_schema_for_has_no_schema_for_other_kinds() -> None:
    assert schema_for(V1BETA1, "WorkloadDefinition") is None
    assert schema_for("apps/v1", "Deployment") is None
    assert schema_for(V1BETA1, "../Application.v1beta1") is None


def test_changing_a_returned_schema_does_not_change_validation() -> None:
    schema = schema_for(V1BETA1, "Application")
    assert schema is not None
    schema["properties"]["spec"]["required"] = ["nothing"]

    assert validate(application(WEB)) == []
    assert schema_for(V1BETA1, "Application") != schema


# Agreement with the schemas derived mechanically from the CRDs, on every real document we cover.


def strip_nulls(value: Any) -> Any:
    """Written separately from oamlint's own, so the comparison does not trust the code under test."""
    if isinstance(value, dict):
        return {key: strip_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [strip_nulls(item) for item in value]
    return value


@cache
def reference_validator(api_version: str, kind: str) -> Draft202012Validator:
    for source in REFERENCE_SOURCES:
        folder = CORPUS / "jsonschema" / source
        for entry in json.loads((folder / "index.json").read_text()):
            if (entry["apiVersion"], entry["kind"]) == (api_version, kind):
                return Draft202012Validator(json.loads((folder / entry["schema"]).read_text()))
    raise LookupError(f"no CRD-derived schema for {kind} {api_version}")


def crd_accepts(doc: dict[str, Any]) -> bool:
    return bool(reference_validator(doc["apiVersion"], doc["kind"]).is_valid(strip_nulls(doc)))


def skipped_files() -> set[str]:
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text())
    return {
        record["corpus_path"]
        for record in manifest["files"]
        if "go_template" in record or record.get("parse") != "ok"
    }


@cache
def corpus_documents() -> tuple[tuple[str, dict[str, Any]], ...]:
    """("<corpus path>#<index>", document) for every covered document that loads."""
    skipped = skipped_files()
    found: list[tuple[str, dict[str, Any]]] = []
    for path in sorted((CORPUS / "oam").glob("**/*.y*ml")):
        name = path.relative_to(CORPUS).as_posix()
        if name in skipped:
            continue
        for index, doc in loaded(path):
            if isinstance(doc, dict) and (doc.get("apiVersion"), doc.get("kind")) in COVERED:
                found.append((f"{name}#{index}", doc))
    return tuple(found)


def loaded(path: Path) -> list[tuple[int, Any]]:
    docs: list[tuple[int, Any]] = []
    try:
        for doc in YAML(typ="safe").load_all(path.read_text(encoding="utf-8")):
            docs.append((len(docs), doc))
    except (YAMLError, UnicodeDecodeError):
        pass  # keep the documents before the one that fails to load
    return docs


@needs_corpus
def test_our_schemas_accept_and_reject_the_same_corpus_documents_as_the_crds() -> None:
    compared: collections.Counter[str] = collections.Counter()
    disagreements: dict[str, str] = {}
    for name, doc in corpus_documents():
        compared[f"{doc['kind']} {doc['apiVersion']}"] += 1
        ours = validate(copy.deepcopy(doc))
        if (ours == []) != crd_accepts(doc):
            theirs = reference_validator(doc["apiVersion"], doc["kind"]).iter_errors(strip_nulls(doc))
            disagreements[name] = f"ours: {[v.message for v in ours]}; CRD: {[e.message for e in theirs]}"

    assert disagreements == {}
    assert sorted(compared) == sorted(f"{kind} {api_version}" for api_version, kind in COVERED)


def fields(value: Any, path: str = "") -> Iterator[tuple[dict[str, Any], str, str]]:
    """(mapping, key, field) for every mapping entry under `value`; `field` reads like `spec.components[].name`."""
    if isinstance(value, dict):
        for key in list(value):
            field = f"{path}.{key}" if path else str(key)
            yield value, key, field
            yield from fields(value[key], field)
    elif isinstance(value, list):
        for item in value:
            yield from fields(item, f"{path}[]")


def field_disagreements(doc: dict[str, Any], seen: set[str]) -> Iterator[str]:
    """Remove, then retype, each field not seen before in another document; name those where the decisions differ."""
    for mapping, key, field in fields(doc):
        label = f"{doc['kind']} {doc['apiVersion']}: {field}"
        if field in ("apiVersion", "kind") or label in seen:
            continue
        seen.add(label)
        original = mapping.pop(key)
        for change, value in (("removed", None), ("retyped", 42 if isinstance(original, str) else "x")):
            if value is not None:
                mapping[key] = value
            if (validate(doc) == []) != crd_accepts(doc):
                yield f"{label} {change}"
        mapping[key] = original


@needs_corpus
def test_our_schemas_agree_with_the_crds_when_any_field_the_corpus_uses_is_removed_or_retyped() -> None:
    seen: set[str] = set()
    found = {
        disagreement
        for _, doc in corpus_documents()
        for disagreement in field_disagreements(copy.deepcopy(doc), seen)
    }

    assert sorted(found - set(INTRINSIC_FIELD_DISAGREEMENTS)) == []
    assert sorted(set(INTRINSIC_FIELD_DISAGREEMENTS) - found) == [], "stale allow-list entries"
    assert len(seen) > 1000
