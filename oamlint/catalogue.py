"""The rule catalogue: every folder under rules/<category>/<slug>/.

A Rego rule's metadata is its METADATA block; a rule that Python evaluates (the loader's,
the schema check, waivers) keeps the same fields in `rule.toml`.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from oamlint.bundle_files import rules_dir
from oamlint.findings import LEVELS, Level

DOCS_URL = "https://github.com/oamlint/oamlint/blob/main/rules/{category}/{slug}/README.md"


@dataclasses.dataclass(frozen=True)
class Rule:
    """One rule's catalogue entry: from its Rego METADATA (`custom:` holds level, fix, tags, options, per_document) or
    rule.toml (the same fields, and unread)."""

    slug: str
    category: str
    description: str
    level: Level  # the default; `.oamlint.yaml` may change it or switch the rule off
    fix: str
    tags: tuple[str, ...]
    folder: Path
    options: dict[str, Any] = dataclasses.field(default_factory=dict)
    # `per_document: true`: its findings about a document depend on that document (and the config) alone, never on
    # the others, so OPA may evaluate it over parts of the documents at once (lint.evaluate). False unless stated.
    per_document: bool = False
    # `unread = true` (rule.toml): its finding means a file, or what follows in it, was not linted; --select keeps it
    # on (config.select_rules), so a narrowed gate never passes a file it could not read.
    unread: bool = False
    rego: bool = False  # OPA evaluates it (a `<slug>.rego` in its folder); else oamlint's Python reports it

    @property
    def readme(self) -> Path:
        return self.folder / "README.md"

    @property
    def docs_url(self) -> str:
        return DOCS_URL.format(category=self.category, slug=self.slug)


@functools.cache
def load_catalogue() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for folder in sorted(p for p in rules_dir().glob("*/*") if p.is_dir()):
        rule = _read_rule(folder)
        if rule is not None:
            rules[rule.slug] = rule
    return rules


def _read_rule(folder: Path) -> Rule | None:
    rego, toml = folder / f"{folder.name}.rego", folder / "rule.toml"
    if rego.is_file():
        meta = _rego_metadata(rego.read_text(encoding="utf-8"))
        return _rule(folder, meta.get("description", ""), meta.get("custom") or {}, rego=True)
    if toml.is_file():
        meta = tomllib.loads(toml.read_text(encoding="utf-8"))
        return _rule(folder, meta.get("description", ""), meta)
    return None


def _rule(folder: Path, description: str, custom: dict[str, Any], rego: bool = False) -> Rule:
    level = str(custom.get("level", "error"))
    if level not in LEVELS:  # a bug in the rule's metadata, caught by the catalogue tests
        raise ValueError(f"{folder}: level `{level}` is not one of {', '.join(LEVELS)}")
    return Rule(
        slug=folder.name,
        category=folder.parent.name,
        description=description,
        level=level,
        fix=str(custom.get("fix", "")).strip(),
        tags=tuple(custom.get("tags", ())),
        folder=folder,
        options=dict(custom.get("options") or {}),
        per_document=custom.get("per_document") is True,
        unread=custom.get("unread") is True,
        rego=rego,
    )


def _rego_metadata(text: str) -> dict[str, Any]:
    """The first `# METADATA` comment block, parsed as YAML."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == "# METADATA"), None)
    if start is None:
        return {}
    block = []
    for line in lines[start + 1:]:
        if not line.startswith("#"):
            break
        block.append(line[2:] if line.startswith("# ") else line[1:])
    data = YAML(typ="safe").load("\n".join(block))
    return data if isinstance(data, dict) else {}
