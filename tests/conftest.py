"""Shared fixtures: the real OPA binary, paths, and running the CLI in-process."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from oamlint.cli import cli

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="session")
def opa_binary() -> str:
    """The real OPA: .tools/bin/opa (scripts/setup.sh builds it), else `opa` on PATH."""
    local = REPO / ".tools" / "bin" / "opa"
    found = str(local) if local.exists() else shutil.which("opa")
    if not found:
        pytest.fail("OPA is not installed: run `bash scripts/setup.sh` (see README)")
    return found


@pytest.fixture(autouse=True)
def _opa_on_path(opa_binary: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", f"{os.path.dirname(opa_binary)}{os.pathsep}{os.environ['PATH']}")


@pytest.fixture
def run_cli() -> Iterator[Callable[..., Result]]:
    """Run `oamlint ARGS…` in-process; returns click's Result (exit_code, stdout, stderr)."""

    def run(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    yield run


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
