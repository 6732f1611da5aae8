"""Check OAM documents against oamlint's own JSON Schemas and say what is wrong in plain words.

The schemas in `schemas/<Kind>.<version>.json` are written from the KubeVela CRDs with the API server's
semantics: unknown fields are allowed (the server prunes them) and fields set to `null` are dropped before
checking (the server drops them too), so only what a cluster would reject is reported.

oamlint's own access vocabulary is stricter (unknown keys are errors): `schemas/git-access.json` checks the
properties of every `git-access` trait (and the `spec` of a v1alpha2 `GitAccessTrait` object), and
`schemas/git-access-policy.json` the properties of every `git-access-policy` policy. The `git-access`
properties an `override` policy patches in are checked with the same schema, every field optional.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import functools
import json
import re
from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeGuard

import jsonschema_rs
import orjson

from oamlint.spec.sourcemap import KeyPath

if TYPE_CHECKING:  # the `jsonschema` package is imported only for a document with errors (it takes ~70 ms)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_GROUP = "core.oam.dev/"
_MAX_SHOWN = 40

# Schemas of oamlint's own trait and policy types, by type name.
ACCESS_SCHEMAS = {"git-access": "git-access.json", "git-access-policy": "git-access-policy.json"}


_TYPE_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "object": "a mapping",
    "array": "a list",
    "null": "null",
}


@dataclasses.dataclass(frozen=True)
class SchemaViolation:
    """One thing a cluster would reject, at `path` (keys and list indexes) into the document."""

    path: KeyPath
    message: str
    quote: bool = dataclasses.field(default=False, compare=False)  # a number or boolean where a name belongs


def schema_for(api_version: str, kind: str) -> dict[str, Any] | None:
    """A copy of the JSON Schema for `kind` in `api_version`, or None when oamlint has none."""
    schema = _load(api_version, kind)
    return None if schema is None else copy.deepcopy(schema)


def validate(document: dict[str, Any]) -> list[SchemaViolation]:
    """Every schema violation in `document`, sorted by path; [] for kinds without a schema."""
    api_version, kind = document.get("apiVersion"), document.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return []
    cleaned = _without_nulls(document)
    name = _files().get((api_version, kind))
    found = [] if name is None else _file_violations(name, cleaned)
    for prefix, type_name, properties in access_properties(kind, cleaned):
        found += _file_violations(ACCESS_SCHEMAS[type_name], properties, prefix)
    for prefix, type_name, properties in override_patches(kind, cleaned):
        found += _file_violations(ACCESS_SCHEMAS[type_name], properties, prefix, partial=True)
    return sorted(dict.fromkeys(found), key=_order)


def _file_violations(name: str, instance: Any, prefix: KeyPath = (), partial: bool = False) -> list[SchemaViolation]:
    """The violations of schema file `name` in `instance` (found at `prefix`); `partial`: every field optional.

    A compiled validator (jsonschema-rs) answers first whether there are any: almost every document
    has none, and it is many times faster. Only then does the `jsonschema` package list the errors,
    whose detail the messages are made of; a value jsonschema-rs cannot take (ValueError) goes there too.
    """
    try:
        if _compiled(partial, name).is_valid(instance):
            return []
    except ValueError:
        pass
    errors = _named_validator(partial, name).iter_errors(instance)
    return [violation for error in errors for violation in _violations(error, prefix)]


def access_properties(kind: str, document: dict[str, Any]) -> Iterator[tuple[KeyPath, str, Any]]:
    """(path, type name, value) of every git-access trait and git-access-policy in the document.

    Rego walks the same places (`traits` and `policies` in rego/oamlint/lib/access.rego), so that
    what is validated here is what the rules read; tests/test_agreement.py checks they agree on
    the shared corpus and the examples. Change both together.
    """
    spec = document.get("spec")
    if not isinstance(spec, dict):
        return
    for i, component in _items(spec.get("components")):
        for j, trait in _items(component.get("traits")):
            at: KeyPath = ("spec", "components", i, "traits", j)
            embedded = trait.get("trait")
            if kind == "Application" and _type_name(trait.get("type")) == "git-access":
                yield (*at, "properties"), "git-access", trait.get("properties", {})
            elif kind == "ApplicationConfiguration" and _is_git_access_object(embedded):
                yield (*at, "trait", "spec"), "git-access", embedded.get("spec", {})
    for k, policy in _items(spec.get("policies") if kind == "Application" else None):
        if _type_name(policy.get("type")) == "git-access-policy":
            yield ("spec", "policies", k, "properties"), "git-access-policy", policy.get("properties", {})


def override_patches(kind: str, document: dict[str, Any]) -> Iterator[tuple[KeyPath, str, Any]]:
    """(path, type name, value) of the `git-access` properties each `override` policy patches in.

    A patch is a partial object (KubeVela merges it into the trait, then validates the result), so
    it is checked with the trait's schema with every field optional. The merged result is what
    the rules read, per environment (`oamlint.spec.environments`).
    """
    spec = document.get("spec")
    for k, policy in _items(spec.get("policies") if kind == "Application" and isinstance(spec, dict) else None):
        properties = policy.get("properties")
        if _type_name(policy.get("type")) == "override" and isinstance(properties, dict):
            for m, patch in _items(properties.get("components")):
                for n, trait in _items(patch.get("traits")):
                    if _type_name(trait.get("type")) == "git-access" and isinstance(trait.get("properties"), dict):
                        at = ("spec", "policies", k, "properties", "components", m, "traits", n, "properties")
                        yield at, "git-access", trait["properties"]


def _is_git_access_object(trait: Any) -> TypeGuard[dict[str, Any]]:
    """A v1alpha2 trait object (`kind: GitAccessTrait`, the grant under `spec`)."""
    return isinstance(trait, dict) and trait.get("kind") == "GitAccessTrait"


def _items(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    """(index, item) of every mapping in `value` when it is a list; nothing otherwise."""
    if isinstance(value, list):
        yield from ((index, item) for index, item in enumerate(value) if isinstance(item, dict))


def _type_name(value: Any) -> str | None:
    """A definition name without its revision pin: `git-access@v2` → `git-access`."""
    return value.partition("@")[0] if isinstance(value, str) else None


def _without_nulls(value: Any) -> Any:
    """`value` with every `key: null` entry removed from every mapping, as the API server does; `value` itself when
    its JSON text has no `null` (most documents: a walk that copies them was a tenth of a large run's Python work).
    """
    try:
        if b"null" not in orjson.dumps(value):
            return value
    except orjson.JSONEncodeError:  # a key that is not a string, an integer beyond 64 bits: walked as any other
        pass
    return _copy_without_nulls(value)


def _copy_without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy_without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_copy_without_nulls(item) for item in value]
    return value


@functools.cache
def _files() -> dict[tuple[str, str], str]:
    """(apiVersion, kind) → file name, for every schema shipped in the package."""
    folder = resources.files("oamlint.spec") / "schemas"
    table: dict[tuple[str, str], str] = {}
    for entry in folder.iterdir():
        kind, _, version = entry.name.removesuffix(".json").partition(".")
        if entry.name.endswith(".json") and version:
            table[(_GROUP + version, kind)] = entry.name
    return table


@functools.cache
def _load(api_version: str, kind: str) -> dict[str, Any] | None:
    name = _files().get((api_version, kind))
    return None if name is None else _load_file(name)


@functools.cache
def _load_file(name: str) -> dict[str, Any]:
    text = (resources.files("oamlint.spec") / "schemas" / name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def _named_validator(partial: bool, name: str) -> Draft202012Validator:
    """The validator of schema file `name`; `partial`: every field optional, for an override's patch."""
    from jsonschema import Draft202012Validator

    schema = _load_file(name)
    return Draft202012Validator(_without_required(schema) if partial else schema)


def _without_required(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {key: _without_required(value) for key, value in schema.items() if key != "required"}
    if isinstance(schema, list):
        return [_without_required(value) for value in schema]
    return schema


@functools.cache
def _compiled(partial: bool, name: str) -> jsonschema_rs.Draft202012Validator:
    schema = _load_file(name)
    return jsonschema_rs.Draft202012Validator(_without_required(schema) if partial else schema)


def _violations(error: ValidationError, prefix: KeyPath = ()) -> list[SchemaViolation]:
    """What `error` means in plain words, at its path below `prefix`."""
    path = (*prefix, *error.absolute_path)
    rule: Any = error.validator_value  # the keyword's value in the schema, e.g. the `required` list
    value: Any = error.instance
    schema: Any = error.schema
    if error.validator == "required":
        missing = [key for key in rule if key not in value]
        return [SchemaViolation((*path, key), f"`{key}` is required") for key in missing]
    if error.validator == "additionalProperties" and rule is False:
        known = sorted(schema.get("properties", {}))
        unknown = [key for key in value if key not in known]
        return [SchemaViolation((*path, key), _unknown_key(key, known)) for key in unknown]
    if error.validator == "pattern" and "description" in schema:
        return [SchemaViolation(path, f"expected {schema['description']}, got {_describe(value)}")]
    quote = error.validator == "type" and "string" in ([rule] if isinstance(rule, str) else rule) \
        and isinstance(value, (bool, int, float)) and _names_something(path)
    return [SchemaViolation(path, _message(str(error.validator), rule, value), quote)]


# Fields that hold names (their own value, or the items of their list): a number or a boolean
# there is fixed by quoting it. (A number where a duration or a URL belongs is not.)
NAME_FIELDS = frozenset({
    "name", "type", "repository", "teams", "users", "roles", "group", "requiredRoles", "componentName",
    "revisionName", "dependsOn", "policies", "component", "namespace",
})


def _names_something(path: KeyPath) -> bool:
    keys = [step for step in path if isinstance(step, str)]
    return bool(keys) and keys[-1] in NAME_FIELDS


def read_by_kubectl(document: dict[str, Any], paths: list[KeyPath]) -> list[KeyPath]:
    """Those of `paths` (plain scalars YAML 1.1 reads as booleans: `no`, `on`) where the schema expects a string.

    oamlint reads YAML 1.2, where `no` is a string; kubectl and KubeVela read YAML 1.1, where it is
    false. The document is validated as they would read it, and the places where that boolean
    breaks a string field (a name) are returned.
    """
    seen = copy.deepcopy(document)
    for path in paths:
        _put(seen, path, _YAML11_TRUE.fullmatch(str(_get(document, path))) is not None)
    wanted = set(paths)
    return [problem.path for problem in validate(seen) if problem.quote and problem.path in wanted]


def put_source_text(document: dict[str, Any], path: KeyPath, text: str) -> None:
    """Replace the value at `path` (which exists) with `text`."""
    _put(document, path, text)


# The plain scalars that YAML 1.1 (kubectl, KubeVela) reads as booleans and YAML 1.2 as strings.
YAML11_BOOLEANS = frozenset(
    word for base in ("y", "yes", "n", "no", "on", "off") for word in (base, base.capitalize(), base.upper())
)
_YAML11_TRUE = re.compile(r"y|yes|on", re.IGNORECASE)


def _get(value: Any, path: KeyPath) -> Any:
    for step in path:
        value = value[step]
    return value


def _put(value: Any, path: KeyPath, item: Any) -> None:
    _get(value, path[:-1])[path[-1]] = item


def _unknown_key(key: str, known: list[str]) -> str:
    """`unknown field `x``, naming the known field it abbreviates or is closest to, else all known fields."""
    prefixed = [name for name in known if name.lower().startswith(key.lower())]
    close = prefixed or difflib.get_close_matches(key, known, n=1)
    if close:
        return f"unknown field `{key}`; did you mean `{close[0]}`?"
    return f"unknown field `{key}`; expected one of {', '.join(f'`{name}`' for name in known)}"


def _message(keyword: str, rule: Any, value: Any) -> str:
    got = _describe(value)
    if keyword == "type":
        return f"expected {_expected(rule)}, got {got}"
    if keyword == "enum":
        return f"expected one of {', '.join(f'`{choice}`' for choice in rule)}, got {got}"
    if keyword == "anyOf":
        types = [branch.get("type") for branch in rule]
        if all(isinstance(name, str) for name in types):
            return f"expected {_expected(types)}, got {got}"
    return f"{got} does not fit here (schema rule `{keyword}`)"


def _expected(types: str | list[str]) -> str:
    names = [_TYPE_NAMES.get(name, name) for name in ([types] if isinstance(types, str) else types)]
    return " or ".join(names)


def _describe(value: Any) -> str:
    """A value as a platform engineer would name it: `a number (42)`, `a mapping`."""
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= _MAX_SHOWN else value[: _MAX_SHOWN - 1] + "…"
        return f"a string ({json.dumps(shown, ensure_ascii=False)})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "null" if value is None else f"a {type(value).__name__}"


def _order(violation: SchemaViolation) -> tuple[tuple[tuple[int, int, str], ...], str]:
    """Sort key: by path (list indexes numerically), then by message."""
    steps = tuple((0, step, "") if isinstance(step, int) else (1, 0, step) for step in violation.path)
    return steps, violation.message
