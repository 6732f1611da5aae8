"""Command-line entry point: parses options and dispatches to commands/.

Errors are turned into exit codes here and nowhere else:
0 clean, 1 findings at or above --fail-on, 2 could not lint, 3 internal error, 130 interrupted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import io
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any, get_args

import click

from oamlint import __version__, limits, stdout
from oamlint.engine.deadlines import RUN_TIMEOUT, within
from oamlint.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, FatalError
from oamlint.options import (
    GOGS_DEADLINE,
    CompareOptions,
    EngineOptions,
    Format,
    GogsSource,
    RenderOptions,
    ReportOptions,
    RuleOptions,
)


def _dispatch(command: str, **arguments: Any) -> None:
    """Run `oamlint.commands.<command>.run(**arguments)` and exit with its code.

    Commands are imported here, not at the top, so `--version`, `rules` and `explain` do not
    pay for OPA's client, jsonschema and GitPython. For the commands that evaluate policies,
    OPA is launched before that import, so that it compiles them while Python imports the rest
    (about 150 ms of a 700 ms pre-commit run); the command's Engine adopts it (`launched=`).
    """
    launched = None
    flags = arguments.pop("limit", ())  # --limit NAME=VALUE, applied around the whole command
    timeout = arguments.pop("timeout", None)  # --timeout SECONDS, for the whole command
    try:
        with _run_deadline(timeout), limits.applied(flags):  # before OPA starts: a bad --limit is a usage error
            from oamlint.engine.process import EVALUATING, interrupts_deferred

            engine = arguments.get("engine")
            if command in EVALUATING and isinstance(engine, EngineOptions) and engine.opa_url is None:
                from oamlint.engine.process import launch_early
                from oamlint.provision import find_opa

                with contextlib.suppress(FatalError):  # the Engine reports it
                    find_opa(engine.opa)  # fetches OPA on first use, before signals are deferred
                with interrupts_deferred():
                    launched = launch_early(engine.opa)
                arguments = {**arguments, "launched": launched}
            # A Ctrl-C inside an import can land in a compiled module's initialisation (jsonschema-rs then panics:
            # exit 1) or in a class's creation (Python 3.11 wraps it in a RuntimeError: exit 3), so it is held
            # until the command's modules are imported, then acted on.
            with interrupts_deferred():
                module = importlib.import_module(f"oamlint.commands.{command}")
            code = module.run(**arguments)
    except FatalError as error:
        click.echo(f"oamlint: error: {error.message}", err=True)
        if error.hint:
            click.echo(f"hint: {error.hint}", err=True)
        _report_failure(arguments.get("report"), error)
        code = EXIT_USAGE
    except KeyboardInterrupt:
        click.echo("oamlint: interrupted", err=True)
        code = EXIT_INTERRUPTED
    except Exception:  # noqa: BLE001 - the one place bugs become exit 3
        click.echo("oamlint: internal error (this is a bug in oamlint):", err=True)
        click.echo(traceback.format_exc(), err=True)
        code = EXIT_INTERNAL
    finally:
        if launched is not None:
            launched.stop()  # normally stopped already, by the Engine that adopted it
    sys.exit(code)


def _report_failure(report: object, error: FatalError) -> None:
    """A run that could not lint still leaves the SARIF file it was asked for, saying why, so the
    upload step after it shows the failure instead of failing on a missing file."""
    if not isinstance(report, ReportOptions) or not report.files("sarif"):
        return
    from oamlint.files import write_atomically
    from oamlint.reporters import sarif

    text = f"{error.message}\nhint: {error.hint}" if error.hint else error.message
    for path in report.files("sarif"):
        try:
            write_atomically(path, sarif.failure(text, report.render.root))
        except FatalError:  # the output path itself is what failed, and that error was just printed
            pass


def _run_deadline(seconds: float | None) -> contextlib.AbstractContextManager[object]:
    """The whole run within --timeout: exit 2 saying so when it is up (commands without the option: no limit)."""
    if seconds is None:
        return contextlib.nullcontext()
    return within(seconds, FatalError(f"oamlint did not finish within {seconds:g}s (--timeout)",
                                      "allow more time with --timeout SECONDS"))


Decorator = Callable[[Callable[..., None]], Callable[..., None]]
FORMATS = list(get_args(Format))  # the report formats, named once in oamlint.options


def _options(*decorators: Decorator) -> Decorator:
    """Several click options as one decorator, so commands that share them declare them once."""

    def apply(function: Callable[..., None]) -> Callable[..., None]:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


def _report_targets(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """`--report FORMAT=FILE`, each as (format, file)."""
    targets = []
    for value in values:
        output_format, _, file = value.partition("=")
        if not file:
            raise click.BadParameter(f"--report takes FORMAT=FILE, e.g. `--report sarif=oamlint.sarif`; got `{value}`")
        if output_format not in FORMATS:
            raise click.BadParameter(f"--report: unknown format `{output_format}`; one of {', '.join(FORMATS)}")
        targets.append((output_format, file))
    return tuple(targets)


report_options = _options(
    click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
                 help="Report format."),
    click.option("--output", "-o", type=click.Path(dir_okay=False),
                 help="Write the report to FILE (the text report still goes to the terminal)."),
    click.option("--report", "reports", multiple=True, callback=_report_targets, metavar="FORMAT=FILE",
                 help="Also write the report in FORMAT to FILE, from the same run (repeatable), e.g. "
                      "`--report sarif=oamlint.sarif --report markdown=summary.md`."),
    click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                 help="Colour level words and rule ids in the text report (auto: on a terminal, unless NO_COLOR "
                      "is set)."),
    click.option("--quiet", "-q", is_flag=True, help="Text report: print only the findings and the summary line."),
    click.option("--fail-on", type=click.Choice(["error", "warning", "note", "never"]), default="error",
                 show_default=True, help="Exit 1 when a finding is at or above this level."),
    click.option("--config", type=click.Path(dir_okay=False), help="Use FILE instead of searching for .oamlint.yaml."),
    click.option("--opa", type=click.Path(dir_okay=False), help="The OPA binary to start (default: `opa` on PATH)."),
    click.option("--opa-url", metavar="URL", help="Use an OPA server that is already running, with the oamlint bundle."),
    click.option("--opa-timeout", type=click.FloatRange(min=0, min_open=True), default=EngineOptions.opa_timeout,
                 show_default=True, metavar="SECONDS",
                 help="How long OPA may take to answer after its start, and to answer each query."),
    click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=RUN_TIMEOUT, show_default=True,
                 metavar="SECONDS", help="How long the whole run may take; then it stops with exit 2."),
    click.option("--now", type=click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"]), metavar="TIME",
                 help="Evaluate expiry and age as of this time (RFC 3339; default: the current time)."),
)

limit_option = click.option(
    "--limit", multiple=True, metavar="NAME=VALUE",
    help="Set a limit on what is read, e.g. `--limit fileBytes=16MiB` (repeatable; overrides `limits:` in the "
         "config file; SECURITY.md lists them).")

gogs_source_options = _options(
    click.option("--gogs-backup", metavar="FILE", help="Gogs's own `gogs backup --database-only` archive."),
    click.option("--gogs-config", metavar="FILE", help="Gogs's app.ini: its database is read read-only."),
    click.option("--gogs-db", metavar="DSN", help="Gogs's database: sqlite:///path, postgres://…, mysql://…."),
    click.option("--gogs-url", metavar="URL", help="Gogs's URL; an admin token comes from GOGS_TOKEN or --token-file."),
    click.option("--token-file", metavar="FILE", help="File holding the API token for --gogs-url."),
    click.option("--ca-bundle", metavar="FILE",
                 help="CA certificates (PEM) that verify Gogs's TLS certificate (default: REQUESTS_CA_BUNDLE, "
                      "else certifi's bundle)."),
    click.option("--insecure-skip-tls-verify", is_flag=True,
                 help="Do not verify Gogs's TLS certificate (unsafe: prints a warning)."),
    click.option("--gogs-deadline", type=click.FloatRange(min=1), default=GOGS_DEADLINE, show_default=True,
                 metavar="SECONDS",
                 help="Give up reading the Gogs API after this long in all (each request also has timeouts)."),
)


def _report(options: dict[str, Any]) -> ReportOptions:
    """The report group from `report_options` (and check's `--show-suppressed`)."""
    render = RenderOptions(show_suppressed=options.get("show_suppressed", False), color=wants_color(options["color"]),
                           quiet=options["quiet"])
    return ReportOptions(options["output_format"], options["output"], options["fail_on"], render,
                         tuple(options["reports"]))


def wants_color(choice: str) -> bool:
    """`--color`: always, never, or (auto) when stdout is a terminal and NO_COLOR is unset or empty."""
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _engine(options: dict[str, Any]) -> EngineOptions:
    return EngineOptions(opa=options["opa"], opa_url=options["opa_url"], now=options["now"],
                         opa_timeout=options["opa_timeout"])


def _rules(options: dict[str, Any]) -> RuleOptions:
    return RuleOptions(options["config"], tuple(options.get("select", ())), tuple(options.get("ignore", ())),
                       options.get("stdin_filename"))


def _source(options: dict[str, Any]) -> GogsSource:
    """The group from `gogs_source_options`."""
    return GogsSource(**{field.name: options[field.name] for field in dataclasses.fields(GogsSource)})


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="oamlint")
def cli() -> None:
    """Policy-as-code checks for OAM specs and Gogs repository access."""


@cli.command(name="check")
@click.argument("paths", nargs=-1, type=click.Path())
@report_options
@limit_option
@click.option("--select", multiple=True, metavar="RULE",
              help="Run only this rule or category (repeatable); overrides `rules:` in the config file.")
@click.option("--ignore", multiple=True, metavar="RULE",
              help="Do not run this rule or category (repeatable); overrides `rules:` in the config file.")
@click.option("--show-suppressed", is_flag=True, help="Also print waived and inline-ignored findings (text format).")
@click.option("--stdin-filename", metavar="PATH",
              help="With `-`: report standard input's findings at PATH (e.g. the chart's rendered file), "
                   "so links and code-scanning alerts point at it.")
@click.option("--base", metavar="REV",
              help="Report only findings new against git revision REV, and the access changes since REV "
                   "(PATHS default to the repository root).")
@click.option("--all", "report_all", is_flag=True, help="With --base: report every finding, not only new ones.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in baseline FILE.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record the fingerprints of today's findings in FILE, and exit 0.")
@click.option("--prune", is_flag=True, help="With --baseline: list the entries that match no finding any more.")
@click.option("--export", type=click.Path(dir_okay=False), metavar="FILE.json",
              help="Also run the drift rules against this Gogs export (from `oamlint export` or `drift --export-out`).")
def check_command(**options: Any) -> None:
    """Lint OAM specs under PATHS (default: the current directory); `-` reads standard input."""
    compare = CompareOptions(base=options["base"], report_all=options["report_all"], baseline=options["baseline"],
                             write_baseline=options["write_baseline"], prune=options["prune"])
    _dispatch("check", paths=options["paths"], rules=_rules(options), report=_report(options), engine=_engine(options),
              compare=compare, export=options["export"], limit=options["limit"], timeout=options["timeout"])


@cli.command(name="drift")
@click.argument("paths", nargs=-1, type=click.Path())
@gogs_source_options
@report_options
@limit_option
@click.option("--export-out", type=click.Path(dir_okay=False), metavar="FILE.json",
              help="Also write the Gogs export used (atomically), to replay with `check --export`.")
def drift_command(**options: Any) -> None:
    """Compare the specs under PATHS with what Gogs grants today (one --gogs-… source)."""
    _dispatch("drift", paths=options["paths"], source=_source(options), rules=_rules(options), report=_report(options),
              engine=_engine(options), export_out=options["export_out"], limit=options["limit"],
              timeout=options["timeout"])


@cli.command(name="export")
@click.argument("paths", nargs=-1, type=click.Path())
@gogs_source_options
@limit_option
@click.option("--output", "-o", metavar="FILE", help="Write the export here (atomically) instead of stdout.")
@click.option("--repository", "repositories", multiple=True, metavar="OWNER/NAME",
              help="With --gogs-url: also look this repository up by name (repeatable; private ones included).")
@click.option("--org", "organizations", multiple=True, metavar="NAME",
              help="With --gogs-url: also look this organisation, its teams and members up by name (repeatable).")
def export_command(**options: Any) -> None:
    """Write a normalised, versioned JSON export of Gogs users, teams, repositories and access.

    With --gogs-url, the repositories and organisations the specs under PATHS name are looked up by name too.
    """
    from oamlint.gogs.records import Lookups  # not imported by the other commands

    _dispatch("export", source=_source(options), output=options["output"], limit=options["limit"],
              paths=options["paths"], lookups=Lookups(options["repositories"], options["organizations"]))


@cli.command(name="rules")
def rules_command() -> None:
    """List every rule: slug, category, default level, description."""
    _dispatch("rules")


@cli.command(name="explain")
@click.argument("rule")
def explain_command(rule: str) -> None:
    """Print the documentation of RULE."""
    _dispatch("explain", rule=rule)


@cli.command(name="bundle")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="oamlint.tar.gz", show_default=True)
def bundle_command(output: str) -> None:
    """Build the policies as an OPA bundle (for servers used with --opa-url)."""
    _dispatch("bundle", output=output)


@cli.command(name="doctor")
@click.option("--opa", type=click.Path(dir_okay=False), help="The OPA binary a check would be given.")
@click.option("--config", type=click.Path(dir_okay=False), help="The config file a check would be given.")
def doctor_command(**options: Any) -> None:
    """Print which OPA a check would use, where it came from and its version, and the config file found."""
    _dispatch("doctor", **options)


@cli.group(name="opa")
def opa_group() -> None:
    """The OPA that oamlint provisions for itself."""


@opa_group.command(name="install")
def opa_install_command() -> None:
    """Fetch the pinned OPA into oamlint's cache now (for container images and CI caches); print its path."""
    _dispatch("opa_install")


@opa_group.command(name="path")
def opa_path_command() -> None:
    """Print where oamlint keeps the pinned OPA (`<cache>/opa/v<version>/opa`), whether or not it is there yet."""
    _dispatch("opa_path")


def main() -> None:
    """Run the CLI (the process's signals are set up by `oamlint/__main__.py`, the command's entry point)."""
    if sys.stdout is None:  # started with its standard output closed (`>&-`): Python then has no sys.stdout
        sys.stdout = stdout.Closed()
    for stream in (sys.stdout, sys.stderr):
        # A lone surrogate (a spec's `"\\ud800"` escape, a file name that is not UTF-8) cannot be written as
        # UTF-8: it is written as the escape `\\ud800`, which is also how JSON spells it, instead of crashing.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        try:
            cli(standalone_mode=True)
        except OSError as error:  # click's own output (`--help`, `--version`) to a full disk; click handles EPIPE
            raise stdout.failure(error) from None
    except FatalError as error:  # from outside a command (`--version` with standard output closed or failing)
        click.echo(f"oamlint: error: {error.message}", err=True)
        if error.hint:
            click.echo(f"hint: {error.hint}", err=True)
        sys.exit(EXIT_USAGE)
