"""`.oamlint.yaml`: found by searching upward from the working directory, or given with --config.

The file is validated against `config.schema.json`, and rule names and rule options against the
rule catalogue; every problem is reported at its `file:line:column` with a "did you mean".
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import jsonschema_rs

from oamlint import limits
from oamlint.catalogue import Rule, load_catalogue
from oamlint.errors import FatalError
from oamlint.findings import Span
from oamlint.spec.loader import display_path, load_mapping
from oamlint.spec.sourcemap import SourceMap, dotted
from oamlint.words import did_you_mean

if TYPE_CHECKING:  # the `jsonschema` package is imported only when the config is invalid (it takes ~70 ms)
    from jsonschema import Draft202012Validator, ValidationError

CONFIG_NAME = ".oamlint.yaml"
SCHEMA_FILE = Path(__file__).with_name("config.schema.json")


@dataclasses.dataclass(frozen=True)
class Config:
    data: dict[str, Any]
    file: str | None
    source_map: SourceMap

    def rule_setting(self, slug: str) -> dict[str, Any]:
        """The `rules:` entry for `slug`, always as a mapping (`warning` → {"level": "warning"})."""
        setting = (self.data.get("rules") or {}).get(slug)
        if isinstance(setting, str):
            return {"level": setting}
        return dict(setting or {})

    def level(self, rule: Rule) -> str:
        """The rule's level in this run: `error`, `warning`, `note`, or `off`.

        The one place Python decides whether a rule is off; Rego's `off(slug)` in
        rego/oamlint/lib/config.rego reads the same `rules:` entry (tests/test_agreement.py).
        """
        return str(self.rule_setting(rule.slug).get("level", rule.level))


class Problem(NamedTuple):
    path: tuple[str | int, ...]
    message: str
    at_key: bool = False  # report at the key (unknown names) rather than at the value


def _find_near(paths: Sequence[str]) -> Path | None:
    existing = [os.path.abspath(p) for p in paths if os.path.exists(p)]
    if not existing:
        return None
    common = Path(os.path.commonpath(existing))
    return find_config(common if common.is_dir() else common.parent)


def find_config(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        candidate = directory / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(explicit: str | None, paths: Sequence[str] = ()) -> Config:
    """--config FILE; else `.oamlint.yaml` searched upward from the working directory, and,
    when there is none, upward from the linted paths (so `oamlint check examples/` uses
    examples/.oamlint.yaml); none found is an empty config.

    Raises FatalError when the file is missing, unreadable, not YAML, or invalid (every problem
    at its file:line:column).
    """
    if explicit is not None:
        if not os.path.isfile(explicit):
            raise FatalError(f"config file `{explicit}` does not exist", "check the path given to --config")
        path: Path | None = Path(explicit)
    else:
        path = find_config(Path.cwd()) or _find_near(paths)
    if path is None:
        return Config({}, None, SourceMap())
    data, source_map = load_mapping(str(path))
    config = Config(data, display_path(str(path)), source_map)
    validate(config)
    return config


def validate(config: Config) -> None:
    """Raise FatalError listing every problem of `config`, each at its file:line:column."""
    problems = list(dict.fromkeys([*schema_problems(config.data), *catalogue_problems(config.data)]))
    if not problems:
        return
    located = sorted(((_span(config.source_map, p), p.message) for p in problems),
                     key=lambda item: (item[0].line, item[0].column))
    raise FatalError(
        "\n".join(f"{config.file}:{span.line}:{span.column}: {message}" for span, message in located),
        "`oamlint rules` lists every rule; the README's `.oamlint.yaml` section shows every setting",
    )


@functools.cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


@functools.cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def _is_date(value: str) -> bool:
    """The `date` format as jsonschema checks it (a real calendar date, year 1 or later), so both validators agree."""
    try:
        return bool(_DATE.fullmatch(value) and datetime.date.fromisoformat(value))
    except ValueError:
        return False


@functools.cache
def _compiled() -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(_schema())  # formats unchecked: see _dates_valid


def _dates_valid(data: dict[str, Any]) -> bool:
    """The schema's one `format` (`date`, a waiver's `expires`; tests/test_config.py checks it is the only one),
    checked here as jsonschema checks it. Not as a Python callback inside jsonschema-rs: a Ctrl-C that lands in
    one makes it panic (a PanicException, and a Rust backtrace on stderr) instead of stopping the run."""
    waivers = data.get("waivers")
    return not isinstance(waivers, list) or all(
        _is_date(waiver["expires"]) for waiver in waivers if isinstance(waiver, dict) and isinstance(waiver.get("expires"), str))


def schema_problems(data: dict[str, Any]) -> Iterator[Problem]:
    """Every schema problem of `data`. The compiled validator (jsonschema-rs) answers first whether
    there is any; only then does the `jsonschema` package list them, with the detail the messages need."""
    try:
        if _compiled().is_valid(data) and _dates_valid(data):
            return
    except ValueError:  # a value jsonschema-rs cannot take: jsonschema decides
        pass
    for error in _validator().iter_errors(data):
        yield from _explain(error)


def _explain(error: ValidationError) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    instance: Any = error.instance
    schema: Any = error.schema
    required: Any = error.validator_value
    if not isinstance(schema, dict):
        return
    if error.validator == "additionalProperties":
        known = list(schema.get("properties", {}))
        where = f" in `{dotted(path)}`" if path else ""
        for key in (k for k in instance if k not in known):
            hint = did_you_mean(key, known) or f"; expected {_one_of(known)}"
            yield Problem((*path, key), f"unknown key `{key}`{where}{hint}", at_key=True)
    elif error.validator == "required":
        for key in (k for k in required if k not in instance):
            yield Problem(path, f"`{dotted(path)}` is missing the required key `{key}`")
    else:
        expected = schema.get("x-expected") or error.message
        hint = did_you_mean(str(instance), schema["enum"]) if error.validator == "enum" else ""
        yield Problem(path, f"`{dotted(path)}` must be {expected}, got {_describe(instance)}{hint}")


def catalogue_problems(data: dict[str, Any]) -> Iterator[Problem]:
    """Rule names under `rules:` and in waivers, rule options, and the roles `types` names."""
    catalogue = load_catalogue()
    rules = data.get("rules")
    for slug, setting in (rules.items() if isinstance(rules, dict) else ()):
        if slug not in catalogue:
            yield Problem(("rules", slug), f"unknown rule `{slug}`{did_you_mean(slug, catalogue)}", at_key=True)
        elif isinstance(setting, dict):
            yield from _option_problems(catalogue[slug], setting)
    waivers = data.get("waivers")
    for i, waiver in enumerate(waivers if isinstance(waivers, list) else ()):
        rule = waiver.get("rule") if isinstance(waiver, dict) else None
        if isinstance(rule, str) and rule not in catalogue:
            yield Problem(("waivers", i, "rule"), f"unknown rule `{rule}`{did_you_mean(rule, catalogue)}")
    yield from _type_problems(data)
    yield from _limit_problems(data)


def _option_problems(rule: Rule, setting: dict[str, Any]) -> Iterator[Problem]:
    for name, value in setting.items():
        path = ("rules", rule.slug, name)
        if name == "level":
            continue
        if name not in rule.options:
            hint = did_you_mean(name, rule.options) or (
                f"; its options are {_one_of(list(rule.options))}" if rule.options else "; it has no options, only `level`"
            )
            yield Problem(path, f"unknown option `{name}` for rule `{rule.slug}`{hint}", at_key=True)
        elif _kind(rule.options[name]) not in (None, _kind(value)):
            yield Problem(path, f"`{dotted(path)}` must be {_kind(rule.options[name])}, got {_describe(value)}")


def _type_problems(data: dict[str, Any]) -> Iterator[Problem]:
    """`types` must name roles that `roles` defines (or `none`), when `roles` is given."""
    roles, types = data.get("roles"), data.get("types")
    if not isinstance(roles, dict) or not isinstance(types, dict):
        return
    for name, role in types.items():
        if isinstance(role, str) and role != "none" and role not in roles:
            hint = did_you_mean(role, [*roles, "none"]) or f"; expected {_one_of([*roles, 'none'])}"
            yield Problem(("types", name), f"`types.{name}` names the role `{role}`, which `roles` does not define{hint}")


def _limit_problems(data: dict[str, Any]) -> Iterator[Problem]:
    """Each `limits:` entry must name a limit of `oamlint/limits.py` and hold a positive size."""
    settings = data.get("limits")
    for name, value in (settings.items() if isinstance(settings, dict) else ()):
        try:
            limits.parse_value(name, value, "limits")
        except FatalError as error:
            yield Problem(("limits", name), error.message.removeprefix("limits: "), at_key=name not in limits.BY_NAME)


def _kind(value: Any) -> str | None:
    """What a value is, in words; None when anything goes (a null default)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "a mapping" if isinstance(value, dict) else type(value).__name__


def _describe(value: Any) -> str:
    """A config value in an error: quoted as written (`deploy`). Spec findings name the type too
    (`_describe` in oamlint/spec/schema.py); the two wordings are kept because tests pin both."""
    if value is None:
        return "nothing"
    if isinstance(value, (dict, list)):
        return _kind(value) or ""
    if value == "":
        return "an empty string"
    if isinstance(value, (datetime.date, bool)):
        return f"`{str(value).lower()}`"
    return f"`{value}`"


def _one_of(names: Sequence[str]) -> str:
    return "one of " + ", ".join(f"`{name}`" for name in names)


def _span(source_map: SourceMap, problem: Problem) -> Span:
    """Where to report `problem`: the value, or for an unknown name the key itself."""
    key = source_map.key_span(problem.path) if problem.at_key else None
    return key or source_map.locate(problem.path)


def select_rules(config: Config, select: Sequence[str], ignore: Sequence[str]) -> Config:
    """`config` with --select/--ignore applied: they override the levels in the file. A rule that says a file was not
    linted (`Rule.unread`: a YAML syntax error, a limit, an unreadable path) keeps its level under --select: a run
    narrowed to some rules must not pass a file it could not read. --ignore turns it off like any rule.

    Raises FatalError naming an unknown rule or category (with the closest match).
    """
    if not select and not ignore:
        return config
    catalogue = load_catalogue()
    chosen, dropped = _expand(select, "--select", catalogue), _expand(ignore, "--ignore", catalogue)
    rules = dict(config.data.get("rules") or {})
    for slug, rule in catalogue.items():
        setting = config.rule_setting(slug)
        if slug in dropped or (select and slug not in chosen and not rule.unread):
            rules[slug] = {**setting, "level": "off"}
        elif slug in chosen and setting.get("level") == "off":
            rules[slug] = {**setting, "level": rule.level}
    return dataclasses.replace(config, data={**config.data, "rules": rules})


def _expand(names: Sequence[str], flag: str, catalogue: dict[str, Rule]) -> set[str]:
    """Rule slugs named by `names` (slugs or categories, comma-separated allowed)."""
    categories: dict[str, set[str]] = {}
    for rule in catalogue.values():
        categories.setdefault(rule.category, set()).add(rule.slug)
    slugs: set[str] = set()
    for name in (part.strip() for given in names for part in given.split(",") if part.strip()):
        if name in catalogue:
            slugs.add(name)
        elif name in categories:
            slugs |= categories[name]
        else:
            hint = did_you_mean(name, [*catalogue, *categories])
            raise FatalError(f"{flag}: unknown rule or category `{name}`{hint}", "`oamlint rules` lists every rule and category")
    return slugs
