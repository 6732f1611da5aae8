"""What KubeVela would deploy from something oamlint does not read fails the check (tester 23): an `unmodelled-workflow`
error where the deploy steps come from a Workflow object, apply a Policy object from the cluster, use `env-binding`
or `deploy2env`, or name components by a pattern oamlint cannot evaluate; an `unread-document` error for any
document whose `items` hold an OAM document (kubectl applies the items instead)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.spec import environments
from tests.conftest import write
from tests.realspecs.test_environments import BASE, ISSUE

RAISE = """\
        components:
          - name: {name}
            traits:
              - type: git-access
                properties: {{roles: {{deploy: {{permission: admin, users: [mallory]}}}}}}
"""


def override(patch: str, policy: str = "raise") -> str:
    """`spec.policies`: one override policy `policy` whose patch, named `patch`, raises `deploy` to admin."""
    return f"  policies:\n    - name: {policy}\n      type: override\n      properties:\n" + RAISE.format(name=patch)


def findings(tmp_path: Path, run_cli: Callable[..., Result], text: str, *args: str
             ) -> tuple[int, list[tuple[str, int]]]:
    write(tmp_path / "app.yaml", text)
    result = run_cli("check", str(tmp_path / "app.yaml"), "--format", "json", *args)
    return result.exit_code, sorted((f["rule"], f["line"]) for f in json.loads(result.stdout)["findings"])


CASES = {
    "a Policy object from the cluster": (BASE + """\
  workflow:
    steps:
      - {type: deploy, name: prod, properties: {policies: [prod-access]}}
""", 17),
    "a Workflow object": (BASE + """\
  policies:
    - name: restore
      type: override
      properties:
        components: [{name: shop-api, traits: [{type: git-access, properties: {roles: {deploy: {permission: write}}}}]}]
  workflow:
    ref: release
""", 21),
    "an env-binding policy": (BASE + """\
  policies:
    - name: envs
      type: env-binding
      properties:
        envs:
          - name: prod
            patch:
              components:
                - name: shop-api
                  traits:
                    - type: git-access
                      properties: {roles: {deploy: {permission: admin, users: [mallory]}}}
""", 17),
    "a deploy2env step": (BASE + """\
  workflow:
    steps:
      - {type: deploy2env, name: prod, properties: {policy: envs, env: prod}}
""", 17),
    "a pattern longer than oamlint evaluates": (BASE + override("'^shop-api$|^" + "0" * 1000 + "$'"), 20),
    "inlinePolicies, which KubeVela's own deploy step drops in a step group": (
        BASE + override("shop-api", "grant") + """\
  workflow:
    steps:
      - type: step-group
        name: g
        subSteps:
          - type: deploy
            name: prod
            properties:
              policies: [grant]
              inlinePolicies: [{type: override, properties: {components: []}}]
""", 33),
    "a restoring patch named `\\C`, which Go refuses": (BASE + override(r"'\C'", "restore") + """\
  workflow:
    steps:
      - {type: deploy, name: prod, properties: {policies: [restore]}}
""", 20),
    "a name RE2 cannot compile": (BASE + override("'a{2,1}'"), 20),
    "a restoring patch named with a group Go refuses (tester 25)": (BASE + override("'(?P<é>)'", "restore") + """\
  workflow:
    steps:
      - {type: deploy, name: prod, properties: {policies: [restore]}}
""", 20),
    "a Unicode class, where Go and RE2 differ": (BASE + override(r"'\P{Cn}'"), 20),
    "a custom step naming policies (tester 25)": (BASE + """\
  workflow:
    steps:
      - {type: inline-deploy, name: prod, properties: {inlinePolicies: [{type: override, properties: {}}]}}
""", 17),
    "a pattern too large for RE2's memory bound": (BASE + override(r"'^\163\150\157\160-\141\160\151$|\PL{1000}'"), 20),
}


@pytest.mark.parametrize("case", CASES)
def test_what_oamlint_does_not_model_is_an_error_that_narrowing_and_inline_ignores_keep(
    tmp_path: Path, run_cli: Callable[..., Result], case: str
) -> None:
    text, line = CASES[case]
    code, found = findings(tmp_path, run_cli, text)
    assert code == 1 and ("unmodelled-workflow", line) in found, found
    code, found = findings(tmp_path, run_cli, f"# oamlint ignore[unmodelled-workflow]: trust me\n{text}",
                           "--select", "admin-grant")
    assert code == 1 and ("unmodelled-workflow", line + 1) in found, found


def test_what_oamlint_models_is_not_reported(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    code, found = findings(tmp_path, run_cli, ISSUE)  # a topology and an override policy, named by a deploy step
    assert code == 1 and "unmodelled-workflow" not in {rule for rule, _ in found}
    assert "admin-grant" in {rule for rule, _ in found}  # the override, modelled, raises the grant in `deploy-prod`


def test_a_long_component_name_searched_by_many_patterns_is_charged_to_the_budget(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    """Tester 23: 400 patch names searched in a 1 MB component name took 129 s, as searches were never charged."""
    name = "ab" * 500_000
    patches = "".join(f"          - {{name: 'x{i}[ab]{{40}}', properties: {{}}}}\n" for i in range(400))
    text = BASE.replace("name: shop-api", f"name: {name}", 1) + f"""\
  policies:
    - name: many
      type: override
      properties:
        components:
{patches}"""
    began = time.monotonic()
    code, found = findings(tmp_path, run_cli, text, "--limit", "nodesPerFile=50000")
    assert time.monotonic() - began < 30
    assert ("input-limit", 4) in found, found  # at `spec`: no workflow steps, KubeVela's generated one


def test_compiling_and_searching_are_charged_by_the_work() -> None:
    """A name compiled once for an Application (a node, one per COMPILE_CHARS of it and one per COMPILE_CHARS of its
    program's instructions); a search by the characters read times the program's size, and SEARCH_COST more."""
    budget = environments._Budget(1_000)
    name = "B" * (environments.COMPILE_CHARS * 2)
    pattern = environments._compiled(name, budget)[0]
    spent = 1 + 2 + pattern.programsize // environments.COMPILE_CHARS
    assert budget.left == 1_000 - spent
    assert environments._compiled(name, budget)[0] is pattern and budget.left == 1_000 - spent  # compiled once
    text = "a" * (environments.SEARCH_WORK // pattern.programsize * 5)
    budget.search(text, pattern)
    assert budget.left in (1_000 - spent - 5, 1_000 - spent - 6)  # 5 nodes of reading, and the search's share
    for _ in range(16):
        budget.search("", pattern)
    assert budget.left <= 1_000 - spent - 6


def test_millions_of_searches_of_short_names_are_charged_too(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    """3,000 components and 3,000 patch names that match none (and add none: no lower-case letter) are 9 million
    searches in one environment."""
    components = "".join(f"    - {{name: c{i}, type: webservice}}\n" for i in range(3000))
    patches = "".join(f"          - {{name: 'Q{i}', properties: {{}}}}\n" for i in range(3000))
    text = (f"apiVersion: core.oam.dev/v1beta1\nkind: Application\nmetadata: {{name: a}}\nspec:\n  components:\n"
            f"{components}  policies:\n    - name: many\n      type: override\n      properties:\n        components:\n"
            f"{patches}")
    began = time.monotonic()
    code, found = findings(tmp_path, run_cli, text, "--limit", "nodesPerFile=50000", "--select", "input-limit")
    assert time.monotonic() - began < 30
    assert code == 1 and ("input-limit", 4) in found, found


OBJECTS = {
    "a Policy object": """\
apiVersion: core.oam.dev/v1alpha1
kind: Policy
metadata: {name: prod-access}
type: override
properties:
  components: [{name: shop-api, traits: [{type: git-access, properties: {roles: {deploy: {permission: admin}}}}]}]
""",
    "a Workflow object": """\
apiVersion: core.oam.dev/v1alpha1
kind: Workflow
metadata: {name: release}
steps:
  - {type: deploy, name: prod, properties: {policies: [prod-access]}}
""",
}


@pytest.mark.parametrize("case", OBJECTS)
def test_a_policy_or_workflow_object_is_unmodelled_and_a_new_finding_whenever_it_changes(
    tmp_path: Path, run_cli: Callable[..., Result], case: str
) -> None:
    """Tester 24: a pull request that raised only a Policy object to admin passed `check --base` (the Application's
    finding about it was there before). The object's finding is identified by its content."""
    write(tmp_path / "app.yaml", OBJECTS[case])
    before = json.loads(run_cli("check", str(tmp_path / "app.yaml"), "--format", "json").stdout)["findings"]
    write(tmp_path / "app.yaml", OBJECTS[case].replace("prod", "prod-eu"))
    after = json.loads(run_cli("check", str(tmp_path / "app.yaml"), "--format", "json").stdout)["findings"]
    brief = [[(f["rule"], f["line"]) for f in found] for found in (before, after)]
    assert brief == [[("unmodelled-workflow", 2)]] * 2
    assert before[0]["fingerprint"] != after[0]["fingerprint"]


def test_an_applications_unmodelled_finding_is_new_whenever_the_application_changes(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    """Tester 25: raising what a patch oamlint cannot evaluate grants, or naming another cluster Policy, kept the
    finding's identity (file and path), so `--base` and baselines hid the change."""
    text = BASE + override("'^shop-api$|^" + "0" * 1000 + "$'")
    fingerprints = []
    for version in (text, text.replace("permission: admin", "permission: write"), text):
        write(tmp_path / "app.yaml", version)
        [finding] = [f for f in json.loads(run_cli("check", str(tmp_path / "app.yaml"), "--format", "json").stdout)[
            "findings"] if f["rule"] == "unmodelled-workflow"]
        fingerprints.append(finding["fingerprint"])
    assert fingerprints[0] != fingerprints[1] and fingerprints[0] == fingerprints[2]


def test_a_policy_object_that_does_not_patch_is_not_reported(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    text = "apiVersion: core.oam.dev/v1alpha1\nkind: Policy\nmetadata: {name: where}\ntype: topology\nproperties: {}\n"
    assert findings(tmp_path, run_cli, text) == (0, [])


LISTS = {
    "an ApplicationList whose items take its apiVersion and kind": ("""\
apiVersion: core.oam.dev/v1beta1
kind: ApplicationList
items:
  - metadata: {name: shop}
    spec: {components: []}
""", 3),
    "an Application with items": ("""\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: {name: empty}
spec: {components: []}
items:
  - {apiVersion: core.oam.dev/v1beta1, kind: Application, metadata: {name: shop}, spec: {components: []}}
""", 5),
    "items whose apiVersion and kind are empty or null": ("""\
apiVersion: core.oam.dev/v1beta1
kind: ApplicationList
items:
  - {apiVersion: "", kind: null, metadata: {name: shop}, spec: {components: []}}
""", 3),
    "a list inside a list": ("""\
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: List
    items:
      - {apiVersion: core.oam.dev/v1beta1, kind: Application, metadata: {name: shop}, spec: {components: []}}
""", 3),
    "a ConfigMap with items": ("""\
apiVersion: v1
kind: ConfigMap
items:
  - {apiVersion: core.oam.dev/v1beta1, kind: Application, metadata: {name: shop}, spec: {components: []}}
""", 3),
}


@pytest.mark.parametrize("case", LISTS)
def test_any_document_whose_items_hold_oam_is_unread(tmp_path: Path, run_cli: Callable[..., Result], case: str) -> None:
    """kubectl reads any object with `items` as a list and applies the items (an item without `apiVersion` and `kind`
    takes the list's, its kind without `List`)."""
    text, line = LISTS[case]
    code, found = findings(tmp_path, run_cli, text)
    assert code == 1 and ("unread-document", line) in found, found


def test_items_that_are_not_oam_are_not_reported(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    text = """\
apiVersion: v1
kind: List
items:
  - {apiVersion: v1, kind: ConfigMap, metadata: {name: c}}
  - {metadata: {name: inherits-v1}}
---
apiVersion: v1
kind: ConfigMapList
items: [{metadata: {name: d}}]
"""
    assert findings(tmp_path, run_cli, text) == (0, [])
