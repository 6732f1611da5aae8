"""`oamlint bundle --output FILE`: the policies as an OPA bundle for `--opa-url` servers."""

from __future__ import annotations

import io
import json
import os
import tarfile
import tempfile

from oamlint import __version__
from oamlint.bundle_files import policy_files, rego_dir, rules_dir
from oamlint.errors import FatalError


def run(*, output: str) -> int:
    directory = os.path.dirname(os.path.abspath(output))
    try:
        with tempfile.NamedTemporaryFile(dir=directory, delete=False, suffix=".tmp") as handle:
            _write(handle)
        os.replace(handle.name, output)
    except OSError as error:
        raise FatalError(f"cannot write `{output}`: {error.strerror}", "check the directory exists and is writable") from None
    return 0


def _write(handle: io.BufferedWriter | tempfile._TemporaryFileWrapper[bytes]) -> None:
    manifest = json.dumps({"revision": __version__, "roots": ["oamlint"]}).encode()
    with tarfile.open(fileobj=handle, mode="w:gz") as archive:
        _add(archive, "/.manifest", manifest)
        for path in policy_files():
            base = rego_dir() if path.is_relative_to(rego_dir()) else rules_dir().parent
            _add(archive, "/" + path.relative_to(base).as_posix(), path.read_bytes())


def _add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(data))
