"""The small parts of the export: paging, progress, URL and key handling, the shipped schema, the ini reader."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

from oamlint.gogs import export
from oamlint.gogs.api import fingerprint
from oamlint.gogs.backup import _backup_time
from oamlint.words import without_credentials
from oamlint.gogs.client import GogsClient
from oamlint.gogs.dbconfig import from_app_ini, from_dsn
from oamlint.gogs.progress import Progress
from oamlint.gogs.tables import hook_events
from tests.gogs.conftest import LiveGogs


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_paged_search_follows_gogs_link_headers_to_the_last_page(gogs: LiveGogs):
    client = GogsClient(gogs.base_url, gogs.admin_token)
    names = [repo["full_name"] for repo in client.pages("/repos/search", q="_", limit=1)]
    assert sorted(names) == ["acme/website", "frank/dotfiles"]


def test_the_progress_bar_is_drawn_on_a_terminal_and_cleared_at_the_end():
    screen = Terminal()
    with Progress("reading", stream=screen) as progress:
        progress.expect(4)
        progress.advance("acme/svc")
    assert screen.getvalue() == ("\r\033[Kreading [..............................] 0/4 "
                                 "\r\033[Kreading [#######.......................] 1/4 acme/svc\r\033[K")


def test_the_progress_bar_writes_nothing_when_stderr_is_not_a_terminal():
    log = io.StringIO()
    with Progress("reading", stream=log) as progress:
        progress.expect(2)
        progress.advance()
    assert log.getvalue() == ""


def test_webhook_urls_lose_credentials_query_and_fragment():
    assert without_credentials("https://bot:s3cret@hooks.example.com:8443/x/y?token=abc#f") == "https://hooks.example.com:8443/x/y"
    assert without_credentials("http://[::1]:9/h") == "http://[::1]:9/h"
    assert without_credentials("http://ci:pw@opa.example:99999/v1") == "http://opa.example/v1"  # no port: not a number
    assert without_credentials("ci:pw@127.0.0.1:8181") == "127.0.0.1:8181"  # no scheme: still not printed
    assert without_credentials("//ci:pw@127.0.0.1:8181/x?token=t") == "//127.0.0.1:8181/x"
    assert without_credentials("localhost:8181/?token=t#f") == "localhost:8181/"
    assert without_credentials("hooks.example.com/x?token=abc") == "hooks.example.com/x"  # a webhook without scheme
    assert without_credentials("/backups/gogs@2026.zip") == "/backups/gogs@2026.zip"  # a path, as it is
    # an authority Python cannot split (an unclosed `[`): what follows its last `@` only
    assert without_credentials("http://ci:pw@[::1/x?token=t") == "http://[::1"
    assert without_credentials("//ci:pw@[::1") == "//[::1"


def test_hook_events_follow_gogs_push_only_send_everything_and_chosen_events():
    assert hook_events('{"push_only": true}') == ("push",)
    assert hook_events('{"send_everything": true}') == (
        "create", "delete", "fork", "push", "issues", "pull_request", "issue_comment", "release")
    assert hook_events('{"choose_events": true, "events": {"release": true, "fork": true}}') == ("fork", "release")
    assert hook_events("") == ()


def test_deploy_key_fingerprints_are_computed_as_ssh_keygen_prints_them(tmp_path: Path):
    key = tmp_path / "k"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    expected = subprocess.run(["ssh-keygen", "-lf", f"{key}.pub"], capture_output=True, text=True, check=True)
    assert fingerprint((tmp_path / "k.pub").read_text()) == expected.stdout.split()[1]
    assert fingerprint("garbage") == ""


def test_the_schema_ships_inside_the_package_and_names_its_version():
    assert export.schema()["properties"]["schemaVersion"] == {"const": export.SCHEMA_VERSION}
    assert export.SCHEMA_VERSION == "oamlint.gogs-export/2"


def test_canonical_json_ignores_key_order_and_whitespace():
    assert export.canonical_json({"b": [1, {"y": 2, "x": "é"}], "a": None}) == \
        '{"a":null,"b":[1,{"x":"é","y":2}]}'.encode()
    assert json.loads(export.canonical_json({"k": "v"})) == {"k": "v"}


def test_the_backup_time_is_read_from_gos_time_format():
    assert _backup_time("2026-11-25 22:04:55.785364939 +0100 CET m=+0.042119020") == "2026-11-25T21:04:55Z"
    assert _backup_time("yesterday") is None


def test_app_ini_is_read_as_gogs_reads_it(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("GOGS_WORK_DIR", raising=False)
    monkeypatch.setenv("DB_PASS", "from-env")
    ini = tmp_path / "custom" / "conf" / "app.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("RUN_USER = git\n[database]\nTYPE = postgres\nHOST = db.internal:5433\nNAME = gogs ; prod\n"
                   "USER = gogs\nPASSWORD = `${DB_PASS}`\nSSL_MODE = require\n")
    target = from_app_ini(ini)
    assert (target.kind, target.host, target.port, target.name, target.password, target.ssl_mode) == (
        "postgres", "db.internal", 5433, "gogs ; prod", "from-env", "require")
    assert target.location == "postgres://gogs@db.internal:5433/gogs ; prod"
    assert "from-env" not in repr(target)


def test_a_value_app_ini_takes_from_the_environment_is_used_but_never_shown(tmp_path: Path, monkeypatch):
    """Tester 23: `HOST = ${GOGS_TOKEN}:5432` put the admin token into the connection error. Gogs expands `${VAR}`
    (os.ExpandEnv), so oamlint connects to what it expands to, and shows what app.ini says."""
    token = "0123456789abcdef0123456789abcdef01234567"
    monkeypatch.setenv("GOGS_TOKEN", token)
    ini = tmp_path / "app.ini"
    ini.write_text("[database]\nTYPE = postgres\nHOST = ${GOGS_TOKEN}:5432\nNAME = gogs\nUSER = gogs\n")
    target = from_app_ini(ini)
    assert (target.host, target.port) == (token, 5432)
    assert target.location == "postgres://gogs@${GOGS_TOKEN}:5432/gogs" and token not in repr(target)


def test_a_relative_sqlite_path_resolves_against_the_work_dir(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("GOGS_WORK_DIR", raising=False)
    ini = tmp_path / "custom" / "conf" / "app.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[database]\nTYPE = sqlite3\nPATH = data/gogs.db\n")
    assert from_app_ini(ini).path == tmp_path / "data" / "gogs.db"
    monkeypatch.setenv("GOGS_WORK_DIR", "/srv/gogs")
    assert from_app_ini(ini).path == Path("/srv/gogs/data/gogs.db")


def test_dsns_keep_their_password_out_of_the_location():
    target = from_dsn("mysql://gogs:p%40ss@127.0.0.1:3307/gogs")
    assert (target.kind, target.user, target.password, target.port, target.location) == (
        "mysql", "gogs", "p@ss", 3307, "mysql://gogs@127.0.0.1:3307/gogs")
    assert from_dsn("sqlite:///var/lib/gogs/gogs.db").path == Path("/var/lib/gogs/gogs.db")
