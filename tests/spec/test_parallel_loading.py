"""Loading many files in worker processes (`loader.load_files`): the same files, documents, source maps and
findings, in the same order, as loading them one by one here; and no worker outlives the call, whether it ends
normally, at a deadline or at Ctrl-C."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from oamlint.engine.deadlines import within
from oamlint.errors import FatalError
from oamlint.spec import loader
from tests.conftest import CORPUS
from tests.engine.test_opa import ADMIN_APP

ONE_CORE = "one core: the files are loaded in this process, with no workers to stop"


def _children() -> list[int]:
    """Process ids whose parent is this process (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == os.getpid():
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def _everything(file: loader.LoadedFile) -> tuple[Any, ...]:
    """What a loaded file holds, source maps included (a SourceMap compares by identity)."""
    documents = [(d.file, d.index, d.data, vars(d.source_map)) for d in file.documents]
    return file.file, documents, file.violations, file.ignores


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    files = sorted(str(p) for p in CORPUS.rglob("*") if p.suffix in (".yaml", ".yml"))
    assert len(files) >= 2 * loader.PARALLEL_FILES  # enough for two workers
    return files


def test_many_files_load_in_workers_to_what_loading_them_here_gives(corpus: list[str]) -> None:
    """The shared corpus: 900+ real OAM files, with syntax errors, templates, aliases and duplicate keys among them."""
    before = _children()  # a session's servers (Gogs) may be children of this process too
    one_by_one = [loader.load_file(path) for path in corpus]
    with mock.patch.object(multiprocessing, "get_context", wraps=multiprocessing.get_context) as pools:
        in_workers = loader.load_files(corpus)
    assert [_everything(f) for f in in_workers] == [_everything(f) for f in one_by_one]
    assert pools.call_args_list == ([mock.call("fork")] if loader._cores() > 1 else [])  # workers did load them
    assert _children() == before


@pytest.fixture
def many(tmp_path: Path) -> list[str]:
    """Enough small specs that loading them takes a while (about a second on one core)."""
    paths = []
    for i in range(3000):
        path = tmp_path / f"app-{i}.yaml"
        path.write_text(ADMIN_APP, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.skipif(loader._cores() < 2, reason=ONE_CORE)
def test_no_worker_outlives_a_deadline_that_passes_while_loading(many: list[str]) -> None:
    before = _children()
    with pytest.raises(FatalError, match="too slow"):
        with within(0.3, FatalError("too slow")):
            loader.load_files(many)
    assert _children() == before and multiprocessing.active_children() == []


@pytest.mark.skipif(loader._cores() < 2, reason=ONE_CORE)
def test_no_worker_outlives_ctrl_c_while_loading(many: list[str]) -> None:
    before = _children()
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            loader.load_files(many)
    finally:
        timer.cancel()
    assert _children() == before and multiprocessing.active_children() == []


def _with_marker(marker: str) -> list[tuple[int, int, str]]:
    """(pid, parent pid, argv[0]) of the processes whose command line holds `marker` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            if entry.name.isdigit() and marker.encode() in argv:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                found.append((int(entry.name), parent, argv[0].decode(errors="replace")))
        except (OSError, ValueError, IndexError):
            continue
    return found


@pytest.mark.skipif(loader._cores() < 2, reason=ONE_CORE)
def test_no_worker_outlives_oamlint_killed_while_loading(tmp_path: Path, opa_binary: str) -> None:
    """SIGKILL (the OOM killer's signal) while the workers load the corpus: they die with oamlint, and so does OPA.

    Workers are forked copies of oamlint, so its command line (with this test's own `--opa` path) finds them."""
    marker = tmp_path / "marked" / "opa"
    marker.parent.mkdir()
    marker.symlink_to(opa_binary)
    oamlint = subprocess.Popen([sys.executable, "-m", "oamlint", "check", str(CORPUS / "oam"), "--opa", str(marker)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not [p for p in _with_marker(str(marker)) if p[1] == oamlint.pid and p[2] == sys.executable]:
            assert oamlint.poll() is None and time.monotonic() < deadline, "no worker was seen"
            time.sleep(0.002)
    finally:
        oamlint.kill()
        oamlint.wait()
    deadline = time.monotonic() + 10
    while (left := _with_marker(str(marker))) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert left == []
