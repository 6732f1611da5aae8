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


# What a plain `check` of one valid file must not load: each is needed only on another path (an error to word,
# another report format, a Gogs source, `--base`). A one-file run is mostly Python's start and its imports.
NOT_FOR_ONE_FILE = (
    "jsonschema",  # words schema errors; jsonschema-rs answers whether there are any
    "requests", "urllib3",  # for an OPA at --opa-url; the OPA a run starts is spoken to with http.client
    "oamlint.reporters.html", "oamlint.reporters.sarif", "oamlint.reporters.markdown", "oamlint.reporters.github",
    "oamlint.gogs.export", "oamlint.gogs.client", "oamlint.gogs.records", "git", "tqdm", "jinja2", "markdown_it",
)
VALID_CONFIG = """\
rules:
  direct-user-grant: warning
waivers:
  - rule: admin-grant
    match: {repository: acme/other}
    reason: TICKET-1
    owner: ops@acme.example
    expires: 2030-01-31
"""


def _imported_by_check(tmp_path: Path, opa: str, config: str, output_format: str = "json", *more: str
                       ) -> tuple[int, set[str]]:
    """The exit code of `oamlint check` of one file with the real OPA (and `more` arguments), and the modules loaded
    by its end (`sys.modules` when the interpreter exits), run in a fresh interpreter."""
    from tests.engine.test_opa import ADMIN_APP

    (tmp_path / "app.yaml").write_text(ADMIN_APP, encoding="utf-8")
    (tmp_path / ".oamlint.yaml").write_text(config, encoding="utf-8")
    modules = tmp_path / "modules.txt"
    probe = ("import atexit, sys\n"
             f"atexit.register(lambda: open({str(modules)!r}, 'w').write('\\n'.join(sys.modules)))\n"
             "from oamlint.__main__ import main\n"
             "main()\n")
    result = subprocess.run(
        [sys.executable, "-c", probe, "check", "app.yaml", "--opa", opa, "--format", output_format, "--fail-on", "never",
         *more],
        cwd=tmp_path, capture_output=True, text=True, timeout=120)
    return result.returncode, set(modules.read_text(encoding="utf-8").split())


def _heavy(imported: set[str]) -> list[str]:
    """Those of NOT_FOR_ONE_FILE that were imported (a package counts when any module of it was)."""
    return [name for name in NOT_FOR_ONE_FILE if any(m == name or m.startswith(f"{name}.") for m in imported)]


def test_a_plain_check_of_one_file_imports_no_module_it_does_not_need(tmp_path: Path, opa_binary: str) -> None:
    code, imported = _imported_by_check(tmp_path, opa_binary, VALID_CONFIG)
    assert code == 0
    assert {"oamlint.commands.check", "oamlint.reporters.json_format", "jsonschema_rs"} <= imported
    assert _heavy(imported) == []


def test_a_check_with_a_valid_export_does_not_import_jsonschema(tmp_path: Path, opa_binary: str) -> None:
    """jsonschema-rs validates the export; jsonschema (~0.1 s to import) only words what is wrong with one."""
    code, imported = _imported_by_check(tmp_path, opa_binary, VALID_CONFIG, "json",
                                        "--export", str(REPO / "examples" / "gogs" / "acme-export.json"))
    assert code == 0 and "oamlint.gogs.export" in imported and "jsonschema" not in imported


def test_the_import_probe_sees_a_heavy_module_when_the_run_needs_it(tmp_path: Path, opa_binary: str) -> None:
    """The probe itself can fail: `--format sarif` needs its reporter, and an invalid waiver date jsonschema's words."""
    code, imported = _imported_by_check(tmp_path, opa_binary, VALID_CONFIG, "sarif")
    assert (code, _heavy(imported)) == (0, ["oamlint.reporters.sarif"])
    code, imported = _imported_by_check(tmp_path, opa_binary, VALID_CONFIG.replace("2030-01-31", "2030-02-30"))
    assert (code, _heavy(imported)) == (2, ["jsonschema"])
