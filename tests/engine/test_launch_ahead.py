"""OPA launched before the CLI is imported (`launch_ahead`, engine/process.py) and adopted later, with the real OPA.

The OPA under test is a logging `opa` on PATH: a script that writes its process id to a log, then becomes the
real OPA (`exec`), so each start is counted and each process can be looked for afterwards.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oamlint.config import load_config, select_rules
from oamlint.engine import process
from oamlint.engine.opa import Engine
from oamlint.lint import lint
from oamlint.options import EngineOptions
from tests.engine.test_opa import ADMIN_APP


@pytest.fixture
def logging_opa(opa_binary: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory first on PATH whose `opa` logs its pid to `<dir>/starts` and execs the real OPA; returns the log."""
    directory = tmp_path / "logging"
    directory.mkdir()
    script = directory / "opa"
    script.write_text(f'#!/bin/sh\necho $$ >> "{directory}/starts"\nexec "{opa_binary}" "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{directory}{os.pathsep}{os.environ['PATH']}")
    return directory / "starts"


def _starts(log: Path, expected: int = 0) -> list[int]:
    """The pids logged so far, once at least `expected` are there (OPA is launched without waiting for it)."""
    deadline = time.monotonic() + 10
    while True:
        pids = [int(line) for line in log.read_text(encoding="utf-8").split()] if log.exists() else []
        if len(pids) >= expected or time.monotonic() > deadline:
            return pids
        time.sleep(0.01)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is not alive


def _oamlint(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "app.yaml").write_text(ADMIN_APP, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "oamlint", *arguments], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("arguments", [
    ["check", "app.yaml"],
    ["drift", "--export", "e.json"],
    ["check", "--format", "json", "app.yaml"],
])
def test_a_command_that_evaluates_with_the_default_opa_launches_it_ahead(logging_opa: Path, arguments: list[str]) -> None:
    process.launch_ahead(arguments)
    [ahead] = process._ahead
    try:
        assert len(_starts(logging_opa, 1)) == 1
        assert process.launch_early(None) is ahead  # adopted by the command: no second OPA
        assert process._ahead == []
    finally:
        ahead.stop()
    assert not _alive(ahead.popen.pid)


@pytest.mark.parametrize("arguments", [
    [], ["rules"], ["--version"], ["explain", "admin-grant"], ["app.yaml", "check"],
    ["check", "--opa", "/usr/local/bin/opa", "app.yaml"], ["check", "--opa=/usr/local/bin/opa", "app.yaml"],
    ["check", "--opa-url", "http://127.0.0.1:8181", "app.yaml"], ["drift", "--opa-url=http://127.0.0.1:8181"],
    ["check", "--help"], ["check", "-h"],
])
def test_nothing_is_launched_ahead_for_other_commands_another_opa_or_help(logging_opa: Path, arguments: list[str]) -> None:
    process.launch_ahead(arguments)
    assert process._ahead == [] and _starts(logging_opa) == []


def test_an_opa_launched_ahead_that_is_not_the_one_asked_for_is_stopped(logging_opa: Path, opa_binary: str) -> None:
    process.launch_ahead(["check", "app.yaml"])
    ahead = process._ahead[0]
    own = process.launch_early(opa_binary)  # as if the command line had named another OPA
    try:
        assert own is not None and own is not ahead
        assert process._ahead == [] and not _alive(ahead.popen.pid)
    finally:
        if own is not None:
            own.stop()


def test_a_check_runs_on_the_opa_launched_ahead_and_leaves_none(logging_opa: Path, tmp_path: Path) -> None:
    result = _oamlint(tmp_path, "check", "app.yaml", "--format", "json")
    assert result.returncode == 1, result.stderr  # the admin grant
    assert '"rule": "admin-grant"' in result.stdout
    [pid] = _starts(logging_opa, 1)
    assert not _alive(pid)


def test_a_usage_error_after_the_launch_ahead_stops_that_opa(logging_opa: Path, tmp_path: Path) -> None:
    result = _oamlint(tmp_path, "check", "app.yaml", "--no-such-option")
    assert result.returncode == 2 and "No such option" in result.stderr
    [pid] = _starts(logging_opa, 1)
    assert not _alive(pid)


def test_with_another_opa_named_the_default_one_is_never_started(logging_opa: Path, tmp_path: Path, opa_binary: str) -> None:
    result = _oamlint(tmp_path, "check", "app.yaml", "--opa", opa_binary)
    assert result.returncode == 1, result.stderr
    assert _starts(logging_opa) == []


def test_an_opa_adopted_after_its_whole_timeout_still_evaluates(tmp_path: Path) -> None:
    """A drift collection or an export load may take longer than --opa-timeout between OPA's launch and its adoption:
    an OPA that is listening by then is used, not reported as too slow to start."""
    (tmp_path / "app.yaml").write_text(ADMIN_APP, encoding="utf-8")
    launched = process.launch(None)
    time.sleep(1.2)
    options = EngineOptions(opa_timeout=1.0)
    with Engine(launched=launched, timeout=options.opa_timeout) as engine:
        report = lint([str(tmp_path / "app.yaml")], select_rules(load_config(None, ()), ("admin-grant",), ()), options,
                      engine)
    assert [finding.rule for finding in report.findings] == ["admin-grant"]
    assert not _alive(launched.popen.pid)


@pytest.mark.parametrize(("at", "launches"), [("oamlint.engine.process", 0), ("oamlint.cli", 1)])
def test_an_interrupt_before_the_cli_acts_is_exit_130_with_a_message_and_stops_what_was_launched(
    logging_opa: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], at: str, launches: int
) -> None:
    """A Ctrl-C or SIGTERM (which the entry point turns into KeyboardInterrupt) while the launcher is imported, OPA
    is launched ahead or the CLI is imported: the entry point's handler, not a traceback. The Ctrl-C is simulated
    at the import of `at`: before anything is launched, or after the real OPA was launched ahead."""
    from oamlint import __main__ as entry

    real_import = __import__

    def interrupted(name: str, *args: object, **kwargs: object) -> object:
        if name == at:
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    launched: list[process.OpaProcess] = []
    real_launch = process.launch
    monkeypatch.setattr(process, "launch", lambda path: launched.append(real_launch(path)) or launched[-1])
    monkeypatch.setattr(sys, "argv", ["oamlint", "check", "app.yaml"])
    monkeypatch.setattr("builtins.__import__", interrupted)
    before = signal.getsignal(signal.SIGTERM)
    try:
        with pytest.raises(SystemExit) as exited:
            entry.main()
    finally:
        monkeypatch.undo()
        signal.signal(signal.SIGTERM, before)  # the entry point's handler is for a command's process, not pytest's
    assert exited.value.code == 130
    assert capsys.readouterr().err == "oamlint: interrupted\n"
    assert len(launched) == launches and process._ahead == []
    for opa in launched:
        assert opa.path == str(logging_opa.parent / "opa")  # the default OPA, launched ahead
        assert opa.popen.poll() is not None  # and stopped
