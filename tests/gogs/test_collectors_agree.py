"""The three collectors against one real, seeded Gogs: they agree, and they say what the seed says."""

from __future__ import annotations

import base64
import hashlib
import subprocess
from pathlib import Path
from typing import Any

import pytest

from oamlint.gogs import collect
from oamlint.gogs.export import content_sha256, render
from tests.gogs.conftest import ORG, WEBHOOK_SECRET, LiveGogs


@pytest.fixture(scope="module")
def from_backup(gogs_backup: Path) -> dict[str, Any]:
    return collect(gogs_backup=str(gogs_backup))


@pytest.fixture(scope="module")
def from_database(gogs: LiveGogs, gogs_backup: Path) -> dict[str, Any]:
    return collect(gogs_config=str(gogs.app_ini))


@pytest.fixture(scope="module")
def from_api(gogs: LiveGogs, gogs_backup: Path) -> dict[str, Any]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GOGS_TOKEN", gogs.admin_token)
        return collect(gogs_url=gogs.base_url)


def _repo(export: dict[str, Any], full_name: str) -> dict[str, Any]:
    return next(repo for repo in export["repositories"] if repo["fullName"] == full_name)


def _grants(export: dict[str, Any]) -> dict[tuple[str, str], list[dict[str, str]]]:
    return {(entry["user"], entry["repository"]): entry["grants"] for entry in export["effectiveAccess"]}


def test_backup_and_database_collectors_give_the_same_content(from_backup, from_database):
    assert from_database["provenance"]["sha256"] == from_backup["provenance"]["sha256"]
    assert {k: v for k, v in from_database.items() if k != "provenance"} == \
        {k: v for k, v in from_backup.items() if k != "provenance"}


def test_provenance_names_each_source(gogs, gogs_backup, from_backup, from_database, from_api):
    assert from_backup["provenance"]["source"] == "backup"
    assert from_backup["provenance"]["gogsVersion"] == "0.14.3"
    assert from_backup["provenance"]["location"] == str(gogs_backup)
    assert from_database["provenance"]["location"] == f"sqlite:{gogs.work_dir / 'data' / 'gogs.db'}"
    assert from_api["provenance"]["location"] == gogs.base_url
    assert from_api["provenance"]["collectedBy"] == "siteadmin"
    for export in (from_backup, from_database, from_api):
        assert export["provenance"]["sha256"] == content_sha256(export)


def test_backup_export_holds_the_seeded_organisation(from_backup):
    acme = next(org for org in from_backup["organizations"] if org["name"] == ORG)
    assert acme["owners"] == ["alice", "grace"]
    assert acme["members"] == ["alice", "bob", "carol", "dave", "erin", "grace"]
    assert [(t["name"], t["permission"], t["members"], t["repositories"]) for t in acme["teams"]] == [
        ("Owners", "owner", ["alice", "grace"], ["acme/infra", "acme/ledger", "acme/payments-api", "acme/website"]),
        ("admins", "admin", ["erin"], ["acme/infra"]),
        ("auditors", "read", ["carol", "dave"], ["acme/ledger", "acme/payments-api", "acme/website"]),
        ("devs", "write", ["bob", "dave"], ["acme/infra", "acme/payments-api"]),
    ]
    assert from_backup["coverage"] == {"complete": True, "missing": []}


def test_backup_export_holds_repositories_keys_hooks_and_users(gogs, from_backup):
    visibility = {repo["fullName"]: repo["visibility"] for repo in from_backup["repositories"]}
    assert visibility == {"acme/infra": "private", "acme/ledger": "private", "acme/payments-api": "private",
                          "acme/website": "public", "frank/dotfiles": "public", "frank/notes": "private",
                          "vault/secrets": "private"}
    assert _repo(from_backup, "frank/notes")["collaborators"] == [
        {"user": "alice", "permission": "write"}, {"user": "bob", "permission": "read"}]
    key = _repo(from_backup, "acme/payments-api")["deployKeys"][0]
    keygen = subprocess.run(["ssh-keygen", "-lf", str(gogs.work_dir / "tmp" / "deploy_key.pub")],
                            capture_output=True, text=True, check=True).stdout.split()[1]
    assert (key["title"], key["fingerprint"], key["readOnly"]) == ("ci-deploy", keygen, True)
    hook = _repo(from_backup, "frank/notes")["webhooks"][0]
    assert (hook["url"], hook["events"], hook["kind"]) == ("http://127.0.0.1:9/hook", ["create", "push", "release"], "gogs")
    users = {user["name"]: (user["siteAdmin"], user["active"]) for user in from_backup["users"]}
    assert users["oscar"] == (True, True) and users["henry"] == (False, False) and users["bob"] == (False, True)


def test_tokens_are_listed_with_times_but_never_their_value_or_hash(gogs, gogs_backup, from_backup):
    tokens = {token["user"]: token for token in from_backup["accessTokens"]}
    assert tokens["bob"]["lastUsed"] is not None and tokens["alice"]["lastUsed"] is None
    assert sorted(tokens["bob"]) == ["created", "lastUsed", "name", "user"]
    text = render(from_backup)
    for secret in [gogs.admin_token, *gogs.user_tokens.values(), WEBHOOK_SECRET]:
        assert secret not in text
        assert hashlib.sha256(secret.encode()).hexdigest()[:40] not in text
    assert base64.b64encode(WEBHOOK_SECRET.encode()).decode() not in text


def test_api_export_says_what_it_could_not_see(from_api):
    assert from_api["coverage"]["complete"] is False
    assert [item["part"] for item in from_api["coverage"]["missing"]] == [
        "accessTokens", "effectiveAccess.siteAdmin", "effectiveAccess.teams", "organizations",
        "organizations.members", "organizations.webhooks", "repositories.private", "repositories.unlisted",
        "teams.repositories", "users.active", "users.signIn", "users.siteAdmin", "users.twoFactor"]
    acme = from_api["organizations"][0]
    assert (acme["members"], acme["webhooks"], acme["teams"][0]["repositories"]) == (None, None, None)
    assert from_api["accessTokens"] is None
    assert {(user["siteAdmin"], user["twoFactor"]) for user in from_api["users"]} == {(None, None)}
    assert {user["signIn"] for user in from_api["users"]} == {None}


def test_api_agrees_with_the_backup_on_everything_the_api_can_see(from_api, from_backup):
    assert [(u["name"], u["fullName"]) for u in from_api["users"]] == \
        [(u["name"], u["fullName"]) for u in from_backup["users"]]
    backup_orgs = {org["name"]: org for org in from_backup["organizations"]}
    for org in from_api["organizations"]:
        expected = backup_orgs[org["name"]]
        assert (org["fullName"], org["owners"]) == (expected["fullName"], expected["owners"])
        assert [{**team, "repositories": None} for team in expected["teams"]] == org["teams"]
    assert [repo["fullName"] for repo in from_api["repositories"]] == ["acme/website", "frank/dotfiles"]
    for repo in from_api["repositories"]:
        assert repo == _repo(from_backup, repo["fullName"])
    backup_grants = _grants(from_backup)
    for (user, repository), grants in _grants(from_api).items():
        assert all(grant in backup_grants[(user, repository)] for grant in grants), (user, repository)


def test_api_export_does_not_invent_the_private_repositories_it_cannot_see(gogs, from_api, from_backup):
    # The fixture's admin owns nothing, so private repositories stay invisible: the API export must not invent them.
    assert not any(repo["visibility"] == "private" for repo in from_api["repositories"])
    assert {entry["repository"] for entry in from_api["effectiveAccess"]} == {"acme/website", "frank/dotfiles"}
