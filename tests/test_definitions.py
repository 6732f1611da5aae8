"""The KubeVela definitions in definitions/ accept exactly what oamlint's access schemas accept.

There is no CUE binary here, so the CUE `parameter` is read with a small parser for the subset the
definitions use (structs, `close(…)`, optional fields, `[string]: T` maps, `[...T]` lists, `string`,
`=~"regex"`, `&`, and `|` of string literals). Anything outside that subset is an error, never skipped.
Both sides are reduced to the same shape and compared: field names, optionality, types, enums, patterns
and closedness.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from oamlint.spec.schema import ACCESS_SCHEMAS

REPO = Path(__file__).resolve().parents[1]
DEFINITIONS = REPO / "definitions"
SCHEMAS = REPO / "oamlint" / "spec" / "schemas"
TOKEN = re.compile(
    r"""\s*(?:
        (?P<comment>//[^\n]*)
      | (?P<string>"(?:[^"\\\n]|\\.)*")
      | (?P<punct>\.\.\.|=~|[{}()\[\]:?|&,])
      | (?P<ident>[A-Za-z_#][A-Za-z0-9_-]*)
    )""",
    re.VERBOSE,
)

MAP = ["[", "string", "]", ":"]

# A shape: ("string", pattern | None) | ("enum", (values…)) | ("list", shape)
#        | ("struct", closed, {name: (optional, shape)}, values shape | None)
Shape = tuple[Any, ...]


class CueSubsetError(ValueError):
    pass


def tokens(source: str) -> list[str]:
    found, position = [], 0
    while position < len(source.rstrip()):
        match = TOKEN.match(source, position)
        if match is None or match.end() == position:
            raise CueSubsetError(f"cannot read CUE at {source[position:position + 30]!r}")
        position = match.end()
        if match.lastgroup != "comment":
            found.append(match.group(match.lastgroup or ""))
    return found


class Parser:
    """Recursive descent over the token list; each method returns a Shape."""

    def __init__(self, source: str) -> None:
        self.tokens = tokens(source)
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None or (expected is not None and token != expected):
            raise CueSubsetError(f"expected {expected or 'more'}, got {token!r} at token {self.at}")
        self.at += 1
        return token

    def file(self) -> dict[str, tuple[bool, Shape]]:
        return self.fields(end=None)

    def fields(self, end: str | None) -> dict[str, tuple[bool, Shape]]:
        """`name[?]: expr` entries up to `end`; a `[string]: T` entry is stored under the key `[string]`."""
        found: dict[str, tuple[bool, Shape]] = {}
        while self.peek() != end:
            if self.peek() == ",":
                self.take()
                continue
            if self.peek() == "[":
                self.take()
                self.take("string")
                self.take("]")
                name, optional = "[string]", True
            else:
                name = self.take()
                if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                    raise CueSubsetError(f"unsupported field label {name!r}")
                optional = self.peek() == "?"
                if optional:
                    self.take("?")
            self.take(":")
            if name in found:
                raise CueSubsetError(f"field {name!r} declared twice")
            shorthand = self.tokens[self.at:self.at + len(MAP)] == MAP
            found[name] = (optional, self.map_shorthand() if shorthand else self.expression())
        return found

    def map_shorthand(self) -> Shape:
        """`name: [string]: T`, CUE's short form of `name: {[string]: T}`."""
        for token in MAP:
            self.take(token)
        return ("struct", False, {}, self.expression())

    def expression(self) -> Shape:
        """`a | b | …` where every branch is a string literal (an enum), or a single conjunction."""
        branches = [self.conjunction()]
        while self.peek() == "|":
            self.take("|")
            branches.append(self.conjunction())
        if len(branches) == 1:
            return branches[0]
        if all(branch[0] == "literal" for branch in branches):
            return ("enum", tuple(branch[1] for branch in branches))
        raise CueSubsetError("a disjunction must list string literals only")

    def conjunction(self) -> Shape:
        """`string & =~"re"` (in either order), or one term."""
        terms = [self.term()]
        while self.peek() == "&":
            self.take("&")
            terms.append(self.term())
        if len(terms) == 1:
            return ("string", terms[0][1]) if terms[0][0] == "regex" else terms[0]
        kinds = sorted(term[0] for term in terms)
        if kinds != ["regex", "string"]:
            raise CueSubsetError(f"unsupported conjunction of {kinds}")
        return ("string", next(term[1] for term in terms if term[0] == "regex"))

    def term(self) -> Shape:
        token = self.take()
        if token == "close":
            self.take("(")
            inner = self.expression()
            self.take(")")
            if inner[0] != "struct":
                raise CueSubsetError("close() takes a struct")
            return ("struct", True, inner[2], inner[3])
        if token == "{":
            fields = self.fields(end="}")
            self.take("}")
            values = fields.pop("[string]", (True, None))[1]
            return ("struct", False, fields, values)
        if token == "[":
            self.take("...")
            item = self.expression()
            self.take("]")
            return ("list", item)
        if token == "=~":
            return ("regex", json.loads(self.take()))
        if token == "string":
            return ("string", None)
        if token.startswith('"'):
            return ("literal", json.loads(token))
        raise CueSubsetError(f"unsupported CUE term {token!r}")


def parse_cue(source: str) -> dict[str, tuple[bool, Shape]]:
    """Top-level fields of a CUE template."""
    parser = Parser(source)
    fields = parser.file()
    if parser.peek() is not None:
        raise CueSubsetError(f"unread tokens from {parser.peek()!r}")
    return fields


def shape_of_schema(schema: dict[str, Any], root: dict[str, Any]) -> Shape:
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return shape_of_schema(root["$defs"][name], root)
    if "enum" in schema:
        return ("enum", tuple(schema["enum"]))
    kind = schema.get("type")
    if kind == "string":
        return ("string", schema.get("pattern"))
    if kind == "array":
        return ("list", shape_of_schema(schema["items"], root))
    if kind == "object":
        required = set(schema.get("required", []))
        properties = schema.get("properties", {})
        fields = {name: (name not in required, shape_of_schema(sub, root)) for name, sub in properties.items()}
        extra = schema.get("additionalProperties", True)
        values = shape_of_schema(extra, root) if isinstance(extra, dict) else None
        return ("struct", extra is False, fields, values)
    raise AssertionError(f"the definitions test does not know JSON Schema type {kind!r}")


def load_definition(type_name: str) -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe").load((DEFINITIONS / f"{type_name}.yaml").read_text(encoding="utf-8"))
    return data


def parameter_of(type_name: str) -> Shape:
    template = load_definition(type_name)["spec"]["schematic"]["cue"]["template"]
    optional, shape = parse_cue(template)["parameter"]
    assert not optional
    return shape


def schema_shape(type_name: str) -> Shape:
    root = json.loads((SCHEMAS / ACCESS_SCHEMAS[type_name]).read_text(encoding="utf-8"))
    return shape_of_schema(root, root)


def differences(cue: Shape, schema: Shape, where: str = "parameter") -> list[str]:
    """Every place the two shapes disagree, named by its dotted path."""
    if cue[0] != schema[0]:
        return [f"{where}: CUE has {cue[0]}, JSON Schema has {schema[0]}"]
    if cue[0] == "list":
        return differences(cue[1], schema[1], f"{where}[]")
    if cue[0] != "struct":
        return [] if cue == schema else [f"{where}: CUE has {cue[1:]}, JSON Schema has {schema[1:]}"]
    found = [] if cue[1] == schema[1] else [f"{where}: closed in CUE {cue[1]}, in JSON Schema {schema[1]}"]
    for name in sorted(set(cue[2]) ^ set(schema[2])):
        found.append(f"{where}.{name}: only in {'CUE' if name in cue[2] else 'JSON Schema'}")
    for name in sorted(set(cue[2]) & set(schema[2])):
        (cue_optional, cue_shape), (schema_optional, schema_shape_) = cue[2][name], schema[2][name]
        if cue_optional != schema_optional:
            found.append(f"{where}.{name}: optional in CUE {cue_optional}, in JSON Schema {schema_optional}")
        found += differences(cue_shape, schema_shape_, f"{where}.{name}")
    if (cue[3] is None) != (schema[3] is None):
        found.append(f"{where}[*]: a map in one and not the other")
    elif cue[3] is not None:
        found += differences(cue[3], schema[3], f"{where}[*]")
    return found


@pytest.mark.parametrize("type_name", sorted(ACCESS_SCHEMAS))
def test_cue_parameter_agrees_with_the_json_schema(type_name: str) -> None:
    assert differences(parameter_of(type_name), schema_shape(type_name)) == []


def test_git_access_parameter_fields_and_optionality() -> None:
    _, closed, fields, _ = parameter_of("git-access")

    assert closed is True
    assert {name: optional for name, (optional, _) in fields.items()} == {
        "repository": False,
        "roles": True,
        "credentials": True,
    }
    grant = fields["roles"][1][3]
    assert sorted(grant[2]) == ["identity", "permission", "teams", "until", "users"]
    assert grant[2]["identity"][1][2] == {"provider": (False, ("string", None)), "group": (False, ("string", None))}
    assert fields["credentials"][1][2]["kind"] == (True, ("enum", ("deploy-key", "token", "oidc")))


def test_git_access_policy_parameter_fields() -> None:
    _, closed, fields, _ = parameter_of("git-access-policy")

    assert closed is True
    assert fields == {
        "requiredRoles": (True, ("list", ("string", None))),
        "maxCredentialTTL": (True, ("string", "^(0|([0-9]+([.][0-9]+)?(ns|us|µs|ms|s|m|h|d))+)$")),
        "roles": (True, ("struct", False, {}, ("enum", ("read", "write", "admin")))),
    }


def test_trait_definition_applies_everywhere_without_side_effects() -> None:
    definition = load_definition("git-access")
    template = parse_cue(definition["spec"]["schematic"]["cue"]["template"])

    assert (definition["apiVersion"], definition["kind"]) == ("core.oam.dev/v1beta1", "TraitDefinition")
    assert definition["metadata"]["name"] == "git-access"
    assert definition["spec"]["appliesToWorkloads"] == ["*"]
    assert sorted(template) == ["outputs", "parameter"]
    assert template["outputs"] == (False, ("struct", False, {}, None))


def test_policy_definition_has_no_output() -> None:
    definition = load_definition("git-access-policy")
    template = parse_cue(definition["spec"]["schematic"]["cue"]["template"])

    assert (definition["apiVersion"], definition["kind"]) == ("core.oam.dev/v1beta1", "PolicyDefinition")
    assert definition["metadata"]["name"] == "git-access-policy"
    assert sorted(template) == ["parameter"]


def test_parser_reads_the_subset() -> None:
    source = 'a: close({\n\tb?: [...string]\n\tc: [string]: "x" | "y"\n\td: =~"^z$" & string\n})'

    assert parse_cue(source) == {
        "a": (False, ("struct", True, {
            "b": (True, ("list", ("string", None))),
            "c": (False, ("struct", False, {}, ("enum", ("x", "y")))),
            "d": (False, ("string", "^z$")),
        }, None)),
    }


@pytest.mark.parametrize(
    "source",
    [
        "a: int",
        'a: string | "x"',
        "a: *1 | int",
        "a: close(string)",
        "a: {b: 1}",
        "a: b: c",
        "a: string\na: string",
        "a: {",
        "a: [string]: {",
    ],
)
def test_parser_rejects_what_it_does_not_understand(source: str) -> None:
    with pytest.raises(CueSubsetError):
        parse_cue(source)


def test_differences_are_named_by_path() -> None:
    cue = ("struct", True, {"a": (True, ("string", None)), "b": (False, ("list", ("string", None)))}, None)
    schema = ("struct", False, {"a": (False, ("string", "^x$")), "c": (True, ("string", None))}, None)

    assert differences(cue, schema) == [
        "parameter: closed in CUE True, in JSON Schema False",
        "parameter.b: only in CUE",
        "parameter.c: only in JSON Schema",
        "parameter.a: optional in CUE True, in JSON Schema False",
        "parameter.a: CUE has (None,), JSON Schema has ('^x$',)",
    ]
