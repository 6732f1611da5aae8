"""Where a finding's file is, for readers outside this machine: one home for every link and URI.

A finding's `file` is the path as the terminal shows it (relative to the working directory, or
absolute outside it). Code scanning, pull-request annotations and comment links need it relative
to the **source root** instead: git's top level (the directory holding `.git`) above the working
directory, or the working directory when it is in no repository. SARIF (`%SRCROOT%`-relative
`uri`), the JSON `uri` field, GitHub workflow commands (`file=`) and Markdown links all read it
from here. A leaf module: it imports nothing from oamlint.
"""

from __future__ import annotations

import os
import urllib.parse
from pathlib import Path, PurePosixPath

STDIN_NAME = "<stdin>"  # how standard input is named in reports when --stdin-filename is not given
SRCROOT = "%SRCROOT%"


def source_root(start: str | None = None) -> str:
    """The absolute source root for a run started in `start` (default: the working directory).

    The nearest directory at or above `start` that holds `.git` (a directory, or the file a
    worktree or submodule has); `start` itself when there is none.
    """
    here = Path(os.path.abspath(start or os.getcwd()))
    for directory in (here, *here.parents):
        if (directory / ".git").exists():
            return str(directory)
    return str(here)


def root_relative(file: str, root: str) -> str | None:
    """`file` (relative to the working directory, or absolute) as a POSIX path relative to `root`.

    None when the file is outside `root`; standard input without a name stays `<stdin>`.
    """
    if file == STDIN_NAME:
        return file
    relative = os.path.relpath(os.path.abspath(file), root)
    if relative == os.curdir or relative.split(os.sep, 1)[0] == os.pardir:
        return None
    return PurePosixPath(*relative.split(os.sep)).as_posix()


def encode(path: str) -> str:
    """A POSIX path as an RFC 3986 URI reference: every octet outside the unreserved set and `/` percent-encoded.

    `team specs/shop#1.yaml` becomes `team%20specs/shop%231.yaml`; non-ASCII is encoded as UTF-8. A name that is
    not UTF-8 on disk (Python holds its bytes as surrogates, `p\udcff.yaml`) is encoded as its own bytes (`p%FF.yaml`).
    """
    try:
        octets = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # another lone surrogate (a `\ud800` escape in --stdin-filename): as it is
        octets = path.encode("utf-8", "surrogatepass")
    return urllib.parse.quote_from_bytes(octets, safe="/")


def uri(file: str, root: str) -> tuple[str, str | None]:
    """(uri, uriBaseId) for SARIF: encoded and relative to `%SRCROOT%` inside the root, else an absolute `file://` URI with no base."""
    relative = root_relative(file, root)
    if relative is None:
        return Path(os.path.abspath(file)).as_uri(), None
    return encode(relative), SRCROOT


def root_uri(root: str) -> str:
    """The source root as the `file://` URI `%SRCROOT%` stands for, ending in `/`."""
    return Path(root).as_uri().rstrip("/") + "/"
