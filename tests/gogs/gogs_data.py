"""A small organisation in Gogs 0.14.3's own storage formats, for tests that need a backup or a database to damage.

Why not a real Gogs: these tests must run on every machine and in CI, where no Gogs binary can be installed (the Go
module proxy refuses gogs.io/gogs); the live tests in this folder use a real Gogs where there is one. The formats
follow Gogs v0.14.3 (see /work/shared/research/gogs-v0.14.3.md §5): a `gogs backup --database-only` zip holds
`gogs-backup/metadata.ini` and `gogs-backup/db/<GoType>.json`, JSON Lines keyed by Go field names, one row per
line in id order; the SQLite database has xorm's snake_case columns, booleans stored as 0/1. Rows carry columns
oamlint does not read (password hashes, salts, token hashes) as Gogs's do, so tests can check none is exported.

`rows()` gives a fresh copy to change; `write_backup` and `write_sqlite` store it.
"""

from __future__ import annotations

import copy
import json
import re
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from oamlint.gogs.tables import COLUMNS

Table = list[dict[str, Any]]
METADATA = "VERSION = 1\nDATE_TIME = 2026-11-25 21:04:55.78 +0000 UTC m=+0.04\nGOGS_VERSION = 0.14.3\n"
EVENTS = json.dumps({"push_only": False, "send_everything": False, "choose_events": True,
                     "events": {"create": True, "push": True, "pull_request": False}})

_ROWS: dict[str, Table] = {
    "User": [
        {"ID": 1, "LowerName": "siteadmin", "Name": "siteadmin", "FullName": "", "Passwd": "pbkdf2$hash-1",
         "Salt": "salt-1", "Rands": "rands-1", "Type": 0, "IsActive": True, "IsAdmin": True, "CreatedUnix": 1764000000},
        {"ID": 2, "LowerName": "alice", "Name": "alice", "FullName": "Alice", "Passwd": "pbkdf2$hash-2",
         "Salt": "salt-2", "Rands": "rands-2", "Type": 0, "IsActive": True, "IsAdmin": False, "CreatedUnix": 1764000001},
        {"ID": 3, "LowerName": "bob", "Name": "bob", "FullName": "Bob", "Passwd": "pbkdf2$hash-3",
         "Salt": "salt-3", "Rands": "rands-3", "Type": 0, "IsActive": True, "IsAdmin": False, "CreatedUnix": 1764000002},
        {"ID": 4, "LowerName": "acme", "Name": "acme", "FullName": "Acme Corp", "Passwd": "", "Salt": "org-salt",
         "Rands": "org-rands", "Type": 1, "IsActive": True, "IsAdmin": False, "CreatedUnix": 1764000003},
    ],
    "Repository": [
        {"ID": 1, "OwnerID": 4, "LowerName": "api", "Name": "api", "IsPrivate": True, "IsUnlisted": False},
        {"ID": 2, "OwnerID": 4, "LowerName": "site", "Name": "site", "IsPrivate": False, "IsUnlisted": False},
        {"ID": 3, "OwnerID": 2, "LowerName": "notes", "Name": "notes", "IsPrivate": True, "IsUnlisted": False},
    ],
    "Team": [
        {"ID": 1, "OrgID": 4, "LowerName": "owners", "Name": "Owners", "Authorize": 4, "NumRepos": 2, "NumMembers": 1},
        {"ID": 2, "OrgID": 4, "LowerName": "devs", "Name": "devs", "Authorize": 2, "NumRepos": 1, "NumMembers": 1},
    ],
    "TeamUser": [{"ID": 1, "OrgID": 4, "TeamID": 1, "UID": 2}, {"ID": 2, "OrgID": 4, "TeamID": 2, "UID": 3}],
    "TeamRepo": [{"ID": 1, "OrgID": 4, "TeamID": 1, "RepoID": 1}, {"ID": 2, "OrgID": 4, "TeamID": 1, "RepoID": 2},
                 {"ID": 3, "OrgID": 4, "TeamID": 2, "RepoID": 1}],
    "OrgUser": [{"ID": 1, "UID": 2, "OrgID": 4, "IsPublic": True, "IsOwner": True, "NumTeams": 1},
                {"ID": 2, "UID": 3, "OrgID": 4, "IsPublic": False, "IsOwner": False, "NumTeams": 1}],
    "Collaboration": [{"ID": 1, "UserID": 3, "RepoID": 3, "Mode": 1}],
    "DeployKey": [{"ID": 1, "KeyID": 7, "RepoID": 1, "Name": "ci-deploy",
                   "Fingerprint": "SHA256:ZmFrZWZpbmdlcnByaW50Zm9ydGVzdHNvbmx5", "CreatedUnix": 1764000100,
                   "UpdatedUnix": 1764000100}],
    "Webhook": [{"ID": 1, "RepoID": 1, "OrgID": 0, "URL": "https://hooks.example.com/x?token=hook-secret-in-url",
                 "ContentType": 1, "Secret": "webhook-secret-never-read", "Events": EVENTS, "IsSSL": False,
                 "IsActive": True, "HookTaskType": 1, "Meta": "", "LastStatus": 0, "CreatedUnix": 1764000200,
                 "UpdatedUnix": 1764000300}],
    "AccessToken": [{"ID": 1, "UserID": 1, "Name": "oamlint", "Sha1": "raw-token-sha1-never-read",
                     "SHA256": "token-sha256-never-read", "CreatedUnix": 1764000400, "UpdatedUnix": 1764000500}],
}
SECRETS = ("pbkdf2$hash-", "salt-", "rands-", "webhook-secret-never-read", "raw-token-sha1-never-read",
           "token-sha256-never-read", "hook-secret-in-url")


def rows() -> dict[str, Table]:
    """A fresh, changeable copy of every table, keyed by backup file stem (Go type name)."""
    return copy.deepcopy(_ROWS)


def jsonl(table: Table) -> bytes:
    """A table as `gogs backup` writes it: one compact JSON object per line."""
    return b"".join(json.dumps(row, separators=(",", ":")).encode() + b"\n" for row in table)


def write_backup(path: Path, tables: dict[str, Table] | None = None, members: dict[str, bytes] | None = None) -> Path:
    """A database-only backup of `tables` (default: rows()); `members` replaces or adds raw members by name."""
    contents = {"gogs-backup/metadata.ini": METADATA.encode()}
    contents.update({f"gogs-backup/db/{stem}.json": jsonl(table) for stem, table in (tables or rows()).items()})
    contents.update(members or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    return path


def declared_type(stem: str, field: str) -> str:
    """The SQL type xorm declares for a field, from its Go type: bool BOOL, int64 INTEGER, string TEXT (VARCHAR)."""
    value = next((row[field] for row in _ROWS[stem] if field in row), 0)
    return "BOOL" if isinstance(value, bool) else "INTEGER" if isinstance(value, int) else "TEXT"


def _column(table: str, field: str) -> str:
    """The SQL column xorm/gorm gives a Go field: oamlint's own map where it reads it, snake_case otherwise."""
    for column, (go_field, _) in COLUMNS[table][1].items():
        if go_field == field:
            return column
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", field).lower()


def write_sqlite(path: Path, tables: dict[str, Table] | None = None) -> Path:
    """A SQLite database holding `tables` (default: rows()) in Gogs's tables and columns."""
    stems = {stem: table for table, (stem, _) in COLUMNS.items()}
    with sqlite3.connect(path) as connection:
        for stem, table in (tables or rows()).items():
            fields = list(dict.fromkeys(field for row in table for field in row)) or ["ID"]
            columns = [_column(stems[stem], field) for field in fields]
            declared = ", ".join(f'"{c}" {declared_type(stem, f)}' for c, f in zip(columns, fields))
            connection.execute(f'CREATE TABLE "{stems[stem]}" ({declared})')
            for row in table:
                marks = ", ".join("?" for _ in fields)
                connection.execute(f'INSERT INTO "{stems[stem]}" VALUES ({marks})', [row.get(f) for f in fields])
    connection.close()
    return path
