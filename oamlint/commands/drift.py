"""`oamlint drift PATHS… --gogs-…`: compare the specs with what one Gogs source grants today.

The export is collected (and validated) once, optionally written with `--export-out` so that the
run can be replayed with `oamlint check --export FILE`, and then the specs are checked exactly as
`check` does with that export as `input.gogs`: same report formats, same exit codes.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from oamlint.commands import check
from oamlint.config import load_config
from oamlint.engine.process import OpaProcess
from oamlint.errors import FatalError
from oamlint.gogs import collect
from oamlint.gogs.export import write_atomic


def run(
    *,
    paths: tuple[str, ...],
    gogs_backup: str | None,
    gogs_config: str | None,
    gogs_db: str | None,
    gogs_url: str | None,
    token_file: str | None,
    ca_bundle: str | None = None,
    insecure_skip_tls_verify: bool = False,
    gogs_deadline: float | None = None,
    output_format: str,
    output: str | None,
    fail_on: str,
    config: str | None,
    opa: str | None,
    opa_url: str | None,
    now: datetime.datetime | None,
    export_out: str | None,
    launched: OpaProcess | None = None,
) -> int:
    load_config(config, paths)  # a broken .oamlint.yaml fails before a slow collection, not after
    document = collect(gogs_backup=gogs_backup, gogs_config=gogs_config, gogs_db=gogs_db, gogs_url=gogs_url,
                       token_file=token_file, ca_bundle=ca_bundle,
                       insecure_skip_tls_verify=insecure_skip_tls_verify, gogs_deadline=gogs_deadline)
    if export_out is not None:
        write_export(document, export_out)
    return check.run(paths=paths, output_format=output_format, output=output, fail_on=fail_on, config=config,
                     opa=opa, opa_url=opa_url, now=now, gogs=document, launched=launched)


def write_export(document: dict[str, object], path: str) -> None:
    """The export the run used, atomically, before linting: it is kept even if OPA then fails."""
    try:
        write_atomic(document, Path(path))
    except FatalError as error:
        raise FatalError(error.message, "choose a writable --export-out path") from None
    except OSError as error:
        raise FatalError(f"cannot write `{path}`: {error.strerror}", "choose a writable --export-out path") from None
