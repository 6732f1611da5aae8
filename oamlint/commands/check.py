"""`oamlint check PATHS…`: lint specs and report."""

from __future__ import annotations

import dataclasses
import datetime
import os
import sys
from pathlib import Path
from typing import Any

from oamlint import baseline as baselines
from oamlint import limits
from oamlint.access_diff import diff_grants, diff_live, live_grants
from oamlint.config import Config, load_config, select_rules
from oamlint.engine.opa import Engine
from oamlint.engine.process import OpaProcess
from oamlint.errors import FatalError
from oamlint.files import write_atomically
from oamlint.findings import at_or_above
from oamlint.lint import Options, Report, lint, lint_loaded
from oamlint.reporters import FORMATS, text
from oamlint.spec.discovery import discover
from oamlint.spec.loader import LoadedFile


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
    base: str | None = None,
    report_all: bool = False,
    baseline: str | None = None,
    write_baseline: str | None = None,
    prune: bool = False,
    export: str | None = None,
    gogs: dict[str, Any] | None = None,
    launched: OpaProcess | None = None,
) -> int:
    if prune and baseline is None:
        raise FatalError("--prune lists stale entries of a baseline", "pass it: `oamlint check --baseline FILE --prune`")
    settings = select_rules(load_config(config, paths), select, ignore)
    limits.configure(settings.data.get("limits"))
    if export is not None:  # an export made earlier (`oamlint export`, `drift --export-out`), validated
        from oamlint.gogs.export import load as load_export  # not on the pre-commit path

        gogs = load_export(Path(export))
    options = Options(opa_path=opa, opa_url=opa_url, now=now, gogs=gogs)
    revision = Revision.read(base, paths) if base is not None else None  # git errors before OPA starts
    with Engine(opa, opa_url, launched) as engine:
        if revision is not None:
            report = revision.compare(settings, options, engine, report_all or write_baseline is not None)
        else:
            report = lint(paths or (".",), settings, options, engine)
    if options.gogs is not None:
        report = dataclasses.replace(report, access=(*report.access, diff_live(report.grants, live_grants(options.gogs))))
    if write_baseline is not None:
        entries = baselines.entries_for(report.findings)
        write_atomically(write_baseline, baselines.render(entries))
        sys.stdout.write(f"Wrote {len(entries)} {'finding' if len(entries) == 1 else 'findings'} to baseline `{write_baseline}`.\n")
        return 0
    entries = baselines.load(baseline) if baseline is not None else []
    stale = baselines.stale(report, entries)
    report = baselines.without(report, {entry.fingerprint for entry in entries})
    emit(report, output_format, output, show_suppressed)
    if prune and baseline is not None:  # after the report, and never inside a machine-readable one
        (sys.stdout if output_format == "text" else sys.stderr).write(baselines.describe_stale(baseline, stale))
    return exit_code(report, fail_on)


@dataclasses.dataclass(frozen=True)
class Revision:
    """`check --base REV`: the spec files at REV (from git objects) and the working-tree paths to compare."""

    name: str
    files: list[LoadedFile]
    paths: tuple[str, ...]

    @classmethod
    def read(cls, rev: str, paths: tuple[str, ...]) -> Revision:
        from oamlint import vcs  # GitPython costs ~90 ms to import; only --base needs it

        repo = vcs.open_repository(".", *_anchor(paths))
        given = paths or (vcs.root(repo),)
        relative = vcs.repository_paths(repo, given)
        commit = vcs.resolve(repo, rev)
        files = discover(given)
        ignored = vcs.untracked_ignored(repo, files)  # untracked build output is not part of the change
        kept = tuple(f for f in files if os.path.abspath(f) not in ignored)
        return cls(rev, vcs.load_at(repo, commit, relative), kept if ignored else given)

    def compare(self, config: Config, options: Options, engine: Engine, report_all: bool) -> Report:
        """The working tree's report, with only the findings new against REV, and the access diff against REV."""
        head = lint(self.paths, config, options, engine)
        before = lint_loaded(self.files, config, options, engine)
        report = dataclasses.replace(head, base=self.name, access=(diff_grants(before.grants, head.grants, self.name),))
        return report if report_all else baselines.without(report, {f.fingerprint for f in before.findings})


def _anchor(paths: tuple[str, ...]) -> tuple[str, ...]:
    """Where else to look for the repository, when the working directory is not in one: the first path's."""
    if not paths or not os.path.exists(paths[0]):
        return ()
    return (paths[0] if os.path.isdir(paths[0]) else os.path.dirname(os.path.abspath(paths[0])),)


def emit(report: Report, output_format: str, output: str | None, show_suppressed: bool = False) -> None:
    """The report in `output_format` to stdout, or to `output` with the text report on stdout."""
    rendered = text.render(report, show_suppressed) if output_format == "text" else FORMATS[output_format](report)
    if output is None:
        sys.stdout.write(rendered + (notes(report) if output_format == "text" else ""))
        return
    write_atomically(output, rendered)
    if output_format != "text":
        sys.stdout.write(text.render(report, show_suppressed))
    sys.stdout.write(notes(report))


def notes(report: Report) -> str:
    """For the text report: findings left out, and the access changes (`check --base`, Gogs)."""
    lines = []
    if report.hidden:
        lines.append(baselines.hidden_note(report))
    for diff in report.access:
        against = "Gogs today" if diff.against == "Gogs" else f"`{diff.against}`"
        lines.append(f"Access changes against {against}: {diff.summary()}.")
        lines += [f"  {c.describe()}" + (f"  ({c.file}:{c.line})" if c.file else "") for c in diff.changes]
    return "".join(line + "\n" for line in lines)


def exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    return int(any(not f.suppressed and at_or_above(f.level, fail_on) for f in report.findings))
