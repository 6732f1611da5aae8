"""SARIF 2.1.0, with what GitHub, Gitea and Forgejo code scanning read.

Rules carry id, name, complete descriptions, help and helpUri, the level this run gives them
(a rule set to `note` in .oamlint.yaml is a note here, without a security severity) and tags.
Results carry a location relative to `%SRCROOT%`, the source root (`oamlint.locations`:
git's top level, so that a run from a subfolder still points at the right file), with a
region; two partial fingerprints from the semantic identity (`oamlint/v1`, and
`primaryLocationLineHash`, the one GitHub reads, so an alert survives moved lines); and
`suppressions` on every result (empty unless waived or ignored), as SARIF requires of a run
that suppresses any. The run has one automationDetails category and one invocation; a run that
could not lint still writes a log saying so (`failure`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from oamlint import __version__, json_text, locations
from oamlint.catalogue import Rule
from oamlint.findings import Finding
from oamlint.options import RenderOptions
from oamlint.report import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/oamlint/oamlint"
CATEGORY = "oamlint"  # automationDetails.id: code scanning keeps one set of alerts per category


def render(report: Report, options: RenderOptions) -> str:
    root = options.root or locations.source_root()
    used = sorted({f.rule for f in report.findings} | set(report.rules))
    index = {slug: i for i, slug in enumerate(used)}
    occurrences: Counter[str] = Counter()
    run = _run(root, [_rule(report.rules[slug], report.levels.get(slug)) for slug in used])
    uris = {file: locations.uri(file, root) for file in {f.file for f in report.findings}}  # one per file, not finding
    run["results"] = [_result(f, index[f.rule], uris[f.file], occurrences) for f in report.findings]
    run["invocations"] = [{"executionSuccessful": True}]
    return _log(run)


def failure(message: str, root: str | None = None) -> str:
    """A log for a run that could not lint: no results, `executionSuccessful: false`, and `message` as an error notification.

    `message` is the error as oamlint printed it (never a secret: FatalError messages hold none).
    """
    run = _run(root or locations.source_root(), [])
    run["results"] = []
    run["invocations"] = [{
        "executionSuccessful": False,
        "toolExecutionNotifications": [{"level": "error", "message": {"text": message}}],
    }]
    return _log(run)


def _run(root: str, rules: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "tool": {"driver": {
            "name": "oamlint",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": INFORMATION_URI,
            "rules": rules,
        }},
        "automationDetails": {"id": f"{CATEGORY}/"},
        "originalUriBaseIds": {locations.SRCROOT: {"uri": locations.root_uri(root)}},
        "columnKind": "unicodeCodePoints",
    }


def _log(run: dict[str, Any]) -> str:
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json_text.indented(log)


def _rule(rule: Rule, level: str | None) -> dict[str, Any]:
    """One reportingDescriptor; `level` is this run's (None: the rule's default; "off": disabled)."""
    readme = rule.readme.read_text(encoding="utf-8") if rule.readme.is_file() else rule.description
    level = level or rule.level
    descriptor: dict[str, Any] = {"id": rule.slug}
    name = _camel(rule.slug)
    if name.lower() != rule.slug.lower():  # SARIF: a name identical to the id is left out
        descriptor["name"] = name
    descriptor.update({
        "shortDescription": {"text": rule.description},
        "fullDescription": {"text": _first_paragraph(readme) or rule.description},
        "help": {"text": rule.fix or rule.description, "markdown": readme},
        "helpUri": rule.docs_url,
        "defaultConfiguration": {"enabled": False} if level == "off" else {"level": level},
        "properties": _rule_properties(rule, level),
    })
    return descriptor


# GitHub code scanning ranks results tagged `security` by this score (CVSS-like, 0-10).
SECURITY_SEVERITY = {"error": "8.0", "warning": "5.0"}
STRUCTURE = "structure"


def _rule_properties(rule: Rule, level: str) -> dict[str, Any]:
    tags = list(dict.fromkeys([rule.category, *rule.tags]))
    properties: dict[str, Any] = {"category": rule.category}
    if rule.category != STRUCTURE:
        tags = list(dict.fromkeys([*tags, "security"]))
        if level in SECURITY_SEVERITY:  # a note or an off rule is not ranked as a security alert
            properties["security-severity"] = SECURITY_SEVERITY[level]
    properties["tags"] = tags
    return properties


def _result(finding: Finding, rule_index: int, location: tuple[str, str | None],
            occurrences: Counter[str]) -> dict[str, Any]:
    """One SARIF result; `location`: (uri, uriBaseId) of the finding's file (`locations.uri`)."""
    uri, base = location
    artifact = {"uri": uri, "uriBaseId": base} if base else {"uri": uri}
    line_hash = finding.fingerprint[:16]
    occurrences[line_hash] += 1
    suppressions = []
    if finding.suppressed:
        kind = "inSource" if finding.suppressed_in_source else "external"
        suppressions.append({"kind": kind, "justification": finding.justification})
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": finding.level,
        "message": {"text": f"{finding.message}\n{finding.fix}" if finding.fix else finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact,
            "region": {
                "startLine": finding.span.line,
                "startColumn": finding.span.column,
                "endLine": finding.span.end_line,
                "endColumn": max(finding.span.end_column, finding.span.column),
            },
        }}],
        "partialFingerprints": {
            "oamlint/v1": finding.fingerprint,
            # GitHub's key, in its `<hash>:<occurrence>` form; from the semantic identity, not the line's text
            "primaryLocationLineHash": f"{line_hash}:{occurrences[line_hash]}",
        },
        "suppressions": suppressions,
        "properties": finding.properties,
    }


def _camel(slug: str) -> str:
    return "".join(part.capitalize() for part in slug.split("-"))


def _first_paragraph(markdown: str) -> str:
    """The text under "What it does", or the README's first paragraph; a paragraph that ends in
    `:` goes on with the list that follows it, so the description is never cut off."""
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        if line.strip().lower().lstrip("#").strip() == "what it does":
            return _paragraph(lines[i + 1:])
    return _paragraph([line for line in lines if not line.startswith("#")])


def _paragraph(lines: list[str]) -> str:
    blocks = _blocks(lines)
    if not blocks:
        return ""
    text = " ".join(blocks[0])
    if text.endswith(":") and len(blocks) > 1:  # the list it introduces, without its bullets
        text += " " + " ".join(line[2:] if line.startswith(("- ", "* ")) else line for line in blocks[1])
    return text


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines (stripped), up to the next heading."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.startswith("#"):
            break
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]
