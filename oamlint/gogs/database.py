"""Collect by reading Gogs's database read-only: SQLite (stdlib), PostgreSQL (psycopg), MySQL (PyMySQL).

SQLite is opened through a `mode=ro` URI, so nothing can be written even by mistake; PostgreSQL and MySQL
sessions are set read-only before the first query. Rows are streamed table by table through the same
`tables.snapshot_from_tables` as the backup collector, so both give the same export for the same data.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from oamlint.errors import FatalError
from oamlint.gogs import records as r
from oamlint.gogs.dbconfig import DbTarget, from_app_ini, from_dsn
from oamlint.gogs.tables import COLUMNS, OPTIONAL, Row, local_identity, snapshot_from_tables

DRIVERS = {"postgres": ("psycopg", "psycopg[binary]"), "mysql": ("pymysql", "PyMySQL")}
NOT_GOGS_HINT = "point --gogs-config at the app.ini of the Gogs server, or --gogs-db at the database it names"


def collect_database(*, config: str | None, dsn: str | None) -> tuple[r.Snapshot, r.Provenance]:
    target = from_dsn(dsn) if dsn else from_app_ini(Path(config or ""))
    connection = _connect(target)
    try:
        _check_tables(connection, target)
        snapshot = snapshot_from_tables(lambda table: _rows(connection, target, table), target.location)
    except _driver_errors(target) as error:
        raise FatalError(f"cannot read {target.location}: {type(error).__name__}", NOT_GOGS_HINT) from None
    finally:
        connection.close()
    return snapshot, r.Provenance("database", target.location, None, local_identity())


def _driver_errors(target: DbTarget) -> type[Exception] | tuple[type[Exception], ...]:
    if target.kind == "sqlite":
        return sqlite3.Error
    module = importlib.import_module(DRIVERS[target.kind][0])
    errors: type[Exception] = getattr(module, "Error", Exception)
    return errors


def _connect(target: DbTarget) -> Any:
    if target.kind == "sqlite":
        return _connect_sqlite(target.path or Path())
    module_name, package = DRIVERS[target.kind]
    try:
        driver = importlib.import_module(module_name)
    except ImportError:
        raise FatalError(f"reading a {target.kind} database needs the Python package `{package}`, which is not installed",
                         f"pip install '{package}'") from None
    try:
        return _connect_server(driver, target)
    except driver.Error as error:
        raise FatalError(f"cannot connect to {target.location}: {type(error).__name__}",
                         "check the host, port, user and password in app.ini or the --gogs-db DSN") from None


def _connect_sqlite(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise FatalError(f"the Gogs SQLite database {path} does not exist", NOT_GOGS_HINT)
    try:
        connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error:
        raise FatalError(f"cannot open the SQLite database {path} read-only", NOT_GOGS_HINT) from None
    connection.text_factory = _text_or_bytes
    return connection


def _text_or_bytes(raw: bytes) -> str | bytes:
    """SQLite text as str; text that is not UTF-8 stays bytes, which typed decoding names as "not text"."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw


def _connect_server(driver: Any, target: DbTarget) -> Any:
    if target.kind == "postgres":
        options = f"-c default_transaction_read_only=on{f' -c search_path={target.schema}' if target.schema else ''}"
        return driver.connect(host=target.host, port=target.port or 5432, dbname=target.name, user=target.user,
                              password=target.password, sslmode=target.ssl_mode or "prefer", options=options)
    connection = driver.connect(host=target.host, port=target.port or 3306, database=target.name,
                                user=target.user, password=target.password)
    with connection.cursor() as cursor:
        cursor.execute("SET SESSION TRANSACTION READ ONLY")
    return connection


def _quote(target: DbTarget, name: str) -> str:
    return f"`{name}`" if target.kind == "mysql" else f'"{name}"'


def _columns(connection: Any, target: DbTarget, table: str) -> list[str]:
    cursor = connection.cursor()
    cursor.execute(f"SELECT * FROM {_quote(target, table)} WHERE 1 = 0")
    names = [str(column[0]).lower() for column in cursor.description]
    cursor.close()
    return names


def _check_tables(connection: Any, target: DbTarget) -> None:
    if target.kind == "sqlite":
        try:
            connection.execute("SELECT name FROM sqlite_master").fetchall()
        except sqlite3.DatabaseError:
            raise FatalError(f"{target.path} is not a SQLite database", NOT_GOGS_HINT) from None
    for table, (_stem, fields) in COLUMNS.items():
        try:
            present = set(_columns(connection, target, table))
        except _driver_errors(target):
            raise FatalError(f"{target.location} is not a Gogs database: it has no table `{table}`",
                             NOT_GOGS_HINT) from None
        absent = [column for column in fields if column not in present and column not in OPTIONAL]
        if absent:
            raise FatalError(f"{target.location} is not a Gogs database: table `{table}` has no column `{absent[0]}`",
                             NOT_GOGS_HINT)


def _rows(connection: Any, target: DbTarget, table: str) -> Iterator[Row]:
    wanted = list(COLUMNS[table][1])
    present = set(_columns(connection, target, table))
    selected = [column for column in wanted if column in present]
    cursor = connection.cursor()
    cursor.execute(f"SELECT {', '.join(_quote(target, c) for c in selected)} FROM {_quote(target, table)} "
                   "ORDER BY id")  # so that "row N" in a message is the row of the N-th smallest id
    try:
        while batch := cursor.fetchmany(500):
            for values in batch:
                yield {**{c: OPTIONAL[c] for c in wanted if c not in present}, **dict(zip(selected, values))}
    finally:
        cursor.close()
