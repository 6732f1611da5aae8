"""What `drift --gogs-url` and `export --gogs-url PATHS` look up by name, from the specs alone (real OPA, no Gogs)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from oamlint.commands.drift import spec_lookups
from oamlint.config import load_config
from oamlint.gogs.records import Lookups
from oamlint.options import EngineOptions
from tests.gogs.audit import write_workspace


def test_the_specs_repositories_and_every_organisation_they_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(write_workspace(tmp_path))
    assert spec_lookups(("specs",), load_config(None, ("specs",)), EngineOptions()) == Lookups(
        repositories=("acme/archive", "acme/infra", "acme/payments-api", "acme/website", "vault/secrets"),
        organizations=("acme", "vault"),
    )


def test_standard_input_is_left_for_the_lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(write_workspace(tmp_path))
    piped = io.TextIOWrapper(io.BytesIO((tmp_path / "specs" / "vault.yaml").read_bytes()))
    monkeypatch.setattr("sys.stdin", piped)
    found = spec_lookups(("-", "specs/infra.yaml"), load_config(None, ("specs",)), EngineOptions())
    assert found == Lookups(repositories=("acme/infra",), organizations=("acme",))
    assert piped.buffer.read().startswith(b"apiVersion: core.oam.dev/v1beta1")  # not consumed
