"""Real PostgreSQL and MariaDB servers on loopback, for the database collector tests and the fixture recorder.

Each server lives in its own temporary directory, listens on a free 127.0.0.1 port and a socket in that
directory, and is stopped (and its process waited for) when the context manager exits, whatever happens.
Debian's packages provide the binaries: `postgresql` (/usr/lib/postgresql/<major>/bin) and `mariadb-server`;
`.ci/run` installs them through scripts/install-databases.sh. `missing_*()` says why a server cannot start here.

PostgreSQL refuses to run as root, so as root it runs as the `postgres` account the Debian package creates.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.gogs.conftest import free_port

DB_NAME = "gogs"
DB_USER = "gogs"
DB_PASSWORD = "db-test-password-1"
INSTALL_HINT = "run `bash scripts/install-databases.sh` (Debian's postgresql and mariadb-server packages)"


@dataclass(frozen=True)
class DbServer:
    kind: str  # postgres | mysql
    port: int
    root: Path
    dsn: str  # as --gogs-db takes it, password included
    client: tuple[str, ...]  # the superuser's command-line client, reading SQL on stdin
    dumper: tuple[str, ...]  # pg_dump / mariadb-dump of database `gogs`, as plain SQL on stdout

    def dump(self) -> str:
        """Database `gogs` as a plain SQL script (schema and rows, no owners or grants)."""
        return subprocess.run(self.dumper, capture_output=True, text=True, timeout=300, check=True).stdout

    def load(self, script: str) -> None:
        """Run a dump of `dump()` into database `gogs`; its objects end up owned by (or granted to) user `gogs`."""
        self.sql(f"SET ROLE {DB_USER};\n{script}" if self.kind == "postgres" else script)

    def sql(self, text: str, database: str = DB_NAME) -> str:
        """Run SQL through the superuser's client; returns its output; fails the caller on an error."""
        completed = subprocess.run([*self.client, database], input=text, capture_output=True, text=True,
                                   timeout=300, check=False)
        if completed.returncode != 0:
            raise RuntimeError(f"{self.kind} client failed: {completed.stderr[-2000:]}")
        return completed.stdout


def _postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def missing_postgres() -> str | None:
    """Why a PostgreSQL server cannot be started here, or None."""
    if _postgres_bin() is None:
        return f"no PostgreSQL server binaries (initdb); {INSTALL_HINT}"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root, and there is no `postgres` account to run PostgreSQL as"
    return None


def missing_mysql() -> str | None:
    """Why a MariaDB server cannot be started here, or None."""
    absent = [name for name in ("mariadbd", "mariadb-install-db", "mariadb", "mariadb-dump") if not _mysql_tool(name)]
    return f"no MariaDB server binaries ({', '.join(absent)}); {INSTALL_HINT}" if absent else None


def _mysql_tool(name: str) -> str | None:
    return shutil.which(name) or next((str(p) for p in (Path("/usr/sbin") / name,) if p.exists()), None)


def _wait(ready: list[str], process: subprocess.Popen[bytes] | None, log: Path, what: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        if subprocess.run(ready, capture_output=True, timeout=30, check=False).returncode == 0:
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not start within 60 s:\n{log.read_text(errors='replace')[-3000:]}")


@contextmanager
def postgres() -> Iterator[DbServer]:
    """A PostgreSQL server with database `gogs` owned by user `gogs` (password auth over TCP).

    Its directory is a new one under the system's temporary directory (the `postgres` account must be able to
    reach it when running as root), removed when the server has stopped.
    """
    bindir = _postgres_bin()
    assert bindir is not None, missing_postgres()
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root = Path(tempfile.mkdtemp(prefix="oamlint-postgres-"))
    data, sock = root / "pgdata", root / "pgsock"
    sock.mkdir()
    if as_user:
        account = pwd.getpwnam("postgres")
        for directory in (root, sock):
            os.chown(directory, account.pw_uid, account.pw_gid)
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                    "-E", "UTF8", "--no-locale"], check=True, capture_output=True, timeout=120)
    port = free_port()
    log = root / "postgres.log"
    ctl = [*as_user, str(bindir / "pg_ctl"), "-D", str(data)]
    subprocess.run([*ctl, "-l", str(log), "-w", "-o", f"-c listen_addresses=127.0.0.1 -p {port} "
                    f"-c unix_socket_directories={sock} -c fsync=off", "start"],
                   check=True, capture_output=True, timeout=120)
    try:
        psql = (*as_user, str(bindir / "psql"), "-v", "ON_ERROR_STOP=1", "-q", "-h", str(sock), "-p", str(port),
                "-U", "postgres", "-d")
        dumper = (*as_user, str(bindir / "pg_dump"), "--no-owner", "--no-privileges", "--no-comments", "-h", str(sock),
                  "-p", str(port), "-U", "postgres", DB_NAME)
        server = DbServer("postgres", port, root,
                          f"postgres://{DB_USER}:{DB_PASSWORD}@127.0.0.1:{port}/{DB_NAME}?sslmode=disable", psql, dumper)
        server.sql(f"CREATE ROLE {DB_USER} LOGIN PASSWORD '{DB_PASSWORD}'; "
                   f"CREATE DATABASE {DB_NAME} OWNER {DB_USER};", database="postgres")
        yield server
    finally:
        subprocess.run([*ctl, "-m", "fast", "-w", "stop"], capture_output=True, timeout=120, check=False)
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def mysql() -> Iterator[DbServer]:
    """A MariaDB server with database `gogs` and user `gogs` (all privileges on it, password auth over TCP).

    Its directory is a new one under the system's temporary directory, removed when the server has stopped.
    """
    root = Path(tempfile.mkdtemp(prefix="oamlint-mariadb-"))
    data, sock = root / "mysqldata", root / "mysql.sock"
    user = ["--user=root"] if os.geteuid() == 0 else []
    subprocess.run([str(_mysql_tool("mariadb-install-db")), f"--datadir={data}", "--auth-root-authentication-method=normal",
                    "--skip-test-db", *user], check=True, capture_output=True, timeout=300)
    port = free_port()
    log = root / "mysqld.log"
    with log.open("wb") as out:
        process = subprocess.Popen([str(_mysql_tool("mariadbd")), "--no-defaults", f"--datadir={data}",
                                    f"--socket={sock}", f"--port={port}", "--bind-address=127.0.0.1",
                                    f"--pid-file={root / 'mysqld.pid'}", "--skip-log-bin", *user],
                                   stdout=out, stderr=subprocess.STDOUT)
    try:
        client = (str(_mysql_tool("mariadb")), "--no-defaults", f"--socket={sock}", "-uroot")
        _wait([*client, "-e", "SELECT 1"], process, log, "mariadbd")
        dumper = (str(_mysql_tool("mariadb-dump")), "--no-defaults", f"--socket={sock}", "-uroot", "--skip-dump-date",
                  "--skip-comments", "--single-transaction", DB_NAME)
        server = DbServer("mysql", port, root, f"mysql://{DB_USER}:{DB_PASSWORD}@127.0.0.1:{port}/{DB_NAME}", client,
                          dumper)
        server.sql(f"CREATE DATABASE {DB_NAME} CHARACTER SET utf8mb4; "
                   f"CREATE USER '{DB_USER}'@'127.0.0.1' IDENTIFIED BY '{DB_PASSWORD}'; "
                   f"GRANT ALL ON {DB_NAME}.* TO '{DB_USER}'@'127.0.0.1';", database="mysql")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)
