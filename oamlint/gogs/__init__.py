"""Gogs collectors (backup archive, database, REST API) and the normalised export they produce.

`collect` is the one entry point: exactly one source, one validated export document back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from oamlint.errors import FatalError
from oamlint.gogs.records import Lookups
from oamlint.options import GOGS_DEADLINE

SOURCES_HINT = "pass exactly one of --gogs-backup FILE.zip, --gogs-config app.ini, --gogs-db DSN or --gogs-url URL"


def collect(
    *,
    gogs_backup: str | None = None,
    gogs_config: str | None = None,
    gogs_db: str | None = None,
    gogs_url: str | None = None,
    token_file: str | None = None,
    ca_bundle: str | None = None,
    insecure_skip_tls_verify: bool = False,
    gogs_deadline: float = GOGS_DEADLINE,
    lookups: Lookups | None = None,
) -> dict[str, Any]:
    """Read one Gogs source and return its export, validated against the shipped JSON Schema.

    The API token comes from `token_file` or the GOGS_TOKEN environment variable, never from an argument value.
    `ca_bundle`, `insecure_skip_tls_verify` and `gogs_deadline` (seconds) are for --gogs-url only.
    `lookups`: names the API collector looks up besides what it can list (the other sources read everything).
    Raises FatalError for any source that cannot be read, with what and how to fix it.
    """
    from oamlint.gogs import export

    given = {"--gogs-backup": gogs_backup, "--gogs-config": gogs_config, "--gogs-db": gogs_db,
             "--gogs-url": gogs_url}
    chosen = [name for name, value in given.items() if value]
    if len(chosen) != 1:
        said = "no Gogs source was given" if not chosen else f"{', '.join(chosen)} were all given"
        raise FatalError(said, SOURCES_HINT)
    for option, value in (("--token-file", token_file), ("--ca-bundle", ca_bundle),
                          ("--insecure-skip-tls-verify", insecure_skip_tls_verify)):
        if value and not gogs_url:
            raise FatalError(f"{option} is only used with --gogs-url", SOURCES_HINT)
    if ca_bundle and insecure_skip_tls_verify:
        raise FatalError("--ca-bundle and --insecure-skip-tls-verify contradict each other",
                         "keep --ca-bundle: it verifies Gogs's certificate against your CA")
    if gogs_backup:
        from oamlint.gogs.backup import collect_backup

        snapshot, provenance = collect_backup(Path(gogs_backup))
    elif gogs_url:
        from oamlint.gogs.api import collect_api
        from oamlint.gogs.client import Connection

        connection = Connection(ca_bundle, not insecure_skip_tls_verify, gogs_deadline)
        snapshot, provenance = collect_api(gogs_url, token_file, lookups or Lookups(), connection)
    else:
        from oamlint.gogs.database import collect_database

        snapshot, provenance = collect_database(config=gogs_config, dsn=gogs_db)
    return export.build(snapshot, provenance)
