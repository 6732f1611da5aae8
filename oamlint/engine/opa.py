"""The only module that knows OPA exists.

`Engine` either starts `opa run --server` on a free loopback port with the bundled policies
(and always stops it), or talks to an OPA that is already running (`--opa-url`) with the
policies loaded as the bundle `oamlint`. Either way the whole input envelope goes to OPA in
one query of `data.oamlint.output`, through opa-python-client.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
import types
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests

from oamlint.engine.process import OpaProcess, interrupts_deferred, launch
from oamlint.errors import FatalError
from oamlint.opa_cache import INSTALL_HINT


def _import_client() -> Any:
    """opa-python-client's synchronous OpaClient, without its package's eager asyncio import.

    `opa_client/__init__.py` also imports the async client and with it aiohttp, which costs
    about 250 ms, a third of a pre-commit run. Registering the package without running its
    `__init__` loads only the synchronous module we use.
    """
    if "opa_client" not in sys.modules:
        spec = importlib.util.find_spec("opa_client")
        if spec is not None and spec.submodule_search_locations is not None:
            package = types.ModuleType("opa_client")
            package.__path__ = list(spec.submodule_search_locations)
            sys.modules["opa_client"] = package
    from opa_client.opa import OpaClient as client

    return client


if TYPE_CHECKING:
    from opa_client.opa import OpaClient
else:
    OpaClient = _import_client()

REQUIRED_MAJOR = "1."
START_TIMEOUT = 15.0


class Engine:
    """A context manager around one OPA server, local or remote."""

    def __init__(self, opa_path: str | None = None, opa_url: str | None = None,
                 launched: OpaProcess | None = None) -> None:
        """`launched`: an OPA already started with `process.launch` (see `cli.py`), to adopt."""
        self._opa_path = opa_path
        self._url = opa_url
        self._launched = launched
        self._process: OpaProcess | None = None
        self._client: OpaClient | None = None

    def __enter__(self) -> Engine:
        try:
            self._client = self._connect_remote() if self._url else self._start_local()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close_connection()
            self._client = None
        for process in (self._process, self._launched):
            if process is not None:
                process.stop()
        self._process = self._launched = None

    def evaluate(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """`data.oamlint.output` (findings, declared grants, OPA version): one evaluation of the whole envelope."""
        assert self._client is not None, "use Engine as a context manager"
        try:
            answer = self._client.query_rule(input_data=envelope, package_path="oamlint", rule_name="output")
        except requests.HTTPError as error:
            raise FatalError(f"OPA could not evaluate the policies: {_opa_message(error)}", _where()) from None
        except requests.RequestException as error:
            raise FatalError(f"lost the connection to OPA: {type(error).__name__}", _where()) from None
        output = answer.get("result")
        if output is None:
            raise FatalError(
                f"the OPA at {self._location()} has no oamlint policies (data.oamlint.output is undefined)",
                "build them with `oamlint bundle --output oamlint.tar.gz` and start OPA with "
                "`opa run --server --bundle oamlint.tar.gz`",
            )
        _check_version(str(output.get("opa_version", "")), self._location())
        return dict(output)

    def _location(self) -> str:
        return self._url or f"`{self._opa_path}`"

    def _start_local(self) -> OpaClient:
        with interrupts_deferred():
            self._process = self._launched or launch(self._opa_path)
            self._launched = None
        self._opa_path = self._process.path
        client = OpaClient(host="127.0.0.1", port=self._process.port, timeout=120)
        self._wait_healthy(client)
        return client

    def _wait_healthy(self, client: OpaClient) -> None:
        assert self._process is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.popen.poll() is not None:
                raise _start_failure(self._process.path, self._process.popen)
            if _listening(client.port) and _healthy(client):
                return
            time.sleep(0.005)
        raise FatalError(f"OPA `{self._opa_path}` did not become healthy within {START_TIMEOUT:.0f}s", INSTALL_HINT)

    def _connect_remote(self) -> OpaClient:
        assert self._url is not None
        parts = urlsplit(self._url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FatalError(f"--opa-url `{self._url}` is not an http(s) URL", "pass e.g. --opa-url http://127.0.0.1:8181")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        client = OpaClient(host=parts.hostname, port=port, ssl=parts.scheme == "https", timeout=120)
        if not _healthy(client):
            client.close_connection()
            raise FatalError(f"no healthy OPA answers at {self._url}", "start it, or drop --opa-url to let oamlint start its own")
        return client


def _healthy(client: OpaClient) -> bool:
    try:
        return bool(client.check_health())
    except (requests.RequestException, OSError):
        return False


def _listening(port: int) -> bool:
    """A cheap probe, so the client's retry backoff never runs against a closed port."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        return False
    return True


def _start_failure(opa: str, process: subprocess.Popen[bytes]) -> FatalError:
    assert process.stderr is not None
    stderr = process.stderr.read().decode(errors="replace").strip()
    version = _binary_version(opa)
    if version and not version.startswith(REQUIRED_MAJOR):
        return FatalError(f"OPA `{opa}` is version {version}; oamlint needs OPA v1.x", INSTALL_HINT)
    detail = stderr.splitlines()[-1] if stderr else f"exit code {process.returncode}"
    return FatalError(f"OPA `{opa}` exited while starting: {detail}", INSTALL_HINT)


def _binary_version(opa: str) -> str:
    try:
        out = subprocess.run([opa, "version"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    for line in out.splitlines():
        if line.startswith("Version:"):
            return line.split(":", 1)[1].strip()
    return ""


def _check_version(version: str, where: str) -> None:
    if not version.startswith(REQUIRED_MAJOR):
        raise FatalError(f"the OPA at {where} is version {version or 'unknown'}; oamlint needs OPA v1.x", INSTALL_HINT)


def _opa_message(error: requests.HTTPError) -> str:
    try:
        body = error.response.json() if error.response is not None else {}
    except ValueError:
        body = {}
    return str(body.get("message") or error)


def _where() -> str:
    return "run `opa check --strict` on the policies, or report a bug with the command you ran"


__all__ = ["Engine"]
