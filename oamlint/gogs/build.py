"""Turn a collector's Snapshot (ids, Gogs's integer modes) into the export's content (names, sorted lists)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from oamlint.gogs import effective_access
from oamlint.gogs import records as r
from oamlint.words import without_credentials

Json = dict[str, Any]
HOOK_ORDER = ("url", "kind", "created")


def _webhook(hook: r.Webhook) -> Json:
    return {"kind": hook.kind, "url": without_credentials(hook.url), "contentType": hook.content_type,
            "events": list(hook.events), "active": hook.active,
            "created": r.iso_time(hook.created), "updated": r.iso_time(hook.updated)}


def in_order(items: Iterable[Json], *keys: str) -> list[Json]:
    """Sorted by `keys`, ties broken by the whole item, so that the export never depends on the order of rows."""
    return sorted(items, key=lambda item: ([str(item[key] or "") for key in keys], json.dumps(item, sort_keys=True)))


def _sign_in(account: r.Account, sources: dict[int, r.LoginSource] | None) -> Json | None:
    """How a user signs in: a local password, or a login source by kind and name (None: not visible).

    A source id missing from the `login_source` table is one defined in a file (custom/conf/auth.d): its kind
    and name are not in the database."""
    if sources is None or account.login_source is None:
        return None
    if account.login_source == 0:
        return {"kind": "local", "source": None}
    source = sources.get(account.login_source)
    return {"kind": source.kind, "source": source.name} if source else {"kind": "unknown", "source": None}


def _users(snapshot: r.Snapshot) -> list[Json]:
    sources = None if snapshot.login_sources is None else {s.id: s for s in snapshot.login_sources}
    second = snapshot.two_factor_users
    return in_order(({"name": a.name, "fullName": a.full_name, "siteAdmin": a.site_admin, "active": a.active,
                      "lastLogin": None, "signIn": _sign_in(a, sources),
                      "twoFactor": None if second is None else a.id in second}
                     for a in snapshot.accounts if not a.is_org), "name")


@dataclass(frozen=True)
class _Groups:
    """The snapshot's rows grouped once by the id they are looked up by, names resolved."""

    names: dict[int, str]
    team_members: dict[int, list[str]]
    team_repos: dict[int, list[str]]
    org_members: dict[int, list[str]]
    collaborators: dict[int, list[Json]]
    deploy_keys: dict[int, list[Json]]
    repo_hooks: dict[int, list[Json]]
    org_hooks: dict[int, list[Json]]


def _group(snapshot: r.Snapshot) -> _Groups:
    accounts = {a.id: a for a in snapshot.accounts}
    names = {a.id: a.name for a in snapshot.accounts if not a.is_org}
    repos = {p.id: f"{accounts[p.owner_id].name}/{p.name}" for p in snapshot.repos if p.owner_id in accounts}
    g = _Groups(names, defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(list),
                defaultdict(list), defaultdict(list), defaultdict(list))
    for m in snapshot.team_members or ():
        if m.user_id in names:
            g.team_members[m.team_id].append(names[m.user_id])
    for t in snapshot.team_repos or ():
        if t.repo_id in repos:
            g.team_repos[t.team_id].append(repos[t.repo_id])
    for o in snapshot.org_members or ():
        if o.user_id in names:
            g.org_members[o.org_id].append(names[o.user_id])
    for c in snapshot.collaborations:
        if c.user_id in names:
            g.collaborators[c.repo_id].append({"user": names[c.user_id], "permission": r.level_name(c.mode)})
    for k in snapshot.deploy_keys:
        g.deploy_keys[k.repo_id].append({"title": k.title, "fingerprint": k.fingerprint, "readOnly": True,
                                         "created": r.iso_time(k.created)})
    for h in snapshot.webhooks:
        (g.repo_hooks[h.repo_id] if h.repo_id else g.org_hooks[h.org_id]).append(_webhook(h))
    return g


def _team(team: r.Team, snapshot: r.Snapshot, g: _Groups) -> Json:
    members = None if snapshot.team_members is None else sorted(g.team_members[team.id])
    held = None if snapshot.team_repos is None else sorted(g.team_repos[team.id])
    return {"name": team.name, "permission": r.level_name(team.mode), "members": members, "repositories": held}


def _organization(org: r.Account, snapshot: r.Snapshot, g: _Groups) -> Json:
    built = in_order((_team(team, snapshot, g) for team in snapshot.teams if team.org_id == org.id), "name")
    owners = next((t["members"] for t in built if t["name"] == effective_access.OWNERS_TEAM), None)
    members = None if snapshot.org_members is None else sorted(g.org_members[org.id])
    hooks = None if "organizations.webhooks" in snapshot.missing else in_order(g.org_hooks[org.id], *HOOK_ORDER)
    return {"name": org.name, "fullName": org.full_name, "owners": owners or [], "members": members,
            "teams": built, "webhooks": hooks}


def _visibility(repo: r.Repo) -> str:
    return "private" if repo.private else "unlisted" if repo.unlisted else "public"


def _repository(repo: r.Repo, owner: r.Account, g: _Groups) -> Json:
    return {"fullName": f"{owner.name}/{repo.name}", "owner": owner.name, "name": repo.name,
            "ownerKind": "organization" if owner.is_org else "user", "visibility": _visibility(repo),
            "collaborators": in_order(g.collaborators[repo.id], "user"),
            "deployKeys": in_order(g.deploy_keys[repo.id], "title", "fingerprint"),
            "webhooks": in_order(g.repo_hooks[repo.id], *HOOK_ORDER)}


def _tokens(snapshot: r.Snapshot, names: dict[int, str]) -> list[Json] | None:
    if snapshot.tokens is None:
        return None
    tokens = [{"user": names[t.user_id], "name": t.name, "created": r.iso_time(t.created),
               "lastUsed": r.iso_time(t.last_used)} for t in snapshot.tokens if t.user_id in names]
    return in_order(tokens, "user", "name", "created")


def _access(snapshot: r.Snapshot) -> list[Json]:
    return [{"user": a.user, "repository": a.repository, "permission": r.level_name(a.mode),
             "gitPermission": r.level_name(a.git_mode),
             "grants": [{"via": g.via, "permission": r.level_name(g.mode), **({"team": g.team} if g.team else {})}
                        for g in a.grants]}
            for a in effective_access.compute(snapshot)]


def build_content(snapshot: r.Snapshot) -> Json:
    """Everything in the export but schemaVersion and provenance."""
    accounts = {a.id: a for a in snapshot.accounts}
    groups = _group(snapshot)
    repositories = [_repository(repo, accounts[repo.owner_id], groups)
                    for repo in snapshot.repos if repo.owner_id in accounts]
    return {
        "coverage": {"complete": not snapshot.missing,
                     "missing": [{"part": p, "reason": snapshot.missing[p]} for p in sorted(snapshot.missing)]},
        "users": _users(snapshot),
        "organizations": in_order((_organization(org, snapshot, groups) for org in snapshot.accounts if org.is_org),
                                  "name"),
        "repositories": in_order(repositories, "fullName"),
        "accessTokens": _tokens(snapshot, groups.names),
        "effectiveAccess": _access(snapshot),
        **({} if snapshot.lookups is None else {"lookups": {
            "repositories": sorted(set(snapshot.lookups.repositories)),
            "organizations": sorted(set(snapshot.lookups.organizations)),
        }}),
    }
