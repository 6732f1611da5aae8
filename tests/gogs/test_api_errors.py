"""The API collector's failures: each a FatalError that says what and how to fix, none holding the token."""

from __future__ import annotations

import http.server
from pathlib import Path

import pytest

from oamlint.errors import FatalError
from oamlint.gogs import client as client_module
from oamlint.gogs import collect
from oamlint.gogs.client import TOKEN_HINT, URL_HINT, GogsClient
from tests.gogs.conftest import LiveGogs, free_port, reply, serve

WRONG_TOKEN = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture(autouse=True)
def _no_real_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "RETRY_DELAYS", (0.0, 0.0))


def _fail(url: str, token: str, monkeypatch: pytest.MonkeyPatch) -> FatalError:
    monkeypatch.setenv("GOGS_TOKEN", token)
    with pytest.raises(FatalError) as caught:
        collect(gogs_url=url)
    assert token not in f"{caught.value.message} {caught.value.hint} {caught.value!r}"
    return caught.value


def test_a_gogs_that_is_down_fails_after_the_retries(monkeypatch):
    port = free_port()
    error = _fail(f"http://127.0.0.1:{port}/", WRONG_TOKEN, monkeypatch)
    assert error.message == f"cannot reach Gogs at http://127.0.0.1:{port} (connection failed)"
    assert error.hint == "check that Gogs is running and that --gogs-url is right"


def test_a_wrong_token_is_reported_as_rejected(gogs: LiveGogs, monkeypatch):
    error = _fail(gogs.base_url, WRONG_TOKEN, monkeypatch)
    assert error.message == f"Gogs at {gogs.base_url} rejected the API token (401 Unauthorized)"
    assert error.hint == TOKEN_HINT


def test_a_token_of_a_user_who_is_not_site_admin_is_refused(gogs: LiveGogs, monkeypatch):
    error = _fail(gogs.base_url, gogs.user_tokens["bob"], monkeypatch)
    assert error.message == (f"the API token's user may not read /api/v1/admin/teams/:id/members on {gogs.base_url} "
                             "(403 Forbidden)")
    assert error.hint == "use a token of a site administrator: " + TOKEN_HINT


def test_a_web_server_that_is_not_gogs_is_named_as_such(tmp_path: Path, monkeypatch):
    with serve(lambda handler: reply(handler, 404, b"<html>nothing here</html>", "text/html")) as url:
        error = _fail(url, WRONG_TOKEN, monkeypatch)
    assert error.message == f"{url} answered 404 Not Found to GET /api/v1/user; is it a Gogs server?"
    assert error.hint == URL_HINT


def test_a_server_answering_html_with_200_is_not_gogs(monkeypatch):
    with serve(lambda handler: reply(handler, 200, b"<html>welcome</html>", "text/html")) as url:
        error = _fail(url, WRONG_TOKEN, monkeypatch)
    assert error.message == f"{url} does not look like a Gogs server: GET /api/v1/user did not return JSON"


def test_transient_502_and_503_answers_are_retried_with_backoff():
    """A stand-in server, because a real Gogs cannot be made to answer 502/503 on demand."""
    statuses = [502, 503]

    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        if statuses:
            reply(handler, statuses.pop(0), b"busy", "text/plain")
        else:
            reply(handler, 200, b'{"id": 1, "username": "root"}', "application/json")

    slept: list[float] = []
    with serve(answer) as url:
        assert GogsClient(url, WRONG_TOKEN, sleep=slept.append).get_json("/user") == {"id": 1, "username": "root"}
    assert slept == [0.0, 0.0]


def test_a_server_that_stays_unavailable_fails_with_its_status(monkeypatch):
    """A stand-in server: Gogs itself never answers 503."""
    with serve(lambda handler: reply(handler, 503, b"down for maintenance", "text/plain")) as url:
        error = _fail(url, WRONG_TOKEN, monkeypatch)
    assert error.message == f"Gogs at {url} answered 503 to GET /api/v1/user"
    assert error.hint == "check the Gogs server's log, then run the export again"


def test_without_a_token_the_export_says_where_to_put_one(monkeypatch):
    monkeypatch.delenv("GOGS_TOKEN", raising=False)
    with pytest.raises(FatalError) as caught:
        collect(gogs_url="http://127.0.0.1:9")
    assert caught.value.message == ("--gogs-url needs an API token, but GOGS_TOKEN is not set and no --token-file "
                                    "was given")


def test_an_empty_token_file_is_refused(tmp_path: Path):
    empty = tmp_path / "token"
    empty.write_text("\n")
    with pytest.raises(FatalError) as caught:
        collect(gogs_url="http://127.0.0.1:9", token_file=str(empty))
    assert caught.value.message == f"the token file {empty} is empty"


def test_a_url_with_credentials_is_never_echoed_back(monkeypatch):
    port = free_port()
    error = _fail(f"http://someone:hunter2@127.0.0.1:{port}/gogs/?x=1", WRONG_TOKEN, monkeypatch)
    assert error.message == f"cannot reach Gogs at http://127.0.0.1:{port}/gogs (connection failed)"


def test_the_client_repr_does_not_hold_the_token():
    assert repr(GogsClient("http://127.0.0.1:9", WRONG_TOKEN)) == "GogsClient('http://127.0.0.1:9')"
