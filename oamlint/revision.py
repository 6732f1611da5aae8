"""`check --base REV`: the spec files at a git revision, and the working tree's report compared with them.

Next to `oamlint.vcs`, which reads the files from git objects (never checking anything out).
"""

from __future__ import annotations

import dataclasses
import os

from oamlint import baseline as baselines
from oamlint.access_diff import diff_grants
from oamlint.config import Config
from oamlint.engine.opa import Engine
from oamlint.lint import Gogs, lint, lint_loaded
from oamlint.options import EngineOptions
from oamlint.report import Report
from oamlint.spec.discovery import discover
from oamlint.spec.loader import LoadedFile


@dataclasses.dataclass(frozen=True)
class Revision:
    """The spec files at REV (from git objects) and the working-tree paths to compare with them."""

    name: str
    files: list[LoadedFile]
    paths: tuple[str, ...]

    @classmethod
    def read(cls, rev: str, paths: tuple[str, ...]) -> Revision:
        """Raises FatalError when no git repository holds the paths or REV names no commit."""
        from oamlint import vcs  # GitPython costs ~90 ms to import; only --base needs it

        repo = vcs.open_repository(".", *_anchor(paths))
        given = paths or (vcs.root(repo),)
        relative = vcs.repository_paths(repo, given)
        commit = vcs.resolve(repo, rev)
        files = discover(given)
        ignored = vcs.untracked_ignored(repo, files)  # untracked build output is not part of the change
        kept = tuple(f for f in files if os.path.abspath(f) not in ignored)
        return cls(rev, vcs.load_at(repo, commit, relative), kept if ignored else given)

    def compare(
        self, config: Config, options: EngineOptions, engine: Engine, gogs: Gogs | None, report_all: bool,
    ) -> Report:
        """The working tree's report, with only the findings new against REV, and the access diff against REV.

        Raises FatalError when OPA cannot evaluate.
        """
        head = lint(self.paths, config, options, engine, gogs)
        before = lint_loaded(self.files, config, options, engine, gogs)
        report = dataclasses.replace(head, base=self.name, access=(diff_grants(before.grants, head.grants, self.name), *head.access))
        return report if report_all else baselines.without(report, {f.fingerprint for f in before.findings})


def _anchor(paths: tuple[str, ...]) -> tuple[str, ...]:
    """Where else to look for the repository, when the working directory is not in one: the first path's."""
    if not paths or not os.path.exists(paths[0]):
        return ()
    return (paths[0] if os.path.isdir(paths[0]) else os.path.dirname(os.path.abspath(paths[0])),)
