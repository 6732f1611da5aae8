"""The CI action's `gogs-url` input, against the live Gogs: an API export feeds the check."""

from __future__ import annotations

import json
from pathlib import Path

from tests.gogs.conftest import LiveGogs
from tests.test_action import pull_request, run_action, tools_path  # noqa: F401 - fixtures used by name


def test_gogs_url_adds_the_drift_rules_and_keeps_the_token_out_of_every_output(
    gogs: LiveGogs, pull_request: Path, tmp_path: Path, tools_path: str  # noqa: F811
) -> None:
    result = run_action(pull_request, tmp_path, {"base-ref": "main", "gogs-url": gogs.base_url,
                                                  "gogs-token": gogs.admin_token}, tools_path)
    assert result.code == 1, result.log
    # The drift findings (incomplete-export among them) exist at `main` too, so --base hides them;
    # what the change does to Gogs access is in the summary. The export looks the specs' repositories up by
    # name, so carol, a collaborator on the private acme/payments-api whom no spec declares, is seen.
    assert result.summary.splitlines()[0] == (
        "### ❌ oamlint: 1 new error against `main`; access: 1 raised against `main`; 3 added, 1 removed against Gogs "
        "today"
    )
    assert "13 findings that already exist at `main` are not shown" in result.summary, result.summary
    assert "| ➖ removed | `acme/payments-api` | `user:carol` | write |" in result.summary
    sarif = (pull_request / "oamlint.sarif").read_text(encoding="utf-8")
    assert [r["ruleId"] for r in json.loads(sarif)["runs"][0]["results"]] == ["admin-grant"]
    for text in (result.log, result.summary, sarif):
        assert gogs.admin_token not in text
