"""The only module that knows OPA exists.

`Engine` either starts `opa run --server` on a free loopback port with the bundled policies
(and always stops it), or talks to an OPA that is already running (`--opa-url`) with the
policies loaded as the bundle `oamlint`. Either way the input envelope goes to OPA in one query of
`data.oamlint.output`, or, at the caller's choice, in parts (groups of the rules, or halves of the documents)
asked as queries at the same time, which OPA evaluates on separate cores (`Engine.evaluate`), over HTTP: no
retries, and every wait bounded by a deadline (engine/deadlines.py) that the error message states. The OPA this
run starts is spoken to with the standard library's http.client on loopback (requests and urllib3 would add ~55 ms
of imports to every pre-commit run); an OPA at --opa-url with requests (proxies, TLS and its CA bundle settings).
"""

from __future__ import annotations

import functools
import http.client
import json
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, TypedDict
from urllib.parse import urlsplit

import jsonschema_rs
import orjson

from oamlint.engine.deadlines import Deadline, within
from oamlint.engine.process import RUN_LABEL, OpaProcess, collector, interrupts_deferred, launch
from oamlint.errors import FatalError
from oamlint.opa_cache import INSTALL_HINT
from oamlint.options import EngineOptions
from oamlint.words import without_credentials

if TYPE_CHECKING:  # the `jsonschema` package is imported only to word an unexpected answer (it takes ~70 ms)
    import jsonschema

REQUIRED_MAJOR = "1."
OUTPUT_SCHEMA = Path(__file__).with_name("output.schema.json")


class Engine:
    """A context manager around one OPA server, local or remote."""

    def __init__(self, opa_path: str | None = None, opa_url: str | None = None,
                 launched: OpaProcess | None = None, timeout: float = EngineOptions.opa_timeout) -> None:
        """`launched`: an OPA already started with `process.launch` (see `cli.py`), to adopt.

        `timeout` (seconds, --opa-timeout): how long OPA may take to answer after its start, and
        to answer each query.
        """
        self._opa_path = opa_path
        self._url = opa_url
        self._launched = launched
        self._timeout = timeout
        self._process: OpaProcess | None = None
        self._transport: _Transport | None = None
        self._asking: list[_Asking] = []  # queries asked at once, until answered

    def __enter__(self) -> Engine:
        try:
            self._connect_remote() if self._url else self._start_local()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        for asking in self._asking:  # first: OPA stops only once its connections are idle
            asking.stop()
        self._asking = []
        if self._transport is not None:
            self._transport.close()
            self._transport = None
        for process in (self._process, self._launched):
            if process is not None:
                process.stop()
        self._process = self._launched = None

    def evaluate(self, envelope: dict[str, Any], also: Sequence[Part] = ()) -> dict[str, Any]:
        """`data.oamlint.output` (findings, declared grants, OPA version) for `envelope`.

        `also`: more queries, each `envelope` with some of its keys replaced (a `Part`: another group of rules, or
        other documents), whose findings are evaluated at the same time as `envelope`'s, each on a connection of
        its own, and joined to the output's: OPA evaluates a query on one core, so queries asked together run on
        separate cores. The queries must not find the same thing twice (groups of rules that do not overlap, or
        documents apart for rules whose findings about a document depend on that document alone), and none but
        the first may hold a rule that reads `input.gogs` (they get it as null). All must answer within one
        --opa-timeout.

        Up to COPIES_DOCUMENTS documents each query carries its own copy of the envelope (the others without the
        export), which OPA reads at once on both cores. Above, the OPA this engine started holds the envelope once
        for all the queries: it is written into OPA's store (STORED, kept as parsed values: `opa run
        --optimize-store-for-read-speed`) and each query reads it as its input, so a second query costs no second
        copy of the documents; an OPA at --opa-url is never written to, so there the rules are asked as one
        query. Above COPIES_DOCUMENTS, parts may replace only `rules`, and the OPA this engine started is started
        again first if its garbage collector is not yet set for a large input (process.py `collector`: Go's
        default, which holds less memory; a second start costs ~0.2 s of a run that takes ten or more).

        Raises FatalError when OPA does not answer within the timeout, fails, loses the connection,
        has no oamlint policies, answers with an unexpected shape, or is not OPA v1.x (the first
        query's error when several fail).
        """
        too_late = FatalError(
            f"the OPA at {self._location()} did not answer the query within {self._timeout:g}s (--opa-timeout)",
            "allow more time with --opa-timeout SECONDS, or lint fewer files at once",
        )
        many = len(envelope.get("documents") or ()) > COPIES_DOCUMENTS
        assert not many or all(set(part) == {"rules"} for part in also), "above COPIES_DOCUMENTS, parts of rules only"
        if self._process is not None and self._process.gogc != collector(many):
            self.close()
            self._start_local(large=many)
        if many and self._url:
            rules = [*envelope.get("rules", ()), *(rule for part in also for rule in part["rules"])]
            envelope, also = {**envelope, "rules": rules}, ()
        stored = bool(also) and many
        with within(self._timeout, too_late) as deadline:
            if stored:
                self._ask("PUT", STORED_PATH, deadline, envelope)
                bodies = [{"query": STORED_FINDINGS, "input": {"rules": list(part["rules"])}} for part in also]
                self._asking = [_Asking(self._new_transport(), QUERY, body, deadline) for body in bodies]
                asked = {"query": STORED_OUTPUT, "input": {"rules": envelope.get("rules", [])}}
                output = self._output(_bound(self._ask("POST", QUERY, deadline, asked), "output"))
            else:
                bodies = [{"input": {**envelope, "gogs": None, **part}} for part in also]
                self._asking = [_Asking(self._new_transport(), FINDINGS, body, deadline) for body in bodies]
                output = self._output(self._ask("POST", OUTPUT, deadline, {"input": envelope}))
            found = list(output["findings"])
            for asking in self._asking:
                more = self._transport_errors(asking.answer, deadline)
                found += _findings(_bound(more, "findings") if stored else more, self._location())
            self._asking = []
            if stored:
                self._ask("DELETE", STORED_PATH, deadline)  # OPA frees it; the next evaluation writes its own
        more = found[len(output["findings"]):]
        if more:  # the other queries' findings, checked as the first query's were (those are checked already)
            _checked_output({"result": {**output, "findings": more, "declared": [], "held": []}}, self._location())
        return {**output, "findings": found}

    def _output(self, answer: Any) -> dict[str, Any]:
        """The first query's answer as `data.oamlint.output`. Raises FatalError when it is undefined (no
        policies), of an unexpected shape, or from an OPA that is not v1.x."""
        if isinstance(answer, dict) and "result" not in answer:
            raise FatalError(
                f"the OPA at {self._location()} has no oamlint policies (data.oamlint.output is undefined)",
                "build them with `oamlint bundle --output oamlint.tar.gz` and start OPA with "
                "`opa run --server --bundle oamlint.tar.gz`",
            )
        output = _checked_output(answer, self._location())
        _check_version(output["opa_version"], self._location())
        return output

    def _location(self) -> str:
        return without_credentials(self._url) if self._url else f"`{self._opa_path}`"

    def _ask(self, method: str, path: str, deadline: Deadline, body: dict[str, Any] | None = None) -> Any:
        """OPA's JSON answer to one request, which must come before `deadline` (else its error is raised); None for
        a write's answer without a body (204 No Content)."""
        transport = self._transport
        assert transport is not None, "use Engine as a context manager"
        return self._transport_errors(lambda: _request(transport, method, path, body, deadline), deadline,
                                      empty=method in ("PUT", "DELETE"))

    def _transport_errors(self, asked: Callable[[], tuple[int, bytes]], deadline: Deadline, empty: bool = False) -> Any:
        """The JSON of `asked()`'s answer (None for an empty one, if `empty`); its failures (timeout, lost connection,
        an HTTP error, not JSON) as FatalError."""
        try:
            status, content = asked()
        except TimeoutError:
            raise deadline.error from None
        except _Lost as error:
            raise FatalError(f"lost the connection to OPA: {error.kind}", _where()) from None
        if status >= 400:
            raise FatalError(f"OPA could not evaluate the policies: {_opa_message(status, content)}", _where())
        if empty and not content:
            return None
        try:
            return json.loads(content)
        except ValueError:  # not JSON, or not UTF-8
            raise _unexpected(self._location(), "an answer that is not JSON") from None

    def _new_transport(self) -> _Transport:
        """A connection of its own to this engine's OPA (each thread asking at once needs one)."""
        if self._url:
            return _Remote(self._url.rstrip("/"))
        assert self._process is not None, "use Engine as a context manager"
        return _Loopback(self._process.port)

    def _start_local(self, large: bool = False) -> None:
        """Start this engine's OPA (or adopt the one launched for it), its garbage collector set for an input that
        is `large` or not (process.py `collector`), and wait until it listens."""
        with interrupts_deferred():
            self._process = self._launched or launch(self._opa_path, large)
            self._launched = None
        process = self._process
        self._opa_path = process.path
        self._transport = self._new_transport()  # loopback: never through an HTTP(S)_PROXY from the environment
        too_late = FatalError(
            f"OPA `{process.path}` did not answer within {self._timeout:g}s of its start (--opa-timeout)",
            f"check that `{process.path} version` prints an OPA v1.x version, "
            "or allow more time with --opa-timeout SECONDS",
        )
        # An OPA launched early and adopted late (a long Gogs collection or export load came between) has had its
        # time: it still gets PROBE_SECONDS (or the whole timeout, if shorter) to show it is listening, not an error
        # for the time spent elsewhere.
        left = max(process.started + self._timeout - time.monotonic(), min(PROBE_SECONDS, self._timeout))
        with within(left, too_late) as deadline:
            while not deadline.passed():
                if process.popen.poll() is not None:
                    raise _start_failure(process.path, process.popen)
                if _listening(process.port, deadline) and self._is_ours(process, deadline):
                    return
                time.sleep(0.005)
            raise too_late

    def _is_ours(self, process: OpaProcess, deadline: Deadline) -> bool:
        """Whether the server on our port is the OPA we started (its run label), not one left by another run.

        Until the server answers, or while another process holds the port (then ours exits, and
        its last words say why), this is False.
        """
        try:
            config = self._ask("GET", "/v1/config", deadline)
        except FatalError:
            return False
        labels = config.get("result", {}).get("labels", {}) if isinstance(config, dict) else {}
        return isinstance(labels, dict) and labels.get(RUN_LABEL) == process.label

    def _connect_remote(self) -> None:
        assert self._url is not None
        try:
            parts = urlsplit(self._url)
            usable = parts.scheme in ("http", "https") and bool(parts.hostname)
        except ValueError:  # `http://[::1` (an unclosed bracket), a port that is not a number
            usable = False
        if not usable:
            raise FatalError(f"--opa-url `{self._location()}` is not an http(s) URL", "pass e.g. --opa-url http://127.0.0.1:8181")
        self._transport = self._new_transport()
        too_late = FatalError(
            f"the OPA at {self._location()} did not answer within {self._timeout:g}s (--opa-timeout)",
            "check that it is running and reachable, or allow more time with --opa-timeout SECONDS",
        )
        with within(self._timeout, too_late) as deadline:
            try:
                self._ask("GET", "/health", deadline)
            except FatalError as error:
                if error is too_late:
                    raise
                raise FatalError(f"no healthy OPA answers at {self._location()}",
                                 "start it, or drop --opa-url to let oamlint start its own") from None


class _Lost(Exception):
    """The connection to OPA failed (refused, reset, closed mid-answer); `kind` names how."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class Part(TypedDict, total=False):
    """What a query of its own replaces in the envelope (`Engine.evaluate`): its group of rules ([category, slug]
    pairs, as `envelope["rules"]`), or its documents (as `envelope["documents"]`)."""

    rules: list[list[str]]
    documents: list[dict[str, Any]]


OUTPUT = "/v1/data/oamlint/output"  # rego/oamlint/main.rego `output`
FINDINGS = "/v1/data/oamlint/findings"  # and its `findings`, without the rest of `output`

# The envelope in the store of the OPA oamlint started, and the queries that read it as their input, each with
# its group of rules as the query's own (small) input, which stands for main.rego's `selected`. The query texts
# are fixed; nothing of the specs or the config goes into them.
STORED = "oamlint_envelope"
STORED_PATH = f"/v1/data/{STORED}"
QUERY = "/v1/query"
STORED_OUTPUT = (f"rules := input.rules; output := data.oamlint.output with input as data.{STORED} "
                 "with data.oamlint.selected as rules")
STORED_FINDINGS = (f"rules := input.rules; findings := data.oamlint.findings with input as data.{STORED} "
                   "with data.oamlint.selected as rules")

# Up to this many documents each query carries its own copy of the envelope, and OPA's garbage collector runs less
# often (process.py `collector`): speed before memory. Each query's copy: OPA decodes both at once, on two cores,
# where writing it into the store first is a serial step (1,000 generated applications with a 2,000-repository
# export: 4.96 s for the whole run with copies, 5.31 s stored). Above it the copies cost memory (10,000 with a
# 20,000-repository export: OPA's peak 3.3 GB for one query, 4.6 GB for two with copies, 3.5 GB stored), so the
# OPA oamlint started gets the envelope once in its store, and an OPA at --opa-url one query.
COPIES_DOCUMENTS = 2_500


def _bound(answer: Any, name: str) -> Any:
    """An answer of a STORED_* query (`{"result": [{name: value, …}]}`) as `{"result": value}`, the form of an
    answer to a data path; `{}` (undefined) when it has no result, and `answer` itself when it is not an object."""
    if not isinstance(answer, dict):
        return answer
    results = answer.get("result")
    if not isinstance(results, list) or not results:
        return {}
    if len(results) != 1 or not isinstance(results[0], dict) or name not in results[0]:
        return {"result": None}
    return {"result": results[0][name]}


def _findings(more: Any, where: str) -> list[Any]:
    """The findings of an answer to FINDINGS (`{"result": [...]}`). Raises FatalError when it is not an answer with
    a findings list: a query's findings are never dropped silently."""
    found = more.get("result") if isinstance(more, dict) else None
    if not isinstance(found, list):
        what = f"a JSON {_json_type(found)}" if found is not None else "undefined"
        raise _unexpected(where, f"data.oamlint.findings is {what}, not an array")
    return found


def _request(transport: _Transport, method: str, path: str, body: dict[str, Any] | None,
             deadline: Deadline) -> tuple[int, bytes]:
    return transport.request(method, path, None if body is None else _encode(body), deadline.left())


class _Asking:
    """One query to OPA on its own connection, in a daemon thread, which nothing waits for on the way out: `stop`
    (Engine.close, before OPA is stopped) cuts its connection, so OPA stops evaluating it at once. `answer` waits
    for it within the deadline. Where no thread can be started (a process limit), the query is asked by `answer`."""

    def __init__(self, transport: _Transport, path: str, body: dict[str, Any], deadline: Deadline) -> None:
        self._transport, self._deadline = transport, deadline
        self._result: tuple[int, bytes] | BaseException | None = None
        self._query = (path, body)
        self._thread: threading.Thread | None = threading.Thread(target=self._run, name="oamlint-opa-query", daemon=True)
        try:
            self._thread.start()
        except RuntimeError:  # "can't start new thread"
            self._thread = None

    def _run(self) -> None:
        path, body = self._query
        try:
            self._result = _request(self._transport, "POST", path, body, self._deadline)
        except BaseException as error:  # handed to the main thread by `answer`
            self._result = error
        finally:
            self._transport.close()

    def answer(self) -> tuple[int, bytes]:
        """(status, body) of the answer once it is there; raises what asking raised (TimeoutError, _Lost), or the
        deadline's error if the answer is not there in time."""
        if self._thread is None:
            self._run()
        else:
            self._thread.join(self._deadline.left())
            if self._thread.is_alive():
                raise self._deadline.error
        result = self._result
        if isinstance(result, BaseException):
            raise result
        assert result is not None
        return result

    def stop(self) -> None:
        """Cut the query's connection, if it is still waiting."""
        self._transport.close()


class _Transport(Protocol):
    def request(self, method: str, path: str, body: bytes | None, timeout: float) -> tuple[int, bytes]:
        """(status, body) of one request; `timeout` (seconds) bounds each wait. Raises TimeoutError or _Lost."""
        ...

    def close(self) -> None:
        ...


JSON_HEADERS = {"Content-Type": "application/json"}


class _Loopback:
    """HTTP/1.1 to the OPA this run started, on 127.0.0.1: one connection, kept alive between requests."""

    def __init__(self, port: int) -> None:
        self._connection = http.client.HTTPConnection("127.0.0.1", port)

    def request(self, method: str, path: str, body: bytes | None, timeout: float) -> tuple[int, bytes]:
        connection = self._connection
        connection.timeout = timeout  # for the connect
        if connection.sock is not None:
            connection.sock.settimeout(timeout)
        try:
            connection.request(method, path, body=body, headers=JSON_HEADERS if body is not None else {})
            response = connection.getresponse()
            return response.status, response.read()
        except BaseException as error:
            connection.close()  # a request cut short leaves the connection unusable; the next one opens another
            if isinstance(error, TimeoutError):
                raise
            if isinstance(error, (OSError, http.client.HTTPException)):
                raise _Lost(type(error).__name__) from None
            raise

    def close(self) -> None:
        """Close the connection; also from another thread, whose wait for an answer then ends at once."""
        sock = self._connection.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # close() alone does not wake a thread waiting in recv()
            except OSError:
                pass
        self._connection.close()


class _Remote:
    """An OPA at --opa-url, with requests (imported only then): the environment's proxies and CA bundle apply."""

    def __init__(self, base: str) -> None:
        import requests

        self._base = base
        self._session = requests.Session()

    def request(self, method: str, path: str, body: bytes | None, timeout: float) -> tuple[int, bytes]:
        import requests

        try:
            response = self._session.request(method, self._base + path, data=body, timeout=timeout,
                                             headers=JSON_HEADERS if body is not None else None)
            return response.status_code, response.content
        except requests.Timeout:
            raise TimeoutError from None
        except requests.RequestException as error:
            raise _Lost(type(error).__name__) from None

    def close(self) -> None:
        self._session.close()


def _encode(body: dict[str, Any]) -> bytes:
    """`body` as JSON: orjson (ten times faster than json for a large envelope); the standard library for what
    orjson cannot write (an integer beyond 64 bits, a lone surrogate from a YAML `"\\ud800"` escape: written as
    that escape, since UTF-8 cannot hold it)."""
    try:
        return orjson.dumps(body)
    except orjson.JSONEncodeError:
        return json.dumps(body).encode("ascii")


def _checked_output(answer: Any, where: str) -> dict[str, Any]:
    """`answer["result"]`, once it has the shape of data.oamlint.output; else FatalError naming what is wrong."""
    if not isinstance(answer, dict):
        raise _unexpected(where, f"a JSON {_json_type(answer)} instead of an object")
    output = answer["result"]
    if _compiled_output_schema().is_valid(output):  # the fast path; jsonschema below names what is wrong
        return dict(output)
    import jsonschema

    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(_output_schema()).iter_errors(output))
    if error is not None:
        at = "".join(f"[{json.dumps(part)}]" for part in error.absolute_path)
        raise _unexpected(where, f"result{at} is {_describe(error)}")
    return dict(output)


def _describe(error: jsonschema.ValidationError) -> str:
    instance: Any = error.instance
    if error.validator == "required":
        required: Any = error.validator_value
        missing = [key for key in required if key not in instance]
        return f"missing {', '.join(f'`{key}`' for key in missing)}"
    if error.validator == "type":
        return f"a JSON {_json_type(instance)}, not {' or '.join(_as_list(error.validator_value))}"
    return "not what oamlint expects"


def _as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _unexpected(where: str, what: str) -> FatalError:
    return FatalError(
        f"the OPA at {where} answered with an unexpected shape: {what}",
        "use OPA v1.x with the policies of this oamlint (`oamlint bundle` for --opa-url), "
        "or report a bug with the command you ran",
    )


@functools.cache
def _output_schema() -> dict[str, Any]:
    return dict(json.loads(OUTPUT_SCHEMA.read_text(encoding="utf-8")))


@functools.cache
def _compiled_output_schema() -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(_output_schema())


PROBE_SECONDS = 0.5  # the least time an adopted OPA is given to answer, however long ago it started


def _listening(port: int, deadline: Deadline) -> bool:
    """A cheap probe, so no HTTP request is made before the port is open."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=min(PROBE_SECONDS, deadline.left())).close()
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


def _opa_message(status: int, content: bytes) -> str:
    """OPA's own message from an error answer (`{"code": …, "message": …}`), else the HTTP status."""
    try:
        body = json.loads(content)
    except ValueError:
        body = {}
    return str(body["message"]) if isinstance(body, dict) and body.get("message") else f"HTTP status {status}"


def _where() -> str:
    return "run `opa check --strict` on the policies, or report a bug with the command you ran"


__all__ = ["Engine"]
