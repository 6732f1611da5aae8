"""The OPA engine against the real OPA binary: evaluation, failures, and process hygiene."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from oamlint.engine.opa import Engine
from tests.conftest import CORPUS, REPO, write

ADMIN_APP = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: {name: payments}
spec:
  components:
    - name: payments-api
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/payments-api
            roles:
              deploy: {permission: admin, teams: [acme/deployers]}
"""


def _fake_opa(tmp_path: Path, body: str) -> str:
    """A stand-in `opa` for faults the real binary cannot be made to produce (old version, crash)."""
    script = write(tmp_path / "fake" / "opa", f"#!/bin/sh\n{body}\n")
    script.chmod(0o755)
    return str(script)


def _opa_processes(marker: str | Path) -> list[str]:
    """Command lines of running processes whose executable is `marker` (read from /proc: fast)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argv and argv[0].decode(errors="replace") == str(marker):
            found.append(" ".join(a.decode(errors="replace") for a in argv))
    return found


# An input as written by hand: no `rules` (every rule is evaluated), one admin grant.
APP_ENVELOPE: dict[str, Any] = {"documents": [{"id": "a.yaml#0", "document": {"kind": "Application", "spec": {
    "components": [{"name": "c", "traits": [{"type": "git-access", "properties": {"repository": "acme/c", "roles": {
        "deploy": {"permission": "admin"}}}}]}]}}}], "config": {}, "gogs": None, "now": "2026-11-25T00:00:00Z"}


def test_one_evaluation_returns_located_rego_violations(opa_binary: str) -> None:
    with Engine(opa_binary) as engine:
        [violation] = [v for v in engine.evaluate(APP_ENVELOPE)["findings"] if v["rule"] == "admin-grant"]
    assert violation["path"] == ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "permission"]


def _environment(pid: int) -> dict[str, str]:
    """The environment a running process was started with (Linux: /proc/<pid>/environ)."""
    pairs = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(pair.decode().partition("=")[::2] for pair in pairs if pair)


@pytest.mark.skipif(sys.platform != "linux", reason="reads a process's environment from /proc (Linux)")
def test_opa_collects_garbage_less_often_unless_the_input_is_large(
    opa_binary: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The OPA oamlint starts runs with GOGC=400; for an input of more than COPIES_DOCUMENTS documents (here made
    0) it is started again with Go's default, 100, before it is asked, and answers the same."""
    from oamlint.engine import opa

    monkeypatch.delenv("GOGC", raising=False)
    with Engine(opa_binary) as engine:
        small = engine._process
        assert small is not None and _environment(small.popen.pid)["GOGC"] == "400"
        answer = engine.evaluate(APP_ENVELOPE)
        assert engine._process is small
        monkeypatch.setattr(opa, "COPIES_DOCUMENTS", 0)
        assert engine.evaluate(APP_ENVELOPE)["findings"] == answer["findings"] != []
        large = engine._process
        assert large is not small and _environment(large.popen.pid)["GOGC"] == "100"
        assert small.popen.poll() is not None  # stopped
        engine.evaluate(APP_ENVELOPE)
        assert engine._process is large  # started again once, not for every query


@pytest.mark.skipif(sys.platform != "linux", reason="reads a process's environment from /proc (Linux)")
def test_a_gogc_set_for_oamlint_is_opas_whatever_the_input(opa_binary: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from oamlint.engine import opa

    monkeypatch.setenv("GOGC", "150")
    monkeypatch.setattr(opa, "COPIES_DOCUMENTS", 0)
    with Engine(opa_binary) as engine:
        started = engine._process
        engine.evaluate(APP_ENVELOPE)
        assert started is not None and engine._process is started and _environment(started.popen.pid)["GOGC"] == "150"


@pytest.mark.skipif(sys.platform != "linux", reason="reads a process's environment from /proc (Linux)")
def test_opa_never_gets_the_gogs_token(opa_binary: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """OPA has no use for the admin token, and `opa.runtime().env` or /proc/<pid>/environ would show it."""
    monkeypatch.setenv("GOGS_TOKEN", "0123456789abcdef0123456789abcdef01234567")
    with Engine(opa_binary) as engine:
        assert engine._process is not None
        assert "GOGS_TOKEN" not in _environment(engine._process.popen.pid)
        assert engine.evaluate(APP_ENVELOPE)["findings"]


def test_missing_opa_binary_exits_2_with_a_hint(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    write(tmp_path / "app.yaml", ADMIN_APP)
    result = run_cli("check", str(tmp_path), "--opa", str(tmp_path / "no-such-opa"))
    assert result.exit_code == 2
    assert result.stderr == (
        f"oamlint: error: cannot start OPA: `{tmp_path / 'no-such-opa'}` is not an executable file\n"
        "hint: set OAMLINT_OPA_DOWNLOAD_URL to a mirror of OPA's releases, pass --opa /path/to/opa (or --opa-url "
        "http://host:8181), or install OPA v1.x (`go install github.com/open-policy-agent/opa@v1.22.3`)\n"
    )


def test_opa_not_on_path_exits_2(tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "app.yaml", ADMIN_APP)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    result = run_cli("check", str(tmp_path))
    assert result.exit_code == 2
    assert "oamlint: error: cannot start OPA: `opa` was not found on PATH, and OPA v1.22.3 could not be " \
           "downloaded" in result.stderr  # tests/test_provision.py tests what comes before


def test_old_opa_version_exits_2_naming_the_version(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    fake = _fake_opa(tmp_path, 'if [ "$1" = version ]; then echo "Version: 0.70.0"; exit 0; fi\n'
                               'echo "rego_parse_error: var cannot be used for rule name" >&2; exit 1')
    write(tmp_path / "app.yaml", ADMIN_APP)
    result = run_cli("check", str(tmp_path / "app.yaml"), "--opa", fake)
    assert result.exit_code == 2
    assert f"oamlint: error: OPA `{fake}` is version 0.70.0; oamlint needs OPA v1.x\n" in result.stderr


def test_opa_that_crashes_on_start_exits_2_with_its_last_words(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    fake = _fake_opa(tmp_path, 'if [ "$1" = version ]; then echo "Version: 1.22.3"; exit 0; fi\n'
                               'echo "panic: runtime error: out of memory" >&2; exit 2')
    write(tmp_path / "app.yaml", ADMIN_APP)
    result = run_cli("check", str(tmp_path / "app.yaml"), "--opa", fake)
    assert result.exit_code == 2
    assert f"oamlint: error: OPA `{fake}` exited while starting: panic: runtime error: out of memory\n" in result.stderr


@pytest.fixture
def remote_opa(opa_binary: str, tmp_path: Path) -> Iterator[Callable[[list[str]], str]]:
    """Start real OPA servers as a user would, with the given extra arguments; stop them after."""
    processes: list[subprocess.Popen[bytes]] = []

    def start(args: list[str]) -> str:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        processes.append(subprocess.Popen([opa_binary, "run", "--server", "--addr", f"127.0.0.1:{port}", *args],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        for _ in range(500):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return f"http://127.0.0.1:{port}"
            except OSError:
                time.sleep(0.01)
        raise AssertionError("OPA did not start")

    yield start
    for process in processes:
        process.terminate()
        process.wait()


def test_opa_url_with_the_oamlint_bundle_gives_the_same_findings(
    tmp_path: Path, run_cli: Callable[..., Result], remote_opa: Callable[[list[str]], str]
) -> None:
    write(tmp_path / "app.yaml", ADMIN_APP)
    bundle = tmp_path / "oamlint.tar.gz"
    assert run_cli("bundle", "--output", str(bundle)).exit_code == 0
    url = remote_opa(["--bundle", str(bundle)])
    local = run_cli("check", str(tmp_path / "app.yaml"), "--format", "json")
    remote = run_cli("check", str(tmp_path / "app.yaml"), "--format", "json", "--opa-url", url)
    assert remote.exit_code == local.exit_code == 1
    assert remote.stdout == local.stdout


def test_opa_url_without_the_bundle_exits_2_saying_how_to_load_it(
    tmp_path: Path, run_cli: Callable[..., Result], remote_opa: Callable[[list[str]], str]
) -> None:
    write(tmp_path / "app.yaml", ADMIN_APP)
    url = remote_opa([])
    result = run_cli("check", str(tmp_path / "app.yaml"), "--opa-url", url)
    assert result.exit_code == 2
    assert result.stderr == (
        f"oamlint: error: the OPA at {url} has no oamlint policies (data.oamlint.output is undefined)\n"
        "hint: build them with `oamlint bundle --output oamlint.tar.gz` and start OPA with "
        "`opa run --server --bundle oamlint.tar.gz`\n"
    )


def test_unreachable_opa_url_exits_2(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    write(tmp_path / "app.yaml", ADMIN_APP)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_cli("check", str(tmp_path / "app.yaml"), "--opa-url", f"http://127.0.0.1:{port}")
    assert result.exit_code == 2
    assert f"oamlint: error: no healthy OPA answers at http://127.0.0.1:{port}\n" in result.stderr


def _oamlint(args: list[str], opa: str | Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    return subprocess.Popen([sys.executable, "-m", "oamlint", "check", *args, "--opa", str(opa)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_no_opa_process_outlives_a_successful_or_failing_run(tmp_path: Path, marked_opa: Path) -> None:
    write(tmp_path / "app.yaml", ADMIN_APP)
    for target in (str(tmp_path / "app.yaml"), str(tmp_path / "missing.yaml")):
        process = _oamlint([target], marked_opa)
        process.communicate(timeout=60)
        assert process.returncode in (1, 2)
        assert _opa_processes(marked_opa) == []


def test_ctrl_c_mid_run_exits_130_and_stops_opa(marked_opa: Path) -> None:
    process = _oamlint([str(CORPUS / "oam")], marked_opa)
    deadline = time.monotonic() + 30
    while not _opa_processes(marked_opa):
        assert process.poll() is None and time.monotonic() < deadline, "OPA never started"
        time.sleep(0.001)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.endswith("oamlint: interrupted\n")
    assert _opa_processes(marked_opa) == []


def _cpu_seconds(marker: str | Path) -> float:
    """User + system CPU time of the running processes whose executable is `marker` (/proc/PID/stat)."""
    total = 0
    for entry in Path("/proc").iterdir():
        try:
            if (entry / "cmdline").read_bytes().split(b"\0")[0].decode(errors="replace") != str(marker):
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of proc(5)
    return total / os.sysconf("SC_CLK_TCK")


def test_ctrl_c_while_two_queries_are_evaluated_stops_at_once(marked_opa: Path, tmp_path: Path) -> None:
    """The rules are asked in two groups at once (oamlint/lint.py `rule_groups`), both reading the envelope written
    once into OPA's store. OPA, stopped, first finishes what its connections asked; so oamlint cuts both
    connections before it stops OPA. (When it closed only the first, a Ctrl-C in the evaluation took as long as the second query had left.)"""
    sys.path.insert(0, str(REPO / "bench"))
    import generate

    generate.generate(1000, tmp_path)
    process = _oamlint([str(tmp_path / "apps"), "--export", str(tmp_path / "gogs/export.json"), "--format", "json"],
                       marked_opa)
    deadline = time.monotonic() + 60
    while _cpu_seconds(marked_opa) < 0.6:  # its start takes ~0.2 s of CPU; then it is evaluating (~3 s of CPU)
        assert process.poll() is None and time.monotonic() < deadline, "OPA never evaluated"
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    signalled = time.monotonic()
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr[-21:]) == (130, "oamlint: interrupted\n")
    assert time.monotonic() - signalled < 1.0
    assert _opa_processes(marked_opa) == []


def test_ctrl_c_while_the_stored_envelope_is_evaluated_stops_at_once(
    marked_opa: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above COPIES_DOCUMENTS (here made 0) the two queries read the envelope written once into OPA's store; a
    Ctrl-C while OPA evaluates them (a SIGINT to this process, as a terminal sends it) cuts both connections and
    stops OPA at once. In-process, so that the limit can be lowered."""
    sys.path.insert(0, str(REPO / "bench"))
    import generate

    from oamlint import lint
    from oamlint.config import load_config
    from oamlint.engine import opa as engine_opa
    from oamlint.options import EngineOptions
    from oamlint.spec.discovery import discover
    from oamlint.spec.loader import load_file

    generate.generate(1000, tmp_path)
    documents = [doc for path in discover((str(tmp_path / "apps"),)) for doc in load_file(path).documents]
    sent = lint.envelope(documents, load_config(str(tmp_path / ".oamlint.yaml")), EngineOptions(), None)
    first, *also = lint.rule_groups(sent["rules"], False)
    monkeypatch.setattr(engine_opa, "COPIES_DOCUMENTS", 0)
    signalled: list[float] = []

    def interrupt() -> None:
        deadline = time.monotonic() + 60
        while _cpu_seconds(marked_opa) < 0.8 and time.monotonic() < deadline:  # start ~0.2 s, the PUT ~0.3 s
            time.sleep(0.01)
        signalled.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGINT)

    evaluated = []
    with pytest.raises(KeyboardInterrupt), Engine(str(marked_opa)) as engine:
        threading.Thread(target=interrupt, daemon=True).start()
        engine.evaluate({**sent, "rules": first}, [{"rules": group} for group in also])
        evaluated.append(True)  # the signal came too late to test anything
        time.sleep(60)
    assert not evaluated and signalled and time.monotonic() - signalled[0] < 1.0
    assert _opa_processes(marked_opa) == []


@pytest.mark.parametrize("delay", [0.05 * step for step in range(12)])
def test_ctrl_c_at_any_moment_leaves_no_opa_behind(marked_opa: Path, tmp_path: Path, delay: float) -> None:
    """Interrupts at moments spread over start-up, OPA's start, evaluation and shutdown."""
    for name in ("a", "b", "c"):
        write(tmp_path / f"{name}.yaml", ADMIN_APP)
    process = _oamlint([str(tmp_path)], marked_opa)
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=60)
    # -SIGINT: interrupted while Python was still importing, before oamlint's handler existed
    # (a shell shows that as 130 too); 1: the run had already finished with its findings.
    assert process.returncode in (1, 130, -signal.SIGINT)
    time.sleep(0.05)  # a terminated OPA may take a moment to leave the process table
    assert _opa_processes(marked_opa) == []
