"""OPA provisioning: the real OPA binary, fetched over real HTTP from a loopback mirror (tests/mirror.py)."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from oamlint import opa_cache, provision
from oamlint.errors import FatalError
from tests.conftest import REPO, write
from tests.engine.test_opa import ADMIN_APP
from tests.mirror import ASSET, Mirror, path_without, release, serve, sha256, silent

VERSION = opa_cache.OPA_VERSION
OAMLINT = REPO / ".venv" / "bin" / "oamlint"


@pytest.fixture
def no_opa(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No `opa` on PATH or next to Python, and an empty cache (returned)."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("OAMLINT_CACHE_DIR", str(cache))
    monkeypatch.setenv("PATH", path_without("opa"))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))
    return cache


@pytest.fixture
def mirror(tmp_path: Path, opa_binary: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Mirror]:
    """OPA's release layout with the real binary and its `.sha256`, served on loopback and set as the mirror."""
    release(tmp_path / "mirror", opa_binary)
    with serve(tmp_path / "mirror") as served:
        monkeypatch.setenv("OAMLINT_OPA_DOWNLOAD_URL", served.url)
        yield served


def cached(cache: Path) -> list[str]:
    """Everything in the cache directory of the pinned version (temporary files included)."""
    folder = cache / "opa" / f"v{VERSION}"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_first_run_downloads_verifies_against_the_published_checksum_and_caches(
        no_opa: Path, mirror: Mirror, opa_binary: str, run_cli: Callable[..., Result]) -> None:
    result = run_cli("opa", "install")
    target = no_opa / "opa" / f"v{VERSION}" / "opa"
    expected = sha256(Path(opa_binary))
    assert (result.exit_code, result.stdout) == (0, f"{target}\n"), result.stderr
    assert result.stderr == (
        f"oamlint: OPA v{VERSION} is needed (`oamlint opa install`); fetching it once into {target.parent}\n"
        f"oamlint: downloading {mirror.url}/v{VERSION}/{ASSET}\n"
        f"oamlint: verified sha256 {expected} against the published {ASSET}.sha256\n"
        f"oamlint: using {target}\n"
    )
    assert mirror.requested == [f"/v{VERSION}/{ASSET}.sha256", f"/v{VERSION}/{ASSET}"]
    assert sha256(target) == expected and os.access(target, os.X_OK)
    assert cached(no_opa) == [".lock", "opa", "origin.json"]
    assert json.loads((target.parent / "origin.json").read_text()) == {
        "source": "download", "url": f"{mirror.url}/v{VERSION}/{ASSET}", "sha256": expected,
        "verified_against": f"the published {ASSET}.sha256"}
    again = run_cli("opa", "install")
    assert (again.exit_code, again.stdout, len(mirror.requested)) == (0, f"{target}\n", 2)


def test_check_with_no_opa_anywhere_provisions_it_then_lints(
        no_opa: Path, mirror: Mirror, tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    write(tmp_path / "specs" / "app.yaml", ADMIN_APP)
    result = run_cli("check", str(tmp_path / "specs"))
    assert result.exit_code == 1, result.stderr
    assert "[admin-grant]" in result.stdout
    assert f"oamlint: OPA v{VERSION} is needed (`opa` was not found on PATH)" in result.stderr
    assert opa_cache.locate(None) == opa_cache.Found(str(no_opa / "opa" / f"v{VERSION}" / "opa"), "cache")


def test_a_pinned_checksum_is_trusted_over_the_published_file(no_opa: Path, tmp_path: Path, opa_binary: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    expected = release(tmp_path / "pinned", opa_binary, checksum_file=False)
    with serve(tmp_path / "pinned") as served:
        monkeypatch.setenv("OAMLINT_OPA_DOWNLOAD_URL", served.url)
        target = provision.install("test", pinned={ASSET: expected}, go="")
    assert served.requested == [f"/v{VERSION}/{ASSET}"]  # no .sha256 asked for
    assert opa_cache.origin()["verified_against"] == "the checksum pinned in oamlint"
    assert sha256(target) == expected


@pytest.mark.parametrize("pinned", [False, True], ids=["published-checksum", "pinned-checksum"])
def test_a_tampered_binary_is_refused_and_nothing_is_cached(no_opa: Path, tmp_path: Path, opa_binary: str,
                                                            monkeypatch: pytest.MonkeyPatch, pinned: bool) -> None:
    expected = release(tmp_path / "tampered", opa_binary, tampered=True)
    with serve(tmp_path / "tampered") as served:
        monkeypatch.setenv("OAMLINT_OPA_DOWNLOAD_URL", served.url)
        with pytest.raises(FatalError) as raised:
            provision.install("test", pinned={ASSET: expected} if pinned else {}, go="")
    actual = sha256(tmp_path / "tampered" / f"v{VERSION}" / ASSET)
    against = "the checksum pinned in oamlint" if pinned else f"the published {ASSET}.sha256"
    assert raised.value.message == (
        f"cannot start OPA: test, and OPA v{VERSION} could not be downloaded: the sha256 of "
        f"{served.url}/v{VERSION}/{ASSET} is {actual}, but {against} says {expected}; the file was deleted and not run"
    )
    assert cached(no_opa) == [".lock"]  # no binary, no temporary file, no origin record


def test_a_missing_binary_without_go_exits_2_naming_the_three_ways_out(
        no_opa: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", path_without("opa", "go"))
    with serve(tmp_path / "empty") as served:
        monkeypatch.setenv("OAMLINT_OPA_DOWNLOAD_URL", served.url.replace("http://", "http://mirror-user:s3cret@"))
        write(tmp_path / "app.yaml", ADMIN_APP)
        result = run_cli("check", str(tmp_path / "app.yaml"))
    assert result.exit_code == 2
    assert result.stderr.endswith(
        f"oamlint: error: cannot start OPA: `opa` was not found on PATH, and OPA v{VERSION} could not be downloaded: "
        f"HTTP 404 from {served.url}/v{VERSION}/{ASSET}.sha256\n"
        "hint: set OAMLINT_OPA_DOWNLOAD_URL to a mirror of OPA's releases, pass --opa /path/to/opa (or --opa-url "
        "http://host:8181), or install OPA v1.x (`go install github.com/open-policy-agent/opa@v1.22.3`)\n"
    )
    assert "s3cret" not in result.stderr and "mirror-user" not in result.stderr
    assert served.requested == [f"/v{VERSION}/{ASSET}.sha256"]  # tried once, although the Engine asked twice
    assert cached(no_opa) == [".lock"]


def test_a_silent_mirror_times_out(no_opa: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that accepts and never answers is a fault a real mirror cannot be made to show on demand."""
    with silent() as url:
        monkeypatch.setenv("OAMLINT_OPA_DOWNLOAD_URL", url)
        with pytest.raises(FatalError) as raised:
            provision.install("test", timeout=0.5, go="")
    assert raised.value.message.endswith(f"could not be downloaded: ReadTimeout for {url}/v{VERSION}/{ASSET}.sha256")
    assert cached(no_opa) == [".lock"]


def test_when_the_download_fails_go_builds_it_into_the_cache(no_opa: Path, tmp_path: Path, opa_binary: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The real `go install` (the module and build caches of scripts/setup.sh's own build make it quick)."""
    expected = release(tmp_path / "tampered", opa_binary, tampered=True)
    with serve(tmp_path / "tampered") as served:
        monkeypatch.setenv("OAMLINT_OPA_DOWNLOAD_URL", served.url)
        target = provision.install("test", pinned={ASSET: expected})
    assert opa_cache.origin() == {"source": "go install", "module": f"github.com/open-policy-agent/opa@v{VERSION}",
                                  "go": opa_cache.origin()["go"]}
    version = subprocess.run([str(target), "version"], capture_output=True, text=True, check=True).stdout
    assert f"Version: {VERSION}\n" in version
    assert cached(no_opa) == [".lock", "opa", "origin.json"]


def test_two_first_runs_at_once_both_succeed_with_one_download(no_opa: Path, mirror: Mirror) -> None:
    mirror.delay = 1.0  # the second process starts while the first is downloading
    env = {**os.environ, "OAMLINT_CACHE_DIR": str(no_opa)}
    runs = [subprocess.Popen([str(OAMLINT), "opa", "install"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    done = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    target = f"{no_opa / 'opa' / f'v{VERSION}' / 'opa'}\n"
    assert [(code, out) for code, out, _ in done] == [(0, target), (0, target)], done
    assert any("waiting for another oamlint that is fetching OPA" in err for _, _, err in done), done
    assert mirror.requested.count(f"/v{VERSION}/{ASSET}") == 1
    assert cached(no_opa) == [".lock", "opa", "origin.json"]


def test_doctor_says_which_opa_and_where_it_came_from(no_opa: Path, mirror: Mirror, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      run_cli: Callable[..., Result]) -> None:
    monkeypatch.chdir(tmp_path)
    before = run_cli("doctor")
    assert before.exit_code == 0
    assert (f"OPA:     none yet; the first check fetches v{VERSION} into {no_opa / 'opa' / f'v{VERSION}'} from "
            f"{mirror.url} (or run `oamlint opa install` now)\n") in before.stdout
    assert f"Config:  none found (searched upward from {tmp_path})\n" in before.stdout
    run_cli("opa", "install")
    write(tmp_path / ".oamlint.yaml", "roles: {deploy: write}\n")
    after = run_cli("doctor")
    target = no_opa / "opa" / f"v{VERSION}" / "opa"
    assert after.stdout.splitlines()[1:] == [
        f"OPA:     {target}",
        f"  from:    oamlint's cache, downloaded from {mirror.url}/v{VERSION}/{ASSET}; sha256 {sha256(target)} "
        f"verified against the published {ASSET}.sha256",
        f"  version: {VERSION}",
        f"Config:  {tmp_path / '.oamlint.yaml'}",
    ]


@pytest.mark.parametrize(("system", "machine", "asset"), [
    ("Linux", "x86_64", "opa_linux_amd64_static"), ("Linux", "aarch64", "opa_linux_arm64_static"),
    ("Darwin", "x86_64", "opa_darwin_amd64"), ("Darwin", "arm64", "opa_darwin_arm64_static"),
    ("Windows", "AMD64", "opa_windows_amd64.exe"), ("Windows", "ARM64", "opa_windows_arm64.exe"),
    ("Linux", "ppc64le", None), ("FreeBSD", "amd64", None),
])
def test_the_release_asset_for_each_platform(system: str, machine: str, asset: str | None) -> None:
    assert opa_cache.asset_name(system, machine) == asset


def test_a_terminal_shows_a_progress_bar(no_opa: Path, mirror: Mirror) -> None:
    """stderr on a pseudo-terminal, as in an interactive shell: tqdm draws the bar there (and nowhere else)."""
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 rows, 100 columns
    process = subprocess.Popen([str(OAMLINT), "opa", "install"], env={**os.environ, "OAMLINT_CACHE_DIR": str(no_opa)},
                               stdout=subprocess.PIPE, stderr=secondary)
    os.close(secondary)
    shown = b""
    with contextlib.suppress(OSError):  # EIO once the process has closed the terminal
        while chunk := os.read(primary, 65536):
            shown += chunk
    os.close(primary)
    assert process.wait(timeout=120) == 0
    text = shown.decode(errors="replace")
    assert re.search(r"OPA: +\d+%\|", text), text  # `OPA:  42%|████▏     | 24.0M/57.0M …`
    assert f"oamlint: verified sha256 {sha256(mirror.binary())}" in text
