"""`scripts/new-rule CATEGORY SLUG`: the scaffold is a complete rule folder that passes the checks as written.

Scaffolded into a copy of rego/ and rules/, then checked with the real OPA: formatted, strict
compile, its Rego tests run and pass, the README has the catalogue's sections, its Avoid example
fires the new rule and its Prefer example gives no finding of any rule.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from oamlint.catalogue import _read_rule
from oamlint.spec.loader import load_file
from oamlint.spec.schema import validate
from tests.conftest import REPO, write
from tests.test_catalogue import DESIGN_CONFIG, SECTIONS, runnable_blocks

SCRIPT = REPO / "scripts" / "new-rule"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("rego", "rules"):
        shutil.copytree(REPO / name, tmp_path / name)
    return tmp_path


def scaffold(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args, "--root", str(root)],
                          capture_output=True, text=True, timeout=120)


def opa(opa_binary: str, root: Path, *args: str, given: Any = None) -> subprocess.CompletedProcess[str]:
    stdin = json.dumps(given) if given is not None else None
    return subprocess.run([opa_binary, *args], cwd=root, input=stdin, capture_output=True, text=True, timeout=300)


def evaluate(opa_binary: str, root: Path, query: str, spec: str) -> Any:
    file = write(root / "spec.yaml", spec)
    documents = load_file(str(file)).documents
    assert [problem for doc in documents for problem in validate(doc.data)] == []
    envelope = {"documents": [{"id": d.id, "file": d.file, "index": d.index, "kind": d.kind, "document": d.data}
                              for d in documents],
                "config": _design_config(), "gogs": None, "now": "2026-11-25T00:00:00Z"}
    result = opa(opa_binary, root, "eval", "--stdin-input", "--format", "json", "--data", "rego", "--data", "rules",
                 query, given=envelope)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["result"][0]["expressions"][0]["value"]


def _design_config() -> dict[str, Any]:
    from ruamel.yaml import YAML

    return dict(YAML(typ="safe").load(DESIGN_CONFIG))


@pytest.mark.parametrize("category, slug", [("least-privilege", "fresh-check"), ("drift", "drifty")])
def test_a_scaffolded_rule_passes_every_check_as_written(opa_binary: str, tree: Path, category: str, slug: str) -> None:
    result = scaffold(tree, category, slug)
    assert result.returncode == 0, result.stderr
    assert "Adding a rule" in result.stdout
    folder = tree / "rules" / category / slug
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{slug}.rego", f"{slug}_test.rego", "README.md"])
    assert opa(opa_binary, tree, "fmt", "--list", "--fail", "rego", "rules").stdout == ""
    assert opa(opa_binary, tree, "check", "--strict", "rego", "rules").returncode == 0
    tests = opa(opa_binary, tree, "test", "--format", "json", "--run", f"{slug}_test", "rego", "rules")
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert {t["name"] for t in json.loads(tests.stdout)} == {"test_fail_placeholder_role", "test_success_other_roles"}

    rule = _read_rule(folder)
    assert rule is not None and (rule.slug, rule.category, rule.level) == (slug, category, "warning")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert readme.startswith(f"# {slug}\n")
    positions = [readme.find(f"\n{heading}\n") for heading in SECTIONS]
    assert -1 not in positions and positions == sorted(positions)
    reference = f'data.oamlint.rules["{category}"]["{slug}"].report'
    [avoid], [prefer] = runnable_blocks(folder, "## Avoid"), runnable_blocks(folder, "## Prefer")
    assert [v["rule"] for v in evaluate(opa_binary, tree, reference, avoid)] == [slug]
    assert evaluate(opa_binary, tree, "data.oamlint.findings", prefer) == []


def test_the_scaffold_refuses_a_taken_slug_bad_names_and_python_categories(tree: Path) -> None:
    taken = scaffold(tree, "drift", "admin-grant")
    assert taken.returncode == 2 and "exists already: rules/least-privilege/admin-grant" in taken.stderr
    assert "not kebab-case" in scaffold(tree, "Drift", "x").stderr
    assert "not kebab-case" in scaffold(tree, "drift", "two words").stderr
    assert "evaluated by Python" in scaffold(tree, "structure", "new-thing").stderr
    assert not (tree / "rules" / "drift" / "x").exists()
