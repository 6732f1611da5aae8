"""The access matrix of a drift audit: repositories × principals, declared against actual.

One cell per repository and principal that the specs declare or that Gogs grants, with the
declared permission (the highest current declaration), the actual permission (what Gogs gives
today) with the paths that grant it, and a state:

    declared    as declared: Gogs gives exactly what the specs declare
    more        Gogs gives more than declared
    less        Gogs gives less than declared (or nothing, or the repository does not exist)
    undeclared  Gogs gives access that no spec declares
    unknown     the specs name a team or user that Gogs does not have
    unseen      the export cannot tell (the collector could not see that part of Gogs)
    owners      the Owners team's `owner` on every repository of its organisation, which no spec
                declares and the drift rules leave to `owner-sprawl` (by design, not drift)

Facts come from the report: the declared grants, the findings, what Gogs's teams and
collaborators hold (`Report.held`, which OPA computes as `held` in lib/drift.rego: teams hold
repositories with the team's permission, the Owners team has `owner` on every repository of its
organisation), and the Gogs export (`oamlint.gogs`), whose `effectiveAccess` gives a user's
access and its paths (collaborator, team, owner, site administrator, public). Users who get access only through a team are not columns of their own: the team is.
A user's declared permission counts the declarations naming the user and, as the drift rules do
(`declared_for` in lib/drift.rego), those naming a team the user is a member of.
Permissions are ordered none < read < write < admin < owner, as in the drift rules.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from oamlint.report import AccessGrant

LEVELS = ("none", "read", "write", "admin", "owner")
RANK = {name: rank for rank, name in enumerate(LEVELS)}
STATES = ("declared", "more", "less", "undeclared", "unknown", "unseen", "owners")
# effectiveAccess paths that make a user a column of the matrix (a team path has the team's column)
OWN_PATHS = ("collaborator", "owner", "site-admin")


@dataclasses.dataclass(frozen=True)
class Declared:
    """One principal's declared permission through one role, where it is written, and whether it still holds."""

    repository: str
    principal: str  # `team:<org>/<team>` or `user:<name>`, as written
    role: str
    permission: str
    file: str = ""
    line: int = 0
    current: bool = True  # False: a time-boxed grant whose `until` has passed declares nothing


@dataclasses.dataclass(frozen=True)
class Repository:
    name: str
    organization: str  # the owner's name (an organisation or a user)
    visibility: str  # "private", "public", or "missing" when Gogs has no such repository


@dataclasses.dataclass(frozen=True)
class Principal:
    name: str  # `team:<org>/<team>` or `user:<name>`, in Gogs's spelling when Gogs has it
    kind: str  # "team" or "user"
    organization: str  # a team's organisation; "" for a user
    known: bool = True  # False: Gogs has no such team or user


@dataclasses.dataclass(frozen=True)
class Cell:
    repository: int  # index into Matrix.repositories
    principal: int  # index into Matrix.principals
    declared: str  # a LEVELS name
    actual: str  # a LEVELS name ("none" when unknown or unseen)
    state: str  # a STATES name
    paths: tuple[str, ...] = ()  # how Gogs grants `actual`, e.g. "write through team deployers"
    declarations: tuple[str, ...] = ()  # e.g. "write by role deploy at apps/payments.yaml:24"
    findings: tuple[int, ...] = ()  # indices into the report's findings about this cell


@dataclasses.dataclass(frozen=True)
class Matrix:
    repositories: tuple[Repository, ...]
    principals: tuple[Principal, ...]
    cells: tuple[Cell, ...]

    def count(self, state: str) -> int:
        return sum(1 for cell in self.cells if cell.state == state)


def is_current(until: str, moment: datetime.datetime) -> bool:
    """Whether a grant with this `until` still declares access at `moment`, as `current` in lib/drift.rego.

    A date lasts to the end of its day (UTC); an unreadable `until` counts as current (the rule
    `expired-grant` reports it).
    """
    if not until:
        return True
    try:
        if len(until) == 10:
            return datetime.date.fromisoformat(until) >= moment.astimezone(datetime.timezone.utc).date()
        return datetime.datetime.fromisoformat(until.replace("Z", "+00:00")) >= moment
    except (ValueError, TypeError):
        return True


def state_of(declared: str, actual: str) -> str:
    if declared == "none":
        return "undeclared"
    if RANK[actual] > RANK[declared]:
        return "more"
    return "less" if RANK[actual] < RANK[declared] else "declared"


def build(declared: Iterable[Declared], held: Iterable[AccessGrant], export: Mapping[str, Any],
          findings: Sequence[Mapping[str, Any]] = ()) -> Matrix:
    """The matrix of one audit.

    `held`: what Gogs's teams and collaborators hold (`Report.held`, from `held` in lib/drift.rego:
    `via` team, owners-team or collaborator). `findings`: each finding's `properties`
    (repository, principal), in report order.
    """
    gogs = _Gogs(export)
    declarations: dict[tuple[str, str], list[Declared]] = {}
    for grant in declared:
        if "*" not in grant.principal and ":" in grant.principal:
            declarations.setdefault((grant.repository.lower(), grant.principal.lower()), []).append(grant)
    holdings: dict[tuple[str, str], list[AccessGrant]] = {}
    for holding in held:
        holdings.setdefault((holding.repository.lower(), holding.principal.lower()), []).append(holding)
    for entry in gogs.effective.values():
        if any(g["via"] in OWN_PATHS for g in entry["grants"]):
            key = (entry["repository"].lower(), f"user:{entry['user']}".lower())
            holdings.setdefault(key, [])
    keys = sorted(declarations.keys() | holdings.keys())
    declarations = gogs.through_teams(keys, declarations)
    repositories = gogs.repositories(k[0] for k in keys)
    principals = gogs.principals([(k[1], _spelling(k, declarations, holdings)) for k in keys])
    rows = {r.name.lower(): i for i, r in enumerate(repositories)}
    columns = {p.name.lower(): i for i, p in enumerate(principals)}
    about = _findings_by_cell(findings)
    cells = [
        gogs.cell(rows[repo], columns[key], repositories[rows[repo]], principals[columns[key]],
                  declarations.get((repo, key), []), holdings.get((repo, key), []), about.get((repo, key), ()))
        for repo, key in keys
    ]
    return Matrix(tuple(repositories), tuple(principals), tuple(cells))


def _spelling(key: tuple[str, str], declarations: Mapping[tuple[str, str], list[Declared]],
              holdings: Mapping[tuple[str, str], list[AccessGrant]]) -> str:
    held = holdings.get(key)
    return held[0].principal if held else declarations[key][0].principal if key in declarations else key[1]


def _findings_by_cell(findings: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], tuple[int, ...]]:
    found: dict[tuple[str, str], list[int]] = {}
    for index, properties in enumerate(findings):
        repository, principal = properties.get("repository"), properties.get("principal")
        if isinstance(repository, str) and isinstance(principal, str):
            found.setdefault((repository.lower(), principal.lower()), []).append(index)
    return {key: tuple(indices) for key, indices in found.items()}


class _Gogs:
    """The export, indexed by lower-case name (Gogs names are case-insensitive)."""

    def __init__(self, export: Mapping[str, Any]) -> None:
        self.repos = {r["fullName"].lower(): r for r in export.get("repositories") or ()}
        self.users = {u["name"].lower(): u for u in export.get("users") or ()}
        self.teams = {f"team:{o['name']}/{t['name']}".lower(): (o["name"], t)
                      for o in export.get("organizations") or () for t in o.get("teams") or ()}
        self.effective = {(e["user"].lower(), e["repository"].lower()): e for e in export.get("effectiveAccess") or ()}
        self.missing = {m["part"] for m in (export.get("coverage") or {}).get("missing") or ()}
        self.organizations = {o["name"].lower() for o in export.get("organizations") or ()}

    def unlisted(self, principal: Principal) -> bool:
        """A team whose organisation the collector could not list: not known to be missing, only unseen."""
        return (principal.kind == "team" and "organizations" in self.missing
                and principal.organization.lower() not in self.organizations)

    def repositories(self, names: Iterable[str]) -> list[Repository]:
        found = {}
        for name in set(names) | set(self.repos):
            repo = self.repos.get(name)
            found[name] = (Repository(repo["fullName"], repo["owner"], repo["visibility"]) if repo
                           else Repository(name, name.split("/")[0], "missing"))
        return sorted(found.values(), key=lambda r: r.name.lower())

    def principals(self, keys: Iterable[tuple[str, str]]) -> list[Principal]:
        found = {}
        for key, spelling in keys:
            kind, _, name = key.partition(":")
            if kind == "team":
                team = self.teams.get(key)
                org = team[0] if team else name.split("/")[0]
                shown = f"team:{team[0]}/{team[1]['name']}" if team else spelling
                found[key] = Principal(shown, "team", org, team is not None)
            else:
                user = self.users.get(name)
                found[key] = Principal(f"user:{user['name']}" if user else spelling, "user", "", user is not None)
        return sorted(found.values(), key=lambda p: (p.kind, p.name.lower()))

    def through_teams(self, keys: Iterable[tuple[str, str]], declarations: dict[tuple[str, str], list[Declared]]
                      ) -> dict[tuple[str, str], list[Declared]]:
        """Add to each user's declarations on a repository those naming a team the user is a member of."""
        found = dict(declarations)
        member_of: dict[str, list[str]] = {}
        for key, (_, team) in self.teams.items():
            for member in team.get("members") or ():
                member_of.setdefault(f"user:{member}".lower(), []).append(key)
        for repo, key in keys:
            extra = [dataclasses.replace(d, role=f"{d.role} to {d.principal} (a member)")
                     for team in member_of.get(key, ()) for d in declarations.get((repo, team), ())]
            if extra:
                found[(repo, key)] = [*declarations.get((repo, key), []), *extra]
        return found

    def cell(self, row: int, column: int, repository: Repository, principal: Principal,
             declarations: list[Declared], holdings: list[AccessGrant], findings: tuple[int, ...]) -> Cell:
        current = [d for d in declarations if d.current]
        declared = max((d.permission for d in current if d.permission in RANK), key=RANK.__getitem__, default="none")
        said = tuple(_declaration(d) for d in sorted(declarations, key=lambda d: (-RANK.get(d.permission, 0), d.file, d.line)))
        actual, paths = self.actual(repository, principal, holdings, bool(current))
        if not principal.known:
            state = "unseen" if self.unlisted(principal) else "unknown"
        elif actual is None:
            state = "unseen"
        elif declared == "none" and any(h.via == "owners-team" for h in holdings):
            state = "owners"
        else:
            state = state_of(declared, actual)
        return Cell(row, column, declared, actual or "none", state, paths, said, findings)

    def actual(self, repository: Repository, principal: Principal, holdings: list[AccessGrant],
               declared: bool) -> tuple[str | None, tuple[str, ...]]:
        """The permission Gogs gives and how; None when the export cannot tell."""
        if not principal.known:
            return "none", ()
        if principal.kind == "user":
            entry = self.effective.get((principal.name[5:].lower(), repository.name.lower()))
            grants = entry["grants"] if entry else [{"via": h.via, "permission": h.permission} for h in holdings]
            if not grants and "effectiveAccess.teams" in self.missing:
                return None, ("the collector could not see which teams give this user access",)
        else:
            grants = [{"via": h.via, "permission": h.permission, "team": h.principal} for h in holdings]
            owners = self.teams[principal.name.lower()][1].get("permission") == "owner"  # the Owners team
            if not grants and "teams.repositories" in self.missing and not owners:
                return None, ("the collector could not see the team's repositories",)
        if declared and repository.visibility == "public" and not any(g["via"] == "public" for g in grants):
            grants = [*grants, {"via": "public", "permission": "read"}]
        ranked = sorted(grants, key=lambda g: -RANK.get(g["permission"], 0))
        actual = ranked[0]["permission"] if ranked else "none"
        return actual, tuple(_path(g, repository) for g in ranked)


def _declaration(grant: Declared) -> str:
    where = f" at {grant.file}:{grant.line}" if grant.file else ""
    lapsed = " (its `until` has passed: declares nothing)" if not grant.current else ""
    return f"{grant.permission} by role {grant.role}{where}{lapsed}"


def _path(grant: Mapping[str, Any], repository: Repository) -> str:
    permission, via = grant["permission"], grant["via"]
    if via == "team":
        team = str(grant.get("team", "")).removeprefix("team:")
        return f"{permission} through team {team}" if team else f"{permission} through a team"
    return {
        "owners-team": f"{permission} through the Owners team of {repository.organization}",
        "collaborator": f"{permission} as a collaborator",
        "owner": f"{permission} as the repository's owner",
        "site-admin": f"{permission} as a site administrator",
        "public": f"{permission} because the repository is public",
    }.get(via, f"{permission} ({via})")
