"""Map paths into a YAML document (keys and list indexes) to 1-based line/column spans."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from oamlint.findings import Span

Path = tuple[str | int, ...]


@dataclasses.dataclass(frozen=True)
class Entry:
    value: Span
    key: Span | None  # the key's span when the value sits in a mapping
    scalar: bool


class SourceMap:
    """Positions of every node of one document, by path."""

    def __init__(self) -> None:
        self._entries: dict[Path, Entry] = {}

    def add(self, path: Path, value: Span, key: Span | None, scalar: bool) -> None:
        self._entries[path] = Entry(value, key, scalar)

    def __contains__(self, path: object) -> bool:
        return path in self._entries

    def locate(self, path: Sequence[str | int]) -> Span:
        """The span to report for `path`.

        A scalar is reported at its value (`permission: admin` points at `admin`); a mapping
        or list at its key, so the region stays on one line. A path that does not exist is
        reported at its nearest existing ancestor.
        """
        probe = tuple(path)
        while probe not in self._entries and probe:
            probe = probe[:-1]
        entry = self._entries.get(probe)
        if entry is None:
            return Span(1, 1, 1, 1)
        if entry.scalar and probe == tuple(path):
            return entry.value
        return entry.key or _first_line(entry.value)


def _first_line(span: Span) -> Span:
    if span.end_line == span.line:
        return span
    return Span(span.line, span.column, span.line, span.column + 1)


def dotted(path: Sequence[str | int]) -> str:
    """`spec.components[0].traits` for ("spec", "components", 0, "traits")."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
