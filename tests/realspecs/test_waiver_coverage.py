"""Issue 12 §6: whether a run covered every spec is decided by the files, not by the literal path `.`."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import write
from tests.test_suppression import APP, ONLY, findings, waiver

UNUSED = waiver(repository="acme/gone")  # matches nothing any spec declares


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository: `.oamlint.yaml` with an unused waiver, every spec under `specs/`."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".oamlint.yaml", "waivers:\n" + UNUSED)
    write(tmp_path / "specs" / "payments.yaml", APP.format(comment=""))
    write(tmp_path / "specs" / "team" / "billing.yaml", APP.format(comment="").replace("payments", "billing"))
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    return tmp_path


def unused(result: Result) -> list[tuple[str, int]]:
    return [(f["file"], f["line"]) for f in findings(result) if f["rule"] == "unused-waiver"]


def test_linting_the_folder_that_holds_every_spec_reports_the_unused_waiver(
    tree: Path, run_cli: Callable[..., Result]
) -> None:
    assert unused(run_cli("check", "specs/", "--format", "json", *ONLY)) == [(".oamlint.yaml", 2)]
    assert unused(run_cli("check", "specs/payments.yaml", "specs/team", "--format", "json", *ONLY)) == [(".oamlint.yaml", 2)]


def test_a_spec_left_out_makes_the_run_partial(tree: Path, run_cli: Callable[..., Result]) -> None:
    assert unused(run_cli("check", "specs/payments.yaml", "--format", "json", *ONLY)) == []
    write(tree / "other" / "search.yaml", APP.format(comment="").replace("payments", "search"))
    assert unused(run_cli("check", "specs/", "--format", "json", *ONLY)) == []


def test_yaml_that_git_ignores_does_not_count_as_left_out(tree: Path, run_cli: Callable[..., Result]) -> None:
    write(tree / ".gitignore", "build/\n")
    write(tree / "build" / "rendered.yaml", APP.format(comment="").replace("payments", "rendered"))
    assert unused(run_cli("check", "specs/", "--format", "json", *ONLY)) == [(".oamlint.yaml", 2)]


def test_outside_a_git_repository_every_yaml_file_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".oamlint.yaml", "waivers:\n" + UNUSED)
    write(tmp_path / "specs" / "payments.yaml", APP.format(comment=""))
    write(tmp_path / "build" / "rendered.yaml", APP.format(comment="").replace("payments", "rendered"))
    assert unused(run_cli("check", "specs/", "--format", "json", *ONLY)) == []
    assert unused(run_cli("check", "specs/", "build/", "--format", "json", *ONLY)) == [(".oamlint.yaml", 2)]
