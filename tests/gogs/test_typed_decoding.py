"""Typed decoding of backups and databases: a value of the wrong type or out of range is exit 2 naming the table,
row, column and value; nothing is coerced (`IsAdmin: "false"` is no site administrator, a null name no "None").

The backups and databases are copies of the real ones a Gogs 0.14.3 wrote (tests/gogs/recorded/, through
tests/gogs/gogs_data.py) with one value changed.
"""

from __future__ import annotations

import math
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from oamlint.errors import FatalError
from oamlint.gogs import collect
from oamlint.gogs.tables import FIX_VALUE
from tests.gogs.gogs_data import (
    TABLE_OF,
    column,
    copy_sqlite,
    rows,
    set_sqlite_value,
    sqlite_keeps,
    sqlite_with,
    write_backup,
)

NOT_BOOLEAN = "is not a boolean (true/false, or 0/1 in SQL)"
NOT_HOOK_EVENTS = "is not a JSON object of hook events"
# (Go type, row index, Go field, bad value, the value as the message shows it, what the message says of it)
CASES: list[tuple[str, int, str, Any, str, str]] = [
    ("User", 1, "IsAdmin", "false", '"false"', NOT_BOOLEAN),
    ("User", 1, "IsAdmin", "true", '"true"', NOT_BOOLEAN),
    ("User", 1, "IsAdmin", 2, "2", NOT_BOOLEAN),
    ("User", 1, "IsAdmin", None, "null", NOT_BOOLEAN),
    ("User", 1, "IsActive", 0.0, "0.0", NOT_BOOLEAN),
    ("User", 1, "Name", None, "null", "is not text"),
    ("User", 1, "Name", 42, "42", "is not text"),
    ("User", 1, "FullName", ["Alice"], '["Alice"]', "is not text"),
    ("User", 1, "ID", math.inf, "Infinity", "is not an integer"),
    ("User", 1, "ID", math.nan, "NaN", "is not an integer"),
    ("User", 1, "ID", 1e30, "1e+30", "is not an integer"),
    ("User", 1, "ID", 10**30, str(10**30), "is out of range (from 0 to 9223372036854775807)"),
    ("User", 1, "ID", -1, "-1", "is out of range (from 0 to 9223372036854775807)"),
    ("User", 1, "ID", True, "true", "is not an integer"),
    ("User", 1, "Type", 2, "2", "is out of range (from 0 to 1)"),
    ("Repository", 0, "IsPrivate", "true", '"true"', NOT_BOOLEAN),
    ("Repository", 0, "OwnerID", "4", '"4"', "is not an integer"),
    ("Team", 1, "Authorize", 7, "7", "is out of range (from 0 to 4)"),
    ("Team", 1, "Authorize", "2", '"2"', "is not an integer"),
    ("Collaboration", 0, "Mode", -3, "-3", "is out of range (from 0 to 4)"),
    ("Collaboration", 0, "Mode", 1.5, "1.5", "is not an integer"),
    ("TeamUser", 1, "UID", None, "null", "is not an integer"),
    ("Webhook", 0, "Events", "[]", '"[]"', NOT_HOOK_EVENTS),
    ("Webhook", 0, "Events", "[" * 100_000, '"' + "[" * 56 + "...", NOT_HOOK_EVENTS),
    ("Webhook", 0, "Events", '{"push_only": "yes"}', '"{\\"push_only\\": \\"yes\\"}"',
     NOT_HOOK_EVENTS + " (its flags and events must be true or false)"),
    ("Webhook", 0, "Events", '{"choose_events": true, "events": ["push"]}',
     '"{\\"choose_events\\": true, \\"events\\": [\\"push\\"]}"',
     NOT_HOOK_EVENTS + " (its flags and events must be true or false)"),
    ("Webhook", 0, "Events", '{"send_everything": Infinity}', '"{\\"send_everything\\": Infinity}"', NOT_HOOK_EVENTS),
    ("Webhook", 0, "Events", 5, "5", "is not text"),
    ("Webhook", 0, "URL", 5, "its value (not shown: it may hold credentials)", "is not text"),
    ("Webhook", 0, "CreatedUnix", 10**20, str(10**20), "is out of range (from 0 to 253402300799)"),
    ("Webhook", 0, "UpdatedUnix", 2**62, str(2**62), "is out of range (from 0 to 253402300799)"),
    ("AccessToken", 0, "UpdatedUnix", -5, "-5", "is out of range (from 0 to 253402300799)"),
    ("DeployKey", 0, "CreatedUnix", 1.5, "1.5", "is not an integer"),
    ("User", 1, "LoginSource", "0", '"0"', "is not an integer"),
    ("LoginSource", 0, "Type", "ldap", '"ldap"', "is not an integer"),
    ("LoginSource", 0, "Name", None, "null", "is not text"),
    ("TwoFactor", 0, "UserID", -2, "-2", "is out of range (from 0 to 9223372036854775807)"),
]
IDS = [f"{stem}.{field}={shown[:20]}" for stem, _, field, _, shown, _ in CASES]


def _changed(stem: str, index: int, field: str, value: Any) -> dict[str, list[dict[str, Any]]]:
    tables = rows()
    tables[stem][index][field] = value
    return {stem: tables[stem]}


def _id(stem: str, index: int, field: str, name: str) -> str:
    """How a message names the row's id, unless the id is the bad value."""
    return "" if field == "ID" else f" ({name} {rows()[stem][index]['ID']})"


def _error(**source: str) -> FatalError:
    with pytest.raises(FatalError) as caught:
        collect(**source)
    return caught.value


@pytest.mark.parametrize(("stem", "index", "field", "value", "shown", "reason"), CASES, ids=IDS)
def test_a_wrong_value_in_a_backup_is_named_never_coerced(tmp_path: Path, stem, index, field, value, shown, reason):
    backup = write_backup(tmp_path / "backup.zip", _changed(stem, index, field, value))
    error = _error(gogs_backup=str(backup))
    assert error.message == (f"{backup}: gogs-backup/db/{stem}.json line {index + 1}{_id(stem, index, field, 'ID')}, "
                             f"field `{field}`: {shown} {reason}")
    assert error.hint == FIX_VALUE



SQL_CASES = [case for case in CASES if sqlite_keeps(*case[:4])]


@pytest.mark.parametrize(("stem", "index", "field", "value", "shown", "reason"), SQL_CASES,
                         ids=[IDS[CASES.index(case)] for case in SQL_CASES])
def test_a_wrong_value_in_a_sqlite_database_is_named_never_coerced(tmp_path: Path, stem, index, field, value, shown,
                                                                   reason):
    database = sqlite_with(tmp_path / "gogs.db", stem, index, field, value)
    error = _error(gogs_db=str(database))
    assert error.message == (f"sqlite:{database}: table `{TABLE_OF[stem]}`, row {index + 1}"
                             f"{_id(stem, index, field, 'id')}, column `{column(stem, field)}`: {shown} {reason}")


@pytest.mark.parametrize(("value", "shown", "reason"), [
    (1e20, "1e+20", "is not an integer"),  # SQLite keeps a time past int64 as REAL
    (b"\xffbob", "b'\\xffbob'", "is not text"),  # text that is not UTF-8
    (b"bob", "b'bob'", "is not text"),  # a BLOB
])
def test_sqlite_values_only_sqlite_can_hold_are_named(tmp_path: Path, value, shown, reason):
    stem, field = ("Webhook", "CreatedUnix") if isinstance(value, float) else ("User", "Name")
    database = sqlite_with(tmp_path / "gogs.db", stem, 0, field, value)
    assert _error(gogs_db=str(database)).message == (f"sqlite:{database}: table `{TABLE_OF[stem]}`, row 1"
                                                     f"{_id(stem, 0, field, 'id')}, column `{column(stem, field)}`: "
                                                     f"{shown} {reason}")


def test_sqlite_text_false_in_a_boolean_column_is_refused(tmp_path: Path):
    database = sqlite_with(tmp_path / "gogs.db", "User", 1, "IsAdmin", "false")
    assert _error(gogs_db=str(database)).message.endswith('column `is_admin`: "false" ' + NOT_BOOLEAN)


def test_booleans_as_each_source_stores_them_are_read_exactly(tmp_path: Path):
    """alice is no site admin; bob is made one as SQL stores true (1); bob's full name unset (null) reads as ""."""
    tables = rows()
    assert [(user["Name"], user["IsAdmin"]) for user in tables["User"][1:3]] == [("alice", False), ("bob", False)]
    tables["User"][2].update(IsAdmin=1, FullName=None)
    database = copy_sqlite(tmp_path / "g.db")
    with sqlite3.connect(database) as connection:
        set_sqlite_value(connection, "User", 2, "IsAdmin", 1)
        set_sqlite_value(connection, "User", 2, "FullName", None)
    connection.close()
    for document in (collect(gogs_backup=str(write_backup(tmp_path / "b.zip", {"User": tables["User"]}))),
                     collect(gogs_db=str(database))):
        users = {user["name"]: user for user in document["users"]}
        assert (users["alice"]["siteAdmin"], users["bob"]["siteAdmin"], users["bob"]["fullName"]) == (False, True, "")


def test_a_string_false_never_makes_a_site_admin_through_the_cli(tmp_path: Path):
    backup = write_backup(tmp_path / "backup.zip", _changed("User", 1, "IsAdmin", "false"))
    out = tmp_path / "export.json"
    run = subprocess.run([sys.executable, "-m", "oamlint", "export", "--gogs-backup", str(backup), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == (f'oamlint: error: {backup}: gogs-backup/db/User.json line 2 (ID 2), field `IsAdmin`: '
                          f'"false" {NOT_BOOLEAN}\nhint: {FIX_VALUE}\n')
    assert not out.exists()


def test_a_bad_sqlite_value_prints_its_message_and_nothing_after_it(tmp_path: Path):
    """The row reader is closed before the database: no "Exception ignored … closed database" traceback."""
    database = sqlite_with(tmp_path / "gogs.db", "Repository", 0, "IsPrivate", "yes")
    run = subprocess.run([sys.executable, "-m", "oamlint", "export", "--gogs-db", str(database)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr == (f"oamlint: error: sqlite:{database}: table `repository`, row 1 (id 1), column `is_private`: "
                          f'"yes" {NOT_BOOLEAN}\nhint: {FIX_VALUE}\n')


def test_a_backup_row_of_a_huge_integer_or_deep_nesting_is_not_json_to_oamlint(tmp_path: Path):
    for line in (b'{"ID": ' + b"9" * 5000 + b"}\n", b"[" * 200_000 + b"\n"):
        backup = write_backup(tmp_path / "backup.zip", members={"gogs-backup/db/Team.json": line})
        assert _error(gogs_backup=str(backup)).message == f"{backup}: gogs-backup/db/Team.json line 1 is not a JSON object"


def test_two_rows_with_one_id_are_refused_as_no_gogs_writes_them(tmp_path: Path):
    """A primary key holds each id once; a source that repeats one would make the export depend on row order."""
    users = rows()["User"]
    users.append({**users[1], "IsAdmin": True})
    backup = write_backup(tmp_path / "backup.zip", {"User": users})
    error = _error(gogs_backup=str(backup))
    assert (error.message, error.hint) == (
        f"{backup}: gogs-backup/db/User.json line {len(users)} (ID 2): a second row with this id", FIX_VALUE)
