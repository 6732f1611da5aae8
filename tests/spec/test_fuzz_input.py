"""Property tests (hypothesis): whatever stands in place of a spec, oamlint ends with a verdict, not a crash.

- Arbitrary bytes and generated YAML (nesting, anchors and aliases, tags, odd scalars) loaded in-process
  never raise: the loader turns everything into documents or findings.
- Counting the limits while the composed nodes are built (one parse) finds what the scan of the parser's events
  before composing finds (prescan.py): the same findings, at the same places, and the same documents.
- Whatever the loader builds stays within the limits: no more nodes than `nodesPerFile` and no deeper
  than `nestingDepth`, aliases expanded. Memory and time grow with those numbers (the hostile-input
  tests measure them), so this is the bound that keeps every later step bounded.
- The whole CLI, with the real OPA, on such input exits 0, 1 or 2, never 3 (an internal error), and
  every SARIF it writes validates against the SARIF 2.1.0 schema (the `run_cli` fixture checks it).

Sized for a 2-core CI: a few hundred in-process examples, a few dozen CLI runs against one shared OPA
server (started once, with the oamlint bundle), each example small.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from unittest import mock
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oamlint import limits
from oamlint.spec import loader
from oamlint.spec.loader import load_bytes, load_text
from tests.conftest import opa_server

SCALARS = st.one_of(
    st.sampled_from([
        "~", "null", "true", "no", "on", "0x1F", "0o17", "1_000", "-.inf", ".nan", "1e400", "10" * 40, "007",
        "2001-12-14t21:59:43.10-05:00", "2026-02-30", "'quoted'", '"\\u00e9\\x00"', "|\n  block\n", ">-\n  folded\n",
        "user:alice", "{{ .Values.x }}", "*", "&", "!", "%", "@", "`", "\ufeffapiVersion", "core.oam.dev/v1beta1",
    ]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12).map(lambda text: repr(text)[1:-1]),
    st.integers().map(str),
)
TAGS = st.sampled_from(["", "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!binary ", "!!timestamp ",
                        "!custom ", "!<tag:example.com,2026:x> ", "!!set ", "!!omap ", "!!map ", "!!seq "])
KEYS = st.sampled_from(["apiVersion", "kind", "metadata", "spec", "components", "traits", "properties", "roles",
                        "type", "name", "repository", "<<", "? complex", "a", "1", "null"])


@st.composite
def flow_yaml(draw: st.DrawFn, depth: int = 0) -> str:
    """A flow-style YAML value: scalars, lists, mappings, anchors and aliases to them, tags, nesting up to 60."""
    anchors: list[str] = draw(st.shared(st.builds(list), key="anchors"))
    choice = draw(st.integers(0, 9 if depth < 60 else 3))
    if choice <= 2:
        value = draw(SCALARS).replace("\n", " ")
    elif choice == 3 and anchors:
        return "*" + draw(st.sampled_from(anchors))
    elif choice <= 6:
        items = draw(st.lists(flow_yaml(depth + 1), max_size=4 if depth < 4 else 1))
        value = "[" + ", ".join(items) + "]"
    else:
        pairs = draw(st.lists(st.tuples(KEYS, flow_yaml(depth + 1)), max_size=4 if depth < 4 else 1))
        value = "{" + ", ".join(f"{key}: {item}" for key, item in pairs) + "}"
    if draw(st.integers(0, 4)) == 0:
        name = f"a{len(anchors)}"
        anchors.append(name)
        value = f"&{name} {value}"
    return draw(TAGS) + value


@st.composite
def streams(draw: st.DrawFn) -> str:
    """One or more documents, each an OAM-looking header or not, with a generated value under `spec`."""
    documents = []
    for _ in range(draw(st.integers(1, 3))):
        body = draw(flow_yaml())
        header = draw(st.sampled_from(["", "apiVersion: core.oam.dev/v1beta1\nkind: Application\n"]))
        documents.append(f"{header}spec: {body}\n" if header else f"{body}\n")
    return "---\n".join(documents)


def shape(value: Any) -> tuple[int, int]:
    """(nodes, depth) of built data: mappings, lists and scalars (keys are not counted); a scalar is depth 0."""
    if not isinstance(value, (dict, list)):
        return 1, 0
    inner = [shape(item) for item in (value.values() if isinstance(value, dict) else value)]
    return 1 + sum(nodes for nodes, _ in inner), 1 + max((deepest for _, deepest in inner), default=0)


@settings(max_examples=300, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_become_documents_or_findings(raw: bytes) -> None:
    loaded = load_bytes(raw, "fuzz.yaml")
    assert all(v.file == "fuzz.yaml" and v.span.line >= 1 for v in loaded.violations)


@settings(max_examples=300, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])
@given(streams(), st.integers(2, 40), st.integers(5, 400))
def test_what_the_loader_builds_stays_within_the_limits(text: str, depth: int, nodes: int) -> None:
    with limits.applied([f"nestingDepth={depth}", f"nodesPerFile={nodes}", f"aliasNodes={nodes}"]):
        loaded = load_text(text, "fuzz.yaml")
    built = [shape(doc.data) for doc in loaded.documents]
    assert sum(count for count, _ in built) <= nodes
    assert max((deepest for _, deepest in built), default=0) <= depth
    if any(v.rule == "input-limit" for v in loaded.violations):
        assert loaded.documents == []  # a file over a limit is not linted in part


def scanned_first(text: str, file: str = "fuzz.yaml") -> loader.LoadedFile:
    """load_text as it was before counting while building: every file scanned by prescan, then composed."""
    with mock.patch.object(loader, "composable", return_value=False):
        return load_text(text, file)


@settings(max_examples=300, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])
@given(streams(), st.integers(2, 40), st.integers(5, 400), st.integers(1, 3))
def test_counting_while_building_finds_what_the_event_scan_finds(text: str, depth: int, nodes: int, documents: int) -> None:
    """Low limits, so that they are crossed often; the streams have anchors, aliases, merge keys and complex keys."""
    with limits.applied([f"nestingDepth={depth}", f"nodesPerFile={nodes}", f"aliasNodes={nodes // 2}",
                         f"documentsPerFile={documents}"]):
        once, twice = load_text(text, "fuzz.yaml"), scanned_first(text)
    assert once.violations == twice.violations
    assert [(d.index, d.data) for d in once.documents] == [(d.index, d.data) for d in twice.documents]


@pytest.mark.parametrize(("name", "text", "at_limit"), [
    ("nodesPerFile", "[a, b, c, d, e, f]\n", 7),
    ("nodesPerFile", "a: [b, c]\nd: e\n", 7),  # keys count: the mapping, a, the list, b, c, d, e
    ("documentsPerFile", "a\n---\nb\n---\nc\n", 3),
    ("nestingDepth", "[[[[x]]]]\n", 4),
    ("nestingDepth", "a: {b: {c: [d]}}\n", 4),
])
def test_a_file_composed_at_once_is_counted_to_exactly_its_limits(name: str, text: str, at_limit: int) -> None:
    with limits.applied([f"{name}={at_limit}"]):
        assert loader.composable(text)
        assert not [v for v in load_text(text, "x.yaml").violations if v.rule == "input-limit"]
    with limits.applied([f"{name}={at_limit - 1}"]):
        crossed = load_text(text, "x.yaml")
        assert crossed.violations == scanned_first(text, "x.yaml").violations
    assert [v.properties for v in crossed.violations] == [{"limit": name}]
    assert crossed.documents == []


def test_a_text_that_could_nest_deep_enough_to_crash_the_composer_is_scanned_first() -> None:
    deep = "[" * (loader.COMPOSE_DEPTH + 1) + "]" * (loader.COMPOSE_DEPTH + 1)
    assert not loader.composable(deep)
    assert loader.composable("[" * loader.COMPOSE_DEPTH + "]" * loader.COMPOSE_DEPTH)
    with limits.applied(["nodesPerFile=50000"]):  # not too long for nodesPerFile: too many indicators
        assert not loader.composable("[" * 30_000 + "]" * 30_000)  # libyaml's composer crashes near 25,000
        loaded = load_text("[" * 30_000 + "]" * 30_000, "deep.yaml")
    assert [v.properties for v in loaded.violations] == [{"limit": "nestingDepth"}]


@pytest.fixture(scope="module")
def bundled_opa(tmp_path_factory: pytest.TempPathFactory, opa_binary: str) -> Iterator[str]:
    """One real OPA server with the oamlint bundle, shared by every CLI example (a new OPA each would cost ~0.5 s)."""
    from oamlint.commands.bundle import run as build_bundle

    bundle = tmp_path_factory.mktemp("bundle") / "oamlint.tar.gz"
    build_bundle(output=str(bundle))
    with opa_server(opa_binary, bundle) as port:
        yield f"http://127.0.0.1:{port}"


@settings(max_examples=40, deadline=timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow,
                                                                                  HealthCheck.function_scoped_fixture])
@given(st.one_of(streams().map(str.encode), st.binary(max_size=512)))
def test_the_cli_never_fails_internally_and_its_sarif_validates(
        tmp_path: Path, run_cli: Callable[..., Result], bundled_opa: str, raw: bytes) -> None:
    spec = tmp_path / "fuzz.yaml"
    spec.write_bytes(raw)
    result = run_cli("check", str(spec), "--opa-url", bundled_opa, "--format", "sarif", "--output",
                     str(tmp_path / "out.sarif"), "--limit", "nodesPerFile=2000")
    assert result.exit_code in (0, 1), result.stderr  # run_cli validated the SARIF written
