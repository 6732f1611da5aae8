"""The check pipeline: load → validate → OPA evaluation (one query, or two at once: `evaluate`) → locate → findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Required, TypedDict

from oamlint import suppression
from oamlint.catalogue import Rule, load_catalogue
from oamlint.config import Config
from oamlint.engine.opa import COPIES_DOCUMENTS, Engine, Part
from oamlint.errors import FatalError
from oamlint.findings import LEVELS, Finding, Violation, fingerprint, former_fingerprint
from oamlint.options import EngineOptions
from oamlint.report import AccessDiff, AccessGrant, Report
from oamlint.spec import environments, schema
from oamlint.spec.discovery import find
from oamlint.spec.loader import Document, LoadedFile, cores, load_files
from oamlint.spec.sourcemap import dotted


class RawViolation(TypedDict, total=False):
    """One item of `data.oamlint.output.findings`, as `fail` in rego/oamlint/lib/result.rego builds it."""

    category: str
    rule: Required[str]
    message: Required[str]
    document: str  # an `input.documents[].id`; another value means the config file
    path: list[str | int] | None  # keys and indexes inside that document
    properties: dict[str, Any] | None  # what the finding is about: repository, principal, role, …


Gogs = dict[str, Any]  # a validated Gogs export (`oamlint.gogs`), evaluated as `input.gogs`
Export = Gogs | Callable[[], Gogs]  # an export, or what returns it once it has been loaded (`check --export`)


def lint(
    paths: Iterable[str], config: Config, options: EngineOptions, engine: Engine | None = None,
    gogs: Export | None = None, stdin_name: str | None = None, grants: bool = True,
) -> Report:
    """Lint the spec files under `paths`, in `engine` or a new OPA started from `options`.

    `gogs`: a Gogs export, or a function that returns it (or raises its error), called once the files are loaded:
    `check --export` loads the export in a thread meanwhile (`commands.check.in_background`). `stdin_name`: where
    standard input's findings are reported (default `<stdin>`). `grants`: the report lists the grants the specs
    declare (`Report.grants`); without them OPA is not asked for them, and without an export the report has none.

    Raises FatalError when a path cannot be read, the export cannot be loaded, or OPA cannot evaluate.
    """
    found = find(tuple(paths))
    loaded = load_files(found.files, stdin_name) + found.problems
    complete = bool(config.data.get("waivers")) and suppression.covers(found.files, config)
    return lint_loaded(loaded, config, options, engine, loaded_export(gogs), complete=complete, grants=grants)


def loaded_export(gogs: Export | None) -> Gogs | None:
    """The export `gogs` is or returns (raising its error)."""
    return gogs() if callable(gogs) else gogs


def lint_loaded(
    loaded: list[LoadedFile], config: Config, options: EngineOptions, engine: Engine | None = None,
    gogs: Gogs | None = None, complete: bool = False, grants: bool = True,
) -> Report:
    """Lint files already loaded (from disk or from git objects), in `engine` or a new OPA.

    `gogs`: a Gogs export, so the drift rules run and the report has the access diff against
    what Gogs grants today. `complete`: every spec under the config's
    directory is among `loaded`, so a waiver that matched nothing is reported as unused. `grants`: as for `lint`.
    Raises FatalError when two of `loaded` have one name, or OPA cannot evaluate.
    """
    _named_once(loaded)
    documents = [doc for file in loaded for doc in file.documents]
    violations = [v for file in loaded for v in file.violations]
    violations += schema_violations(documents)
    # an Application with override policies: one document per environment (or, past environmentNodes, a finding)
    evaluated, oversized = environments.expand_all(documents)
    violations += oversized
    # what the reports use: the declared grants if listed or diffed against Gogs, and what Gogs holds for that diff
    answers = ["declared", "held"] if gogs is not None else ["declared"] if grants else []
    output = evaluate(envelope(evaluated, config, options, gogs, answers), options, engine)
    by_id = _by_id((*documents, *evaluated))
    raw = environments.merge_findings(output["findings"], by_id)  # output: see engine/output.schema.json
    violations += [locate(item, by_id, config) for item in raw]
    catalogue = load_catalogue()
    scope = suppression.Scope(options.moment, complete, tuple(file.file for file in loaded), gogs is not None)
    findings = settle(violations, loaded, config, scope)
    declared = declared_grants(output.get("declared") or [], by_id)
    access: tuple[AccessDiff, ...] = ()
    if gogs is not None:  # the access diff, and the Gogs records it reads, only for a run with an export
        from oamlint.access_diff import diff_live, live_grants

        access = (diff_live(declared, live_grants(output.get("held") or [])),)
    held = tuple(AccessGrant(str(h["repository"]), str(h["principal"]), "", str(h["permission"]), via=str(h["via"]))
                 for h in output.get("held") or ())
    waivers = tuple(config.data.get("waivers") or ())
    levels = {slug: config.level(rule) for slug, rule in catalogue.items()}
    return Report(findings, len(loaded), len(documents), catalogue, levels, grants=declared, access=access, held=held,
                  gogs=gogs, waivers=waivers, moment=options.moment)


def _named_once(loaded: list[LoadedFile]) -> None:
    """Raises FatalError when two files have one name: standard input named by --stdin-filename as a file that is
    linted too (discovery lints each real file once). Their documents would have one id, and OPA would judge them as
    one (a git-access-policy of the one applied to the other)."""
    names: set[str] = set()
    for file in loaded:
        if file.file in names:
            raise FatalError(f"`{file.file}` would be linted twice: standard input is named so by --stdin-filename, "
                             "and a file of that name is linted too",
                             "give --stdin-filename a name that no linted file has, or leave that file out")
        names.add(file.file)


def _by_id(documents: Iterable[Document]) -> dict[str, Document]:
    """`documents` by id. Raises RuntimeError (an internal error: a bug) when two of them have one id: one document's
    findings would be reported, and inline-ignored, in the other."""
    found: dict[str, Document] = {}
    for doc in documents:
        if found.setdefault(doc.id, doc) is not doc:
            raise RuntimeError(f"two documents have the id {doc.id!r}")
    return found


def settle(violations: list[Violation], loaded: list[LoadedFile], config: Config, scope: suppression.Scope) -> list[Finding]:
    """Findings with levels, waivers and inline ignores applied, and what those find wrong."""
    catalogue = load_catalogue()
    findings = [f for f in (to_finding(v, catalogue, config) for v in violations) if f is not None]
    findings, problems = suppression.apply(findings, config, {f.file: f.ignores for f in loaded if f.ignores}, scope)
    findings += [f for f in (to_finding(v, catalogue, config) for v in problems) if f is not None]
    return sorted(findings, key=Finding.sort_key)


def schema_violations(documents: list[Document]) -> list[Violation]:
    """Schema findings, and names that YAML reads as numbers or booleans.

    Where the schema expects a string (a name, team, repository, role) and YAML gave a number or a
    boolean (`users: [007]`), the finding says how to quote it, and the document then holds the
    text as written (`"007"`), so the rules, JSON, waivers and fingerprints see `007`, never 7.
    A plain `no`/`on`/`yes`/`off` there is a string to oamlint (YAML 1.2) but a boolean to kubectl
    and KubeVela (YAML 1.1): a `boolean-like-name` warning.
    """
    found = []
    for doc in documents:
        for problem in schema.validate(doc.data):
            span = doc.source_map.locate(problem.path)
            message, text = problem.message, doc.source_map.source_text(problem.path)
            if problem.quote and text is not None:
                message += f"; YAML reads the unquoted `{text}` as {'a boolean' if text.lower() in ('true', 'false') else 'a number'}: write `\"{text}\"`"
                schema.put_source_text(doc.data, problem.path, text)
            found.append(Violation("schema", message, doc.file, span, {"path": dotted(problem.path)}))
        words = doc.source_map.plain_scalars(schema.YAML11_BOOLEANS)
        for path in schema.read_by_kubectl(doc.data, words) if words else ():
            text = str(doc.source_map.source_text(path))
            message = (f"`{text}` is read as a string here, but kubectl and KubeVela read YAML 1.1, where an unquoted "
                       f"`{text}` is the boolean {str(text.lower() in ('y', 'yes', 'on')).lower()}; write `\"{text}\"`")
            found.append(Violation("boolean-like-name", message, doc.file, doc.source_map.locate(path), {"path": dotted(path)}))
    return found


def envelope(documents: list[Document], config: Config, options: EngineOptions, gogs: Gogs | None,
             answers: Iterable[str] = ()) -> dict[str, Any]:
    """The OPA input: half of the Rego<->Python contract (the other half is `locate`).

    The rules (under `data.oamlint.rules`, entry point `rego/oamlint/main.rego`) read `input.documents[]` ({id, file, index, kind, document},
    and for an environment of an Application with override policies `source` and `environments`),
    `input.config` (the validated `.oamlint.yaml`), `input.gogs` (a Gogs export or null; each effectiveAccess
    entry with only the fields of POLICY_EFFECTIVE_FIELDS),
    `input.now` (RFC 3339, UTC), `input.rules` ([category, slug] of every rule whose level is not
    `off`: main.rego evaluates only those) and `input.answers` (which of `output.declared`, `held` and `lookups`
    OPA computes: the others are left empty). Change both sides together.
    """
    catalogue = load_catalogue()
    return {
        "documents": [
            {"id": d.id, "file": d.file, "index": d.index, "kind": d.kind, "document": d.data, **_environment(d)}
            for d in documents
        ],
        "gogs": _for_policies(gogs),
        "config": config.data,
        "now": options.moment.isoformat().replace("+00:00", "Z"),
        "rules": [[rule.category, rule.slug] for rule in catalogue.values() if config.level(rule) in LEVELS],
        "answers": list(answers),
    }


# What the policies read of an effectiveAccess entry (rego/oamlint/lib/drift.rego `effective`). The rest of an
# entry, how the access is granted (`grants`), is for people reading the export: it is 60% of a large export's
# bytes, and OPA spends memory and time on every byte of its input (10,000 applications with a 20,000-repository
# export: 106 MB of input, 1.85 GB for OPA to hold it; 61 MB and 1.14 GB without it).
POLICY_EFFECTIVE_FIELDS = ("user", "repository", "gitPermission")


def _for_policies(gogs: Gogs | None) -> Gogs | None:
    """`gogs` with each effectiveAccess entry cut to POLICY_EFFECTIVE_FIELDS (a new dict; `gogs` is not changed)."""
    if gogs is None or not isinstance(gogs.get("effectiveAccess"), list):
        return gogs
    entries = [{field: entry[field] for field in POLICY_EFFECTIVE_FIELDS if field in entry}
               for entry in gogs["effectiveAccess"]]
    return {**gogs, "effectiveAccess": entries}


def _environment(doc: Document) -> dict[str, Any]:
    """For an Application's environment: `source` (the Application's id) and `environments` (deploy step names)."""
    if isinstance(doc, environments.EnvironmentDocument):
        return {"source": doc.source.id, "environments": list(doc.environments)}
    return {}


def evaluate(envelope: dict[str, Any], options: EngineOptions, engine: Engine | None) -> dict[str, Any]:
    """`data.oamlint.output` for `envelope`, in `engine` or a new OPA. Raises FatalError when OPA fails.

    On a machine of several cores the rules that are on are asked in two groups of about equal cost at once
    (`rule_groups`), which OPA evaluates on two cores; the first group's query also answers what
    `envelope["answers"]` asks. Where the rules make one group (one rule selected), no answer is asked, and every
    rule is `per_document`, the documents are asked in two halves at once instead (`document_halves`). Their
    findings together are the single query's.
    """
    if cores() < 2:
        return _evaluate(envelope, [], options, engine)
    first, *also = rule_groups(envelope["rules"], envelope.get("gogs") is not None, bool(envelope.get("answers")))
    if not also and not envelope.get("answers") and _per_document(first):
        halves = document_halves(envelope["documents"])
        if halves:
            return _evaluate({**envelope, "documents": halves[0]}, [{"documents": halves[1]}], options, engine)
    return _evaluate({**envelope, "rules": first}, [{"rules": group} for group in also], options, engine)


def _evaluate(envelope: dict[str, Any], also: list[Part], options: EngineOptions, engine: Engine | None
              ) -> dict[str, Any]:
    if engine is not None:
        return engine.evaluate(envelope, also)
    with Engine(options.opa, options.opa_url, timeout=options.opa_timeout) as own:
        return own.evaluate(envelope, also)


def _per_document(rules: list[list[str]]) -> bool:
    """Whether `rules` hold a rule that OPA evaluates (`Rule.rego`), and every such rule is `per_document` in its
    metadata."""
    catalogue = load_catalogue()
    evaluated = [rule for rule in (catalogue[slug] for _, slug in rules) if rule.rego]
    return bool(evaluated) and all(rule.per_document for rule in evaluated)


# Documents from which a second query over half of them is asked. At 1,000 generated applications, `--select
# admin-grant`, the halves take 1.35 s against 1.54 s (BENCHMARKS.md, change 19); the threshold itself is not
# measured: it keeps a small run (a pre-commit hook's few files) to one request.
SPLIT_DOCUMENTS = 100


def document_halves(documents: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
    """`documents` (the envelope's) in two halves to ask at once, in order; None below SPLIT_DOCUMENTS, or above
    COPIES_DOCUMENTS (where OPA holds one envelope for all queries in its store: see Engine.evaluate)."""
    if not SPLIT_DOCUMENTS <= len(documents) <= COPIES_DOCUMENTS:
        return None
    half = len(documents) // 2
    return documents[:half], documents[half:]


EXPORT_CATEGORY = "drift"  # the category of the rules that read the Gogs export (rules/drift/, lib/drift.rego)

# What each Rego rule adds to OPA's evaluation, in milliseconds over 1,000 generated applications (`bench/generate.py`;
# the drift rules with its 2,000-repository export), next to the lib/access sets every such rule reads: estimated
# from each rule evaluated alone (OPA 1.22.3) less the ~150-180 ms of those shared sets, and checked by timing the
# two groups (BENCHMARKS.md, change 17). Used only to split the rules into groups of about equal cost (`rule_groups`),
# so rough numbers do. ANSWER_COST: what the first query adds for `declared`, `held` and `lookups`.
RULE_COST = {
    "excess-permission": 250, "incomplete-export": 0, "missing-access": 450, "missing-second-factor": 80,
    "owner-sprawl": 0, "site-admin-access": 200, "stale-credential": 50, "unbound-identity": 250,
    "undeclared-access": 300, "unknown-principal": 150, "unknown-repository": 20, "unowned-repository": 20,
    "admin-grant": 100, "broad-principal": 170, "direct-user-grant": 170, "expired-grant": 100,
    "long-lived-credential": 60, "plaintext-secret": 250, "role-exceeds-mapping": 180, "standing-credential": 10,
    "conflicting-declarations": 170, "empty-role": 80, "missing-repository": 40, "missing-role": 120,
    "policy-loosens-config": 10, "role-without-identity": 110, "type-needs-role": 190, "unmapped-type": 80,
}
ANSWER_COST = 350


def rule_groups(rules: list[list[str]], export: bool, answers: bool = True) -> list[list[list[str]]]:
    """`rules` ([category, slug] pairs) in two groups of about equal cost by RULE_COST, each in `rules`' order, or in
    one group when the second would cost nothing.

    The first group, whose query also answers `declared`, `held` or `lookups` when `answers` (ANSWER_COST), holds
    every rule that reads the export (EXPORT_CATEGORY; without an export they cost nothing), so the second never needs
    `input.gogs` (see Engine.evaluate). Rules that are not Rego (the loader's, the schema's, the waivers') cost
    nothing.
    """
    def cost(rule: list[str]) -> int:
        return RULE_COST.get(rule[1], 0) if export or rule[0] != EXPORT_CATEGORY else 0

    first = [rule for rule in rules if rule[0] == EXPORT_CATEGORY or not cost(rule)]
    load, second, second_load = (ANSWER_COST if answers else 0) + sum(map(cost, first)), [], 0
    for rule in sorted((rule for rule in rules if rule not in first), key=cost, reverse=True):
        if second_load < load:
            second.append(rule)
            second_load += cost(rule)
        else:
            first.append(rule)
            load += cost(rule)
    if not second:
        return [list(rules)]
    return [[rule for rule in rules if rule in group] for group in (first, second)]


def declared_grants(declared: list[dict[str, Any]], documents: dict[str, Document]) -> tuple[AccessGrant, ...]:
    """`data.oamlint.lib.access.declared_roles`, one AccessGrant per principal, located at `permission`."""
    # The same grant in several environments is one, with all of them (in the order first seen): grant fields
    # (AccessGrant's, in order, without `via` and `environments`) → environment names, as the keys of a dict.
    found: dict[tuple[str, str, str, str, str, str, int, str], dict[str, None]] = {}
    for role in declared:
        doc = documents.get(str(role.get("document")))
        if doc is None:
            continue
        span = doc.source_map.locate((*role.get("path", ()), "permission"))
        names = doc.environments if isinstance(doc, environments.EnvironmentDocument) else ()
        for principal in role.get("principals") or ():
            fields = (str(role.get("repository", "")), str(principal), str(role.get("role", "")),
                      str(role.get("permission", "")), str(role.get("component", "")), doc.file, span.line,
                      str((role.get("grant") or {}).get("until") or ""))
            found.setdefault(fields, {}).update(dict.fromkeys(names))
    grants = [AccessGrant(*fields, environments=tuple(names)) for fields, names in found.items()]
    return tuple(sorted(grants, key=lambda g: (g.file, g.line, g.repository, g.principal, g.role)))


def locate(raw: RawViolation, documents: dict[str, Document], config: Config) -> Violation:
    """A Rego violation names a document and a path; turn it into file:line:column.

    The other half of the Rego<->Python contract (see `envelope`): `raw` is one item of
    `data.oamlint.output.findings` (`RawViolation`). A document id that names no spec document
    means the finding is about the config file. The engine checks the output's shape first
    (oamlint/engine/output.schema.json).
    """
    path = tuple(raw.get("path") or ())
    properties = dict(raw.get("properties") or {})
    doc = documents.get(str(raw.get("document")))
    if doc is not None:
        return Violation(raw["rule"], raw["message"], doc.file, doc.source_map.locate(path), properties, dotted(path))
    # Not about a spec document (e.g. a repository no spec declares): the config file.
    return Violation(raw["rule"], raw["message"], config.file or "", config.source_map.locate(path), properties, dotted(path))


def to_finding(violation: Violation, catalogue: dict[str, Rule], config: Config) -> Finding | None:
    rule = catalogue[violation.rule]
    level = config.level(rule)
    if level not in LEVELS:  # "off"
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
        former_fingerprint=former_fingerprint(rule.slug, violation.file, violation.properties, violation.where),
    )
