"""`file:line:col: level: message [slug]`, help lines, a summary line, then the notes.

The notes say which findings are left out (`--base`, `--baseline`) and list the access changes
(`check --base`, a Gogs export). The other reporters reuse the wording defined here.
"""

from __future__ import annotations

import click

from oamlint.findings import Finding
from oamlint.options import RenderOptions
from oamlint.report import GOGS, AccessDiff, Report
from oamlint.words import plural


LEVEL_COLORS = {"error": "red", "warning": "yellow", "note": "cyan"}  # bold; rule ids in magenta


def render(report: Report, options: RenderOptions) -> str:
    """The findings (each with help and docs lines unless `quiet`), the summary line, then the notes
    (unless `quiet`); level words and rule ids in ANSI colours when `options.color`."""
    lines: list[str] = []
    for finding in report.findings:
        if finding.suppressed and not options.show_suppressed:
            continue
        lines.extend(_finding(finding, options))
    if lines:
        lines.append("")
    lines.append(summary(report))
    return "\n".join(lines) + "\n" + ("" if options.quiet else notes(report))


def _finding(finding: Finding, options: RenderOptions) -> list[str]:
    where = f"{finding.file}:{finding.span.line}:{finding.span.column}"
    level: str = finding.level
    rule = finding.rule
    if options.color:
        level = click.style(level, fg=LEVEL_COLORS.get(level), bold=True)
        rule = click.style(rule, fg="magenta")
    level = f"{level} (suppressed)" if finding.suppressed else level
    out = [f"{where}: {level}: {finding.message} [{rule}]"]
    if options.quiet:
        return out
    if finding.fix:
        out.append(f"  help: {finding.fix}")
    if finding.suppressed and finding.justification:
        out.append(f"  waived: {finding.justification}")
    out.append(f"  docs: oamlint explain {finding.rule}")
    return out


def summary(report: Report) -> str:
    files = plural(report.files, "file")
    checked = f"Checked {files} ({plural(report.documents, 'OAM document')})"
    counts = [
        plural(n, label) for n, label in (
            (report.count("error"), "error"), (report.count("warning"), "warning"), (report.count("note"), "note"),
        ) if n
    ]
    if report.suppressed:
        counts.append(f"{report.suppressed} suppressed")
    return f"{checked}: {', '.join(counts) if counts else 'no problems found'}."


def notes(report: Report) -> str:
    """Findings left out, and the access changes (`check --base`, Gogs), one line each."""
    lines = []
    if report.hidden:
        lines.append(hidden_note(report))
    for diff in report.access:
        lines.append(f"Access changes against {against(diff)}: {diff.summary()}.")
        lines += [f"  {c.describe()}" + (f"  ({c.file}:{c.line})" if c.file else "") for c in diff.changes]
    return "".join(line + "\n" for line in lines)


def hidden_note(report: Report) -> str:
    """`3 findings that already exist at `main` are not shown (--all shows them).`"""
    one = report.hidden == 1
    count = plural(report.hidden, "finding")
    if report.base:
        return (f"{count} that already {'exists' if one else 'exist'} at `{report.base}` "
                f"{'is' if one else 'are'} not shown (--all shows them).")
    return f"{count} in the baseline {'is' if one else 'are'} not shown."


def against(diff: AccessDiff) -> str:
    """What an access diff compares with, in words: "Gogs today" or a revision in backticks."""
    return "Gogs today" if diff.against == GOGS else f"`{diff.against}`"
