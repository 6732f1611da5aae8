"""Run the real `oamlint` as a separate process and measure it: exit code, output, seconds, peak memory.

Hostile-input tests use this instead of the in-process runner, so that a crash (a segfault in the
YAML composer), a hang or a runaway allocation shows up as what it is, and the peak resident memory
of oamlint and the OPA it starts (a reaped child's `ru_maxrss` covers its reaped children) can be
compared with the promise: a hostile file of any size ends in exit 0/1/2 within 60 s and 1 GiB.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import IO

GiB = 1 << 30
SECONDS = 60  # the promise; the process is killed (and the test fails) past it
MARK = "OAMLINT_HOSTILE_RUN"


@dataclasses.dataclass(frozen=True)
class Measured:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_bytes: int  # the largest resident set of oamlint or of any child it reaped (OPA)
    left_running: list[str]  # processes started by the run still alive after it ended (OPA, if leaked)

    def within_bounds(self) -> bool:
        return self.code in (0, 1, 2) and self.seconds < SECONDS and self.peak_bytes < GiB and not self.left_running


def run_oamlint(*args: str, cwd: Path | None = None, stdin: IO[bytes] | int = subprocess.DEVNULL,
                extra_env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()) -> Measured:
    """`[prefix…] python -m oamlint ARGS…`, killed (process group) after SECONDS; `prefix` runs it under, e.g., setpriv."""
    mark = f"{MARK}={uuid.uuid4()}"
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        env = {**os.environ, **(extra_env or {}), MARK: mark.partition("=")[2]}
        process = subprocess.Popen([*prefix, sys.executable, "-m", "oamlint", *args], cwd=cwd, stdin=stdin, stdout=out,
                                   stderr=err, env=env, start_new_session=True)
        timer = threading.Timer(SECONDS, lambda: os.killpg(process.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait for it again
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Measured(process.returncode, out.read().decode(), err.read().decode(), seconds, usage.ru_maxrss * 1024,
                        _marked(mark))


def _marked(mark: str) -> list[str]:
    """Command lines of live processes whose environment holds `mark` (every process the run started inherits it)."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if mark.encode() in environ.read_bytes().split(b"\0"):
                found.append((environ.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip())
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found
