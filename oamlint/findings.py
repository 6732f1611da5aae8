"""The Finding record, levels and semantic fingerprints."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any, Literal, get_args

Level = Literal["error", "warning", "note"]
LEVELS: tuple[Level, ...] = get_args(Level)
LEVEL_RANK: dict[str, int] = {"note": 1, "warning": 2, "error": 3}


@dataclasses.dataclass(frozen=True)
class Span:
    """A 1-based, inclusive-start region of a file."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclasses.dataclass(frozen=True)
class Violation:
    """A rule's verdict, located, before levels, waivers and fingerprints are applied."""

    rule: str
    message: str
    file: str
    span: Span
    properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    where: str = ""  # the dotted path inside the document, when known


@dataclasses.dataclass(frozen=True)
class Finding:
    rule: str
    level: Level
    message: str
    file: str
    span: Span
    category: str
    fix: str = ""
    properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    suppressed: bool = False
    justification: str = ""
    suppressed_in_source: bool = False  # by an inline `# oamlint ignore[…]`, not by a waiver
    fingerprint: str = ""
    former_fingerprint: str = ""  # the fingerprint oamlint ≤ 0.1 gave it (`former_fingerprint`), when different

    @property
    def fingerprints(self) -> tuple[str, ...]:
        """Every fingerprint a baseline or a base revision may know this finding by."""
        return (self.fingerprint, self.former_fingerprint) if self.former_fingerprint else (self.fingerprint,)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.span.line, self.span.column, self.rule, self.message)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": self.level,
            "message": self.message,
            "file": self.file,
            "line": self.span.line,
            "column": self.span.column,
            "endLine": self.span.end_line,
            "endColumn": self.span.end_column,
            "category": self.category,
            "fix": self.fix,
            "fingerprint": self.fingerprint,
            "properties": self.properties,
            "suppressed": self.suppressed,
        }


# Properties that say *which access* a finding is about. When a finding has them, they (and
# the rule) are its identity, wherever it is written; otherwise the identity is the file and
# the path inside the document. Either way the fingerprint survives edits that move lines.
ACCESS_KEYS = ("repository", "principal", "role", "organization")


def fingerprint(rule: str, file: str, properties: dict[str, Any], where: str = "") -> str:
    identity = {key: properties[key] for key in (*ACCESS_KEYS, "component") if key in properties}
    if not identity.keys() & set(ACCESS_KEYS):
        identity.update(file=file, where=where or str(properties.get("path", "")))
    blob = json.dumps([rule, identity], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


def former_fingerprint(rule: str, file: str, properties: dict[str, Any], where: str = "") -> str:
    """The fingerprint a finding about a declared role had when a role's principals were one joined
    `principal` (`"team:a, team:b"`), or "" when that is the fingerprint it has now.

    Rego's `result.role_subject` puts the role's principals in `rolePrincipals`; now a finding is
    made per principal (or, about the role as a whole, with none), so adding a team to a role no
    longer changes the others' fingerprints, and baselines written before still match.
    """
    principals = properties.get("rolePrincipals")
    if not isinstance(principals, list):
        return ""
    former = fingerprint(rule, file, {**properties, "principal": ", ".join(map(str, principals))}, where)
    return "" if former == fingerprint(rule, file, properties, where) else former


def at_or_above(level: str, threshold: str) -> bool:
    return LEVEL_RANK[level] >= LEVEL_RANK[threshold]
