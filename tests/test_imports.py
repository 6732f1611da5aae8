"""The package's import graph: no cycle (counting `if TYPE_CHECKING:` imports), and reporters stay light.

The graph is read from the source with `ast`, so an import inside a function counts too (a lazy
import is still a dependency); the reporter check imports in a fresh interpreter and looks at
`sys.modules`.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "oamlint"


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """module → the oamlint modules it imports anywhere in its source (TYPE_CHECKING blocks included)."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges: set[str] = set()
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                for alias in node.names:  # `from pkg import module` depends on the module, else on pkg
                    edges.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
        graph[name] = {edge for edge in edges if edge in modules and edge != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle as [a, b, …, a], or [] when the graph has none."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for edge in sorted(graph[node]):
            if state.get(edge) == 1:
                return [*path[path.index(edge):], edge]
            if edge not in state and (found := visit(edge)):
                return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_the_import_graph_has_no_cycle() -> None:
    graph = import_graph()
    assert "oamlint.lint" in graph["oamlint.commands.check"] or "oamlint.lint" in graph["oamlint.revision"]
    assert find_cycle(graph) == []


def test_the_cycle_finder_finds_a_cycle_through_a_type_checking_import() -> None:
    """The checker itself can fail: the cycle the house issue removed (config → loader → suppression → config)."""
    graph = {"config": {"loader"}, "loader": {"suppression"}, "suppression": {"config"}, "leaf": set()}
    assert find_cycle(graph) == ["config", "loader", "suppression", "config"]
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from oamlint.config import Config\n")
    assert any(isinstance(n, ast.ImportFrom) and n.module == "oamlint.config" for n in ast.walk(tree))


HEAVY = ("oamlint.engine", "oamlint.lint", "oamlint.config", "oamlint.spec", "jsonschema", "opa_client", "git")


@pytest.mark.parametrize("reporter", ["text", "json_format", "sarif", "markdown", "github", "html", "__init__"])
def test_importing_a_reporter_does_not_import_the_engine_or_the_pipeline(reporter: str) -> None:
    module = "oamlint.reporters" + ("" if reporter == "__init__" else f".{reporter}")
    probe = (f"import sys, {module}\n"
             f"print('\\n'.join(sorted(m for m in sys.modules if m.startswith({HEAVY!r}))))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
