"""What a collector reads from Gogs, before it becomes an export: small frozen records joined by Gogs's ids.

Every collector (backup, database, API) produces one `Snapshot`. A part the source cannot see is `None`
and is named in `Snapshot.missing` with the reason, so that nothing downstream mistakes "unknown" for "none".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

LEVELS = ("none", "read", "write", "admin", "owner")
NONE, READ, WRITE, ADMIN, OWNER = range(5)
HOOK_KINDS = {1: "gogs", 2: "slack", 3: "discord", 4: "dingtalk"}
CONTENT_TYPES = {1: "json", 2: "form"}
# Gogs's login source types (internal/auth/auth.go): a user whose `login_source` is 0 signs in with a local password
LOGIN_KINDS = {1: "plain", 2: "ldap", 3: "smtp", 4: "pam", 5: "ldap", 6: "github"}
HOOK_EVENTS = ("create", "delete", "fork", "push", "issues", "pull_request", "issue_comment", "release")


def level_name(mode: int) -> str:
    """Gogs's access mode (0..4) as its name; values outside the range are clamped."""
    return LEVELS[max(NONE, min(OWNER, mode))]


def iso_time(unix: int | None) -> str | None:
    """A Gogs `*_unix` column as RFC 3339 UTC; 0 and None (never set) stay None."""
    if not unix:
        return None
    return datetime.fromtimestamp(unix, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Account:
    """A row of Gogs's `user` table: an individual user or, with is_org, an organisation."""

    id: int
    name: str
    full_name: str
    is_org: bool
    site_admin: bool | None = None
    active: bool | None = None
    login_source: int | None = None  # 0: a local password; else a login source id; None: not visible


@dataclass(frozen=True)
class Repo:
    id: int
    owner_id: int
    name: str
    private: bool
    unlisted: bool | None = False


@dataclass(frozen=True)
class Team:
    id: int
    org_id: int
    name: str
    mode: int


@dataclass(frozen=True)
class Collaboration:
    repo_id: int
    user_id: int
    mode: int


@dataclass(frozen=True)
class TeamMember:
    team_id: int
    user_id: int


@dataclass(frozen=True)
class TeamRepo:
    team_id: int
    repo_id: int


@dataclass(frozen=True)
class OrgMember:
    org_id: int
    user_id: int


@dataclass(frozen=True)
class DeployKey:
    repo_id: int
    title: str
    fingerprint: str
    created: int


@dataclass(frozen=True)
class Webhook:
    """A repository hook (repo_id > 0) or an organisation hook (org_id > 0); its secret is never read."""

    repo_id: int
    org_id: int
    kind: str
    url: str
    content_type: str
    events: tuple[str, ...]
    active: bool
    created: int
    updated: int


@dataclass(frozen=True)
class Token:
    user_id: int
    name: str
    created: int
    last_used: int | None


@dataclass(frozen=True)
class Provenance:
    source: str
    location: str
    gogs_version: str | None
    collected_by: str
    source_time: str | None = None


@dataclass(frozen=True)
class LoginSource:
    """A row of Gogs's `login_source` table (never its configuration, which holds bind passwords)."""

    id: int
    kind: str  # ldap | smtp | pam | github | plain | unknown
    name: str


@dataclass(frozen=True)
class Lookups:
    """Names a collector that cannot list everything (the API) looks up one by one: `owner/name` repositories and
    organisations, as the specs write them. A name looked up and not in the snapshot does not exist."""

    repositories: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Snapshot:
    accounts: tuple[Account, ...]
    repos: tuple[Repo, ...]
    teams: tuple[Team, ...]
    collaborations: tuple[Collaboration, ...]
    deploy_keys: tuple[DeployKey, ...]
    webhooks: tuple[Webhook, ...]
    team_members: tuple[TeamMember, ...] | None
    team_repos: tuple[TeamRepo, ...] | None
    org_members: tuple[OrgMember, ...] | None
    tokens: tuple[Token, ...] | None
    missing: dict[str, str] = field(default_factory=dict)
    lookups: Lookups | None = None  # what the API collector looked up by name; None for complete sources
    login_sources: tuple[LoginSource, ...] | None = None  # None: the source cannot see how users sign in
    two_factor_users: frozenset[int] | None = None  # ids of users with two-factor authentication on
