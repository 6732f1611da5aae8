"""The Gogs of the example organisation (examples/): seed a real Gogs with it and write its export.

    .venv/bin/python -m tests.gogs.acme_example            # writes examples/gogs/acme-export.json

Starts a throw-away Gogs 0.14.3 (.tools/bin/gogs) with the fixture's `_start` on a free loopback port,
seeds the organisation below through the REST API, takes a real `gogs backup --database-only`, collects
the export from it and writes it. The seed is chosen so that the example specs drift from it:

* payments-api: the deploy role declares `admin`, Gogs gives deployers `write` (missing-access); alice
  is still a collaborator though her on-call grant ended on 2026-06-30 (undeclared-access);
* storefront: the test role declares `write`, the ci team has `read` (missing-access);
* search-config (bound by its kustomize URL, no roles): deployers hold it (undeclared-access);
* search-api: the deploy role declares `write` for Owners, who have `owner` (excess-permission), and
  auditors hold it though the audit role names no team (undeclared-access);
* billing: auditors are declared `admin` but hold `read` (missing-access); mallory is an undeclared
  collaborator with `admin` (undeclared-access);
* legacy-admin: declared by no spec (unowned-repository), with a deploy key;
* four owners (owner-sprawl), a site administrator besides the bootstrap one (site-admin-access),
  two access tokens, one used once (stale-credential once they are older than 90 days);
* identity (`okta` is the `Okta LDAP` login source in examples/.oamlint.yaml): the deployers, ci, auditors and
  two owners sign in through Okta LDAP; carol, a declared storefront deployer, through GitHub, and the owners
  ivan and judy, whom search-api's deploy role names through acme/Owners, with a local password
  (unbound-identity); alice and mallory sign in with a local password and no second factor
  (missing-second-factor); the other local users have one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import requests

from oamlint.gogs import collect
from oamlint.gogs.export import write_atomic
from tests.gogs.conftest import PASSWORD, REPO_ROOT, LiveGogs, _ssh_public_key, _start, _stop, seed_identity

ORG = "acme"
OUTPUT = REPO_ROOT / "examples" / "gogs" / "acme-export.json"
CREATOR = "grace"  # creating the organisation makes her its first owner
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "henry", "ivan", "judy", "mallory", "oscar"]
SITE_ADMINS = ["oscar"]
OWNERS = ["henry", "ivan", "judy"]  # with grace
# (name, private)
REPOS = [("payments-api", True), ("storefront", True), ("search-api", False), ("search-config", True),
         ("billing", True), ("legacy-admin", True)]
# team -> (permission, members, repositories)
TEAMS = {
    "deployers": ("write", ["bob", "dave"], ["payments-api", "storefront", "billing", "search-config"]),
    "ci": ("read", ["erin"], ["payments-api", "storefront", "billing"]),
    "auditors": ("read", ["frank"], ["payments-api", "storefront", "billing", "search-api"]),
}
# (repository, user, permission)
COLLABORATORS = [("payments-api", "alice", "write"), ("storefront", "carol", "write"),
                 ("billing", "mallory", "admin"), ("legacy-admin", "bob", "admin")]
DEPLOY_KEYS = [("payments-api", "ci-deploy"), ("legacy-admin", "legacy-deploy")]
SIGN_IN = {user: "Okta LDAP" for user in ["bob", "dave", "erin", "frank", "grace", "henry"]} | {"carol": "GitHub"}
TWO_FACTOR = ["ivan", "judy", "oscar"]
# (user, token name, used once?)
TOKENS = [("bob", "laptop", False), ("erin", "ci-runner", True)]


def seed(gogs: LiveGogs) -> None:
    """Create the example organisation in a fresh Gogs whose site administrator is `gogs.admin`."""
    for user in USERS:
        gogs.api("POST", "/admin/users", json={"username": user, "email": f"{user}@acme.example",
                                               "password": PASSWORD, "full_name": user.title()})
    for user in SITE_ADMINS:
        gogs.api("PATCH", f"/admin/users/{user}", json={"email": f"{user}@acme.example", "admin": True})
    gogs.api("POST", f"/admin/users/{CREATOR}/orgs", json={"username": ORG, "full_name": "Acme Corp"})
    for name, private in REPOS:
        gogs.api("POST", f"/admin/users/{ORG}/repos", json={"name": name, "private": private})
    owners = next(team["id"] for team in gogs.api("GET", f"/orgs/{ORG}/teams").json() if team["name"] == "Owners")
    for user in OWNERS:
        gogs.api("PUT", f"/admin/teams/{owners}/members/{user}")
    for team, (permission, members, repos) in TEAMS.items():
        team_id = gogs.api("POST", f"/admin/orgs/{ORG}/teams", json={"name": team, "permission": permission}).json()["id"]
        for member in members:
            gogs.api("PUT", f"/admin/teams/{team_id}/members/{member}")
        for repo in repos:
            gogs.api("PUT", f"/admin/teams/{team_id}/repos/{repo}")
    for repo, user, permission in COLLABORATORS:
        gogs.api("PUT", f"/repos/{ORG}/{repo}/collaborators/{user}", json={"permission": permission})
    keys = gogs.work_dir / "keys"
    for repo, title in DEPLOY_KEYS:
        (keys / title).mkdir(parents=True, exist_ok=True)
        gogs.api("POST", f"/repos/{ORG}/{repo}/keys", json={"title": title, "key": _ssh_public_key(keys / title)})
    for user, name, used in TOKENS:
        token = _token(gogs.base_url, user, name)
        if used:
            gogs.api("GET", "/user", token=token)
    seed_identity(gogs, SIGN_IN, TWO_FACTOR, "acme.example")


def _token(base_url: str, user: str, name: str) -> str:
    response = requests.post(f"{base_url}/api/v1/users/{user}/tokens", auth=(user, PASSWORD), json={"name": name},
                             timeout=30)
    assert response.status_code == 201, f"token {name} for {user}: {response.status_code}"
    return str(response.json()["sha1"])


def write_example_export(output: Path) -> None:
    """Start a Gogs, seed it, back it up, and write the backup's export to `output`."""
    with tempfile.TemporaryDirectory(prefix="oamlint-acme-") as root:
        gogs, process = _start(Path(root))
        try:
            seed(gogs)
            archive = gogs.backup(Path(root) / "backup", "acme-gogs-backup.zip")
        finally:
            _stop(process)
        document = collect(gogs_backup=str(archive))
    document["provenance"]["location"] = archive.name  # not the throw-away directory (not hashed)
    write_atomic(document, output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT.relative_to(REPO_ROOT)}")
    args = parser.parse_args(argv)
    write_example_export(args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
