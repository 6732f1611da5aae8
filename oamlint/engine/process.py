"""Starting and stopping the local OPA process; light enough to import before anything else.

`oamlint/__main__.py` launches OPA first thing for the commands that need it (`launch_ahead`), so that OPA
compiles the policies while Python imports the rest of oamlint; `Engine` then adopts the process.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import errno
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence

from oamlint.bundle_files import policy_files
from oamlint.errors import FatalError
from oamlint.opa_cache import INSTALL_HINT, locate
from oamlint.options import TOKEN_VARIABLE
from oamlint.provision import find_opa  # --opa, PATH, next to Python, the cache; else fetched

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
RUN_LABEL = "oamlint_run"  # an OPA config label: OPA reports it at /v1/config, so oamlint knows its own server


@dataclasses.dataclass
class OpaProcess:
    """`opa run --server` on a loopback port, with the bundled policies, in a process group of its own.

    `label` is random per launch and `started` is its time.monotonic(); `guard` ends the group
    (see `_Guard`), so nothing OPA starts outlives oamlint.
    """

    path: str
    port: int
    popen: subprocess.Popen[bytes]
    label: str
    started: float
    guard: _Guard | None = None
    gogc: str = ""  # its garbage collector's setting (`collector`)

    def stop(self) -> None:
        """Terminate OPA's group, kill OPA if it lingers, then whatever is left; safe to call more than once."""
        _stop(self.popen, self.guard.group if self.guard else None)
        if self.guard is not None:
            self.guard.release()


# OPA's Go garbage collector (GOGC: a collection each time the heap has grown by this % since the last). At Go's
# default, 100, collecting takes about a tenth of a large run's time; 400 gives most of it back for a little more
# memory (1,000 generated applications, interleaved: static rules 2.55 → 2.29 s, peak of the process tree 436 → 457
# MiB; with the export 4.47 → 4.15 s, 701 → 748 MiB), but at 10,000 it raises the peak by a third (static rules
# 2.55 → 3.31 GiB, for 26.1 → 22.8 s). BENCHMARKS.md, change 20.
GOGC_FAST = "400"
GOGC_LEAN = "100"  # Go's default, for a large input (engine/opa.py `Engine.evaluate`)


def collector(large: bool = False) -> str:
    """The GOGC of an OPA launched for an input that is `large` or not; oamlint's own GOGC, when it is set, is OPA's
    (`GOGC=100 oamlint …` keeps Go's default; `GOGC=off` is Go's too)."""
    return os.environ.get("GOGC") or (GOGC_LEAN if large else GOGC_FAST)


def launch(opa_path: str | None, large: bool = False) -> OpaProcess:
    """Start OPA without waiting for it to be ready, its garbage collector set for an input that is `large` or not
    (`collector`).

    Call it inside `interrupts_deferred()` and store the result before that block ends: a Ctrl-C
    between the start of the child and that store would lose the only handle on it.
    On POSIX, OPA starts in the process group of a `_Guard`; on Linux it also gets SIGKILL as
    its parent-death signal. Raises FatalError when OPA is not found or cannot be started.
    """
    path = find_opa(opa_path)
    port = _free_port()
    gogc = collector(large)
    label = os.urandom(16).hex()  # not `secrets`: its imports would cost OPA's head start ~7 ms
    # --optimize-store-for-read-speed: OPA's store keeps what is written as parsed values, so the queries of one
    # evaluation that read the envelope there share one copy of it (engine/opa.py `Engine.evaluate`).
    command = [
        path, "run", "--server", "--addr", f"127.0.0.1:{port}", "--optimize-store-for-read-speed",
        "--log-level", "error", "--skip-version-check", "--set", f"labels.{RUN_LABEL}={label}",
        *map(str, policy_files()),
    ]
    try:
        guard = _Guard() if os.name == "posix" else None
    except OSError as error:  # the guard's pipe or process refused: a limit, since /bin/sh is always there
        raise FatalError(f"cannot start OPA `{path}`: {error.strerror}", LIMIT_HINT) from None
    try:
        popen = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            process_group=guard.group if guard else None, preexec_fn=dies_with_this_process(),
            env=_environment(gogc),
        )
    except BaseException as error:
        if guard is not None:
            guard.release()
        if isinstance(error, OSError):
            hint = LIMIT_HINT if error.errno in LIMIT_ERRORS else INSTALL_HINT
            raise FatalError(f"cannot start OPA `{path}`: {error.strerror}", hint) from None
        raise
    return OpaProcess(path, port, popen, label, time.monotonic(), guard, gogc)


def _environment(gogc: str) -> dict[str, str]:
    """OPA's environment: oamlint's without the Gogs API token (OPA has no use for it, and `opa.runtime().env` and
    /proc/<pid>/environ would show it), with GOGC set."""
    return {**{name: value for name, value in os.environ.items() if name != TOKEN_VARIABLE}, "GOGC": gogc}


# What the system says when a limit, not OPA, refuses a process or a file: EAGAIN (processes: a container's pids
# limit, `ulimit -u`), EMFILE and ENFILE (open files), ENOMEM.
LIMIT_ERRORS = (errno.EAGAIN, errno.EMFILE, errno.ENFILE, errno.ENOMEM)
LIMIT_HINT = ("the system refused a new process or file: raise the limit on processes or open files (`ulimit -u`, "
              "`ulimit -n`, a container's pids limit) or on memory")


class _Guard:
    """A `sh` that leads OPA's process group and kills that whole group once oamlint's end of its pipe closes.

    The pipe closes when oamlint releases the guard, and also when oamlint dies in any way
    (SIGKILL, a crash, the OOM killer), since the kernel closes a dead process's files. So an
    `opa` that is a wrapper script, and anything OPA starts, never outlives oamlint, while
    Ctrl-C in a terminal reaches only oamlint, which stops OPA itself. The guard ignores
    SIGINT, SIGTERM and SIGHUP, so that terminating the group leaves it to kill what lingers.
    """

    SCRIPT = "trap '' INT TERM HUP; read _; kill -KILL 0"

    def __init__(self) -> None:
        reading, self._writing = os.pipe()  # neither end is inherited by other children (PEP 446)...
        _GUARD_PIPES.add(self._writing)  # ...nor by a child forked without exec (a loading worker): see _forked
        try:
            self.popen = subprocess.Popen(["/bin/sh", "-c", self.SCRIPT], stdin=reading, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL, process_group=0)
        except BaseException:
            _GUARD_PIPES.discard(self._writing)
            os.close(self._writing)
            raise
        finally:
            os.close(reading)
        self.group = self.popen.pid

    def release(self) -> None:
        """Close oamlint's end of the pipe, so the guard kills what is left of its group, and reap it.

        A guard that cannot act (stopped by SIGSTOP, say) is not waited for: after GUARD_SECONDS oamlint kills the
        group itself (SIGKILL ends a stopped process too)."""
        if self._writing >= 0:
            _GUARD_PIPES.discard(self._writing)
            os.close(self._writing)
            self._writing = -1
        try:
            self.popen.wait(timeout=GUARD_SECONDS)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.group, signal.SIGKILL)
            self.popen.wait()


_GUARD_PIPES: set[int] = set()  # oamlint's ends of the open guards' pipes


def _forked() -> None:
    """In a child forked without exec: close the guards' pipes, which only oamlint may hold open (a forked loading
    worker holding one kept OPA's guard waiting after oamlint's death, until the worker's batch was done)."""
    for writing in _GUARD_PIPES:
        with contextlib.suppress(OSError):
            os.close(writing)
    _GUARD_PIPES.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)

GUARD_SECONDS = 2.0  # how long a released guard may take to kill its group and exit (it needs milliseconds)


def dies_with_this_process() -> Callable[[], None] | None:
    """On Linux, a function for a child to call first (a preexec_fn, or a forked worker's first step) that gives it
    SIGKILL when oamlint dies (PR_SET_PDEATHSIG).

    The kernel sends it when the *thread* that forked the child ends, so it is set only when
    forking from the main thread, whose end is the process's; elsewhere the guard alone acts.
    """
    if sys.platform != "linux" or threading.current_thread() is not threading.main_thread():
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork, only called after it
    parent = os.getpid()

    def set_parent_death_signal() -> None:
        prctl(ctypes.c_int(PR_SET_PDEATHSIG), ctypes.c_ulong(signal.SIGKILL))
        if os.getppid() != parent:  # oamlint died before the prctl: no signal will come
            os._exit(1)

    return set_parent_death_signal


EVALUATING = ("check", "drift")  # the commands that start OPA
_NOT_AHEAD = ("--opa", "--opa-url", "-h", "--help")  # options after which the OPA launched ahead would be wasted

_ahead: list[OpaProcess] = []  # the OPA `launch_ahead` started, until `launch_early` adopts it or `stop_ahead`


def launch_ahead(arguments: Sequence[str]) -> None:
    """Launch the default OPA before the CLI is imported, when `arguments` (the command line after `oamlint`) run a
    command that evaluates policies and leave the choice of OPA to the default: `launch_early` then adopts it.

    Importing the CLI takes ~60 ms of a one-file check (~0.25 s), while OPA takes ~100 ms to compile the policies
    and listen: launched this early, OPA compiles while Python imports instead of after. Only the first argument
    (the command) and whole option names are looked at; with --opa or --opa-url (in either spelling), or help asked
    for, nothing is launched and the command launches its own OPA as before. An OPA that is not on this machine
    yet is not fetched here, and any failure (a FatalError, an OSError such as no IPv4 loopback for the port) is
    left to the command's own launch, which reports it: this raises nothing but KeyboardInterrupt.
    """
    names = {argument.partition("=")[0] for argument in arguments}
    if not arguments or arguments[0] not in EVALUATING or names & set(_NOT_AHEAD):
        return
    try:
        found = locate(None)
        if found is not None:
            with interrupts_deferred():
                _ahead.append(launch(found.path))
    except Exception:  # noqa: BLE001 - the command's own launch meets it again and reports it
        pass


def stop_ahead() -> None:
    """Stop the OPA `launch_ahead` started if no command adopted it (a usage error, say); safe to call again."""
    while _ahead:
        _ahead.pop().stop()


def launch_early(opa_path: str | None) -> OpaProcess | None:
    """The OPA `launch_ahead` started when `opa_path` is None (the default OPA); else `launch`, or None when it
    fails: the Engine then launches again and reports the error."""
    if _ahead and opa_path is None:
        return _ahead.pop()
    stop_ahead()
    try:
        return launch(opa_path)
    except FatalError:
        return None


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[Callable[[], None]]:
    """Hold SIGINT, SIGTERM and a deadline's SIGALRM until the block ends, then act on them.

    A held SIGINT or SIGTERM raises KeyboardInterrupt; a held SIGALRM goes to its handler (a
    deadline's, engine/deadlines.py). Yields `act`, which acts on what is held so far at a point the
    block chooses (a long wait polls it: spec/loader.py's worker pool), so nothing is raised inside
    code that must not be cut, such as a lock's. Signal handlers can only be set from the main
    thread; elsewhere the block runs as is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield lambda: None
        return
    received: list[int] = []
    held = [signal.SIGINT, signal.SIGTERM, *([signal.SIGALRM] if hasattr(signal, "SIGALRM") else [])]
    previous = {number: signal.getsignal(number) for number in held}

    def act() -> None:
        signums = received[:]
        del received[:]
        if any(signum in (signal.SIGINT, signal.SIGTERM) for signum in signums):
            raise KeyboardInterrupt
        for signum in signums:  # a deadline's alarm
            alarm = previous[signal.Signals(signum)]
            if callable(alarm):
                alarm(signum, None)

    for number in previous:
        signal.signal(number, lambda signum, frame: received.append(signum))
    try:
        yield act
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    act()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _stop(process: subprocess.Popen[bytes], group: int | None) -> None:
    if process.poll() is None:
        if group is None:
            process.terminate()
        else:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stderr is not None:
        process.stderr.close()


