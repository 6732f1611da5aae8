"""Shared fixtures: the real OPA binary, paths, and running the CLI in-process."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result

from oamlint.cli import cli
from tests.mirror import Mirror, release, serve

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="session")
def opa_binary() -> str:
    """The real OPA: .tools/bin/opa (scripts/setup.sh builds it), else `opa` on PATH."""
    local = REPO / ".tools" / "bin" / "opa"
    found = str(local) if local.exists() else shutil.which("opa")
    if not found:
        pytest.fail("OPA is not installed: run `bash scripts/setup.sh` (see README)")
    return found


@pytest.fixture
def marked_opa(opa_binary: str, tmp_path: Path) -> Path:
    """The real OPA under a path unique to this test (`tmp_path/marked/opa`), so that what it runs can be told from
    other runs' processes: OPA itself, and oamlint's loading workers, whose command lines hold `--opa PATH`."""
    link = tmp_path / "marked" / "opa"
    link.parent.mkdir()
    link.symlink_to(opa_binary)
    return link


@pytest.fixture(autouse=True, scope="session")
def _opa_on_path(opa_binary: str) -> None:
    """oamlint finds OPA on PATH, as it would for a user who followed the README."""
    os.environ["PATH"] = f"{os.path.dirname(opa_binary)}{os.pathsep}{os.environ['PATH']}"


@pytest.fixture(autouse=True, scope="session")
def _no_user_opa_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """oamlint's cache is the session's own, and OPA's release host is a port where nothing listens:
    no test reads the user's cache or reaches the internet (tests/mirror.py serves OPA instead)."""
    os.environ["OAMLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("oamlint-cache"))
    os.environ["OAMLINT_OPA_DOWNLOAD_URL"] = "http://127.0.0.1:9"


@pytest.fixture(scope="session")
def opa_mirror(tmp_path_factory: pytest.TempPathFactory, opa_binary: str) -> Iterator[Mirror]:
    """OPA's release layout (the real binary and its `.sha256`) on a loopback port, for the whole session."""
    root = tmp_path_factory.mktemp("opa-mirror")
    release(root, opa_binary)
    with serve(root) as mirror:
        yield mirror


@dataclasses.dataclass(frozen=True)
class Installed:
    dist: Path  # the sdist and the wheel, as `python -m build` made them
    bin: Path  # the scripts folder of a fresh virtualenv with only the wheel (and its dependencies) installed


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """This checkout built with `python -m build` and the wheel installed into a fresh virtualenv
    (dependencies from the package index, as for a user; no opa in it)."""
    root = tmp_path_factory.mktemp("install")
    dist, venv = root / "dist", root / "venv"
    for command in ([sys.executable, "-m", "build", "--outdir", str(dist), str(REPO)],
                    [sys.executable, "-m", "venv", str(venv)]):
        done = subprocess.run(command, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr
    [wheel] = dist.glob("*.whl")
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                           str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return Installed(dist, venv / "bin")


@pytest.fixture
def run_cli() -> Iterator[Callable[..., Result]]:
    """Run `oamlint ARGS…` in-process; returns click's Result (exit_code, stdout, stderr)."""

    def run(*args: str) -> Result:
        result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
        if _option(args, "--format") == "sarif" and result.exit_code in (0, 1, 2):
            output = _option(args, "--output") or _option(args, "-o")
            if output and Path(output).is_file():  # a failed run (exit 2) writes its SARIF too
                assert_valid_sarif(Path(output).read_text(encoding="utf-8"))
            elif result.exit_code != 2:
                assert_valid_sarif(result.stdout)
        return result

    yield run


@contextlib.contextmanager
def opa_server(opa_binary: str, bundle: Path) -> Iterator[int]:
    """A real `opa run --server` with `bundle` (`oamlint bundle`) on a free loopback port, listening; yields the
    port and stops the server on leaving."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = subprocess.Popen([opa_binary, "run", "--server", "--addr", f"127.0.0.1:{port}", "--bundle", str(bundle)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(1000):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.01)
        yield port
    finally:
        server.terminate()
        server.wait()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _option(args: tuple[str, ...], name: str) -> str | None:
    for i, arg in enumerate(args[:-1]):
        if arg == name:
            return args[i + 1]
    return None


def assert_valid_sarif(text: str) -> dict[str, object]:
    """Every SARIF log the tests produce goes through here: the official 2.1.0 schema, with its
    `uri`/`uri-reference` formats checked (rfc3986-validator, a test dependency)."""
    log = json.loads(text)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    return dict(log)
