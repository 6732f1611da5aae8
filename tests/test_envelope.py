"""The envelope sends OPA only the effectiveAccess fields the policies read (oamlint/lint.py
POLICY_EFFECTIVE_FIELDS), and that loses nothing: the whole output of the real policies is the same as
with the export's entries in full, over the examples (where every drift rule fires, tests/test_golden.py)
and over a generated organisation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from oamlint import lint
from oamlint.config import load_config
from oamlint.engine.opa import Engine
from oamlint.gogs import export
from oamlint.options import EngineOptions
from oamlint.spec.discovery import discover
from oamlint.spec.loader import load_file
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402


def _outputs(root: Path, export_path: Path, config: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(envelope, OPA's output for it, OPA's output with the export's effectiveAccess entries in full)."""
    documents = [doc for path in discover((str(root),)) for doc in load_file(path).documents]
    gogs = export.load(export_path)
    sent = lint.envelope(documents, load_config(str(config)), EngineOptions(), gogs)
    with Engine() as engine:
        return sent, engine.evaluate(sent), engine.evaluate({**sent, "gogs": gogs})


def _sorted(output: dict[str, Any]) -> dict[str, Any]:
    return {key: sorted(map(repr, value)) if isinstance(value, list) else value for key, value in output.items()}


@pytest.mark.parametrize("case", ["examples", "generated"])
def test_effective_access_cut_to_what_the_policies_read_gives_the_same_output(case: str, tmp_path: Path) -> None:
    if case == "examples":
        root, export_path, config = REPO / "examples" / "apps", REPO / "examples/gogs/acme-export.json", REPO / "examples/.oamlint.yaml"
    else:
        generate.generate(30, tmp_path)
        root, export_path, config = tmp_path / "apps", tmp_path / "gogs/export.json", tmp_path / ".oamlint.yaml"
    sent, cut, full = _outputs(root, export_path, config)
    assert {tuple(entry) for entry in sent["gogs"]["effectiveAccess"]} == {lint.POLICY_EFFECTIVE_FIELDS}
    if case == "examples":
        assert any(f["rule"] == "unbound-identity" for f in cut["findings"])  # it reads effectiveAccess entries
    assert any(f["category"] == "drift" for f in cut["findings"])
    assert _sorted(cut) == _sorted(full)
