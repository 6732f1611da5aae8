"""Record what a real Gogs 0.14.3 wrote for the seeded organisation, so every machine can test on it.

    .venv/bin/python -m tests.gogs.record_fixtures        # rewrites tests/gogs/recorded/

Needs the Gogs binary (.tools/bin/gogs, see scripts/install-gogs.sh), PostgreSQL and MariaDB server binaries
(scripts/install-databases.sh). It

1. starts a Gogs on SQLite (conftest.py's `_start`) and seeds it with conftest.py's `seed`, as the live tests do;
2. takes `gogs backup --database-only` (recorded/gogs-backup.zip) and a copy of the SQLite database
   (recorded/gogs.db, through SQLite's backup API, then VACUUM);
3. for PostgreSQL and MariaDB: starts the server on loopback, lets a Gogs on it create its schema, imports the
   backup with `gogs restore --database-only` (Gogs's own way of moving to another database engine), starts that
   Gogs again and checks that its API shows what the SQLite Gogs showed, then dumps the database
   (recorded/gogs-postgres.sql with pg_dump, recorded/gogs-mysql.sql with mariadb-dump).

The API tokens made while seeding are kept in no recorded file other than as Gogs stores them (hashed).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from oamlint.gogs import collect
from tests.gogs import servers
from tests.gogs.conftest import REPO_ROOT, LiveGogs, _start, _stop, database_section, launch, seed

RECORDED = REPO_ROOT / "tests" / "gogs" / "recorded"
BACKUP, SQLITE, DUMPS = "gogs-backup.zip", "gogs.db", {"postgres": "gogs-postgres.sql", "mysql": "gogs-mysql.sql"}


def api_export(gogs: LiveGogs) -> dict[str, Any]:
    """What the API collector sees of a running Gogs, with the site administrator's token."""
    import os

    previous = os.environ.get("GOGS_TOKEN")
    os.environ["GOGS_TOKEN"] = gogs.admin_token
    try:
        return collect(gogs_url=gogs.base_url)
    finally:
        if previous is None:
            del os.environ["GOGS_TOKEN"]
        else:
            os.environ["GOGS_TOKEN"] = previous


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database, compacted into 1 KiB pages (the rows are Gogs's, unchanged)."""
    target.unlink(missing_ok=True)
    live, copy = sqlite3.connect(source), sqlite3.connect(target)
    try:
        live.backup(copy)
        copy.execute("PRAGMA page_size = 1024")
        copy.execute("VACUUM")
    finally:
        live.close()
        copy.close()


def restore_into(server: servers.DbServer, root: Path, backup: Path, seeded: LiveGogs, expected_api: dict[str, Any]
                 ) -> str:
    """Move the seeded Gogs's data into `server` the way Gogs documents, and return its dump.

    The dump is taken before the moved Gogs is started again to check that it serves the seeded data (that check
    uses the administrator's token, which updates the token's last use).
    """
    database = database_section(server.kind, server.port, servers.DB_NAME, servers.DB_USER, servers.DB_PASSWORD)
    gogs, process = launch(root, database)  # an empty database: Gogs creates its schema
    _stop(process)
    gogs.gogs("restore", "--database-only", "--from", str(backup), "--tempdir", str(root / "tmp"))
    dump = server.dump()
    gogs, process = launch(root, database, seeded.admin_token)
    try:
        moved = api_export(gogs)
    finally:
        _stop(process)
    if without_hook_updates(moved) != without_hook_updates(expected_api):
        raise SystemExit(f"the Gogs restored into {server.kind} does not serve what the seeded Gogs served")
    return dump


def without_hook_updates(export: dict[str, Any]) -> dict[str, Any]:
    """An export's content less its webhooks' `updated` times, which `gogs restore` sets to the time of the restore.

    (Gogs 0.14.3 internal/database/backup.go importLegacyTables: xorm's BeforeInsert sets created_unix and
    updated_unix to now; the import then resets created_unix from the archive, but not updated_unix.)
    """
    content = {key: value for key, value in export.items() if key != "provenance"}
    content["repositories"] = [{**repo, "webhooks": [{**hook, "updated": None} for hook in repo["webhooks"]]}
                               for repo in content["repositories"]]
    return content


def record(output: Path, say: Callable[[str], None] = print) -> None:
    """Seed a Gogs, back it up, move it into PostgreSQL and MariaDB, and write every recording into `output`."""
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="oamlint-record-") as tmp:
        root = Path(tmp)
        seeded, process = _start(root / "sqlite")
        try:
            seed(seeded)
            backup = seeded.backup(root / "backup", BACKUP)
            copy_sqlite(seeded.work_dir / "data" / "gogs.db", output / SQLITE)  # before the API check uses a token
            expected_api = api_export(seeded)
        finally:
            _stop(process)
        shutil.copyfile(backup, output / BACKUP)
        say(f"recorded {output / BACKUP} and {output / SQLITE}")
        starts: dict[str, Callable[[], AbstractContextManager[servers.DbServer]]] = {
            "postgres": servers.postgres, "mysql": servers.mysql}
        for kind, start in starts.items():
            with start() as server:
                dump = restore_into(server, root / kind, backup, seeded, expected_api)
                (output / DUMPS[kind]).write_text(dump, encoding="utf-8")
            say(f"recorded {output / DUMPS[kind]}")


def _missing() -> Iterator[str]:
    from tests.gogs.conftest import GOGS_BINARY

    if not GOGS_BINARY.exists():
        yield f"no Gogs at {GOGS_BINARY}: run `bash scripts/install-gogs.sh`"
    yield from (reason for reason in (servers.missing_postgres(), servers.missing_mysql()) if reason)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--output", type=Path, default=RECORDED, help=f"default: {RECORDED.relative_to(REPO_ROOT)}")
    args = parser.parse_args(argv)
    problems = list(_missing())
    if problems:
        print("record_fixtures: cannot record here:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    record(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
