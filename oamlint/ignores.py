"""Inline ignore comments, `# oamlint ignore[rule, …]: reason`, as the loader reads them.

Parsing happens when a file is loaded (`oamlint.spec.loader`); applying them to findings, and
reporting the wrong ones, happens after evaluation (`oamlint.suppression`).
"""

from __future__ import annotations

import dataclasses
import re

# `# oamlint ignore[a, b]: reason`; what follows `ignore` is checked in `_parse_ignore`.
IGNORE_COMMENT = re.compile(r"(?:^|\s)(#\s*oamlint\s*:?\s*ignore\b(.*?))\s*$")
RULE_LIST = re.compile(r"\[([^\]]*)\](.*)")
DOCUMENT_MARKER = re.compile(r"(?:---|\.\.\.)(?:\s|$)")  # a line that ends a document or starts the next


@dataclasses.dataclass(frozen=True)
class InlineIgnore:
    """One ignore comment: where it is, the line it applies to, what it names and why."""

    line: int
    column: int
    end_column: int
    target: int
    rules: tuple[str, ...]
    reason: str


def inline_ignores(text: str) -> list[InlineIgnore]:
    """Every ignore comment in a file's text (cheap when there is none)."""
    if "oamlint" not in text:
        return []
    lines = text.splitlines()
    found = []
    for number, line in enumerate(lines, start=1):
        match = IGNORE_COMMENT.search(line)
        if match is None:
            continue
        standalone = not line[: match.start(1)].strip()
        target = _next_content_line(lines, number) if standalone else number
        rules, reason = _parse_ignore(match.group(2))
        found.append(InlineIgnore(number, match.start(1) + 1, match.end(1) + 1, target, rules, reason))
    return found


def _parse_ignore(rest: str) -> tuple[tuple[str, ...], str]:
    listed = RULE_LIST.match(rest.strip())
    if listed is None:
        return (), ""
    rules = tuple(name.strip() for name in listed.group(1).split(",") if name.strip())
    after = listed.group(2).strip()
    return rules, after[1:].strip() if after.startswith(":") else ""


def _next_content_line(lines: list[str], number: int) -> int:
    """The first line after `number` (1-based) that is neither blank nor only a comment; `number` itself (where no
    finding is) when that line starts another document: a comment at the end of one document never suppresses a
    finding of the next (`--- {…}` on one line; tester 23)."""
    for later in range(number, len(lines)):
        stripped = lines[later].strip()
        if stripped and not stripped.startswith("#"):
            return number if DOCUMENT_MARKER.match(lines[later]) else later + 1
    return number + 1
