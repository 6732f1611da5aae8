"""The HTML report without a browser: the matrix against the drift rules, provenance, waivers, safety.

The browser behaviour (filters, keyboard, no network) is in test_html_browser.py.
"""

from __future__ import annotations

import base64
import copy
import datetime
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from oamlint import words
from oamlint.config import load_config
from oamlint.lint import lint
from oamlint.options import EngineOptions
from oamlint.report import AccessGrant, Report
from oamlint.reporters import html, matrix
from tests.conftest import REPO
from tests.reporters import synthetic_matrix

EXAMPLES = REPO / "examples"
EXPORT = json.loads((EXAMPLES / "gogs" / "acme-export.json").read_text(encoding="utf-8"))
NOW = datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc)
# drift rule → the state of the cell it is about
RULE_STATES = {"excess-permission": "more", "missing-access": "less", "undeclared-access": "undeclared",
               "unknown-principal": "unknown"}


@pytest.fixture(scope="module")
def example() -> Report:
    """The example organisation's report, with its real Gogs export, from the real OPA."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(EXAMPLES)
        return lint((".",), load_config(None, (".",)), EngineOptions(now=NOW), gogs=EXPORT)


def example_matrix(report: Report) -> matrix.Matrix:
    declared = [matrix.Declared(g.repository, g.principal, g.role, g.permission, g.file, g.line,
                                matrix.is_current(g.until, NOW)) for g in report.grants]
    return matrix.build(declared, report.held, EXPORT, [f.properties for f in report.findings])


def states(m: matrix.Matrix) -> dict[tuple[str, str], str]:
    return {(m.repositories[c.repository].name, m.principals[c.principal].name): c.state for c in m.cells}


def test_every_drift_finding_about_a_cell_is_shown_in_that_cells_state(example: Report) -> None:
    shown = states(example_matrix(example))
    about = [(f.rule, f.properties["repository"], f.properties["principal"]) for f in example.findings
             if f.rule in RULE_STATES]
    assert len(about) == 10
    for rule, repository, principal in about:
        assert shown[(repository, principal)] == RULE_STATES[rule], (rule, repository, principal)


def test_every_difference_in_the_matrix_has_a_finding_that_explains_it(example: Report) -> None:
    m = example_matrix(example)
    said = {(f.properties.get("repository"), f.properties.get("principal")) for f in example.findings}
    missing_repositories = {f.properties["repository"] for f in example.findings if f.rule == "unknown-repository"}
    unowned = {f.properties["repository"] for f in example.findings if f.rule == "unowned-repository"}
    site_admins = {f"user:{u['name']}" for u in EXPORT["users"] if u["siteAdmin"]}
    admin_findings = {f.message.split("`")[1] for f in example.findings if f.rule == "site-admin-access"}
    for (repository, principal), state in states(m).items():
        if state in ("declared", "owners"):
            continue
        if principal in site_admins:  # reported once per administrator, not per repository
            assert principal.removeprefix("user:") in admin_findings
        elif repository in missing_repositories:
            assert state == "less"
        elif repository in unowned:  # no spec declares the repository: one finding for all its access
            assert state == "undeclared"
        else:
            assert (repository, principal) in said, (repository, principal, state)


def test_the_example_matrix_cells(example: Report) -> None:
    shown = states(example_matrix(example))
    assert shown[("acme/search-api", "team:acme/Owners")] == "more"  # declared write, Owners have owner
    assert shown[("acme/billing", "user:mallory")] == "undeclared"
    assert shown[("acme/payments-api", "user:alice")] == "undeclared"  # her grant's `until` has passed
    assert shown[("acme/payments-api", "team:acme/release-managers")] == "unknown"
    assert shown[("acme/storefront", "team:acme/ci")] == "less"
    assert shown[("acme/billing", "team:acme/Owners")] == "owners"
    assert shown[("acme/storefront", "user:carol")] == "declared"


def test_a_user_is_declared_through_a_team_they_are_a_member_of() -> None:
    export = copy.deepcopy(EXPORT)
    storefront = next(r for r in export["repositories"] if r["fullName"] == "acme/storefront")
    storefront["collaborators"].append({"user": "bob", "permission": "write"})  # bob is in deployers
    declared = [matrix.Declared("acme/storefront", "team:acme/deployers", "deploy", "write", "apps/s.yaml", 3)]
    held = [AccessGrant("acme/storefront", "user:bob", "", "write", via="collaborator")]
    m = matrix.build(declared, held, export)
    bob = next(c for c in m.cells if m.principals[c.principal].name == "user:bob"
               and m.repositories[c.repository].name == "acme/storefront")
    assert (bob.declared, bob.actual, bob.state) == ("write", "write", "declared")
    assert bob.declarations == ("write by role deploy to team:acme/deployers (a member) at apps/s.yaml:3",)


def test_a_team_whose_repositories_the_collector_could_not_see_is_not_visible_rather_than_less() -> None:
    export = copy.deepcopy(EXPORT)
    export["coverage"] = {"complete": False, "missing": [{"part": "teams.repositories", "reason": "the API has no such list"}]}
    for org in export["organizations"]:
        for team in org["teams"]:
            team["repositories"] = None
    declared = [matrix.Declared("acme/storefront", "team:acme/ci", "test", "read")]
    m = matrix.build(declared, [], export)  # no team holds anything the collector could see
    assert states(m)[("acme/storefront", "team:acme/ci")] == "unseen"


def test_a_team_of_an_organisation_the_collector_could_not_list_is_not_visible_rather_than_unknown() -> None:
    export = copy.deepcopy(EXPORT)
    export["coverage"] = {"complete": False, "missing": [{"part": "organizations", "reason": "not listed"}]}
    export["organizations"] = []
    declared = [matrix.Declared("acme/storefront", "team:acme/ci", "test", "read"),
                matrix.Declared("acme/storefront", "user:nobody", "test", "read")]
    shown = states(matrix.build(declared, [], export))
    assert shown[("acme/storefront", "team:acme/ci")] == "unseen"
    assert shown[("acme/storefront", "user:nobody")] == "unknown"  # the users are listed: nobody is not among them


@pytest.mark.parametrize(("until", "current"), [
    ("", True), ("2026-11-30", False), ("2026-12-01", True), ("2026-12-01T00:00:00Z", True),
    ("2026-11-30T23:59:59Z", False), ("soon", True),
])
def test_a_grant_declares_access_until_its_until_has_passed(until: str, current: bool) -> None:
    assert matrix.is_current(until, NOW) is current


def test_the_report_via_the_cli_has_the_header_facts_and_every_finding(run_cli: Callable[..., Result],
                                                                        tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLES)
    out = tmp_path / "audit.html"
    result = run_cli("check", ".", "--export", "gogs/acme-export.json", "--now", "2026-12-01", "--format", "html",
                     "--output", str(out))
    assert result.exit_code == 1
    page = out.read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    same = json.loads(run_cli("check", ".", "--export", "gogs/acme-export.json", "--now", "2026-12-01",
                              "--format", "json").stdout)
    counts = same["summary"]
    suppressed = sum(1 for f in same["findings"] if f["suppressed"])
    assert suppressed and counts["error"]
    assert (f"Fails {counts['error']} errors, {counts['warning']} warnings, {counts['note']} notes "
            f"({suppressed} suppressed).") in text
    assert "0.14.3, read from its backup archive" in text
    assert EXPORT["provenance"]["sha256"] in text and "local:root" in text
    assert "The export is complete" in text
    assert page.count('<tr id="f-') == len(same["findings"])  # every finding, suppressed included
    assert 'id="rule-excess-permission"' in page and "<h2>Why is this bad?</h2>" in page  # rule docs embedded


def test_a_partial_api_export_says_what_it_could_not_see_and_never_shows_credentials(example: Report) -> None:
    export = copy.deepcopy(EXPORT)
    export["provenance"] |= {"source": "api", "location": "https://admin:s3cret@git.acme.example:3000/?token=t0ken#x"}
    export["coverage"] = {"complete": False, "missing": [
        {"part": "teams.repositories", "reason": "the API cannot list a team's repositories"}]}
    page = html.render(Report(example.findings, 7, 6, example.rules, gogs=export, moment=NOW), html.RenderOptions())
    assert "s3cret" not in page and "t0ken" not in page and "admin@" not in page
    assert "https://git.acme.example:3000/" in page
    assert "Partial audit: the api collector could not see 1 part of Gogs." in re.sub(r"\s+", " ", page)
    assert "<code>teams.repositories</code>: the API cannot list a team&#39;s repositories" in page


@pytest.mark.parametrize(("location", "shown"), [
    ("https://user:pw@git.example.com/gogs/?token=x", "https://git.example.com/gogs/"),
    ("http://[::1]:3000/", "http://[::1]:3000/"),
    ("/srv/backups/gogs-backup.zip", "/srv/backups/gogs-backup.zip"),
    ("postgres://gogs:pw@db/gogs", "postgres://db/gogs"),
])
def test_locations_lose_user_password_query_and_fragment(location: str, shown: str) -> None:
    assert words.without_credentials(location) == shown


def test_waivers_in_force_expiring_within_30_days_and_expired() -> None:
    waivers = load_config(str(EXAMPLES / ".oamlint.yaml")).data["waivers"]
    rows = html._waivers(waivers, datetime.datetime(2027, 1, 10, tzinfo=datetime.timezone.utc))
    assert [(w["rule"], w["state"], w["state_label"]) for w in rows] == [
        ("plaintext-secret", "expired", "expired 101 days ago"),
        ("direct-user-grant", "expiring", "expires in 21 days"),
        ("admin-grant", "active", "in force"),
    ]
    assert html._waiver_summary(rows) == ("2 waivers in force, 1 of them expiring within 30 days; "
                                          "1 expired (expired waivers suppress nothing and are reported).")


def test_a_report_without_an_export_has_findings_and_says_the_matrix_needs_one(example: Report) -> None:
    page = html.render(Report(example.findings, 7, 6, example.rules, moment=NOW), html.RenderOptions())
    assert "No Gogs export was read." in page
    assert 'id="grid"' not in page and "<script>" not in page


def test_the_content_security_policy_allows_exactly_the_inline_style_and_script(example: Report) -> None:
    page = html.render(example, html.RenderOptions())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert style is not None and len(scripts) == 1
    assert policy.group(1) == (f"default-src 'none'; style-src '{_hash(style.group(1))}'; "
                               f"script-src '{_hash(scripts[0])}'; img-src data:; base-uri 'none'; form-action 'none'")
    assert not re.search(r"<[a-z]+[^>]*\sstyle=", page)  # inline style attributes would be blocked
    assert not re.search(r"\s(src|href)=\"(?!data:|#)", page)  # nothing to fetch


def test_the_data_block_cannot_end_its_script_element_and_decodes_to_the_matrix() -> None:
    m = synthetic_matrix.matrix(repositories=3, principals=3)
    evil = matrix.Repository("acme/</script><!--x", "acme", "private")
    m = matrix.Matrix((evil, *m.repositories[1:]), m.principals, m.cells)
    page = synthetic_matrix.page(m)
    block = re.search(r'<script type="application/json" id="matrix-data">(.*?)</script>', page, re.S)
    assert block is not None and "<" not in block.group(1)
    data: dict[str, Any] = json.loads(block.group(1))
    assert data["repos"][0][0] == "acme/</script><!--x"
    packed = memoryview(base64.b64decode(data["cells"])).cast("i")
    first = m.cells[0]
    assert packed[0] & 0x3FFFFF == first.principal
    assert packed[0] >> 28 == matrix.STATES.index(first.state)
    assert data["rowStart"] == [0, 3, 6, 9]


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()



def test_drift_writes_the_html_report_of_the_export_it_collected(run_cli: Callable[..., Result], tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`oamlint drift --gogs-backup` on the real Gogs backup recorded in tests/gogs/recorded/."""
    monkeypatch.chdir(EXAMPLES)
    out, export = tmp_path / "audit.html", tmp_path / "export.json"
    result = run_cli("drift", "--gogs-backup", str(REPO / "tests" / "gogs" / "recorded" / "gogs-backup.zip"), ".",
                     "--now", "2026-12-01", "--format", "html", "--output", str(out), "--export-out", str(export))
    assert result.exit_code in (0, 1), result.output
    page = out.read_text(encoding="utf-8")
    provenance = json.loads(export.read_text(encoding="utf-8"))["provenance"]
    assert provenance["sha256"] in page and provenance["location"] in page
    assert "read from its backup archive" in page and 'id="grid"' in page
