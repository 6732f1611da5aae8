"""Starting and stopping the local OPA process; light enough to import before anything else.

`cli.py` launches OPA first thing for the commands that need it, so that OPA compiles the
policies while Python imports the rest of oamlint; `Engine` then adopts the process.
"""

from __future__ import annotations

import contextlib
import dataclasses
import signal
import socket
import subprocess
import threading
from collections.abc import Iterator

from oamlint.bundle_files import policy_files
from oamlint.errors import FatalError
from oamlint.opa_cache import INSTALL_HINT
from oamlint.provision import find_opa  # --opa, PATH, next to Python, the cache; else fetched


@dataclasses.dataclass
class OpaProcess:
    """`opa run --server` on a loopback port, with the bundled policies."""

    path: str
    port: int
    popen: subprocess.Popen[bytes]

    def stop(self) -> None:
        """Terminate (then kill) OPA and wait for it; safe to call more than once."""
        _stop(self.popen)


def launch(opa_path: str | None) -> OpaProcess:
    """Start OPA without waiting for it to be ready.

    Call it inside `interrupts_deferred()` and store the result before that block ends: a Ctrl-C
    between the start of the child and that store would lose the only handle on it.
    """
    path = find_opa(opa_path)
    port = _free_port()
    command = [
        path, "run", "--server", "--addr", f"127.0.0.1:{port}",
        "--log-level", "error", "--skip-version-check",
        *map(str, policy_files()),
    ]
    try:
        popen = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except OSError as error:
        raise FatalError(f"cannot start OPA `{path}`: {error.strerror}", INSTALL_HINT) from None
    return OpaProcess(path, port, popen)


def launch_early(opa_path: str | None) -> OpaProcess | None:
    """`launch`, or None when it fails: the Engine then launches again and reports the error."""
    try:
        return launch(opa_path)
    except FatalError:
        return None


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends, then raise KeyboardInterrupt if one came.

    Signal handlers can only be set from the main thread; elsewhere the block runs as is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    for number in previous:
        signal.signal(number, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if received:
        raise KeyboardInterrupt


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stderr is not None:
        process.stderr.close()


