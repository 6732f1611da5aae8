"""SARIF 2.1.0, with what GitHub code scanning reads.

Rules carry id, name, descriptions, help and helpUri, default level and tags; results carry a
%SRCROOT%-relative location with a region and a semantic partial fingerprint; the run has
one automationDetails category.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from oamlint import __version__
from oamlint.catalogue import Rule
from oamlint.findings import Finding
from oamlint.options import RenderOptions
from oamlint.report import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/oamlint/oamlint"
CATEGORY = "oamlint"  # automationDetails.id: code scanning keeps one set of alerts per category


def render(report: Report, options: RenderOptions) -> str:
    used = sorted({f.rule for f in report.findings} | set(report.rules))
    index = {slug: i for i, slug in enumerate(used)}
    run = {
        "tool": {"driver": {
            "name": "oamlint",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": INFORMATION_URI,
            "rules": [_rule(report.rules[slug]) for slug in used],
        }},
        "automationDetails": {"id": f"{CATEGORY}/"},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule]) for f in report.findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rule(rule: Rule) -> dict[str, Any]:
    readme = rule.readme.read_text(encoding="utf-8") if rule.readme.is_file() else rule.description
    return {
        "id": rule.slug,
        "name": _camel(rule.slug),
        "shortDescription": {"text": rule.description},
        "fullDescription": {"text": _first_paragraph(readme) or rule.description},
        "help": {"text": rule.fix or rule.description, "markdown": readme},
        "helpUri": rule.docs_url,
        "defaultConfiguration": {"level": rule.level},
        "properties": _rule_properties(rule),
    }


# GitHub code scanning ranks results tagged `security` by this score (CVSS-like, 0-10).
SECURITY_SEVERITY = {"error": "8.0", "warning": "5.0", "note": "2.0"}
STRUCTURE = "structure"


def _rule_properties(rule: Rule) -> dict[str, Any]:
    tags = list(dict.fromkeys([rule.category, *rule.tags]))
    properties: dict[str, Any] = {"category": rule.category}
    if rule.category != STRUCTURE:
        tags = list(dict.fromkeys([*tags, "security"]))
        properties["security-severity"] = SECURITY_SEVERITY[rule.level]
    properties["tags"] = tags
    return properties


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": finding.level,
        "message": {"text": f"{finding.message}\n{finding.fix}" if finding.fix else finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": Path(finding.file).as_posix(), "uriBaseId": "%SRCROOT%"},
            "region": {
                "startLine": finding.span.line,
                "startColumn": finding.span.column,
                "endLine": finding.span.end_line,
                "endColumn": max(finding.span.end_column, finding.span.column),
            },
        }}],
        "partialFingerprints": {"oamlint/v1": finding.fingerprint},
        "properties": finding.properties,
    }
    if finding.suppressed:
        kind = "inSource" if finding.suppressed_in_source else "external"
        result["suppressions"] = [{"kind": kind, "justification": finding.justification}]
    return result


def _camel(slug: str) -> str:
    return "".join(part.capitalize() for part in slug.split("-"))


def _first_paragraph(markdown: str) -> str:
    """The text under "What it does", or the README's first paragraph."""
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        if line.strip().lower().lstrip("#").strip() == "what it does":
            return _paragraph(lines[i + 1:])
    return _paragraph([line for line in lines if not line.startswith("#")])


def _paragraph(lines: list[str]) -> str:
    text: list[str] = []
    for line in lines:
        if not line.strip():
            if text:
                break
            continue
        text.append(line.strip())
    return " ".join(text)
