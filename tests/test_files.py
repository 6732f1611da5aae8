"""Output files (--output/-o, --write-baseline, bundle --output): symlinks followed, only regular files, umask.

The export's own flags (`export -o`, `drift --export-out`) are tested with a real Gogs backup in
tests/gogs/test_export_files.py; here the same writer is driven through every flag that needs no Gogs.
"""

from __future__ import annotations

import json
import os
import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.errors import FatalError
from oamlint.files import PRIVATE, write_atomically
from tests.conftest import write
from tests.engine.test_opa import ADMIN_APP

HINT = "hint: pass the path of a file to create or replace\n"

# Each flag that writes a file, as the arguments that make `oamlint` write to TARGET.
WRITERS = {
    "check --output": ["check", "app.yaml", "--format", "json", "--output", "TARGET"],
    "check --write-baseline": ["check", "app.yaml", "--write-baseline", "TARGET"],
    "bundle --output": ["bundle", "--output", "TARGET"],
}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "app.yaml", ADMIN_APP)
    return tmp_path


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """Set the process umask for one test and restore it after."""
    previous = os.umask(0o022)
    yield os.umask
    os.umask(previous)


def _args(writer: str, target: str) -> list[str]:
    return [target if arg == "TARGET" else arg for arg in WRITERS[writer]]


@pytest.mark.parametrize("writer", WRITERS)
def test_a_symlinked_output_replaces_the_links_target_and_the_link_stays(
    writer: str, workdir: Path, run_cli: Callable[..., Result]
) -> None:
    (workdir / "kept").mkdir()
    target = write(workdir / "kept" / "report", "stale\n")
    (workdir / "link").symlink_to(Path("kept") / "report")
    result = run_cli(*_args(writer, "link"))
    assert result.exit_code in (0, 1), result.stderr
    assert os.readlink(workdir / "link") == str(Path("kept") / "report")
    assert target.read_bytes() != b"stale\n" and target.stat().st_size > 0
    assert sorted(p.name for p in (workdir / "kept").iterdir()) == ["report"]  # no temporary file left beside it


def test_a_dangling_symlink_gets_its_target_created(workdir: Path, run_cli: Callable[..., Result]) -> None:
    (workdir / "link.json").symlink_to("reports/today.json")
    (workdir / "reports").mkdir()
    result = run_cli(*_args("check --output", "link.json"))
    assert result.exit_code == 1
    assert (workdir / "link.json").is_symlink()
    assert json.loads((workdir / "reports" / "today.json").read_text())["summary"]["error"] == 1


@pytest.mark.parametrize("writer", WRITERS)
def test_a_fifo_as_output_is_refused_with_exit_2_and_left_alone(
    writer: str, workdir: Path, run_cli: Callable[..., Result]
) -> None:
    os.mkfifo(workdir / "pipe")
    result = run_cli(*_args(writer, "pipe"))
    assert (result.exit_code, result.stderr) == (
        2, f"oamlint: error: cannot write `pipe`: it is a FIFO (named pipe), not a regular file\n{HINT}")
    assert stat.S_ISFIFO((workdir / "pipe").lstat().st_mode)


@pytest.mark.parametrize("writer", WRITERS)
def test_a_device_as_output_is_refused_with_exit_2(writer: str, workdir: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli(*_args(writer, "/dev/null"))
    assert (result.exit_code, result.stderr) == (
        2, f"oamlint: error: cannot write `/dev/null`: it is a character device, not a regular file\n{HINT}")


def test_a_symlink_to_a_device_is_refused_naming_both(workdir: Path, run_cli: Callable[..., Result]) -> None:
    (workdir / "out.sarif").symlink_to("/dev/null")
    result = run_cli(*_args("check --output", "out.sarif"))
    assert result.exit_code == 2
    assert result.stderr == ("oamlint: error: cannot write `out.sarif` (a link to `/dev/null`): it is a character "
                             f"device, not a regular file\n{HINT}")
    assert (workdir / "out.sarif").is_symlink()


def test_a_symlink_loop_as_output_is_refused_with_exit_2(workdir: Path, run_cli: Callable[..., Result]) -> None:
    (workdir / "loop").symlink_to("loop")
    result = run_cli(*_args("check --write-baseline", "loop"))
    assert (result.exit_code, result.stderr) == (
        2, "oamlint: error: cannot write `loop`: it is a symlink loop\nhint: point the link at a file, or pass another path\n")


@pytest.mark.parametrize(("kind", "make"), [
    ("a directory", lambda path: path.mkdir()),
    ("a FIFO (named pipe)", os.mkfifo),
    ("a socket", lambda path: socket.socket(socket.AF_UNIX).bind(str(path))),
])
def test_the_writer_refuses_every_kind_of_file_that_is_not_regular(
    tmp_path: Path, kind: str, make: Callable[[Path], object]
) -> None:
    """The CLI's own `dir_okay=False` catches some directories first; the writer must refuse them for every caller."""
    make(tmp_path / "target")
    with pytest.raises(FatalError) as raised:
        write_atomically(tmp_path / "target", "x")
    assert raised.value.message == f"cannot write `{tmp_path / 'target'}`: it is {kind}, not a regular file"
    assert [p.name for p in tmp_path.iterdir()] == ["target"]


def test_a_missing_directory_is_exit_2_saying_so(workdir: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli(*_args("bundle --output", "missing/oamlint.tar.gz"))
    assert (result.exit_code, result.stderr) == (
        2, "oamlint: error: cannot write `missing/oamlint.tar.gz`: No such file or directory\n"
           "hint: check that the directory exists and is writable\n")


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_reports_baselines_and_bundles_are_created_with_the_users_umask(
    writer: str, mask: int, mode: int, workdir: Path, run_cli: Callable[..., Result], umask: Callable[[int], None]
) -> None:
    umask(mask)
    result = run_cli(*_args(writer, "out"))
    assert result.exit_code in (0, 1), result.stderr
    assert stat.S_IMODE((workdir / "out").stat().st_mode) == mode


def test_a_private_file_is_0600_whatever_the_umask(tmp_path: Path, umask: Callable[[int], None]) -> None:
    umask(0)
    write_atomically(tmp_path / "export.json", "{}", mode=PRIVATE)
    assert stat.S_IMODE((tmp_path / "export.json").stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    old = write(tmp_path / "report.json", "old\n")

    class Unwritable(str):
        def encode(self, *args: object, **kwargs: object) -> bytes:
            raise KeyboardInterrupt  # as if Ctrl-C came while writing

    with pytest.raises(KeyboardInterrupt):
        write_atomically(old, Unwritable("new"))
    assert old.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


@pytest.mark.parametrize("writer", ["check --output", "check --write-baseline"])
def test_an_output_that_can_never_be_written_fails_before_linting(
    writer: str, workdir: Path, run_cli: Callable[..., Result]
) -> None:
    """With no OPA to be found, the run would fail on OPA: the FIFO is refused first, before any work."""
    os.mkfifo(workdir / "pipe")
    result = run_cli(*_args(writer, "pipe"), "--opa", str(workdir / "no-opa"))
    assert (result.exit_code, result.stderr) == (
        2, f"oamlint: error: cannot write `pipe`: it is a FIFO (named pipe), not a regular file\n{HINT}")
