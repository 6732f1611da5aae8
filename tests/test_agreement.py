"""Where Python and Rego must both know a thing, they agree: checked here with the real OPA.

- permission ranks and the Owners team: `LEVELS` (oamlint/gogs/records.py, ranked by the access diff),
  `OWNERS_TEAM` (oamlint/gogs/effective_access.py) and `levels`/`owners_team` (lib/permissions.rego);
- whether a rule is off: `Config.level` (oamlint/config.py) and `off` (lib/config.rego);
- where the access sections are: `access_properties` (oamlint/spec/schema.py, validation before OPA)
  and `traits`/`policies` (lib/access.rego, what the rules read), over the shared corpus and examples/.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from oamlint.access_diff import PERMISSION_RANK
from oamlint.catalogue import load_catalogue
from oamlint.config import load_config, select_rules
from oamlint.gogs.effective_access import OWNERS_TEAM
from oamlint.spec.discovery import discover
from oamlint.spec.loader import load_file
from oamlint.spec.schema import access_properties
from tests.conftest import CORPUS, REPO, write


def opa_eval(opa_binary: str, query: str, given: Any = None) -> Any:
    """The value of `query` over the bundled policies, with `given` as input."""
    args = [opa_binary, "eval", "--format", "json", "--data", "rego", "--data", "rules", query]
    stdin = None
    if given is not None:
        args.insert(2, "--stdin-input")
        stdin = json.dumps(given)
    result = subprocess.run(args, cwd=REPO, input=stdin, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout).get("result") or []
    return values[0]["expressions"][0]["value"] if values else None


def test_permission_ranks_agree(opa_binary: str) -> None:
    assert opa_eval(opa_binary, "data.oamlint.lib.permissions.levels") == PERMISSION_RANK
    assert list(PERMISSION_RANK) == ["none", "read", "write", "admin", "owner"]


def test_the_owners_team_is_named_the_same(opa_binary: str) -> None:
    assert opa_eval(opa_binary, "data.oamlint.lib.permissions.owners_team") == OWNERS_TEAM == "Owners"


@pytest.mark.parametrize("rules, select, ignore", [
    ({}, (), ()),
    ({"admin-grant": "off"}, (), ()),
    ({"admin-grant": {"level": "off"}}, (), ()),
    ({"admin-grant": "warning"}, (), ()),
    ({"admin-grant": {"level": "note"}}, (), ()),
    ({}, (), ("admin-grant",)),
    ({}, ("drift",), ()),
    ({"admin-grant": "off"}, ("admin-grant",), ()),
])
def test_python_and_rego_agree_which_rules_are_off(
    opa_binary: str, tmp_path: Path, rules: dict[str, Any], select: tuple[str, ...], ignore: tuple[str, ...],
) -> None:
    file = write(tmp_path / ".oamlint.yaml", json.dumps({"rules": rules}))
    config = select_rules(load_config(str(file)), select, ignore)
    catalogue = load_catalogue()
    python = sorted(slug for slug, rule in catalogue.items() if config.level(rule) == "off")
    rego = opa_eval(opa_binary, "[slug | some slug in input.slugs; data.oamlint.lib.config.off(slug)]",
                    {"config": config.data, "slugs": sorted(catalogue)})
    assert sorted(rego) == python
    assert ("admin-grant" in python) == (rules.get("admin-grant") in ("off", {"level": "off"}) and not select
                                         or "admin-grant" in ignore or select == ("drift",))


# Shapes the corpus and the examples lack: a pinned type, v1alpha2, wrong containers, non-mapping items.
EDGES = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
spec:
  components:
    - {name: a, type: web, traits: [{type: git-access@v2, properties: {repository: acme/a}}, {type: scaler}, 7]}
    - {name: b, type: web, traits: {0: {type: git-access, properties: {repository: acme/b}}}}
    - 7
  policies: [{type: git-access-policy@v1, properties: {roles: {deploy: write}}}, {type: git-access-policy}, x]
---
apiVersion: core.oam.dev/v1beta1
kind: Application
spec:
  components: {a: {name: a, traits: [{type: git-access, properties: {repository: acme/c}}]}}
---
apiVersion: core.oam.dev/v1alpha2
kind: ApplicationConfiguration
spec:
  components:
    - componentName: billing
      traits:
        - trait: {kind: GitAccessTrait, spec: {repository: acme/billing}}
        - trait: {kind: ManualScalerTrait, spec: {replicaCount: 2}}
        - {type: git-access, properties: {repository: acme/not-in-v1alpha2}}
  policies: [{type: git-access-policy, properties: {}}]
"""


def test_the_access_walkers_agree_on_the_corpus_and_the_examples(opa_binary: str, tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing at {CORPUS}")
    edges = write(tmp_path / "edges.yaml", EDGES)
    documents = [doc for path in discover([str(CORPUS / "oam"), str(REPO / "examples"), str(edges)])
                 for doc in load_file(path).documents]
    python = sorted([doc.id, list(path)] for doc in documents if isinstance(doc.data, dict)
                    for path, _, _ in access_properties(str(doc.data.get("kind")), doc.data))
    envelope = {"documents": [{"id": doc.id, "file": doc.file, "index": doc.index, "kind": doc.kind,
                               "document": doc.data} for doc in documents], "config": {}}
    rego = opa_eval(opa_binary, "array.concat([[x.document, x.path] | some x in data.oamlint.lib.access.traits], "
                                "[[x.document, x.path] | some x in data.oamlint.lib.access.policies])", envelope)
    assert len(python) > 10  # the examples declare access: the comparison is not between two empty lists
    assert sorted(rego) == python
