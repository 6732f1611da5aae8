"""Backups and databases past the limits (`backupEntryBytes`, `backupExpansionRatio`, `tableRows`): exit 2 naming the
limit and how to raise it, in bounded time and memory, never an export with what fitted.

The archives are real zip files that Python's zipfile reads; the bombs among them are built by deflating one chunk
once (see `bomb`), because deflating 1.1 GB in every test run would take a minute. Time and memory at the default
limits are measured by bench/bench_backup_limits.py, not here.
"""

from __future__ import annotations

import random
import resource
import sqlite3
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from oamlint import limits
from oamlint.errors import FatalError
from oamlint.gogs import collect
from oamlint.gogs.backup import MAKE_BACKUP, MAX_LINE_BYTES
from oamlint.gogs.tables import COLUMNS
from tests.gogs.gogs_data import copy_sqlite, jsonl, metadata, rows, write_backup

MiB = 1 << 20
READ_FIELDS = {field for field, _ in COLUMNS["user"][1].values()}
ROW = jsonl([{field: value for field, value in rows()["User"][1].items() if field in READ_FIELDS}])  # alice
ROWS_CHUNK = ROW * (MiB // len(ROW))
NEWLINES_CHUNK = b"\n" * MiB
COPIES = 1100  # 1.1 GB uncompressed


class _Repeated:
    """A deflate "compressor" for one chunk written many times: the chunk deflated once and ended with a full
    flush, after which a deflate stream refers to nothing before it, so the block repeated is a valid stream."""

    def __init__(self, chunk: bytes) -> None:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        self._chunk = chunk
        self._block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)

    def compress(self, data: bytes) -> bytes:
        assert data == self._chunk
        return self._block

    def flush(self) -> bytes:
        return zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # the final, empty block


def bomb(path: Path, member: str, chunk: bytes, copies: int) -> Path:
    """A valid `gogs backup` archive whose `member` is `chunk` × `copies`, the other tables oamlint reads as the
    recorded backup has them."""
    tables = {f"gogs-backup/db/{stem}.json": jsonl(table) for stem, table in rows().items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("gogs-backup/metadata.ini", metadata())
        for name, data in tables.items():
            if name != member:
                archive.writestr(name, data)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(zipfile, "_get_compressor", lambda *args: _Repeated(chunk))
            with archive.open(member, "w") as out:
                for _ in range(copies):
                    out.write(chunk)
    return path


@pytest.fixture(scope="module")
def rows_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bomb(tmp_path_factory.mktemp("bomb") / "rows.zip", "gogs-backup/db/User.json", ROWS_CHUNK, COPIES)


@pytest.fixture(scope="module")
def newlines_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bomb(tmp_path_factory.mktemp("bomb") / "newlines.zip", "gogs-backup/db/Team.json", NEWLINES_CHUNK, COPIES)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def _export(*args: str) -> subprocess.CompletedProcess[str]:
    """`oamlint export ARGS…` as a process limited to 1 GiB of address space."""
    return subprocess.run([sys.executable, "-m", "oamlint", "export", *args], capture_output=True, text=True,
                          timeout=120, preexec_fn=_limit_memory)


def test_the_bombs_are_what_they_claim(rows_bomb: Path, newlines_bomb: Path):
    for archive, member, size, packed in ((rows_bomb, "User.json", COPIES * len(ROWS_CHUNK), 5e6),
                                          (newlines_bomb, "Team.json", COPIES * MiB, 1.2e6)):
        assert zipfile.ZipFile(archive).getinfo(f"gogs-backup/db/{member}").file_size == size
        assert archive.stat().st_size < packed
    with zipfile.ZipFile(rows_bomb).open("gogs-backup/db/User.json") as inflated:
        assert inflated.read(3 * len(ROWS_CHUNK)) == ROWS_CHUNK * 3  # it really inflates to the rows


def test_a_5_mb_backup_whose_user_json_expands_to_1_gb_is_refused_not_read_as_0_users(rows_bomb: Path):
    run = _export("--gogs-backup", str(rows_bomb))
    size = COPIES * len(ROWS_CHUNK)
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == (f"oamlint: error: {rows_bomb}: gogs-backup/db/User.json exceeds the `backupEntryBytes` limit "
                          f"of 256 MiB (it expands to {size:,} bytes)\nhint: raise it with `--limit "
                          f"backupEntryBytes={-(-size // MiB)}MiB` or `limits: {{backupEntryBytes: {-(-size // MiB)}MiB}}` "
                          "in .oamlint.yaml\n")


def test_an_entry_within_the_size_limit_is_still_refused_for_its_expansion_ratio(newlines_bomb: Path):
    run = _export("--gogs-backup", str(newlines_bomb), "--limit", "backupEntryBytes=2GiB")
    assert run.returncode == 2
    assert run.stderr.startswith(f"oamlint: error: {newlines_bomb}: gogs-backup/db/Team.json exceeds the "
                                 "`backupExpansionRatio` limit of 200 times (it expands ")
    assert "hint: raise it with `--limit backupExpansionRatio=" in run.stderr


def test_1_gb_of_newlines_stops_at_the_table_rows_limit_when_the_size_limits_are_raised(newlines_bomb: Path):
    run = _export("--gogs-backup", str(newlines_bomb), "--limit", "backupEntryBytes=2GiB",
                  "--limit", "backupExpansionRatio=5000")
    assert run.returncode == 2
    assert run.stderr == (f"oamlint: error: {newlines_bomb}: gogs-backup/db/Team.json exceeds the `tableRows` limit "
                          "of 1,000,000 rows (counting every line)\nhint: raise it with `--limit tableRows=2000000` or "
                          "`limits: {tableRows: 2000000}` in .oamlint.yaml\n")


def test_1_gb_of_repeated_rows_stops_at_the_second_when_the_size_limits_are_raised(rows_bomb: Path):
    run = _export("--gogs-backup", str(rows_bomb), "--limit", "backupEntryBytes=2GiB",
                  "--limit", "backupExpansionRatio=5000")
    assert run.returncode == 2
    assert run.stderr.startswith(f"oamlint: error: {rows_bomb}: gogs-backup/db/User.json line 2 (ID 2): a second "
                                 "row with this id\n")


def test_a_line_longer_than_any_gogs_row_is_refused(tmp_path: Path):
    name = random.Random(8).randbytes(MAX_LINE_BYTES // 2).hex().encode()  # incompressible, so within the ratio
    backup = write_backup(tmp_path / "long.zip", members={"gogs-backup/db/Team.json": b'{"Name": "' + name + b'"}\n'})
    with pytest.raises(FatalError) as caught:
        collect(gogs_backup=str(backup))
    assert (caught.value.message, caught.value.hint) == (
        f"{backup}: gogs-backup/db/Team.json line 1 is longer than 1,048,576 bytes", MAKE_BACKUP)


def test_a_database_table_past_the_rows_limit_is_refused(tmp_path: Path):
    database = copy_sqlite(tmp_path / "gogs.db")
    with sqlite3.connect(database) as connection:
        counts = {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in COLUMNS}
    connection.close()
    largest = max(counts, key=counts.__getitem__)
    with limits.applied([f"tableRows={counts[largest] - 1}"]), pytest.raises(FatalError) as caught:
        collect(gogs_db=str(database))
    assert caught.value.message == (f"sqlite:{database}: table `{largest}` exceeds the `tableRows` limit of "
                                    f"{counts[largest] - 1} rows")
    with limits.applied([f"tableRows={counts[largest]}"]):
        assert len(collect(gogs_db=str(database))["accessTokens"]) == counts["access_token"]


def test_small_members_are_not_judged_by_their_ratio(tmp_path: Path):
    """An empty or tiny table compresses absurdly well; only members past 1 MiB are checked for their ratio."""
    first = rows()["Collaboration"][0]
    backup = write_backup(tmp_path / "ok.zip", {"Collaboration": [{**first, "ID": i} for i in range(1, 5000)]})
    with limits.applied(["backupExpansionRatio=2"]):
        export = collect(gogs_backup=str(backup))
    assert sum(len(repository["collaborators"]) for repository in export["repositories"]) == 4999
