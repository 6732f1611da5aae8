"""The envelope sends OPA only the effectiveAccess fields the policies read (oamlint/lint.py
POLICY_EFFECTIVE_FIELDS), and split in two queries asked at once (`lint.split_by_export`: the drift rules with the
export, the others without it); neither loses anything: the whole output of the real policies is the same as with
the export's entries in full and in one query, over the examples (where every drift rule fires,
tests/test_golden.py) and over a generated organisation."""

from __future__ import annotations

import re
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


def _case(case: str, tmp_path: Path) -> tuple[Path, Path, Path]:
    """(spec directory, export, config) of the examples, or of an organisation of 30 generated applications."""
    if case == "examples":
        return REPO / "examples" / "apps", REPO / "examples/gogs/acme-export.json", REPO / "examples/.oamlint.yaml"
    generate.generate(30, tmp_path)
    return tmp_path / "apps", tmp_path / "gogs/export.json", tmp_path / ".oamlint.yaml"


def _sorted(output: dict[str, Any]) -> dict[str, Any]:
    return {key: sorted(map(repr, value)) if isinstance(value, list) else value for key, value in output.items()}


@pytest.mark.parametrize("case", ["examples", "generated"])
def test_effective_access_cut_to_what_the_policies_read_gives_the_same_output(case: str, tmp_path: Path) -> None:
    root, export_path, config = _case(case, tmp_path)
    sent, cut, full = _outputs(root, export_path, config)
    assert {tuple(entry) for entry in sent["gogs"]["effectiveAccess"]} == {lint.POLICY_EFFECTIVE_FIELDS}
    if case == "examples":
        assert any(f["rule"] == "unbound-identity" for f in cut["findings"])  # it reads effectiveAccess entries
    assert any(f["category"] == "drift" for f in cut["findings"])
    assert _sorted(cut) == _sorted(full)


@pytest.mark.parametrize("case", ["examples", "generated"])
def test_the_drift_rules_asked_apart_from_the_others_give_the_same_output(case: str, tmp_path: Path) -> None:
    root, export_path, config = _case(case, tmp_path)
    documents = [doc for path in discover((str(root),)) for doc in load_file(path).documents]
    sent = lint.envelope(documents, load_config(str(config)), EngineOptions(), export.load(export_path))
    first, *also = lint.split_by_export(sent)
    assert {rule[0] for rule in first["rules"]} == {"drift"} and first["gogs"] == sent["gogs"]
    assert [part["gogs"] for part in also] == [None] and "drift" not in {rule[0] for part in also for rule in part["rules"]}
    with Engine() as engine:
        whole, split = engine.evaluate(sent), engine.evaluate(first, also)
    assert {f["category"] for f in split["findings"]} >= {"drift", "least-privilege", "rbac-mapping"}
    assert _sorted(split) == _sorted(whole)


def test_without_an_export_with_one_kind_of_rule_or_with_many_documents_the_envelope_is_not_split() -> None:
    rules = [["drift", "missing-access"], ["least-privilege", "admin-grant"]]
    few, many = [{}] * lint.SPLIT_DOCUMENTS, [{}] * (lint.SPLIT_DOCUMENTS + 1)
    assert len(lint.split_by_export({"gogs": {}, "rules": rules, "documents": few})) == 2
    for envelope in ({"gogs": None, "rules": rules, "documents": few}, {"gogs": {}, "rules": rules[:1], "documents": few},
                     {"gogs": {}, "rules": rules[1:], "documents": few}, {"gogs": {}, "rules": rules, "documents": many}):
        assert lint.split_by_export(envelope) == [envelope]


def test_only_the_drift_rules_read_the_export() -> None:
    """What makes the split safe (`lint.split_by_export` sends the other rules no export): `input.gogs` is read in
    lib/drift.rego and rules/drift/ only, and lib/drift is imported only there and by main.rego (which the
    drift rules' query answers with the whole envelope)."""
    sources = [path for path in (REPO / "rego").rglob("*.rego") if not path.name.endswith("_test.rego")]
    sources += [path for path in (REPO / "rules").rglob("*.rego") if not path.name.endswith("_test.rego")]
    drift_rules = REPO / "rules" / lint.EXPORT_CATEGORY
    allowed = {REPO / "rego/oamlint/lib/drift.rego", REPO / "rego/oamlint/main.rego"}
    reading = {path for path in sources if re.search(r"\binput\.gogs\b|input\[\s*\"gogs\"", path.read_text())}
    importing = {path for path in sources if re.search(r"^import data\.oamlint\.lib\.drift\b", path.read_text(), re.M)}
    assert reading and importing
    assert {path for path in reading | importing if not path.is_relative_to(drift_rules)} <= allowed
