"""Hostile YAML in place of a spec (issue 8): every case ends in exit 0/1/2 with a clear message, in bounded
time and memory, and names the limit and how to raise it.

The cases are the issue's: a 667-byte alias bomb (nine levels of nine aliases), a 10⁶-leaf bomb, nesting
500 and 30,000 deep (once a RecursionError and a segmentation fault), a 50 MB spec of 60,000 Applications,
200,000 components in one file, and standard input that never ends. Each runs the real CLI, with the real
OPA, as its own process (tests/hostile.py measures it).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint import limits
from oamlint.spec.loader import load_text
from oamlint.spec.prescan import prescan
from tests.conftest import write
from tests.hostile import Measured, run_oamlint

APP = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: app-{i}
spec:
  components:
    - name: api-{i}
      type: webservice
      properties: {{image: registry.example.com/api:{i}}}
      traits:
        - type: git-access
          properties:
            repository: acme/api-{i}
            roles:
              deploy: {{permission: write, teams: [acme/deployers], identity: {{provider: okta, group: deployers}}}}
"""


def nine_by_nine() -> str:
    """The classic "billion laughs": nine levels of nine aliases, 9⁹ = 387,420,489 strings."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]
    return "\n".join(lines) + "\n"


def hostile(tmp_path: Path, name: str, text: str) -> Path:
    return write(tmp_path / name, text)


def only_finding(measured: Measured) -> str:
    """The first line of the one finding the run reports (text format)."""
    assert measured.within_bounds(), measured
    findings = [line for line in measured.stdout.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]
    assert len(findings) == 1, measured.stdout
    return findings[0]


def test_the_667_byte_alias_bomb_is_refused_at_the_alias_that_crosses_the_limit(tmp_path: Path) -> None:
    bomb = hostile(tmp_path, "bomb.yaml", nine_by_nine())
    assert bomb.stat().st_size <= 667
    measured = run_oamlint("check", str(bomb), cwd=tmp_path)
    assert measured.code == 1
    assert only_finding(measured) == (
        "bomb.yaml:5:10: error: Aliases expand to more nodes than the `aliasNodes` limit of 10,000 nodes allows; "
        "the file is not linted. Raise it with `--limit aliasNodes=20000` or `limits: {aliasNodes: 20000}` in "
        ".oamlint.yaml [input-limit]"
    )


def test_a_million_leaf_bomb_is_refused_too(tmp_path: Path) -> None:
    lines = ["b0: &b0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"b{n}: &b{n} [" + ", ".join([f"*b{n - 1}"] * 10) + "]" for n in range(1, 6)]
    hostile(tmp_path, "leaves.yaml", "\n".join(lines) + "\n")
    measured = run_oamlint("check", "leaves.yaml", cwd=tmp_path)
    assert measured.code == 1
    assert only_finding(measured).startswith("leaves.yaml:4:45: error: Aliases expand to more nodes than the "
                                             "`aliasNodes` limit")


@pytest.mark.parametrize(("name", "text", "place"), [
    ("lists-500.yaml", "[" * 500 + "]" * 500 + "\n", "1:101"),
    ("maps-500.yaml", "{a: " * 500 + "x" + "}" * 500 + "\n", "1:401"),
    ("block-500.yaml", "".join(f"{'  ' * n}a:\n" for n in range(500)), "101:201"),
    ("lists-30000.yaml", "[" * 30_000 + "]" * 30_000 + "\n", "1:101"),
    # libyaml rejects these (a colon in a flow value; a stray `]`), so ruamel's pure-Python parser, which recurses
    # in Python, reads them: only after the scan has refused the depth (it crashed with RecursionError before)
    ("pure-600.yaml", "a: {principal: user:alice}\nb: " + "[" * 600 + "1" + "]" * 600 + "\n", "2:103"),
    ("error-after-600.yaml", "a: " + "[" * 600 + "1" + "]" * 600 + "\n---\n]\n", "1:103"),
])
def test_nesting_past_the_limit_is_a_finding_not_a_recursion_error_or_a_crash(
        tmp_path: Path, name: str, text: str, place: str) -> None:
    hostile(tmp_path, name, text)
    measured = run_oamlint("check", name, cwd=tmp_path)
    assert measured.code == 1, measured.stderr
    assert only_finding(measured) == (
        f"{name}:{place}: error: Mappings and lists nest deeper than the `nestingDepth` "
        "limit of 100 levels allows; the file is not linted. Raise it with `--limit nestingDepth=200` or "
        "`limits: {nestingDepth: 200}` in .oamlint.yaml [input-limit]"
    )


def test_a_50_mb_spec_of_60000_applications_is_refused_unread(tmp_path: Path) -> None:
    one = APP.format(i=0)
    count = 60_000
    big = tmp_path / "big.yaml"
    with big.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(APP.format(i=i) + " " * (880 - len(one)) + "\n---\n")
    size = big.stat().st_size
    assert size > 50_000_000
    measured = run_oamlint("check", "big.yaml", cwd=tmp_path)
    assert measured.code == 1
    needed = -(-size // (1 << 20))
    assert only_finding(measured) == (
        f"big.yaml:1:1: error: File exceeds the `fileBytes` limit of 8 MiB (it is {size:,} bytes); it is not linted. "
        f"Raise it with `--limit fileBytes={needed}MiB` or `limits: {{fileBytes: {needed}MiB}}` in .oamlint.yaml "
        "[input-limit]"
    )
    streamed = run_oamlint("check", "-", cwd=tmp_path, stdin=big.open("rb"))
    assert (streamed.code, streamed.stdout) == (2, "")
    assert streamed.stderr == (
        "oamlint: error: Standard input exceeds the `streamBytes` limit of 8 MiB\n"
        "hint: raise it with `--limit streamBytes=16MiB` or `limits: {streamBytes: 16MiB}` in .oamlint.yaml\n"
    )


def test_60000_small_applications_in_one_file_cross_the_documents_limit(tmp_path: Path) -> None:
    doc = "apiVersion: core.oam.dev/v1beta1\nkind: Application\nmetadata: {name: a}\n"
    hostile(tmp_path, "many.yaml", "---\n".join([doc] * 60_000))
    measured = run_oamlint("check", "many.yaml", cwd=tmp_path)
    assert measured.code == 1
    assert only_finding(measured).startswith(
        "many.yaml:8000:1: error: The file holds more documents than the `documentsPerFile` limit of 2,000 documents")


def test_200000_components_in_one_file_cross_the_nodes_limit(tmp_path: Path) -> None:
    head = "apiVersion: core.oam.dev/v1beta1\nkind: Application\nmetadata: {name: big}\nspec:\n  components:\n"
    hostile(tmp_path, "wide.yaml", head + "".join(f"    - {{name: c{i}, type: webservice}}\n" for i in range(200_000)))
    measured = run_oamlint("check", "wide.yaml", cwd=tmp_path)
    assert measured.code == 1
    assert only_finding(measured) == (
        "wide.yaml:5003:14: error: The file holds more nodes (mappings, lists and scalars) than the `nodesPerFile` "
        "limit of 25,000 nodes allows; the file is not linted. Raise it with `--limit nodesPerFile=50000` or "
        "`limits: {nodesPerFile: 50000}` in .oamlint.yaml [input-limit]"
    )


def test_standard_input_from_dev_zero_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        measured = run_oamlint("check", "-", cwd=tmp_path, stdin=zero)
    assert measured.within_bounds()
    assert (measured.code, measured.stderr.splitlines()[0]) == (
        2, "oamlint: error: Standard input exceeds the `streamBytes` limit of 8 MiB")


def test_an_export_that_is_a_device_or_too_large_is_refused_unread(tmp_path: Path) -> None:
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    write(tmp_path / "app.yaml", APP.format(i=1))
    device = run_oamlint("check", "app.yaml", "--export", "zero.json", cwd=tmp_path)
    assert (device.code, device.stderr) == (
        2, "oamlint: error: the export zero.json is a character device, not a regular file\nhint: pass a regular file\n")
    (tmp_path / "huge.json").write_bytes(b" " * (3 << 20))
    huge = run_oamlint("check", "app.yaml", "--export", "huge.json", "--limit", "exportBytes=2MiB", cwd=tmp_path)
    assert (huge.code, huge.stderr) == (2, (
        "oamlint: error: the export huge.json exceeds the `exportBytes` limit of 2 MiB (it is 3,145,728 bytes)\n"
        "hint: raise it with `--limit exportBytes=4MiB` or `limits: {exportBytes: 4MiB}` in .oamlint.yaml\n"))
    assert device.within_bounds() and huge.within_bounds()


# The scan itself, in-process: where it stops and what it counts.

def test_an_alias_to_a_node_that_contains_it_is_a_syntax_finding_not_an_infinite_document() -> None:
    loaded = load_text("a: &a [1, *a]\n", "loop.yaml")
    assert [(v.rule, v.span.line, v.span.column, v.message) for v in loaded.violations] == [(
        "yaml-syntax", 1, 11,
        "Alias `*a` refers to a node that contains it, so the document would be infinite; write the values out instead",
    )]


def test_an_alias_counts_its_anchor_s_depth_where_it_is_used() -> None:
    """Forty levels anchored, used forty levels down, is eighty: within 100, and over 60."""
    deep = "{a: " * 39 + "x" + "}" * 39
    text = f"base: &deep {deep}\nuse:\n" + "".join(f"{'  ' * (n + 1)}k:\n" for n in range(40)) + "  " * 41 + "- *deep\n"
    assert prescan(text) is None
    with limits.applied(["nestingDepth=60"]):
        excess = prescan(text)
    assert excess is not None and excess.limit == "nestingDepth"
    assert excess.message == "Alias `*deep` nests mappings and lists deeper than the `nestingDepth` limit of 60 levels allows"


@pytest.mark.parametrize(("name", "text", "at_limit"), [
    ("nodesPerFile", "[a, b, c, d, e, f]\n", 7),  # the list and six scalars
    ("documentsPerFile", "a\n---\nb\n---\nc\n", 3),
    ("nestingDepth", "[[[[x]]]]\n", 4),
    ("aliasNodes", "- &x [a, b]\n- *x\n- *x\n", 6),  # each alias stands for three nodes
])
def test_each_limit_allows_exactly_its_value(name: str, text: str, at_limit: int) -> None:
    with limits.applied([f"{name}={at_limit}"]):
        assert prescan(text) is None
    with limits.applied([f"{name}={at_limit - 1}"]):
        excess = prescan(text)
    assert excess is not None and excess.limit == name


def test_anchors_do_not_reach_into_the_next_document() -> None:
    loaded = load_text("a: &x [1]\n---\nb: *x\n", "two.yaml")
    assert [(v.rule, v.span.line) for v in loaded.violations] == [("yaml-syntax", 3)]
    assert "undefined alias" in loaded.violations[0].message


def test_text_that_only_the_pure_python_parser_accepts_is_scanned_by_it() -> None:
    """libyaml rejects `user:alice` inside a flow mapping; the fallback parser would recurse without the scan."""
    text = "{principal: user:alice, x: " + "[" * 3000 + "]" * 3000 + "}\n"
    loaded = load_text(text, "flow.yaml")
    assert [(v.rule, v.properties) for v in loaded.violations] == [("input-limit", {"limit": "nestingDepth"})]


def test_a_file_libyaml_rejects_is_read_again_only_within_pure_parser_bytes() -> None:
    """The pure-Python parser takes seconds per MiB: a large file keeps libyaml's verdict, and the message says so."""
    text = "- {principal: user:alice}\n"
    assert load_text(text, "small.yaml").violations == []
    with limits.applied([f"pureParserBytes={len(text) - 1}"]):
        loaded = load_text(text, "large.yaml")
    assert [(v.rule, v.span.line, v.span.column, v.message) for v in loaded.violations] == [(
        "yaml-syntax", 1, 19,
        "YAML syntax error: found unexpected ':' (while scanning a plain scalar). Only libyaml read this file: it "
        "exceeds the `pureParserBytes` limit of 25 bytes, so the YAML 1.2 parser, which accepts some files libyaml "
        "rejects, did not; raise it with `--limit pureParserBytes=1MiB` or `limits: {pureParserBytes: 1MiB}` in "
        ".oamlint.yaml",
    )]


def test_a_document_nested_to_the_limit_goes_through_schema_and_opa(
        tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    """The default depth is safe for every later step: the builder, the source map, jsonschema and OPA."""
    nested = "[" * 80 + "]" * 80
    spec = APP.format(i=7).replace("teams: [acme/deployers]", f"teams: [acme/deployers, {nested}]")
    spec = spec.replace("properties: {image:", f"properties: {{deep: {nested}, image:")
    write(tmp_path / "deep.yaml", spec)
    result = run_cli("check", str(tmp_path / "deep.yaml"), "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert '"rule": "schema"' in result.stdout and "input-limit" not in result.stdout


def test_a_raised_limit_lets_the_file_be_linted(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    write(tmp_path / "deep.yaml", APP.format(i=3).replace("{image:", "{deep: " + "[" * 120 + "]" * 120 + ", image:"))
    refused = run_cli("check", str(tmp_path / "deep.yaml"))
    assert (refused.exit_code, "[input-limit]" in refused.stdout) == (1, True)
    flagged = run_cli("check", str(tmp_path / "deep.yaml"), "--limit", "nestingDepth=150")
    assert (flagged.exit_code, flagged.stdout.splitlines()[-1]) == (0, "Checked 1 file (1 OAM document): no problems found.")


def test_the_flag_wins_over_the_config_file_which_wins_over_the_default(
        tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".oamlint.yaml", "limits: {nestingDepth: 150}\n")
    write(tmp_path / "deep.yaml", APP.format(i=3).replace("{image:", "{deep: " + "[" * 120 + "]" * 120 + ", image:"))
    assert "[input-limit]" not in run_cli("check", "deep.yaml").stdout
    pinned = run_cli("check", "deep.yaml", "--limit", "nestingDepth=110")
    assert "the `nestingDepth` limit of 110 levels allows" in pinned.stdout


def test_a_config_file_that_is_a_bomb_is_exit_2_naming_the_limit(
        tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".oamlint.yaml", nine_by_nine())
    result = run_cli("check", ".")
    assert (result.exit_code, result.stderr) == (2, (
        "oamlint: error: .oamlint.yaml:5:10: Aliases expand to more nodes than the `aliasNodes` limit of 10,000 "
        "nodes allows\nhint: raise it with `--limit aliasNodes=20000` or `limits: {aliasNodes: 20000}` in .oamlint.yaml\n"))


def test_the_hostile_runs_leave_no_opa_behind(tmp_path: Path) -> None:
    """The 30,000-deep file once crashed oamlint and left its OPA running; now the run ends normally."""
    hostile(tmp_path, "deep.yaml", "[" * 30_000 + "]" * 30_000 + "\n")
    measured = run_oamlint("check", "deep.yaml", cwd=tmp_path)
    assert (measured.code, measured.left_running) == (1, [])


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_a_lone_surrogate_is_written_as_its_escape_not_a_crash(tmp_path: Path, output_format: str) -> None:
    """A YAML `"\\ud800"` escape gives a string UTF-8 cannot hold. In the envelope for OPA and in reports it is
    written as the escape `\\ud800` (valid JSON, read back as the same string); it crashed both before."""
    hostile(tmp_path, "app.yaml", 'apiVersion: core.oam.dev/v1beta1\nkind: Application\n'
                                  'metadata: {name: "x\\ud800"}\nspec: {components: []}\n')
    hostile(tmp_path, "keys.yaml", '"k\\ud800": 1\n"k\\ud800": 2\n')
    measured = run_oamlint("check", ".", "--format", output_format, "--output", "report", cwd=tmp_path)
    to_stdout = run_oamlint("check", ".", cwd=tmp_path)
    assert (measured.code, to_stdout.code) == (1, 1), measured.stderr + to_stdout.stderr
    assert "Key `k\\ud800` appears twice" in to_stdout.stdout
    report = (tmp_path / "report").read_text(encoding="utf-8")
    if output_format == "text":
        assert "Key `k\\ud800` appears twice" in report
    else:
        assert "Key `k\ud800` appears twice" in json.dumps(json.loads(report), ensure_ascii=False)


@pytest.mark.skipif(sys.platform != "linux", reason="a file name that is not UTF-8 needs a Linux file system")
@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_a_file_name_that_is_not_utf8_is_reported_by_its_bytes(tmp_path: Path, output_format: str) -> None:
    """A file name from the file system that is not UTF-8 (`p\\xff.yaml`): the JSON and SARIF reports give its URI
    with the byte percent-encoded (`p%FF.yaml`); they crashed (exit 3, no report written)."""
    hostile(tmp_path, "p\udcff.yaml", "apiVersion: core.oam.dev/v1beta1\nkind: Application\nmetadata: {name: p}\n"
            "spec: {components: [{name: c, type: webservice, traits: [{type: git-access, properties: "
            "{repository: acme/p, roles: {deploy: {permission: admin, teams: [acme/ops]}}}}]}]}\n")
    measured = run_oamlint("check", ".", "--format", output_format, "--output", "report", cwd=tmp_path)
    assert measured.code == 1, measured.stderr
    report = json.loads((tmp_path / "report").read_text(encoding="utf-8"))
    if output_format == "sarif":
        [uri] = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in report["runs"][0]["results"]}
    else:
        [uri] = {f["uri"] for f in report["findings"]}
    assert uri == "p%FF.yaml"
