"""Baselines: the fingerprints of findings accepted as they are today.

The file is JSON meant to be reviewed in a pull request: one entry per finding with its
fingerprint, rule, file and a short description, sorted so that regenerating it gives small diffs.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from oamlint import json_text, limits
from oamlint.errors import FatalError
from oamlint.findings import Finding
from oamlint.report import Report

VERSION = 1
DESCRIPTION_LENGTH = 160
REWRITE_HINT = "recreate it with `oamlint check --write-baseline FILE`"


@dataclasses.dataclass(frozen=True)
class Entry:
    fingerprint: str
    rule: str
    file: str
    description: str

    def to_json(self) -> dict[str, str]:
        return dataclasses.asdict(self)


def entries_for(findings: Iterable[Finding]) -> list[Entry]:
    """One entry per distinct fingerprint among the findings that are not waived."""
    found: dict[str, Entry] = {}
    for finding in findings:
        if not finding.suppressed:
            found.setdefault(finding.fingerprint, Entry(finding.fingerprint, finding.rule, finding.file, _short(finding.message)))
    return sorted(found.values(), key=lambda e: (e.file, e.rule, e.description, e.fingerprint))


def render(entries: list[Entry]) -> str:
    document = {"version": VERSION, "tool": "oamlint", "findings": [e.to_json() for e in entries]}
    return json_text.indented(document)


def load(path: str) -> list[Entry]:
    """The entries of baseline `path`. Raises FatalError when it is missing, unreadable or not a baseline."""
    try:
        document = json.loads(limits.read_regular(path, "fileBytes").decode("utf-8"))  # a regular file, bounded
    except FileNotFoundError:
        raise FatalError(f"baseline `{path}` does not exist", REWRITE_HINT) from None
    except limits.TooLarge as error:
        raise limits.fatal("fileBytes", f"baseline `{path}`", f"it is {error.size:,} bytes", error.size) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise FatalError(f"cannot read baseline `{path}`: {error}", REWRITE_HINT) from None
    return _entries(document, path)


def _entries(document: Any, path: str) -> list[Entry]:
    if not isinstance(document, dict) or document.get("version") != VERSION or not isinstance(document.get("findings"), list):
        raise FatalError(f"`{path}` is not an oamlint baseline (version {VERSION})", REWRITE_HINT)
    entries = []
    for index, item in enumerate(document["findings"]):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise FatalError(f"`{path}`: findings[{index}] has no `fingerprint`", REWRITE_HINT)
        entries.append(Entry(item["fingerprint"], str(item.get("rule", "")), str(item.get("file", "")), str(item.get("description", ""))))
    return entries


def without(report: Report, known: set[str]) -> Report:
    """The report without the findings whose fingerprint is known (a baseline's, or those at a base revision)."""
    kept = [f for f in report.findings if known.isdisjoint(f.fingerprints)]
    hidden = sum(1 for f in report.findings if not known.isdisjoint(f.fingerprints) and not f.suppressed)
    return dataclasses.replace(report, findings=kept, hidden=report.hidden + hidden)


def stale(report: Report, entries: list[Entry]) -> list[Entry]:
    """Baseline entries that match no finding any more (fixed, or the rule was switched off)."""
    seen = {known for finding in report.findings for known in finding.fingerprints}
    return [entry for entry in entries if entry.fingerprint not in seen]


def describe_stale(path: str, entries: list[Entry]) -> str:
    if not entries:
        return f"Baseline `{path}`: every entry still matches a finding.\n"
    lines = [f"Baseline `{path}`: {len(entries)} {'entry matches' if len(entries) == 1 else 'entries match'} "
             "no finding any more; remove them:"]
    lines += [f"  {e.fingerprint}  {e.rule}  {e.file}: {e.description}" for e in entries]
    return "\n".join(lines) + "\n"


def _short(message: str) -> str:
    line = message.splitlines()[0] if message else ""
    return line if len(line) <= DESCRIPTION_LENGTH else line[: DESCRIPTION_LENGTH - 1] + "…"
