"""The API token never appears in anything oamlint prints, logs, raises or writes, whatever fails.

Every failure we can provoke on the --gogs-url path is run twice: as a real `python -m oamlint` process (its
stdout, stderr and every file it writes are searched) and in-process through `collect` (the exception's text,
repr, traceback and causes, and every log record down to DEBUG are searched). Each is searched for every line
of the token as given, and for the sha1 and sha256 of each. The servers are loopback stand-ins
(tests/gogs/http_faults.py), not Gogs: a real Gogs cannot be made to answer 500, cut bodies or present an unknown CA.
"""

from __future__ import annotations

import hashlib
import logging
import os
import ssl
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import trustme

from oamlint.errors import FatalError
from oamlint.gogs import client as client_module
from oamlint.gogs import collect
from oamlint.options import GOGS_DEADLINE
from tests.gogs.http_faults import USER, Handler, cut, fault_server, send

TOKEN = "5ec7e7c0ffee5ec7e7c0ffee5ec7e7c0ffee5ec7"
REPO = Path(__file__).resolve().parents[2]


def _empty_gogs(handler: Handler, n: int) -> None:
    """Just enough of Gogs's API for a complete (empty) collection."""
    route = handler.path.split("?")[0].removeprefix("/api/v1")
    answers = {"/user": USER, "/users/search": b'{"ok": true, "data": []}',
               "/repos/search": b'{"ok": true, "data": []}', "/user/repos": b"[]", "/user/orgs": b"[]"}
    if route in answers:
        send(handler, 200, answers[route])
    else:
        send(handler, 404, b"{}")


def _status(code: int) -> Callable[[Handler, int], None]:
    return lambda handler, n: send(handler, code, b'{"message": "no"}')


def _shape_error(handler: Handler, n: int) -> None:
    if "/users/search" in handler.path:
        send(handler, 200, b'{"data": [{"id": "x"}]}')
    else:
        _empty_gogs(handler, n)


@dataclass
class Case:
    name: str
    token: str
    answer: Callable[[Handler, int], None] | None = _empty_gogs
    in_file: bool = False
    tls: bool = False
    args: list[str] = field(default_factory=list)
    exit_code: int = 2


CASES = [
    Case("line break in GOGS_TOKEN", f"{TOKEN}\n{TOKEN[::-1]}"),
    Case("comment line in the token file", f"{TOKEN}\n# rotated by ops 2026-11\n", in_file=True),
    Case("carriage return", f"{TOKEN}\r\nextra"),
    Case("non-Latin-1 character", f"{TOKEN}€"),
    Case("tab inside", f"{TOKEN[:20]}\t{TOKEN[20:]}"),
    Case("NUL inside", f"{TOKEN[:20]}\0{TOKEN[20:]}", in_file=True),
    Case("token file not UTF-8", TOKEN + "\udcff", in_file=True),
    Case("rejected token (401)", TOKEN, _status(401)),
    Case("not a site admin (403)", TOKEN, _status(403)),
    Case("server error (500)", TOKEN, _status(500)),
    Case("unavailable (503, retried)", TOKEN, _status(503)),
    Case("not JSON", TOKEN, lambda handler, n: send(handler, 200, b"<html>hi</html>")),
    Case("unexpected shape", TOKEN, _shape_error),
    Case("body always cut", TOKEN, lambda handler, n: cut(handler, USER, "reset")),
    Case("server down", TOKEN, None),
    Case("past the deadline", TOKEN, lambda handler, n: (time.sleep(2.5), send(handler, 200, USER)),
         args=["--gogs-deadline", "1"]),
    Case("unknown CA", TOKEN, tls=True),
    Case("insecure, complete export", TOKEN, tls=True, args=["--insecure-skip-tls-verify"], exit_code=0),
    Case("complete export", TOKEN, exit_code=0),
]


def _needles(token: str) -> dict[str, str]:
    """What must never be found: each line of the token as given, the whole stripped token, and their digests."""
    pieces = {piece for piece in [token.strip(), *token.splitlines()] if len(piece.strip()) >= 8}
    needles: dict[str, str] = {}
    for piece in pieces:
        raw = piece.encode("utf-8", "surrogateescape")
        needles[f"token {piece[:4]}…"] = piece
        needles[f"sha1 of {piece[:4]}…"] = hashlib.sha1(raw).hexdigest()
        needles[f"sha256 of {piece[:4]}…"] = hashlib.sha256(raw).hexdigest()
    return needles


def _assert_secret_kept(text: str, token: str, where: str) -> None:
    for what, needle in _needles(token).items():
        assert needle not in text, f"{what} found in {where}"


@pytest.fixture(scope="module")
def tls_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    return context


def _server(case: Case, tls_context: ssl.SSLContext) -> AbstractContextManager[tuple[str, object]]:
    if case.answer is None:
        return nullcontext(("http://127.0.0.1:9", None))  # the discard port: nothing listens there
    return fault_server(case.answer, tls=tls_context if case.tls else None)


def _source(case: Case, url: str, tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    env = {key: value for key, value in os.environ.items() if key not in ("GOGS_TOKEN", "REQUESTS_CA_BUNDLE")}
    if case.in_file:
        token_file = tmp_path / "token"
        token_file.write_bytes(case.token.encode("utf-8", "surrogateescape"))
        return ["--gogs-url", url, "--token-file", str(token_file), *case.args], env
    env["GOGS_TOKEN"] = case.token
    return ["--gogs-url", url, *case.args], env


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_token_is_in_no_output_and_no_file_of_a_real_run(case: Case, tls_context, tmp_path: Path):
    export = tmp_path / "export.json"
    with _server(case, tls_context) as (url, _):
        source, env = _source(case, url, tmp_path)
        env["PYTHONWARNINGS"] = "always"  # warnings too go to stderr, where they are searched
        run = subprocess.run([sys.executable, "-m", "oamlint", "export", *source, "--output", str(export)],
                             capture_output=True, env=env, cwd=tmp_path, timeout=120)
    stdout, stderr = run.stdout.decode(errors="replace"), run.stderr.decode(errors="replace")
    assert run.returncode == case.exit_code, stderr
    assert ("oamlint: error: " in stderr) == (case.exit_code == 2), stderr
    assert "Traceback" not in stderr
    _assert_secret_kept(stdout + stderr, case.token, "the output")
    for written in tmp_path.rglob("*"):
        if written.is_file() and written.name != "token":
            _assert_secret_kept(written.read_text(errors="replace"), case.token, f"the written file {written.name}")
    assert export.exists() == (case.exit_code == 0)


def _exception_texts(error: BaseException) -> Iterator[str]:
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        item = pending.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield from (str(item), repr(item), "".join(traceback.format_exception(item)), repr(vars(item)))
        pending += [item.__cause__, item.__context__]


@pytest.mark.parametrize("case", [case for case in CASES if case.exit_code == 2],
                         ids=[case.name for case in CASES if case.exit_code == 2])
def test_the_token_is_in_no_exception_and_no_log_record(case: Case, tls_context, tmp_path: Path, monkeypatch,
                                                        caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(client_module, "RETRY_DELAYS", (0.0, 0.0))
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    with _server(case, tls_context) as (url, _):
        source, env = _source(case, url, tmp_path)
        monkeypatch.setenv("GOGS_TOKEN", env.get("GOGS_TOKEN", ""))
        token_file = source[source.index("--token-file") + 1] if "--token-file" in source else None
        deadline = float(case.args[1]) if case.args[:1] == ["--gogs-deadline"] else GOGS_DEADLINE
        with pytest.raises(FatalError) as caught:
            collect(gogs_url=url, token_file=token_file, gogs_deadline=deadline)
    for text in _exception_texts(caught.value):
        _assert_secret_kept(text, case.token, "the exception")
    _assert_secret_kept(caplog.text + repr([vars(record) for record in caplog.records]), case.token, "the log")
    reached_the_network = case.token == TOKEN
    assert any(record.name.startswith("urllib3") for record in caplog.records) == reached_the_network
