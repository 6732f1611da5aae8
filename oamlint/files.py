"""Writing output files: all or nothing, only ever a regular file, through symlinks."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

from oamlint.errors import FatalError

SHARED = 0o666  # reports, baselines, bundles: what the user's umask allows, as any tool's output
PRIVATE = 0o600  # Gogs exports: they name every account and its access


def write_atomically(path: str | Path, content: str | bytes, *, mode: int = SHARED) -> None:
    """Write `content` (str as UTF-8) to `path` so that readers never see half a file.

    The bytes go to a new file beside the target, created with `mode` less the umask, which then
    replaces the target with os.replace: a failed write leaves the old file (or none) in place.
    A symlink is followed and its target replaced, so the link stays a link. Raises FatalError
    (exit 2) when the target is a directory, FIFO, device or socket, is a symlink loop, or when
    its directory does not exist or is not writable.
    """
    target = _target(Path(path))
    temporary, handle = _create_beside(target, mode, path)
    try:
        with os.fdopen(handle, "wb") as out:
            # a lone surrogate, as on standard output (cli.main): the escape `\\ud800`, which JSON reads back
            out.write(content.encode("utf-8", errors="backslashreplace") if isinstance(content, str) else content)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def check_targets(*paths: str | Path | None) -> None:
    """Raise, before the work that produces their content, the FatalError that write_atomically would
    raise for a target that can never be written: not a regular file, or a symlink loop. None is skipped."""
    for path in paths:
        if path is not None:
            _target(Path(path))


def _target(path: Path) -> Path:
    """The regular file that `path` names, following symlinks; it need not exist yet."""
    try:
        resolved = Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:  # a new file, or a symlink to a file not written yet
        return Path(os.path.realpath(path))
    except OSError as error:
        raise _cannot_write(path, error) from None
    mode = resolved.stat().st_mode
    if not stat.S_ISREG(mode):
        where = f"`{path}` (a link to `{resolved}`)" if path.is_symlink() else f"`{path}`"
        raise FatalError(f"cannot write {where}: it is {kind_of(mode)}, not a regular file",
                         "pass the path of a file to create or replace")
    return resolved


def kind_of(mode: int) -> str:
    """What a file of st_mode `mode` is, in words: `a FIFO (named pipe)`, `a character device`, …

    The one wording for readers (`oamlint.limits.read_regular`) and writers (`write_atomically`).
    """
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def _create_beside(target: Path, mode: int, given: str | Path) -> tuple[Path, int]:
    """A new, uniquely named file in the target's directory, opened for writing."""
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return temporary, os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode)
        except FileExistsError:
            continue
        except OSError as error:
            raise _cannot_write(Path(given), error) from None


def _cannot_write(path: Path, error: OSError) -> FatalError:
    if error.errno == errno.ELOOP:
        return FatalError(f"cannot write `{path}`: it is a symlink loop", "point the link at a file, or pass another path")
    return FatalError(f"cannot write `{path}`: {error.strerror}", "check that the directory exists and is writable")
