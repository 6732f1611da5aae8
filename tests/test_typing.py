"""Static checks: `mypy --strict` (configured in pyproject.toml) and pyflakes-class errors (ruff F)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_package_passes_mypy_strict() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-6000:]


def test_no_unused_imports_or_undefined_names() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "F", "oamlint", "tests", "bench"],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-6000:]
