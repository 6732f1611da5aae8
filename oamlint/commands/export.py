"""`oamlint export`: write the normalised Gogs export from one source (backup, database or API)."""

from __future__ import annotations

from pathlib import Path

from oamlint import stdout
from oamlint.config import load_config
from oamlint.errors import FatalError
from oamlint.files import check_targets
from oamlint.gogs import collect
from oamlint.gogs.export import render, write_atomic
from oamlint.gogs.records import Lookups
from oamlint.options import EngineOptions, GogsSource


def run(*, source: GogsSource, output: str | None, paths: tuple[str, ...] = (), lookups: Lookups = Lookups()) -> int:
    """Collect, validate and write the export: atomically to `output`, or to stdout when it is None or "-".

    With an API source, the names in `lookups` and those the specs under `paths` name are looked up too.
    Raises FatalError on a Gogs source problem, names given for another source, or when the file cannot be written.
    """
    if (paths or lookups.repositories or lookups.organizations) and not source.gogs_url:
        raise FatalError("spec paths, --repository and --org choose what the API collector looks up by name, "
                         "but the other sources are read whole", "drop them, or export with --gogs-url")
    target = None if output == "-" else output
    check_targets(target)  # a FIFO or directory fails before a slow collection, not after
    if paths:
        from oamlint.commands.drift import spec_lookups

        named = spec_lookups(paths, load_config(None, paths), EngineOptions())
        lookups = Lookups(lookups.repositories + named.repositories, lookups.organizations + named.organizations)
    document = collect(**source.arguments(), lookups=lookups if source.gogs_url else None)
    if target is None:
        stdout.write(render(document))
    else:
        write_atomic(document, Path(target))
    return 0
