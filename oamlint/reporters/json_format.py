"""One JSON object: version, findings (sorted), summary, the declared grants (with the environments each
applies to), and `access` when the run computed access changes.

Each finding's `file` is as the terminal shows it (relative to the working directory); `uri` is
the same file as a link target: relative to the source root and percent-encoded, or an absolute
`file://` URI outside it (`oamlint.locations`).
"""

from __future__ import annotations

from typing import Any

from oamlint import json_text, locations
from oamlint.options import RenderOptions
from oamlint.report import Report


def render(report: Report, options: RenderOptions) -> str:
    root = options.root or locations.source_root()
    uris = {file: locations.uri(file, root)[0] for file in {finding.file for finding in report.findings}}
    document: dict[str, Any] = {
        "version": report.version,
        "findings": [{**finding.to_json(), "uri": uris[finding.file]} for finding in report.findings],
        "summary": {
            "files": report.files,
            "documents": report.documents,
            "error": report.count("error"),
            "warning": report.count("warning"),
            "note": report.count("note"),
        },
    }
    document["grants"] = [grant.to_json() for grant in report.grants]  # with the environments each applies to
    if report.access:  # `check --base`, a Gogs export
        document["access"] = [diff.to_json() for diff in report.access]
    return json_text.indented(document)
