"""Which files a run lints: the `.yaml`/`.yml` files under the given paths, and what could not be walked.

Nothing under a linted path is passed over in silence. A directory that cannot be listed is an
`unreadable-path` error; a symbolic link that leaves the tree, loops back into itself or points at
nothing is a `skipped-path` note. Directory links inside the tree are followed, and each real file
is linted once: under its own name when that was walked, else under the first of its names in sorted order.

The tree of a given path is the git work tree that holds it, else the directory of the
`.oamlint.yaml` above it, else the path itself (and, when the path is itself a link, where it
leads). Hidden files and directories (`.oamlint.yaml`, `.github/`) are not specs and are skipped.

Files are only listed here, never opened: `load_file` reads each, and it is there that a FIFO, a
device or a socket is found and skipped with a note.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import stat
from collections.abc import Iterable

from oamlint.errors import FatalError
from oamlint.findings import Span, Violation
from oamlint.spec.loader import STDIN, SUFFIXES, LoadedFile, display_path

PROJECT_MARKERS = (".git", ".oamlint.yaml")


@dataclasses.dataclass
class Found:
    """The files to lint (sorted; `-` for standard input) and the paths that could not be walked."""

    files: list[str] = dataclasses.field(default_factory=list)
    problems: list[LoadedFile] = dataclasses.field(default_factory=list)


def discover(paths: Iterable[str]) -> list[str]:
    """The files `find(paths)` lints. Raises FatalError for a path that does not exist."""
    return find(paths).files


def find(paths: Iterable[str]) -> Found:
    """Every .yaml/.yml file under `paths`, and a finding for each path that could not be walked.

    Raises FatalError for a given path that does not exist (or is a link to nothing).
    """
    walker = _Walker()
    for given in paths:
        if given == STDIN:
            walker.names[STDIN] = {STDIN}
            continue
        try:
            mode = os.stat(given).st_mode
        except FileNotFoundError:
            raise FatalError(_missing(given), "check the spelling, or run from the repository root") from None
        except OSError as error:
            walker.problem("unreadable-path", given, f"Path cannot be read: {error.strerror}; it is not linted")
            continue
        if stat.S_ISDIR(mode):
            walker.walk(given, tree_of(given))
        else:
            walker.add(given)  # a FIFO or a device given by name is named for what it is when loaded
    return Found(sorted(walker.chosen()), sorted(walker.problems, key=lambda problem: problem.file))


def _missing(given: str) -> str:
    if os.path.islink(given):
        return f"path `{given}` is a symbolic link to `{os.readlink(given)}`, which does not exist"
    return f"path `{given}` does not exist"


def tree_of(directory: str) -> tuple[str, ...]:
    """The real paths a walk of `directory` stays within (see the module's docstring)."""
    real = os.path.realpath(directory)
    given = os.path.abspath(directory)
    for candidate in (given, *_parents(given)):
        if any(os.path.lexists(os.path.join(candidate, marker)) for marker in PROJECT_MARKERS):
            return (os.path.realpath(candidate), real)
    return (real,)


def _parents(path: str) -> list[str]:
    parents = []
    while (parent := os.path.dirname(path)) != path:
        parents.append(parent)
        path = parent
    return parents


def _inside(real: str, tree: tuple[str, ...]) -> bool:
    return any(real == top or real.startswith(top.rstrip(os.sep) + os.sep) for top in tree)


class _Walker:
    def __init__(self) -> None:
        self.names: dict[str, set[str]] = {}  # real path → the names it was found under
        self.problems: list[LoadedFile] = []
        self.walked: set[str] = set()  # real paths of directories already listed

    def add(self, path: str) -> None:
        name = os.path.normpath(path)
        self.names.setdefault(os.path.realpath(name), set()).add(name)

    def chosen(self) -> list[str]:
        """One name per real file: the one without links in it, if walked, else the first in sorted order."""
        return [min(names, key=lambda name: (os.path.abspath(name) != real, name)) for real, names in self.names.items()]

    def problem(self, rule: str, path: str, message: str) -> None:
        shown = display_path(os.path.normpath(path))
        self.problems.append(LoadedFile(shown, violations=[Violation(rule, message, shown, Span(1, 1, 1, 1))]))

    def walk(self, top: str, tree: tuple[str, ...]) -> None:
        """Every spec file under `top`, depth first; a stack, not recursion, so any depth is walked."""
        pending: list[tuple[str, tuple[str, ...]]] = [(top, (os.path.realpath(top),))]
        self.walked.add(os.path.realpath(top))
        while pending:
            directory, chain = pending.pop()
            try:
                entries = sorted(os.scandir(directory), key=lambda entry: entry.name, reverse=True)
            except OSError as error:
                self.problem("unreadable-path", directory,
                             f"Directory cannot be read: {error.strerror}; no file in it is linted")
                continue
            for entry in entries:  # pushed in reverse, so popped (and walked) in sorted order
                if entry.name.startswith("."):  # .oamlint.yaml, .git/, .pre-commit-config.yaml
                    continue
                if entry.is_symlink():
                    followed = self.link(entry, tree, chain)
                    if followed is not None:
                        pending.append((entry.path, (*chain, followed)))
                elif entry.is_dir(follow_symlinks=False):
                    self.walked.add(os.path.realpath(entry.path))
                    pending.append((entry.path, (*chain, os.path.realpath(entry.path))))
                elif entry.name.endswith(SUFFIXES):
                    self.add(entry.path)

    def link(self, entry: os.DirEntry[str], tree: tuple[str, ...], chain: tuple[str, ...]) -> str | None:
        """Add a file link or return a directory link's real path to walk; say why any other is not followed."""
        real = os.path.realpath(entry.path)
        target = os.readlink(entry.path)
        try:
            mode = os.stat(entry.path).st_mode
        except OSError as error:  # to nothing (a dangling link not named like a spec is no spec), or a loop
            if entry.name.endswith(SUFFIXES) or error.errno == errno.ELOOP:
                self.problem("skipped-path", entry.path,
                             f"Symbolic link to `{target}`, which cannot be followed: {error.strerror}; skipped")
            return None
        is_dir = stat.S_ISDIR(mode)
        if not is_dir and not entry.name.endswith(SUFFIXES):
            return None
        if not is_dir and not stat.S_ISREG(mode):
            self.add(entry.path)  # a link to a FIFO or a device: loading names it for what it is, unopened
            return None
        if not _inside(real, tree):
            what = "directory" if is_dir else "file"
            self.problem("skipped-path", entry.path, f"Symbolic link to the {what} `{target}`, outside the linted "
                                                     f"tree `{display_path(tree[0])}`; not followed")
            return None
        if not is_dir:
            self.add(entry.path)
            return None
        if real in chain:
            self.problem("skipped-path", entry.path, f"Symbolic link to `{target}`, a directory that holds it: "
                                                     "following it would loop; not followed")
            return None
        if real in self.walked:  # linted under another name already
            return None
        self.walked.add(real)
        return real
