"""Real Gogs 0.14.3 data to damage: the recorded backup and SQLite database of tests/gogs/recorded/.

Both were written by a real Gogs (tests/gogs/record_fixtures.py seeds it). Tests change one value, add rows or
replace a member, in a copy: `rows()` reads the backup's tables (JSON Lines keyed by Go field names, in id order),
`write_backup` writes a copy with some tables or members replaced, `copy_sqlite` copies the database and
`set_sqlite_value` changes one value in the copy, the row counted in id order as the collectors read it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from oamlint.gogs.tables import COLUMNS

RECORDED = Path(__file__).resolve().parent / "recorded"
BACKUP = RECORDED / "gogs-backup.zip"
DATABASE = RECORDED / "gogs.db"
Table = list[dict[str, Any]]
TABLE_OF = {stem: table for table, (stem, _) in COLUMNS.items()}


def _member(stem: str) -> str:
    return f"gogs-backup/db/{stem}.json"


def rows() -> dict[str, Table]:
    """A fresh, changeable copy of the recorded tables oamlint reads, keyed by Go type name (backup file stem)."""
    with zipfile.ZipFile(BACKUP) as archive:
        return {stem: [json.loads(line) for line in archive.read(_member(stem)).splitlines() if line.strip()]
                for stem in TABLE_OF}


def metadata() -> bytes:
    with zipfile.ZipFile(BACKUP) as archive:
        return archive.read("gogs-backup/metadata.ini")


def jsonl(table: Table) -> bytes:
    """A table as `gogs backup` writes it: one compact JSON object per line."""
    return b"".join(json.dumps(row, separators=(",", ":")).encode() + b"\n" for row in table)


def write_backup(path: Path, tables: dict[str, Table] | None = None, members: dict[str, bytes] | None = None) -> Path:
    """The recorded backup with `tables` (by Go type name) and raw `members` (by entry name) replaced or added."""
    replaced = {_member(stem): jsonl(table) for stem, table in (tables or {}).items()} | (members or {})
    with zipfile.ZipFile(BACKUP) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename not in replaced:
                out.writestr(item, source.read(item))
        for name, data in replaced.items():
            out.writestr(name, data)
    return path


def copy_sqlite(path: Path) -> Path:
    shutil.copyfile(DATABASE, path)
    return path


def column(stem: str, field: str) -> str:
    """The SQL column of a Go field that oamlint reads."""
    return next(name for name, (go_field, _) in COLUMNS[TABLE_OF[stem]][1].items() if go_field == field)


def set_sqlite_value(connection: sqlite3.Connection, stem: str, index: int, field: str, value: Any) -> None:
    """Set `field` of the row at `index` (0-based, in rowid order) of a Go type's table; SQLite may refuse it."""
    table = TABLE_OF[stem]
    (rowid,) = connection.execute(f'SELECT rowid FROM "{table}" ORDER BY rowid LIMIT 1 OFFSET ?', (index,)).fetchone()
    connection.execute(f'UPDATE "{table}" SET "{column(stem, field)}" = ? WHERE rowid = ?', (value, rowid))


def sqlite_with(path: Path, stem: str, index: int, field: str, value: Any) -> Path:
    """A copy of the recorded database with one value changed."""
    copy_sqlite(path)
    with sqlite3.connect(path) as connection:
        set_sqlite_value(connection, stem, index, field, value)
    connection.close()
    return path


def sqlite_keeps(stem: str, index: int, field: str, value: Any) -> bool:
    """Whether Gogs's SQLite schema stores the value as it is: it may refuse it (NOT NULL, no lists, integers past
    int64), store NaN as NULL, or convert it by the column's affinity (42 in a TEXT column is "42")."""
    memory = sqlite3.connect(":memory:")
    try:
        with sqlite3.connect(DATABASE) as recorded:
            recorded.backup(memory)
        recorded.close()
        set_sqlite_value(memory, stem, index, field, value)
        table, name = TABLE_OF[stem], column(stem, field)
        (stored,) = memory.execute(f'SELECT "{name}" FROM "{table}" ORDER BY rowid LIMIT 1 OFFSET ?',
                                   (index,)).fetchone()
    except (sqlite3.Error, OverflowError):
        return False
    finally:
        memory.close()
    return type(stored) is type(value) and stored == value
