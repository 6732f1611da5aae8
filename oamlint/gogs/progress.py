"""A one-line progress bar on stderr, drawn only when stderr is a terminal (never in CI logs or pipes)."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TextIO

WIDTH = 30


class Progress:
    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._enabled = self._stream.isatty()
        self._label = label
        self._done = 0
        self._total = 0

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._enabled and self._total:
            self._stream.write("\r\033[K")
            self._stream.flush()

    def expect(self, steps: int) -> None:
        """More work became known (e.g. after listing repositories)."""
        self._total += steps
        self._draw()

    def advance(self, what: str = "") -> None:
        self._done += 1
        self._draw(what)

    def _draw(self, what: str = "") -> None:
        if not self._enabled or not self._total:
            return
        filled = WIDTH * min(self._done, self._total) // self._total
        bar = "#" * filled + "." * (WIDTH - filled)
        self._stream.write(f"\r\033[K{self._label} [{bar}] {self._done}/{self._total} {what[:40]}")
        self._stream.flush()
