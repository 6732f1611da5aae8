"""A loopback HTTP server laid out like OPA's release host, serving the real OPA binary.

Tests point OAMLINT_OPA_DOWNLOAD_URL at it (the release host is not reachable from CI), so
provisioning runs its real download, verification and caching code over real HTTP.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from oamlint.opa_cache import OPA_VERSION, asset_name

ASSET = asset_name() or "opa_linux_amd64_static"


class Mirror:
    """A running server: `url` (give it to OAMLINT_OPA_DOWNLOAD_URL), the paths it was asked for."""

    def __init__(self, url: str, root: Path) -> None:
        self.url = url
        self.root = root
        self.requested: list[str] = []
        self.delay = 0.0  # seconds before answering a request for the binary itself

    def binary(self) -> Path:
        return self.root / f"v{OPA_VERSION}" / ASSET


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def release(root: Path, opa_binary: str, *, tampered: bool = False, checksum_file: bool = True) -> str:
    """Lay out `root/v<version>/<asset>` (+ `.sha256`, as OPA publishes it); returns the real binary's sha256.

    `tampered`: the served binary has one byte more than the one the checksum file describes.
    """
    folder = root / f"v{OPA_VERSION}"
    folder.mkdir(parents=True)
    expected = sha256(Path(opa_binary))
    if tampered:
        shutil.copyfile(opa_binary, folder / ASSET)
        with (folder / ASSET).open("ab") as served:
            served.write(b"\0")
    else:
        (folder / ASSET).symlink_to(opa_binary)
    if checksum_file:
        (folder / f"{ASSET}.sha256").write_text(f"{expected}  {ASSET}\n", encoding="ascii")
    return expected


@contextlib.contextmanager
def serve(root: Path) -> Iterator[Mirror]:
    """Serve `root` on a free loopback port for the duration of the block."""
    mirror: Mirror

    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            mirror.requested.append(self.path)
            if self.path.endswith(ASSET) and mirror.delay:
                time.sleep(mirror.delay)
            super().do_GET()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    mirror = Mirror(f"http://127.0.0.1:{server.server_address[1]}", root)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield mirror
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.contextmanager
def silent() -> Iterator[str]:
    """A loopback port that accepts connections and never answers (a fault no real server gives on demand)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def path_without(*programs: str) -> str:
    """PATH with every directory that holds one of `programs` left out."""
    kept = [d for d in os.environ.get("PATH", "").split(os.pathsep)
            if d and not any(os.path.exists(os.path.join(d, p)) for p in programs)]
    return os.pathsep.join(kept)
