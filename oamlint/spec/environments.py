"""Per-environment specs: what KubeVela deploys once `override` policies are applied.

KubeVela's multi-environment pattern keeps one clean component list and patches it per
environment: a `deploy` workflow step names policies (`properties.policies`, plus
`inlinePolicies`); its `topology` policies say where, and its `override` policies, applied in
the order named, patch the components. An Application without workflow steps gets the steps
KubeVela generates (`pkg/workflow/step/generator.go`): one `deploy-<topology>` step per topology
policy with every override policy, or one `deploy` step with every override policy when there
is no topology.

The merge follows KubeVela's `pkg/policy/envbinding/patch.go` (v1.10/1.11):

- a patch with no `name` applies to every component (of its `type`, when it gives one); a `name`
  is a pattern (`*` is any text) searched for anywhere in each component name; a matched component
  of another `type` (when the patch gives one) is replaced by the patch; when nothing matches, the
  patch is added as a new component;
- `properties` are merged as `mergo.Merge(…, WithOverride)` merges JSON: mappings key by key and
  recursively, anything else in the patch (a mapping over a scalar, a list, a scalar, null) replaces
  the base value;
- `traits` are matched by `type`: a patch's properties are merged into the trait of that type,
  `disable: true` removes it, and a type the component lacks is added;
- `selector: [names]` keeps only the components named.

`expand` gives one `EnvironmentDocument` per distinct effective spec, whose source map points every
value at the line that introduced it: the override's line where an override set it, the base
line otherwise. `merge_findings` reports a finding found in several environments once, and names
the environments where it matters (see there).
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple, TypeVar, cast

import re2  # type: ignore[import-untyped]

from oamlint import limits
from oamlint.findings import Span, Violation
from oamlint.spec.loader import Document, id_part
from oamlint.spec.sourcemap import KeyPath, SourceMap, dotted

OVERRIDE, TOPOLOGY, DEPLOY, STEP_GROUP = "override", "topology", "deploy", "step-group"
ENV_BINDING, DEPLOY_TO_ENV = "env-binding", "deploy2env"  # KubeVela's older per-environment patches: `unmodelled`
# Workflow steps that deploy the base components as written, without override policies.
APPLY_BASE = frozenset({"apply-component", "apply-remaining", "apply-application", "apply-application-in-parallel"})
# KubeVela adds a component for an unmatched patch name only when the name holds such a run.
_ADDABLE = re.compile(r"[a-z]([a-z-]{0,61}[a-z])?")
COMPONENTS: KeyPath = ("spec", "components")
R = TypeVar("R", bound=Mapping[str, Any])  # a Rego finding (`oamlint.lint.RawViolation`)
POLICIES: KeyPath = ("spec", "policies")
INTRODUCED_BY_OVERRIDE: tuple[KeyPath, ...] = (POLICIES, ("spec", "workflow"))


@dataclasses.dataclass(frozen=True)
class Environment:
    """Deploy steps that apply the same override policies, in order (paths to their `properties`)."""

    names: tuple[str, ...]
    overrides: tuple[KeyPath, ...]


@dataclasses.dataclass(frozen=True)
class EnvironmentDocument(Document):
    """An Application as deployed in `environments`: its components with the overrides applied."""

    source: Document
    environments: tuple[str, ...]
    every: tuple[str, ...]  # all environments of the Application
    number: int  # its place among the Application's environments (from 1): what makes its id unique

    @property
    def id(self) -> str:
        """`<Application's id>@<number>:<environment>,…`, each name percent-encoded (`id_part`). The number keeps
        two environments apart whose deploy steps have the same names (two steps named `prod` applying different
        overrides: one id would have made one environment's findings the other's, placed at its lines)."""
        return f"{self.source.id}@{self.number}:{','.join(map(id_part, self.environments))}"


def expand_all(documents: Iterable[Document]) -> tuple[list[Document], list[Violation]]:
    """`documents`, each Application with override policies replaced by its environments' documents; and an
    `input-limit` finding for each Application whose environments, with those of the Applications before it in its
    file, would hold more nodes than `environmentNodes` allows (each environment counted whole, as OPA reads it,
    and each merge of an override's patch into a component too): it is linted as written instead; and an
    `unmodelled-workflow` finding where an Application deploys in a way oamlint does not model (`unmodelled`)."""
    result: list[Document] = []
    problems: list[Violation] = []
    budgets: dict[str, _Budget] = {}
    for doc in documents:
        budget = budgets.setdefault(doc.file, _Budget(limits.current()["environmentNodes"]))
        found: list[Environment] = []
        try:
            problems += _unmodelled_findings(doc, budget)
            found = _environments_of(doc)
            result.extend(expand(doc, found, budget) if found else [doc])
        except _OverBudget:
            before = " and of those before it in the file" if budget.shared else ""
            subject = f"What the environments of this Application{before} hold"
            message = (f"{limits.over('environmentNodes', subject)}: each is the whole Application with its overrides "
                       "applied, so they are not linted, only the Application as written; "
                       f"{limits.raise_hint('environmentNodes')}")
            span = doc.source_map.key_span(("spec", "workflow")) or doc.source_map.locate(("spec",))
            problems.append(Violation("input-limit", message, doc.file, span, {"limit": "environmentNodes"}))
            result.append(doc)
        finally:
            if budget.patterns:  # compiled once for each Application (`_compiled`); RE2's own cache goes with it too
                budget.patterns = {}
                re2.purge()
        budget.shared = budget.shared or bool(found)
    return result, problems


class _OverBudget(Exception):
    """The environments of a file would exceed `environmentNodes`."""


class _Budget:
    """What is left of a file's `environmentNodes`, charged as environments are made (`charge`, `count`)."""

    def __init__(self, nodes: int) -> None:
        self.left = nodes
        self.shared = False  # an earlier Application of the file has environments (spent some, or all)
        self.sizes: dict[int, int] = {}  # node counts by id, for one Application at a time (`expand`)
        self.scanned = 0  # work of pattern searches not yet charged as a whole node (`search`)
        self.patterns: dict[str, tuple[Any, str | None]] = {}  # `_compiled`, for one Application at a time

    def charge(self, nodes: int) -> None:
        """Raises _OverBudget when `nodes` more would exceed what is left."""
        self.left -= nodes
        if self.left < 0:
            raise _OverBudget

    def search(self, text: str, pattern: Any) -> None:
        """Charge a search of `text` by `pattern` (compiled): the characters read times the pattern's program size
        (what RE2's automaton steps through for each), SEARCH_WORK a node, and SEARCH_COST more for the search
        itself; the remainder is carried to the next search. Raises _OverBudget."""
        work = self.scanned + len(text) * pattern.programsize + SEARCH_COST
        whole, self.scanned = divmod(work, SEARCH_WORK)
        self.charge(whole)

    def count(self, value: Any) -> None:
        """Charge the nodes of `value`: mappings, lists and scalars, a value held in several places counted in each,
        as the JSON OPA reads repeats it (an Application's environments share most of their values with it and each
        other: each is walked once, `sizes`)."""
        self.charge(_size(value, self.sizes))


def _size(value: Any, sizes: dict[int, int]) -> int:
    if isinstance(value, dict):
        items: Iterable[Any] = value.values()
    elif isinstance(value, list):
        items = value
    else:
        return 1
    known = sizes.get(id(value))
    if known is None:
        known = sizes[id(value)] = 1 + sum(_size(item, sizes) for item in items)
    return known


def _environments_of(doc: Document) -> list[Environment]:
    """The environments of `doc`, an Application; [] for another document, or when no environment applies an
    override policy."""
    if doc.kind != "Application" or not isinstance(doc.data.get("spec"), dict):
        return []
    found = environments(doc.data["spec"])
    return found if any(env.overrides for env in found) else []


def expand(doc: Document, found: list[Environment], budget: _Budget) -> list[EnvironmentDocument]:
    """The documents of `doc`'s environments `found` (`_environments_of`), charged to `budget` (raises
    _OverBudget)."""
    every = tuple(name for env in found for name in env.names)
    result = []
    budget.sizes = {}  # by id: what it counts lives while `doc` and its environments do
    for number, env in enumerate(found, 1):
        data, origins = apply(doc.data, env.overrides, budget)
        budget.count(data)
        translated = _TranslatedMap(doc.source_map, origins)
        result.append(EnvironmentDocument(doc.file, doc.index, data, translated, doc, env.names, every, number))
    return result


def environments(spec: dict[str, Any]) -> list[Environment]:
    """The environments of an Application's `spec`, grouped by the overrides they apply, each named by its deploy
    steps: a step's `name`, else `step-<n>` (its place in the workflow, from 1), and a name used before is followed by
    `(step <n>)`."""
    policies = _items(spec.get("policies"))
    by_name = {_policy_name(p, k): (k, p) for k, p in policies}
    steps = list(_steps(spec.get("workflow")))
    groups: dict[tuple[KeyPath, ...], list[str]] = {}
    if not steps:  # KubeVela's generated workflow
        overrides = tuple(("spec", "policies", k, "properties") for k, p in policies if _type(p) == OVERRIDE)
        topologies = [_policy_name(p, k) for k, p in policies if _type(p) == TOPOLOGY]
        for name in [f"deploy-{t}" for t in topologies] or (["deploy"] if overrides else []):
            groups.setdefault(overrides, []).append(name)
    seen: set[str] = set()
    for number, (path, step) in enumerate(steps):
        name = given = str(step.get("name") or f"step-{number + 1}")
        while name in seen:  # a second step of that name (or an unnamed step beside one named `step-N`): told apart
            name = f"{name} (step {number + 1})" if name == given else f"{name}'"
        seen.add(name)
        if _type(step) in APPLY_BASE:
            groups.setdefault((), []).append(name)
        elif _type(step) == DEPLOY:
            groups.setdefault(_step_overrides(path, step, by_name), []).append(name)
    return [Environment(tuple(names), overrides) for overrides, names in groups.items()]


def _unmodelled_findings(doc: Document, budget: _Budget | None = None) -> list[Violation]:
    """`unmodelled-workflow` findings of an Application (`unmodelled`), or of a `Policy` or `Workflow` object: such an
    object changes what the Applications that name it deploy, which oamlint does not model. A finding's identity
    (`where`, what its fingerprint is made of) holds a digest of its document, so once the document changes it is a
    new finding for `check --base` and baselines: what oamlint cannot check must not change unseen (testers 24 and
    25 raised a Policy object, and a patch oamlint cannot evaluate, to admin past `--base`)."""
    if doc.kind == "Application" and isinstance(doc.data.get("spec"), dict):
        found = unmodelled(doc.data["spec"], budget)
        digest = _digest(doc) if found else ""  # only for a finding: every Application passes here
        return [Violation("unmodelled-workflow", message, doc.file, doc.source_map.locate(path),
                          {"path": dotted(path), "digest": digest}, f"{dotted(path)}#{digest}")
                for path, message in found]
    if doc.kind == "Policy" and _type(doc.data) in (OVERRIDE, ENV_BINDING):
        message = (f"A Policy object of type `{_type(doc.data)}` patches the components of each Application whose "
                   "deploy steps name it; oamlint checks overrides only as an Application's own policies, so these "
                   "patches are not checked")
    elif doc.kind == "Workflow":
        message = ("A Workflow object gives the steps of each Application whose `workflow.ref` names it; oamlint does "
                   "not model it, so the overrides its steps apply are not checked")
    else:
        return []
    digest = _digest(doc)
    return [Violation("unmodelled-workflow", message, doc.file, doc.source_map.locate(("kind",)),
                      {"path": "kind", "digest": digest}, f"kind#{digest}")]


def _digest(doc: Document) -> str:
    """A short digest of `doc`'s content, keys sorted: what identifies its `unmodelled-workflow` findings."""
    return hashlib.sha256(json.dumps(doc.data, sort_keys=True, default=str).encode()).hexdigest()[:16]


def unmodelled(spec: dict[str, Any], budget: _Budget | None = None) -> list[tuple[KeyPath, str]]:
    """Where the Application `spec` would be deployed by KubeVela in a way oamlint does not model, and why: a gate
    must not pass what it did not read (testers 23 and 24). Each is (path, message):

    - `spec.workflow.ref`: the steps are a Workflow object's (`RefWorkflowStepGenerator`), not read here;
    - a `deploy` step naming a policy the Application does not declare: KubeVela applies the Policy object of that
      name from the cluster (`LoadExternalPoliciesForWorkflow`);
    - `inlinePolicies` in a `deploy` step: KubeVela's own `deploy` step definition does not pass them on (a step of
      the top level is refused, in a step group they are dropped), and only a custom definition would apply them;
    - a step of another type with `policies` or `inlinePolicies` (a custom step definition, not read here);
    - an `env-binding` policy or a `deploy2env` step: deprecated in KubeVela, still applied, not modelled here;
    - an override patch name that cannot be evaluated as Go would (`_compiled`), so which components it patches is
      unknown. Compiling is charged to `budget` (raises _OverBudget).
    """
    found: list[tuple[KeyPath, str]] = []
    workflow = spec.get("workflow")
    ref = workflow.get("ref") if isinstance(workflow, dict) else None
    if ref:
        found.append((("spec", "workflow", "ref"), (
            f"The workflow is the Workflow object `{ref}`, whose steps oamlint does not read, so the overrides they "
            "apply are not checked")))
    policies = _items(spec.get("policies"))
    by_name = {_policy_name(p, k): (k, p) for k, p in policies}
    overrides: list[tuple[KeyPath, Any]] = [(("spec", "policies", k, "properties"), p.get("properties"))
                                            for k, p in policies if _type(p) == OVERRIDE]
    for k, policy in policies:
        if _type(policy) == ENV_BINDING:
            found.append((("spec", "policies", k, "type"), (
                "An `env-binding` policy patches the components per environment (deprecated, but KubeVela still "
                "applies it), which oamlint does not model, so its patches are not checked")))
    for path, step in _steps(workflow):
        if _type(step) == DEPLOY_TO_ENV:
            found.append(((*path, "type"), (
                "A `deploy2env` step applies an `env-binding` policy (deprecated, but KubeVela still runs it), which "
                "oamlint does not model, so what it deploys is not checked")))
        if not isinstance(step.get("properties"), dict):
            continue
        if _type(step) != DEPLOY:
            if any(step["properties"].get(key) is not None for key in ("policies", "inlinePolicies")):
                found.append(((*path, "type"), (
                    f"A `{step.get('type')}` step names policies to apply; oamlint models only KubeVela's own "
                    "`deploy` step, so what this step deploys is not checked")))
            continue
        if step["properties"].get("inlinePolicies") is not None:
            found.append(((*path, "properties", "inlinePolicies"), (
                "KubeVela's own `deploy` step does not apply `inlinePolicies` (it refuses a top-level step holding "
                "them, and drops them in a step group); only a custom step definition would, which oamlint does not "
                "read, so what this step deploys is not checked")))
        named = step["properties"].get("policies")
        for j, name in enumerate(named if isinstance(named, list) else ()):
            if isinstance(name, str) and name not in by_name:
                found.append(((*path, "properties", "policies", j), (
                    f"The deploy step applies the policy `{name}`, which this Application does not declare: KubeVela "
                    "then applies the Policy object of that name from the cluster, which oamlint does not read")))
        overrides += [((*path, "properties", "inlinePolicies", m, "properties"), inline.get("properties"))
                      for m, inline in _items(step["properties"].get("inlinePolicies")) if _type(inline) == OVERRIDE]
    for at, properties in overrides:
        for j, patch in _items(properties.get("components") if isinstance(properties, dict) else None):
            name = patch.get("name")
            why = _compiled(name, budget)[1] if isinstance(name, str) else None
            if why:
                found.append(((*at, "components", j, "name"), (
                    f"KubeVela matches this patch name against the component names as a Go regular expression, but "
                    f"it is {why}, so oamlint cannot tell which components it patches")))
    return found


def _step_overrides(path: KeyPath, step: dict[str, Any], by_name: dict[str, tuple[int, Any]]) -> tuple[KeyPath, ...]:
    given = step.get("properties")
    properties: dict[str, Any] = given if isinstance(given, dict) else {}
    found: list[KeyPath] = []
    named = properties.get("policies")
    for name in named if isinstance(named, list) else ():
        if isinstance(name, str) and name in by_name and _type(by_name[name][1]) == OVERRIDE:
            found.append(("spec", "policies", by_name[name][0], "properties"))
    for m, inline in _items(properties.get("inlinePolicies")):
        if _type(inline) == OVERRIDE:
            found.append((*path, "properties", "inlinePolicies", m, "properties"))
    return tuple(found)


def _steps(workflow: Any) -> Iterable[tuple[KeyPath, dict[str, Any]]]:
    """Every step with its path, the sub-steps of a `step-group` in its place."""
    if not isinstance(workflow, dict):
        return
    for i, step in _items(workflow.get("steps")):
        at: KeyPath = ("spec", "workflow", "steps", i)
        if _type(step) == STEP_GROUP:
            yield from (((*at, "subSteps", j), sub) for j, sub in _items(step.get("subSteps")))
        else:
            yield at, step


def _policy_name(policy: dict[str, Any], k: int) -> str:
    name = policy.get("name")
    return name if isinstance(name, str) and name else f"{policy.get('type')}-auto-gen-{k}"


def _type(item: dict[str, Any]) -> str:
    kind = item.get("type")
    return kind.partition("@")[0] if isinstance(kind, str) else ""


def _items(value: Any) -> list[tuple[int, dict[str, Any]]]:
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)] if isinstance(value, list) else []


# --- the merge, on values tagged with the path they come from ---------------------------------

class _T(NamedTuple):
    """A value and where it is written (a path into the original document).

    `raw` is the value as the original document holds it while nothing at or below it was merged (`_tag` sets it;
    the merge makes new values without it), so that `_plain` takes it as it is instead of copying it.
    """

    origin: KeyPath
    value: Any  # dict[str, _T] | list[_T] | a scalar
    raw: Any = None


def _tag(value: Any, origin: KeyPath) -> _T:
    if isinstance(value, dict):
        return _T(origin, {key: _tag(item, (*origin, key)) for key, item in value.items()}, value)
    if isinstance(value, list):
        return _T(origin, [_tag(item, (*origin, i)) for i, item in enumerate(value)], value)
    return _T(origin, value, value)


def _plain(tagged: _T, at: KeyPath, origins: dict[KeyPath, KeyPath], natural: KeyPath | None = None) -> Any:
    """The plain value of `tagged`, found at `at` in the result; where it comes from goes into `origins`, but only
    where that is not `natural` (its parent's origin and its own key): `_TranslatedMap.origin` reads a path's origin
    from its nearest ancestor in `origins`."""
    if tagged.origin != natural:
        origins[at] = tagged.origin
    if tagged.raw is not None:  # as the original document holds it, and so are the origins below it
        return tagged.raw
    if isinstance(tagged.value, dict):
        return {key: _plain(item, (*at, key), origins, (*tagged.origin, key)) for key, item in tagged.value.items()}
    if isinstance(tagged.value, list):
        return [_plain(item, (*at, i), origins, (*tagged.origin, i)) for i, item in enumerate(tagged.value)]
    return tagged.value


def _merge(base: _T | None, patch: _T) -> _T:
    """mergo.Merge(base, patch, WithOverride) (v0.3.16, KubeVela's) on JSON values: mappings merge key by key, and
    anything else in the patch replaces the base value (a mapping replaces a string: checked with mergo itself)."""
    if not isinstance(patch.value, dict) or base is None or not isinstance(base.value, dict):
        return patch
    merged = dict(base.value)
    for key, item in patch.value.items():
        merged[key] = _merge(merged.get(key), item)
    return _T(base.origin, merged)


def _text(tagged: _T | None) -> str:
    return tagged.value if tagged is not None and isinstance(tagged.value, str) else ""


def _merge_component(base: _T, patch: _T) -> _T:
    component = dict(base.value)
    fields = patch.value
    if "properties" in fields:
        component["properties"] = _merge(component.get("properties"), fields["properties"])
    if _text(fields.get("externalRevision")):
        component["externalRevision"] = fields["externalRevision"]
    base_traits = component.get("traits")
    order: list[str] = []
    traits: dict[str, _T] = {}
    for trait in base_traits.value if base_traits is not None and isinstance(base_traits.value, list) else ():
        if isinstance(trait.value, dict):
            traits[_text(trait.value.get("type"))] = trait
            order.append(_text(trait.value.get("type")))
    patched = fields.get("traits")
    for trait in patched.value if patched is not None and isinstance(patched.value, list) else ():
        if not isinstance(trait.value, dict):
            continue
        kind, disable = _text(trait.value.get("type")), trait.value.get("disable")
        disabled = disable is not None and disable.value is True
        if kind in traits:
            if disabled:
                del traits[kind]
            elif "properties" in trait.value:
                old = traits[kind]
                traits[kind] = _T(old.origin, {**old.value, "properties": _merge(old.value.get("properties"),
                                                                                   trait.value["properties"])})
        elif not disabled:
            traits[kind] = _new_trait(trait)
            order.append(kind)
    if order or base_traits is not None or patched is not None:
        where = base_traits.origin if base_traits is not None else patched.origin if patched is not None else base.origin
        component["traits"] = _T(where, [traits[kind] for kind in order if kind in traits])
    return _T(base.origin, component)


def _new_trait(trait: _T) -> _T:
    return _T(trait.origin, {key: item for key, item in trait.value.items() if key in ("type", "properties")})


def _new_component(patch: _T) -> _T:
    """KubeVela's EnvComponentPatch.ToApplicationComponent: name, type, properties, enabled traits."""
    fields = patch.value
    component = {key: fields[key] for key in ("name", "type", "properties") if key in fields}
    if "traits" in fields and isinstance(fields["traits"].value, list):
        kept = [_new_trait(t) for t in fields["traits"].value if isinstance(t.value, dict)
                and not (t.value.get("disable") is not None and t.value["disable"].value is True)]
        component["traits"] = _T(fields["traits"].origin, kept)
    return _T(patch.origin, component)


def _patch_components(components: list[tuple[str, _T]], override: _T, budget: _Budget | None = None
                      ) -> list[tuple[str, _T]]:
    """KubeVela's PatchComponents for one override policy's properties; each merge of a patch into a component is
    charged to `budget` (`_charge_merge`)."""
    names = [name for name, _ in components]
    by_name = dict(components)
    fields = override.value if isinstance(override.value, dict) else {}
    patches = fields.get("components")
    for patch in patches.value if patches is not None and isinstance(patches.value, list) else ():
        if not isinstance(patch.value, dict):
            continue
        name, kind = _text(patch.value.get("name")), _text(patch.value.get("type"))
        if not name:
            for other in names:
                if not kind or kind == _text(by_name[other].value.get("type")):
                    _charge_merge(budget, by_name[other], patch)
                    by_name[other] = _merge_component(by_name[other], patch)
            continue
        add = _ADDABLE.search(name) is not None
        pattern = _compiled(name, budget)[0]
        for other in names if pattern is not None else ():
            if budget is not None:
                budget.search(other, pattern)
            if pattern.search(other):
                add = False
                _charge_merge(budget, by_name[other], patch)
                replace = kind and kind != _text(by_name[other].value.get("type"))
                by_name[other] = _new_component(patch) if replace else _merge_component(by_name[other], patch)
        if add:
            if name not in by_name:
                names.append(name)
            by_name[name] = _new_component(patch)
    selector = fields.get("selector")
    if selector is not None and isinstance(selector.value, list):
        wanted = {item.value for item in selector.value if isinstance(item.value, str)}
        names = [name for name in names if name in wanted]
    return [(name, by_name[name]) for name in names]


# A patch name is a Go regular expression in KubeVela once each `*` is `.*` (pkg/policy/envbinding/patch.go): matched
# here by RE2, Go's syntax in linear time (Python's `re` backtracked: `(a|a)+$b` took seconds per component), never
# logging to stderr, in bounded memory (2 MiB a pattern; each name is compiled once per Application, and what RE2
# keeps compiled is purged after it). A name that is longer than PATTERN_LENGTH, written outside the syntax Go and
# RE2 read alike (`_EVALUATED`), or that RE2 cannot compile is not evaluated: an `unmodelled-workflow` finding, and
# it matches nothing. Compiling and searching are charged to environmentNodes (the time RE2 takes grows with the
# name compiled and its program, and with the text searched times the program's size: tester 24's 40-way
# alternation read 190 s a MB): a node per COMPILE_CHARS of a name and of its program's instructions, and per
# SEARCH_WORK characters searched times instructions, each search counting SEARCH_COST more (so 16 searches of
# short names are a node). 40,000 nodes then allow a few seconds of RE2 (testers 24 and 25's worst files: 1–5.5 s,
# where they took up to 384 s).
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False
_RE2_OPTIONS.max_mem = 2 << 20
PATTERN_LENGTH = 1_000
COMPILE_CHARS = 16
SEARCH_WORK = 8_192
SEARCH_COST = SEARCH_WORK // 16
# The syntax oamlint evaluates: ASCII letters and digits, `-`, `_`, `.`, `*`, and the operators Go and RE2 read alike
# (`|`, `?`, `+`, `^`, `$`, groups, classes and counted repetition), without `(?` (flags, named groups: Go allows only
# ASCII group names) and without backslashes (escapes: `\C`, Unicode classes and names, where Go and RE2 differ, and
# classes whose programs are slow to compile). Testers 24 and 25 hid grants behind each such difference.
_EVALUATED = re.compile(r"(?!.*\(\?)[A-Za-z0-9_.*+?^$|()\[\]{},-]*")


def _compiled(name: str, budget: _Budget | None = None) -> tuple[Any, str | None]:
    """The patch name `name` as KubeVela reads it: (compiled RE2 pattern, None), or (None, why it cannot be evaluated
    here). Each name is compiled once for an Application and charged to `budget` (raises _OverBudget)."""
    if budget is not None and name in budget.patterns:
        return budget.patterns[name]
    if budget is not None:
        budget.charge(1 + len(name) // COMPILE_CHARS)
    compiled: tuple[Any, str | None]
    if len(name) > PATTERN_LENGTH:
        compiled = None, f"{len(name):,} characters long (oamlint evaluates at most {PATTERN_LENGTH:,})"
    elif not _EVALUATED.fullmatch(name):
        compiled = None, ("written with syntax where Go's regular expressions and RE2 may differ (a backslash, `(?`, "
                          "or a character other than ASCII letters, digits and `-_.*+?^$|()[]{},`)")
    else:
        try:
            compiled = re2.compile(name.replace("*", ".*"), options=_RE2_OPTIONS), None
        except re2.error as error:
            reason = error.args[0].decode(errors="replace") if error.args and isinstance(error.args[0], bytes) else error
            compiled = None, f"a pattern RE2 cannot compile ({reason}), where Go's regexp may read it otherwise"
    if budget is not None:
        if compiled[0] is not None:
            budget.charge(compiled[0].programsize // COMPILE_CHARS)  # what it holds, and took to build
        budget.patterns[name] = compiled
    return compiled


def _charge_merge(budget: _Budget | None, component: _T, patch: _T) -> None:
    """Charge `budget` for merging `patch` into `component`: 1, its traits (the merge rebuilds them) and the patch's
    nodes (the merge brings them in)."""
    if budget is not None:
        traits = component.value.get("traits")
        rebuilt = len(traits.value) if traits is not None and isinstance(traits.value, list) else 0
        budget.charge(1 + rebuilt + _size(patch.raw, budget.sizes))


def _get(value: Any, path: KeyPath) -> Any:
    for step in path:
        value = value[step]
    return value


def apply(data: dict[str, Any], overrides: Sequence[KeyPath], budget: _Budget | None = None
          ) -> tuple[dict[str, Any], dict[KeyPath, KeyPath]]:
    """`data` with the override policies at `overrides` applied to `spec.components`, in order, and
    where each value of the new components comes from (path in the result → path in `data`). Each merge is charged
    to `budget` (raises _OverBudget); None: unbounded."""
    base = data["spec"].get("components")
    components = [
        (_text(tagged.value.get("name")), tagged)
        for i, item in enumerate(base if isinstance(base, list) else [])
        if isinstance(item, dict) and isinstance((tagged := _tag(item, (*COMPONENTS, i))).value, dict)
    ]
    for path in overrides:
        components = _patch_components(components, _tag(_get(data, path), path), budget)
    result = copy.copy(data)
    result["spec"] = dict(data["spec"])
    origins: dict[KeyPath, KeyPath] = {}
    result["spec"]["components"] = [_plain(tagged, (*COMPONENTS, i), origins) for i, (_, tagged) in enumerate(components)]
    return result, origins


class _TranslatedMap(SourceMap):
    """The base document's source map, read through `origins` (effective path → original path)."""

    def __init__(self, base: SourceMap, origins: dict[KeyPath, KeyPath]) -> None:
        super().__init__()
        self.base = base
        self.origins = origins

    def origin(self, path: Sequence[str | int]) -> KeyPath:
        """Where the value at `path` of the effective document is written in the original one."""
        path = tuple(path)
        if path[:2] != COMPONENTS or len(path) < 3:
            return path
        for cut in range(len(path), 2, -1):
            found = self.origins.get(path[:cut])
            if found is not None:
                return (*found, *path[cut:])
        return path

    def locate(self, path: Sequence[str | int]) -> Span:
        return self.base.locate(self.origin(path))

    def key_span(self, path: Sequence[str | int]) -> Span | None:
        return self.base.key_span(self.origin(path))

    def source_text(self, path: Sequence[str | int]) -> str | None:
        return self.base.source_text(self.origin(path))


def merge_findings(raw: Sequence[R], documents: dict[str, Document]) -> list[R]:
    """Rego findings with those about environment documents moved to the original document and path.

    A finding found in several environments at the same place with the same message is reported
    once. It names its environments (in the message and as `properties.environments`) when an
    override introduced or changed what it is about (a value the override set, a component whose
    trait it removed), or when it does not hold in every environment; a finding about the base
    spec as written that holds everywhere reads as it would without environments.

    A value an override policy writes into a component is there twice in an environment that applies it: in the
    policy (`spec.policies[…]`) and in the component. A rule that reads both (plaintext-secret walks the whole
    document) finds it twice at one place; it is reported once, as found in the policy, with the environments of both.
    """
    result: list[R] = []
    grouped: dict[str, _Group] = {}
    for item in raw:
        doc = documents.get(str(item.get("document")))
        if not isinstance(doc, EnvironmentDocument) or not isinstance(doc.source_map, _TranslatedMap):
            result.append(item)
            continue
        found = tuple(item.get("path") or ())
        path = list(doc.source_map.origin(found))
        moved = {**item, "document": doc.source.id, "path": path}
        key = json.dumps([moved.get("rule"), moved.get("message"), moved["document"], path, moved.get("properties")],
                         sort_keys=True, default=str)
        group = grouped.setdefault(key, _Group(moved, doc))
        group.names.extend(name for name in doc.environments if name not in group.names)
        group.overridden = group.overridden or _overridden(doc, found)
        group.in_place = group.in_place and tuple(path) == found
    in_policies = {group.place(): group for group in grouped.values()
                   if group.in_place and tuple(group.finding["path"][:2]) == POLICIES}
    for key, group in list(grouped.items()):
        written = None if group.in_place else in_policies.get(group.place())
        if written is not None:
            written.names.extend(name for name in group.names if name not in written.names)
            del grouped[key]
    for group in grouped.values():
        moved, doc, names = group.finding, group.doc, group.names
        by_override = group.overridden or any(tuple(moved["path"][:2]) == prefix for prefix in INTRODUCED_BY_OVERRIDE)
        if by_override or set(names) != set(doc.every):
            ordered = [name for name in doc.every if name in names]
            moved = {**moved, "message": f"{moved['message']} ({describe(ordered)})",
                     "properties": {**(moved.get("properties") or {}), "environments": ordered}}
        result.append(cast(R, moved))
    return result


@dataclasses.dataclass
class _Group:
    """One finding of `merge_findings`, moved to the original document and path, and the environments it holds in."""

    finding: dict[str, Any]
    doc: EnvironmentDocument  # the first environment document it was found in
    names: list[str] = dataclasses.field(default_factory=list)  # its environments, in the order first seen
    overridden: bool = False  # an override changed what it is about, in one of them at least
    in_place: bool = True  # found where it is written every time, never only through a component an override patched

    def place(self) -> tuple[Any, ...]:
        """Its rule, document and path: where it is reported."""
        return (self.finding.get("rule"), self.finding["document"], *self.finding["path"])


def _overridden(doc: EnvironmentDocument, path: KeyPath) -> bool:
    """Whether an override changed what `path` (or its nearest existing ancestor) holds in `doc`."""
    assert isinstance(doc.source_map, _TranslatedMap)
    here, value = _deepest(doc.data, path)
    there, base = _deepest(doc.source.data, doc.source_map.origin(here))
    return len(there) != len(doc.source_map.origin(here)) or value != base


def _deepest(data: Any, path: KeyPath) -> tuple[KeyPath, Any]:
    """The longest prefix of `path` that exists in `data`, and the value there."""
    for cut, step in enumerate(path):
        if isinstance(data, dict) and isinstance(step, str) and step in data:
            data = data[step]
        elif isinstance(data, list) and isinstance(step, int) and 0 <= step < len(data):
            data = data[step]
        else:
            return path[:cut], data
    return path, data


def describe(names: Sequence[str]) -> str:
    """`environment `prod`` or `environments `staging`, `prod``."""
    shown = ", ".join(f"`{name}`" for name in names)
    return f"environment {shown}" if len(names) == 1 else f"environments {shown}"
