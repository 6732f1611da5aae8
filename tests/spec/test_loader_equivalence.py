"""The loader's fast parts against ruamel.yaml itself (hypothesis):

- The C loader remembers the tag of each short scalar (`loader._CLoader`): every node it composes has the tag,
  value, style and marks that ruamel's own C loader gives, whatever the scalars, tags, anchors and YAML directives,
  also when the memory is full and starts over.
- The data the builder makes is what ruamel's safe loader makes of each scalar, except where oamlint chose otherwise
  for JSON (a non-finite float, a timestamp and what ruamel cannot construct stay the text written), and its
  source map puts every scalar and key where the generator wrote it, with the text as written.
"""

from __future__ import annotations

import datetime
import functools
import gc
import math
from collections.abc import Iterator
from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.cyaml import CSafeLoader
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import Node

from oamlint.findings import Span
from oamlint.spec import loader
from tests.conftest import CORPUS
from tests.spec.test_fuzz_input import streams

# Plain scalars near every YAML 1.2 implicit type's edges: numbers in each base, with signs, underscores and
# exponents, the null/bool/float words in each case, timestamps, and text that only looks like them.
PLAIN = st.one_of(
    st.from_regex(r"[-+]?(0[xob])?[0-9a-fA-F_.eE]{1,6}", fullmatch=True),
    st.from_regex(r"[-+]?\.(inf|Inf|INF|nan|NaN|NAN|iNf)", fullmatch=True),
    st.sampled_from(["true", "True", "TRUE", "tRue", "false", "yes", "no", "on", "off", "y", "null", "Null", "NULL",
                     "~", "nULL", "<<", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
                     "2026-02-30", "12:30:45", "190:20:30", "0o", "0x", "0b", "1__0", "._1", "1.2.3", "user:alice"]),
    st.from_regex(r"[a-z][a-z0-9_.-]{0,8}", fullmatch=True),
)
DIRECTIVES = st.sampled_from(["", "%YAML 1.1\n---\n", "%YAML 1.2\n---\n", "%TAG !e! tag:example.com,2026:\n---\n"])


def _walk(node: Node | None) -> Iterator[tuple[Any, ...]]:
    """Every node of a tree, depth first, as what a builder reads of it."""
    if node is None:
        return
    start, end = node.start_mark, node.end_mark
    yield type(node), node.tag, getattr(node, "style", None), (start.line, start.column, end.line, end.column)
    if isinstance(node.value, list):
        for item in node.value:
            for part in (item if isinstance(item, tuple) else (item,)):
                yield from _walk(part)
    else:
        yield node.value


def _composed(parser: CSafeLoader) -> list[tuple[Any, ...]] | str:
    nodes: list[tuple[Any, ...]] = []
    try:
        while parser.check_node():
            nodes.extend(_walk(parser.get_node()))
    except YAMLError as error:
        return f"error {error}"
    finally:
        parser.dispose()
    return nodes


@settings(max_examples=200, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])
@given(DIRECTIVES, st.one_of(streams(), st.lists(PLAIN, min_size=1, max_size=30).map(lambda s: "[" + ", ".join(s) + "]")),
       st.sampled_from([3, 50, loader.RESOLVED_MAX]))
def test_remembered_tags_are_the_tags_ruamel_resolves(directive: str, text: str, remembered: int) -> None:
    """The memory is shared between files; a small `remembered` makes it start over within a file."""
    saved = loader.RESOLVED_MAX
    loader.RESOLVED_MAX = remembered
    try:
        assert _composed(loader._CLoader(directive + text)) == _composed(CSafeLoader(directive + text))
    finally:
        loader.RESOLVED_MAX = saved
    assert len(loader._resolved) <= saved


Leaf = tuple[str, str]  # (style: "plain" / "'" / '"', text inside the quotes)
KEYS = st.from_regex(r"[a-z][a-z0-9]{0,5}", fullmatch=True).filter(lambda key: key not in ("true", "false", "null"))
LEAVES = st.one_of(
    PLAIN.filter(lambda text: text != "<<").map(lambda text: ("plain", text)),
    st.tuples(st.sampled_from(["'", '"']), st.text(st.characters(min_codepoint=32, max_codepoint=126,
                                                                 blacklist_characters="'\"\\"), max_size=8)),
)
TREES = st.recursive(LEAVES, lambda inner: st.one_of(st.lists(inner, min_size=1, max_size=4),
                                                     st.dictionaries(KEYS, inner, min_size=1, max_size=4)),
                     max_leaves=25)


Place = tuple[int, int, str, str, int | None]  # line, column, text as written, its value, the key's column


def _write(tree: Any, indent: int, lines: list[str], places: dict[tuple[Any, ...], Place], path: tuple[Any, ...]) -> None:
    """`tree` (a dict at the top) as block YAML, with where each scalar and key is written in `places`."""
    for name, value in (tree.items() if isinstance(tree, dict) else enumerate(tree)):
        lead = " " * indent + (f"{name}:" if isinstance(tree, dict) else "-")
        key_column = indent + 1 if isinstance(tree, dict) else None
        if isinstance(value, tuple):
            style, text = value
            written = text if style == "plain" else f"{style}{text}{style}"
            places[(*path, name)] = (len(lines) + 1, len(lead) + 2, written, text, key_column)
            lines.append(f"{lead} {written}")
        else:
            places[(*path, name)] = (len(lines) + 1, 0, "", "", key_column)
            lines.append(lead)
            _write(value, indent + 2, lines, places, (*path, name))


RUAMEL = YAML(typ="safe")


def _expected(tree: Any) -> Any:
    """What ruamel's safe loader gives for each scalar, with oamlint's choices for JSON: a non-finite float, a
    timestamp and a scalar ruamel cannot construct (`0x_`: the int pattern, no digits) stay the text written."""
    if isinstance(tree, dict):
        return {key: _expected(item) for key, item in tree.items()}
    if isinstance(tree, list):
        return [_expected(item) for item in tree]
    return _ruamel_scalar(*tree)


@functools.lru_cache(maxsize=None)
def _ruamel_scalar(style: str, text: str) -> Any:
    try:
        value = RUAMEL.load(f"v: {text if style == 'plain' else style + text + style}\n")["v"]
    except ValueError:
        return text
    if (isinstance(value, float) and not math.isfinite(value)) or isinstance(value, (datetime.date, datetime.datetime)):
        return text
    return value


@settings(max_examples=100, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEYS, TREES, min_size=1, max_size=6))
def test_data_and_places_are_what_ruamel_reads(tree: dict[str, Any]) -> None:
    lines = ["apiVersion: core.oam.dev/v1beta1", "kind: Application"]
    places: dict[tuple[Any, ...], Place] = {}
    _write({"spec": tree}, 0, lines, places, ())
    text = "\n".join(lines) + "\n"
    loaded = loader.load_text(text, "gen.yaml")
    assert loaded.violations == []
    (document,) = loaded.documents
    assert document.data == {"apiVersion": "core.oam.dev/v1beta1", "kind": "Application", "spec": _expected(tree)}
    source_map = document.source_map
    for path, (line, column, written, value, key_column) in places.items():
        if written:  # a scalar: at its value, with its text (a quoted one's: what is inside the quotes)
            assert source_map.locate(path) == Span(line, column, line, column + len(written))
            assert source_map.source_text(path) == value
        if key_column is not None:
            assert source_map.key_span(path) == Span(line, key_column, line, key_column + len(str(path[-1])))


def test_loading_makes_no_reference_cycles_and_the_collector_runs_again_after() -> None:
    """load_files pauses Python's cyclic garbage collector (it went over the loaded data again and again), so what
    loading leaves must be freed by reference counting alone: ruamel's C loader refers to itself and is cleared
    after each file. Every corpus file libyaml reads, and the collector enabled again afterwards, also after an
    error."""
    files = sorted(str(p) for p in CORPUS.rglob("*.yaml"))[:300]
    gc.collect()
    gc.disable()
    try:
        for path in files:
            loader.load_file(path)
        assert gc.collect() == 0
    finally:
        gc.enable()
    loader.load_files(files[:3])
    assert gc.isenabled()
    with mock.patch.object(loader, "load_file", side_effect=RuntimeError("boom")), pytest.raises(RuntimeError):
        loader.load_files(files[:3])
    assert gc.isenabled()
