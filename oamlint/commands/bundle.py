"""`oamlint bundle --output FILE`: the policies as an OPA bundle for `--opa-url` servers."""

from __future__ import annotations

import io
import json
import tarfile

from oamlint import __version__
from oamlint.bundle_files import policy_files, rego_dir, rules_dir
from oamlint.files import write_atomically


def run(*, output: str) -> int:
    buffer = io.BytesIO()
    manifest = json.dumps({"revision": __version__, "roots": ["oamlint"]}).encode()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        _add(archive, "/.manifest", manifest)
        for path in policy_files():
            base = rego_dir() if path.is_relative_to(rego_dir()) else rules_dir().parent
            _add(archive, "/" + path.relative_to(base).as_posix(), path.read_bytes())
    write_atomically(output, buffer.getvalue())
    return 0


def _add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(data))
