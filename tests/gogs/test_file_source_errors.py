"""Bad backups and databases: each a FatalError saying what is wrong and how to fix it.

Archives with faults are made from a real `gogs backup` (Gogs never writes a truncated or zip-slip archive itself).
"""

from __future__ import annotations

import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest

from oamlint.errors import FatalError
from oamlint.gogs import collect
from oamlint.gogs.backup import MAKE_BACKUP
from oamlint.gogs.database import NOT_GOGS_HINT
from tests.gogs.conftest import LiveGogs


def _error(**source: str) -> FatalError:
    with pytest.raises(FatalError) as caught:
        collect(**source)
    return caught.value


def _rewrite(real: Path, target: Path, extra: dict[str, bytes] | None = None, drop: str = "",
             change: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(real) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename != drop:
                out.writestr(item, (change or {}).get(item.filename, source.read(item)))
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return target


def test_a_truncated_backup_is_refused(gogs_backup: Path, tmp_path: Path):
    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(gogs_backup.read_bytes()[: gogs_backup.stat().st_size // 2])
    error = _error(gogs_backup=str(truncated))
    assert (error.message, error.hint) == (f"{truncated} is not a zip archive, or it is truncated", MAKE_BACKUP)


def test_a_backup_with_a_corrupted_member_is_refused(gogs_backup: Path, tmp_path: Path):
    damaged = tmp_path / "damaged.zip"
    _rewrite(gogs_backup, damaged)
    with zipfile.ZipFile(damaged) as archive:
        info = archive.getinfo("gogs-backup/db/User.json")
    data = bytearray(damaged.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 10: start + 40] = bytes(30)
    damaged.write_bytes(bytes(data))
    assert _error(gogs_backup=str(damaged)).message == f"{damaged} is damaged: gogs-backup/db/User.json cannot be read"


def test_a_zip_that_is_not_a_gogs_backup_is_refused(tmp_path: Path):
    foreign = tmp_path / "photos.zip"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("holiday/beach.txt", "sand")
    error = _error(gogs_backup=str(foreign))
    assert error.message == f"{foreign} is not a Gogs database backup: it has no gogs-backup/metadata.ini"


def test_a_backup_with_an_entry_outside_its_folder_is_refused(gogs_backup: Path, tmp_path: Path):
    slip = _rewrite(gogs_backup, tmp_path / "slip.zip", extra={"gogs-backup/../../etc/cron.d/evil": b"* * * * *"})
    error = _error(gogs_backup=str(slip))
    assert error.message == f"{slip} has an entry outside its `gogs-backup/` folder: 'gogs-backup/../../etc/cron.d/evil'"
    assert error.hint == "this archive was not written by `gogs backup`; do not extract it, and " + MAKE_BACKUP


def test_a_backup_missing_a_table_is_refused(gogs_backup: Path, tmp_path: Path):
    partial = _rewrite(gogs_backup, tmp_path / "partial.zip", drop="gogs-backup/db/Team.json")
    assert _error(gogs_backup=str(partial)).message == \
        f"{partial} is not a Gogs database backup: it has no gogs-backup/db/Team.json"


def test_a_backup_line_that_is_not_json_is_named(gogs_backup: Path, tmp_path: Path):
    bad = _rewrite(gogs_backup, tmp_path / "bad.zip", change={"gogs-backup/db/Team.json": b'\n{oops\n'})
    assert _error(gogs_backup=str(bad)).message == f"{bad}: gogs-backup/db/Team.json line 2 is not a JSON object"


def test_a_backup_row_without_a_gogs_field_is_named(gogs_backup: Path, tmp_path: Path):
    bad = _rewrite(gogs_backup, tmp_path / "bad.zip", change={"gogs-backup/db/Team.json": b'{"ID": 1}\n'})
    assert _error(gogs_backup=str(bad)).message == f"{bad}: gogs-backup/db/Team.json line 1 (ID 1) has no field `OrgID`"


def test_a_missing_backup_file_is_named(tmp_path: Path):
    missing = tmp_path / "nope.zip"
    assert _error(gogs_backup=str(missing)).message == f"cannot read the backup {missing}: No such file or directory"


def test_a_sqlite_database_that_is_not_gogss_is_refused(tmp_path: Path):
    other = tmp_path / "app.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER, body TEXT)")
    error = _error(gogs_db=str(other))
    assert (error.message, error.hint) == (f"sqlite:{other} is not a Gogs database: it has no table `user`",
                                           NOT_GOGS_HINT)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path):
    text = tmp_path / "gogs.db"
    text.write_text("this is not sqlite\n" * 100)
    assert _error(gogs_db=f"sqlite://{text}").message == f"{text} is not a SQLite database"


def test_the_database_is_opened_read_only(gogs: LiveGogs, tmp_path: Path):
    copy = tmp_path / "gogs.db"
    copy.write_bytes((gogs.work_dir / "data" / "gogs.db").read_bytes())
    before = copy.read_bytes()
    collect(gogs_db=str(copy))
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gogs.db"]


def test_an_app_ini_naming_a_missing_database_says_so(tmp_path: Path):
    ini = tmp_path / "custom" / "conf" / "app.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("RUN_USER = git\n[database]\nTYPE = sqlite3\nPATH = data/gogs.db\n")
    assert _error(gogs_config=str(ini)).message == \
        f"the Gogs SQLite database {tmp_path / 'data' / 'gogs.db'} does not exist"


def test_an_ini_without_a_database_section_is_refused(tmp_path: Path):
    ini = tmp_path / "app.ini"
    ini.write_text("[server]\nHTTP_PORT = 3000\n")
    assert _error(gogs_config=str(ini)).message == f"{ini} has no [database] section"


def test_postgres_without_its_driver_says_which_package_to_install(tmp_path: Path, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed, whatever this machine has
    ini = tmp_path / "app.ini"
    ini.write_text("[database]\nTYPE = postgres\nHOST = 127.0.0.1:5432\nNAME = gogs\nUSER = gogs\nPASSWORD = s3cret\n")
    error = _error(gogs_config=str(ini))
    assert (error.message, error.hint) == (
        "reading a postgres database needs the Python package `psycopg[binary]`, which is not installed",
        "pip install 'psycopg[binary]'")


def test_mysql_without_its_driver_says_which_package_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pymysql", None)
    error = _error(gogs_db="mysql://gogs:s3cret@127.0.0.1:3306/gogs")
    assert error.hint == "pip install 'PyMySQL'"


def test_a_bad_dsn_is_refused_without_echoing_its_password():
    error = _error(gogs_db="postgres://gogs:s3cret@127.0.0.1:notaport/gogs")
    assert error.message == "--gogs-db is not a valid DSN (bad port or address)"
    assert "s3cret" not in error.message + error.hint
    assert _error(gogs_db="mongodb://h/db").message == "--gogs-db: the scheme 'mongodb' is not one oamlint reads"
