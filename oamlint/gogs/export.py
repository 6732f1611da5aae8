"""The Gogs export: one normalised, versioned JSON document (schema `export.schema.json`, version below).

Top level::

    schemaVersion    "oamlint.gogs-export/2" (2 added users' signIn and twoFactor; 1 is refused)
    provenance       source (backup | database | api), location (file, database or URL, never a secret),
                     gogsVersion (null where the source does not say), collectedAt and sourceTime (RFC 3339 UTC;
                     sourceTime is when a backup was taken), collectedBy (API: the token's user; files:
                     "local:<os user>"), sha256 (of the canonical JSON of the document without `provenance`)
    coverage         complete, missing: [{part, reason}] for each part the source could not see
    users            [{name, fullName, siteAdmin, active, lastLogin, signIn: {kind, source} | null, twoFactor}]
                     (Gogs 0.14 records no logins: lastLogin null; signIn kind local, or a login source's kind and
                     name; never a password, a 2FA secret or a login source's configuration)
    organizations    [{name, fullName, owners, members, teams: [{name, permission, members, repositories}], webhooks}]
    repositories     [{fullName, owner, name, ownerKind, visibility (private | public | unlisted),
                       collaborators: [{user, permission}], deployKeys: [{title, fingerprint, readOnly, created}],
                       webhooks: [{kind, url, contentType, events, active, created, updated}]}]
    accessTokens     [{user, name, created, lastUsed}]  (never the token or its hash)
    effectiveAccess  [{user, repository, permission, gitPermission, grants: [{via, permission, team?}]}]
    lookups          API exports only: {repositories, organizations}, the names looked up one by one, found or not

Permissions are Gogs's names: none, read, write, admin, owner. A null value (or a null list) means "not visible
to this source", never "empty"; the part is then listed in coverage.missing. Webhook URLs lose their userinfo,
query and fragment, and secrets are never read. `effectiveAccess` is explained in `effective_access.py`; the user
`*` stands for everyone, anonymous visitors included. Every list is sorted, so equal content gives an equal sha256.
"""

from __future__ import annotations

import functools
import hashlib
import json
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema_rs

from oamlint import limits
from oamlint.errors import FatalError
from oamlint.files import PRIVATE, write_atomically
from oamlint.gogs import records as r
from oamlint.gogs.build import build_content

SCHEMA_VERSION = "oamlint.gogs-export/2"
FIX_EXPORT = "write a new export with `oamlint export` from this version of oamlint"


def schema() -> dict[str, Any]:
    text = resources.files("oamlint.gogs").joinpath("export.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@functools.cache
def _compiled_schema() -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(schema())


def canonical_json(value: Any) -> bytes:
    """The one byte form hashed: sorted keys, no insignificant whitespace, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def content_sha256(document: dict[str, Any]) -> str:
    content = {key: value for key, value in document.items() if key != "provenance"}
    return hashlib.sha256(canonical_json(content)).hexdigest()


def build(snapshot: r.Snapshot, provenance: r.Provenance, now: datetime | None = None) -> dict[str, Any]:
    """The validated export document of a snapshot."""
    document: dict[str, Any] = {"schemaVersion": SCHEMA_VERSION, **build_content(snapshot)}
    document["provenance"] = {
        "source": provenance.source,
        "location": provenance.location,
        "gogsVersion": provenance.gogs_version,
        "collectedAt": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "collectedBy": provenance.collected_by,
        "sourceTime": provenance.source_time,
        "sha256": content_sha256(document),
    }
    validate(document, "the export oamlint built")
    return document


def validate(document: Any, where: str) -> None:
    """Raise FatalError unless `document` is an export of this schema version."""
    version = document.get("schemaVersion") if isinstance(document, dict) else None
    if version != SCHEMA_VERSION:
        raise FatalError(
            f"{where} has schema version {json.dumps(version)}, but this oamlint reads {json.dumps(SCHEMA_VERSION)}",
            FIX_EXPORT,
        )
    if _compiled_schema().is_valid(document):  # the fast path; jsonschema below words what is wrong
        return
    import jsonschema  # only here: its import takes ~0.1 s of every run with an export

    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema()).iter_errors(document))
    if error is not None:
        at = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        raise FatalError(f"{where} does not match the export schema at {at}: {error.message}", FIX_EXPORT)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def render(document: dict[str, Any]) -> str:
    """The export as written to a file or stdout: indented, sorted keys, one trailing newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_atomic(document: dict[str, Any], path: Path) -> None:
    """The export to `path`, atomically and readable by its owner only (it names every account)."""
    write_atomically(path, render(document), mode=PRIVATE)


def load(path: Path) -> dict[str, Any]:
    """Read an export file back, checking its size (limit `exportBytes`), its schema version, its schema and its sha256.

    Strict JSON only: NaN and Infinity, integers of 4,300 digits or more and nesting deeper than Python's recursion
    limit are refused like any other file that is not an export. Raises FatalError saying which check failed.
    """
    data = limits.read_bounded(path, "exportBytes", f"the export {path}")  # a regular file, at most exportBytes
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, RecursionError):  # ValueError covers JSONDecodeError, UnicodeDecodeError and huge integers
        raise FatalError(f"{path} is not a JSON export written by `oamlint export`", FIX_EXPORT) from None
    try:
        validate(document, str(path))
    except RecursionError:
        raise FatalError(f"{path} is not a JSON export written by `oamlint export`", FIX_EXPORT) from None
    if document["provenance"]["sha256"] != content_sha256(document):
        raise FatalError(f"{path} was changed after it was exported (its sha256 does not match)", FIX_EXPORT)
    loaded: dict[str, Any] = document
    return loaded
