"""Benchmark (not a test): how oamlint scales with the number of specs.

Run with `.venv/bin/python bench/bench_scale.py [N]` (N defaults to 1000).

Generates N Applications, each with a git-access trait (3-4 roles, a credential) and, on
every third one, a git-access-policy, plus a `.oamlint.yaml` like examples/.oamlint.yaml, in
a temporary directory. Then prints:

1. the wall time of `oamlint check` on them (a subprocess: Python start, loading, OPA start,
   one evaluation, reporting);
2. the evaluation time OPA itself reports (`timer_rego_query_eval_ns` from `opa eval
   --metrics`) for `data.oamlint.output` over the same input envelope;
3. the same for `data.oamlint.rules[<category>]`, one query per category. Each query evaluates
   the libraries it needs from scratch, so the categories do not add up to the total.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OPA = REPO / ".tools" / "bin" / "opa"
NOW = "2026-05-01T00:00:00Z"

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
rules:
  direct-user-grant: warning
"""


def application(i: int) -> str:
    """One Application; the variations make most least-privilege rules fire somewhere."""
    name = f"app-{i:04d}"
    deploy_permission = "admin" if i % 17 == 0 else "write"
    oncall = (
        f"""
              oncall:
                permission: write
                users: [user{i % 50}]
                until: 2026-0{1 + i % 9}-15"""
        if i % 2 == 0
        else ""
    )
    audit_team = "acme/owners" if i % 23 == 0 else "acme/auditors"
    ttl = ["1h", "12h", "48h", "7d"][i % 4]
    issued = "[deploy]" if i % 5 else "[deploy, test]"
    policy = (
        """
  policies:
    - name: access
      type: git-access-policy
      properties:
        requiredRoles: [deploy, test, audit]
        maxCredentialTTL: 12h
        roles:
          test: read"""
        if i % 3 == 0
        else ""
    )
    return f"""\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: {name}
  namespace: {name}
spec:
  components:
    - name: {name}-api
      type: webservice
      properties:
        image: registry.acme.example/{name}:1.{i % 10}.0
        port: 8080
        env:
          - name: LOG_LEVEL
            value: info
          - name: DB_PASSWORD
            value: {"${DB_PASSWORD}" if i % 7 else "hunter2"}
      traits:
        - type: scaler
          properties:
            replicas: {1 + i % 3}
        - type: git-access
          properties:
            repository: acme/{name}
            roles:
              deploy:
                permission: {deploy_permission}
                teams: [acme/deployers]
                identity: {{provider: okta, group: {name}-deployers}}
              test:
                permission: read
                teams: [acme/ci]
              audit:
                permission: read
                teams: [{audit_team}]{oncall}
            credentials:
              kind: deploy-key
              ttl: {ttl}
              roles: {issued}
    - name: {name}-config
      type: kustomize
      properties:
        repoType: git
        url: https://git.acme.example/acme/{name}-config.git
        path: ./deploy{policy}
"""


def generate(root: Path, n: int) -> None:
    (root / ".oamlint.yaml").write_text(CONFIG)
    apps = root / "apps"
    apps.mkdir()
    for i in range(n):
        (apps / f"app-{i:04d}.yaml").write_text(application(i))


def input_envelope(root: Path) -> Path:
    sys.path.insert(0, str(REPO))
    from oamlint.config import load_config
    from oamlint.lint import Options, envelope
    from oamlint.spec.discovery import discover
    from oamlint.spec.loader import load_file

    documents = [doc for path in discover([str(root / "apps")]) for doc in load_file(path).documents]
    import datetime

    now = datetime.datetime.fromisoformat(NOW.replace("Z", "+00:00"))
    data = envelope(documents, load_config(str(root / ".oamlint.yaml")), Options(now=now))
    path = root / "input.json"
    path.write_text(json.dumps(data))
    return path


def opa_eval_ms(query: str, input_path: Path) -> float:
    from oamlint.bundle_files import policy_files

    data = [arg for path in policy_files() for arg in ("-d", str(path))]
    command = [str(OPA), "eval", "--metrics", "--format", "json", *data, "-i", str(input_path), query]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)["metrics"]["timer_rego_query_eval_ns"] / 1e6


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root, n)
        env = dict(os.environ, PATH=f"{OPA.parent}{os.pathsep}{os.environ['PATH']}")
        oamlint = [str(Path(sys.executable).parent / "oamlint"), "check", "--now", NOW, "--format", "json", "apps"]
        start = time.perf_counter()
        done = subprocess.run(oamlint, cwd=root, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode not in (0, 1):
            sys.exit(f"oamlint check failed ({done.returncode}): {done.stderr}")
        findings = len(json.loads(done.stdout).get("findings", []))
        print(f"{n} Applications, {findings} findings")
        print(f"oamlint check (subprocess, everything included): {wall:.2f} s")
        input_path = input_envelope(root)
        print(f"opa eval data.oamlint.output (query eval only): {opa_eval_ms('data.oamlint.output', input_path):.0f} ms")
        for category in sorted(p.name for p in (REPO / "rules").iterdir() if p.is_dir()):
            query = f'data.oamlint.rules["{category}"]'
            print(f"  {query:<42} {opa_eval_ms(query, input_path):>8.0f} ms")


if __name__ == "__main__":
    main()
