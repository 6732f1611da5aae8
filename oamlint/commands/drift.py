"""`oamlint drift PATHS… --gogs-…`: compare the specs with what one Gogs source grants today.

The export is collected (and validated) once, optionally written with `--export-out` so that the
run can be replayed with `oamlint check --export FILE`, and then the specs go through the same
pipeline as `check` (`check.lint_and_report`) with that export as `input.gogs`: same report
formats, same exit codes.
"""

from __future__ import annotations

from pathlib import Path

from oamlint import limits
from oamlint.commands.check import lint_and_report
from oamlint.config import load_config, select_rules
from oamlint.engine.process import OpaProcess
from oamlint.errors import FatalError
from oamlint.gogs import collect
from oamlint.gogs.export import write_atomic
from oamlint.options import EngineOptions, GogsSource, ReportOptions, RuleOptions


def run(
    *,
    paths: tuple[str, ...],
    source: GogsSource,
    rules: RuleOptions,
    report: ReportOptions,
    engine: EngineOptions,
    export_out: str | None = None,
    launched: OpaProcess | None = None,
) -> int:
    """Collect the export from `source`, optionally write it, then lint and report; the exit code.

    Raises FatalError on a config, Gogs source, export or OPA problem.
    """
    config = select_rules(load_config(rules.config, paths), rules.select, rules.ignore)  # fails before a slow collection
    limits.configure(config.data.get("limits"))  # the collection is bounded by them too
    document = collect(**source.arguments())
    if export_out is not None:
        write_export(document, export_out)
    return lint_and_report(paths, config, document, report, engine, launched=launched)


def write_export(document: dict[str, object], path: str) -> None:
    """The export the run used, atomically, before linting: it is kept even if OPA then fails.

    Raises FatalError when the file cannot be written.
    """
    try:
        write_atomic(document, Path(path))
    except FatalError as error:
        raise FatalError(error.message, "choose a writable --export-out path") from None
    except OSError as error:
        raise FatalError(f"cannot write `{path}`: {error.strerror}", "choose a writable --export-out path") from None
