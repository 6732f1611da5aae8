"""Collect through Gogs's REST API v1 with a site administrator's token: everything the API can give.

Gogs 0.14's API cannot list organisations, organisation members, a team's repositories, other users' private
repositories, org webhooks, tokens, or whether a user is a site admin or active (see MISSING). Those parts are
null in the export and named in coverage.missing, so rules say "could not evaluate" instead of passing.
What it can list: users (GET /users/search?q=_ matches every name), public repositories (paged search), the
token user's own and granted repositories, organisations that own any of those or show a public membership,
their teams and team members (admin endpoint), and each repository's collaborators, deploy keys and webhooks.
What it can look up by name (Gogs 0.14.3 internal/route/api/v1/api.go repoAssignment gives a site administrator's
token owner on every repository; checked on a live 0.14.3 by tests/gogs/test_drift.py): any repository, private
ones included (GET /repos/{owner}/{name}; 404 means it does not exist), and any organisation (GET /orgs/{org}, whose
teams list is never empty: every organisation has Owners).
`Lookups` names those (the repositories and organisations the specs name); the export records them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import datetime
from typing import Any

from oamlint.errors import FatalError
from oamlint.gogs import records as r
from oamlint.gogs.client import URL_HINT, Connection, GogsClient, path, read_token
from oamlint.gogs.progress import Progress

USER_LIMIT = 1_000_000  # /users/search has no paging and no cap
MODES = {"read": r.READ, "write": r.WRITE, "admin": r.ADMIN, "owner": r.OWNER}
MISSING = {
    "organizations": "the API cannot list organisations: only those the specs name (looked up by name), owning a "
                     "repository the token's user can see, or with a public member, are included",
    "organizations.members": "the API lists no organisation members, only team members",
    "organizations.webhooks": "the API has no endpoint for organisation webhooks",
    "teams.repositories": "the API cannot list a team's repositories",
    "repositories.private": "the API does not list other users' private repositories, even to a site administrator: "
                            "only those the specs name were looked up by name",
    "repositories.unlisted": "the API does not say whether a repository is unlisted",
    "users.siteAdmin": "the API does not say who is a site administrator",
    "users.active": "the API does not say whether a user is active",
    "users.signIn": "the API does not say how a user signs in (local password or login source)",
    "users.twoFactor": "the API does not say whether a user has two-factor authentication on",
    "accessTokens": "the API lists only its caller's own tokens, and only with their password",
    "effectiveAccess.teams": "grants through teams other than Owners need the team repositories the API cannot list",
    "effectiveAccess.siteAdmin": "site administrators are unknown through the API",
}


def collect_api(url: str, token_file: str | None, lookups: r.Lookups = r.Lookups(),
                connection: Connection | None = None) -> tuple[r.Snapshot, r.Provenance]:
    """What the API shows to a site administrator's token, plus the repositories and organisations in `lookups`.

    `connection` says which CA to trust and the collection's deadline. Raises FatalError when the server cannot
    be reached in time, is not Gogs, refuses the token or the token's user is not a site administrator.
    """
    client = GogsClient(url, read_token(token_file), connection)
    me = _whoami(client)
    _require_site_admin(client)
    with Progress("oamlint: reading the Gogs API") as progress:
        try:
            snapshot = _snapshot(client, progress, lookups)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise FatalError(f"{client.base} answered in a shape that is not Gogs 0.13/0.14's API "
                             f"({type(error).__name__})", URL_HINT) from None
    return snapshot, r.Provenance("api", client.base, None, str(me["username"]))


def _whoami(client: GogsClient) -> dict[str, Any]:
    me = client.get_json("/user")
    if not isinstance(me, dict) or not isinstance(me.get("username"), str) or "id" not in me:
        raise FatalError(f"{client.base} does not look like a Gogs server: GET /api/v1/user is not a Gogs user",
                         URL_HINT)
    return me


def _require_site_admin(client: GogsClient) -> None:
    """Team 0 never exists: a site admin gets 404 from this admin-only endpoint, anyone else 403."""
    response = client.get("/admin/teams/0/members")
    if response.status_code != 404:
        client.check(response, "/admin/teams/:id/members")


def _time(text: str | None) -> int:
    return int(datetime.fromisoformat(text).timestamp()) if text else 0


def fingerprint(public_key: str) -> str:
    """OpenSSH's SHA256 fingerprint of an `ssh-<type> <base64> [comment]` key, as Gogs stores it."""
    try:
        blob = base64.b64decode(public_key.split()[1], validate=True)
    except (IndexError, binascii.Error):
        return ""
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


def _repositories(client: GogsClient, progress: Progress, names: tuple[str, ...]) -> dict[int, dict[str, Any]]:
    repos = {repo["id"]: repo for repo in client.pages("/repos/search", q="_", limit=50)}
    repos.update((repo["id"], repo) for repo in client.get_json("/user/repos"))
    progress.advance("repositories")
    progress.expect(len(names))
    for full_name in names:
        owner, _, name = full_name.partition("/")
        repo = client.get_json(path("repos", owner, name), missing_ok=True) if owner and name else None
        if repo is not None:
            repos[repo["id"]] = repo
        progress.advance(full_name)
    return repos


def _named_organizations(client: GogsClient, names: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """The organisations among `names` (GET /orgs/{name} also answers for a user, whose teams list is empty)."""
    found = {}
    for name in names:
        org = client.get_json(path("orgs", name), missing_ok=True)
        if org is not None and client.get_json(path("orgs", org["username"], "teams")):
            found[org["username"]] = org
    return found


def _organizations(client: GogsClient, users: list[dict[str, Any]], repos: dict[int, dict[str, Any]],
                   progress: Progress, names: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    people = {user["username"] for user in users}
    candidates = {repo["owner"]["username"]: repo["owner"] for repo in repos.values()}
    candidates.update(_named_organizations(client, names))
    for org in client.get_json("/user/orgs"):
        candidates[org["username"]] = org
    progress.expect(len(users))
    for user in users:
        candidates.update((org["username"], org) for org in client.get_json(path("users", user["username"], "orgs")))
        progress.advance(user["username"])
    return {name: org for name, org in sorted(candidates.items()) if name not in people}


def _teams(client: GogsClient, orgs: dict[str, dict[str, Any]], progress: Progress
           ) -> tuple[list[r.Team], list[r.TeamMember]]:
    teams: list[r.Team] = []
    members: list[r.TeamMember] = []
    for name, org in orgs.items():
        for team in client.get_json(path("orgs", name, "teams")):
            teams.append(r.Team(int(team["id"]), int(org["id"]), str(team["name"]), MODES.get(team["permission"], 1)))
            users = client.get_json(path("admin", "teams", team["id"], "members"))
            members.extend(r.TeamMember(int(team["id"]), int(user["id"])) for user in users)
        progress.advance(name)
    return teams, members


def _collaborations(repo: dict[str, Any], found: list[dict[str, Any]]) -> list[r.Collaboration]:
    def mode(user: dict[str, Any]) -> int:
        allowed = user.get("permissions") or {}
        return r.ADMIN if allowed.get("admin") else r.WRITE if allowed.get("push") else r.READ

    return [r.Collaboration(int(repo["id"]), int(user["id"]), mode(user)) for user in found]


def _webhook(repo: dict[str, Any], hook: dict[str, Any]) -> r.Webhook:
    config = hook.get("config") or {}
    events = tuple(event for event in r.HOOK_EVENTS if event in (hook.get("events") or ()))
    return r.Webhook(int(repo["id"]), 0, str(hook["type"]), str(config.get("url", "")),
                     str(config.get("content_type", "")), events, bool(hook["active"]),
                     _time(hook.get("created_at")), _time(hook.get("updated_at")))


def _repo_details(client: GogsClient, repos: dict[int, dict[str, Any]], progress: Progress
                  ) -> tuple[list[r.Collaboration], list[r.DeployKey], list[r.Webhook]]:
    collaborations: list[r.Collaboration] = []
    keys: list[r.DeployKey] = []
    hooks: list[r.Webhook] = []
    for repo in repos.values():
        base = path("repos", repo["owner"]["username"], repo["name"])
        collaborations += _collaborations(repo, client.get_json(base + "/collaborators"))
        keys += [r.DeployKey(int(repo["id"]), str(key["title"]), fingerprint(str(key["key"])),
                             _time(key.get("created_at"))) for key in client.get_json(base + "/keys")]
        hooks += [_webhook(repo, hook) for hook in client.get_json(base + "/hooks")]
        progress.advance(repo["full_name"])
    return collaborations, keys, hooks


def _snapshot(client: GogsClient, progress: Progress, lookups: r.Lookups) -> r.Snapshot:
    progress.expect(1)
    users = client.get_json("/users/search", q="_", limit=USER_LIMIT)["data"]
    repos = _repositories(client, progress, lookups.repositories)
    orgs = _organizations(client, users, repos, progress, lookups.organizations)
    progress.expect(len(orgs))
    for name in orgs:
        repos.update((repo["id"], repo) for repo in client.get_json(path("orgs", name, "repos")))
    teams, members = _teams(client, orgs, progress)
    progress.expect(len(repos))
    collaborations, keys, hooks = _repo_details(client, repos, progress)
    accounts = [r.Account(int(u["id"]), str(u["username"]), str(u.get("full_name") or ""), False, None, None)
                for u in users]
    accounts += [r.Account(int(o["id"]), name, str(o.get("full_name") or ""), True) for name, o in orgs.items()]
    return r.Snapshot(
        accounts=tuple(accounts),
        repos=tuple(r.Repo(int(p["id"]), int(p["owner"]["id"]), str(p["name"]), bool(p["private"]), None)
                    for p in repos.values()),
        teams=tuple(teams), collaborations=tuple(collaborations), deploy_keys=tuple(keys), webhooks=tuple(hooks),
        team_members=tuple(members), team_repos=None, org_members=None, tokens=None, missing=dict(MISSING),
        lookups=lookups,
    )
