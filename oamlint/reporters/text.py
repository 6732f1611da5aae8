"""`file:line:col: level: message [slug]`, help lines, and a summary line."""

from __future__ import annotations

from oamlint.findings import Finding
from oamlint.lint import Report


def render(report: Report, show_suppressed: bool = False) -> str:
    lines: list[str] = []
    for finding in report.findings:
        if finding.suppressed and not show_suppressed:
            continue
        lines.extend(_finding(finding))
    if lines:
        lines.append("")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _finding(finding: Finding) -> list[str]:
    where = f"{finding.file}:{finding.span.line}:{finding.span.column}"
    level = f"{finding.level} (suppressed)" if finding.suppressed else finding.level
    out = [f"{where}: {level}: {finding.message} [{finding.rule}]"]
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
    suppressed = sum(1 for f in report.findings if f.suppressed)
    if suppressed:
        counts.append(f"{suppressed} suppressed")
    return f"{checked}: {', '.join(counts) if counts else 'no problems found'}."


def plural(n: int, word: str, words: str = "") -> str:
    """`1 file`, `2 files`; `words` for irregular plurals (`repositories`)."""
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"
