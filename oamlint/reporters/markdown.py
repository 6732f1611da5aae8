"""A pull-request comment (or job summary): verdict, findings by file, access changes.

The first line is the verdict. Findings are grouped by file in collapsible sections (open when
there are few), each row linking to its line when the CI says where the commit is browsable; the
access changes are a table. The whole comment stays under GitHub's 65,536-character limit:
past a budget, rows are left out and the comment says how many.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from oamlint import locations
from oamlint.findings import Finding
from oamlint.options import RenderOptions
from oamlint.report import AccessDiff, Change, Report
from oamlint.reporters.text import against, hidden_note
from oamlint.words import plural

BUDGET = 60_000  # characters: GitHub refuses comments over 65,536
OPEN_LIMIT = 20  # findings (or access changes) shown expanded; more are collapsed
ICONS = {"error": "❌", "warning": "⚠️", "note": "ℹ️"}
CHANGE_ICONS = {"added": "➕", "raised": "⬆️", "lowered": "⬇️", "removed": "➖"}


def render(report: Report, options: RenderOptions) -> str:
    env = os.environ if options.env is None else options.env
    links = Links(env, options.root or locations.source_root())
    shown = [f for f in report.findings if not f.suppressed]
    head = verdict(report, shown) + "\n\n" + details(report) + "\n"
    access = Budget(BUDGET // 3)  # the access changes keep a share however many findings there are
    for diff in report.access:
        access_section(access, diff, links)
    findings = Budget(BUDGET - len(head) - access.size)
    if shown:
        findings_section(findings, shown, links)
    left_out = findings.left_out + access.left_out
    tail = (f"\n_{left_out} more rows are not shown here (comment size limit); "
            "the SARIF results and `oamlint check` list everything._\n") if left_out else ""
    return head + findings.text() + access.text() + tail


def verdict(report: Report, shown: list[Finding]) -> str:
    new = "new " if report.base else ""
    counts = [plural(n, f"{new}{level}") for level in ("error", "warning", "note")
              if (n := sum(1 for f in shown if f.level == level))]
    base = f" against `{report.base}`" if report.base else ""
    icon = "❌" if any(f.level == "error" for f in shown) else "⚠️" if shown else "✅"
    said = ", ".join(counts) if counts else f"no {new}findings"
    changes = [f"{d.summary()} against {against(d)}" for d in report.access if d.changes]
    access = f"; access: {'; '.join(changes)}" if changes else ""
    return f"### {icon} oamlint: {said}{base}{access}"


def details(report: Report) -> str:
    files = plural(report.files, "file")
    text = f"Checked {files} ({plural(report.documents, 'OAM document')})."
    if report.hidden:
        text += " " + hidden_note(report)
    return f"<sub>{text}</sub>"


def findings_section(out: Budget, findings: list[Finding], links: Links) -> None:
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.file, []).append(finding)
    opened = " open" if len(findings) <= OPEN_LIMIT else ""
    out.add("\n#### Findings\n")
    if not opened:
        by_rule: dict[str, int] = {}
        for finding in findings:
            by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
        counts = ", ".join(f"`{rule}` {n}" for rule, n in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])))
        out.add(f"\nBy rule: {counts}.\n")
    for file, group in by_file.items():
        if out.full or not out.fits(600):  # a section header and one row at least
            out.left_out += len(group)
            continue
        counts = ", ".join(plural(n, level) for level in ("error", "warning", "note")
                           if (n := sum(1 for f in group if f.level == level)))
        out.add(f"\n<details{opened}><summary><code>{_html(file)}</code> — {counts}</summary>\n\n"
                "| | Line | Rule | Message |\n| --- | --- | --- | --- |\n")
        for finding in group:
            out.row(finding_row(finding, links))
        out.force("\n</details>\n")


def finding_row(finding: Finding, links: Links) -> str:
    where = f"{finding.span.line}:{finding.span.column}"
    line = links.line(finding.file, finding.span.line, where)
    fix = f"<br>_{_cell(finding.fix)}_" if finding.fix else ""
    return f"| {ICONS[finding.level]} | {line} | `{finding.rule}` | {_cell(finding.message)}{fix} |\n"


def access_section(out: Budget, diff: AccessDiff, links: Links) -> None:
    out.add(f"\n#### Access changes against {against(diff)}: {diff.summary()}\n")
    if not diff.changes:
        return
    if out.full or not out.fits(600):
        out.left_out += len(diff.changes)
        return
    opened = " open" if len(diff.changes) <= OPEN_LIMIT else ""
    repositories = len(diff.by_repository())
    out.add(f"\n<details{opened}><summary>{plural(len(diff.changes), 'change')} on "
            f"{plural(repositories, 'repository', 'repositories')}</summary>\n\n"
            "| | Repository | Principal | Permission | Role | Declared at |\n| --- | --- | --- | --- | --- | --- |\n")
    for change in diff.changes:
        out.row(change_row(change, links))
    out.force("\n</details>\n")


def change_row(change: Change, links: Links) -> str:
    where = links.line(change.file, change.line, f"{change.file}:{change.line}") if change.file else ""
    role = _cell(change.role) if change.role else ""
    return (f"| {CHANGE_ICONS[change.kind]} {change.kind} | `{_cell(change.repository)}` | `{_cell(change.principal)}` "
            f"| {change.permissions} | {role} | {where} |\n")


class Links:
    """Where a file at this commit can be browsed: OAMLINT_LINK_BASE, or the CI's own variables.

    GitHub Actions: `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/`; Gitea and Forgejo
    Actions set the same variables and serve files under `src/commit/` instead. Without either,
    lines are plain text.
    """

    def __init__(self, env: Mapping[str, str], root: str) -> None:
        self.root = root
        self.base = env.get("OAMLINT_LINK_BASE", "")
        server, repository, sha = (env.get(k, "") for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
        if not self.base and server and repository and sha:
            forge = env.get("GITEA_ACTIONS") == "true" or env.get("FORGEJO_ACTIONS") == "true"
            self.base = f"{server.rstrip('/')}/{repository}/{'src/commit' if forge else 'blob'}/{sha}/"

    def line(self, file: str, line: int, label: str) -> str:
        if not self.base:
            return label
        path = locations.root_relative(file, self.root)
        if path is None:  # outside the repository: nothing to link to
            return label
        return f"[{label}]({self.base.rstrip('/')}/{locations.encode(path)}#L{line})"


class Budget:
    """Text with a size limit: whole sections are added while they fit, then rows are counted out."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.size = 0
        self.left_out = 0
        self.reserve = 400  # for closing tags and the "not shown" line

    @property
    def full(self) -> bool:
        return self.left_out > 0 or self.size > self.limit - self.reserve

    def fits(self, size: int) -> bool:
        return self.size + size <= self.limit - self.reserve

    def add(self, text: str) -> None:
        self.force(text)

    def row(self, text: str) -> None:
        if self.full or not self.fits(len(text)):
            self.left_out += 1
            return
        self.force(text)

    def force(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _cell(text: str) -> str:
    """Text safe inside a table cell: no line breaks, no column separators, no raw HTML."""
    return _html(text).replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
