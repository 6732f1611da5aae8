"""Gogs's tables as the backup and database collectors both read them.

`COLUMNS` names, for each table oamlint reads, the SQL columns it needs and the Go field name that
`gogs backup` writes for each (JSON Lines keys are Go struct field names). Both collectors hand rows keyed by
SQL column to `snapshot_from_tables`, which builds the records. No secret column (passwords, salts, token
hashes, webhook secrets, 2FA secrets, login source configurations with their bind passwords) is in `COLUMNS`,
so none is ever read into memory as a value we keep: of `two_factor` only `user_id` is read, of `login_source`
only its id, type and name.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from oamlint.errors import FatalError
from oamlint.gogs import records as r

Row = Mapping[str, Any]
ReadTable = Callable[[str], Iterable[Row]]

# SQL table -> (backup file stem, {SQL column: Go field name})
COLUMNS: dict[str, tuple[str, dict[str, str]]] = {
    "user": ("User", {"id": "ID", "name": "Name", "full_name": "FullName", "type": "Type",
                      "is_active": "IsActive", "is_admin": "IsAdmin", "login_source": "LoginSource"}),
    "repository": ("Repository", {"id": "ID", "owner_id": "OwnerID", "name": "Name",
                                  "is_private": "IsPrivate", "is_unlisted": "IsUnlisted"}),
    "team": ("Team", {"id": "ID", "org_id": "OrgID", "name": "Name", "authorize": "Authorize"}),
    "collaboration": ("Collaboration", {"repo_id": "RepoID", "user_id": "UserID", "mode": "Mode"}),
    "team_user": ("TeamUser", {"team_id": "TeamID", "uid": "UID"}),
    "team_repo": ("TeamRepo", {"team_id": "TeamID", "repo_id": "RepoID"}),
    "org_user": ("OrgUser", {"org_id": "OrgID", "uid": "UID"}),
    "deploy_key": ("DeployKey", {"repo_id": "RepoID", "name": "Name", "fingerprint": "Fingerprint",
                                 "created_unix": "CreatedUnix"}),
    "webhook": ("Webhook", {"repo_id": "RepoID", "org_id": "OrgID", "url": "URL", "content_type": "ContentType",
                            "events": "Events", "is_active": "IsActive", "hook_task_type": "HookTaskType",
                            "created_unix": "CreatedUnix", "updated_unix": "UpdatedUnix"}),
    "access_token": ("AccessToken", {"uid": "UserID", "name": "Name", "created_unix": "CreatedUnix",
                                     "updated_unix": "UpdatedUnix"}),
    "login_source": ("LoginSource", {"id": "ID", "type": "Type", "name": "Name"}),
    "two_factor": ("TwoFactor", {"user_id": "UserID"}),
}


# columns that older Gogs releases lack; a missing one reads as this value
OPTIONAL = {"is_unlisted": False}


def local_identity() -> str:
    """Who collected a file-based export: the local OS account."""
    try:
        return f"local:{getpass.getuser()}"
    except (OSError, KeyError):
        return "local:unknown"


def hook_events(raw: str) -> tuple[str, ...]:
    """The events a hook fires on, from Gogs's `webhook.events` JSON, in Gogs's own order."""
    try:
        spec = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return ()
    chosen = spec.get("events") or {}
    return tuple(
        event for event in r.HOOK_EVENTS
        if spec.get("send_everything")
        or (spec.get("choose_events") and chosen.get(event))
        or (spec.get("push_only") and event == "push")
    )


def _account(row: Row) -> r.Account:
    return r.Account(int(row["id"]), str(row["name"]), str(row["full_name"] or ""), int(row["type"]) == 1,
                     bool(row["is_admin"]), bool(row["is_active"]), int(row["login_source"] or 0))


def _webhook(row: Row) -> r.Webhook:
    return r.Webhook(
        int(row["repo_id"]), int(row["org_id"]), r.HOOK_KINDS.get(int(row["hook_task_type"]), "unknown"),
        str(row["url"]), r.CONTENT_TYPES.get(int(row["content_type"]), "unknown"), hook_events(row["events"]),
        bool(row["is_active"]), int(row["created_unix"] or 0), int(row["updated_unix"] or 0),
    )


def _token(row: Row) -> r.Token:
    return r.Token(int(row["uid"]), str(row["name"]), int(row["created_unix"] or 0),
                   int(row["updated_unix"]) if row["updated_unix"] else None)


BUILDERS: dict[str, Callable[[Row], Any]] = {
    "user": _account,
    "repository": lambda row: r.Repo(int(row["id"]), int(row["owner_id"]), str(row["name"]),
                                     bool(row["is_private"]), bool(row["is_unlisted"])),
    "team": lambda row: r.Team(int(row["id"]), int(row["org_id"]), str(row["name"]), int(row["authorize"])),
    "collaboration": lambda row: r.Collaboration(int(row["repo_id"]), int(row["user_id"]), int(row["mode"])),
    "team_user": lambda row: r.TeamMember(int(row["team_id"]), int(row["uid"])),
    "team_repo": lambda row: r.TeamRepo(int(row["team_id"]), int(row["repo_id"])),
    "org_user": lambda row: r.OrgMember(int(row["org_id"]), int(row["uid"])),
    "deploy_key": lambda row: r.DeployKey(int(row["repo_id"]), str(row["name"]), str(row["fingerprint"]),
                                          int(row["created_unix"] or 0)),
    "webhook": _webhook,
    "access_token": _token,
    "login_source": lambda row: r.LoginSource(int(row["id"]), r.LOGIN_KINDS.get(int(row["type"]), "unknown"),
                                              str(row["name"])),
    "two_factor": lambda row: int(row["user_id"]),
}


def _read_table(read: ReadTable, table: str, where: str) -> tuple[Any, ...]:
    try:
        return tuple(BUILDERS[table](row) for row in read(table))
    except (KeyError, TypeError, ValueError) as error:
        raise FatalError(
            f"{where}: table `{table}` has a row that is not in Gogs's format ({type(error).__name__}: {error})",
            "export from an unmodified Gogs 0.13/0.14 backup or database",
        ) from None


def snapshot_from_tables(read: ReadTable, where: str) -> r.Snapshot:
    """Build a complete snapshot, reading each table once through `read` (rows keyed by SQL column).

    `where` names the source in error messages.
    """
    got = {table: _read_table(read, table, where) for table in COLUMNS}
    return r.Snapshot(
        accounts=got["user"], repos=got["repository"], teams=got["team"], collaborations=got["collaboration"],
        deploy_keys=got["deploy_key"], webhooks=got["webhook"], team_members=got["team_user"],
        team_repos=got["team_repo"], org_members=got["org_user"], tokens=got["access_token"],
        login_sources=got["login_source"], two_factor_users=frozenset(got["two_factor"]),
    )
