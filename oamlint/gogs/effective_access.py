"""Effective access per user and repository, with Gogs's own semantics, each grant keeping its path.

Gogs (internal/database/permissions.go, repo.go recalculateAccesses) decides a user's mode on a repository so:
the owner of a user-owned repository has owner (4); otherwise the user's `access` row, which Gogs keeps as the
highest of their collaborator mode and the mode of every team of the owning organisation that holds the
repository, where members of the organisation's `Owners` team get owner (4) on every repository of the
organisation whether or not the team lists it; otherwise read (1) if the repository is public, else none.
Site administrators additionally get owner in the web UI and through the API with a token, but not for git over
HTTP or SSH, so that path is kept apart: `git_mode` leaves it out, `mode` includes it.

`compute` recomputes all of that from the snapshot. A public repository gets one entry for `*` (everyone,
anonymous included); a user gets an entry of their own only where they have another grant or are a site admin,
and that entry also lists the `public` grant. Team grants other than `Owners` need the team→repository mapping;
when the snapshot lacks it (the API collector) those grants are absent and the snapshot says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from oamlint.gogs import records as r

EVERYONE = "*"
OWNERS_TEAM = "Owners"


@dataclass(frozen=True)
class Grant:
    via: str  # owner | owners-team | team | collaborator | public | site-admin
    mode: int
    team: str | None = None


@dataclass(frozen=True)
class Access:
    user: str
    repository: str
    grants: tuple[Grant, ...]

    @property
    def git_mode(self) -> int:
        """What git over HTTP/SSH and the API without a site-admin token enforce."""
        return max((grant.mode for grant in self.grants if grant.via != "site-admin"), default=r.NONE)

    @property
    def mode(self) -> int:
        """What the web UI and the API with this user's token give, site administration included."""
        return max((grant.mode for grant in self.grants), default=r.NONE)


@dataclass(frozen=True)
class _Index:
    """The snapshot's links grouped once by the id each loop looks them up by."""

    members: dict[int, list[int]]
    teams_by_org: dict[int, list[r.Team]]
    teams_by_repo: dict[int, set[int]]
    collaborations: dict[int, list[r.Collaboration]]
    site_admins: list[int]


def _index(snapshot: r.Snapshot) -> _Index:
    index = _Index(defaultdict(list), defaultdict(list), defaultdict(set), defaultdict(list), [])
    for member in snapshot.team_members or ():
        index.members[member.team_id].append(member.user_id)
    for team in snapshot.teams:
        index.teams_by_org[team.org_id].append(team)
    for link in snapshot.team_repos or ():
        index.teams_by_repo[link.repo_id].add(link.team_id)
    for collaboration in snapshot.collaborations:
        index.collaborations[collaboration.repo_id].append(collaboration)
    index.site_admins.extend(a.id for a in snapshot.accounts if a.site_admin and not a.is_org)
    return index


def _team_grants(index: _Index, repo: r.Repo) -> Iterable[tuple[int, Grant]]:
    for team in index.teams_by_org[repo.owner_id]:
        if team.name == OWNERS_TEAM:
            yield from ((user, Grant("owners-team", r.OWNER, team.name)) for user in index.members[team.id])
        elif team.id in index.teams_by_repo[repo.id]:
            yield from ((user, Grant("team", team.mode, team.name)) for user in index.members[team.id])


def _grants(index: _Index, repo: r.Repo, owner: r.Account) -> dict[int, set[Grant]]:
    grants: dict[int, set[Grant]] = defaultdict(set)
    if owner.is_org:
        for user, grant in _team_grants(index, repo):
            grants[user].add(grant)
    else:
        grants[owner.id].add(Grant("owner", r.OWNER))
    for collaboration in index.collaborations[repo.id]:
        grants[collaboration.user_id].add(Grant("collaborator", collaboration.mode))
    for user in index.site_admins:
        grants[user].add(Grant("site-admin", r.OWNER))
    if not repo.private:
        for granted in grants.values():
            granted.add(Grant("public", r.READ))
    return grants


def compute(snapshot: r.Snapshot) -> list[Access]:
    """Every (user, repository) pair with a grant, sorted by repository then user."""
    accounts = {account.id: account for account in snapshot.accounts}
    index = _index(snapshot)
    result: list[Access] = []
    for repo in snapshot.repos:
        owner = accounts.get(repo.owner_id)
        if owner is None:
            continue
        full_name = f"{owner.name}/{repo.name}"
        for user_id, grants in _grants(index, repo, owner).items():
            if user_id in accounts and not accounts[user_id].is_org:
                result.append(Access(accounts[user_id].name, full_name, tuple(sorted(grants, key=_grant_key))))
        if not repo.private:
            result.append(Access(EVERYONE, full_name, (Grant("public", r.READ),)))
    return sorted(result, key=lambda access: (access.repository, access.user, [_grant_key(g) for g in access.grants]))


def _grant_key(grant: Grant) -> tuple[str, str, int]:
    return (grant.via, grant.team or "", grant.mode)
