"""Effective access: what oamlint computes equals what Gogs itself reports, and each grant keeps its path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from oamlint.gogs import collect
from oamlint.gogs import records as r
from oamlint.gogs.effective_access import Access, Grant, compute
from tests.gogs.conftest import LiveGogs

PATHS_THAT_MAKE_AN_ACCESS_ROW = {"owner", "owners-team", "team", "collaborator"}


@pytest.fixture(scope="module")
def exported(gogs_backup: Path) -> dict[str, Any]:
    return collect(gogs_backup=str(gogs_backup))


def _flags(permission: str) -> dict[str, bool]:
    return {"admin": permission in ("admin", "owner"), "push": permission in ("write", "admin", "owner"),
            "pull": True}


def test_effective_access_matches_what_gogs_reports_to_each_user(gogs: LiveGogs, exported: dict[str, Any]):
    """GET /user/repos with a user's own token lists their owned repositories and every access row, with flags."""
    for user, token in gogs.user_tokens.items():
        reported = {repo["full_name"]: repo["permissions"] for repo in gogs.api("GET", "/user/repos", token=token).json()}
        computed = {entry["repository"]: _flags(entry["gitPermission"]) for entry in exported["effectiveAccess"]
                    if entry["user"] == user
                    and any(grant["via"] in PATHS_THAT_MAKE_AN_ACCESS_ROW for grant in entry["grants"])}
        assert computed == reported, user


def test_every_grant_keeps_the_path_that_gives_it(exported: dict[str, Any]):
    grants = {(e["user"], e["repository"]): (e["permission"], e["gitPermission"], e["grants"])
              for e in exported["effectiveAccess"]}
    assert grants[("dave", "acme/payments-api")] == ("write", "write", [
        {"via": "team", "permission": "read", "team": "auditors"},
        {"via": "team", "permission": "write", "team": "devs"}])
    assert grants[("carol", "acme/payments-api")] == ("write", "write", [
        {"via": "collaborator", "permission": "write"}, {"via": "team", "permission": "read", "team": "auditors"}])
    assert grants[("grace", "acme/website")] == ("owner", "owner", [
        {"via": "owners-team", "permission": "owner", "team": "Owners"}, {"via": "public", "permission": "read"}])
    assert grants[("frank", "frank/notes")] == ("owner", "owner", [{"via": "owner", "permission": "owner"}])
    assert grants[("oscar", "frank/notes")] == ("owner", "none", [{"via": "site-admin", "permission": "owner"}])
    assert grants[("*", "acme/website")] == ("read", "read", [{"via": "public", "permission": "read"}])
    assert ("*", "acme/ledger") not in grants


def _snapshot(**links: Any) -> r.Snapshot:
    accounts = (r.Account(1, "acme", "", True), r.Account(2, "ann", "", False, False, True),
                r.Account(3, "ben", "", False, False, True), r.Account(4, "root", "", False, True, True))
    base: dict[str, Any] = dict(
        accounts=accounts, repos=(r.Repo(10, 1, "svc", True), r.Repo(11, 2, "own", True)),
        teams=(r.Team(100, 1, "Owners", 4), r.Team(101, 1, "devs", 2)), collaborations=(), deploy_keys=(),
        webhooks=(), team_members=(), team_repos=(), org_members=None, tokens=None)
    return r.Snapshot(**{**base, **links})


def test_owners_team_members_own_every_org_repository_even_without_a_team_repo_row():
    access = compute(_snapshot(team_members=(r.TeamMember(100, 2),)))
    assert Access("ann", "acme/svc", (Grant("owners-team", 4, "Owners"),)) in access


def test_a_team_grants_only_the_repositories_it_holds():
    held = compute(_snapshot(team_members=(r.TeamMember(101, 3),), team_repos=(r.TeamRepo(101, 10),)))
    not_held = compute(_snapshot(team_members=(r.TeamMember(101, 3),)))
    assert [a.git_mode for a in held if a.user == "ben"] == [2]
    assert [a for a in not_held if a.user == "ben"] == []


def test_the_highest_of_collaborator_and_team_modes_wins_and_both_paths_are_kept():
    access = compute(_snapshot(team_members=(r.TeamMember(101, 3),), team_repos=(r.TeamRepo(101, 10),),
                               collaborations=(r.Collaboration(10, 3, 3),)))
    ben = next(a for a in access if a.user == "ben")
    assert (ben.git_mode, [g.via for g in ben.grants]) == (3, ["collaborator", "team"])


def test_site_admin_is_owner_in_the_ui_but_gets_nothing_extra_for_git():
    root = [a for a in compute(_snapshot()) if a.user == "root"]
    assert [(a.repository, a.mode, a.git_mode) for a in root] == [("acme/svc", 4, 0), ("ann/own", 4, 0)]


def test_a_public_repository_is_readable_by_everyone():
    access = compute(_snapshot(repos=(r.Repo(10, 1, "svc", False),)))
    assert Access("*", "acme/svc", (Grant("public", 1),)) in access
    assert next(a for a in access if a.user == "root").git_mode == 1
