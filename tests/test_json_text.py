"""oamlint.json_text writes the bytes `json.dumps(value, indent=2, ensure_ascii=False)` writes, whatever the value:
orjson where its bytes are the same, the standard library where they would not be (floats, integers beyond 64
bits, lone surrogates, keys that are not strings)."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oamlint import json_text

LEAVES = st.one_of(
    st.none(), st.booleans(), st.text(), st.integers(), st.integers(min_value=-(1 << 70), max_value=1 << 70),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(["\ud800", "\u2028", "\x00", "é", "\x7f", "</script>"]),
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.lists(inner, max_size=4).map(tuple),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4),
                            st.dictionaries(st.integers(), inner, max_size=2)),
    max_leaves=30,
)


def expected(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


@settings(max_examples=500)
@given(VALUES)
def test_the_bytes_are_those_of_the_standard_library(value: Any) -> None:
    assert json_text.indented(value) == expected(value)


@pytest.mark.parametrize("value", [
    {"findings": [{"rule": "admin-grant", "line": 3, "properties": {"repository": "acme/é"}, "suppressed": False}],
     "grants": [], "summary": {}},
    [1 << 63, (1 << 64) - 1, -(1 << 63)],  # the integers orjson writes itself
])
def test_plain_values_are_written_by_orjson(value: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_text.json, "dumps", None)  # the standard library is not asked
    assert json_text.indented(value) == json.JSONEncoder(indent=2, ensure_ascii=False).encode(value) + "\n"


@pytest.mark.parametrize("value", [{"ttl": 1e-07}, [1 << 64], {"s": "\ud800"}, {1: "a"}])
def test_values_orjson_would_write_otherwise_are_written_by_the_standard_library(value: Any) -> None:
    try:
        alone = orjson.dumps(value, option=orjson.OPT_INDENT_2).decode() + "\n"
    except orjson.JSONEncodeError:
        alone = None
    assert alone != expected(value)  # orjson by itself would be wrong here
    assert json_text.indented(value) == expected(value)
