"""Waivers from `.oamlint.yaml` and inline `# oamlint ignore[rule]: reason` comments, applied to findings.

Both are applied after evaluation: a suppressed finding is kept (reports show it as such) but
does not count. Waivers and comments that are themselves wrong become findings of the rules
`expired-waiver`, `unused-waiver` and `ignore-without-reason`.
"""

from __future__ import annotations

import dataclasses
import datetime
import fnmatch
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from oamlint.catalogue import Rule, load_catalogue
from oamlint.findings import Finding, Span, Violation
from oamlint.ignores import InlineIgnore
from oamlint.words import did_you_mean

if TYPE_CHECKING:
    from oamlint.config import Config

MATCH_KEYS = ("repository", "principal", "component")


@dataclasses.dataclass(frozen=True)
class Scope:
    """What a run saw, which decides whether an unmatched waiver is really unused."""

    now: datetime.datetime
    complete: bool = False  # every file under the config's directory was linted
    files: tuple[str, ...] = ()  # the files linted
    gogs: bool = False  # a Gogs export was evaluated (drift rules ran)


def apply(
    findings: list[Finding], config: Config, ignores: dict[str, list[InlineIgnore]], scope: Scope
) -> tuple[list[Finding], list[Violation]]:
    """`findings` with waivers and inline ignores applied, and the violations they cause."""
    catalogue = load_catalogue()
    waivers = [_Waiver(i, entry) for i, entry in enumerate(config.data.get("waivers") or [])]
    today = scope.now.date()  # Options.moment: always UTC
    base = os.path.dirname(os.path.abspath(config.file)) if config.file else os.getcwd()
    used: set[int] = set()
    result = []
    for finding in findings:
        matching = [w for w in waivers if w.matches(finding, base)]
        used.update(w.index for w in matching)
        valid = [w for w in matching if not w.expired(today)]
        if valid:
            finding = dataclasses.replace(finding, suppressed=True, justification=valid[0].justification)
        else:
            finding = _ignore_inline(finding, ignores.get(finding.file, ()), catalogue)
        result.append(finding)
    problems = [v for w in waivers if _config_linted(config, scope)
                for v in _waiver_problems(w, config, catalogue, scope, today, used, base)]
    problems += [v for file, found in ignores.items() for i in found for v in _ignore_problems(file, i, catalogue)]
    return result, problems


def _config_linted(config: Config, scope: Scope) -> bool:
    """Whether the run covers the config file (the whole tree, or the file among the paths):
    a commit that does not touch `.oamlint.yaml` hears nothing about its waivers."""
    home = os.path.abspath(config.file) if config.file else None
    return scope.complete or any(os.path.abspath(file) == home for file in scope.files)


def _ignore_inline(finding: Finding, ignores: Iterable[InlineIgnore], catalogue: dict[str, Rule]) -> Finding:
    """`finding` suppressed by the first inline ignore on its line that names its rule and gives a reason; never a
    finding of an `unread` rule (a file, or what follows in it, was not linted): text in that very file must not
    make it pass (a waiver or --ignore can)."""
    if catalogue[finding.rule].unread:
        return finding
    for ignore in ignores:
        if ignore.reason and ignore.target == finding.span.line and finding.rule in ignore.rules:
            return dataclasses.replace(finding, suppressed=True, justification=ignore.reason, suppressed_in_source=True)
    return finding


class _Waiver:
    """One entry of `waivers:` (already validated by config.py)."""

    def __init__(self, index: int, entry: dict[str, Any]) -> None:
        self.index = index
        self.rule = str(entry["rule"])
        self.match = {str(k): str(v) for k, v in (entry.get("match") or {}).items()}
        self.expires = datetime.date.fromisoformat(str(entry["expires"]))
        self.justification = f"{entry['reason']} (owner {entry['owner']}, expires {self.expires.isoformat()})"

    def expired(self, today: datetime.date) -> bool:
        return self.expires < today

    def matches(self, finding: Finding, base: str) -> bool:
        if finding.rule != self.rule:
            return False
        if any(str(finding.properties.get(key, "")) != self.match[key] for key in MATCH_KEYS if key in self.match):
            return False
        return "file" not in self.match or _file_matches(finding.file, self.match["file"], base)

    def describe(self) -> str:
        subject = ", ".join(f"{key} `{self.match[key]}`" for key in (*MATCH_KEYS, "file") if key in self.match)
        return f"Waiver of `{self.rule}`" + (f" for {subject}" if subject else "")

    def properties(self) -> dict[str, Any]:
        found: dict[str, Any] = {key: self.match[key] for key in MATCH_KEYS if key in self.match}
        return {**found, "waivedRule": self.rule, "path": f"waivers[{self.index}]"}


def _file_matches(file: str, pattern: str, base: str) -> bool:
    """`file` (as reported) against a glob, taken as written and relative to the config's directory."""
    relative = os.path.relpath(os.path.abspath(file), base)
    return any(fnmatch.fnmatchcase(name.replace(os.sep, "/"), pattern) for name in (file, relative))


def _waiver_problems(
    waiver: _Waiver, config: Config, catalogue: dict[str, Rule], scope: Scope,
    today: datetime.date, used: set[int], base: str,
) -> list[Violation]:
    if waiver.expired(today):
        message = f"{waiver.describe()} expired on {waiver.expires.isoformat()} and no longer suppresses findings"
        span = config.source_map.locate(("waivers", waiver.index, "expires"))
        return [Violation("expired-waiver", message, config.file or "", span, waiver.properties())]
    if waiver.index in used or not _could_match(waiver, config, catalogue, scope, base):
        return []
    span = config.source_map.locate(("waivers", waiver.index))
    return [Violation("unused-waiver", f"{waiver.describe()} matches no finding", config.file or "", span,
                      waiver.properties())]


def _could_match(waiver: _Waiver, config: Config, catalogue: dict[str, Rule], scope: Scope, base: str) -> bool:
    """Whether this run evaluated the waiver's rule over the files it could apply to.

    A pre-commit run lints a few files and `check` runs no drift rule without a Gogs export;
    a waiver for what such a run did not look at is not unused.
    """
    rule = catalogue.get(waiver.rule)
    if rule is None or config.level(rule) == "off":
        return False
    if (rule.category == "drift" or "drift" in rule.tags) and not scope.gogs:
        return False
    if scope.complete:
        return True
    return "file" in waiver.match and any(_file_matches(f, waiver.match["file"], base) for f in scope.files)


def _ignore_problems(file: str, ignore: InlineIgnore, catalogue: dict[str, Rule]) -> list[Violation]:
    span = Span(ignore.line, ignore.column, ignore.line, ignore.end_column)
    properties = {"ignored": ", ".join(ignore.rules)}
    if not ignore.rules:
        message = "Inline ignore names no rule, so it suppresses nothing; write `# oamlint ignore[rule]: reason`"
        return [Violation("ignore-without-reason", message, file, span, properties)]
    problems = []
    for slug in ignore.rules:
        if slug not in catalogue:
            message = f"Unknown rule `{slug}` in an inline ignore{did_you_mean(slug, catalogue)}"
            problems.append(Violation("ignore-without-reason", message, file, span, properties))
        elif catalogue[slug].unread:
            message = (f"Inline ignore of `{slug}` suppresses nothing: that rule says the file was not linted, which "
                       "a comment in the file cannot waive; use a waiver in .oamlint.yaml or --ignore")
            problems.append(Violation("ignore-without-reason", message, file, span, properties))
    if not ignore.reason:
        names = ", ".join(f"`{slug}`" for slug in ignore.rules)
        message = f"Inline ignore of {names} gives no reason, so it suppresses nothing"
        problems.append(Violation("ignore-without-reason", message, file, span, properties))
    return problems


def covers(linted: Iterable[str], config: Config) -> bool:
    """Whether `linted` (the files a run linted) holds every spec the config governs.

    The specs governed are the YAML files under the config's directory, as `check` would find
    them there, less those git ignores (build output, vendored charts). So `oamlint check specs/`
    from the config's directory is complete when `specs/` holds every spec there is, whatever
    path was typed. Reads the directory tree, and runs git only when files were left out.
    """
    if config.file is None:
        return False
    from oamlint.spec.discovery import discover  # the loader imports this package's leaves
    from oamlint.spec.loader import STDIN

    home = os.path.dirname(os.path.abspath(config.file))
    seen = {os.path.realpath(file) for file in linted if file != STDIN}
    missing = [file for file in discover([home]) if os.path.realpath(file) not in seen]
    return not missing or _all_ignored(home, missing)


def _all_ignored(home: str, files: list[str]) -> bool:
    """Whether git ignores every one of `files` (False outside a git repository)."""
    from oamlint import vcs  # GitPython costs ~90 ms to import; only a partial run with waivers needs it
    from oamlint.errors import FatalError

    try:
        repo = vcs.open_repository(home)
    except FatalError:
        return False
    return len(vcs.untracked_ignored(repo, files)) == len(files)
