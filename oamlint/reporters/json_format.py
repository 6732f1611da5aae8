"""One JSON object: version, findings (sorted), summary, and `access` when the run computed access changes."""

from __future__ import annotations

import json

from typing import Any

from oamlint.options import RenderOptions
from oamlint.report import Report


def render(report: Report, options: RenderOptions) -> str:
    document: dict[str, Any] = {
        "version": report.version,
        "findings": [finding.to_json() for finding in report.findings],
        "summary": {
            "files": report.files,
            "documents": report.documents,
            "error": report.count("error"),
            "warning": report.count("warning"),
            "note": report.count("note"),
        },
    }
    if report.access:  # `check --base`, a Gogs export
        document["access"] = [diff.to_json() for diff in report.access]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
