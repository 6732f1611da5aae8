"""Benchmark (not a test): time and peak memory of `oamlint export --gogs-backup` on hostile and large backups.

Run with `.venv/bin/python bench/bench_backup_limits.py`. Builds, in a temporary directory, from the recorded real
backup (tests/gogs/recorded/gogs-backup.zip):

1. a few MB whose `User.json` expands to 1.1 GB of rows (refused by `backupEntryBytes` from the zip directory);
2. 1.1 MB whose `Team.json` is 1.1 GB of newlines, with `backupEntryBytes` raised (refused by `backupExpansionRatio`);
3. the same with both raised (stopped by `tableRows` after 1,000,000 lines);
4. the rows of 1 with both raised (stopped at the second row, which repeats an id);
5. a backup whose `TeamUser.json` holds exactly `tableRows` (1,000,000) distinct rows: the largest table the
   defaults accept, read to the end.

Each runs as its own `python -m oamlint export` process; the wall time and the child's peak RSS (getrusage) are
printed with its exit code and the first line of its message.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.gogs.gogs_data import jsonl, rows, write_backup  # noqa: E402
from tests.gogs.test_backup_limits import COPIES, NEWLINES_CHUNK, ROWS_CHUNK, bomb  # noqa: E402

RAISED = ["--limit", "backupEntryBytes=2GiB", "--limit", "backupExpansionRatio=5000"]


def measure(label: str, archive: Path, *args: str) -> None:
    started = time.monotonic()
    out = archive.with_suffix(".export.json")
    process = subprocess.Popen([sys.executable, "-m", "oamlint", "export", "--gogs-backup", str(archive),
                                "-o", str(out), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    stderr = process.stderr.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    first = stderr.splitlines()[0][:110] if stderr else "(no message)"
    print(f"{label}: exit {os.waitstatus_to_exitcode(status)}, {elapsed:.2f} s, peak RSS {usage.ru_maxrss / 1024:.0f} "
          f"MiB, {archive.stat().st_size / 1e6:.1f} MB archive\n    {first}")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        rows_bomb = bomb(root / "rows.zip", "gogs-backup/db/User.json", ROWS_CHUNK, COPIES)
        newlines_bomb = bomb(root / "newlines.zip", "gogs-backup/db/Team.json", NEWLINES_CHUNK, COPIES)
        measure("1. 1.1 GB of User.json rows, default limits", rows_bomb)
        measure("2. 1.1 GB of newlines, backupEntryBytes raised", newlines_bomb, "--limit", "backupEntryBytes=2GiB")
        measure("3. 1.1 GB of newlines, entry and ratio raised", newlines_bomb, *RAISED)
        measure("4. 1.1 GB of User.json rows, entry and ratio raised", rows_bomb, *RAISED)
        large = root / "large.zip"  # built by a child, so that this process stays small (its RSS is inherited)
        subprocess.run([sys.executable, __file__, "--make-large", str(large)], check=True)
        with zipfile.ZipFile(large) as archive:
            size = archive.getinfo("gogs-backup/db/TeamUser.json").file_size
        measure(f"5. 1,000,000 TeamUser rows ({size / 1e6:.0f} MB), default limits", large)


def make_large(path: Path) -> None:
    member = rows()["TeamUser"][0]
    table = [{**member, "ID": i} for i in range(1, 1_000_001)]
    write_backup(path, members={"gogs-backup/db/TeamUser.json": jsonl(table)})


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make-large"]:
        make_large(Path(sys.argv[2]))
    else:
        main()
