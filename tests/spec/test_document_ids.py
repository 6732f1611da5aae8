"""Document ids name each document to OPA (`Document.id`, `EnvironmentDocument.id`) and bring its findings back to
its file. They must never collide: a pull request could name a file, or a deploy step, so that its id is another
document's, and that document's findings would then be reported, and ignored, in the attacker's file."""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.spec import environments
from oamlint.spec.discovery import discover
from oamlint.spec.loader import load_file
from tests.conftest import write

CONFIG = """\
requiredRoles: [deploy, test, audit]
roles: {deploy: write, test: read, audit: read}
"""

def application(name: str, deploy: str, comments: str = "") -> str:
    """An Application `name` with one component whose git-access trait grants `deploy` to the deploy role (on line 14
    without `comments`, which go just above the roles)."""
    return f"""\
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: {{name: {name}}}
spec:
  components:
    - name: {name}-api
      type: webservice
      properties: {{image: {name}}}
      traits:
        - type: git-access
          properties:
            repository: acme/{name}
{comments}            roles:
              deploy: {{permission: {deploy}, teams: [acme/deployers], identity: {{provider: okta, group: d}}}}
              test: {{permission: read, teams: [acme/ci], identity: {{provider: okta, group: c}}}}
              audit: {{permission: read, teams: [acme/auditors], identity: {{provider: okta, group: a}}}}
"""


# An Application with one environment, made by a deploy step whose name is `p.yaml#0`.
VICTIM = application("x", "admin") + """\
  policies:
    - name: prod-access
      type: override
      properties:
        components:
          - name: x-api
            traits:
              - type: git-access
                properties:
                  roles: {test: {permission: read, teams: [acme/ci]}}
  workflow:
    steps:
      - {type: deploy, name: "p.yaml#0", properties: {policies: [prod-access]}}
"""

# A file named as the victim's environment document was (`x.yaml#0@p.yaml` + `#0`), whose inline ignores of the
# victim's rules sit above its roles: when the ids collided, the victim's findings were located in the decoy's roles,
# and ignored there.
DECOY = application("decoy", "write", """\
            # oamlint ignore[admin-grant]: break-glass, SEC-1
            # oamlint ignore[role-exceeds-mapping]: break-glass, SEC-1
""")


def test_a_file_named_as_another_document_s_environment_does_not_take_its_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    """Found by a tester: with ids `<file>#<index>@<step names>` this decoy took x.yaml's findings, and `check .`
    passed (exit 0, "2 suppressed") where `check x.yaml` failed."""
    write(tmp_path / ".oamlint.yaml", CONFIG)
    write(tmp_path / "x.yaml", VICTIM)
    write(tmp_path / "x.yaml#0@p.yaml", DECOY)
    monkeypatch.chdir(tmp_path)
    alone, both = run_cli("check", "x.yaml", "-q"), run_cli("check", ".", "-q")
    assert alone.exit_code == both.exit_code == 1, both.output
    wanted = [line for line in alone.stdout.splitlines() if line.startswith("x.yaml:14:")]
    assert {"[admin-grant]", "[role-exceeds-mapping]"} <= {line.split()[-1] for line in wanted}
    assert [line for line in both.stdout.splitlines() if line.startswith("x.yaml:14:")] == wanted
    assert "suppressed" not in both.stdout


def test_no_two_documents_have_one_id_whatever_the_names(tmp_path: Path) -> None:
    """File names and deploy step names made of the characters ids are built with (each file's one environment is
    made by the step `p.yaml#0`: the first two collided)."""
    for name in ["x", "x.yaml#0@p", "a#0", "a@b", "b,c", "%23", "x%2Eyaml"]:
        write(tmp_path / f"{name}.yaml", VICTIM)
    write(tmp_path / "steps.yaml", VICTIM.replace('name: "p.yaml#0"', 'name: "b,c"'))
    documents = [doc for path in discover((str(tmp_path),)) for doc in load_file(path).documents]
    every = documents + environments.expand_all(documents)[0]
    ids = {doc.id for doc in every}
    assert len(ids) == len({id(doc) for doc in every}) == 2 * len(documents)
    assert all(a.id != b.id for a, b in itertools.combinations(every, 2) if a is not b)


def test_standard_input_named_as_a_linted_file_is_exit_2(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    """--stdin-filename naming a file that is linted too gave two documents one id: one query judged them as one (the
    git-access-policy of one applied to the other), halves of the documents judged them apart."""
    write(tmp_path / "x.yaml", VICTIM)
    result = run_cli("check", str(tmp_path), "-", "--stdin-filename", str(tmp_path / "x.yaml"))
    assert result.exit_code == 2
    assert "would be linted twice" in result.stderr and "--stdin-filename" in result.stderr


# Two deploy steps of one name apply different overrides: `raise` grants admin to a user, `harmless` changes nothing
# that matters; the base roles line (14) carries an ignore of what `raise` brings.
SAME_NAMES = application("x", "write", "").replace(
    "identity: {provider: okta, group: d}}}",
    "identity: {provider: okta, group: d}}}  # oamlint ignore[admin-grant, role-exceeds-mapping]: write is enough",
) + """\
  policies:
    - name: harmless
      type: override
      properties:
        components:
          - name: x-api
            traits: [{type: git-access, properties: {credentials: {ttl: 1h}}}]
    - name: raise
      type: override
      properties:
        components:
          - name: x-api
            traits:
              - type: git-access
                properties:
                  roles: {deploy: {permission: admin, teams: [acme/deployers]}}
  workflow:
    steps:
      - {type: deploy, name: prod, properties: {policies: [raise]}}
      - {type: deploy, name: prod, properties: {policies: [harmless]}}
"""


@pytest.mark.parametrize("steps", ["named alike", "unnamed beside step-2"])
def test_environments_whose_steps_have_one_name_keep_their_own_findings(
    tmp_path: Path, run_cli: Callable[..., Result], steps: str
) -> None:
    """Found by a tester: the two environments had one id, so `raise`'s admin grant was reported at the base line
    (14, `write`), naming no environment, and the ignore there made the run pass (exit 0)."""
    text = SAME_NAMES
    if steps != "named alike":  # an unnamed second step is `step-2` by its place, as the first is by its name
        text = text.replace("name: prod, properties: {policies: [raise]}", "name: step-2, properties: {policies: [raise]}")
        text = text.replace("{type: deploy, name: prod, properties: {policies: [harmless]}}",
                            "{type: deploy, properties: {policies: [harmless]}}")
    write(tmp_path / ".oamlint.yaml", CONFIG)
    write(tmp_path / "x.yaml", text)
    result = run_cli("check", str(tmp_path / "x.yaml"), "--select", "admin-grant", "--format", "json")
    assert result.exit_code == 1, result.output
    first = "prod" if steps == "named alike" else "step-2"
    [admin] = json.loads(result.stdout)["findings"]
    assert (admin["line"], admin["suppressed"], admin["properties"]["environments"]) == (32, False, [first])
    documents = load_file(str(tmp_path / "x.yaml")).documents
    assert [doc.environments for doc in environments.expand_all(documents)[0]] == [(first,), (f"{first} (step 2)",)]


def test_two_documents_with_one_id_are_an_internal_error_not_a_silent_merge(tmp_path: Path) -> None:
    """The last guard: ids are unique by construction, and lint refuses to go on if they are not."""
    from oamlint import lint

    write(tmp_path / "x.yaml", VICTIM)
    [doc] = load_file(str(tmp_path / "x.yaml")).documents
    twin = dataclasses.replace(doc, data={**doc.data})
    with pytest.raises(RuntimeError, match="two documents have the id"):
        lint._by_id([doc, twin])
    assert lint._by_id([doc, doc]) == {doc.id: doc}
