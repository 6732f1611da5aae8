"""Gogs's tables as the backup and database collectors both read them.

`COLUMNS` names, for each table oamlint reads, the SQL columns it needs, the Go field name that
`gogs backup` writes for each (JSON Lines keys are Go struct field names) and the column's type. Both collectors
hand rows keyed by SQL column to `snapshot_from_tables`, which decodes every value by its type — a value of
another type or out of range stops the export naming table, row, column and value; nothing is coerced, so
`IsAdmin: "false"` is an error, not a site administrator — and builds the records. No secret column (passwords,
salts, token hashes, webhook secrets, 2FA secrets, login source configurations with their bind passwords) is in
`COLUMNS`, so none is ever read into memory as a value we keep: of `two_factor` only `user_id` is read, of
`login_source` only its id, type and name.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from oamlint import limits
from oamlint.errors import FatalError
from oamlint.gogs import records as r

Row = Mapping[str, Any]
ReadTable = Callable[[str], Iterable[Row]]
Locate = Callable[[str, int], str]  # (table, row number from 1) -> where that row is, for messages

INT64 = 2**63 - 1
LAST_UNIX = 253_402_300_799  # 9999-12-31T23:59:59Z, the last second RFC 3339 can write
FIX_VALUE = "oamlint never guesses a value: fix that row in Gogs (or restore an unmodified backup), then run again"


class BadValue(Exception):
    """A value that is not what Gogs writes in that column; `reason` completes "<value> …"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _integer(low: int, high: int) -> Callable[[Any], int]:
    def decode(value: Any) -> int:
        if type(value) is not int:  # bool, float (1e30, Infinity), text: never an integer here
            raise BadValue("is not an integer")
        if not low <= value <= high:
            raise BadValue(f"is out of range (from {low} to {high})")
        return value
    return decode


def _flag(value: Any) -> bool:
    """Booleans as JSON writes them, or as SQL stores them (0/1); "false", 2 or null are refused, never read as true."""
    if type(value) is bool:
        return value
    if type(value) is int and value in (0, 1):
        return value == 1
    raise BadValue("is not a boolean (true/false, or 0/1 in SQL)")


def _text(value: Any) -> str:
    if type(value) is not str:
        raise BadValue("is not text")
    return value


def _optional_text(value: Any) -> str:
    """Text where null (never written) is the same as empty, as Gogs shows it."""
    return "" if value is None else _text(value)


def _unix(value: Any) -> int:
    """A `*_unix` time: seconds since 1970 up to LAST_UNIX; null (never set) reads as 0, as Gogs treats it."""
    return 0 if value is None else _integer(0, LAST_UNIX)(value)


def hook_events(raw: Any) -> tuple[str, ...]:
    """The events a hook fires on, from Gogs's `webhook.events` JSON text, in Gogs's own order.

    Raises BadValue unless it is text holding a JSON object whose flags and chosen events are booleans.
    """
    try:
        spec = json.loads(_text(raw) or "{}", parse_constant=_no_constant)
    except (ValueError, RecursionError):
        spec = None
    if not isinstance(spec, dict):
        raise BadValue("is not a JSON object of hook events")
    chosen = spec.get("events") or {}
    flags = [spec.get(flag, False) for flag in ("push_only", "send_everything", "choose_events")]
    if not isinstance(chosen, dict) or not all(type(v) is bool for v in [*flags, *chosen.values()]):
        raise BadValue("is not a JSON object of hook events (its flags and events must be true or false)")
    push_only, everything, choose = flags
    return tuple(event for event in r.HOOK_EVENTS
                 if everything or (choose and chosen.get(event)) or (push_only and event == "push"))


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


ID = _integer(0, INT64)


def _optional_id(value: Any) -> int:
    """An id where null (never set) is 0, as Gogs reads it: `user.login_source` 0 is a local password."""
    return 0 if value is None else ID(value)


MODE = _integer(r.NONE, r.OWNER)  # Gogs's access modes: none, read, write, admin, owner
CODE = _integer(0, 2**31 - 1)  # small enumerations oamlint names or calls "unknown"


class Column(NamedTuple):
    field: str  # the Go struct field `gogs backup` writes
    decode: Callable[[Any], Any]  # raises BadValue


# SQL table -> (backup file stem, {SQL column: Column})
COLUMNS: dict[str, tuple[str, dict[str, Column]]] = {
    "user": ("User", {"id": Column("ID", ID), "name": Column("Name", _text),
                      "full_name": Column("FullName", _optional_text), "type": Column("Type", _integer(0, 1)),
                      "is_active": Column("IsActive", _flag), "is_admin": Column("IsAdmin", _flag),
                      "login_source": Column("LoginSource", _optional_id)}),
    "repository": ("Repository", {"id": Column("ID", ID), "owner_id": Column("OwnerID", ID),
                                  "name": Column("Name", _text), "is_private": Column("IsPrivate", _flag),
                                  "is_unlisted": Column("IsUnlisted", _flag)}),
    "team": ("Team", {"id": Column("ID", ID), "org_id": Column("OrgID", ID), "name": Column("Name", _text),
                      "authorize": Column("Authorize", MODE)}),
    "collaboration": ("Collaboration", {"id": Column("ID", ID), "repo_id": Column("RepoID", ID),
                                        "user_id": Column("UserID", ID), "mode": Column("Mode", MODE)}),
    "team_user": ("TeamUser", {"id": Column("ID", ID), "team_id": Column("TeamID", ID), "uid": Column("UID", ID)}),
    "team_repo": ("TeamRepo", {"id": Column("ID", ID), "team_id": Column("TeamID", ID),
                               "repo_id": Column("RepoID", ID)}),
    "org_user": ("OrgUser", {"id": Column("ID", ID), "org_id": Column("OrgID", ID), "uid": Column("UID", ID)}),
    "deploy_key": ("DeployKey", {"id": Column("ID", ID), "repo_id": Column("RepoID", ID),
                                 "name": Column("Name", _text), "fingerprint": Column("Fingerprint", _text),
                                 "created_unix": Column("CreatedUnix", _unix)}),
    "webhook": ("Webhook", {"id": Column("ID", ID), "repo_id": Column("RepoID", ID), "org_id": Column("OrgID", ID),
                            "url": Column("URL", _text), "content_type": Column("ContentType", CODE),
                            "events": Column("Events", hook_events), "is_active": Column("IsActive", _flag),
                            "hook_task_type": Column("HookTaskType", CODE),
                            "created_unix": Column("CreatedUnix", _unix),
                            "updated_unix": Column("UpdatedUnix", _unix)}),
    "access_token": ("AccessToken", {"id": Column("ID", ID), "uid": Column("UserID", ID),
                                     "name": Column("Name", _text), "created_unix": Column("CreatedUnix", _unix),
                                     "updated_unix": Column("UpdatedUnix", _unix)}),
    "login_source": ("LoginSource", {"id": Column("ID", ID), "type": Column("Type", CODE),
                                     "name": Column("Name", _text)}),
    "two_factor": ("TwoFactor", {"id": Column("ID", ID), "user_id": Column("UserID", ID)}),
}
HIDDEN_VALUES = {("webhook", "url")}  # may carry credentials: a bad one is described, never printed


# columns that older Gogs releases lack; a missing one reads as this value
OPTIONAL = {"is_unlisted": False}


def local_identity() -> str:
    """Who collected a file-based export: the local OS account."""
    try:
        return f"local:{getpass.getuser()}"
    except (OSError, KeyError):
        return "local:unknown"


BUILDERS: dict[str, Callable[[Row], Any]] = {
    "user": lambda row: r.Account(row["id"], row["name"], row["full_name"], row["type"] == 1, row["is_admin"],
                                  row["is_active"], row["login_source"]),
    "repository": lambda row: r.Repo(row["id"], row["owner_id"], row["name"], row["is_private"], row["is_unlisted"]),
    "team": lambda row: r.Team(row["id"], row["org_id"], row["name"], row["authorize"]),
    "collaboration": lambda row: r.Collaboration(row["repo_id"], row["user_id"], row["mode"]),
    "team_user": lambda row: r.TeamMember(row["team_id"], row["uid"]),
    "team_repo": lambda row: r.TeamRepo(row["team_id"], row["repo_id"]),
    "org_user": lambda row: r.OrgMember(row["org_id"], row["uid"]),
    "deploy_key": lambda row: r.DeployKey(row["repo_id"], row["name"], row["fingerprint"], row["created_unix"]),
    "webhook": lambda row: r.Webhook(
        row["repo_id"], row["org_id"], r.HOOK_KINDS.get(row["hook_task_type"], "unknown"), row["url"],
        r.CONTENT_TYPES.get(row["content_type"], "unknown"), row["events"], row["is_active"], row["created_unix"],
        row["updated_unix"]),
    "access_token": lambda row: r.Token(row["uid"], row["name"], row["created_unix"], row["updated_unix"] or None),
    "login_source": lambda row: r.LoginSource(row["id"], r.LOGIN_KINDS.get(row["type"], "unknown"), row["name"]),
    "two_factor": lambda row: row["user_id"],
}


def sql_location(table: str, number: int) -> str:
    return f"table `{table}`, row {number}"


def _shown(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _decode(table: str, row: Row, where: str, go_fields: bool) -> dict[str, Any]:
    decoded: dict[str, Any] = {}
    for column, (field, decode) in COLUMNS[table][1].items():
        if column not in row:
            raise FatalError(f"{where} has no {'field' if go_fields else 'column'} `{field if go_fields else column}`",
                             "export from an unmodified Gogs 0.13/0.14 backup or database")
        try:
            decoded[column] = decode(row[column])
        except BadValue as bad:
            name = f"field `{field}`" if go_fields else f"column `{column}`"
            value = "its value (not shown: it may hold credentials)" if (table, column) in HIDDEN_VALUES \
                else _shown(row[column])
            raise FatalError(f"{where}, {name}: {value} {bad.reason}", FIX_VALUE) from None
    return decoded


def _row_id(row: Row, name: str) -> str:
    """` (id 7)`, naming a row by its id in messages; nothing when the id itself is bad."""
    try:
        return f" ({name} {ID(row.get('id'))})"
    except BadValue:
        return ""


def _read_table(read: ReadTable, table: str, where: str, locate: Locate, go_fields: bool) -> tuple[Any, ...]:
    rows = read(table)
    built = []
    ids: set[int] = set()
    try:
        for number, row in enumerate(rows, start=1):
            if number > limits.current()["tableRows"]:
                raise limits.fatal("tableRows", f"{where}: table `{table}`")
            row_at = f"{where}: {locate(table, number)}{_row_id(row, 'ID' if go_fields else 'id')}"
            decoded = _decode(table, row, row_at, go_fields)
            if decoded["id"] in ids:
                raise FatalError(f"{row_at}: a second row with this id", FIX_VALUE)
            ids.add(decoded["id"])
            built.append(BUILDERS[table](decoded))
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()  # now, while its cursor or archive is open: not when the garbage collector gets to it
    return tuple(built)


def snapshot_from_tables(read: ReadTable, where: str, locate: Locate = sql_location,
                         go_fields: bool = False) -> r.Snapshot:
    """Build a complete snapshot, reading each table once through `read` (rows keyed by SQL column).

    Every value is decoded by its column's type, never coerced. `where` names the source in error messages,
    `locate` the row; with `go_fields`, columns are named by the Go field a backup holds them under.
    Raises FatalError naming the table, row, column and value of the first value that is not what Gogs writes,
    or the limit a table exceeds.
    """
    got = {table: _read_table(read, table, where, locate, go_fields) for table in COLUMNS}
    return r.Snapshot(
        accounts=got["user"], repos=got["repository"], teams=got["team"], collaborations=got["collaboration"],
        deploy_keys=got["deploy_key"], webhooks=got["webhook"], team_members=got["team_user"],
        team_repos=got["team_repo"], org_members=got["org_user"], tokens=got["access_token"],
        login_sources=got["login_source"], two_factor_users=frozenset(got["two_factor"]),
    )
