"""Named limits: defaults, `.oamlint.yaml` and `--limit` overrides, and the bounded readers."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from oamlint import limits
from oamlint.config import load_config
from oamlint.errors import FatalError
from tests.conftest import write
from tests.hostile import run_oamlint


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_limit_has_its_default_until_something_overrides_it() -> None:
    assert limits.current() == limits.DEFAULTS
    assert {name: limits.current()[name] for name in limits.BY_NAME} == {
        "fileBytes": 8 * 1024 * 1024, "streamBytes": 8 * 1024 * 1024, "documentsPerFile": 2000, "nodesPerFile": 25_000,
        "nestingDepth": 100,
        "aliasNodes": 10_000, "pureParserBytes": 1024 * 1024, "backupEntryBytes": 256 * 1024 * 1024, "backupExpansionRatio": 200,
        "tableRows": 1_000_000, "exportBytes": 128 * 1024 * 1024, "environmentNodes": 40_000,
    }


@pytest.mark.parametrize(("value", "expected"), [
    (5, 5), ("5", 5), ("1_000", 1000), ("16MiB", 16 << 20), ("512 KiB", 512 << 10), ("1GiB", 1 << 30),
])
def test_values_are_whole_numbers_or_binary_sizes(value: object, expected: int) -> None:
    assert limits.parse_value("fileBytes", value, "limits") == expected


@pytest.mark.parametrize("value", [0, -1, "1.5", "16MB", True, None, [1], "lots"])
def test_a_value_that_is_not_a_positive_size_is_refused_with_the_limit_named(value: object) -> None:
    with pytest.raises(FatalError) as raised:
        limits.parse_value("fileBytes", value, "--limit")
    assert raised.value.message.startswith("--limit: limit `fileBytes` must be a positive whole number (or a size")


def test_a_size_suffix_is_only_for_byte_limits() -> None:
    with pytest.raises(FatalError, match="`nestingDepth` must be a positive whole number, got `1KiB`"):
        limits.parse_value("nestingDepth", "1KiB", "limits")


def test_flags_override_the_config_and_the_config_overrides_the_defaults() -> None:
    with limits.applied(["fileBytes=1MiB"]):
        configured = limits.configure({"fileBytes": "2MiB", "nestingDepth": 20})
        assert (configured["fileBytes"], configured["nestingDepth"]) == (1 << 20, 20)
        assert limits.current() is configured
    assert limits.current() == limits.DEFAULTS


def test_a_malformed_or_unknown_flag_is_a_usage_error_with_a_suggestion() -> None:
    with pytest.raises(FatalError, match=r"--limit `fileBytes`: expected NAME=VALUE"):
        with limits.applied(["fileBytes"]):
            pass
    with pytest.raises(FatalError, match=r"--limit: unknown limit `fileByte`; did you mean `fileBytes`\?"):
        with limits.applied(["fileByte=3"]):
            pass


def test_the_config_file_names_a_bad_limit_at_its_line(in_tmp: Path) -> None:
    write(in_tmp / ".oamlint.yaml", "limits:\n  fileBytes: 16MB\n  depth: 3\n  nestingDepth: 250.5\n  aliasNodes: 60000\n"
                                          "  nodesPerFile: true\n")
    with pytest.raises(FatalError) as raised:
        load_config(None)
    assert raised.value.message.splitlines() == [  # one line each, saying what that limit accepts
        ".oamlint.yaml:2:14: limit `fileBytes` must be a positive whole number (or a size such as `16MiB`), got `16MB`",
        ".oamlint.yaml:3:3: unknown limit `depth`",
        ".oamlint.yaml:4:17: limit `nestingDepth` must be a positive whole number, got `250.5`",
        ".oamlint.yaml:5:15: limit `aliasNodes` may be at most 50,000 nodes (more would let one file crash oamlint or "
        "take more than about 1 GiB), got `60000`",
        ".oamlint.yaml:6:17: limit `nodesPerFile` must be a positive whole number, got `true`",
    ]


def test_the_config_file_may_raise_a_limit(in_tmp: Path) -> None:
    write(in_tmp / ".oamlint.yaml", "limits: {fileBytes: 16MiB, aliasNodes: 5}\n")
    assert load_config(None).data["limits"] == {"fileBytes": "16MiB", "aliasNodes": 5}


def test_a_message_names_the_limit_and_how_to_raise_it() -> None:
    assert limits.exceeded("fileBytes", "The file", "it is 9,437,184 bytes", 9 << 20) == (
        "The file exceeds the `fileBytes` limit of 8 MiB (it is 9,437,184 bytes); "
        "raise it with `--limit fileBytes=16MiB` or `limits: {fileBytes: 16MiB}` in .oamlint.yaml"
    )
    assert limits.raise_hint("fileBytes", 40 << 20 | 1).startswith("raise it with `--limit fileBytes=41MiB`")
    assert limits.raise_hint("nestingDepth") == (
        "raise it with `--limit nestingDepth=200` or `limits: {nestingDepth: 200}` in .oamlint.yaml")


def test_a_regular_file_is_read_whole_up_to_the_limit(tmp_path: Path) -> None:
    (tmp_path / "ok").write_bytes(b"x" * 100)
    with limits.applied(["exportBytes=100"]):
        assert limits.read_regular(tmp_path / "ok", "exportBytes") == b"x" * 100
    with limits.applied(["exportBytes=99"]), pytest.raises(limits.TooLarge) as raised:
        limits.read_regular(tmp_path / "ok", "exportBytes")
    assert (raised.value.name, raised.value.size) == ("exportBytes", 100)


def test_a_device_is_never_read_even_behind_a_symlink(tmp_path: Path) -> None:
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    with pytest.raises(limits.NotRegular) as raised:
        limits.read_regular(tmp_path / "zero.json", "exportBytes")
    assert raised.value.kind == "a character device"


def test_a_fifo_without_a_writer_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    started = time.monotonic()
    with pytest.raises(limits.NotRegular) as raised:
        limits.read_regular(tmp_path / "pipe.json", "exportBytes")
    assert raised.value.kind == "a FIFO (named pipe)"
    assert time.monotonic() - started < 5


def test_a_socket_is_named_as_one(tmp_path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "s.json"))
    try:
        with pytest.raises(limits.NotRegular, match="is a socket"):
            limits.read_regular(tmp_path / "s.json", "exportBytes")
    finally:
        server.close()


class Counting(io.RawIOBase):
    """/dev/zero, counting what is read from it."""

    def __init__(self) -> None:
        self.zero = open("/dev/zero", "rb", buffering=0)  # noqa: SIM115 - closed by close()
        self.total = 0

    def readinto(self, buffer: Any) -> int:
        count = self.zero.readinto(buffer) or 0
        self.total += count
        return count

    def close(self) -> None:
        self.zero.close()
        super().close()


def test_a_stream_that_never_ends_costs_only_the_limit() -> None:
    with Counting() as zero, limits.applied(["streamBytes=3MiB"]):
        with pytest.raises(limits.TooLarge) as raised:
            limits.read_stream(zero, "streamBytes")  # type: ignore[arg-type]
        assert (raised.value.name, raised.value.size) == ("streamBytes", None)
        assert zero.total == (3 << 20) + 1


def test_read_bounded_turns_every_failure_into_exit_2_naming_the_input(tmp_path: Path) -> None:
    (tmp_path / "big.json").write_bytes(b"1" * 2048)
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    with limits.applied(["exportBytes=1KiB"]):
        with pytest.raises(FatalError) as too_large:
            limits.read_bounded(tmp_path / "big.json", "exportBytes", "the export `big.json`")
        with pytest.raises(FatalError) as device:
            limits.read_bounded(tmp_path / "zero.json", "exportBytes", "the export `zero.json`")
        with pytest.raises(FatalError) as missing:
            limits.read_bounded(tmp_path / "none.json", "exportBytes", "the export `none.json`")
    assert (too_large.value.message, too_large.value.hint) == (
        "the export `big.json` exceeds the `exportBytes` limit of 1 KiB (it is 2,048 bytes)",
        "raise it with `--limit exportBytes=1MiB` or `limits: {exportBytes: 1MiB}` in .oamlint.yaml",
    )
    assert device.value.message == "the export `zero.json` is a character device, not a regular file"
    assert missing.value.message == "cannot read the export `none.json`: No such file or directory"


def test_an_unknown_limit_flag_exits_2_before_anything_runs(run_cli: Callable[..., Result]) -> None:
    result = run_cli("check", "--limit", "nesting=3", "examples")
    assert result.exit_code == 2
    assert result.stderr.startswith("oamlint: error: --limit: unknown limit `nesting`; did you mean `nestingDepth`?\n"
                                 "hint: limits: `fileBytes` (8 MiB), `streamBytes` (8 MiB), `documentsPerFile` (2,000 documents)")


def test_python_can_import_limits_without_the_rest_of_oamlint() -> None:
    """limits.py is a leaf the Gogs and spec readers share: importing it pulls in no YAML or HTTP library."""
    code = "import sys, oamlint.limits; print(sorted(m for m in ('ruamel.yaml', 'requests', 'jsonschema') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_a_baseline_that_is_a_device_too_large_or_too_deep_is_exit_2(
        tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    """`--baseline FILE` comes from the repository under review like the specs do."""
    spec = write(tmp_path / "app.yaml", "kind: NotOam\n")
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    (tmp_path / "big.json").write_bytes(b" " * 2048)
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    device = run_cli("check", str(spec), "--baseline", str(tmp_path / "zero.json"))
    big = run_cli("check", str(spec), "--baseline", str(tmp_path / "big.json"), "--limit", "fileBytes=1KiB")
    deep = run_cli("check", str(spec), "--baseline", str(tmp_path / "deep.json"))
    assert [result.exit_code for result in (device, big, deep)] == [2, 2, 2]
    assert device.stderr.startswith(
        f"oamlint: error: cannot read baseline `{tmp_path / 'zero.json'}`: is a character device, not a regular file\n")
    assert big.stderr == (
        f"oamlint: error: baseline `{tmp_path / 'big.json'}` exceeds the `fileBytes` limit of 1 KiB (it is 2,048 bytes)\n"
        "hint: raise it with `--limit fileBytes=1MiB` or `limits: {fileBytes: 1MiB}` in .oamlint.yaml\n")
    assert deep.stderr.startswith(f"oamlint: error: cannot read baseline `{tmp_path / 'deep.json'}`: maximum recursion")


@pytest.mark.parametrize("where", ["--limit", "limits"])
def test_a_limit_cannot_be_raised_past_its_ceiling(where: str) -> None:
    """A pull request's `.oamlint.yaml` sets `limits:`: past 500 levels a document crashed the run (Python's
    recursion limit), past 25,000 libyaml's composer crashed the process, instead of an `input-limit` finding."""
    assert limits.parse_value("nestingDepth", 250, where) == 250
    with pytest.raises(FatalError) as raised:
        limits.parse_value("nestingDepth", "100000", where)
    assert (raised.value.message, raised.value.hint) == (
        f"{where}: limit `nestingDepth` may be at most 250 levels (more would let one file crash oamlint or take more "
        "than about 1 GiB), got `100000`",
        "set it to 250 or less",
    )
    for name, ceiling in (("documentsPerFile", 20_000), ("nodesPerFile", 50_000), ("aliasNodes", 50_000),
                          ("environmentNodes", 40_000)):
        assert limits.parse_value(name, ceiling, where) == ceiling
        with pytest.raises(FatalError, match=f"limit `{name}` may be at most {ceiling:,}"):
            limits.parse_value(name, ceiling + 1, where)


def test_the_hint_never_suggests_more_than_the_ceiling() -> None:
    with limits.applied(["nodesPerFile=40000"]):
        assert limits.raise_hint("nodesPerFile") == (
            "raise it with `--limit nodesPerFile=50000` or `limits: {nodesPerFile: 50000}` in .oamlint.yaml")
    with limits.applied(["nodesPerFile=50000"]):
        assert limits.raise_hint("nodesPerFile") == "`nodesPerFile` is at its ceiling of 50,000 nodes: split the file instead"


def test_an_alias_bomb_with_the_node_limits_at_their_ceilings_is_refused(tmp_path: Path) -> None:
    """With both node limits raised to 10⁹ (which a pull request's .oamlint.yaml could do), the 9⁹ bomb ran out of memory."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]
    write(tmp_path / "bomb.yaml", "\n".join(lines) + "\n")
    write(tmp_path / ".oamlint.yaml", "limits: {aliasNodes: 50000, nodesPerFile: 50000}\n")
    measured = run_oamlint("check", "bomb.yaml", cwd=tmp_path)
    assert measured.code == 1 and measured.within_bounds(), measured
    assert "`aliasNodes` is at its ceiling of 50,000 nodes: split the file instead [input-limit]" in measured.stdout


@pytest.mark.parametrize("nested", [
    lambda n: "a: " + "[" * (n - 1) + "]" * (n - 1) + "\n",  # a mapping, then flow lists: n levels
    lambda n: "".join("  " * i + f"k{i}:\n" for i in range(n - 1)) + "  " * (n - 1) + "k: v\n",  # n block mappings
], ids=["lists", "mappings"])
def test_a_document_as_deep_as_the_ceiling_is_linted_without_a_crash(
        tmp_path: Path, run_cli: Callable[..., Result], nested: Callable[[int], str]) -> None:
    ceiling = limits.BY_NAME["nestingDepth"].ceiling
    assert ceiling is not None
    spec = write(tmp_path / "deep.yaml", nested(ceiling))
    at = run_cli("check", str(spec), "--limit", f"nestingDepth={ceiling}", "--format", "json")
    over = run_cli("check", str(spec), "--limit", f"nestingDepth={ceiling - 1}", "--format", "json")
    assert at.exit_code == 0, at.stderr
    assert over.exit_code == 1 and '"rule": "input-limit"' in over.stdout


def environments_file(steps: int, components: int) -> str:
    """An Application of `components` components (one with an admin grant) and `steps` deploy steps, each with an
    inline override of its own: `steps` environments, each a copy of the whole document."""
    lines = ["apiVersion: core.oam.dev/v1beta1", "kind: Application", "metadata: {name: many}", "spec:", "  components:",
             "    - name: c0", "      type: webservice", "      traits:", "        - type: git-access",
             "          properties: {repository: acme/c0, roles: {deploy: {permission: admin, teams: [acme/ops]}}}"]
    lines += [f"    - {{name: c{c}, type: webservice, properties: {{image: x}}}}" for c in range(1, components)]
    lines += ["  workflow:", "    steps:"]
    lines += [f"      - {{type: deploy, name: s{s}, properties: {{inlinePolicies: [{{type: override, properties: "
              f"{{components: [{{name: c0, properties: {{image: s{s}}}}}]}}}}]}}}}" for s in range(steps)]
    return "\n".join(lines) + "\n"


def test_an_application_whose_environments_hold_too_many_nodes_is_linted_as_written(tmp_path: Path) -> None:
    """Found by a tester: N deploy steps with inline overrides over N components cost N² nodes (400 × 400, a 65 KB
    file: 21 s and 3.3 GB). Past `environmentNodes` the Application is linted as written, with an `input-limit`
    error at its workflow; within it, per environment."""
    write(tmp_path / "many.yaml", environments_file(400, 400))
    measured = run_oamlint("check", "many.yaml", "--select", "admin-grant", cwd=tmp_path)
    assert measured.code == 1 and measured.within_bounds(), measured
    assert "many.yaml:10:74: error: Role `deploy` grants `admin` on `acme/c0` to `team:acme/ops` [admin-grant]" \
        in measured.stdout  # as written: no environments named
    assert ("many.yaml:410:3: error: What the environments of this Application hold exceeds the `environmentNodes` "
            "limit of 40,000 nodes: each is the whole Application with its overrides applied, so they are not linted, "
            "only the Application as written; `environmentNodes` is at its ceiling of 40,000 nodes: split the file "
            "instead [input-limit]") in measured.stdout
    write(tmp_path / "few.yaml", environments_file(3, 10))
    few = run_oamlint("check", "few.yaml", "--select", "admin-grant", cwd=tmp_path)
    assert few.code == 1 and "input-limit" not in few.stdout, few
    from oamlint.spec import environments
    from oamlint.spec.loader import load_file

    expanded, problems = environments.expand_all(load_file(str(tmp_path / "few.yaml")).documents)
    assert [doc.id.partition("@")[2] for doc in expanded] == ["1:s0", "2:s1", "3:s2"]
    assert {problem.rule for problem in problems} == {"unmodelled-workflow"}  # inline policies (KubeVela drops them)


def one_role(users: int, steps: int = 0) -> str:
    """An Application whose one role grants `admin` to `users` users (a finding each), deployed by `steps` steps with
    an inline override each (`steps` environments, every one a copy of the role)."""
    lines = ["apiVersion: core.oam.dev/v1beta1", "kind: Application", "metadata: {name: big}", "spec:", "  components:",
             "    - name: c0", "      type: webservice", "      traits:", "        - type: git-access",
             "          properties:", "            repository: acme/c0", "            roles:", "              deploy:",
             "                permission: admin", "                users:"]
    lines += [f"                  - u{u}" for u in range(users)]
    if steps:
        lines += ["  workflow:", "    steps:"]
        lines += [f"      - {{type: deploy, name: s{s}, properties: {{inlinePolicies: [{{type: override, properties: "
                  "{}}]}}" for s in range(steps)]
    return "\n".join(lines) + "\n"


def test_the_worst_application_within_environment_nodes_ends_within_bounds(tmp_path: Path) -> None:
    """Every node a finding, in every environment: one role of 1,800 users in 20 environments, 39,620 nodes, just
    within `environmentNodes` (5.6 s and 753 MiB measured). Each finding carried all 1,800 principals before
    (`rolePrincipals`): a role of 1,300 users in 30 environments took 25 s."""
    write(tmp_path / "role.yaml", one_role(1_800, steps=20))
    measured = run_oamlint("check", "role.yaml", "--ignore", "unmodelled-workflow", cwd=tmp_path)
    assert measured.code == 1 and measured.within_bounds(), measured
    assert "input-limit" not in measured.stdout and "1800 errors" in measured.stdout


def test_one_role_of_as_many_users_as_nodes_per_file_allows_ends_within_bounds(tmp_path: Path) -> None:
    """A finding per user, and each carried all the role's principals (`rolePrincipals`): a role of 5,000 users took
    12.3 s and 4.9 GB, so one of 24,000 (within `nodesPerFile`) would have run out of memory. 3.9 s and 578 MiB now."""
    write(tmp_path / "role.yaml", one_role(24_000))
    measured = run_oamlint("check", "role.yaml", "--select", "admin-grant", cwd=tmp_path)
    assert measured.code == 1 and measured.within_bounds(), measured
    assert "24000 errors" in measured.stdout


def nameless_patch(components: int, properties: int, name: str = "x") -> str:
    """An Application of `components` components and one override patch without a `name` (so KubeVela merges it into
    every component) of `properties` properties, applied by one deploy step."""
    lines = ["apiVersion: core.oam.dev/v1beta1", "kind: Application", f"metadata: {{name: {name}}}", "spec:",
             "  components:", *(f"    - {{name: c{i}, type: webservice}}" for i in range(components)),
             "  policies:", "    - name: o", "      type: override", "      properties:", "        components:",
             "          - properties:", *(f"              k{k}: v" for k in range(properties)),
             "  workflow:", "    steps:", "      - {type: deploy, name: p, properties: {policies: [o]}}"]
    return "\n".join(lines) + "\n"


def test_environment_nodes_count_each_environment_as_opa_reads_it(tmp_path: Path) -> None:
    """Found by a tester: one nameless patch is merged into every component, so 200 components and a patch of 2,000
    properties (52 KB, one environment) sent 400,000 nodes to OPA (2.9 GB). The budget counts the environment as
    built, and each merge."""
    write(tmp_path / "patch.yaml", nameless_patch(200, 2_000))
    measured = run_oamlint("check", "patch.yaml", cwd=tmp_path)
    assert measured.code == 1 and measured.within_bounds(), measured
    assert "What the environments of this Application hold exceeds the `environmentNodes` limit" in measured.stdout


def test_environment_nodes_are_a_budget_for_the_whole_file(tmp_path: Path) -> None:
    """Found by a tester: per Application, one file of 11 Applications held 11 times the bound (5.0 GB). Two
    Applications of ~21,500 environment nodes each (merges included): in one file the second is linted as written;
    apart, neither."""
    write(tmp_path / "one" / "both.yaml", nameless_patch(70, 150, "a") + "---\n" + nameless_patch(70, 150, "b"))
    write(tmp_path / "two" / "a.yaml", nameless_patch(70, 150, "a"))
    write(tmp_path / "two" / "b.yaml", nameless_patch(70, 150, "b"))
    together = run_oamlint("check", "one", "--select", "input-limit", cwd=tmp_path)
    apart = run_oamlint("check", "two", "--select", "input-limit", cwd=tmp_path)
    assert (together.code, apart.code) == (1, 0), (together, apart)
    assert together.stdout.count("[input-limit]") == 1
    assert "this Application and of those before it in the file hold exceeds" in together.stdout
