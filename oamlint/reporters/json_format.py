"""One JSON object: version, findings (sorted), summary."""

from __future__ import annotations

import json

from oamlint.lint import Report


def render(report: Report) -> str:
    document = {
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
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
