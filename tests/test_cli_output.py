"""Terminal habits and several reports from one run: `--report FORMAT=FILE`, `--color`, NO_COLOR, `--quiet`, and
closed standard streams."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import click
import pytest
from click.testing import Result

from tests.conftest import assert_valid_sarif, write
from tests.engine.test_opa import ADMIN_APP

FINDING = "app.yaml:13:36: {error}: Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers` [{rule}]"


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return write(tmp_path / "app.yaml", ADMIN_APP)


def test_one_run_writes_every_report_asked_for_each_as_its_format_would_print_it(
        spec: Path, tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "app.yaml", "--report", "sarif=oamlint.sarif", "--report", "markdown=summary.md",
                     "--report", "github=annotations.txt", "--report", "json=report.json")
    assert result.exit_code == 1
    assert result.stdout == run_cli("check", "app.yaml").stdout  # the text report still goes to the terminal
    for name, output_format in (("oamlint.sarif", "sarif"), ("summary.md", "markdown"),
                                ("annotations.txt", "github"), ("report.json", "json")):
        alone = run_cli("check", "app.yaml", "--format", output_format)
        assert (tmp_path / name).read_text(encoding="utf-8") == alone.stdout, name
    assert_valid_sarif((tmp_path / "oamlint.sarif").read_text(encoding="utf-8"))
    assert json.loads((tmp_path / "report.json").read_text())["summary"]["error"] == 1
    assert (tmp_path / "annotations.txt").read_text().startswith("::warning file=app.yaml,line=13,")


def test_report_goes_beside_format_and_output(spec: Path, tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "app.yaml", "--format", "json", "--output", "a.json", "--report", "markdown=b.md")
    assert result.exit_code == 1
    assert json.loads((tmp_path / "a.json").read_text())["summary"]["error"] == 1
    assert (tmp_path / "b.md").read_text().startswith("### ❌ oamlint: 1 error")
    assert result.stdout.endswith("Checked 1 file (1 OAM document): 1 error, 1 warning.\n")


@pytest.mark.parametrize(("value", "message"), [
    ("sarif", "--report takes FORMAT=FILE, e.g. `--report sarif=oamlint.sarif`; got `sarif`"),
    ("xml=out.xml", "--report: unknown format `xml`; one of text, json, sarif, markdown, github"),
    ("json=", "--report takes FORMAT=FILE, e.g. `--report sarif=oamlint.sarif`; got `json=`"),
])
def test_a_malformed_report_is_a_usage_error(spec: Path, run_cli: Callable[..., Result], value: str,
                                             message: str) -> None:
    result = run_cli("check", "app.yaml", "--report", value)
    assert result.exit_code == 2
    assert f"Invalid value for '--report': {message}" in result.stderr


def test_two_reports_to_one_file_are_refused(spec: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "app.yaml", "--report", "json=same.out", "--report", "sarif=./same.out")
    assert result.exit_code == 2
    assert result.stderr == ("oamlint: error: two reports would be written to `./same.out`\n"
                             "hint: give each --report (and --output) its own file\n")


def coloured(level: str, rule: str) -> str:
    return FINDING.format(error=click.style(level, fg="red", bold=True), rule=click.style(rule, fg="magenta"))


def test_color_always_colours_level_words_and_rule_ids_but_never_report_files(
        spec: Path, tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "app.yaml", "--color", "always", "--report", "text=report.txt")
    assert coloured("error", "admin-grant") in result.stdout.splitlines()
    assert click.style("warning", fg="yellow", bold=True) in result.stdout
    assert "\x1b[" not in (tmp_path / "report.txt").read_text()
    assert "\x1b[" not in run_cli("check", "app.yaml", "--color", "always", "--format", "json").stdout


@pytest.mark.parametrize(("color", "no_color", "expected"), [
    ("never", None, False), ("auto", None, False),  # CliRunner's stdout is not a terminal
    ("always", "1", True),  # asked for explicitly: NO_COLOR only changes the default
])
def test_color_choice_and_no_color(spec: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch,
                                   color: str, no_color: str | None, expected: bool) -> None:
    if no_color is not None:
        monkeypatch.setenv("NO_COLOR", no_color)
    result = run_cli("check", "app.yaml", "--color", color)
    assert ("\x1b[" in result.stdout) is expected


def test_auto_colour_on_a_terminal_unless_no_color(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from oamlint.cli import wants_color

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert wants_color("auto") is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert wants_color("auto") is False
    monkeypatch.setenv("NO_COLOR", "")  # empty: as if unset (no-color.org)
    assert wants_color("auto") is True


def test_quiet_prints_the_findings_and_the_summary_line_only(spec: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "app.yaml", "--quiet")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "app.yaml:13:15: warning: Role `deploy` on `acme/payments-api` is not bound to an identity-provider group, "
        "so who holds it is decided only in Gogs [role-without-identity]",
        FINDING.format(error="error", rule="admin-grant"),
        "",
        "Checked 1 file (1 OAM document): 1 error, 1 warning.",
    ]


CLOSED_OUTPUT = "oamlint: error: standard output is closed, so what oamlint prints cannot be written\n"
CLOSED_INPUT = "oamlint: error: standard input is closed, so `-` cannot be read\n"


@pytest.mark.parametrize(("closed", "arguments", "code", "said"), [
    (1, ["check", "app.yaml"], 2, CLOSED_OUTPUT),
    (1, ["--version"], 2, CLOSED_OUTPUT),  # click prints it, outside a command
    (1, ["check", "app.yaml", "--output", "report.txt"], 1, ""),  # nothing for standard output: the run works
    (1, ["bundle", "--output", "oamlint.tar.gz"], 0, ""),
    (0, ["check", "-"], 2, CLOSED_INPUT),
    (0, ["check", "app.yaml", "-"], 2, CLOSED_INPUT),
    (0, ["drift", "--gogs-backup", "missing.zip", "-"], 2, CLOSED_INPUT),  # before the Gogs source is read
])
def test_a_closed_standard_stream_fails_only_a_run_that_needs_it(spec: Path, closed: int, arguments: list[str],
                                                                 code: int, said: str) -> None:
    """Started with standard output closed (`>&-`) a run exited 1, the code for findings, after a traceback; with
    standard input closed (`<&-`), `-` was an internal error (exit 3). Now the first write to the closed output, or
    the read of the closed input, is exit 2 with a message; a run that needs neither works. The real command, its
    stream closed by a shell: the descriptor is not open in oamlint at all."""
    command = [sys.executable, "-m", "oamlint", *arguments]
    done = subprocess.run(["sh", "-c", f'exec "$@" {closed}>&-', "sh", *command], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == code, done.stderr
    assert done.stderr.startswith(said) and "Traceback" not in done.stderr
    if "--output" in arguments:
        assert (spec.parent / arguments[arguments.index("--output") + 1]).stat().st_size > 0


@pytest.mark.parametrize(("arguments", "code"), [(["check", "app.yaml"], 1), (["rules"], 0), (["explain", "admin-grant"], 0),
                                               (["--version"], 1), (["check", "--help"], 1)])
def test_standard_output_that_fails_is_exit_2_and_one_whose_reader_left_is_not_an_error(
    spec: Path, arguments: list[str], code: int
) -> None:
    """A full disk (`> /dev/full`) was an internal error (exit 3, a traceback); a reader that went away (`| head -1`
    on a long report) was one too. Now the first is exit 2 saying why (oamlint/stdout.py), and after the second the
    rest is discarded and the exit code is the command's own (a pipe whose read end is closed before oamlint
    writes: the same EPIPE as after `head` exits). `--version` and `--help`, which click writes itself, were a
    traceback on a full disk too; after a reader that went away click exits 1. The real command."""
    command = [sys.executable, "-m", "oamlint", *arguments]
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("oamlint: error: cannot write to standard output: No space left on device\n")
    assert "Traceback" not in done.stderr
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = subprocess.run(command, stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(writer)
    assert done.returncode == code and done.stderr == ""
