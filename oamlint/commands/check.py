"""`oamlint check PATHS…`: lint specs and report."""

from __future__ import annotations

import datetime
import os
import sys
import tempfile

from oamlint.config import load_config, select_rules
from oamlint.errors import FatalError
from oamlint.findings import at_or_above
from oamlint.lint import Options, Report, lint
from oamlint.reporters import FORMATS, text


def run(
    *,
    paths: tuple[str, ...],
    output_format: str,
    output: str | None,
    fail_on: str,
    config: str | None,
    opa: str | None,
    opa_url: str | None,
    now: datetime.datetime | None,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    show_suppressed: bool = False,
) -> int:
    settings = select_rules(load_config(config), select, ignore)
    report = lint(paths or (".",), settings, Options(opa_path=opa, opa_url=opa_url, now=now))
    emit(report, output_format, output, show_suppressed)
    return exit_code(report, fail_on)


def emit(report: Report, output_format: str, output: str | None, show_suppressed: bool = False) -> None:
    """The report in `output_format` to stdout, or to `output` with the text report on stdout."""
    rendered = text.render(report, show_suppressed) if output_format == "text" else FORMATS[output_format](report)
    if output is None:
        sys.stdout.write(rendered)
        return
    write_atomically(output, rendered)
    if output_format != "text":
        sys.stdout.write(text.render(report, show_suppressed))


def exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    return int(any(not f.suppressed and at_or_above(f.level, fail_on) for f in report.findings))


def write_atomically(path: str, content: str) -> None:
    directory = os.path.dirname(os.path.abspath(path))
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=directory, delete=False, suffix=".tmp") as handle:
            handle.write(content)
        os.replace(handle.name, path)
    except OSError as error:
        raise FatalError(f"cannot write `{path}`: {error.strerror}", "check that the directory exists and is writable") from None
