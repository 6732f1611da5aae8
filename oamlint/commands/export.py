"""`oamlint export`: write the normalised Gogs export from one source (backup, database or API)."""

from __future__ import annotations

import sys
from pathlib import Path

from oamlint.gogs import collect
from oamlint.gogs.export import render, write_atomic


def run(
    *,
    gogs_backup: str | None,
    gogs_config: str | None,
    gogs_db: str | None,
    gogs_url: str | None,
    token_file: str | None,
    ca_bundle: str | None = None,
    insecure_skip_tls_verify: bool = False,
    gogs_deadline: float | None = None,
    output: str | None,
) -> int:
    """Collect, validate and write the export: atomically to `output`, or to stdout when it is None or "-"."""
    document = collect(gogs_backup=gogs_backup, gogs_config=gogs_config, gogs_db=gogs_db, gogs_url=gogs_url,
                       token_file=token_file, ca_bundle=ca_bundle,
                       insecure_skip_tls_verify=insecure_skip_tls_verify, gogs_deadline=gogs_deadline)
    if output is None or output == "-":
        sys.stdout.write(render(document))
    else:
        write_atomic(document, Path(output))
    return 0
