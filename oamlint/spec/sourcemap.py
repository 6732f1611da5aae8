"""Map paths into a YAML document (keys and list indexes) to 1-based line/column spans.

The map keeps each node's place as a tuple and makes a Span only when a finding asks (a document has thousands
of nodes and a handful of findings).
"""

from __future__ import annotations

from collections.abc import Sequence

from ruamel.yaml.nodes import Node

from oamlint.findings import Span

KeyPath = tuple[str | int, ...]  # keys and list indexes from a document's root


Place = tuple[int, int, int, int]  # 1-based line, column, end line, end column: a Span's fields, kept as a tuple


Entry = tuple[Place, Place | None, str | None]  # the value's place, its key's, and a scalar's text as written


class SourceMap:
    """Positions of every node of one document, by path (`entries`), and which scalars were written quoted or as
    blocks, not plain (`quoted`); loader.py's builder fills them.

    Only what findings need is kept (places, and the text of scalars), not the parser's nodes: a spec's nodes take
    several times the memory of its data, and a map without them is cheap to send between processes.
    """

    def __init__(self, entries: dict[KeyPath, Entry] | None = None, quoted: set[KeyPath] | None = None) -> None:
        self._entries = {} if entries is None else entries
        self._quoted = set() if quoted is None else quoted

    def __contains__(self, path: object) -> bool:
        return path in self._entries

    def plain_scalars(self, words: frozenset[str]) -> list[KeyPath]:
        """Paths of the unquoted scalars whose text is one of `words`."""
        return [path for path, (_, _, text) in self._entries.items()
                if text is not None and text in words and path not in self._quoted]

    def source_text(self, path: Sequence[str | int]) -> str | None:
        """The text of the scalar at `path` as written in the file (`007`, not 7); None for other nodes."""
        entry = self._entries.get(tuple(path))
        return entry[2] if entry is not None else None

    def key_span(self, path: Sequence[str | int]) -> Span | None:
        """The span of the mapping key that holds `path`, when it exists and sits in a mapping."""
        entry = self._entries.get(tuple(path))
        return Span(*entry[1]) if entry is not None and entry[1] is not None else None

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
        value, key, text = entry
        if text is not None and probe == tuple(path):
            return Span(*value)
        return Span(*key) if key is not None else _first_line(Span(*value))


def place(node: Node, lines: Sequence[str]) -> Place:
    """Where `node` is written: 1-based line, column, end line and end column. A block scalar ends at the start of
    the next line; its place ends at the end of its own last line (`lines`: the file's)."""
    start, end = node.start_mark, node.end_mark
    if end.column == 0 and end.line > start.line:
        end_column = len(lines[end.line - 1]) + 1 if end.line - 1 < len(lines) else 1
        return start.line + 1, start.column + 1, end.line, end_column
    return start.line + 1, start.column + 1, end.line + 1, end.column + 1


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
