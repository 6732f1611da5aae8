"""A small, careful client for Gogs's REST API v1: token auth, bounded retries, a deadline, errors that never leak.

The token is only ever put in the `Authorization` header, by `_TokenAuth`; it is not in this object's repr, in any
message, or in any exception that leaves this module (requests' exceptions are turned into FatalError outside their
`except` blocks, so not even `__context__` refers to them).

Retries (tenacity, around the whole request, so a body cut mid-way is retried like a reset): a connection that
fails or is reset, a body cut short (requests' ChunkedEncodingError: a reset or a clean close before
Content-Length), and 429/502/503/504 answers, after each delay in RETRY_DELAYS (or Retry-After, at most
MAX_RETRY_AFTER). Not retried: a read timeout (one costs TIMEOUT[1] seconds, not minutes), TLS failures
("certificate verify failed" says to pass --ca-bundle) and any other answer. The whole collection has a deadline
(`Connection.deadline`, --gogs-deadline): checked before each attempt and each wait, and no attempt's timeouts
reach past it. A response whose bytes trickle in slower than the read timeout per read is the one way to overrun it.
"""

from __future__ import annotations

import os
import ssl
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import requests
import tenacity
import urllib3

from oamlint.errors import FatalError
from oamlint.options import GOGS_DEADLINE, TOKEN_VARIABLE

RETRY_STATUSES = frozenset({429, 502, 503, 504})
RETRY_DELAYS: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0)
MAX_RETRY_AFTER = 30.0
TIMEOUT = (5.0, 60.0)  # seconds: connect, and each read
TOKEN_HINT = "create an access token of a site administrator in Gogs (Your Settings → Applications) and put it " \
             f"in the {TOKEN_VARIABLE} environment variable or in a file passed with --token-file"
URL_HINT = "pass the root URL of the Gogs server to --gogs-url, e.g. https://git.example.com"
CA_HINT = "if a private CA signed Gogs's certificate, pass its certificate (PEM) with --ca-bundle FILE or in the " \
          "REQUESTS_CA_BUNDLE environment variable; --insecure-skip-tls-verify turns verification off (unsafe)"
INSECURE_WARNING = "oamlint: warning: --insecure-skip-tls-verify: Gogs's TLS certificate is not verified, so " \
                   "anyone on the network path can read the admin token and change the answers"


def read_token(token_file: str | None) -> str:
    """The API token from --token-file, else from TOKEN_VARIABLE (GOGS_TOKEN); never from a command-line value.

    Surrounding whitespace is stripped; what remains must be one line of printable ASCII without spaces, as
    every Gogs token is (40 hex digits). Raises FatalError otherwise; no message ever holds any part of the token.
    """
    if token_file:
        where = f"the token file {token_file}"
        try:
            text = Path(token_file).read_text(encoding="utf-8")
        except OSError:
            raise FatalError(f"cannot read {where}", "check the --token-file path") from None
        except UnicodeDecodeError:
            raise FatalError(f"{where} is not UTF-8 text", "put only the token in it: " + TOKEN_HINT) from None
    else:
        where, text = TOKEN_VARIABLE, os.environ.get(TOKEN_VARIABLE, "")
        if not text.strip():
            raise FatalError(f"--gogs-url needs an API token, but {TOKEN_VARIABLE} is not set and no --token-file was "
                             "given", TOKEN_HINT)
    return _valid_token(text.strip(), where)


def _valid_token(token: str, where: str) -> str:
    if not token:
        raise FatalError(f"{where} is empty", TOKEN_HINT)
    if any(character in "\r\n" for character in token):
        raise FatalError(f"{where} holds more than one line (a comment line, or two tokens?)",
                         "put only the token in it, on one line: " + TOKEN_HINT)
    if not all("!" <= character <= "~" for character in token):
        raise FatalError(f"{where} holds a character that is not printable ASCII (a space, tab, control or "
                         "non-ASCII character)", "copy the token again; Gogs tokens are 40 hexadecimal digits")
    return token


def public_url(url: str) -> str:
    """The server's URL as it may be printed: no userinfo, query or fragment, no trailing slash."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FatalError("--gogs-url must be an http:// or https:// URL", URL_HINT)
    try:
        port = parts.port
    except ValueError:
        raise FatalError("--gogs-url has a port that is not a number from 0 to 65535", URL_HINT) from None
    netloc = parts.hostname + (f":{port}" if port else "")
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def path(*segments: str | int) -> str:
    """An API path with each segment URL-quoted."""
    return "/" + "/".join(quote(str(segment), safe="") for segment in segments)


@dataclass(frozen=True)
class Connection:
    """How to reach Gogs: which certificates to trust, and the collection's deadline in seconds.

    `ca_bundle` None means REQUESTS_CA_BUNDLE (or CURL_CA_BUNDLE) when set, else certifi's bundle.
    """

    ca_bundle: str | None = None
    verify: bool = True
    deadline: float = GOGS_DEADLINE

    def tls_verify(self) -> str | bool:
        """requests' `verify=`, checked now: a CA file that does not exist or holds no certificate is a FatalError."""
        if not self.verify:
            return False
        option = "--ca-bundle"
        bundle = self.ca_bundle
        for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
            if bundle is None and os.environ.get(variable):
                option, bundle = variable, os.environ[variable]
        if bundle is None:
            return True
        try:
            ssl.create_default_context(cafile=bundle)
        except FileNotFoundError:
            raise FatalError(f"the CA bundle {bundle} ({option}) does not exist", CA_HINT) from None
        except (OSError, ssl.SSLError, ValueError):
            raise FatalError(f"the CA bundle {bundle} ({option}) holds no PEM certificate oamlint can read",
                             CA_HINT) from None
        return bundle


class _TokenAuth(requests.auth.AuthBase):
    """Gogs's `Authorization: token …` header; set per request, so ~/.netrc can never replace it."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"token {self._token}"
        return request

    def __repr__(self) -> str:
        return "_TokenAuth(<hidden>)"


class _Transient(Exception):
    """An attempt that failed in a way worth retrying; holds only a description, never requests' exception."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, its args, reasons, causes and contexts: urllib3 and requests nest the real cause deeply."""
    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        item = pending.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        pending.extend([*item.args, getattr(item, "reason", None), item.__cause__, item.__context__])


class GogsClient:
    def __init__(self, url: str, token: str, connection: Connection | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base = public_url(url)
        self.connection = connection or Connection()
        self._api = self.base + "/api/v1"
        self._verify = self.connection.tls_verify()
        self._session = requests.Session()
        self._session.auth = _TokenAuth(token)
        self._session.headers.update({"Accept": "application/json"})
        self._sleep = sleep
        self._deadline = time.monotonic() + self.connection.deadline
        if self._verify is False:
            print(INSECURE_WARNING, file=sys.stderr)
            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)  # said once, above

    def __repr__(self) -> str:
        return f"GogsClient({self.base!r})"

    def get(self, api_path: str, **params: str | int) -> requests.Response:
        """GET with retries; raises FatalError when the server cannot be reached, keeps failing or is too slow."""
        retrying = tenacity.Retrying(
            sleep=self._sleep,
            stop=tenacity.stop_after_attempt(len(RETRY_DELAYS) + 1),
            wait=self._wait,
            retry=(tenacity.retry_if_exception_type(_Transient)
                   | tenacity.retry_if_result(lambda response: response.status_code in RETRY_STATUSES)),
            retry_error_callback=lambda state: self._give_up(state, api_path),
        )
        response: requests.Response = retrying(self._attempt, api_path, params)
        return response

    def _remaining(self) -> float:
        return self._deadline - time.monotonic()

    def _past_deadline(self, last: str = "") -> FatalError:
        return FatalError(f"reading Gogs at {self.base} did not finish within the {self.connection.deadline:g} s "
                          f"deadline (--gogs-deadline){f'; the last attempt: {last}' if last else ''}",
                          "raise --gogs-deadline for a large instance, or find out why Gogs answers slowly "
                          "(its log, its load, the network)")

    def _attempt(self, api_path: str, params: dict[str, str | int]) -> requests.Response:
        remaining = self._remaining()
        if remaining <= 0:
            raise self._past_deadline()
        timeout = (min(TIMEOUT[0], remaining), min(TIMEOUT[1], remaining))
        try:
            return self._session.get(self._api + api_path, params=params, timeout=timeout, verify=self._verify)
        except requests.RequestException as error:
            failure = self._classify(error, api_path, timeout[1] < TIMEOUT[1])
        raise failure  # outside the `except`, so that nothing keeps a reference to requests' exception

    def _classify(self, error: requests.RequestException, api_path: str, capped: bool) -> Exception:
        causes = list(_causes(error))
        verify = next((c for c in causes if isinstance(c, ssl.SSLCertVerificationError)), None)
        if verify is not None:
            return FatalError(f"cannot reach Gogs at {self.base}: certificate verify failed "
                              f"({verify.verify_message or 'unknown reason'})", CA_HINT)
        if any(isinstance(c, ssl.SSLError) for c in causes) or isinstance(error, requests.exceptions.SSLError):
            return FatalError(f"cannot reach Gogs at {self.base}: the TLS handshake failed",
                              "check that --gogs-url's scheme (http:// or https://) is the one Gogs serves")
        if any(isinstance(c, (requests.ReadTimeout, urllib3.exceptions.ReadTimeoutError)) for c in causes):
            if capped:
                return self._past_deadline()
            return FatalError(f"Gogs at {self.base} did not answer GET /api/v1{api_path} within "
                              f"{TIMEOUT[1]:g} s (not retried)",
                              "find out why Gogs answers slowly (its log, its load), then run the export again")
        if isinstance(error, requests.exceptions.ChunkedEncodingError):
            return _Transient("the connection was cut mid-answer")
        if isinstance(error, requests.ConnectionError):
            return _Transient("timed out" if isinstance(error, requests.Timeout) else "connection failed")
        return FatalError(f"cannot read GET /api/v1{api_path} from Gogs at {self.base} ({type(error).__name__})",
                          "check that --gogs-url is right")

    def _wait(self, state: tenacity.RetryCallState) -> float:
        delay = RETRY_DELAYS[min(state.attempt_number, len(RETRY_DELAYS)) - 1]
        outcome = state.outcome
        assert outcome is not None
        failure = outcome.exception()
        if isinstance(failure, _Transient):
            last = failure.kind
        else:
            response = outcome.result()
            last = f"answered {response.status_code}"
            after = response.headers.get("Retry-After", "")
            if after.isdigit():
                delay = max(delay, min(float(after), MAX_RETRY_AFTER))
        if delay >= self._remaining():
            raise self._past_deadline(last)
        return delay

    def _give_up(self, state: tenacity.RetryCallState, api_path: str) -> requests.Response:
        """After the last attempt: the last answer (check() reports its status), or why none came."""
        outcome = state.outcome
        assert outcome is not None
        if not outcome.failed:
            response: requests.Response = outcome.result()
            return response
        failure = outcome.exception()
        kind = failure.kind if isinstance(failure, _Transient) else "failed"
        raise FatalError(f"cannot reach Gogs at {self.base} ({kind})",
                         "check that Gogs is running and that --gogs-url is right")

    def get_json(self, api_path: str, missing_ok: bool = False, **params: str | int) -> Any:
        """The decoded JSON body of a 200 answer; None for 404 when missing_ok."""
        response = self.get(api_path, **params)
        if response.status_code == 404 and missing_ok:
            return None
        self.check(response, api_path)
        try:
            return response.json()
        except ValueError:
            raise FatalError(f"{self.base} does not look like a Gogs server: GET /api/v1{api_path} did not return JSON",
                             URL_HINT) from None

    def pages(self, api_path: str, **params: str | int) -> Iterator[Any]:
        """Each item of a paged Gogs list (`{"ok", "data"}` bodies), following `Link: rel="next"`."""
        page = 1
        while True:
            response = self.get(api_path, page=page, **params)
            self.check(response, api_path)
            try:
                items = response.json()["data"]
            except (ValueError, KeyError, TypeError):
                raise FatalError(f"{self.base} does not look like a Gogs server: GET /api/v1{api_path} did not "
                                 "return a Gogs search result", URL_HINT) from None
            yield from items
            if "next" not in response.links or not items:
                return
            page += 1

    def check(self, response: requests.Response, api_path: str) -> None:
        status = response.status_code
        if status == 401:
            raise FatalError(f"Gogs at {self.base} rejected the API token (401 Unauthorized)", TOKEN_HINT)
        if status == 403:
            raise FatalError(f"the API token's user may not read /api/v1{api_path} on {self.base} (403 Forbidden)",
                             "use a token of a site administrator: " + TOKEN_HINT)
        if status == 404:
            raise FatalError(f"{self.base} answered 404 Not Found to GET /api/v1{api_path}; is it a Gogs server?",
                             URL_HINT)
        if status >= 300:
            raise FatalError(f"Gogs at {self.base} answered {status} to GET /api/v1{api_path}",
                             "check the Gogs server's log, then run the export again")
