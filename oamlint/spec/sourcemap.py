"""Map paths into a YAML document (keys and list indexes) to 1-based line/column spans.

The map keeps the parser's nodes and turns their marks into spans only when a finding asks
(a document has thousands of nodes and a handful of findings).
"""

from __future__ import annotations

from collections.abc import Sequence

from ruamel.yaml.nodes import Node, ScalarNode

from oamlint.findings import Span

KeyPath = tuple[str | int, ...]  # keys and list indexes from a document's root


class SourceMap:
    """Positions of every node of one document, by path."""

    def __init__(self, lines: Sequence[str] = ()) -> None:
        self._lines = lines
        self._nodes: dict[KeyPath, tuple[Node, Node | None]] = {}

    def add(self, path: KeyPath, value: Node, key: Node | None) -> None:
        self._nodes[path] = (value, key)

    def __contains__(self, path: object) -> bool:
        return path in self._nodes

    def span(self, node: Node) -> Span:
        start, end = node.start_mark, node.end_mark
        end_line, end_column = end.line + 1, end.column + 1
        if end.column == 0 and end.line > start.line:  # block scalars end at the next line's start
            end_line = end.line
            end_column = len(self._lines[end.line - 1]) + 1 if end.line - 1 < len(self._lines) else 1
        return Span(start.line + 1, start.column + 1, end_line, end_column)

    def plain_scalars(self, words: frozenset[str]) -> list[KeyPath]:
        """Paths of the unquoted scalars whose text is one of `words`."""
        return [
            path for path, (node, _) in self._nodes.items()
            if isinstance(node, ScalarNode) and not node.style and node.value in words
        ]

    def source_text(self, path: Sequence[str | int]) -> str | None:
        """The text of the scalar at `path` as written in the file (`007`, not 7); None for other nodes."""
        entry = self._nodes.get(tuple(path))
        return str(entry[0].value) if entry is not None and isinstance(entry[0], ScalarNode) else None

    def key_span(self, path: Sequence[str | int]) -> Span | None:
        """The span of the mapping key that holds `path`, when it exists and sits in a mapping."""
        entry = self._nodes.get(tuple(path))
        return self.span(entry[1]) if entry is not None and entry[1] is not None else None

    def locate(self, path: Sequence[str | int]) -> Span:
        """The span to report for `path`.

        A scalar is reported at its value (`permission: admin` points at `admin`); a mapping
        or list at its key, so the region stays on one line. A path that does not exist is
        reported at its nearest existing ancestor.
        """
        probe = tuple(path)
        while probe not in self._nodes and probe:
            probe = probe[:-1]
        entry = self._nodes.get(probe)
        if entry is None:
            return Span(1, 1, 1, 1)
        value, key = entry
        if isinstance(value, ScalarNode) and probe == tuple(path):
            return self.span(value)
        return self.span(key) if key is not None else _first_line(self.span(value))


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
