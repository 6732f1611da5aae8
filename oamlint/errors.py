"""The one family of errors that stop a run; cli.py turns them into exit code 2."""

from __future__ import annotations


class FatalError(Exception):
    """oamlint could not lint: usage, config, OPA or Gogs source error.

    `message` says what went wrong and where; `hint` says how to fix it.
    Neither may contain a secret.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
