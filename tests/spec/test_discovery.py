"""Which files a run lints: regular files only, every unreadable path a finding, directory links followed
inside the tree (issue 8: FIFOs, devices, sockets, unreadable directories; issue 12 item 5: symlinked folders).
"""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.spec.discovery import find
from tests.conftest import write
from tests.hostile import run_oamlint

BAD_APP = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: {name: shop}
spec:
  components:
    - name: shop-api
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/shop-api
            roles:
              deploy: {permission: admin, teams: [acme/deployers]}
"""


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository (a `.git` marks its top) as the working directory."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def problems(found_problems: list[object]) -> list[tuple[str, str, str]]:
    return [(v.rule, v.file, v.message) for p in found_problems for v in p.violations]  # type: ignore[attr-defined]


def rules_and_files(result: Result) -> list[tuple[str, str]]:
    """(rule, file:line:column) of every finding in a text report."""
    found = []
    for line in result.stdout.splitlines():
        if line.endswith("]") and ": " in line and line.split(":")[1].isdigit():
            found.append((line.rsplit("[", 1)[1].rstrip("]"), line.split(": ")[0]))
    return found


def test_a_fifo_named_like_a_spec_is_skipped_with_a_note_and_never_opened(
        tree: Path, run_cli: Callable[..., Result]) -> None:
    write(tree / "specs" / "shop.yaml", BAD_APP)
    os.mkfifo(tree / "specs" / "pipe.yaml")  # nobody writes to it: opening it for reading would block forever
    result = run_cli("check", "specs")
    assert result.exit_code == 1
    assert "specs/pipe.yaml:1:1: note: Path is a FIFO (named pipe), not a regular file; skipped, never opened " \
           "[skipped-path]" in result.stdout


def test_a_symlink_to_dev_zero_and_a_socket_are_named_for_what_they_are(
        tree: Path, run_cli: Callable[..., Result]) -> None:
    (tree / "specs").mkdir()
    (tree / "specs" / "zero.yaml").symlink_to("/dev/zero")
    server = socket.socket(socket.AF_UNIX)
    server.bind("specs/sock.yml")
    try:
        result = run_cli("check", "specs")
    finally:
        server.close()
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "specs/sock.yml:1:1: note: Path is a socket, not a regular file; skipped, never opened [skipped-path]")
    assert "specs/zero.yaml:1:1: note: Path is a character device, not a regular file; skipped, never opened " \
           "[skipped-path]" in result.stdout


def test_special_files_given_by_name_are_named_correctly_not_called_missing(
        tree: Path, run_cli: Callable[..., Result]) -> None:
    os.mkfifo(tree / "pipe.yaml")
    result = run_cli("check", "pipe.yaml", "/dev/zero")
    assert result.exit_code == 0
    assert [line for line in result.stdout.splitlines() if "[skipped-path]" in line] == [
        "/dev/zero:1:1: note: Path is a character device, not a regular file; skipped, never opened [skipped-path]",
        "pipe.yaml:1:1: note: Path is a FIFO (named pipe), not a regular file; skipped, never opened [skipped-path]",
    ]
    assert "does not exist" not in result.stdout + result.stderr


def test_a_link_to_nothing_given_by_name_says_so(tree: Path, run_cli: Callable[..., Result]) -> None:
    (tree / "gone.yaml").symlink_to("nowhere.yaml")
    result = run_cli("check", "gone.yaml")
    assert (result.exit_code, result.stderr) == (2, (
        "oamlint: error: path `gone.yaml` is a symbolic link to `nowhere.yaml`, which does not exist\n"
        "hint: check the spelling, or run from the repository root\n"))


@pytest.fixture
def without_read_override() -> Iterator[tuple[str, ...]]:
    """A prefix that runs a command without root's power to read anything, so permissions apply as for CI users.

    As root, `setpriv` drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set of the command;
    as anyone else, permissions already apply.
    """
    yield ("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--") if os.geteuid() == 0 else ()


def test_an_unreadable_directory_is_an_error_never_checked_0_files_no_problems(
        tree: Path, without_read_override: tuple[str, ...]) -> None:
    write(tree / "specs" / "locked" / "shop.yaml", BAD_APP)
    (tree / "specs" / "locked").chmod(0)
    try:
        measured = run_oamlint("check", "specs", cwd=tree, prefix=without_read_override)
    finally:
        (tree / "specs" / "locked").chmod(0o755)
    assert measured.code == 1, measured.stderr
    assert measured.stdout.splitlines()[0] == (
        "specs/locked:1:1: error: Directory cannot be read: Permission denied; no file in it is linted [unreadable-path]")
    assert "no problems found" not in measured.stdout


def test_an_unreadable_linted_directory_itself_is_exit_2(tree: Path, without_read_override: tuple[str, ...]) -> None:
    write(tree / "specs" / "shop.yaml", BAD_APP)
    (tree / "specs").chmod(0)
    try:
        measured = run_oamlint("check", "specs", cwd=tree, prefix=without_read_override)
    finally:
        (tree / "specs").chmod(0o755)
    assert (measured.code, measured.stdout) == (2, ""), measured.stderr  # click refuses it before oamlint starts
    assert measured.stderr.endswith("Error: Invalid value for '[PATHS]...': Path 'specs' is not readable.\n")


def test_an_unreadable_file_is_an_error_and_the_others_are_linted(
        tree: Path, without_read_override: tuple[str, ...]) -> None:
    write(tree / "specs" / "a.yaml", BAD_APP)
    write(tree / "specs" / "b.yaml", BAD_APP.replace("shop", "cart"))
    (tree / "specs" / "a.yaml").chmod(0)
    measured = run_oamlint("check", "specs", "--format", "json", cwd=tree, prefix=without_read_override)
    assert measured.code == 1, measured.stderr
    assert '"file": "specs/b.yaml"' in measured.stdout
    assert '"message": "File cannot be read: Permission denied; it is not linted"' in measured.stdout


def test_a_symlinked_folder_inside_the_tree_is_followed(tree: Path, run_cli: Callable[..., Result]) -> None:
    """Issue 12, item 5: `specs/shared -> ../shared` was skipped silently ("1 file … no problems found")."""
    write(tree / "specs" / "app.yaml", BAD_APP.replace("admin", "write"))
    write(tree / "shared" / "one.yaml", BAD_APP)
    write(tree / "shared" / "two.yaml", BAD_APP.replace("shop", "cart"))
    (tree / "specs" / "shared").symlink_to("../shared")
    result = run_cli("check", "specs")
    assert [f for f in rules_and_files(result) if f[0] == "admin-grant"] == [
        ("admin-grant", "specs/shared/one.yaml:13:36"), ("admin-grant", "specs/shared/two.yaml:13:36")]
    assert result.stdout.splitlines()[-1].startswith("Checked 3 files (3 OAM documents)")


def test_each_real_file_is_linted_once_whatever_its_names(tree: Path, run_cli: Callable[..., Result]) -> None:
    write(tree / "shared" / "one.yaml", BAD_APP)
    (tree / "specs").mkdir()
    (tree / "specs" / "a").symlink_to("../shared")
    (tree / "specs" / "b").symlink_to("../shared")
    (tree / "specs" / "same.yaml").symlink_to("../shared/one.yaml")
    result = run_cli("check", "specs", "shared")
    assert [f for f in rules_and_files(result) if f[0] == "admin-grant"] == [("admin-grant", "shared/one.yaml:13:36")]


def test_a_link_back_into_its_own_ancestors_is_a_note_not_an_endless_walk(
        tree: Path, run_cli: Callable[..., Result]) -> None:
    write(tree / "specs" / "deep" / "app.yaml", BAD_APP)
    (tree / "specs" / "deep" / "up").symlink_to("..")
    result = run_cli("check", "specs")
    assert ("specs/deep/up:1:1: note: Symbolic link to `..`, a directory that holds it: following it would loop; "
            "not followed [skipped-path]") in result.stdout
    assert [f for f in rules_and_files(result) if f[0] == "admin-grant"] == [("admin-grant", "specs/deep/app.yaml:13:36")]


def test_a_circle_of_links_is_a_note(tree: Path) -> None:
    (tree / "specs").mkdir()
    (tree / "specs" / "a").symlink_to("b")
    (tree / "specs" / "b").symlink_to("a")
    found = find(["specs"])
    assert found.files == []
    assert problems(found.problems) == [
        ("skipped-path", "specs/a", "Symbolic link to `b`, which cannot be followed: Too many levels of symbolic links; skipped"),
        ("skipped-path", "specs/b", "Symbolic link to `a`, which cannot be followed: Too many levels of symbolic links; skipped"),
    ]


def test_a_link_that_leaves_the_tree_is_a_note_and_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = write(tmp_path / "outside" / "secret.yaml", BAD_APP)
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "specs").mkdir()
    (repo / "specs" / "ext").symlink_to(outside.parent)
    (repo / "specs" / "ext.yaml").symlink_to(outside)
    monkeypatch.chdir(repo)
    found = find(["specs"])
    assert found.files == []
    assert problems(found.problems) == [
        ("skipped-path", "specs/ext",
         f"Symbolic link to the directory `{outside.parent}`, outside the linted tree `.`; not followed"),
        ("skipped-path", "specs/ext.yaml",
         f"Symbolic link to the file `{outside}`, outside the linted tree `.`; not followed"),
    ]


def test_a_dangling_spec_link_is_a_note_and_other_dangling_links_are_no_specs(tree: Path) -> None:
    (tree / "specs").mkdir()
    (tree / "specs" / "gone.yaml").symlink_to("nowhere.yaml")
    (tree / "specs" / "README").symlink_to("nowhere.md")
    found = find(["specs"])
    assert problems(found.problems) == [("skipped-path", "specs/gone.yaml", (
        "Symbolic link to `nowhere.yaml`, which cannot be followed: No such file or directory; skipped"))]


def test_without_a_repository_the_tree_is_the_config_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "project" / ".oamlint.yaml", "{}\n")
    write(tmp_path / "project" / "shared" / "one.yaml", BAD_APP)
    (tmp_path / "project" / "specs").mkdir()
    (tmp_path / "project" / "specs" / "shared").symlink_to("../shared")
    monkeypatch.chdir(tmp_path / "project")
    assert find(["specs"]).files == ["specs/shared/one.yaml"]


def test_a_linted_path_that_is_itself_a_link_is_walked_where_it_leads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "elsewhere" / "one.yaml", BAD_APP)
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "specs").symlink_to(tmp_path / "elsewhere")
    monkeypatch.chdir(tmp_path / "work")
    found = find(["specs"])
    assert (found.files, found.problems) == (["specs/one.yaml"], [])


def test_hidden_files_and_directories_are_still_skipped(tree: Path) -> None:
    write(tree / "specs" / ".hidden" / "a.yaml", BAD_APP)
    write(tree / "specs" / ".b.yaml", BAD_APP)
    write(tree / "specs" / "c.yml", BAD_APP)
    assert find(["specs"]).files == ["specs/c.yml"]


def test_a_fifo_in_the_tree_does_not_hang_the_real_cli(tree: Path) -> None:
    write(tree / "specs" / "shop.yaml", BAD_APP)
    os.mkfifo(tree / "specs" / "pipe.yaml")
    measured = run_oamlint("check", "specs", cwd=tree)
    assert measured.within_bounds() and measured.code == 1
    assert "[skipped-path]" in measured.stdout


def test_setpriv_really_takes_away_root_s_read_override(tmp_path: Path, without_read_override: tuple[str, ...]) -> None:
    """The unreadable-path tests mean something only if the directory really is unreadable to the run."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked").chmod(0)
    try:
        listed = subprocess.run([*without_read_override, "ls", str(tmp_path / "locked")], capture_output=True)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert listed.returncode != 0
