"""Issue 12 §1: per-environment access from KubeVela `topology` and `override` policies."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from oamlint.spec.environments import apply, environments
from oamlint.spec.loader import load_text
from tests.conftest import write

BASE = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: {name: shop}
spec:
  components:
    - name: shop-api
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/shop-api
            roles:
              deploy: {permission: write, teams: [acme/deployers]}
            credentials: {kind: deploy-key, ttl: 1h, roles: [deploy]}
"""
# The issue's example, verbatim.
ISSUE = BASE + """\
  policies:
    - {name: prod, type: topology, properties: {clusterLabelSelector: {env: prod}}}
    - name: prod-access
      type: override
      properties:
        components:
          - name: shop-api
            traits:
              - type: git-access
                properties:
                  roles: {deploy: {permission: admin, users: [alice]}}
                  credentials: {ttl: 720h}
  workflow:
    steps:
      - {type: deploy, name: deploy-prod, properties: {policies: [prod, prod-access]}}
"""
ONLY = ("--select", "least-privilege", "--select", "conflicting-declarations", "--select", "missing-repository",
        "--select", "schema")


def check(tmp_path: Path, run_cli: Callable[..., Result], text: str, *args: str) -> tuple[Result, dict[str, Any]]:
    write(tmp_path / "app.yaml", text)
    result = run_cli("check", str(tmp_path / "app.yaml"), "--format", "json", *ONLY, *args)
    return result, json.loads(result.stdout)


def brief(report: dict[str, Any]) -> list[tuple[str, int, int, list[str] | None]]:
    return [(f["rule"], f["line"], f["column"], f["properties"].get("environments")) for f in report["findings"]]


def test_the_issue_example_reports_what_prod_gets_at_the_override_lines(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    result, report = check(tmp_path, run_cli, ISSUE)
    assert brief(report) == [
        ("admin-grant", 25, 48, ["deploy-prod"]),
        ("admin-grant", 25, 48, ["deploy-prod"]),
        ("direct-user-grant", 25, 63, ["deploy-prod"]),
        ("long-lived-credential", 26, 38, ["deploy-prod"]),
    ]
    assert [f["message"] for f in report["findings"][:2]] == [
        "Role `deploy` grants `admin` on `acme/shop-api` to `team:acme/deployers` (environment `deploy-prod`)",
        "Role `deploy` grants `admin` on `acme/shop-api` to `user:alice` (environment `deploy-prod`)"]
    assert result.exit_code == 1


TWO = BASE.replace("permission: write", "permission: admin") + """\
  policies:
    - {name: staging, type: topology, properties: {clusters: [staging]}}
    - {name: prod, type: topology, properties: {clusters: [prod]}}
    - name: prod-tight
      type: override
      properties:
        components:
          - name: shop-*
            traits:
              - type: git-access
                properties:
                  roles: {deploy: {permission: write, users: [bob]}}
  workflow:
    steps:
      - {type: deploy, name: deploy-staging, properties: {policies: [staging]}}
      - {type: deploy, name: deploy-prod, properties: {policies: [prod, prod-tight]}}
"""


def test_a_value_overridden_in_one_environment_is_named_with_the_others(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    """Base admin holds in staging only (prod lowers it); prod's user grant comes from the override."""
    _, report = check(tmp_path, run_cli, TWO)
    assert brief(report) == [
        ("admin-grant", 13, 36, ["deploy-staging"]),
        ("direct-user-grant", 26, 63, ["deploy-prod"]),
    ]
    assert report["findings"][0]["message"].endswith("(environment `deploy-staging`)")


def test_a_finding_that_holds_in_every_environment_is_reported_once_as_without_environments(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    text = TWO.replace("roles: {deploy: {permission: write, users: [bob]}}", "credentials: {ttl: 30m}")
    _, report = check(tmp_path, run_cli, text)
    assert brief(report) == [("admin-grant", 13, 36, None)]
    assert report["findings"][0]["message"] == "Role `deploy` grants `admin` on `acme/shop-api` to `team:acme/deployers`"


SECRETS = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: {name: shop}
spec:
  components:
    - name: shop-api
      type: webservice
      properties:
        env:
          - {name: API_TOKEN, value: base-token-1234}
  policies:
    - name: prod-env
      type: override
      properties:
        components:
          - name: shop-api
            properties:
              env:
                - {name: DB_PASSWORD, value: hunter2-prod}
  workflow:
    steps:
      - {type: deploy, name: deploy-staging, properties: {policies: []}}
      - {type: deploy, name: deploy-prod, properties: {policies: [prod-env]}}
"""


def test_a_secret_an_override_writes_into_a_component_is_reported_once_where_it_is_written(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    """plaintext-secret walks the whole document, so in deploy-prod it finds the override's value both in the
    policy and in the component it patches, at one line and column: one finding, the policy's. The base value
    that deploy-prod replaces is found in deploy-staging alone."""
    _, report = check(tmp_path, run_cli, SECRETS, "--select", "plaintext-secret")
    secrets = [f for f in report["findings"] if f["rule"] == "plaintext-secret"]
    assert brief({"findings": secrets}) == [
        ("plaintext-secret", 10, 38, ["deploy-staging"]),
        ("plaintext-secret", 19, 46, ["deploy-staging", "deploy-prod"]),
    ]
    assert secrets[1]["message"].startswith("`spec.policies[0].properties.components[0].properties.env[0].value` holds")


def test_the_json_grants_carry_their_environments(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    _, report = check(tmp_path, run_cli, TWO)
    grants = {(g["principal"], g["permission"], g["line"]): g["environments"] for g in report["grants"]}
    assert grants == {
        ("team:acme/deployers", "admin", 13): ["deploy-staging"],
        ("team:acme/deployers", "write", 26): ["deploy-prod"],
        ("user:bob", "write", 26): ["deploy-prod"],
    }


def test_without_a_workflow_every_override_applies_as_kubevela_generates_the_steps(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    no_workflow = ISSUE.split("  workflow:\n")[0]
    _, report = check(tmp_path, run_cli, no_workflow)
    assert [(r, line, envs) for r, line, _, envs in brief(report)] == [
        ("admin-grant", 25, ["deploy-prod"]), ("admin-grant", 25, ["deploy-prod"]), ("direct-user-grant", 25, ["deploy-prod"]),
        ("long-lived-credential", 26, ["deploy-prod"]),
    ]
    without_topology = no_workflow.replace("    - {name: prod, type: topology, properties: {clusterLabelSelector: {env: prod}}}\n", "")
    _, report = check(tmp_path, run_cli, without_topology)
    assert {tuple(f["properties"]["environments"]) for f in report["findings"]} == {("deploy",)}


def test_an_inline_override_in_a_step_and_a_disabled_trait(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    text = BASE + """\
  workflow:
    steps:
      - type: step-group
        name: rollout
        subSteps:
          - type: deploy
            name: deploy-canary
            properties:
              inlinePolicies:
                - type: override
                  properties:
                    components: [{name: shop-api, traits: [{type: git-access, disable: true}]}]
"""
    _, report = check(tmp_path, run_cli, text)
    [missing] = [f for f in report["findings"] if f["rule"] != "unmodelled-workflow"]
    assert (missing["rule"], missing["line"], missing["properties"]["environments"]) == (
        "missing-repository", 6, ["deploy-canary"])
    # modelled, but an error too: KubeVela's own deploy step drops `inlinePolicies` in a step group (tester 24)
    assert [f["line"] for f in report["findings"] if f["rule"] == "unmodelled-workflow"] == [23]


def test_environments_of_one_application_do_not_conflict_but_other_applications_still_do(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    other = "---\n" + BASE.replace("name: shop}", "name: shop-copy}").replace("shop-api\n      type", "shop-copy\n      type")
    _, report = check(tmp_path, run_cli, TWO + other, "--ignore", "least-privilege")
    conflicts = [(f["line"], f["properties"].get("environments")) for f in report["findings"]
                 if f["rule"] == "conflicting-declarations"]
    # the copy (write to acme/deployers) conflicts with staging's admin, the first declaration; prod's
    # write to deployers and bob differs from staging's too, but is another environment of the same app.
    assert conflicts == [(len((TWO + "---\n").splitlines()) + 13, None)]


def test_a_partial_git_access_patch_is_valid_and_a_wrong_value_in_it_is_a_schema_finding_at_its_line(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    _, report = check(tmp_path, run_cli, ISSUE, "--select", "schema")
    assert [f for f in report["findings"] if f["rule"] == "schema"] == []
    _, report = check(tmp_path, run_cli, ISSUE.replace("permission: admin", "permission: owner"), "--select", "schema")
    assert [(f["rule"], f["line"], f["column"]) for f in report["findings"] if f["rule"] == "schema"] == [
        ("schema", 25, 48)]


def test_an_inline_ignore_on_the_override_line_suppresses_the_environment_finding(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    text = ISSUE.replace("credentials: {ttl: 720h}", "credentials: {ttl: 720h}  # oamlint ignore[long-lived-credential]: audit logs, SEC-9")
    _, report = check(tmp_path, run_cli, text)
    assert [(f["rule"], f["suppressed"]) for f in report["findings"]] == [
        ("admin-grant", False), ("admin-grant", False), ("direct-user-grant", False), ("long-lived-credential", True)]


def test_check_base_shows_the_access_an_override_adds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    monkeypatch.chdir(tmp_path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q"], check=True)
    write(tmp_path / "app.yaml", BASE)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    write(tmp_path / "app.yaml", ISSUE)
    result = run_cli("check", "--base", "HEAD", "app.yaml")
    assert "Access changes against `HEAD`: 1 added, 1 raised." in result.stdout
    assert "  + team:acme/deployers write → admin on acme/shop-api (role deploy)  (app.yaml:25)" in result.stdout
    assert "  + user:alice admin on acme/shop-api (role deploy)  (app.yaml:25)" in result.stdout


# --- KubeVela's merge, on data ----------------------------------------------------------------------------

def effective(components: list[dict[str, Any]], *overrides: dict[str, Any]) -> list[dict[str, Any]]:
    data = {"spec": {"components": components, "policies": [
        {"name": f"o{k}", "type": "override", "properties": o} for k, o in enumerate(overrides)]}}
    result, _ = apply(data, [("spec", "policies", k, "properties") for k in range(len(overrides))])
    return list(result["spec"]["components"])


def test_properties_merge_mappings_and_replace_lists_and_scalars() -> None:
    """As mergo v0.3.16 (KubeVela's) merges with WithOverride, run by tester 23: `{"cmd": "serve"}` merged with
    `{"cmd": {"nested": true}}` gives the mapping (oamlint kept "serve" until then)."""
    base = [{"name": "a", "type": "w", "properties": {"env": {"A": 1, "B": 2}, "ports": [80, 443], "image": "x",
                                                      "cmd": "serve"}}]
    patch = {"components": [{"name": "a", "properties": {"env": {"B": 3}, "ports": [], "image": None,
                                                          "cmd": {"nested": True}}}]}
    assert effective(base, patch)[0]["properties"] == {"env": {"A": 1, "B": 3}, "ports": [], "image": None,
                                                       "cmd": {"nested": True}}


def test_names_are_patterns_types_replace_and_unmatched_names_add_components() -> None:
    base = [{"name": "shop-api", "type": "webservice", "properties": {"x": 1}},
            {"name": "shop-worker", "type": "worker", "properties": {"x": 1}}]
    assert [c["properties"] for c in effective(base, {"components": [{"name": "shop", "properties": {"y": 2}}]})] == [
        {"x": 1, "y": 2}, {"x": 1, "y": 2}]
    assert effective(base, {"components": [{"name": "api", "type": "helm", "properties": {"z": 3}}]})[0] == {
        "name": "api", "type": "helm", "properties": {"z": 3}}
    assert [c["name"] for c in effective(base, {"components": [{"name": "cache", "type": "redis"}]})] == [
        "shop-api", "shop-worker", "cache"]
    assert [c["properties"] for c in effective(base, {"components": [{"type": "worker", "properties": {"w": 1}}]})] == [
        {"x": 1}, {"x": 1, "w": 1}]


def test_a_patch_name_is_a_go_regular_expression_matched_in_linear_time() -> None:
    """KubeVela compiles a patch name as a Go regular expression once each `*` is `.*`. Found by testers: Python's
    `re` backtracked (`(a|a)+$b` took seconds per component), and then a literal reading let `.+` grant admin
    unseen. RE2 reads Go's syntax in linear time."""
    from oamlint.spec.environments import PATTERN_LENGTH, _compiled

    def matches(name: str, component: str) -> bool:
        pattern = _compiled(name)[0]
        return pattern is not None and pattern.search(component) is not None

    assert matches("shop", "my-shop-api") and matches("shop-*-api", "shop-eu-api") and matches("*", "x")
    assert matches(".+", "shop-api") and matches("a.b", "axb") and matches("^shop", "shop-api")
    assert not matches("api-*-shop", "shop-eu-api") and not matches("^api", "shop-api")
    assert _compiled("(")[0] is None and _compiled("*" * (PATTERN_LENGTH + 1))[0] is None
    assert _compiled(r"\C")[0] is None and _compiled(r"\\C")[0] is None  # no backslash: where Go and RE2 differ
    base = [{"name": "a" * 46, "type": "w"}]
    for name in ("(a|aa)(a|aa)+$b", "*a" * 30 + "b"):
        assert [c["name"] for c in effective(base, {"components": [{"name": name, "type": "w"}]})][0] == "a" * 46


def test_an_override_named_by_a_regular_expression_is_applied(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    text = BASE + """\
  policies:
    - name: raise
      type: override
      properties:
        components:
          - name: ".+"
            traits:
              - type: git-access
                properties: {roles: {deploy: {permission: admin, users: [mallory]}}}
  workflow:
    steps:
      - {type: deploy, name: prod, properties: {policies: [raise]}}
"""
    result, report = check(tmp_path, run_cli, text, "--select", "admin-grant")
    assert result.exit_code == 1
    assert ("admin-grant", 23, 59, ["prod"]) in brief(report)


def test_steps_of_one_name_are_told_apart_even_from_a_step_named_like_the_mark() -> None:
    spec = {"policies": [{"name": "o", "type": "override", "properties": {}}], "workflow": {"steps": [
        {"type": "deploy", "name": "prod", "properties": {"policies": ["o"]}},
        {"type": "deploy", "name": "prod (step 3)", "properties": {"policies": []}},
        {"type": "deploy", "name": "prod", "properties": {"policies": ["o", "o"]}}]}}
    names = [name for env in environments(spec) for name in env.names]
    assert len(set(names)) == 3 and names[0] == "prod" and "prod (step 3)" in names


def test_traits_merge_by_type_disable_and_add_and_the_selector_filters() -> None:
    base = [{"name": "a", "type": "w", "traits": [{"type": "scaler", "properties": {"replicas": 1}},
                                                  {"type": "gateway", "properties": {"domain": "d"}}]}]
    patch = {"components": [{"name": "a", "traits": [{"type": "scaler", "properties": {"replicas": 3}},
                                                     {"type": "gateway", "disable": True},
                                                     {"type": "git-access", "properties": {"repository": "acme/a"}}]}]}
    assert effective(base, patch)[0]["traits"] == [{"type": "scaler", "properties": {"replicas": 3}},
                                                   {"type": "git-access", "properties": {"repository": "acme/a"}}]
    assert effective(base + [{"name": "b", "type": "w"}], {"selector": ["b"]}) == [{"name": "b", "type": "w"}]
    assert effective(base, {"selector": []}) == []
    assert effective(base + [{"name": "b", "type": "w"}], {"selector": [{"x": 1}, "b"]}) == [{"name": "b", "type": "w"}]


def test_overrides_apply_in_the_order_the_step_names_them() -> None:
    base = [{"name": "a", "type": "w", "properties": {"v": 0}}]
    first, second = {"components": [{"name": "a", "properties": {"v": 1}}]}, {"components": [{"name": "a", "properties": {"v": 2}}]}
    assert effective(base, first, second)[0]["properties"] == {"v": 2}
    assert effective(base, second, first)[0]["properties"] == {"v": 1}


def test_environments_group_steps_that_apply_the_same_overrides() -> None:
    doc = load_text(ISSUE.replace("      - {type: deploy, name: deploy-prod", "      - {type: deploy, name: deploy-eu, properties: {policies: [prod]}}\n"
                                  "      - {type: apply-component, name: smoke, properties: {component: shop-api}}\n"
                                  "      - {type: deploy, name: deploy-prod"), "a.yaml").documents[0]
    found = {env.names: env.overrides for env in environments(doc.data["spec"])}
    assert found == {("deploy-eu", "smoke"): (), ("deploy-prod",): (("spec", "policies", 1, "properties"),)}


def test_the_api_collector_looks_up_what_an_override_names(tmp_path: Path) -> None:
    """`drift --gogs-url` asks Gogs about every repository and organisation the specs name, environments included."""
    from oamlint.commands.drift import spec_lookups
    from oamlint.config import load_config
    from oamlint.options import EngineOptions

    write(tmp_path / "app.yaml", ISSUE.replace("users: [alice]", "teams: [ops/sre]"))
    found = spec_lookups((str(tmp_path),), load_config(None, (str(tmp_path),)), EngineOptions())
    assert found.organizations == ("acme", "ops") and found.repositories == ("acme/shop-api",)


def test_drift_compares_gogs_with_the_union_of_the_environments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    """carol holds `write` on acme/storefront in the example export. The base declares `read`, so that is
    excess-permission; once prod's override declares `write`, what Gogs should grant is the union: no drift."""
    from tests.gogs.test_drift_offline import CONFIG, EXPORT, NOW, SPECS

    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".oamlint.yaml", CONFIG)
    storefront = SPECS["storefront.yaml"]
    write(tmp_path / "specs" / "storefront.yaml", storefront)
    args = ("check", "specs", "--select", "excess-permission", "--export", str(EXPORT), "--now", NOW)
    before = run_cli(*args, "--format", "json")
    assert [f["properties"]["principal"] for f in json.loads(before.stdout)["findings"]] == ["user:carol"]
    raised = storefront + """\
  policies:
    - name: prod-release
      type: override
      properties:
        components: [{name: storefront, traits: [{type: git-access, properties: {roles: {release: {permission: write}}}}]}]
  workflow:
    steps:
      - {type: deploy, name: deploy-staging, properties: {policies: []}}
      - {type: deploy, name: deploy-prod, properties: {policies: [prod-release]}}
"""
    write(tmp_path / "specs" / "storefront.yaml", raised)
    after = run_cli(*args, "--format", "json")
    assert json.loads(after.stdout)["findings"] == []
    text = run_cli(*args).stdout
    assert "user:carol" not in text.split("Access changes against Gogs today", 1)[1]
