"""OPA never outlives oamlint, however oamlint ends, and a server oamlint did not start is never used.

All with the real OPA binary (under a path unique to each test, so its processes can be told apart
from other runs'), and real oamlint processes killed as the kernel or a CI runner would kill them.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.engine import process as process_module
from oamlint.engine.opa import Engine
from oamlint.engine.process import _Guard
from tests.conftest import CORPUS, opa_server, write
from tests.engine.test_opa import ADMIN_APP, _oamlint


def _running(marker: str) -> list[int]:
    """Pids of live processes running `marker`, directly or as a script (`sh marker …`); zombies excluded."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if marker.encode() in argv[:2]:
            found.append(int(entry.name))
    return found


def _gone(marker: str, within: float = 10) -> list[int]:
    """Wait until no process runs `marker`; the ones still there after `within` seconds."""
    deadline = time.monotonic() + within
    while _running(marker) and time.monotonic() < deadline:
        time.sleep(0.01)
    return _running(marker)


def _wait_for(marker: str, process: subprocess.Popen[str]) -> list[int]:
    deadline = time.monotonic() + 30
    while not (found := _running(marker)):
        assert process.poll() is None and time.monotonic() < deadline, "OPA never started"
        time.sleep(0.005)
    return found


@pytest.fixture
def wrapper(marked_opa: Path, tmp_path: Path) -> Path:
    """An `opa` that is a shell script running the real OPA as its child (no `exec`)."""
    script = write(tmp_path / "wrapper" / "opa", f'#!/bin/sh\n"{marked_opa}" "$@"\necho "opa ended with $?"\n')
    script.chmod(0o755)
    return script


@pytest.mark.parametrize("death", [signal.SIGKILL, signal.SIGSEGV])
def test_a_killed_or_crashed_oamlint_takes_its_opa_with_it(marked_opa: Path, death: signal.Signals) -> None:
    """SIGKILL is also what the OOM killer sends; SIGSEGV ends the process as a segmentation fault does."""
    oamlint = _oamlint([str(CORPUS / "oam")], str(marked_opa))
    _wait_for(str(marked_opa), oamlint)
    oamlint.send_signal(death)
    oamlint.communicate(timeout=30)
    assert oamlint.returncode == -death
    assert _gone(str(marked_opa)) == []


def test_a_wrapper_opa_and_its_child_are_gone_after_oamlint_is_killed(marked_opa: Path, wrapper: Path) -> None:
    oamlint = _oamlint([str(CORPUS / "oam")], str(wrapper))
    _wait_for(str(marked_opa), oamlint)
    assert _running(str(wrapper)), "the wrapper runs OPA as its child"
    oamlint.kill()
    oamlint.communicate(timeout=30)
    assert (_gone(str(wrapper)), _gone(str(marked_opa))) == ([], [])


def test_a_wrapper_opa_and_its_child_are_gone_after_a_normal_end(marked_opa: Path, wrapper: Path, tmp_path: Path) -> None:
    write(tmp_path / "app.yaml", ADMIN_APP)
    oamlint = _oamlint([str(tmp_path / "app.yaml")], str(wrapper))
    _, stderr = oamlint.communicate(timeout=60)
    assert oamlint.returncode == 1, stderr
    assert (_gone(str(wrapper), 1), _gone(str(marked_opa), 1)) == ([], [])


@pytest.mark.parametrize("attempt", range(3))
def test_ctrl_c_as_opa_starts_exits_130_and_leaves_no_wrapper_or_child(
    marked_opa: Path, wrapper: Path, attempt: int
) -> None:
    """Three times: before oamlint/__main__.py cleared CPython's "unhandled KeyboardInterrupt" mark, about half
    of these runs printed "interrupted" and then ended as -SIGINT instead of 130."""
    oamlint = _oamlint([str(CORPUS / "oam")], str(wrapper))
    _wait_for(str(marked_opa), oamlint)
    oamlint.send_signal(signal.SIGINT)
    _, stderr = oamlint.communicate(timeout=60)
    assert (oamlint.returncode, stderr) == (130, "oamlint: interrupted\n")
    assert (_gone(str(wrapper), 1), _gone(str(marked_opa), 1)) == ([], [])


def test_the_parent_death_signal_alone_ends_opa_when_the_guard_is_gone(marked_opa: Path) -> None:
    """Each mechanism on its own: with the guard killed first, OPA must still die with oamlint (PR_SET_PDEATHSIG)."""
    oamlint = _oamlint([str(CORPUS / "oam")], str(marked_opa))
    [opa] = _wait_for(str(marked_opa), oamlint)
    group = os.getpgid(opa)
    assert group not in (os.getpgid(oamlint.pid), opa), "OPA runs in the guard's process group, not oamlint's"
    os.kill(group, signal.SIGKILL)  # the guard leads the group
    oamlint.kill()
    oamlint.communicate(timeout=30)
    assert _gone(str(marked_opa)) == []


def test_the_guard_alone_ends_the_group_when_its_pipe_closes(tmp_path: Path) -> None:
    guard = _Guard()
    member = subprocess.Popen(["sleep", "300"], process_group=guard.group)
    guard.release()
    assert member.wait(timeout=10) == -signal.SIGKILL


def test_a_stopped_guard_is_not_waited_for(tmp_path: Path) -> None:
    """A guard stopped by SIGSTOP cannot read its pipe's end: release kills its group itself, in bounded time
    (waiting for it made a run hang forever, past --timeout)."""
    guard = _Guard()
    member = subprocess.Popen(["sleep", "300"], process_group=guard.group)
    os.kill(guard.group, signal.SIGSTOP)
    began = time.monotonic()
    guard.release()
    assert time.monotonic() - began < process_module.GUARD_SECONDS + 2
    assert member.wait(timeout=10) == -signal.SIGKILL
    assert guard.popen.returncode == -signal.SIGKILL


def test_an_engine_started_in_a_thread_that_ends_keeps_its_opa(opa_binary: str) -> None:
    """PR_SET_PDEATHSIG fires when the forking *thread* ends, so it is not set off the main thread."""
    engines: list[Engine] = []
    thread = threading.Thread(target=lambda: engines.append(Engine(opa_binary).__enter__()))
    thread.start()
    thread.join()
    [engine] = engines
    try:
        time.sleep(0.2)
        assert engine.evaluate({"documents": [], "config": {}, "gogs": None, "now": "2026-11-25T00:00:00Z"})["findings"] == []
    finally:
        engine.close()


@pytest.fixture
def stale_opa(opa_binary: str, tmp_path: Path, run_cli: Callable[..., Result]) -> Iterator[int]:
    """A real OPA with the oamlint policies, as an earlier run that crashed would have left; yields its port."""
    bundle = tmp_path / "oamlint.tar.gz"
    assert run_cli("bundle", "--output", str(bundle)).exit_code == 0
    with opa_server(opa_binary, bundle) as port:
        yield port


def test_a_stale_opa_on_the_chosen_port_is_never_used(
    stale_opa: int, tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The port oamlint picked is taken by a leftover OPA with (possibly older) policies before its own OPA binds it."""
    write(tmp_path / "app.yaml", ADMIN_APP)
    monkeypatch.setattr(process_module, "_free_port", lambda: stale_opa)
    result = run_cli("check", str(tmp_path / "app.yaml"))
    assert result.exit_code == 2, result.stdout
    assert result.stderr.startswith("oamlint: error: OPA `")
    assert "exited while starting: " in result.stderr and "address already in use" in result.stderr


def test_a_refused_guard_is_exit_2_naming_the_limit(
    opa_binary: str, tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guard is the run's first fork: a pids limit refuses it (EAGAIN; simulated, as root cannot be refused).
    That is a usage problem to state, not an internal error, and the guard's pipe is not left registered."""
    real = subprocess.Popen

    def refusing(args: list[str], *rest: object, **options: object) -> object:
        if args[:1] == ["/bin/sh"]:
            raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")
        return real(args, *rest, **options)  # type: ignore[call-overload]

    write(tmp_path / "app.yaml", ADMIN_APP)
    monkeypatch.setattr(process_module.subprocess, "Popen", refusing)
    result = run_cli("check", str(tmp_path / "app.yaml"), "--opa", opa_binary)
    assert (result.exit_code, result.stderr) == (2, (
        f"oamlint: error: cannot start OPA `{opa_binary}`: Resource temporarily unavailable\n"
        f"hint: {process_module.LIMIT_HINT}\n"))
    assert process_module._GUARD_PIPES == set()
