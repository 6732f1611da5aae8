"""A deterministic organisation to benchmark oamlint on: N applications and the matching Gogs export.

`.venv/bin/python bench/generate.py N DIR` writes, for the organisation `acme`:

- `DIR/.oamlint.yaml`: an access policy like examples/.oamlint.yaml;
- `DIR/apps/app-NNNNN.yaml`: N Applications of 1–5 components (uniform); components 0 and 1
  come from a Gogs repository of their own (a `git-access` trait, 3–4 roles, a credential), the
  others are `kustomize` overlays of the main repository (1 in 8 without its `git-access` trait); every third application has a
  `git-access-policy` and every fourth one an `override` policy per environment (staging, production);
- `DIR/gogs/export.json`: a Gogs export of exactly 2N repositories (built by `oamlint.gogs.export.build`
  from a snapshot, so it validates against oamlint/gogs/export.schema.json and carries effective access):
  the declared repositories except 1 in 25 (unknown-repository), padded with undeclared ones
  (unowned-repository); teams Owners, ci, auditors, release-admins and one deployers team per 50 applications, members, collaborators, deploy keys, tokens;
- `DIR/one.yaml`: one application alone (the one-file runs).

The share of violations is set by the index: admin on the deploy role 1 in 17, a plaintext secret
1 in 7, an owners-team auditor 1 in 23, a direct user grant on even applications (with an expiry,
some past), TTLs above the 24 h maximum on half, a Gogs team (release-admins) holding admin
on 1 in 19 repositories, direct collaborators 1 in 11, users without two-factor 1 in 6, tokens unused for a year 1 in 4.
The same N always gives the same bytes (no randomness, a fixed clock).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from oamlint.gogs import export as gogs_export  # noqa: E402
from oamlint.gogs import records as r  # noqa: E402

NOW = "2026-05-01T00:00:00Z"
NOW_UNIX = 1777593600  # NOW as a Unix time
DAY = 86400
GROUP = 50  # applications per deployers team

CONFIG = """\
roles:
  deploy: write
  test: read
  audit: read
requiredRoles: [deploy, test, audit]
types:
  webservice: none
  worker: none
  kustomize: deploy
  scaler: none
  git-access: none
credentials:
  maxTTL: 24h
gogs:
  url: https://git.acme.example
  orgs: [acme]
identity:
  providers: {okta: [Okta LDAP]}
rules:
  direct-user-grant: warning
"""


def components(i: int) -> int:
    """How many components application `i` has: 1–5, uniform over the indexes."""
    return 1 + (i * 7) % 5


def app_name(i: int) -> str:
    return f"app-{i:05d}"


def repository(i: int, j: int) -> str:
    """The repository component `j` of application `i` comes from (components 0 and 1 have one)."""
    return f"acme/{app_name(i)}" + ("" if j == 0 else f"-{j}")


def declared(n: int) -> list[tuple[int, str]]:
    """(application index, repository) for every git-access trait of the organisation, in order."""
    return [(i, repository(i, j)) for i in range(n) for j in range(min(components(i), 2))]


def users(n: int) -> int:
    return max(20, n // 5)


def user(k: int) -> str:
    return f"user{k:05d}"


def _git_component(i: int, j: int) -> str:
    name = f"{app_name(i)}-{'api' if j == 0 else 'worker'}"
    deploy = "admin" if i % 17 == 0 and j == 0 else "write"
    audit_team = "acme/Owners" if i % 23 == 0 else "acme/auditors"
    oncall = (
        f"""
              oncall:
                permission: write
                users: [{user(i % users(1))}]
                until: 2026-0{1 + i % 9}-15"""
        if i % 2 == 0 and j == 0
        else ""
    )
    secret = "hunter2" if i % 7 == 0 and j == 0 else "${DB_PASSWORD}"
    return f"""\
    - name: {name}
      type: {'webservice' if j == 0 else 'worker'}
      properties:
        image: registry.acme.example/{name}:1.{i % 10}.0
        port: 8080
        env:
          - name: LOG_LEVEL
            value: info
          - name: DB_PASSWORD
            value: {secret}
      traits:
        - type: scaler
          properties:
            replicas: {1 + i % 3}
        - type: git-access
          properties:
            repository: {repository(i, j)}
            roles:
{_roles(i, deploy, audit_team)}{oncall}
            credentials:
              kind: deploy-key
              ttl: {["1h", "12h", "48h", "7d"][(i + j) % 4]}
              roles: {"[deploy]" if i % 5 else "[deploy, test]"}
"""


def group(i: int) -> int:
    """The deployers team of application `i`: one team per 50 applications."""
    return i // GROUP


def _roles(i: int, deploy: str = "write", audit_team: str = "acme/auditors") -> str:
    return f"""\
              deploy:
                permission: {deploy}
                teams: [acme/deployers-{group(i)}]
                identity: {{provider: okta, group: {app_name(i)}-deployers}}
              test:
                permission: read
                teams: [acme/ci]
                identity: {{provider: okta, group: ci}}
              audit:
                permission: read
                teams: [{audit_team}]
                identity: {{provider: okta, group: auditors}}"""


def _other_component(i: int, j: int) -> str:
    """A kustomize overlay of the application's main repository; 1 in 8 forgets its git-access trait."""
    trait = "" if (i + j) % 8 == 0 else f"""\
      traits:
        - type: git-access
          properties:
            repository: {repository(i, 0)}
            roles:
{_roles(i)}
"""
    return f"""\
    - name: {app_name(i)}-overlay-{j}
      type: kustomize
      properties:
        repoType: git
        url: https://git.acme.example/{repository(i, 0)}.git
        path: ./deploy/{j}
{trait}"""


def application(i: int) -> str:
    """Application `i` as YAML text."""
    parts = [_git_component(i, j) if j < 2 else _other_component(i, j) for j in range(components(i))]
    policies = []
    if i % 3 == 0:
        policies.append("""\
    - name: access
      type: git-access-policy
      properties:
        requiredRoles: [deploy, test, audit]
        maxCredentialTTL: 12h
        roles:
          test: read
""")
    if i % 4 == 0:
        for env in ("staging", "production"):
            policies.append(f"""\
    - name: {env}
      type: override
      properties:
        components:
          - name: {app_name(i)}-api
            traits:
              - type: scaler
                properties:
                  replicas: {2 if env == 'staging' else 4}
""")
    policy_text = ("  policies:\n" + "".join(policies)) if policies else ""
    return f"""\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: {app_name(i)}
  namespace: {app_name(i)}
spec:
  components:
{''.join(parts)}{policy_text}"""


def snapshot(n: int) -> r.Snapshot:
    """The Gogs side: organisation acme with 2N repositories, its teams, users, collaborators and tokens."""
    u = users(n)
    org_id, first_user, first_repo = 1, 10, 1
    accounts = [r.Account(org_id, "acme", "Acme Corporation", True)]
    accounts += [
        r.Account(first_user + k, user(k), f"User {k}", False, site_admin=k == 0, active=True,
                  login_source=0 if k % 97 == 5 else 1)
        for k in range(u)
    ]
    names = [name for index, name in enumerate(declared(n)) if index % 25 != 3]
    total = 2 * n
    extra = max(0, total - len(names[:total]))
    repo_names = [name for _, name in names[:total]] + [f"acme/tools-{k:05d}" for k in range(extra)]
    repos = [r.Repo(first_repo + k, org_id, name.split("/", 1)[1], private=k % 13 != 0)
             for k, name in enumerate(repo_names)]
    groups = (n + GROUP - 1) // GROUP
    owners, ci, auditors, admins, first_deployers = 1, 2, 3, 4, 5
    teams = [r.Team(owners, org_id, "Owners", r.OWNER), r.Team(ci, org_id, "ci", r.READ),
             r.Team(auditors, org_id, "auditors", r.READ), r.Team(admins, org_id, "release-admins", r.ADMIN)]
    teams += [r.Team(first_deployers + g, org_id, f"deployers-{g}", r.WRITE) for g in range(groups)]
    members = [r.TeamMember(owners, first_user)] + [r.TeamMember(ci, first_user + k) for k in range(1, 5)]
    members += [r.TeamMember(auditors, first_user + k) for k in range(5, 10)]
    members += [r.TeamMember(admins, first_user + k) for k in range(10, 13)]
    members += [r.TeamMember(first_deployers + g, first_user + 13 + (g * 10 + m) % (u - 13))
                for g in range(groups) for m in range(10)]
    owner_group = {name: group(i) for i, name in declared(n)}
    team_repos = [r.TeamRepo(first_deployers + owner_group.get(f"acme/{repo.name}", k % groups), repo.id)
                  for k, repo in enumerate(repos)]
    team_repos += [r.TeamRepo(admins, repo.id) for k, repo in enumerate(repos) if k % 19 == 0]
    team_repos += [r.TeamRepo(ci, repo.id) for repo in repos] + [r.TeamRepo(auditors, repo.id) for repo in repos]
    collaborations = [r.Collaboration(repo.id, first_user + (k % u), r.WRITE) for k, repo in enumerate(repos)
                      if k % 11 == 0]
    deploy_keys = [r.DeployKey(repo.id, f"deploy-{repo.name}", f"SHA256:{repo.id:043d}",
                               NOW_UNIX - (k % 400) * DAY) for k, repo in enumerate(repos) if k % 3 == 0]
    tokens = [r.Token(first_user + k, f"ci-{k}", NOW_UNIX - 500 * DAY,
                      NOW_UNIX - (400 if k % 4 == 0 else 3) * DAY) for k in range(u)]
    return r.Snapshot(
        accounts=tuple(accounts), repos=tuple(repos), teams=tuple(teams), collaborations=tuple(collaborations),
        deploy_keys=tuple(deploy_keys), webhooks=(), team_members=tuple(members), team_repos=tuple(team_repos),
        org_members=tuple(r.OrgMember(org_id, first_user + k) for k in range(u)), tokens=tuple(tokens),
        login_sources=(r.LoginSource(1, "ldap", "Okta LDAP"),),
        two_factor_users=frozenset(first_user + k for k in range(u) if k % 6),
    )


def export(n: int) -> dict[str, object]:
    """The export document of `snapshot(n)`, validated against the export schema by `build`."""
    from datetime import datetime

    provenance = r.Provenance("backup", "bench/generate.py", "0.14.3", "oamlint bench", NOW)
    return gogs_export.build(snapshot(n), provenance, now=datetime.fromisoformat(NOW.replace("Z", "+00:00")))


def generate(n: int, root: Path) -> dict[str, int]:
    """Write the organisation of `n` applications under `root`; returns counts (applications, repositories, bytes)."""
    (root / "apps").mkdir(parents=True, exist_ok=True)
    (root / "gogs").mkdir(exist_ok=True)
    (root / ".oamlint.yaml").write_text(CONFIG)
    size = 0
    for i in range(n):
        text = application(i)
        size += len(text)
        (root / "apps" / f"{app_name(i)}.yaml").write_text(text)
    (root / "one.yaml").write_text(application(0))
    document = export(n)
    (root / "gogs" / "export.json").write_text(gogs_export.render(document))
    repositories = document["repositories"]
    assert isinstance(repositories, list)
    return {"applications": n, "repositories": len(repositories), "specBytes": size}


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: bench/generate.py N DIR")
    print(json.dumps(generate(int(sys.argv[1]), Path(sys.argv[2]))))


if __name__ == "__main__":
    main()
