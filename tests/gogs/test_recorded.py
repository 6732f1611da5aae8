"""Every collector and drift rule on what a real Gogs 0.14.3 wrote, on any machine: no Gogs binary needed.

recorded/ holds what tests/gogs/record_fixtures.py recorded from a Gogs seeded by conftest.py's `seed`: the
`gogs backup` archive, the SQLite database, and pg_dump / mariadb-dump of the same data moved by `gogs restore`
into PostgreSQL and MariaDB. The PostgreSQL and MariaDB tests load those dumps into real servers started on
loopback (servers.py); where the server binaries are missing they skip saying so, except on CI (CI=true), which
installs them (scripts/install-databases.sh) and fails instead.
"""

from __future__ import annotations

import datetime
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest

from oamlint.errors import FatalError
from oamlint.gogs import collect
from oamlint.gogs.database import _connect, _driver_errors
from oamlint.gogs.dbconfig import from_dsn
from oamlint.gogs.export import render
from tests.gogs import servers
from tests.gogs.audit import EXPECTED, fingerprints, later, run_drift, summary, without_times_and_keys, write_workspace
from tests.gogs.conftest import (ORG, SEED_LOGIN_SOURCES, SEED_SIGN_IN, SEED_TEAMS, SEED_TWO_FACTOR, LiveGogs,
                                  database_section)
from tests.gogs.record_fixtures import BACKUP, DUMPS, RECORDED, SQLITE, without_hook_updates

STARTS: dict[str, tuple[Callable[[], AbstractContextManager[servers.DbServer]], Callable[[], str | None]]] = {
    "postgres": (servers.postgres, servers.missing_postgres),
    "mysql": (servers.mysql, servers.missing_mysql),
}


def _server(kind: str) -> Iterator[servers.DbServer]:
    start, missing = STARTS[kind]
    reason = missing()
    if reason and os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the {kind} tests")
    if reason:
        pytest.skip(f"{kind.upper()} TESTS NOT RUN: {reason}")
    with start() as server:
        server.load((RECORDED / DUMPS[kind]).read_text(encoding="utf-8"))
        yield server


@pytest.fixture(scope="module")
def postgres() -> Iterator[servers.DbServer]:
    yield from _server("postgres")


@pytest.fixture(scope="module")
def mysql() -> Iterator[servers.DbServer]:
    yield from _server("mysql")


@pytest.fixture(scope="module")
def sqlite_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The recorded SQLite database, copied so that no test can change the committed file."""
    return Path(shutil.copyfile(RECORDED / SQLITE, tmp_path_factory.mktemp("sqlite") / SQLITE))


@pytest.fixture(scope="module")
def source(request: pytest.FixtureRequest, sqlite_copy: Path) -> list[str]:
    """The drift/export options that read one recording: backup, sqlite, postgres or mysql."""
    kind = request.param
    if kind == "backup":
        return ["--gogs-backup", str(RECORDED / BACKUP)]
    if kind == "sqlite":
        return ["--gogs-db", f"sqlite://{sqlite_copy}"]
    server: servers.DbServer = request.getfixturevalue(kind)
    return ["--gogs-db", server.dsn]


def _collect(options: list[str]) -> dict[str, Any]:
    option, value = options
    return collect(**{option.removeprefix("--").replace("-", "_"): value})


@pytest.fixture(scope="module")
def from_backup() -> dict[str, Any]:
    return collect(gogs_backup=str(RECORDED / BACKUP))


def _backup_time(export: dict[str, Any]) -> datetime.datetime:
    return datetime.datetime.fromisoformat(export["provenance"]["sourceTime"].replace("Z", "+00:00"))


SOURCES = pytest.mark.parametrize("source", ["backup", "sqlite", "postgres", "mysql"], indirect=True)


def test_the_recorded_backup_holds_the_seeded_organisation(from_backup):
    assert from_backup["provenance"]["gogsVersion"] == "0.14.3"
    assert from_backup["coverage"] == {"complete": True, "missing": []}
    acme = next(org for org in from_backup["organizations"] if org["name"] == ORG)
    teams = {team["name"]: (team["permission"], team["members"], team["repositories"]) for team in acme["teams"]}
    assert teams.pop("Owners")[0] == "owner"
    assert teams == {name: (permission, sorted(members), sorted(f"{ORG}/{repo}" for repo in repos))
                     for name, (permission, members, repos) in SEED_TEAMS.items()}


@SOURCES
def test_each_recording_says_how_users_sign_in_but_never_a_login_source_secret(source):
    export = _collect(source)
    users = {user["name"]: (user["signIn"], user["twoFactor"]) for user in export["users"]}
    kinds = {kind: name for kind, name, _config in SEED_LOGIN_SOURCES}
    for user, (sign_in, two_factor) in users.items():
        source_name = SEED_SIGN_IN.get(user)
        expected = {"kind": "local", "source": None} if source_name is None else {
            "kind": {2: "ldap", 6: "github"}[next(k for k, n in kinds.items() if n == source_name)],
            "source": source_name}
        assert (sign_in, two_factor) == (expected, user in SEED_TWO_FACTOR), user
    text = render(export)
    for _kind, _name, config in SEED_LOGIN_SOURCES:
        for secret in config.values():
            if "password" in str(secret):
                assert str(secret) not in text
    assert "not-a-real-totp-secret" not in text


@SOURCES
def test_every_collector_reads_the_same_content_from_each_recording(source, from_backup):
    export = _collect(source)
    if source[0] == "--gogs-backup" or source[1].startswith("sqlite:"):  # the very database the backup was taken of
        assert export["provenance"]["sha256"] == from_backup["provenance"]["sha256"]
    assert without_hook_updates(export) == without_hook_updates(from_backup)


@pytest.mark.parametrize("kind", ["postgres", "mysql"])
def test_gogs_restore_is_the_one_change_moving_the_data_made(kind, request, from_backup):
    # `gogs restore` stamps webhooks' updated time with the time of the restore; nothing else differs.
    moved = collect(gogs_db=request.getfixturevalue(kind).dsn)
    hooks = [(hook["created"], hook["updated"]) for repo in moved["repositories"] for hook in repo["webhooks"]]
    recorded = [(hook["created"], hook["updated"]) for repo in from_backup["repositories"] for hook in repo["webhooks"]]
    assert [created for created, _ in hooks] == [created for created, _ in recorded]
    assert all(updated >= before for (_, updated), (_, before) in zip(hooks, recorded, strict=True))


@SOURCES
def test_drift_on_each_recording_gives_every_expected_finding(source, from_backup, tmp_path):
    findings = run_drift(write_workspace(tmp_path), *source, now=later(_backup_time(from_backup)))
    assert summary(findings) == EXPECTED
    assert not [f for f in findings if f["rule"] == "incomplete-export"]
    reference = run_drift(tmp_path, "--gogs-backup", str(RECORDED / BACKUP), now=later(_backup_time(from_backup)))
    assert fingerprints(findings) == fingerprints(reference)


@pytest.mark.parametrize("kind", ["postgres", "mysql"])
def test_gogs_own_app_ini_finds_the_server_database(kind, request, tmp_path, from_backup):
    # The [database] section a Gogs on that server has (conftest.py's database_section, as record_fixtures.py used).
    server: servers.DbServer = request.getfixturevalue(kind)
    app_ini = tmp_path / "custom" / "conf" / "app.ini"
    app_ini.parent.mkdir(parents=True)
    app_ini.write_text("RUN_USER = git\n\n[database]\n" + database_section(
        kind, server.port, servers.DB_NAME, servers.DB_USER, servers.DB_PASSWORD) + "\n", encoding="utf-8")
    export = collect(gogs_config=str(app_ini))
    assert export["provenance"]["location"] == f"{kind}://{servers.DB_USER}@127.0.0.1:{server.port}/{servers.DB_NAME}"
    assert without_hook_updates(export) == without_hook_updates(from_backup)


@pytest.mark.parametrize("kind", ["postgres", "mysql"])
def test_the_server_location_names_no_password(kind, request):
    server: servers.DbServer = request.getfixturevalue(kind)
    export = collect(gogs_db=server.dsn)
    assert servers.DB_PASSWORD not in export["provenance"]["location"]
    assert export["provenance"]["location"] == f"{kind}://{servers.DB_USER}@127.0.0.1:{server.port}/{servers.DB_NAME}"


@pytest.mark.parametrize("kind", ["sqlite", "postgres", "mysql"])
def test_the_collectors_connection_refuses_writes(kind, request, sqlite_copy):
    # The DSN's user owns the database and may write; the session oamlint opens must not.
    dsn = f"sqlite://{sqlite_copy}" if kind == "sqlite" else request.getfixturevalue(kind).dsn
    target = from_dsn(dsn)
    connection = _connect(target)
    try:
        cursor = connection.cursor()
        with pytest.raises(_driver_errors(target)) as refused:
            cursor.execute("DELETE FROM collaboration")
        assert any(word in str(refused.value).lower() for word in ("read-only", "read only", "readonly")), refused.value
    finally:
        connection.close()
    assert any(repo["collaborators"] for repo in collect(gogs_db=dsn)["repositories"])


@pytest.mark.parametrize("kind", ["postgres", "mysql"])
def test_a_wrong_password_stops_with_a_hint_and_never_prints_the_password(kind, request):
    server: servers.DbServer = request.getfixturevalue(kind)
    dsn = server.dsn.replace(servers.DB_PASSWORD, "not-the-password-42")
    with pytest.raises(FatalError) as stopped:
        collect(gogs_db=dsn)
    assert stopped.value.message.startswith(f"cannot connect to {kind}://{servers.DB_USER}@127.0.0.1:{server.port}/")
    assert "not-the-password-42" not in f"{stopped.value.message} {stopped.value.hint}"


def test_the_recordings_are_what_the_seed_gives_today(gogs: LiveGogs, gogs_backup: Path, from_backup):
    # Needs the live Gogs (skips, saying why, without one): a fresh seeding must give the recorded content.
    assert without_times_and_keys(collect(gogs_backup=str(gogs_backup))) == without_times_and_keys(from_backup)
