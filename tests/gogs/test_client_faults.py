"""The Gogs HTTP client against faults: TLS trust, late answers, bodies cut mid-way, throttling, the deadline.

The servers are loopback stand-ins from tests/gogs/http_faults.py, not Gogs: a real Gogs cannot be made to present an
unknown CA's certificate, answer late, cut a body or answer 429 on demand. The TLS server is real TLS (Python's
ssl module) with certificates made by trustme.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from oamlint.errors import FatalError
from oamlint.gogs import client as client_module
from oamlint.gogs import collect
from oamlint.gogs.client import CA_HINT, INSECURE_WARNING, Connection, GogsClient
from tests.gogs.http_faults import USER, cut, fault_server, send

TOKEN = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture(autouse=True)
def _short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "RETRY_DELAYS", (0.0, 0.0))
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_url(ca: trustme.CA) -> Iterator[tuple[str, object]]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with fault_server(lambda handler, n: send(handler, 200, USER), tls=context) as served:
        yield served


def _failure(client: GogsClient, api_path: str = "/user") -> FatalError:
    with pytest.raises(FatalError) as caught:
        client.get_json(api_path)
    return caught.value


def test_an_unknown_ca_is_certificate_verify_failed_with_the_fix_and_is_not_retried(tls_url):
    url, counts = tls_url
    error = _failure(GogsClient(url, TOKEN))
    assert error.message == (f"cannot reach Gogs at {url}: certificate verify failed "
                             "(unable to get local issuer certificate)")
    assert error.hint == CA_HINT
    assert "--ca-bundle FILE" in error.hint and "REQUESTS_CA_BUNDLE" in error.hint
    assert counts.connections == 1


def test_the_ca_given_with_ca_bundle_is_trusted(tls_url, ca: trustme.CA, tmp_path: Path):
    url, _ = tls_url
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    assert GogsClient(url, TOKEN, Connection(ca_bundle=str(bundle))).get_json("/user") == {"id": 1, "username": "root"}


def test_the_ca_in_requests_ca_bundle_is_trusted(tls_url, ca: trustme.CA, tmp_path: Path, monkeypatch):
    url, _ = tls_url
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    assert GogsClient(url, TOKEN).get_json("/user") == {"id": 1, "username": "root"}


def test_ca_bundle_wins_over_requests_ca_bundle(tls_url, ca: trustme.CA, tmp_path: Path, monkeypatch):
    url, _ = tls_url
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    other = tmp_path / "other.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other))
    assert GogsClient(url, TOKEN, Connection(ca_bundle=str(bundle))).get_json("/user")["username"] == "root"
    assert "certificate verify failed" in _failure(GogsClient(url, TOKEN)).message


def test_a_certificate_for_another_host_is_an_address_mismatch(ca: trustme.CA, tmp_path: Path):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("git.example.com").configure_cert(context)
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    with fault_server(lambda handler, n: send(handler, 200, USER), tls=context) as (url, _):
        error = _failure(GogsClient(url, TOKEN, Connection(ca_bundle=str(bundle))))
    assert error.message == (f"cannot reach Gogs at {url}: certificate verify failed "
                             "(IP address mismatch, certificate is not valid for '127.0.0.1'.)")


def test_insecure_skip_tls_verify_connects_and_warns(tls_url, capsys):
    url, _ = tls_url
    assert GogsClient(url, TOKEN, Connection(verify=False)).get_json("/user")["username"] == "root"
    assert capsys.readouterr().err == INSECURE_WARNING + "\n"


def test_verification_is_on_unless_the_flag_is_given(tls_url, capsys):
    url, _ = tls_url
    assert "certificate verify failed" in _failure(GogsClient(url, TOKEN, Connection())).message
    assert capsys.readouterr().err == ""


def test_a_ca_bundle_that_does_not_exist_or_is_not_pem_is_refused(tmp_path: Path):
    missing = tmp_path / "nope.pem"
    with pytest.raises(FatalError) as caught:
        GogsClient("https://127.0.0.1:9", TOKEN, Connection(ca_bundle=str(missing)))
    assert caught.value.message == f"the CA bundle {missing} (--ca-bundle) does not exist"
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    with pytest.raises(FatalError) as caught:
        GogsClient("https://127.0.0.1:9", TOKEN, Connection(ca_bundle=str(garbage)))
    assert caught.value.message == f"the CA bundle {garbage} (--ca-bundle) holds no PEM certificate oamlint can read"


def test_https_to_a_plain_http_server_is_a_failed_handshake_not_retried():
    with fault_server(lambda handler, n: send(handler, 200, USER)) as (url, counts):
        error = _failure(GogsClient(url.replace("http:", "https:"), TOKEN))
    assert error.message == f"cannot reach Gogs at {url.replace('http:', 'https:')}: the TLS handshake failed"
    assert counts.connections == 1


def test_tls_options_are_refused_with_other_sources_and_with_each_other(tmp_path: Path):
    with pytest.raises(FatalError) as caught:
        collect(gogs_backup=str(tmp_path / "b.zip"), ca_bundle="ca.pem")
    assert caught.value.message == "--ca-bundle is only used with --gogs-url"
    with pytest.raises(FatalError) as caught:
        collect(gogs_url="https://127.0.0.1:9", ca_bundle="ca.pem", insecure_skip_tls_verify=True)
    assert caught.value.message == "--ca-bundle and --insecure-skip-tls-verify contradict each other"


def test_an_answer_later_than_the_read_timeout_costs_one_timeout_not_minutes_of_retries(monkeypatch):
    monkeypatch.setattr(client_module, "TIMEOUT", (2.0, 0.5))
    with fault_server(lambda handler, n: (time.sleep(1.5), send(handler, 200, USER))) as (url, counts):
        started = time.monotonic()
        error = _failure(GogsClient(url, TOKEN))
        elapsed = time.monotonic() - started
    assert error.message == f"Gogs at {url} did not answer GET /api/v1/user within 0.5 s (not retried)"
    assert counts.requests == 1
    assert elapsed < 1.5


def test_a_collection_that_outlives_its_deadline_stops_and_says_so():
    with fault_server(lambda handler, n: (time.sleep(0.3), send(handler, 200, USER))) as (url, counts):
        client = GogsClient(url, TOKEN, Connection(deadline=1.0))
        started = time.monotonic()
        with pytest.raises(FatalError) as caught:
            for _ in range(100):
                client.get_json("/user")
        elapsed = time.monotonic() - started
    assert caught.value.message == f"reading Gogs at {url} did not finish within the 1 s deadline (--gogs-deadline)"
    assert caught.value.hint.startswith("raise --gogs-deadline for a large instance")
    assert 3 <= counts.requests <= 4
    assert elapsed < 1.5


def test_no_request_waits_past_the_deadline(monkeypatch):
    """The read timeout is cut to what remains of the deadline, and the message names the deadline."""
    with fault_server(lambda handler, n: (time.sleep(3), send(handler, 200, USER))) as (url, _):
        started = time.monotonic()
        error = _failure(GogsClient(url, TOKEN, Connection(deadline=1.0)))
        assert time.monotonic() - started < 2
    assert error.message == f"reading Gogs at {url} did not finish within the 1 s deadline (--gogs-deadline)"


@pytest.mark.parametrize("how", ["close", "reset", "chunked"])
def test_a_body_cut_mid_way_is_retried_like_a_reset(how: str):
    def answer(handler, n: int) -> None:
        if n == 1:
            cut(handler, USER, how)
        else:
            send(handler, 200, USER)

    with fault_server(answer) as (url, counts):
        assert GogsClient(url, TOKEN).get_json("/user") == {"id": 1, "username": "root"}
    assert counts.requests == 2


@pytest.mark.parametrize("how", ["close", "reset", "chunked"])
def test_a_body_always_cut_fails_after_the_retries_saying_so(how: str):
    slept: list[float] = []
    with fault_server(lambda handler, n: cut(handler, USER, how)) as (url, counts):
        error = _failure(GogsClient(url, TOKEN, sleep=slept.append))
    assert error.message == f"cannot reach Gogs at {url} (the connection was cut mid-answer)"
    assert error.hint == "check that Gogs is running and that --gogs-url is right"
    assert counts.requests == 3 and slept == [0.0, 0.0]


def test_429_is_retried_after_its_retry_after_capped(monkeypatch):
    monkeypatch.setattr(client_module, "MAX_RETRY_AFTER", 7.0)
    statuses = {1: "3", 2: "3600"}

    def answer(handler, n: int) -> None:
        if n in statuses:
            send(handler, 429, b"slow down", {"Retry-After": statuses[n]})
        else:
            send(handler, 200, USER)

    slept: list[float] = []
    with fault_server(answer) as (url, counts):
        assert GogsClient(url, TOKEN, sleep=slept.append).get_json("/user")["username"] == "root"
    assert slept == [3.0, 7.0] and counts.requests == 3


def test_a_wait_that_would_pass_the_deadline_is_not_taken():
    slept: list[float] = []
    with fault_server(lambda handler, n: send(handler, 503, b"busy", {"Retry-After": "30"})) as (url, counts):
        error = _failure(GogsClient(url, TOKEN, Connection(deadline=5.0), sleep=slept.append))
    assert error.message == (f"reading Gogs at {url} did not finish within the 5 s deadline (--gogs-deadline); "
                             "the last attempt: answered 503")
    assert slept == [] and counts.requests == 1


def test_a_redirect_to_another_server_does_not_carry_the_token():
    """A Gogs behind a proxy that redirects elsewhere: requests drops the header for another origin, and the
    token is set by session auth, which is not applied again to the redirected request."""
    seen: list[str | None] = []

    def other(handler, n: int) -> None:
        seen.append(handler.headers.get("Authorization"))
        send(handler, 200, USER)

    with fault_server(other) as (elsewhere, _):
        redirect = f"{elsewhere}/api/v1/user"
        with fault_server(lambda handler, n: send(handler, 302, b"", {"Location": redirect})) as (url, _):
            assert GogsClient(url, TOKEN).get_json("/user") == {"id": 1, "username": "root"}
    assert seen == [None]


def test_the_token_goes_in_the_authorization_header():
    seen: list[str | None] = []

    def answer(handler, n: int) -> None:
        seen.append(handler.headers.get("Authorization"))
        send(handler, 200, USER)

    with fault_server(answer) as (url, _):
        GogsClient(url, TOKEN).get_json("/user")
    assert seen == [f"token {TOKEN}"]
