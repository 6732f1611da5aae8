"""A real Gogs for the collector tests: built by scripts/install-gogs.sh, started once per session.

Fixtures:
  gogs          -> LiveGogs: base_url, admin name and token, per-user tokens, work dir, app.ini, backup()
  gogs_backup   -> Path of a real `gogs backup --database-only` archive of the seeded instance
Helpers: serve() runs a loopback HTTP server that is NOT Gogs, for faults a real Gogs cannot produce.
The instance is seeded through the REST API with the organisation described in SEED_* below.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

REPO_ROOT = Path(__file__).resolve().parents[2]
GOGS_BINARY = REPO_ROOT / ".tools" / "bin" / "gogs"
ADMIN = "siteadmin"
PASSWORD = "Passw0rd-test-1"
ORG = "acme"
# user -> (made a site admin?, active?)
SEED_USERS = {
    "alice": (False, True), "bob": (False, True), "carol": (False, True), "dave": (False, True),
    "erin": (False, True), "frank": (False, True), "grace": (False, True), "henry": (False, False),
    "oscar": (True, True),
}
# (owner, name, private)
SEED_REPOS = [
    (ORG, "payments-api", True), (ORG, "infra", True), (ORG, "website", False), (ORG, "ledger", True),
    ("frank", "notes", True), ("frank", "dotfiles", False),
]
# team -> (permission, members, repositories)
SEED_TEAMS = {
    "devs": ("write", ["bob", "dave"], ["payments-api", "infra"]),
    "auditors": ("read", ["carol", "dave"], ["payments-api", "website", "ledger"]),
    "admins": ("admin", ["erin"], ["infra"]),
}
# (owner/repo, user, permission)
SEED_COLLABORATORS = [
    (f"{ORG}/payments-api", "carol", "write"), (f"{ORG}/infra", "frank", "admin"),
    (f"{ORG}/website", "henry", "read"), ("frank/notes", "alice", "write"), ("frank/notes", "bob", "read"),
]
# A second organisation, created by frank, with a private repository only and a team the site administrator is
# not in: the API can list nothing of it, only look it up by name. (repository, team, permission, members,
# collaborator, the collaborator's permission)
PRIVATE_ORG = "vault"
PRIVATE_SEED = ("secrets", "keepers", "read", ["erin"], "dave", "admin")
# Login sources written into Gogs's database (Gogs has no API to create one): (type, name, configuration);
# the configuration holds a bind password oamlint must never read. Users bound to them, and users with a
# second factor (also written into the database; the rest sign in with a local password and no second factor).
SEED_LOGIN_SOURCES = [
    (2, "Okta LDAP", {"Host": "ldap.example.com", "Port": 636, "SecurityProtocol": 1, "BindDN": "cn=gogs",
                      "BindPassword": "ldap-bind-password-never-exported", "UserBase": "ou=people,dc=example,dc=com",
                      "AttributeUsername": "uid", "AttributeMail": "mail", "Filter": "(uid=%s)"}),
    (6, "GitHub", {"APIEndpoint": "https://api.github.com/"}),
]
SEED_SIGN_IN = {"bob": "Okta LDAP", "dave": "GitHub"}
SEED_TWO_FACTOR = ["carol"]
WEBHOOK_SECRET = "webhook-secret-never-exported"


@dataclass
class LiveGogs:
    base_url: str
    admin: str
    admin_token: str
    work_dir: Path
    app_ini: Path
    env: dict[str, str]
    user_tokens: dict[str, str] = field(default_factory=dict)

    def api(self, method: str, path: str, token: str | None = None, **kwargs: object) -> requests.Response:
        headers = {"Authorization": f"token {token or self.admin_token}", "Content-Type": "application/json"}
        response = requests.request(method, f"{self.base_url}/api/v1{path}", headers=headers, timeout=30, **kwargs)  # type: ignore[arg-type]
        assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
        return response

    def gogs(self, *args: str) -> str:
        completed = subprocess.run(
            [str(GOGS_BINARY), *args, "--config", str(self.app_ini)],
            env=self.env, cwd=self.work_dir, capture_output=True, text=True, timeout=120,
        )
        assert completed.returncode == 0, f"gogs {args[0]} failed: {completed.stdout}{completed.stderr}"
        return completed.stdout

    def backup(self, target: Path, name: str = "gogs-backup.zip") -> Path:
        """Write a real `gogs backup --database-only` archive into target and return its path."""
        target.mkdir(parents=True, exist_ok=True)
        self.gogs("backup", "--database-only", "--target", str(target), "--archive-name", name,
                  "--tempdir", str(self.work_dir / "tmp"))
        return target / name


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(answer: Callable[[http.server.BaseHTTPRequestHandler], None]) -> Iterator[str]:
    """A loopback HTTP server that is not Gogs, for faults a real Gogs cannot be made to produce."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            answer(self)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def reply(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes, kind: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


SQLITE = """TYPE = sqlite3
PATH = data/gogs.db"""


def database_section(kind: str, port: int, name: str, user: str, password: str) -> str:
    """The [database] section of a Gogs on a PostgreSQL or MySQL server on loopback."""
    return f"""TYPE = {kind}
HOST = 127.0.0.1:{port}
NAME = {name}
USER = {user}
PASSWORD = {password}
SSL_MODE = disable"""


def _app_ini(root: Path, port: int, database: str) -> str:
    return f"""RUN_USER = root
RUN_MODE = prod

[server]
PROTOCOL = http
DOMAIN = 127.0.0.1
HTTP_ADDR = 127.0.0.1
HTTP_PORT = {port}
EXTERNAL_URL = http://127.0.0.1:{port}/
APP_DATA_PATH = {root}/data
OFFLINE_MODE = true
DISABLE_SSH = false
START_SSH_SERVER = false
SSH_ROOT_PATH = {root}/ssh
SSH_KEY_TEST_PATH = {root}/tmp

[repository]
ROOT = {root}/repos

[database]
{database}

[security]
INSTALL_LOCK = true
SECRET_KEY = test-only-secret

[auth]
DISABLE_REGISTRATION = true

[email]
ENABLED = false

[picture]
DISABLE_GRAVATAR = true

[cron]
ENABLED = false

[log]
MODE = file
LEVEL = Warn
ROOT_PATH = {root}/log
"""


def _environment(root: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("GOGS_")}
    env.update(USER="root", HOME=str(root / "home"), GOGS_WORK_DIR=str(root), GOGS_CUSTOM=str(root / "custom"))
    return env


def _logs(root: Path) -> str:
    files = [root / "web.log", *sorted((root / "log").glob("*.log"))]
    return "\n".join(f"--- {f.name}\n{f.read_text(errors='replace')[-4000:]}" for f in files if f.exists())


def _wait_until_up(base_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gogs web exited with {process.returncode}:\n{_logs(log.parent)}")
        try:
            if requests.get(f"{base_url}/api/v1/users/search?q=x", timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    pytest.fail(f"gogs web did not answer on {base_url} within 60 s:\n{_logs(log.parent)}")


def _create_token(base_url: str, user: str) -> str:
    response = requests.post(
        f"{base_url}/api/v1/users/{user}/tokens", auth=(user, PASSWORD), json={"name": "oamlint-test"}, timeout=30,
    )
    assert response.status_code == 201, f"token for {user}: {response.status_code} {response.text}"
    return str(response.json()["sha1"])


def _ssh_public_key(directory: Path) -> str:
    key = directory / "deploy_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ci", "-f", str(key)], check=True)
    return (directory / "deploy_key.pub").read_text().strip()


def _seed_users(gogs: LiveGogs) -> None:
    for user, (admin, _active) in SEED_USERS.items():
        gogs.api("POST", "/admin/users", json={"username": user, "email": f"{user}@example.com",
                                               "password": PASSWORD, "full_name": user.title()})
        gogs.user_tokens[user] = _create_token(gogs.base_url, user)
        if admin:
            gogs.api("PATCH", f"/admin/users/{user}", json={"email": f"{user}@example.com", "admin": True})
    gogs.api("GET", "/user", token=gogs.user_tokens["bob"])  # bob's token has been used once
    gogs.api("PATCH", "/admin/users/henry", json={"email": "henry@example.com", "active": False})


def _seed_org(gogs: LiveGogs) -> None:
    gogs.api("POST", "/admin/users/alice/orgs", json={"username": ORG, "full_name": "Acme Corp"})
    for owner, name, private in SEED_REPOS:
        gogs.api("POST", f"/admin/users/{owner}/repos", json={"name": name, "private": private})
    teams = {team["name"]: team["id"] for team in gogs.api("GET", f"/orgs/{ORG}/teams").json()}
    gogs.api("PUT", f"/admin/teams/{teams['Owners']}/members/grace")
    for team, (permission, members, repos) in SEED_TEAMS.items():
        team_id = gogs.api("POST", f"/admin/orgs/{ORG}/teams", json={"name": team, "permission": permission}).json()["id"]
        for member in members:
            gogs.api("PUT", f"/admin/teams/{team_id}/members/{member}")
        for repo in repos:
            gogs.api("PUT", f"/admin/teams/{team_id}/repos/{repo}")


def _seed_private_org(gogs: LiveGogs) -> None:
    repo, team, permission, members, collaborator, level = PRIVATE_SEED
    gogs.api("POST", "/admin/users/frank/orgs", json={"username": PRIVATE_ORG, "full_name": "Vault"})
    gogs.api("POST", f"/admin/users/{PRIVATE_ORG}/repos", json={"name": repo, "private": True})
    team_id = gogs.api("POST", f"/admin/orgs/{PRIVATE_ORG}/teams", json={"name": team, "permission": permission}).json()["id"]
    for member in members:
        gogs.api("PUT", f"/admin/teams/{team_id}/members/{member}")
    gogs.api("PUT", f"/admin/teams/{team_id}/repos/{repo}")
    gogs.api("PUT", f"/repos/{PRIVATE_ORG}/{repo}/collaborators/{collaborator}", json={"permission": level})


def seed_identity(gogs: LiveGogs, sign_in: dict[str, str], two_factor: list[str], email_domain: str) -> None:
    """SEED_LOGIN_SOURCES and second factors for the users in `two_factor`, written into the SQLite database the
    way Gogs stores them; the users in `sign_in` are then bound to a source by name through the admin API, which
    checks that Gogs can load it, and Gogs's sign-in form is checked to ask the others for their second factor.
    The users' full names must be their names in title case (the API rewrites them)."""
    now = int(time.time())
    with closing(sqlite3.connect(gogs.work_dir / "data" / "gogs.db", timeout=30)) as db, db:
        ids = {name: db.execute("INSERT INTO login_source (type, name, is_actived, is_default, cfg, created_unix, "
                                "updated_unix) VALUES (?, ?, 1, 0, ?, ?, ?)",
                                (kind, name, json.dumps(config), now, now)).lastrowid
               for kind, name, config in SEED_LOGIN_SOURCES}
        for user in two_factor:
            (uid,) = db.execute("SELECT id FROM user WHERE lower_name = ?", (user,)).fetchone()
            db.execute("INSERT INTO two_factor (user_id, secret, created_unix) VALUES (?, ?, ?)",
                       (uid, "not-a-real-totp-secret", now))
    for user, source in sign_in.items():
        gogs.api("PATCH", f"/admin/users/{user}", json={"email": f"{user}@{email_domain}", "full_name": user.title(),
                                                        "source_id": ids[source], "login_name": user})
    for user in two_factor:  # Gogs asks this user for the second factor after the password
        assert _web_sign_in(gogs.base_url, user).endswith("/user/login/two_factor"), f"{user} has no second factor"


def _web_sign_in(base_url: str, user: str) -> str:
    """Sign in through Gogs's web form with the seed password; the URL Gogs sends the browser to next."""
    with requests.Session() as session:
        session.get(f"{base_url}/user/login", timeout=30)
        answer = session.post(f"{base_url}/user/login", timeout=30, allow_redirects=False, data={
            "_csrf": session.cookies.get("_csrf", ""), "user_name": user, "password": PASSWORD})
    return str(answer.headers.get("Location", f"(no redirect: {answer.status_code})"))


def _seed_repo_settings(gogs: LiveGogs) -> None:
    for repo, user, permission in SEED_COLLABORATORS:
        gogs.api("PUT", f"/repos/{repo}/collaborators/{user}", json={"permission": permission})
    key = _ssh_public_key(gogs.work_dir / "tmp")
    gogs.api("POST", f"/repos/{ORG}/payments-api/keys", json={"title": "ci-deploy", "key": key})
    for repo, events in ((f"{ORG}/payments-api", ["push"]), ("frank/notes", ["create", "push", "release"])):
        hook = {"type": "gogs", "events": events, "active": True,
                "config": {"url": "http://127.0.0.1:9/hook", "content_type": "json", "secret": WEBHOOK_SECRET}}
        gogs.api("POST", f"/repos/{repo}/hooks", json=hook)


def seed(gogs: LiveGogs) -> None:
    """Seed a fresh Gogs with the SEED_* organisation (the live tests' and the recorded fixtures' data)."""
    _seed_users(gogs)
    _seed_org(gogs)
    _seed_private_org(gogs)
    _seed_repo_settings(gogs)
    seed_identity(gogs, SEED_SIGN_IN, SEED_TWO_FACTOR, "example.com")


def launch(root: Path, database: str = SQLITE, admin_token: str = "") -> tuple[LiveGogs, subprocess.Popen[bytes]]:
    """Start `gogs web` in `root` on a free port and wait until it answers; the caller stops the process."""
    for sub in ("custom/conf", "data", "log", "repos", "ssh", "tmp", "home"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    port = free_port()
    app_ini = root / "custom" / "conf" / "app.ini"
    app_ini.write_text(_app_ini(root, port, database))
    env = _environment(root)
    log = root / "web.log"
    with log.open("wb") as out:
        process = subprocess.Popen([str(GOGS_BINARY), "web", "--config", str(app_ini), "--port", str(port)],
                                   cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base_url, process, log)
    except BaseException:
        _stop(process)
        raise
    return LiveGogs(base_url, ADMIN, admin_token, root, app_ini, env), process


def _start(root: Path, database: str = SQLITE) -> tuple[LiveGogs, subprocess.Popen[bytes]]:
    """Start a fresh `gogs web` in `root` (see launch), then create the site administrator and its token."""
    gogs, process = launch(root, database)
    try:
        gogs.gogs("admin", "create-user", "--name", ADMIN, "--password", PASSWORD,
                  "--email", "siteadmin@example.com", "--admin")
        gogs.admin_token = _create_token(gogs.base_url, ADMIN)
    except BaseException:
        _stop(process)
        raise
    return gogs, process


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@pytest.fixture(scope="session")
def gogs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveGogs]:
    """A seeded Gogs on a free loopback port, stopped at the end of the session whatever happens."""
    if not GOGS_BINARY.exists():
        # Not a silent skip: the reason is printed in pytest's summary (-ra). The Go module proxy
        # refuses gogs.io/gogs (403 Forbidden at every version), so a machine without a Gogs
        # binary in its tool cache cannot run the live tests; see scripts/install-gogs.sh.
        pytest.skip(
            f"LIVE GOGS TESTS NOT RUN: no Gogs at {GOGS_BINARY}; `bash scripts/install-gogs.sh` "
            "says why (the Go module proxy refuses gogs.io/gogs)"
        )
    if shutil.which("git") is None or shutil.which("ssh-keygen") is None:
        pytest.fail("Gogs needs `git` and `ssh-keygen` on PATH: install the git and openssh-client packages")
    live, process = _start(tmp_path_factory.mktemp("gogs"))
    try:
        seed(live)
        yield live
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def gogs_backup(gogs: LiveGogs, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real `gogs backup --database-only` archive of the seeded instance."""
    return gogs.backup(tmp_path_factory.mktemp("backup"))
