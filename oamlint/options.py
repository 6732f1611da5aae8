"""The option groups a run is made of, built once from the command line (`oamlint.cli`).

Frozen records, one per concern, so commands pass a few groups instead of many keywords:
`RenderOptions` (how a reporter writes), `ReportOptions` (which format, where, when to fail),
`EngineOptions` (which OPA, what time it is), `RuleOptions` (which config and rules) and
`CompareOptions` (`check --base`/`--baseline`). A leaf module: it imports nothing from oamlint.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping
from typing import Literal, TypedDict

GOGS_DEADLINE = 300.0  # seconds for a whole collection through the Gogs API (--gogs-deadline)
Format = Literal["text", "json", "sarif", "markdown", "github", "html"]
FailOn = Literal["error", "warning", "note", "never"]


@dataclasses.dataclass(frozen=True)
class RenderOptions:
    """What a reporter needs besides the report (see `oamlint.reporters.Reporter`)."""

    show_suppressed: bool = False  # the text report also prints waived and inline-ignored findings
    color: bool = False  # colour level words and rule ids (text on a terminal: `--color`, NO_COLOR)
    quiet: bool = False  # the text report: the findings and the summary line only (`--quiet`)
    env: Mapping[str, str] | None = None  # the CI's variables (GITHUB_SHA, …); None: os.environ
    root: str | None = None  # the source root links and URIs are relative to; None: `locations.source_root()`


@dataclasses.dataclass(frozen=True)
class ReportOptions:
    output_format: Format = "text"
    output: str | None = None  # write the report here; the text report then goes to the terminal
    fail_on: FailOn = "error"
    render: RenderOptions = RenderOptions()
    reports: tuple[tuple[Format, str], ...] = ()  # `--report FORMAT=FILE`: more reports from the same run

    def targets(self) -> list[tuple[Format, str]]:
        """Every report file this run writes, with its format: `--output`, then each `--report`."""
        return ([(self.output_format, self.output)] if self.output is not None else []) + list(self.reports)

    def formats(self) -> set[Format]:
        """Every format this run writes: to the terminal, `--output` and each `--report`."""
        shown: set[Format] = {self.output_format} if self.output is None else {"text"}
        return shown | {kind for kind, _ in self.targets()}

    def files(self, output_format: Format) -> tuple[str, ...]:
        """The files this run writes a report of `output_format` to."""
        return tuple(file for kind, file in self.targets() if kind == output_format)


@dataclasses.dataclass(frozen=True)
class EngineOptions:
    """Which OPA evaluates the policies, how long it may take, and the run's one clock reading (`moment`, in UTC)."""

    opa: str | None = None  # the binary to start; None: found on PATH
    opa_url: str | None = None  # an OPA server already running with the oamlint bundle
    opa_timeout: float = 60.0  # seconds OPA may take to answer after its start, and to answer each query
    now: datetime.datetime | None = None  # --now; None: the current time
    moment: datetime.datetime = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        moment = self.now or datetime.datetime.now(datetime.timezone.utc)
        if moment.tzinfo is None:  # `--now 2026-11-25` means midnight UTC
            moment = moment.replace(tzinfo=datetime.timezone.utc)
        object.__setattr__(self, "moment", moment.astimezone(datetime.timezone.utc))


@dataclasses.dataclass(frozen=True)
class RuleOptions:
    config: str | None = None  # --config FILE; None: search for .oamlint.yaml
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    stdin_filename: str | None = None  # --stdin-filename: the path standard input's findings are reported at


@dataclasses.dataclass(frozen=True)
class CompareOptions:
    """What a `check` run is compared with: a git revision, a baseline file."""

    base: str | None = None  # --base REV
    report_all: bool = False  # --all: with --base, every finding, not only the new ones
    baseline: str | None = None
    write_baseline: str | None = None
    prune: bool = False


TOKEN_VARIABLE = "GOGS_TOKEN"  # the environment variable that holds the Gogs API token (gogs/client.py `read_token`)


@dataclasses.dataclass(frozen=True)
class GogsSource:
    """Where `drift` and `export` read Gogs from: exactly one of backup, app.ini, database, URL.

    The API token is never an option value: it comes from `token_file` or TOKEN_VARIABLE.
    """

    gogs_backup: str | None = None
    gogs_config: str | None = None
    gogs_db: str | None = None
    gogs_url: str | None = None
    token_file: str | None = None
    ca_bundle: str | None = None  # CA certificates (PEM) for --gogs-url; None: REQUESTS_CA_BUNDLE or certifi
    insecure_skip_tls_verify: bool = False
    gogs_deadline: float = GOGS_DEADLINE  # seconds for the whole API collection

    def arguments(self) -> SourceArguments:
        """The source's keyword arguments of `oamlint.gogs.collect`."""
        return SourceArguments(gogs_backup=self.gogs_backup, gogs_config=self.gogs_config, gogs_db=self.gogs_db,
                               gogs_url=self.gogs_url, token_file=self.token_file, ca_bundle=self.ca_bundle,
                               insecure_skip_tls_verify=self.insecure_skip_tls_verify,
                               gogs_deadline=self.gogs_deadline)


class SourceArguments(TypedDict):
    gogs_backup: str | None
    gogs_config: str | None
    gogs_db: str | None
    gogs_url: str | None
    token_file: str | None
    ca_bundle: str | None
    insecure_skip_tls_verify: bool
    gogs_deadline: float
