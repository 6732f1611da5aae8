"""`oamlint check PATHS…`: lint specs and report; `report` is the pipeline `drift` shares."""

from __future__ import annotations

import contextvars
import dataclasses
import functools
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from oamlint import baseline as baselines
from oamlint import limits, stdout
from oamlint.config import Config, load_config, select_rules
from oamlint.engine.opa import Engine
from oamlint.engine.process import OpaProcess
from oamlint.errors import FatalError
from oamlint.files import check_targets, write_atomically
from oamlint.findings import at_or_above
from oamlint.lint import Export, Gogs, lint, loaded_export
from oamlint.options import CompareOptions, EngineOptions, ReportOptions, RuleOptions
from oamlint.report import Report
from oamlint.reporters import LISTS_GRANTS, reporter
from oamlint.words import plural


def run(
    *,
    paths: tuple[str, ...],
    rules: RuleOptions,
    report: ReportOptions,
    engine: EngineOptions,
    compare: CompareOptions = CompareOptions(),
    export: str | None = None,
    launched: OpaProcess | None = None,
) -> int:
    """Lint `paths` (with the drift rules too when `export` names a Gogs export) and report; the exit code.

    `launched`: an OPA started early by the CLI, adopted by the run's Engine.
    Raises FatalError on a usage, config, git, export or OPA problem.
    """
    if compare.prune and compare.baseline is None:
        raise FatalError("--prune lists stale entries of a baseline", "pass it: `oamlint check --baseline FILE --prune`")
    check_targets(*report_files(report), compare.write_baseline)  # a FIFO or directory fails now, not after linting
    config = select_rules(load_config(rules.config, paths), rules.select, rules.ignore)
    limits.configure(config.data.get("limits"))
    gogs = None
    if export is not None:  # an export made earlier (`oamlint export`, `drift --export-out`), validated
        from oamlint.gogs.export import load as load_export  # not on the pre-commit path

        gogs = in_background(functools.partial(load_export, Path(export)))  # while the specs are loaded
    return lint_and_report(paths, config, gogs, report, engine, compare, launched, rules.stdin_filename)


def in_background(load: Callable[[], Gogs]) -> Callable[[], Gogs]:
    """`load` started in a thread; what is returned waits for it and returns its result or raises its error.

    `load` runs in a copy of this thread's context, so it reads the limits in force here (`limits.current`, a
    context variable). The thread is a daemon: an interrupted run does not wait for it. The export is loaded this
    way while the spec files are loaded (in worker processes above 100 files a core, which the main thread mostly
    waits for): BENCHMARKS.md, change 21.
    """
    done: list[Gogs] = []
    failed: list[BaseException] = []
    context = contextvars.copy_context()

    def run() -> None:
        try:
            done.append(context.run(load))
        except BaseException as error:  # handed to the caller, which raises it
            failed.append(error)

    thread = threading.Thread(target=run, name="oamlint-export", daemon=True)
    thread.start()

    def result() -> Gogs:
        thread.join()
        if failed:
            raise failed[0]
        return done[0]

    return result


def lint_and_report(
    paths: tuple[str, ...],
    config: Config,
    gogs: Export | None,
    report: ReportOptions,
    engine: EngineOptions,
    compare: CompareOptions = CompareOptions(),
    launched: OpaProcess | None = None,
    stdin_name: str | None = None,
) -> int:
    """The pipeline `check` and `drift` share: lint, compare, report, and the exit code.

    `stdin_name`: the path standard input (`-` among `paths`) is reported at (--stdin-filename).

    Raises FatalError on a git, baseline or OPA problem, or when the report cannot be written.
    """
    revision = None
    if compare.base is not None:  # git errors before OPA; GitPython and the access diff only for --base
        from oamlint.revision import Revision

        revision = Revision.read(compare.base, paths)
    with Engine(engine.opa, engine.opa_url, launched, engine.opa_timeout) as opa:
        if revision is not None:
            result = revision.compare(config, engine, opa, loaded_export(gogs),
                                      compare.report_all or compare.write_baseline is not None)
        else:
            grants = gogs is not None or bool(LISTS_GRANTS & report.formats())  # with an export: the access diff
            result = lint(paths or (".",), config, engine, opa, gogs, stdin_name, grants)
    if compare.write_baseline is not None:
        entries = baselines.entries_for(result.findings)
        write_atomically(compare.write_baseline, baselines.render(entries))
        stdout.write(f"Wrote {plural(len(entries), 'finding')} to baseline `{compare.write_baseline}`.\n")
        return 0
    entries = baselines.load(compare.baseline) if compare.baseline is not None else []
    stale = baselines.stale(result, entries)
    result = baselines.without(result, {entry.fingerprint for entry in entries})
    emit(result, report)
    if compare.prune and compare.baseline is not None:  # after the report, and never inside a machine-readable one
        described = baselines.describe_stale(compare.baseline, stale)
        if report.output_format == "text":
            stdout.write(described)
        else:
            sys.stderr.write(described)
    return exit_code(result, report.fail_on)


def report_files(options: ReportOptions) -> list[str]:
    """The files the reports go to (`--output`, then each `--report`), for the caller to pass to
    `check_targets` with its other outputs before any work is done.

    Raises FatalError when two reports name one file.
    """
    files = [file for _, file in options.targets()]
    seen: set[str] = set()
    for file in files:
        if os.path.abspath(file) in seen:
            raise FatalError(f"two reports would be written to `{file}`", "give each --report (and --output) its own file")
        seen.add(os.path.abspath(file))
    return files


def emit(report: Report, options: ReportOptions) -> None:
    """The report in its format to stdout, or to `options.output` with the text report on stdout;
    and each `--report FORMAT=FILE` to its file. Files are never coloured.

    Raises FatalError when a file cannot be written.
    """
    plain = dataclasses.replace(options.render, color=False)
    for output_format, file in options.targets():
        write_atomically(file, reporter(output_format)(report, plain))
    if options.output is None:
        stdout.write(reporter(options.output_format)(report, options.render))
    elif options.output_format != "text":
        stdout.write(reporter("text")(report, options.render))


def exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    return int(any(not f.suppressed and at_or_above(f.level, fail_on) for f in report.findings))
