"""Standard output: what a command prints goes through `write`, so that a write that fails is a clear error; and
`Closed`, what stands for it when oamlint was started without it."""

from __future__ import annotations

import contextlib
import io
import os
import sys

from oamlint.errors import FatalError


def write(text: str) -> None:
    """Write `text` to standard output and flush it. When its reader has gone away (`oamlint rules | head -1`), the
    rest of what the command prints is discarded and the command goes on: its exit code still says what it found.

    Raises FatalError when standard output cannot be written (a full disk, an I/O error; the message gives the
    system's reason).
    """
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _discard()
    except OSError as error:
        raise failure(error) from None


def failure(error: OSError) -> FatalError:
    """The error for a write to standard output that failed with `error` (not a broken pipe)."""
    return FatalError(f"cannot write to standard output: {error.strerror or error}",
                      "send it where it can be written, or write the report to a file with --output")


def _discard() -> None:
    """Standard output from now on goes to /dev/null, what is still buffered too (else Python reports the broken
    pipe again when it exits)."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


class Closed(io.TextIOBase):
    """Standard output when oamlint was started with it closed (`>&-`: Python then has no sys.stdout; cli.py `main`
    puts this there). A run that writes nothing there (`--output FILE`, `bundle --output`) works; the first write
    raises FatalError (exit 2), and a SARIF --output still says why."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise FatalError("standard output is closed, so what oamlint prints cannot be written",
                         "run oamlint with standard output open; to discard what it prints, send it to /dev/null")
