"""A small, careful client for Gogs's REST API v1: token auth, retries with backoff, errors that never leak.

The token is only ever put in the `Authorization` header of the session; it is not in this object's repr,
in any message, or in any exception that leaves this module (requests' own exceptions are replaced, not chained).
Connection errors, timeouts and 502/503/504 answers are retried after each delay in RETRY_DELAYS.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import requests

from oamlint.errors import FatalError

RETRY_STATUSES = frozenset({502, 503, 504})
RETRY_DELAYS: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0)
TIMEOUT = (5.0, 60.0)
TOKEN_HINT = "create an access token of a site administrator in Gogs (Your Settings → Applications) and put it " \
             "in the GOGS_TOKEN environment variable or in a file passed with --token-file"
URL_HINT = "pass the root URL of the Gogs server to --gogs-url, e.g. https://git.example.com"


def read_token(token_file: str | None) -> str:
    """The API token from --token-file, else from GOGS_TOKEN; never from a command-line value."""
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            raise FatalError(f"cannot read the token file {token_file}", "check the --token-file path") from None
        if not token:
            raise FatalError(f"the token file {token_file} is empty", TOKEN_HINT)
        return token
    token = os.environ.get("GOGS_TOKEN", "").strip()
    if not token:
        raise FatalError("--gogs-url needs an API token, but GOGS_TOKEN is not set and no --token-file was given",
                         TOKEN_HINT)
    return token


def public_url(url: str) -> str:
    """The server's URL as it may be printed: no userinfo, query or fragment, no trailing slash."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FatalError("--gogs-url must be an http:// or https:// URL", URL_HINT)
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def path(*segments: str | int) -> str:
    """An API path with each segment URL-quoted."""
    return "/" + "/".join(quote(str(segment), safe="") for segment in segments)


class GogsClient:
    def __init__(self, url: str, token: str, sleep: Callable[[float], None] = time.sleep) -> None:
        self.base = public_url(url)
        self._api = self.base + "/api/v1"
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"token {token}", "Accept": "application/json"})
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"GogsClient({self.base!r})"

    def get(self, api_path: str, **params: str | int) -> requests.Response:
        """GET with retries; raises FatalError when the server cannot be reached or keeps failing."""
        for delay in (*RETRY_DELAYS, None):
            try:
                response = self._session.get(self._api + api_path, params=params, timeout=TIMEOUT)
            except (requests.ConnectionError, requests.Timeout) as error:
                if delay is None:
                    kind = "timed out" if isinstance(error, requests.Timeout) else "connection failed"
                    raise FatalError(f"cannot reach Gogs at {self.base} ({kind})",
                                     "check that Gogs is running and that --gogs-url is right") from None
            else:
                if response.status_code not in RETRY_STATUSES or delay is None:
                    return response
            self._sleep(delay)
        raise AssertionError("unreachable")

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
