"""`oamlint drift PATHS… --gogs-…`: compare the specs with what one Gogs source grants today.

With `--gogs-url`, the specs are first evaluated without an export to learn which repositories and
organisations they name, so that the API collector looks them up (it cannot list private ones). The export
is collected (and validated) once, optionally written with `--export-out` so that the
run can be replayed with `oamlint check --export FILE`, and then the specs go through the same
pipeline as `check` (`check.lint_and_report`) with that export as `input.gogs`: same report
formats, same exit codes.
"""

from __future__ import annotations

from pathlib import Path

from oamlint import limits
from oamlint.commands.check import lint_and_report, report_files
from oamlint.config import Config, load_config, select_rules
from oamlint.engine.opa import Engine
from oamlint.engine.process import OpaProcess
from oamlint.errors import FatalError
from oamlint.files import check_targets
from oamlint.gogs import collect
from oamlint.gogs.export import write_atomic
from oamlint.gogs.records import Lookups
from oamlint.lint import envelope, evaluate
from oamlint.spec import environments
from oamlint.spec.discovery import discover
from oamlint.spec.loader import STDIN, check_stdin, load_file
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
    check_targets(*report_files(report), export_out)  # a FIFO or directory fails before a slow collection, not after
    check_stdin(paths)  # and so does a closed standard input that `-` names
    config = select_rules(load_config(rules.config, paths), rules.select, rules.ignore)  # fails before a slow collection
    limits.configure(config.data.get("limits"))  # the collection is bounded by them too
    lookups = None
    if source.gogs_url:  # the API cannot list private repositories or organisations: look up what the specs name
        lookups, launched = spec_lookups(paths, config, engine, launched), None
    document = collect(**source.arguments(), lookups=lookups)
    if export_out is not None:
        write_export(document, export_out)
    return lint_and_report(paths, config, document, report, engine, launched=launched)


def spec_lookups(paths: tuple[str, ...], config: Config, engine: EngineOptions, launched: OpaProcess | None = None
                 ) -> Lookups:
    """The repositories and organisations the specs under `paths` name (`data.oamlint.lib.drift.lookups`),
    in every environment their override policies make.

    One evaluation without an export, in its own OPA (adopting `launched`). Standard input (`-`) is not read here:
    it can be read only once, and the lint needs it; its names are then not looked up, and the drift rules say what
    they could not judge. Raises FatalError when a path cannot be read or OPA cannot evaluate.
    """
    files = [path for path in discover(paths or (".",)) if path != STDIN]
    documents = [doc for path in files for doc in load_file(path).documents]
    with Engine(engine.opa, engine.opa_url, launched, engine.opa_timeout) as opa:
        asked = envelope(environments.expand_all(documents)[0], config, engine, None, ["lookups"])
        output = evaluate({**asked, "rules": []}, engine, opa)  # the names only: no rule's findings
    names = output.get("lookups") or {}
    return Lookups(tuple(names.get("repositories") or ()), tuple(names.get("organizations") or ()))


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
