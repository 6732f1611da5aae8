"""Where the bundled Rego policies and rule folders live, installed or in a checkout."""

from __future__ import annotations

import hashlib
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _root(name: str) -> Path:
    installed = _PACKAGE / "_bundle" / name  # a wheel install (see pyproject force-include)
    return installed if installed.is_dir() else _PACKAGE.parent / name  # a source checkout


def rego_dir() -> Path:
    return _root("rego")


def rules_dir() -> Path:
    return _root("rules")


def policy_files() -> list[Path]:
    """Every .rego file OPA evaluates: the library and the rules, without their tests."""
    found = [*rego_dir().rglob("*.rego"), *rules_dir().rglob("*.rego")]
    return sorted(p for p in found if not p.name.endswith("_test.rego"))


def policy_digest() -> str:
    """The first 12 hex digits of the sha256 over every policy file's path and text: which policies ran."""
    digest = hashlib.sha256()
    for path in policy_files():
        root = rules_dir() if path.is_relative_to(rules_dir()) else rego_dir()
        digest.update(f"{root.name}/{path.relative_to(root).as_posix()}".encode())
        digest.update(b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]
