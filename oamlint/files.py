"""Writing output files: all or nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from oamlint.errors import FatalError


def write_atomically(path: str | Path, content: str | bytes) -> None:
    """Write through a temporary file in the same directory and os.replace, so that readers
    never see half a file and a failed write leaves the old one (or none) in place."""
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise FatalError(f"cannot write `{target}`: {error.strerror}", "check that the directory exists and is writable") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content.encode("utf-8") if isinstance(content, str) else content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
