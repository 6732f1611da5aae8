"""Waivers and inline ignores, over real OPA runs of the `admin-grant` rule."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from oamlint.ignores import InlineIgnore, inline_ignores
from tests.conftest import assert_valid_sarif, write

APP = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: payments
spec:
  components:
    - name: payments-api
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/payments-api
            roles:
              deploy:
                permission: admin{comment}
                teams: [acme/deployers]
"""
ADMIN_LINE = 15
NOW = "2026-11-25T00:00:00Z"
ONLY = ("--select", "admin-grant", "--select", "waivers", "--now", NOW)


def waiver(expires: str = "2027-01-31", **match: str) -> str:
    given = match or {"repository": "acme/payments-api", "principal": "team:acme/deployers"}
    lines = "".join(f"      {key}: '{value}'\n" for key, value in given.items())
    return (
        "  - rule: admin-grant\n"
        f"    match:\n{lines}"
        "    reason: migration to the deploy bot, SEC-1234\n"
        "    owner: security@example.com\n"
        f"    expires: {expires}\n"
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """A project with one admin grant; `project(waivers=[…], comment=…)` writes the files."""
    monkeypatch.chdir(tmp_path)

    def make(waivers: tuple[str, ...] = (), comment: str = "", app: str = APP) -> Path:
        write(tmp_path / "apps" / "payments.yaml", app.format(comment=comment))
        write(tmp_path / ".oamlint.yaml", "waivers:\n" + "".join(waivers) if waivers else "roles: {deploy: write}\n")
        return tmp_path

    return make


def findings(result: Result) -> list[dict[str, Any]]:
    return list(json.loads(result.stdout)["findings"])


def brief(result: Result) -> list[tuple[str, str, int, int, bool]]:
    return [(f["rule"], f["file"], f["line"], f["column"], f["suppressed"]) for f in findings(result)]


def test_a_waived_finding_is_kept_as_suppressed_and_does_not_fail_the_run(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(waivers=(waiver(),))
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert result.exit_code == 0
    assert brief(result) == [("admin-grant", "apps/payments.yaml", ADMIN_LINE, 29, True)]
    assert json.loads(result.stdout)["summary"]["error"] == 0


def test_a_waived_finding_carries_its_justification_in_sarif(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(waivers=(waiver(),))
    result = run_cli("check", ".", "--format", "sarif", *ONLY)
    assert result.exit_code == 0
    log: Any = assert_valid_sarif(result.stdout)
    [admin] = [r for r in log["runs"][0]["results"] if r["ruleId"] == "admin-grant"]
    assert admin["suppressions"] == [{
        "kind": "external",
        "justification": "migration to the deploy bot, SEC-1234 (owner security@example.com, expires 2027-01-31)",
    }]


def test_text_hides_waived_findings_unless_asked(project: Callable[..., Path], run_cli: Callable[..., Result]) -> None:
    project(waivers=(waiver(),))
    assert run_cli("check", ".", *ONLY).stdout == "Checked 1 file (1 OAM document): 1 suppressed.\n"
    shown = run_cli("check", ".", "--show-suppressed", *ONLY)
    assert shown.exit_code == 0
    assert shown.stdout.splitlines()[0] == (
        f"apps/payments.yaml:{ADMIN_LINE}:29: error (suppressed): Role `deploy` grants `admin` on "
        "`acme/payments-api` to `team:acme/deployers` [admin-grant]"
    )
    assert "  waived: migration to the deploy bot, SEC-1234 (owner security@example.com, expires 2027-01-31)" in (
        shown.stdout.splitlines()
    )


@pytest.mark.parametrize("match", [
    {"repository": "acme/payments-api"},
    {"component": "payments-api"},
    {"principal": "team:acme/deployers"},
    {"file": "apps/*.yaml"},
    {"file": "*/payments.yaml", "repository": "acme/payments-api"},
])
def test_every_key_of_match_must_equal_the_findings_property(
    project: Callable[..., Path], run_cli: Callable[..., Result], match: dict[str, str]
) -> None:
    project(waivers=(waiver(**match),))
    assert brief(run_cli("check", ".", "--format", "json", *ONLY)) == [
        ("admin-grant", "apps/payments.yaml", ADMIN_LINE, 29, True),
    ]


@pytest.mark.parametrize("match", [
    {"repository": "acme/billing"},
    {"principal": "user:alice"},
    {"file": "legacy/*.yaml"},
    {"repository": "acme/payments-api", "component": "billing-api"},
])
def test_a_waiver_that_matches_nothing_is_unused(
    project: Callable[..., Path], run_cli: Callable[..., Result], match: dict[str, str]
) -> None:
    project(waivers=(waiver(**match),))
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert result.exit_code == 1
    assert brief(result) == [
        ("unused-waiver", ".oamlint.yaml", 2, 5, False),
        ("admin-grant", "apps/payments.yaml", ADMIN_LINE, 29, False),
    ]
    described = ", ".join(f"{key} `{value}`" for key, value in sorted(
        match.items(), key=lambda item: ["repository", "principal", "component", "file"].index(item[0])
    ))
    assert findings(result)[0]["message"] == f"Waiver of `admin-grant` for {described} matches no finding"
    assert findings(result)[0]["level"] == "warning"


def test_unused_waiver_is_not_reported_when_only_some_files_are_linted(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    root = project(waivers=(waiver(repository="acme/billing"),))  # billing may be declared in a file not linted now
    write(root / "apps" / "billing.yaml", APP.format(comment="").replace("payments", "billing"))
    result = run_cli("check", "apps/payments.yaml", "--format", "json", *ONLY)
    assert [f["rule"] for f in findings(result)] == ["admin-grant"]


def test_unused_waiver_is_reported_on_a_partial_run_of_the_config_and_its_file_glob(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(waivers=(waiver(file="apps/payments.yaml", principal="user:alice"),))
    write(Path("ci.yaml"), "steps: [build]\n")  # not linted: the runs below are partial
    result = run_cli("check", "apps/payments.yaml", ".oamlint.yaml", "--format", "json", *ONLY)
    assert [f["rule"] for f in findings(result)] == ["unused-waiver", "admin-grant"]
    without_config = run_cli("check", "apps/payments.yaml", "--format", "json", *ONLY)  # a commit not touching it
    assert [f["rule"] for f in findings(without_config)] == ["admin-grant"]


def test_an_expired_waiver_is_reported_only_when_the_config_file_is_linted(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(waivers=(waiver(expires="2026-11-24"),))
    write(Path("ci.yaml"), "steps: [build]\n")
    assert run_cli("check", "ci.yaml", "--format", "json", *ONLY).exit_code == 0
    touched = run_cli("check", "ci.yaml", ".oamlint.yaml", "--format", "json", *ONLY)
    assert (touched.exit_code, [f["rule"] for f in findings(touched)]) == (1, ["expired-waiver"])


def test_unused_waiver_is_not_reported_for_a_rule_that_did_not_run(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(waivers=(waiver(repository="acme/billing"),))
    result = run_cli("check", ".", "--format", "json", "--select", "waivers", "--now", NOW)
    assert findings(result) == []


def test_an_expired_waiver_stops_suppressing_and_is_reported_at_its_expiry(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(waivers=(waiver(expires="2026-11-24"),))
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert result.exit_code == 1
    assert brief(result) == [
        ("expired-waiver", ".oamlint.yaml", 8, 14, False),
        ("admin-grant", "apps/payments.yaml", ADMIN_LINE, 29, False),
    ]
    expired = findings(result)[0]
    assert expired["message"] == (
        "Waiver of `admin-grant` for repository `acme/payments-api`, principal `team:acme/deployers` "
        "expired on 2026-11-24 and no longer suppresses findings"
    )
    assert (expired["level"], expired["endColumn"]) == ("error", 24)


def test_a_waiver_is_valid_through_its_expiry_date(project: Callable[..., Path], run_cli: Callable[..., Result]) -> None:
    project(waivers=(waiver(expires="2026-11-25"),))
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert result.exit_code == 0
    assert brief(result) == [("admin-grant", "apps/payments.yaml", ADMIN_LINE, 29, True)]


def test_an_expired_waiver_can_be_turned_off_like_any_rule(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(waivers=(waiver(expires="2026-01-01"),))
    result = run_cli("check", ".", "--format", "json", *ONLY, "--ignore", "expired-waiver")
    assert [f["rule"] for f in findings(result)] == ["admin-grant"]


@pytest.mark.parametrize("comment, app", [
    ("  # oamlint ignore[admin-grant]: the deploy bot needs it until SEC-99", APP),
    ("", APP.replace("                permission: admin{comment}\n",
                     "                # oamlint ignore[admin-grant]: the deploy bot needs it until SEC-99\n"
                     "                permission: admin\n")),
    ("", APP.replace("                permission: admin{comment}\n",
                     "                # oamlint ignore[admin-grant]: the deploy bot needs it until SEC-99\n"
                     "                # (and nobody else)\n"
                     "                permission: admin\n")),
    ("  # oamlint ignore[direct-user-grant, admin-grant]: the deploy bot needs it until SEC-99", APP),
])
def test_an_inline_ignore_with_a_reason_suppresses_the_finding_on_its_line_or_the_next(
    project: Callable[..., Path], run_cli: Callable[..., Result], comment: str, app: str
) -> None:
    project(comment=comment, app=app)
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert result.exit_code == 0
    [admin] = findings(result)
    assert (admin["rule"], admin["suppressed"]) == ("admin-grant", True)
    sarif = assert_valid_sarif(run_cli("check", ".", "--format", "sarif", *ONLY).stdout)
    assert sarif["runs"][0]["results"][0]["suppressions"] == [  # type: ignore[index]
        {"kind": "inSource", "justification": "the deploy bot needs it until SEC-99"},
    ]


def test_an_inline_ignore_for_another_line_or_rule_does_not_suppress(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    app = APP.replace("      type: webservice\n", "      type: webservice  # oamlint ignore[admin-grant]: wrong line\n")
    project(comment="  # oamlint ignore[direct-user-grant]: another rule", app=app)
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert result.exit_code == 1
    assert brief(result) == [("admin-grant", "apps/payments.yaml", ADMIN_LINE, 29, False)]


def test_an_inline_ignore_without_a_reason_does_not_suppress_and_is_reported(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(comment="  # oamlint ignore[admin-grant]")
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert result.exit_code == 1
    assert brief(result) == [
        ("admin-grant", "apps/payments.yaml", ADMIN_LINE, 29, False),
        ("ignore-without-reason", "apps/payments.yaml", ADMIN_LINE, 36, False),
    ]
    reported = findings(result)[1]
    assert reported["message"] == "Inline ignore of `admin-grant` gives no reason, so it suppresses nothing"
    assert (reported["level"], reported["endColumn"]) == ("warning", 65)


def test_an_inline_ignore_of_an_unknown_rule_suggests_the_closest(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(comment="  # oamlint ignore[admin-grnt]: the deploy bot needs it")
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert [(f["rule"], f["message"]) for f in findings(result)] == [
        ("admin-grant", "Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers`"),
        ("ignore-without-reason", "Unknown rule `admin-grnt` in an inline ignore; did you mean `admin-grant`?"),
    ]


def test_an_inline_ignore_that_names_no_rule_is_reported(project: Callable[..., Path], run_cli: Callable[..., Result]) -> None:
    project(comment="  # oamlint ignore: the deploy bot needs it")
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert [(f["rule"], f["message"]) for f in findings(result)][1] == (
        "ignore-without-reason",
        "Inline ignore names no rule, so it suppresses nothing; write `# oamlint ignore[rule]: reason`",
    )


def test_a_correct_inline_ignore_is_not_reported_even_in_a_file_without_findings(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(comment="  # oamlint ignore[admin-grant]: the deploy bot needs it")
    write(Path("apps/other.yaml"), "kind: ConfigMap  # oamlint ignore[admin-grant]: nothing here\n")
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert [(f["rule"], f["suppressed"]) for f in findings(result)] == [("admin-grant", True)]


def test_inline_ignore_reports_in_a_file_without_findings(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    project(comment="  # oamlint ignore[admin-grant]: the deploy bot needs it")
    write(Path("apps/other.yaml"), "# oamlint ignore[admin-grant]\nkind: ConfigMap\n")
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert brief(result) == [
        ("ignore-without-reason", "apps/other.yaml", 1, 1, False),
        ("admin-grant", "apps/payments.yaml", ADMIN_LINE, 29, True),
    ]


def test_inline_ignores_parse_the_rules_the_reason_and_the_target_line() -> None:
    text = (
        "a: 1  # oamlint ignore[x]: because\n"
        "# oamlint ignore[ y , z ]:  two rules  \n"
        "\n"
        "# a plain comment\n"
        "b: 2\n"
        "c: '#not a comment' # oamlint ignore[w]\n"
        "d: 3 # see oamlint docs\n"
    )
    assert inline_ignores(text) == [
        InlineIgnore(line=1, column=7, end_column=35, target=1, rules=("x",), reason="because"),
        InlineIgnore(line=2, column=1, end_column=38, target=5, rules=("y", "z"), reason="two rules"),
        InlineIgnore(line=6, column=21, end_column=40, target=6, rules=("w",), reason=""),
    ]


def test_a_standalone_ignore_never_reaches_into_the_next_document(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    """Tester 23: an ignore at the end of one document suppressed a finding on the next document's `--- {…}` line."""
    text = "a: 1\n# oamlint ignore[x]: about a\n--- {b: 2}\n# oamlint ignore[y]: about c\n...\nc: 3\n"
    assert [(i.line, i.target) for i in inline_ignores(text)] == [(2, 2), (4, 4)]
    flow = ("--- {{apiVersion: core.oam.dev/v1beta1, kind: Application, metadata: {{name: b}}, spec: {{components: "
            "[{{name: b, traits: [{{type: git-access, properties: {{repository: acme/b, roles: {{deploy: "
            "{{permission: admin}}}}}}}}]}}]}}}}\n")
    project(app=APP + "# oamlint ignore[admin-grant]: about payments, SEC-1\n" + flow)
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert result.exit_code == 1
    assert [(f["rule"], f["line"], f["suppressed"]) for f in findings(result)] == [
        ("admin-grant", ADMIN_LINE, False), ("admin-grant", ADMIN_LINE + 3, False)]


def test_text_without_the_word_oamlint_has_no_inline_ignores() -> None:
    assert inline_ignores("a: 1 # ignore[x]: y\n") == []


def test_an_inline_ignore_never_hides_that_a_file_was_not_linted(
    project: Callable[..., Path], run_cli: Callable[..., Result]
) -> None:
    """A comment in a file that was not read (a syntax error, a limit) cannot make it pass: the `unread` rules'
    findings stay, and the ignore is reported; a waiver or --ignore still can."""
    broken = APP + "# oamlint ignore[yaml-syntax]: generated, reviewed in SEC-9\nbad: [unclosed\n"
    project(comment="", app=broken)
    result = run_cli("check", ".", "--format", "json", *ONLY)
    assert result.exit_code == 1
    assert [(f["rule"], f["line"], f["suppressed"]) for f in findings(result)] == [
        ("ignore-without-reason", 17, False), ("yaml-syntax", 18, False)]
    assert findings(result)[0]["message"] == (
        "Inline ignore of `yaml-syntax` suppresses nothing: that rule says the file was not linted, which a comment "
        "in the file cannot waive; use a waiver in .oamlint.yaml or --ignore")
    assert run_cli("check", ".", *ONLY, "--ignore", "yaml-syntax,ignore-without-reason").exit_code == 0

    project(comment="", app=APP)
    limited = ("--limit", "nodesPerFile=20")
    [excess] = findings(run_cli("check", ".", "--format", "json", *ONLY, *limited))
    assert excess["rule"] == "input-limit"
    lines = APP.format(comment="").splitlines()
    lines[excess["line"] - 1] += "  # oamlint ignore[input-limit]: generated labels, SEC-9"
    project(comment="", app="\n".join(lines) + "\n")
    result = run_cli("check", ".", "--format", "json", *ONLY, *limited)
    assert result.exit_code == 1
    assert [(f["rule"], f["line"], f["suppressed"]) for f in findings(result)] == [
        ("input-limit", excess["line"], False), ("ignore-without-reason", excess["line"], False)]
