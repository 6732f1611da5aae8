"""Command-line entry point: parses options and dispatches to commands/.

Errors are turned into exit codes here and nowhere else:
0 clean, 1 findings at or above --fail-on, 2 could not lint, 3 internal error, 130 interrupted.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from oamlint import __version__
from oamlint.errors import FatalError

EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


def _dispatch(run: Callable[..., int], **options: Any) -> None:
    try:
        code = run(**options)
    except FatalError as error:
        click.echo(f"oamlint: error: {error.message}", err=True)
        if error.hint:
            click.echo(f"hint: {error.hint}", err=True)
        code = EXIT_USAGE
    except KeyboardInterrupt:
        click.echo("oamlint: interrupted", err=True)
        code = EXIT_INTERRUPTED
    except Exception:  # noqa: BLE001 - the one place bugs become exit 3
        click.echo("oamlint: internal error (this is a bug in oamlint):", err=True)
        click.echo(traceback.format_exc(), err=True)
        code = EXIT_INTERNAL
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="oamlint")
def cli() -> None:
    """Policy-as-code checks for OAM specs and Gogs repository access."""


def main() -> None:
    cli(standalone_mode=True)
