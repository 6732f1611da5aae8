"""The one family of errors that stop a run, and the exit codes: cli.py turns a FatalError into EXIT_USAGE."""

from __future__ import annotations

EXIT_USAGE = 2  # could not lint (0: clean, 1: findings at or above --fail-on)
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


class FatalError(Exception):
    """oamlint could not lint: usage, config, OPA or Gogs source error.

    `message` says what went wrong and where; `hint` says how to fix it.
    Neither may contain a secret.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
