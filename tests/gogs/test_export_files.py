"""Export files stay private (0600: they name every account and its access) and are written like every output file.

tests/test_files.py covers the writer through the flags that need no Gogs source; these drive `export -o` and
`drift --export-out` with the backup a real Gogs 0.14.3 wrote (tests/gogs/recorded), and the export writer with
the real example export.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.gogs.export import write_atomic
from tests.conftest import REPO, write
from tests.engine.test_opa import ADMIN_APP
from tests.gogs.record_fixtures import BACKUP, RECORDED

EXAMPLE_EXPORT = REPO / "examples" / "gogs" / "acme-export.json"
GOGS_BACKUP = RECORDED / BACKUP


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that would let everyone read a new file, restored after the test."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_export_writer_makes_a_file_only_its_owner_can_read(tmp_path: Path, open_umask: None) -> None:
    write_atomic(json.loads(EXAMPLE_EXPORT.read_text(encoding="utf-8")), tmp_path / "export.json")
    assert _mode(tmp_path / "export.json") == 0o600


def test_export_output_is_private_whatever_the_umask(
    tmp_path: Path, run_cli: Callable[..., Result], open_umask: None
) -> None:
    result = run_cli("export", "--gogs-backup", str(GOGS_BACKUP), "-o", str(tmp_path / "export.json"))
    assert result.exit_code == 0, result.stderr
    assert _mode(tmp_path / "export.json") == 0o600


def test_drift_export_out_is_private_and_follows_a_symlink(
    tmp_path: Path, run_cli: Callable[..., Result], open_umask: None
) -> None:
    write(tmp_path / "app.yaml", ADMIN_APP)
    (tmp_path / "kept.json").write_text("stale\n")
    (tmp_path / "link.json").symlink_to("kept.json")
    result = run_cli("drift", str(tmp_path / "app.yaml"), "--gogs-backup", str(GOGS_BACKUP),
                     "--export-out", str(tmp_path / "link.json"))
    assert result.exit_code in (0, 1), result.stderr
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads((tmp_path / "kept.json").read_text())["provenance"]["source"] == "backup"
    assert _mode(tmp_path / "kept.json") == 0o600


@pytest.mark.parametrize(("kind", "make"), [("a directory", Path.mkdir), ("a FIFO (named pipe)", os.mkfifo)])
def test_export_output_that_is_not_a_regular_file_is_exit_2(
    tmp_path: Path, run_cli: Callable[..., Result], kind: str, make: Callable[[Path], object]
) -> None:
    make(tmp_path / "out")
    result = run_cli("export", "--gogs-backup", str(GOGS_BACKUP), "-o", str(tmp_path / "out"))
    assert (result.exit_code, result.stderr) == (
        2, f"oamlint: error: cannot write `{tmp_path / 'out'}`: it is {kind}, not a regular file\n"
           "hint: pass the path of a file to create or replace\n")


@pytest.mark.parametrize("command", [["export", "-o"], ["drift", "app.yaml", "--export-out"], ["drift", "app.yaml", "-o"]])
def test_an_output_that_can_never_be_written_fails_before_the_collection(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """The backup does not exist: the collection would fail on it, so the FIFO must be refused first."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "app.yaml", ADMIN_APP)
    os.mkfifo(tmp_path / "out")
    result = run_cli(*command, "out", "--gogs-backup", str(tmp_path / "missing.zip"))
    assert (result.exit_code, result.stderr) == (
        2, "oamlint: error: cannot write `out`: it is a FIFO (named pipe), not a regular file\n"
           "hint: pass the path of a file to create or replace\n")
