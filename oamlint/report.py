"""The output model: what a run found and the access it changes, as every reporter reads it.

A leaf module: it imports only `oamlint.findings` (and, for type checking, the catalogue's
`Rule`), so a reporter can be imported without the pipeline, the OPA client or jsonschema.
The pipeline (`oamlint.lint`) builds a `Report`; `oamlint.access_diff` computes `AccessDiff`s.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from oamlint import __version__
from oamlint.findings import Finding, Level

if TYPE_CHECKING:
    from oamlint.catalogue import Rule

ChangeKind = Literal["added", "raised", "lowered", "removed"]
KINDS: tuple[ChangeKind, ...] = ("added", "raised", "lowered", "removed")


@dataclasses.dataclass(frozen=True)
class AccessGrant:
    """One principal's permission on a repository (through one declared role), and where it is written.

    `role` is "" and `file` is "" for what Gogs holds today, which has neither.
    """

    repository: str
    principal: str
    role: str
    permission: str
    component: str = ""
    file: str = ""
    line: int = 0
    until: str = ""  # a time-boxed grant's `until` (a date or RFC 3339 time), as written
    via: str = ""  # what Gogs holds: how (team, owners-team, collaborator), as `held` in lib/drift.rego
    environments: tuple[str, ...] = dataclasses.field(default=(), compare=False)  # deploy steps; () without overrides

    def to_json(self) -> dict[str, object]:
        """A declared grant in `--format json` (`via` is for what Gogs holds, so it is left out)."""
        fields = {key: value for key, value in vars(self).items() if key != "via"}  # in field order
        return {**fields, "environments": list(self.environments)}


@dataclasses.dataclass(frozen=True)
class Change:
    """One grant the change adds, removes, raises or lowers; `file:line` is where the new grant is written."""

    kind: ChangeKind
    repository: str
    principal: str
    role: str  # "" when compared with Gogs, which has no roles
    before: str  # "" when added
    after: str  # "" when removed
    file: str = ""
    line: int = 0

    @property
    def sign(self) -> str:
        return "+" if self.kind in ("added", "raised") else "-"

    @property
    def permissions(self) -> str:
        return f"{self.before} → {self.after}" if self.before and self.after else self.after or self.before

    def describe(self) -> str:
        """`+ team:acme/ci read → write on acme/payments-api (role test)`."""
        role = f" (role {self.role})" if self.role else ""
        return f"{self.sign} {self.principal} {self.permissions} on {self.repository}{role}"

    def to_json(self) -> dict[str, object]:
        return dict(vars(self))  # every field is text or a number: no deep copy needed (dataclasses.asdict)


@dataclasses.dataclass(frozen=True)
class AccessDiff:
    """The access changes against one reference: a git revision, or `GOGS` (what Gogs grants today)."""

    against: str
    changes: tuple[Change, ...] = ()

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for change in self.changes if change.kind == kind)

    def by_repository(self) -> dict[str, list[Change]]:
        grouped: dict[str, list[Change]] = {}
        for change in self.changes:
            grouped.setdefault(change.repository, []).append(change)
        return grouped

    def summary(self) -> str:
        counts = [f"{self.count(kind)} {kind}" for kind in KINDS if self.count(kind)]
        return ", ".join(counts) if counts else "no access changes"

    def to_json(self) -> dict[str, object]:
        return {"against": self.against, "changes": [change.to_json() for change in self.changes]}


GOGS = "Gogs"  # AccessDiff.against when the reference is what Gogs grants today


@dataclasses.dataclass(frozen=True)
class Report:
    """Findings (sorted, suppressed ones included), what was read, and the access the change makes."""

    findings: list[Finding]
    files: int
    documents: int
    rules: Mapping[str, Rule]
    levels: Mapping[str, str] = dataclasses.field(default_factory=dict)  # the level this run gives each rule ("off" included)
    version: str = __version__
    grants: tuple[AccessGrant, ...] = ()  # what the specs declare, one grant per principal
    base: str | None = None  # with `check --base REV`: REV; findings are then only the new ones
    hidden: int = 0  # findings left out because they exist at the base or in the baseline
    access: tuple[AccessDiff, ...] = ()  # the access the change makes (against REV, against Gogs)
    held: tuple[AccessGrant, ...] = ()  # with a Gogs export: what its teams and collaborators hold (`output.held`)
    gogs: Mapping[str, Any] | None = None  # the Gogs export the drift rules read (`oamlint.gogs`), if any
    waivers: tuple[Mapping[str, Any], ...] = ()  # the `waivers` of .oamlint.yaml, as written
    moment: datetime.datetime | None = None  # the run's clock reading (UTC), which waivers and grants expire against

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level == level and not f.suppressed)

    @property
    def suppressed(self) -> int:
        return sum(1 for f in self.findings if f.suppressed)
