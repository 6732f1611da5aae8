"""The example organisation's HTML report, as `oamlint check --export` writes it."""

from __future__ import annotations

import datetime
import json
import os

from oamlint.config import load_config
from oamlint.lint import Options, lint
from oamlint.reporters import html, matrix
from tests.conftest import REPO

NOW = datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc)


def example_report() -> str:
    here = os.getcwd()
    os.chdir(REPO / "examples")
    try:
        export = json.loads((REPO / "examples" / "gogs" / "acme-export.json").read_text(encoding="utf-8"))
        config = load_config(None, (".",))
        report = lint((".",), config, Options(now=NOW, gogs=export))
    finally:
        os.chdir(here)
    declared = [matrix.Declared(g.repository, g.principal, g.role, g.permission, g.file, g.line) for g in report.grants]
    return html.page(html.audit_for(
        findings=report.findings, rules=report.rules, version=report.version, files=report.files,
        documents=report.documents, declared=declared, held=None, export=export,
        waivers=config.data.get("waivers") or [], moment=NOW, policy="dev"))
