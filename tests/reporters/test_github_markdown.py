"""`--format github` (workflow commands) and `--format markdown` (pull-request comment)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from hypothesis import given
from hypothesis import strategies as st

from oamlint.findings import Finding, Span
from oamlint.options import RenderOptions
from oamlint.report import AccessDiff, Change, Report
from oamlint.reporters import github, markdown
from tests.conftest import write
from tests.test_vcs import payments

ADMIN = Finding(
    rule="admin-grant", level="error",
    message="Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers`",
    file="apps/payments.yaml", span=Span(18, 29, 18, 34), category="least-privilege",
    fix="Grant `write` to the role that deploys", fingerprint="f1",
)
USER = Finding(
    rule="direct-user-grant", level="warning", message="Role `oncall` grants `write` to user `alice` | directly",
    file="apps/payments.yaml", span=Span(30, 17, 31, 5), category="least-privilege", fingerprint="f2",
)
RAISED = Change("raised", "acme/payments-api", "team:acme/ci", "test", "read", "write", "apps/payments.yaml", 21)
REMOVED = Change("removed", "acme/payments-api", "team:acme/auditors", "audit", "read", "")


def report(findings: list[Finding], *, base: str | None = "origin/main", hidden: int = 0,
           changes: tuple[Change, ...] = (RAISED, REMOVED)) -> Report:
    access = (AccessDiff(base, changes),) if base else ()
    return Report(findings, files=2, documents=3, rules={}, base=base, hidden=hidden, access=access)


# --- github -------------------------------------------------------------------------------------

def test_github_annotation_has_position_title_and_escaped_message() -> None:
    assert github.annotation(ADMIN, ".") == (
        "::error file=apps/payments.yaml,line=18,col=29,endLine=18,endColumn=34,title=admin-grant::"
        "Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers`%0A"
        "help: Grant `write` to the role that deploys"
    )


def test_github_annotation_spanning_lines_has_no_end_column_and_warning_level() -> None:
    assert github.annotation(USER, ".") == (
        "::warning file=apps/payments.yaml,line=30,col=17,endLine=31,title=direct-user-grant::"
        "Role `oncall` grants `write` to user `alice` | directly"
    )


def test_github_escapes_percent_newlines_colons_and_commas_as_the_runner_requires() -> None:
    odd = Finding(rule="schema", level="note", message="100% wrong:\r\nsee a,b", file="we,ird:dir/100%.yaml",
                  span=Span(1, 1, 1, 2), category="structure")
    assert github.annotation(odd, ".") == (
        "::notice file=we%2Cird%3Adir/100%25.yaml,line=1,col=1,endLine=1,endColumn=2,title=schema::"
        "100%25 wrong:%0D%0Asee a,b"
    )


@given(st.text())
def test_github_escaping_is_reversible_and_leaves_no_separator(value: str) -> None:
    escaped = github.escape_property(value)
    assert not set(escaped) & {"\r", "\n", ":", ","}
    unescaped = re.sub("%(25|0D|0A|3A|2C)", lambda m: {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}[m[1]],
                       escaped)
    assert unescaped == value


def test_github_paths_are_relative_to_the_repository_root_from_a_subfolder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "specs").mkdir()
    monkeypatch.chdir(tmp_path / "specs")
    rendered = github.render(report([ADMIN], base=None), RenderOptions(env={}))
    assert rendered.startswith("::error file=specs/apps/payments.yaml,line=18,")


def test_github_render_skips_waived_findings_and_anchors_access_changes() -> None:
    waived = Finding(**{**ADMIN.__dict__, "suppressed": True})
    rendered = github.render(report([waived, USER]), RenderOptions(env={}, root="."))
    assert rendered.splitlines() == [
        github.annotation(USER, "."),
        "::notice file=apps/payments.yaml,line=21,title=access raised (against origin/main)::"
        "+ team:acme/ci read → write on acme/payments-api (role test)",
        "Checked 2 files (3 OAM documents): 1 warning, 1 suppressed.",
    ]


# --- markdown -----------------------------------------------------------------------------------

def test_markdown_comment_has_verdict_findings_by_file_and_access_table() -> None:
    rendered = markdown.render(report([ADMIN, USER], hidden=4), RenderOptions(env={}))
    assert rendered == """\
### ❌ oamlint: 1 new error, 1 new warning against `origin/main`; access: 1 raised, 1 removed against `origin/main`

<sub>Checked 2 files (3 OAM documents). 4 findings that already exist at `origin/main` are not shown (--all shows them).</sub>

#### Findings

<details open><summary><code>apps/payments.yaml</code> — 1 error, 1 warning</summary>

| | Line | Rule | Message |
| --- | --- | --- | --- |
| ❌ | 18:29 | `admin-grant` | Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers`<br>_Grant `write` to the role that deploys_ |
| ⚠️ | 30:17 | `direct-user-grant` | Role `oncall` grants `write` to user `alice` \\| directly |

</details>

#### Access changes against `origin/main`: 1 raised, 1 removed

<details open><summary>2 changes on 1 repository</summary>

| | Repository | Principal | Permission | Role | Declared at |
| --- | --- | --- | --- | --- | --- |
| ⬆️ raised | `acme/payments-api` | `team:acme/ci` | read → write | test | apps/payments.yaml:21 |
| ➖ removed | `acme/payments-api` | `team:acme/auditors` | read | audit |  |

</details>
"""


def test_markdown_verdict_is_green_when_nothing_is_new() -> None:
    rendered = markdown.render(report([], changes=()), RenderOptions(env={}))
    assert rendered.splitlines()[0] == "### ✅ oamlint: no new findings against `origin/main`"
    assert "#### Access changes against `origin/main`: no access changes" in rendered
    assert markdown.render(report([], base=None), RenderOptions(env={})).splitlines()[0] == "### ✅ oamlint: no findings"


def test_markdown_links_lines_on_github(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    env = {"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "acme/specs", "GITHUB_SHA": "abc123",
           "GITHUB_WORKSPACE": str(tmp_path)}
    rendered = markdown.render(report([ADMIN]), RenderOptions(env=env))
    assert "| [18:29](https://github.com/acme/specs/blob/abc123/apps/payments.yaml#L18) |" in rendered
    assert "| [apps/payments.yaml:21](https://github.com/acme/specs/blob/abc123/apps/payments.yaml#L21) |" in rendered


def test_markdown_links_lines_on_gitea_and_with_an_explicit_base() -> None:
    gitea = {"GITHUB_SERVER_URL": "https://git.example.com/", "GITHUB_REPOSITORY": "acme/specs",
             "GITHUB_SHA": "abc123", "GITEA_ACTIONS": "true"}
    assert "(https://git.example.com/acme/specs/src/commit/abc123/apps/payments.yaml#L18)" in \
        markdown.render(report([ADMIN]), RenderOptions(env=gitea))
    gogs = {"OAMLINT_LINK_BASE": "https://gogs.example.com/acme/specs/src/abc123"}
    assert "[18:29](https://gogs.example.com/acme/specs/src/abc123/apps/payments.yaml#L18)" in \
        markdown.render(report([ADMIN]), RenderOptions(env=gogs))


def test_markdown_stays_readable_and_under_the_comment_limit_with_hundreds_of_findings() -> None:
    many = [Finding(**{**ADMIN.__dict__, "file": f"apps/app{i // 10:03}.yaml", "span": Span(i % 10 + 1, 3, i % 10 + 1, 9),
                       "message": ADMIN.message + " " + "x" * 150}) for i in range(1000)]
    changes = tuple(Change("added", f"acme/r{i:03}", "team:acme/ci", "test", "", "read", "apps/a.yaml", i + 1)
                    for i in range(200))
    rendered = markdown.render(report(many, changes=changes), RenderOptions(env={}))
    assert len(rendered) < 65_536
    assert "<details open>" not in rendered  # collapsed: the verdict and file list stay on one screen
    assert rendered.splitlines()[0] == "### ❌ oamlint: 1000 new errors against `origin/main`; access: 200 added against `origin/main`"
    assert "\nBy rule: `admin-grant` 1000.\n" in rendered
    assert rendered.count("| ➕ added |") == 200  # the access changes keep their share of the comment
    shown = rendered.count("| ❌ |") + 200
    assert rendered.rstrip().endswith(
        f"_{1200 - shown} more rows are not shown here (comment size limit); "
        "the SARIF results and `oamlint check` list everything._"
    )
    assert rendered.count("<details>") == rendered.count("</details>")


def test_markdown_escapes_html_in_messages() -> None:
    odd = Finding(**{**ADMIN.__dict__, "message": "a <script> & b\nsecond line"})
    assert "| a &lt;script&gt; &amp; b<br>second line<br>" in markdown.render(report([odd]), RenderOptions(env={}))


# --- through the CLI ----------------------------------------------------------------------------

def test_cli_formats_github_and_markdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         run_cli: Callable[..., Result]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    write(tmp_path / "apps/payments.yaml", payments(deploy="admin"))
    result = run_cli("check", "apps", "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=apps/payments.yaml,line=17,col=29,endLine=17,endColumn=34,title=admin-grant::")
    result = run_cli("check", "apps", "--format", "markdown")
    assert result.exit_code == 1
    assert result.stdout.startswith("### ❌ oamlint: 1 error\n")
