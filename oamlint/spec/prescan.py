"""The YAML limits, decided from the parser's events before anything is composed.

Composing is where hostile YAML does its harm: the composers recurse once per nesting level (the C
one overflows the stack, with no message, near 30,000 levels), and an alias is expanded afresh
wherever it is used, so 667 bytes of nested aliases (nine levels of nine) stand for 9⁹ nodes. The
event stream costs neither: the parser keeps its own stack and reports an alias as one event. So
the stream is scanned first, counting what composing would cost, and stopped at the first limit
crossed:

- `documentsPerFile`: documents in the stream;
- `nodesPerFile`: mappings, lists and scalars, each alias counted as the nodes it stands for (every
  later step, and the findings, grow with this number: about half a millisecond per node in all);
- `nestingDepth`: how deeply collections nest, counting what aliases bring in where they are used;
- `aliasNodes`: the nodes all aliases stand for, each alias counted at the full size of its anchor
  (aliases inside it included), which is what a YAML-bomb defence counts.

An alias to a node that contains it (`&a [*a]`) would make the document infinite; it is reported too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from ruamel.yaml import YAML
from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    ScalarEvent,
)

from oamlint import limits


@dataclasses.dataclass(frozen=True)
class Excess:
    """Why a stream may not be composed: the limit crossed (None: a recursive alias), a sentence, a 1-based place."""

    limit: str | None
    message: str
    line: int
    column: int

    @property
    def hint(self) -> str:
        """How to raise the limit (`raise it with …`), or "" for a recursive alias."""
        return limits.raise_hint(self.limit) if self.limit is not None else ""


@dataclasses.dataclass
class _Open:
    """A collection being scanned: its anchor, the node count when it started, the deepest level inside it."""

    anchor: str | None
    start: int
    depth: int
    deepest: int


def prescan(text: str) -> Excess | None:
    """The first limit `text` crosses, or None when it may be composed.

    Scans with the C parser; where libyaml rejects the text (it refuses some valid YAML 1.2, which
    the loader then composes with the pure-Python parser), scans again with the pure-Python parser
    if the text is within `pureParserBytes`.
    A syntax error ends the scan quietly: composing reports it.
    """
    excess, failed = _scan(_c_events(text))
    if failed and excess is None and pure_parser_allowed(text):
        excess, _ = _scan(iter(YAML(typ="safe", pure=True).parse(text)))
    return excess


def pure_parser_allowed(text: str) -> bool:
    """Whether `text` is small enough (`pureParserBytes`) to be read again by the pure-Python parser.

    That parser takes about 4 s per MiB, ten times libyaml, so larger files keep libyaml's verdict.
    """
    return len(text.encode()) <= limits.current()["pureParserBytes"]


def _c_events(text: str) -> Iterator[Event]:
    parser = CParser(text)
    try:
        while parser.check_event():
            yield parser.get_event()
    finally:
        parser.dispose()


def _scan(events: Iterator[Event]) -> tuple[Excess | None, bool]:
    """(the first excess, whether the parser failed before the end)."""
    try:
        return _Scanner().scan(events), False
    except YAMLError:
        return None, True


class _Scanner:
    def __init__(self) -> None:
        self.bound = limits.current()
        self.documents = 0
        self.nodes = 0  # aliases expanded
        self.alias_nodes = 0  # of the whole stream
        self.sizes: dict[str, tuple[int, int]] = {}  # anchor → (nodes, levels) of the node it names
        self.stack: list[_Open] = [_Open(None, 0, 0, 0)]

    def scan(self, events: Iterator[Event]) -> Excess | None:
        for event in events:
            excess = self.step(event)
            if excess is not None:
                return excess
        return None

    def step(self, event: Event) -> Excess | None:
        if isinstance(event, DocumentStartEvent):
            self.documents += 1
            self.sizes.clear()  # anchors are per document
            if self.documents > self.bound["documentsPerFile"]:
                return self.excess("documentsPerFile", "The file holds more documents than", event)
        elif isinstance(event, CollectionStartEvent):
            depth = self.stack[-1].depth + 1
            self.stack.append(_Open(event.anchor, self.nodes, depth, depth))
            if depth > self.bound["nestingDepth"]:
                return self.excess("nestingDepth", "Mappings and lists nest deeper than", event)
            return self.count(1, event)
        elif isinstance(event, CollectionEndEvent):
            closed = self.stack.pop()
            self.stack[-1].deepest = max(self.stack[-1].deepest, closed.deepest)
            if closed.anchor is not None:
                self.sizes[closed.anchor] = (self.nodes - closed.start, closed.deepest - closed.depth + 1)
        elif isinstance(event, ScalarEvent):
            if event.anchor is not None:
                self.sizes[event.anchor] = (1, 0)
            return self.count(1, event)
        elif isinstance(event, AliasEvent):
            return self.alias(event)
        return None

    def count(self, nodes: int, event: Event) -> Excess | None:
        self.nodes += nodes
        if self.nodes > self.bound["nodesPerFile"]:
            return self.excess("nodesPerFile", "The file holds more nodes (mappings, lists and scalars) than", event)
        return None

    def alias(self, event: AliasEvent) -> Excess | None:
        if any(item.anchor == event.anchor for item in self.stack):
            return Excess(None, f"Alias `*{event.anchor}` refers to a node that contains it, so the document "
                                "would be infinite; write the values out instead", *_place(event))
        size, levels = self.sizes.get(event.anchor, (0, 0))  # undefined: composing reports it
        self.alias_nodes += size
        here = self.stack[-1]
        here.deepest = max(here.deepest, here.depth + levels)
        if self.alias_nodes > self.bound["aliasNodes"]:
            return self.excess("aliasNodes", "Aliases expand to more nodes than", event)
        if here.depth + levels > self.bound["nestingDepth"]:
            return self.excess("nestingDepth", f"Alias `*{event.anchor}` nests mappings and lists deeper than", event)
        return self.count(size, event)

    def excess(self, name: str, what: str, event: Event) -> Excess:
        return Excess(name, f"{what} the `{name}` limit of {limits.describe(name, self.bound[name])} allows",
                      *_place(event))


def _place(event: Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
