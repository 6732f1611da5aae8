"""`.oamlint.yaml` validation: every problem at its file:line:column, with a did-you-mean."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint import config as config_module
from oamlint.catalogue import load_catalogue
from oamlint.config import Config, load_config, select_rules
from oamlint.errors import FatalError
from oamlint.spec.sourcemap import SourceMap
from tests.conftest import write

DESIGN_CONFIG = """\
roles:                 # RBAC mapping: the most each role may hold
  deploy: write
  test: read
  audit: read
requiredRoles: [deploy, test, audit]
types:
  rollout: deploy
  kustomize: deploy
  scaler: none
credentials: {maxTTL: 24h}
gogs:
  url: https://git.example.com   # block style: the C parser rejects `https:` inside `{…}`
  orgs: [acme]
rules:
  direct-user-grant: warning
  admin-grant: {level: note}
waivers:
  - rule: direct-user-grant
    match: {repository: acme/payments-api, principal: 'user:alice'}   # quoted: see the gogs url
    reason: on-call break-glass, SEC-1234
    owner: security@example.com
    expires: 2027-01-31
"""


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def problems_of(text: str) -> str:
    write(Path(".oamlint.yaml"), text)
    with pytest.raises(FatalError) as raised:
        load_config(None)
    return raised.value.message


def test_the_design_example_is_a_valid_config(in_tmp: Path) -> None:
    write(in_tmp / ".oamlint.yaml", DESIGN_CONFIG)
    loaded = load_config(None)
    assert loaded.file == ".oamlint.yaml"
    assert loaded.rule_setting("admin-grant") == {"level": "note"}
    assert loaded.rule_setting("direct-user-grant") == {"level": "warning"}


def test_config_is_found_in_a_parent_directory(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(in_tmp / ".oamlint.yaml", "requiredRoles: [deploy]\n")
    (in_tmp / "apps" / "deep").mkdir(parents=True)
    monkeypatch.chdir(in_tmp / "apps" / "deep")
    assert load_config(None).data == {"requiredRoles": ["deploy"]}


def test_without_one_above_the_working_directory_the_config_near_the_paths_is_used(in_tmp: Path) -> None:
    write(in_tmp / "specs" / ".oamlint.yaml", "requiredRoles: [audit]\n")
    write(in_tmp / "specs" / "apps" / "a.yaml", "kind: X\n")
    loaded = load_config(None, ["specs/apps/a.yaml", "specs"])
    assert (loaded.file, loaded.data) == ("specs/.oamlint.yaml", {"requiredRoles": ["audit"]})


def test_the_working_directory_config_wins_over_the_one_near_the_paths(in_tmp: Path) -> None:
    write(in_tmp / ".oamlint.yaml", "requiredRoles: [deploy]\n")
    write(in_tmp / "specs" / ".oamlint.yaml", "requiredRoles: [audit]\n")
    assert load_config(None, ["specs"]).data == {"requiredRoles": ["deploy"]}


def test_unknown_top_level_key_suggests_the_closest(in_tmp: Path) -> None:
    assert problems_of("roles: {deploy: write}\nrulez:\n  admin-grant: off\n") == (
        ".oamlint.yaml:2:1: unknown key `rulez`; did you mean `rules`?"
    )


def test_unknown_nested_key_is_reported_at_the_key_not_its_value(in_tmp: Path) -> None:
    assert problems_of("credentials:\n  maxTtl: 24h\n") == (
        ".oamlint.yaml:2:3: unknown key `maxTtl` in `credentials`; did you mean `maxTTL`?"
    )


def test_unknown_key_in_a_flow_mapping_points_at_the_key(in_tmp: Path) -> None:
    assert problems_of("gogs: {url: 'https://git.example.com', org: [acme]}\n") == (
        ".oamlint.yaml:1:40: unknown key `org` in `gogs`; did you mean `orgs`?"
    )


def test_unknown_key_without_a_close_match_lists_the_keys(in_tmp: Path) -> None:
    assert problems_of("waivers:\n  - rule: admin-grant\n    match: {team: x}\n"
                       "    reason: r\n    owner: o\n    expires: 2027-01-31\n") == (
        ".oamlint.yaml:3:13: unknown key `team` in `waivers[0].match`; "
        "expected one of `repository`, `principal`, `component`, `file`"
    )


def test_wrong_type_names_the_key_and_the_expected_type(in_tmp: Path) -> None:
    assert problems_of("requiredRoles: deploy\n") == (
        ".oamlint.yaml:1:16: `requiredRoles` must be a list of role names, got `deploy`"
    )


def test_a_mapping_where_a_list_is_expected(in_tmp: Path) -> None:
    assert problems_of("gogs:\n  orgs: {acme: true}\n") == (
        ".oamlint.yaml:2:3: `gogs.orgs` must be a list of organisation names, got a mapping"
    )


def test_wrong_permission_suggests_the_closest(in_tmp: Path) -> None:
    assert problems_of("roles:\n  deploy: writ\n") == (
        ".oamlint.yaml:2:11: `roles.deploy` must be one of `read`, `write`, `admin`, got `writ`; did you mean `write`?"
    )


@pytest.mark.parametrize("ttl", ["1 day", "24", "1d", "-1h"])
def test_max_ttl_must_be_a_go_duration(in_tmp: Path, ttl: str) -> None:
    assert problems_of(f"credentials: {{maxTTL: {ttl}}}\n") == (
        f".oamlint.yaml:1:23: `credentials.maxTTL` must be a Go duration such as `24h` or `90m`, got `{ttl}`"
    )


@pytest.mark.parametrize("ttl", ["24h", "90m", "1h30m", "1.5h", "300ms"])
def test_go_durations_are_accepted(in_tmp: Path, ttl: str) -> None:
    write(in_tmp / ".oamlint.yaml", f"credentials: {{maxTTL: {ttl}}}\n")
    assert load_config(None).data["credentials"]["maxTTL"] == ttl


def test_gogs_url_must_be_http(in_tmp: Path) -> None:
    assert problems_of("gogs: {url: 'git@git.example.com:acme', orgs: [acme]}\n") == (
        ".oamlint.yaml:1:13: `gogs.url` must be an http(s) URL such as `https://git.example.com`, "
        "got `git@git.example.com:acme`"
    )


def test_unknown_rule_under_rules_suggests_a_slug_from_the_catalogue(in_tmp: Path) -> None:
    assert problems_of("rules:\n  admin-grnt: warning\n") == (
        ".oamlint.yaml:2:3: unknown rule `admin-grnt`; did you mean `admin-grant`?"
    )


def test_wrong_level_suggests_the_closest(in_tmp: Path) -> None:
    assert problems_of("rules:\n  admin-grant: warn\n") == (
        ".oamlint.yaml:2:16: `rules.admin-grant` must be one of `error`, `warning`, `note`, `off`, got `warn`; "
        "did you mean `warning`?"
    )


def test_level_inside_a_rule_mapping_is_checked(in_tmp: Path) -> None:
    assert problems_of("rules:\n  admin-grant:\n    level: fatal\n") == (
        ".oamlint.yaml:3:12: `rules.admin-grant.level` must be one of `error`, `warning`, `note`, `off`, got `fatal`"
    )


def test_an_option_for_a_rule_without_options(in_tmp: Path) -> None:
    assert problems_of("rules:\n  admin-grant: {level: note, maxTTL: 1h}\n") == (
        ".oamlint.yaml:2:30: unknown option `maxTTL` for rule `admin-grant`; it has no options, only `level`"
    )


@pytest.fixture
def rule_with_options(monkeypatch: pytest.MonkeyPatch) -> None:
    """The catalogue plus a rule whose METADATA declares options (as `custom.options`)."""
    real = load_catalogue()
    extra = dataclasses.replace(real["admin-grant"], slug="team-size", options={"maxMembers": 10, "allow": []})
    monkeypatch.setattr(config_module, "load_catalogue", lambda: {**real, "team-size": extra})


def test_unknown_option_suggests_the_rules_own_option(in_tmp: Path, rule_with_options: None) -> None:
    assert problems_of("rules:\n  team-size:\n    level: warning\n    maxMember: 5\n") == (
        ".oamlint.yaml:4:5: unknown option `maxMember` for rule `team-size`; did you mean `maxMembers`?"
    )


def test_unknown_option_without_a_close_match_lists_the_options(in_tmp: Path, rule_with_options: None) -> None:
    assert problems_of("rules:\n  team-size: {colour: red}\n") == (
        ".oamlint.yaml:2:15: unknown option `colour` for rule `team-size`; its options are one of `maxMembers`, `allow`"
    )


def test_option_value_must_have_the_type_of_its_default(in_tmp: Path, rule_with_options: None) -> None:
    assert problems_of("rules:\n  team-size: {maxMembers: many, allow: [acme/Owners]}\n") == (
        ".oamlint.yaml:2:27: `rules.team-size.maxMembers` must be a number, got `many`"
    )


def test_known_options_are_accepted(in_tmp: Path, rule_with_options: None) -> None:
    write(in_tmp / ".oamlint.yaml", "rules:\n  team-size: {level: note, maxMembers: 5, allow: [x]}\n")
    assert load_config(None).rule_setting("team-size") == {"level": "note", "maxMembers": 5, "allow": ["x"]}


def test_waiver_for_an_unknown_rule(in_tmp: Path) -> None:
    assert problems_of("waivers:\n  - rule: direct-user-grnt\n    reason: r\n    owner: o\n    expires: 2027-01-31\n") == (
        ".oamlint.yaml:2:11: unknown rule `direct-user-grnt`; did you mean `direct-user-grant`?"
    )


def test_waiver_missing_required_keys_names_each(in_tmp: Path) -> None:
    assert problems_of("waivers:\n  - rule: admin-grant\n    expires: 2027-01-31\n") == (
        ".oamlint.yaml:2:5: `waivers[0]` is missing the required key `reason`\n"
        ".oamlint.yaml:2:5: `waivers[0]` is missing the required key `owner`"
    )


@pytest.mark.parametrize("expires", ["2027-13-01", "next year", "31.01.2027"])
def test_waiver_expiry_must_be_a_date(in_tmp: Path, expires: str) -> None:
    assert problems_of(f"waivers:\n  - rule: admin-grant\n    reason: r\n    owner: o\n    expires: {expires}\n") == (
        f".oamlint.yaml:5:14: `waivers[0].expires` must be a date such as `2027-01-31`, got `{expires}`"
    )


def test_waiver_reason_may_not_be_empty(in_tmp: Path) -> None:
    assert problems_of("waivers:\n  - rule: admin-grant\n    reason: ''\n    owner: o\n    expires: 2027-01-31\n") == (
        ".oamlint.yaml:3:13: `waivers[0].reason` must be a sentence saying why (a ticket is good), got an empty string"
    )


def test_types_must_name_a_defined_role(in_tmp: Path) -> None:
    assert problems_of("roles: {deploy: write, test: read}\ntypes:\n  rollout: deplyo\n  scaler: none\n") == (
        ".oamlint.yaml:3:12: `types.rollout` names the role `deplyo`, which `roles` does not define; "
        "did you mean `deploy`?"
    )


def test_every_problem_is_reported_in_file_order(in_tmp: Path) -> None:
    assert problems_of("rules:\n  admin-grnt: off\nroles: {deploy: owner}\nrequiredroles: [deploy]\n") == (
        ".oamlint.yaml:2:3: unknown rule `admin-grnt`; did you mean `admin-grant`?\n"
        ".oamlint.yaml:3:17: `roles.deploy` must be one of `read`, `write`, `admin`, got `owner`\n"
        ".oamlint.yaml:4:1: unknown key `requiredroles`; did you mean `requiredRoles`?"
    )


def test_config_errors_exit_2_with_the_position_and_a_hint(in_tmp: Path, run_cli: Callable[..., Result]) -> None:
    write(in_tmp / ".oamlint.yaml", "credentials:\n  maxTtl: 24h\n")
    write(in_tmp / "app.yaml", "kind: ConfigMap\n")
    result = run_cli("check", "app.yaml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "oamlint: error: .oamlint.yaml:2:3: unknown key `maxTtl` in `credentials`; did you mean `maxTTL`?\n"
        "hint: `oamlint rules` lists every rule; the README's `.oamlint.yaml` section shows every setting\n"
    )


def test_explicit_config_is_validated_and_named_as_given(in_tmp: Path, run_cli: Callable[..., Result]) -> None:
    write(in_tmp / "conf" / "lint.yaml", "roles: [deploy]\n")
    write(in_tmp / "app.yaml", "kind: ConfigMap\n")
    result = run_cli("check", "app.yaml", "--config", "conf/lint.yaml")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "oamlint: error: conf/lint.yaml:1:1: `roles` must be a mapping of role name to `read`, `write` or `admin`, "
        "got a list"
    )


def select(config: Config, chosen: tuple[str, ...] = (), dropped: tuple[str, ...] = ()) -> dict[str, str]:
    selected = select_rules(config, chosen, dropped)
    return {slug: str(selected.rule_setting(slug).get("level", rule.level)) for slug, rule in load_catalogue().items()}


def test_select_turns_off_every_other_rule_and_reenables_one_that_is_off() -> None:
    config = Config({"rules": {"admin-grant": "off", "direct-user-grant": "note"}}, None, SourceMap())
    levels = select(config, ("admin-grant", "direct-user-grant"))
    unread = {rule.slug for rule in load_catalogue().values() if rule.unread}  # on whatever is selected
    assert {slug for slug, level in levels.items() if level != "off"} == {"admin-grant", "direct-user-grant"} | unread
    assert levels["admin-grant"] == "error"  # the rule's default: --select overrides `off`
    assert levels["direct-user-grant"] == "note"  # a level set in the file is kept


def test_select_accepts_a_category_and_ignore_wins() -> None:
    config = Config({}, None, SourceMap())
    levels = select(config, ("structure",), ("template-file",))
    on = {slug for slug, level in levels.items() if level != "off"}
    assert on == {r.slug for r in load_catalogue().values() if r.category == "structure"} - {"template-file"}


def test_ignore_alone_keeps_rules_the_file_turned_off_off() -> None:
    config = Config({"rules": {"direct-user-grant": "off"}}, None, SourceMap())
    levels = select(config, (), ("admin-grant",))
    assert levels["admin-grant"] == "off"
    assert levels["direct-user-grant"] == "off"
    assert levels["yaml-syntax"] == "error"


def test_unknown_rule_in_select_suggests_the_closest() -> None:
    config = Config({}, None, SourceMap())
    with pytest.raises(FatalError) as raised:
        select_rules(config, ("admin-grnt",), ())
    assert raised.value.message == "--select: unknown rule or category `admin-grnt`; did you mean `admin-grant`?"
    assert raised.value.hint == "`oamlint rules` lists every rule and category"



def _formats(schema: object, path: tuple[object, ...] = ()) -> list[tuple[tuple[object, ...], str]]:
    """(where, format) of every `format` keyword in a JSON Schema."""
    found = []
    if isinstance(schema, dict):
        if "format" in schema:
            found.append((path, schema["format"]))
        for key, value in schema.items():
            found += _formats(value, (*path, key))
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            found += _formats(value, (*path, index))
    return found


def test_the_waiver_date_is_the_config_schema_s_only_format() -> None:
    """config._dates_valid checks formats for the compiled validator, which is given none; it knows this one only."""
    assert _formats(config_module._schema()) == [(("$defs", "waiver", "properties", "expires"), "date")]


@pytest.mark.parametrize("expires", ["2030-01-31", "2028-02-29", "2030-02-30", "0000-01-01", "2030-13-01", "2030-1-01"])
def test_the_fast_check_and_jsonschema_agree_on_a_waiver_date(expires: str) -> None:
    data = {"waivers": [{"rule": "admin-grant", "match": {"repository": "acme/x"}, "reason": "T-1",
                         "owner": "ops@acme.example", "expires": expires}]}
    fast = config_module._compiled().is_valid(data) and config_module._dates_valid(data)
    assert fast == (not list(config_module._validator().iter_errors(data)))
