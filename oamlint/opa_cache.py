"""Where OPA is: the search (`locate`), the pinned version, the cache layout and where its OPA came from.

The search order is `--opa`, `opa` on PATH, `opa` next to the Python running oamlint, then
oamlint's cache (`<cache>/opa/v<version>/opa`, where <cache> is $OAMLINT_CACHE_DIR or the
platform's user cache dir: `$XDG_CACHE_HOME/oamlint` on Linux). `oamlint.provision` fills the
cache when the search finds nothing. A leaf module, light enough for every run to import.
"""

from __future__ import annotations

import dataclasses
import json
import os
import platform
import shutil
import sys
from pathlib import Path

from oamlint.errors import FatalError

OPA_VERSION = "1.22.3"  # the one place the pinned OPA version is written; scripts/setup.sh reads it
OPA_MODULE = "github.com/open-policy-agent/opa"
RELEASE_HOST = "https://github.com/open-policy-agent/opa/releases/download"
MIRROR_VARIABLE = "OAMLINT_OPA_DOWNLOAD_URL"
CACHE_VARIABLE = "OAMLINT_CACHE_DIR"
ORIGIN_FILE = "origin.json"  # beside the cached binary: where it came from and how it was verified

# sha256 of OPA's official release binaries, by asset name, consulted before the `.sha256` file
# published beside each binary. Empty: no published list of v1.22.3's checksums was found outside
# the release host itself, so the published `.sha256` files are used (README, SECURITY.md).
PINNED_SHA256: dict[str, str] = {}

INSTALL_HINT = (
    f"set {MIRROR_VARIABLE} to a mirror of OPA's releases, pass --opa /path/to/opa (or --opa-url "
    f"http://host:8181), or install OPA v1.x (`go install {OPA_MODULE}@v{OPA_VERSION}`)"
)


@dataclasses.dataclass(frozen=True)
class Found:
    """An OPA binary and where the search found it (`--opa`, `PATH`, `next to Python`, `cache`)."""

    path: str
    where: str


def cache_dir(version: str = OPA_VERSION) -> Path:
    """The directory of the provisioned OPA `version`: `<cache>/opa/v<version>`."""
    base = os.environ.get(CACHE_VARIABLE)
    if not base:
        import platformdirs

        base = platformdirs.user_cache_dir("oamlint", appauthor=False)
    return Path(base) / "opa" / f"v{version}"


def cached_binary(version: str = OPA_VERSION) -> Path:
    return cache_dir(version) / ("opa.exe" if sys.platform == "win32" else "opa")


def locate(explicit: str | None) -> Found | None:
    """The OPA to use without fetching anything, or None.

    Raises FatalError when `explicit` (--opa) is not an executable file.
    """
    if explicit:
        if not (os.path.isfile(explicit) and os.access(explicit, os.X_OK)):
            raise FatalError(f"cannot start OPA: `{explicit}` is not an executable file", INSTALL_HINT)
        return Found(explicit, "--opa")
    on_path = shutil.which("opa")
    if on_path:
        return Found(on_path, "PATH")
    beside = os.path.join(os.path.dirname(sys.executable), "opa")
    if os.path.isfile(beside) and os.access(beside, os.X_OK):
        return Found(beside, "next to Python")
    cached = cached_binary()
    if cached.is_file() and os.access(cached, os.X_OK):
        return Found(str(cached), "cache")
    return None


def origin(version: str = OPA_VERSION) -> dict[str, str]:
    """What `origin.json` beside the cached binary says (empty when it is missing or unreadable)."""
    try:
        recorded = json.loads((cache_dir(version) / ORIGIN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in recorded.items()} if isinstance(recorded, dict) else {}


def asset_name(system: str | None = None, machine: str | None = None) -> str | None:
    """The release asset for this platform, `opa_<os>_<arch>[_static][.exe]`, or None when OPA publishes none."""
    system = (system or platform.system()).lower()
    arch = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(
        (machine or platform.machine()).lower())
    if arch is None or system not in ("linux", "darwin", "windows"):
        return None
    if system == "windows":
        return f"opa_windows_{arch}.exe"
    static = "" if (system, arch) == ("darwin", "amd64") else "_static"  # darwin/amd64 is published dynamic only
    return f"opa_{system}_{arch}{static}"


def release_base() -> str:
    """OPA's release host, or the mirror that replaces it."""
    return (os.environ.get(MIRROR_VARIABLE) or RELEASE_HOST).rstrip("/")
