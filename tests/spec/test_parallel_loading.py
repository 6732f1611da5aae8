"""Loading many files in worker processes (`loader.load_files`): the same files, documents, source maps and
findings, in the same order, as loading them one by one here; no worker outlives the call, whether it ends
normally, at a deadline, at Ctrl-C, at SIGTERM to the whole process group or at oamlint's SIGKILL; and a worker
that dies ends the run at once with an error saying how it died."""

from __future__ import annotations

import contextlib
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
    assert pools.call_args_list == ([mock.call("fork")] if loader.cores() > 1 else [])  # workers did load them
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


@pytest.mark.skipif(loader.cores() < 2, reason=ONE_CORE)
def test_no_worker_outlives_a_deadline_that_passes_while_loading(many: list[str]) -> None:
    before = _children()
    with pytest.raises(FatalError, match="too slow"):
        with within(0.3, FatalError("too slow")):
            loader.load_files(many)
    assert _children() == before and multiprocessing.active_children() == []


@pytest.mark.skipif(loader.cores() < 2, reason=ONE_CORE)
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


def _open_files(pid: int) -> set[str]:
    """What the descriptors of process `pid` point to (read from /proc). A loading worker opens and closes files
    meanwhile: a descriptor gone between the listing and its readlink is skipped (it was a flaky FileNotFoundError)."""
    found = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        with contextlib.suppress(FileNotFoundError):
            found.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
    return found


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


@pytest.mark.skipif(loader.cores() < 2, reason=ONE_CORE)
def test_no_worker_outlives_oamlint_killed_while_loading(marked_opa: Path) -> None:
    """SIGKILL (the OOM killer's signal) while the workers load the corpus: they die with oamlint, and so does OPA.

    Workers are forked copies of oamlint, so its command line (with this test's own `--opa` path) finds them."""
    oamlint = subprocess.Popen([sys.executable, "-m", "oamlint", "check", str(CORPUS / "oam"), "--opa", str(marked_opa)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not [p for p in _with_marker(str(marked_opa)) if p[1] == oamlint.pid and p[2] == sys.executable]:
            assert oamlint.poll() is None and time.monotonic() < deadline, "no worker was seen"
            time.sleep(0.002)
    finally:
        oamlint.kill()
        oamlint.wait()
    deadline = time.monotonic() + 10
    while (left := _with_marker(str(marked_opa))) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert left == []


@pytest.fixture(scope="module")
def heavy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 files of a 5,000-item list each: loading them takes seconds on two workers, and each batch's result is
    large (unpickling it keeps the parent busy), as in the run where a tester first saw the group SIGTERM hang."""
    directory = tmp_path_factory.mktemp("heavy")
    text = "items:\n" + "".join(f"- {i}\n" for i in range(5000))
    for i in range(300):
        (directory / f"f{i:03}.yaml").write_text(text, encoding="utf-8")
    return directory


def _started_loading(target: Path, marker: Path) -> tuple[subprocess.Popen[str], list[int]]:
    """`oamlint check target` in a session (and process group) of its own, once its workers exist; their pids."""
    oamlint = subprocess.Popen([sys.executable, "-m", "oamlint", "check", str(target), "--opa", str(marker),
                                "--timeout", "10", "--format", "json"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 30
    seen: set[int] = set()
    while not (workers := sorted(seen & (seen := set(_workers(marker, oamlint.pid))))):
        assert oamlint.poll() is None and time.monotonic() < deadline, "no worker was seen"
        time.sleep(0.05)
    return oamlint, workers


def _workers(marker: Path, oamlint: int) -> list[int]:
    """Children of `oamlint` that run its own command line: its workers, and (for a moment, between its fork and
    exec) a child starting OPA, which is why a worker is one seen in two looks 50 ms apart."""
    return [p[0] for p in _with_marker(str(marker)) if p[1] == oamlint and p[2] == sys.executable]


def _left(marker: Path, group: int) -> list[int]:
    """Processes still there a moment after oamlint ended: its workers and OPA (by `marker`), and its group."""
    deadline = time.monotonic() + 2
    while True:
        grouped = [int(e.name) for e in Path("/proc").iterdir() if e.name.isdigit() and _group(e) == group]
        left = [p[0] for p in _with_marker(str(marker))] + grouped
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.02)


def _group(entry: Path) -> int | None:
    try:
        return int((entry / "stat").read_text().rsplit(")", 1)[1].split()[3])
    except (OSError, ValueError, IndexError):
        return None


@pytest.mark.skipif(loader.cores() < 2, reason=ONE_CORE)
def test_sigterm_to_the_group_while_the_workers_load_ends_the_run_at_once(heavy: Path, marked_opa: Path) -> None:
    """What a CI runner does when a job is cancelled. With multiprocessing.Pool, about one try in ten hung until
    --timeout and then ended as an internal error ("release unlocked lock"): the workers died with the signal, the
    pool lost their batches, and the parent's main thread, blocked on a lock, never ran its SIGTERM handler.
    Eight tries, the signal landing at a different moment of the loading each time."""
    for attempt in range(8):
        oamlint, _ = _started_loading(heavy, marked_opa)
        time.sleep(0.1 + 0.25 * attempt)  # the loading takes several seconds
        assert _workers(marked_opa, oamlint.pid), "the signal must land while the workers load"
        os.killpg(oamlint.pid, signal.SIGTERM)
        sent = time.monotonic()
        _, stderr = oamlint.communicate(timeout=30)
        took = time.monotonic() - sent
        assert (attempt, oamlint.returncode, stderr) == (attempt, 130, "oamlint: interrupted\n")
        assert took < 3, f"try {attempt}: {took:.1f}s from SIGTERM to the end"
        assert _left(marked_opa, oamlint.pid) == []


@pytest.mark.skipif(loader.cores() < 2, reason=ONE_CORE)
def test_a_worker_killed_alone_ends_the_run_at_once_saying_so(heavy: Path, marked_opa: Path) -> None:
    """SIGKILL to one worker, as the out-of-memory killer sends it: with multiprocessing.Pool the run waited for
    --timeout (ten minutes by default) and then blamed the time."""
    oamlint, workers = _started_loading(heavy, marked_opa)
    time.sleep(0.3)
    os.kill(workers[0], signal.SIGKILL)
    sent = time.monotonic()
    _, stderr = oamlint.communicate(timeout=30)
    took = time.monotonic() - sent
    assert oamlint.returncode == 2 and took < 3, (oamlint.returncode, took, stderr)
    assert stderr == (
        "oamlint: error: a worker process loading the spec files was killed by SIGKILL before it had loaded them\n"
        "hint: SIGKILL most often comes from the kernel's out-of-memory killer (the kernel log says so, `dmesg`): "
        "give the job more memory, or lint fewer files per run\n")
    assert _left(marked_opa, oamlint.pid) == []


@pytest.mark.skipif(loader.cores() < 2, reason=ONE_CORE)
@pytest.mark.parametrize("raised", [FatalError("stdin too large", "raise streamBytes"), RecursionError("too deep")])
def test_what_a_worker_raises_is_raised_here(many: list[str], raised: Exception) -> None:
    """load_file is patched to fail on one file (it never raises for a file itself: a fault the real one cannot
    be made to produce); the worker, forked with the patch, sends the error back. A FatalError keeps its message
    and hint (exit 2); anything else is an internal error carrying the worker's traceback (exit 3)."""
    real = loader.load_file

    def failing(path: str, stdin_name: str | None = None) -> loader.LoadedFile:
        if path == many[-7]:
            raise raised
        return real(path, stdin_name)

    before = _children()
    with mock.patch.object(loader, "load_file", failing), pytest.raises(Exception) as caught:
        loader.load_files(many)
    if isinstance(raised, FatalError):
        assert isinstance(caught.value, FatalError)
        assert (caught.value.message, caught.value.hint) == (raised.message, raised.hint)
    else:
        assert type(caught.value) is RuntimeError
        assert "RecursionError: too deep" in str(caught.value) and "in failing" in str(caught.value)
    assert _children() == before and multiprocessing.active_children() == []


@pytest.mark.skipif(loader.cores() < 2, reason=ONE_CORE)
def test_a_worker_that_dies_with_no_batch_outstanding_loses_nothing(many: list[str]) -> None:
    """The out-of-memory killer may pick a worker that has sent all its batches (a large, idle process) while
    another still loads: all its files are in, so the run goes on (it used to end with exit 2, saying the worker
    died "before it had loaded them"). load_file is patched to take 3 s on the last file (a fault the real one
    cannot be made to produce on demand); the idle worker is found waiting on its pipe and SIGKILLed."""
    real = loader.load_file

    def slow_at_the_end(path: str, stdin_name: str | None = None) -> loader.LoadedFile:
        if path == many[-1]:
            time.sleep(3)
        return real(path, stdin_name)

    killed: list[int] = []
    before = _children()  # a session's servers (Gogs) may be children of this process too: never touched

    def waiting_on_its_pipe(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/wchan").read_text() == "unix_stream_read_generic"
        except OSError:
            return False

    def kill_the_idle_worker() -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            idle = [pid for pid in set(_children()) - set(before) if waiting_on_its_pipe(pid)]
            time.sleep(0.2)  # still waiting a moment later: idle, not between two batches
            for pid in idle:
                if waiting_on_its_pipe(pid):
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                    return

    killer = threading.Thread(target=kill_the_idle_worker)
    with mock.patch.object(loader, "load_file", slow_at_the_end):
        killer.start()
        loaded = loader.load_files(many)
    killer.join()
    assert killed, "no idle worker was seen"
    assert [file.file for file in loaded] == many and all(file.documents for file in loaded)
    assert _children() == before


@pytest.mark.skipif(loader.cores() < 2, reason=ONE_CORE)
@pytest.mark.parametrize("refused_from", [1, 2])
def test_a_refused_fork_loads_with_the_workers_there_are_or_here(corpus: list[str], refused_from: int) -> None:
    """A process limit (a container's pids limit) makes fork fail with EAGAIN: the first refusal leaves the files to
    this process, a later one to the workers already started (it used to be an internal error, exit 3). The refusal
    is simulated; the rest is real."""
    real_start = multiprocessing.context.ForkProcess.start
    starts: list[int] = []

    def start(process: multiprocessing.context.ForkProcess) -> None:
        starts.append(1)
        if len(starts) >= refused_from:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        real_start(process)

    before = _children()
    with mock.patch.object(multiprocessing.context.ForkProcess, "start", start):
        loaded = loader.load_files(corpus)
    assert len(starts) == refused_from
    assert [_everything(f) for f in loaded] == [_everything(loader.load_file(path)) for path in corpus]
    assert _children() == before


@pytest.mark.skipif(loader.cores() < 2, reason=ONE_CORE)
def test_workers_hold_no_guard_pipe_and_die_with_oamlint_at_once(heavy: Path, marked_opa: Path) -> None:
    """Forked workers inherit the parent's files: one holding the write end of OPA's guard pipe kept the guard
    from acting on oamlint's death until the worker's batch ended (engine/process.py `_forked` closes it). And a
    worker dies with oamlint by its parent-death signal, not when it next reads its pipe: stopped (SIGSTOP), it
    reads nothing, and is still gone once oamlint is SIGKILLed."""
    oamlint, workers = _started_loading(heavy, marked_opa)
    try:
        [opa] = [pid for pid, _, argv0 in _with_marker(str(marked_opa)) if argv0 == str(marked_opa)]
        guard = os.getpgid(opa)
        guard_pipe = os.readlink(f"/proc/{guard}/fd/0")
        assert guard_pipe.startswith("pipe:") and guard_pipe in _open_files(oamlint.pid)
        for worker in workers:
            assert guard_pipe not in _open_files(worker)
            os.kill(worker, signal.SIGSTOP)
    finally:
        oamlint.kill()
        oamlint.wait()
    try:
        assert _left(marked_opa, oamlint.pid) == []
    finally:
        for worker in workers:  # had the test failed, never leave stopped processes behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker, signal.SIGKILL)
