"""GitHub Actions workflow commands, which Gitea and Forgejo Actions understand too.

One `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` per finding (`notice`
for notes), a `::notice` per access change anchored on the spec line that makes it, then the
summary line. Values are escaped as the runner requires: `%`, CR and LF everywhere, and also
`:` and `,` in properties.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from oamlint import locations
from oamlint.findings import Finding
from oamlint.options import RenderOptions
from oamlint.report import Change, Report
from oamlint.reporters.text import summary

COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def render(report: Report, options: RenderOptions) -> str:
    root = options.root or locations.source_root()
    lines = [annotation(f, root) for f in report.findings if not f.suppressed]
    for diff in report.access:
        lines += [access_notice(change, diff.against, root) for change in diff.changes if change.file]
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def annotation(finding: Finding, root: str) -> str:
    span = finding.span
    properties: dict[str, object] = {
        "file": repository_path(finding.file, root),
        "line": span.line,
        "col": span.column,
        "endLine": span.end_line,
    }
    if span.end_line == span.line:  # GitHub ignores columns on a multi-line region
        properties["endColumn"] = max(span.end_column, span.column)
    properties["title"] = finding.rule
    message = f"{finding.message}\nhelp: {finding.fix}" if finding.fix else finding.message
    return command(COMMANDS[finding.level], properties, message)


def access_notice(change: Change, against: str, root: str) -> str:
    properties = {"file": repository_path(change.file, root), "line": change.line,
                  "title": f"access {change.kind} (against {against})"}
    return command("notice", properties, change.describe())


def command(name: str, properties: Mapping[str, object], message: str) -> str:
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {rendered}::{escape_data(message)}"


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def repository_path(file: str, root: str) -> str:
    """`file` relative to the source root (the checkout, for Actions), or its absolute path outside it."""
    relative = locations.root_relative(file, root)
    return os.path.abspath(file) if relative is None else relative
