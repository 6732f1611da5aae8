"""The check pipeline: load → validate → one OPA evaluation → locate → findings."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterable
from typing import Any

from oamlint import __version__, suppression
from oamlint.access_diff import AccessDiff, Grant
from oamlint.catalogue import Rule, load_catalogue
from oamlint.config import Config
from oamlint.engine.opa import Engine
from oamlint.findings import Finding, Violation, fingerprint
from oamlint.spec import schema
from oamlint.spec.discovery import find
from oamlint.spec.loader import Document, LoadedFile, load_file
from oamlint.spec.sourcemap import dotted


@dataclasses.dataclass(frozen=True)
class Report:
    findings: list[Finding]
    files: int
    documents: int
    rules: dict[str, Rule]
    version: str = __version__
    grants: tuple[Grant, ...] = ()  # what the specs declare, one grant per principal
    base: str | None = None  # with `check --base REV`: REV; findings are then only the new ones
    hidden: int = 0  # findings left out because they exist at the base or in the baseline
    access: tuple[AccessDiff, ...] = ()  # the access the change makes (against REV, against Gogs)

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.level == level and not f.suppressed)


@dataclasses.dataclass(frozen=True)
class Options:
    opa_path: str | None = None
    opa_url: str | None = None
    now: datetime.datetime | None = None  # --now; None: the current time
    gogs: dict[str, Any] | None = None
    moment: datetime.datetime = dataclasses.field(init=False)  # the run's one clock reading, in UTC

    def __post_init__(self) -> None:
        moment = self.now or datetime.datetime.now(datetime.timezone.utc)
        if moment.tzinfo is None:  # `--now 2026-11-25` means midnight UTC
            moment = moment.replace(tzinfo=datetime.timezone.utc)
        object.__setattr__(self, "moment", moment.astimezone(datetime.timezone.utc))


def lint(paths: Iterable[str], config: Config, options: Options, engine: Engine | None = None) -> Report:
    given = tuple(paths)
    found = find(given)
    loaded = [load_file(path) for path in found.files] + found.problems
    return lint_loaded(loaded, config, options, engine, complete=suppression.covers(given, config))


def lint_loaded(
    loaded: list[LoadedFile], config: Config, options: Options, engine: Engine | None = None, complete: bool = False
) -> Report:
    """Lint files already loaded (from disk or from git objects), in `engine` or a new OPA.

    `complete`: every spec under the config's directory is among `loaded`, so a waiver that
    matched nothing is reported as unused.
    """
    documents = [doc for file in loaded for doc in file.documents]
    violations = [v for file in loaded for v in file.violations]
    violations += schema_violations(documents)
    output = evaluate(documents, config, options, engine)
    by_id = {doc.id: doc for doc in documents}
    violations += [locate(item, by_id, config) for item in output["findings"]]
    catalogue = load_catalogue()
    findings = settle(violations, loaded, config, options, complete)
    grants = declared_grants(output.get("declared") or [], by_id)
    return Report(findings, len(loaded), len(documents), catalogue, grants=grants)


def settle(
    violations: list[Violation], loaded: list[LoadedFile], config: Config, options: Options, complete: bool
) -> list[Finding]:
    """Findings with levels, waivers and inline ignores applied, and what those find wrong."""
    catalogue = load_catalogue()
    findings = [f for f in (to_finding(v, catalogue, config) for v in violations) if f is not None]
    scope = suppression.Scope(
        options.moment,
        complete, tuple(file.file for file in loaded), options.gogs is not None,
    )
    findings, problems = suppression.apply(findings, config, {f.file: f.ignores for f in loaded if f.ignores}, scope)
    findings += [f for f in (to_finding(v, catalogue, config) for v in problems) if f is not None]
    return sorted(findings, key=Finding.sort_key)


def schema_violations(documents: list[Document]) -> list[Violation]:
    found = []
    for doc in documents:
        for problem in schema.validate(doc.data):
            span = doc.source_map.locate(problem.path)
            found.append(Violation("schema", problem.message, doc.file, span, {"path": dotted(problem.path)}))
    return found


def envelope(documents: list[Document], config: Config, options: Options) -> dict[str, Any]:
    return {
        "documents": [
            {"id": d.id, "file": d.file, "index": d.index, "kind": d.kind, "document": d.data} for d in documents
        ],
        "gogs": options.gogs,
        "config": config.data,
        "now": options.moment.isoformat().replace("+00:00", "Z"),
    }


def evaluate(documents: list[Document], config: Config, options: Options, engine: Engine | None) -> dict[str, Any]:
    if engine is not None:
        return engine.evaluate(envelope(documents, config, options))
    with Engine(options.opa_path, options.opa_url) as own:
        return own.evaluate(envelope(documents, config, options))


def declared_grants(declared: list[dict[str, Any]], documents: dict[str, Document]) -> tuple[Grant, ...]:
    """`data.oamlint.lib.access.declared_roles`, one Grant per principal, located at `permission`."""
    grants = []
    for role in declared:
        doc = documents.get(str(role.get("document")))
        if doc is None:
            continue
        span = doc.source_map.locate((*role.get("path", ()), "permission"))
        for principal in role.get("principals") or ():
            grants.append(Grant(
                str(role.get("repository", "")), str(principal), str(role.get("role", "")),
                str(role.get("permission", "")), str(role.get("component", "")), doc.file, span.line,
            ))
    return tuple(sorted(grants, key=lambda g: (g.file, g.line, g.repository, g.principal, g.role)))


def locate(raw: dict[str, Any], documents: dict[str, Document], config: Config) -> Violation:
    """A Rego violation names a document and a path; turn it into file:line:column."""
    path = tuple(raw.get("path") or ())
    properties = dict(raw.get("properties") or {})
    doc = documents.get(str(raw.get("document")))
    if doc is not None:
        return Violation(raw["rule"], raw["message"], doc.file, doc.source_map.locate(path), properties, dotted(path))
    # Not about a spec document (e.g. a repository no spec declares): the config file.
    return Violation(raw["rule"], raw["message"], config.file or "", config.source_map.locate(path), properties, dotted(path))


def to_finding(violation: Violation, catalogue: dict[str, Rule], config: Config) -> Finding | None:
    rule = catalogue[violation.rule]
    level = str(config.rule_setting(rule.slug).get("level", rule.level))
    if level == "off":
        return None
    return Finding(
        rule=rule.slug,
        level=level,
        message=violation.message,
        file=violation.file,
        span=violation.span,
        category=rule.category,
        fix=rule.fix,
        properties=violation.properties,
        fingerprint=fingerprint(rule.slug, violation.file, violation.properties, violation.where),
    )
