"""The OPA to run (`find_opa`), and putting the pinned OPA into oamlint's cache when there is none.

When the search of `oamlint.opa_cache.locate` finds no OPA, OPA v`OPA_VERSION` is downloaded
from OPA's release host (or the mirror in $OAMLINT_OPA_DOWNLOAD_URL, same layout), verified by
sha256 before it is ever executed, and renamed into the cache; when that fails and Go is
installed, `go install` builds it instead. requests, filelock and tqdm are imported only when
something must be fetched, so that every run can import this module cheaply. Every step writes to a temporary name in the cache directory and renames, under a file lock, so
two oamlint processes starting at once (pre-commit runs hooks in parallel) fetch OPA once and
never see half a binary. A binary whose sha256 does not match is deleted before anything runs it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from typing import TYPE_CHECKING

from oamlint.errors import FatalError
from oamlint.opa_cache import (
    INSTALL_HINT, OPA_MODULE, OPA_VERSION, ORIGIN_FILE, PINNED_SHA256, asset_name, cached_binary, locate,
    release_base,
)

if TYPE_CHECKING:
    import requests

TIMEOUT = 30.0  # seconds to connect, and between two reads of the response
MAX_BINARY_BYTES = 512 * 1024 * 1024  # OPA's binaries are about 60 MB
LOCK_WAIT = 900.0  # seconds to wait for another oamlint that is fetching or building OPA
GO_BUILD_TIMEOUT = 900.0
CHUNK = 1 << 16
SHA256 = re.compile(r"[0-9a-f]{64}")


_failures: dict[tuple[str, ...], FatalError] = {}  # a provisioning that failed is not tried twice in one process


def find_opa(explicit: str | None) -> str:
    """The OPA binary to start: `opa_cache.locate`, else the pinned OPA provisioned into the cache.

    Raises FatalError when there is none and it cannot be provisioned (the hint names the ways out).
    """
    found = locate(explicit)
    if found is not None:
        return found.path
    attempt = (str(cached_binary()), release_base(), os.environ.get("PATH", ""))
    if attempt in _failures:
        raise _failures[attempt]
    try:
        return str(install(reason="`opa` was not found on PATH"))
    except FatalError as error:
        _failures[attempt] = error
        raise


class FetchError(Exception):
    """The download could not be made or did not verify; the message says which, without secrets."""


def install(reason: str, *, version: str = OPA_VERSION, pinned: Mapping[str, str] = PINNED_SHA256,
            timeout: float = TIMEOUT, go: str | None = None) -> Path:
    """The cached OPA `version`, fetched first if it is not there; returns its path.

    `pinned`: sha256 by asset name, trusted over the `.sha256` file published beside the binary.
    `go`: the Go to build with when the download fails (default `go` on PATH; "" for none).
    Raises FatalError (saying why and naming the ways out) when neither works.
    """
    target = cached_binary(version)
    directory = target.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FatalError(f"cannot create oamlint's cache `{directory}`: {error.strerror}", INSTALL_HINT) from None
    with _locked(directory):
        if target.is_file():  # another oamlint fetched it while we waited
            return target
        _say(f"OPA v{version} is needed ({reason}); fetching it once into {directory}")
        try:
            record = download(target, version, pinned, timeout)
        except FetchError as failure:
            go = shutil.which("go") if go is None else go
            if not go:
                raise FatalError(f"cannot start OPA: {reason}, and OPA v{version} could not be downloaded: {failure}",
                                 INSTALL_HINT) from None
            _say(f"could not download OPA: {failure}")
            record = build(target, version, go)
        _write(directory / ORIGIN_FILE, json.dumps(record, indent=2).encode())
    _say(f"using {target}")
    return target


def download(target: Path, version: str, pinned: Mapping[str, str], timeout: float) -> dict[str, str]:
    """Download, verify and rename into `target`; returns what `origin.json` records. Raises FetchError."""
    asset = asset_name()
    if asset is None:
        raise FetchError("OPA publishes no binary for this platform")
    url = f"{release_base()}/v{version}/{asset}"
    import requests

    with requests.Session() as session:
        if asset in pinned:
            expected, against = pinned[asset].lower(), "the checksum pinned in oamlint"
        else:
            expected, against = _published_checksum(session, f"{url}.sha256", timeout), f"the published {asset}.sha256"
        _say(f"downloading {_shown(url)}")
        with _temporary(target) as partial:
            actual = _stream(session, url, timeout, partial)
            if actual != expected:
                raise FetchError(f"the sha256 of {_shown(url)} is {actual}, but {against} says {expected}; "
                                 "the file was deleted and not run")
            partial.chmod(0o755)
            os.replace(partial, target)
    _say(f"verified sha256 {expected} against {against}")
    return {"source": "download", "url": _shown(url), "sha256": expected, "verified_against": against}


def build(target: Path, version: str, go: str) -> dict[str, str]:
    """`go install` OPA `version` into a temporary directory, then rename into `target`. Raises FatalError."""
    _say(f"building it with `go install {OPA_MODULE}@v{version}` instead (a minute or two, once)")
    with tempfile.TemporaryDirectory(prefix=".go-", dir=target.parent) as gobin:
        try:
            done = subprocess.run([go, "install", f"{OPA_MODULE}@v{version}"], env={**os.environ, "GOBIN": gobin},
                                  stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=GO_BUILD_TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise FatalError(f"cannot start OPA: building OPA v{version} with Go failed: {error}", INSTALL_HINT) from None
        built = Path(gobin) / target.name
        if done.returncode != 0 or not built.is_file():
            last = " ".join(done.stderr.strip().splitlines()[-3:]) or f"exit {done.returncode}"
            raise FatalError(f"cannot start OPA: the download failed and `go install` failed too: {last}", INSTALL_HINT)
        os.replace(built, target)
    return {"source": "go install", "module": f"{OPA_MODULE}@v{version}", "go": go}


def _published_checksum(session: requests.Session, url: str, timeout: float) -> str:
    """The sha256 in a `.sha256` file (`<hex>  <name>`). Raises FetchError."""
    body = b"".join(_chunks(session, url, timeout, limit=4096))
    words = body.decode("ascii", "replace").split()
    if not words or not SHA256.fullmatch(words[0].lower()):
        raise FetchError(f"{_shown(url)} holds no sha256")
    return words[0].lower()


def _stream(session: requests.Session, url: str, timeout: float, into: Path) -> str:
    """Download `url` into `into` with a progress bar on a terminal; returns the sha256 of what was written."""
    from tqdm import tqdm

    digest = hashlib.sha256()
    with into.open("wb") as out, tqdm(total=None, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
                                      desc="OPA", leave=False, disable=not sys.stderr.isatty()) as bar:
        for chunk in _chunks(session, url, timeout, limit=MAX_BINARY_BYTES, progress=bar):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _chunks(session: requests.Session, url: str, timeout: float, limit: int, progress: Any = None) -> Iterator[bytes]:
    """The body of `url`, in chunks, at most `limit` bytes. Raises FetchError."""
    import requests

    try:
        with session.get(url, stream=True, timeout=(timeout, timeout)) as response:
            if response.status_code != 200:
                raise FetchError(f"HTTP {response.status_code} from {_shown(url)}")
            length = int(response.headers.get("Content-Length") or 0)
            if length > limit:
                raise FetchError(f"{_shown(url)} is {length} bytes, more than the {limit} expected")
            if progress is not None and length:
                progress.reset(total=length)  # redraws the bar with its total
            received = 0
            for chunk in response.iter_content(CHUNK):
                received += len(chunk)
                if received > limit:
                    raise FetchError(f"{_shown(url)} is more than the {limit} bytes expected")
                if progress is not None:
                    progress.update(len(chunk))
                yield chunk
    except requests.RequestException as error:
        raise FetchError(f"{type(error).__name__} for {_shown(url)}") from None


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    import filelock

    lock = filelock.FileLock(str(directory / ".lock"))
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        _say("waiting for another oamlint that is fetching OPA")
        try:
            lock.acquire(timeout=LOCK_WAIT)
        except filelock.Timeout:
            raise FatalError(f"cannot start OPA: another oamlint held `{directory / '.lock'}` for "
                             f"{LOCK_WAIT:.0f}s", f"delete that file if no oamlint is running; {INSTALL_HINT}") from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[Path]:
    """A new temporary file beside `target`, removed afterwards unless it was renamed."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".part", dir=target.parent)
    os.close(handle)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def _write(path: Path, content: bytes) -> None:
    with _temporary(path) as partial:
        partial.write_bytes(content)
        os.replace(partial, path)


def _shown(url: str) -> str:
    """`url` without a user name or password, which a mirror's URL may hold."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _say(message: str) -> None:
    sys.stderr.write(f"oamlint: {message}\n")
    sys.stderr.flush()
