"""Git, through gitpython: the repository around the paths, and spec files at a revision.

Files at a revision are read from git objects, never checked out: `check --base` leaves the
working tree and the index exactly as they were.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import git
from git.objects import Blob, Commit, Tree

from oamlint import limits
from oamlint.errors import FatalError
from oamlint.spec.loader import SUFFIXES, LoadedFile, display_path, load_bytes, too_large

SYMLINK_MODE = 0o120000
IGNORE_BATCH = 500


def open_repository(*starts: str) -> git.Repo:
    """The repository containing the first of `starts` that is in one (default: the working directory).

    Raises FatalError when none is in a repository, or the repository is bare.
    """
    starts = starts or (".",)
    for start in starts:
        try:
            repo = git.Repo(start, search_parent_directories=True)
            break
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            continue
    else:
        raise FatalError(
            f"`{os.path.abspath(starts[0])}` is not inside a git repository",
            "--base compares with a git revision: run oamlint inside the repository, or drop --base",
        )
    if repo.working_tree_dir is None:
        raise FatalError(f"`{repo.git_dir}` is a bare repository", "run oamlint in a checkout with a working tree")
    return repo


def root(repo: git.Repo) -> str:
    assert repo.working_tree_dir is not None
    return os.path.realpath(repo.working_tree_dir)


def resolve(repo: git.Repo, rev: str) -> Commit:
    """The commit `rev` names (any git revision syntax).

    Raises FatalError saying how to get it (e.g. fetch it into a shallow clone) when it names none.
    """
    try:
        sha = repo.git.rev_parse("--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
        return repo.commit(sha)
    except (git.GitCommandError, ValueError):
        raise _missing_revision(repo, rev) from None


def _missing_revision(repo: git.Repo, rev: str) -> FatalError:
    remote, _, branch = rev.partition("/")
    remotes = {r.name for r in repo.remotes}
    fetch = f"{remote} {branch}" if branch and remote in remotes else f"origin {rev}"
    if is_shallow(repo):
        return FatalError(
            f"revision `{rev}` is not in this shallow clone",
            f"fetch it with `git fetch --depth=1 {fetch}` (in GitHub or Gitea Actions, "
            "set `fetch-depth: 0` on actions/checkout)",
        )
    if branch and remote in remotes:
        return FatalError(f"revision `{rev}` does not exist", f"fetch it with `git fetch {fetch}`")
    return FatalError(
        f"revision `{rev}` does not exist in `{root(repo)}`",
        "check the name with `git rev-parse --verify REV`, or fetch it (e.g. `git fetch origin main`)",
    )


def is_shallow(repo: git.Repo) -> bool:
    return str(repo.git.rev_parse("--is-shallow-repository")).strip() == "true"


def repository_paths(repo: git.Repo, paths: Iterable[str]) -> list[str]:
    """`paths` relative to the repository root, POSIX style ("" is the root itself).

    Raises FatalError for a path outside the repository.
    """
    top = root(repo)
    found = []
    for given in paths:
        relative = os.path.relpath(os.path.realpath(given), top)
        if relative == os.pardir or relative.startswith(os.pardir + os.sep):
            raise FatalError(
                f"path `{given}` is outside the repository `{top}`",
                "pass paths inside the repository, or run oamlint from the repository you want to check",
            )
        found.append("" if relative == os.curdir else relative.replace(os.sep, "/"))
    return found


def load_at(repo: git.Repo, commit: Commit, paths: Iterable[str]) -> list[LoadedFile]:
    """Every spec file under repository-relative `paths` as it is in `commit`, loaded like `discover` + `load_file`.

    A path that does not exist in `commit` (a file the change adds) contributes nothing.
    """
    blobs: dict[str, Blob] = {}
    for path in paths:
        for blob in _blobs(commit.tree, path):
            blobs.setdefault(str(blob.path), blob)
    top = root(repo)
    return [_load_blob(blobs[name], display_path(os.path.join(top, name))) for name in sorted(blobs)]


def _blobs(tree: Tree, path: str) -> Iterator[Blob]:
    try:
        found = tree / path if path else tree
    except KeyError:
        return
    if isinstance(found, Blob):
        if found.mode != SYMLINK_MODE:
            yield found
    elif isinstance(found, Tree):
        yield from _walk(found)


def _walk(tree: Tree) -> Iterator[Blob]:
    """Like the loader's directory walk: YAML files, hidden directories skipped, symlinks and submodules too."""
    for blob in tree.blobs:
        if blob.name.endswith(SUFFIXES) and blob.mode != SYMLINK_MODE:
            yield blob
    for subtree in tree.trees:
        if not subtree.name.startswith("."):
            yield from _walk(subtree)


def _load_blob(blob: Blob, file: str) -> LoadedFile:
    if blob.size > limits.current()["fileBytes"]:
        return too_large(file, blob.size)
    return load_bytes(blob.data_stream.read(), file)


def untracked_ignored(repo: git.Repo, files: list[str]) -> set[str]:
    """Those of `files` that git ignores (build output, vendored copies): not part of the change."""
    paths = [os.path.abspath(f) for f in files]
    ignored: set[str] = set()
    for start in range(0, len(paths), IGNORE_BATCH):  # keeps each command line well under the OS limit
        try:
            ignored.update(os.path.normpath(f) for f in repo.ignored(*paths[start:start + IGNORE_BATCH]))
        except git.GitCommandError:
            continue
    return ignored
