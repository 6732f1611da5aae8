"""The audit the Gogs tests run: specs that drift on purpose from conftest.py's seed, and what drift reports.

The specs declare part of the seeded organisation correctly and drift from it on purpose:

* acme/payments-api: devs (write) and auditors (read) as Gogs has them; carol declared `read`, but she is a
  collaborator with `write` (excess-permission); the deploy key `ci-deploy` is stale 100 days on;
* acme/infra: devs declared `read` though the team has `write` (excess-permission); auditors declared, but
  the team does not hold the repository (missing-access); the admins team and frank, a collaborator with
  `admin`, are not declared (undeclared-access);
* acme/website (public): auditors as Gogs has them; bob declared `write` but has only public read
  (missing-access); team acme/ci and user zoe do not exist (unknown-principal); henry is an undeclared
  collaborator (undeclared-access);
* acme/archive does not exist (unknown-repository); acme/ledger is declared by no spec (unowned-repository);
* vault/secrets (the private organisation the site administrator is not in): keepers as Gogs has them; dave
  declared `read`, but he is a collaborator with `admin` (excess-permission); vault/ghosts does not exist
  (unknown-principal);
* identity (`okta` is the `Okta LDAP` login source): the deploy role of acme/payments-api declares okta, but dave
  signs in through `GitHub` (unbound-identity; bob, through Okta LDAP, is bound); the oncall role declares okta,
  but carol signs in with a local password (unbound-identity; she has a second factor); alice, grace, erin and
  frank sign in with a local password, have no second factor and can push to declared repositories
  (missing-second-factor);
* the Owners team has two members, one more than this config allows (owner-sprawl); oscar and siteadmin are
  site administrators (site-admin-access).

Used by test_drift.py (a live Gogs) and test_recorded.py (what a real Gogs wrote, recorded in recorded/).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from oamlint.cli import cli
from tests.conftest import write
from tests.gogs.conftest import SEED_USERS

TRAIT = "spec.components[0].traits[0].properties"
SPECS = {
    "payments.yaml": """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: payments
spec:
  components:
    - name: payments-api
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/payments-api
            roles:
              deploy:
                permission: write
                teams: [acme/devs]
                identity: {provider: okta, group: payments-deployers}
              audit:
                permission: read
                teams: [acme/auditors]
              oncall:
                permission: read
                users: [carol]
                identity: {provider: okta, group: oncall}
""",
    "infra.yaml": """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: infra
spec:
  components:
    - name: infra
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/infra
            roles:
              deploy:
                permission: read
                teams: [acme/devs]
              audit:
                permission: read
                teams: [acme/auditors]
""",
    "website.yaml": """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: website
spec:
  components:
    - name: website
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/website
            roles:
              audit:
                permission: read
                teams: [acme/auditors]
              deploy:
                permission: write
                users: [bob]
              test:
                permission: read
                teams: [acme/ci]
              oncall:
                permission: read
                users: [zoe]
    - name: archive
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: acme/archive
""",
}
SPECS["vault.yaml"] = """\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: vault
spec:
  components:
    - name: secrets
      type: webservice
      traits:
        - type: git-access
          properties:
            repository: vault/secrets
            roles:
              audit:
                permission: read
                teams: [vault/keepers]
              oncall:
                permission: read
                users: [dave]
              deploy:
                permission: write
                teams: [vault/ghosts]
"""
CONFIG = """\
gogs:
  url: https://git.example.com
  orgs: [acme]
rules:
  owner-sprawl: {level: warning, max: 1}
identity:
  providers: {okta: [Okta LDAP]}
"""
# (rule, file:line, principal or repository): what every complete export gives.
EXPECTED = {
    ("excess-permission", "specs/payments.yaml:22", "user:carol"),
    ("excess-permission", "specs/infra.yaml:15", "team:acme/devs"),
    ("undeclared-access", "specs/infra.yaml:12", "team:acme/admins"),
    ("undeclared-access", "specs/infra.yaml:12", "user:frank"),
    ("undeclared-access", "specs/website.yaml:12", "user:henry"),
    ("missing-access", "specs/website.yaml:18", "user:bob"),
    ("missing-access", "specs/infra.yaml:18", "team:acme/auditors"),
    ("unknown-principal", "specs/website.yaml:22", "team:acme/ci"),
    ("unknown-principal", "specs/website.yaml:25", "user:zoe"),
    ("unknown-repository", "specs/website.yaml:31", "acme/archive"),
    ("excess-permission", "specs/vault.yaml:18", "user:dave"),
    ("unknown-principal", "specs/vault.yaml:22", "team:vault/ghosts"),
    ("unbound-identity", "specs/payments.yaml:17", "user:dave"),
    ("unbound-identity", "specs/payments.yaml:24", "user:carol"),
    *{("missing-second-factor", ".oamlint.yaml:2", f"user:{user}") for user in ["alice", "grace", "erin", "frank"]},
    ("unowned-repository", ".oamlint.yaml:3", "acme/ledger"),
    ("owner-sprawl", ".oamlint.yaml:3", "acme"),
    ("site-admin-access", ".oamlint.yaml:2", "user:oscar"),
    ("site-admin-access", ".oamlint.yaml:2", "user:siteadmin"),
    ("stale-credential", "specs/payments.yaml:12", "deploy-key:ci-deploy"),
    *{("stale-credential", ".oamlint.yaml:2", f"token:{user}/oamlint-test") for user in [*SEED_USERS, "siteadmin"]},
}
# What the API collector can see of that: the public acme/website, and the organisation's teams and owners.
# What the API collector sees of that, looking up by name what the specs name: collaborators, deploy keys and
# existence of every declared repository (private ones included), every named organisation's teams and owners.
EXPECTED_FROM_API = {
    ("excess-permission", "specs/payments.yaml:22", "user:carol"),
    ("excess-permission", "specs/vault.yaml:18", "user:dave"),
    ("undeclared-access", "specs/infra.yaml:12", "user:frank"),
    ("undeclared-access", "specs/website.yaml:12", "user:henry"),
    ("unknown-principal", "specs/website.yaml:22", "team:acme/ci"),
    ("unknown-principal", "specs/website.yaml:25", "user:zoe"),
    ("unknown-principal", "specs/vault.yaml:22", "team:vault/ghosts"),
    ("unknown-repository", "specs/website.yaml:31", "acme/archive"),
    ("owner-sprawl", ".oamlint.yaml:3", "acme"),
    ("stale-credential", "specs/payments.yaml:12", "deploy-key:ci-deploy"),
}
# (rule it could not evaluate, part): one incomplete-export finding each, at `gogs:` in .oamlint.yaml. Only what
# the API cannot show at all: which repositories a team holds, private repositories no spec names, tokens and
# site administrators.
UNEVALUATED_FROM_API = {
    ("undeclared-access", "teams.repositories"), ("excess-permission", "teams.repositories"),
    ("missing-access", "teams.repositories"), ("missing-access", "effectiveAccess.teams"),
    ("unowned-repository", "repositories.private"), ("stale-credential", "accessTokens"),
    ("site-admin-access", "users.siteAdmin"), ("unbound-identity", "users.signIn"),
    ("missing-second-factor", "users.signIn"), ("missing-second-factor", "users.twoFactor"),
}


def write_workspace(root: Path) -> Path:
    """`.oamlint.yaml` and specs/ of this audit in `root`."""
    write(root / ".oamlint.yaml", CONFIG)
    for name, text in SPECS.items():
        write(root / "specs" / name, text)
    return root


def later(since: datetime.datetime | None = None) -> str:
    """100 days after `since` (default: now), so that every token and key the seed made is stale (> 90 days)."""
    start = since or datetime.datetime.now(datetime.timezone.utc)
    return (start + datetime.timedelta(days=100)).strftime("%Y-%m-%dT%H:%M:%SZ")


def summary(findings: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    def subject(f: dict[str, Any]) -> str:
        p = f["properties"]
        return str(p.get("principal") or p.get("repository") or p.get("organization"))

    return {(f["rule"], f"{f['file']}:{f['line']}", subject(f)) for f in findings if f["rule"] != "incomplete-export"}


def fingerprints(findings: list[dict[str, Any]]) -> set[str]:
    return {f["fingerprint"] for f in findings if f["rule"] != "incomplete-export"}


def run_drift(workspace: Path, *source: str, token: str | None = None, now: str | None = None) -> list[dict[str, Any]]:
    """One drift run in `workspace` (for module-scoped fixtures: run_cli is function-scoped): its drift findings."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(workspace)
        patch.delenv("GOGS_TOKEN", raising=False)
        if token:
            patch.setenv("GOGS_TOKEN", token)
        result = CliRunner().invoke(cli, ["drift", "specs", *source, "--format", "json", "--now", now or later()])
    assert result.exit_code == 1, result.stderr
    findings: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return [f for f in findings if f["category"] == "drift"]


def without_times_and_keys(document: dict[str, Any]) -> dict[str, Any]:
    """An export's content less what differs between two seedings: times and generated key fingerprints."""
    content = {key: value for key, value in document.items() if key != "provenance"}
    content["accessTokens"] = [{"user": t["user"], "name": t["name"], "used": t["lastUsed"] is not None}
                               for t in content["accessTokens"]]
    content["repositories"] = [{**repo, "deployKeys": [key["title"] for key in repo["deployKeys"]],
                                "webhooks": [{**hook, "created": None, "updated": None} for hook in repo["webhooks"]]}
                               for repo in content["repositories"]]
    return content
