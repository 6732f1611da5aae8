"""`oamlint export`: write the normalised Gogs export from one source (backup, database or API)."""

from __future__ import annotations

import sys
from pathlib import Path

from oamlint.gogs import collect
from oamlint.gogs.export import render, write_atomic
from oamlint.options import GogsSource


def run(*, source: GogsSource, output: str | None) -> int:
    """Collect, validate and write the export: atomically to `output`, or to stdout when it is None or "-".

    Raises FatalError on a Gogs source problem or when the file cannot be written.
    """
    document = collect(**source.arguments())
    if output is None or output == "-":
        sys.stdout.write(render(document))
    else:
        write_atomic(document, Path(output))
    return 0
