"""`oamlint doctor`: which OPA a check would use and where it came from, and which config file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from oamlint import __version__, opa_cache, stdout
from oamlint.config import find_config


def run(*, opa: str | None, config: str | None) -> int:
    """Print what a `check` in this directory would use; exit 2 when its OPA cannot run.

    Raises FatalError when `--opa` is not an executable file.
    """
    _say(f"oamlint {__version__} (Python {sys.version.split()[0]}, {sys.executable})")
    found = opa_cache.locate(opa)
    code = 0
    if found is None:
        _say(f"OPA:     none yet; the first check fetches v{opa_cache.OPA_VERSION} into "
             f"{opa_cache.cache_dir()} from {opa_cache.release_base()} (or run `oamlint opa install` now)")
    else:
        _say(f"OPA:     {found.path}")
        _say(f"  from:    {_source(found)}")
        version = _version(found.path)
        code = 0 if version.startswith("1.") else 2
        _say(f"  version: {version}")
    where = Path(config) if config else find_config(Path.cwd())
    _say(f"Config:  {where if where else f'none found (searched upward from {os.getcwd()})'}")
    return code


def _source(found: opa_cache.Found) -> str:
    if found.where != "cache":
        return {"--opa": "given with --opa", "PATH": "on PATH"}.get(found.where, found.where)
    record = opa_cache.origin()
    if record.get("source") == "download":
        return f"oamlint's cache, downloaded from {record['url']}; sha256 {record['sha256']} verified against " \
               f"{record['verified_against']}"
    if record.get("source") == "go install":
        return f"oamlint's cache, built with `go install {record['module']}`"
    return "oamlint's cache (origin not recorded)"


def _version(path: str) -> str:
    """`opa version`'s Version line, or why it could not be read."""
    try:
        done = subprocess.run([path, "version"], capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"cannot run it ({type(error).__name__}: {error})"
    for line in done.stdout.splitlines():
        if line.startswith("Version:"):
            return line.split(":", 1)[1].strip()
    return f"unknown (`opa version` exited {done.returncode})"


def _say(line: str) -> None:
    stdout.write(f"{line}\n")
