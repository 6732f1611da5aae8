"""Collect from Gogs's own backup archive (`gogs backup --database-only`).

Layout: `gogs-backup/metadata.ini` (VERSION = 1, DATE_TIME, GOGS_VERSION) and `gogs-backup/db/<GoType>.json`,
one JSON object per line keyed by Go struct field names. The archive is read member by member and line by line
(never extracted); only the columns in `tables.COLUMNS` are kept, each decoded by its type (see tables.py).
An entry outside `gogs-backup/` (zip-slip), a missing member, a damaged member, a line that is not a JSON object
or longer than MAX_LINE_BYTES, or a member past a limit (`backupEntryBytes`, `backupExpansionRatio`, checked from the
archive's directory before a byte is inflated; `tableRows`, counting every line) stops the export
with a FatalError. zipfile never inflates more than a member's declared size (a larger member fails its CRC).
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from oamlint import limits
from oamlint.errors import FatalError
from oamlint.gogs import records as r
from oamlint.gogs.tables import COLUMNS, OPTIONAL, Row, local_identity, snapshot_from_tables

ROOT = "gogs-backup/"
METADATA = ROOT + "metadata.ini"
MAKE_BACKUP = "create one with `gogs backup --database-only` on the Gogs server and pass that file"
DAMAGED = (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError)
MAX_LINE_BYTES = 1024**2  # no row of the tables oamlint reads comes near it (Gogs caps names at 255 characters)
RATIO_FLOOR = 1024**2  # members smaller than this are not checked for their expansion ratio


def collect_backup(path: Path) -> tuple[r.Snapshot, r.Provenance]:
    """The snapshot and provenance of a `gogs backup` archive. Raises FatalError for anything listed above."""
    lines: dict[str, int] = {}  # table -> the line of its member read last, which the row in hand came from
    with _open(path) as archive:
        _check_entries(archive, path)
        metadata = _metadata(archive, path)
        snapshot = snapshot_from_tables(lambda table: _rows(archive, table, path, lines), str(path),
                                        lambda table, _: f"{_member(table)} line {lines[table]}", go_fields=True)
    provenance = r.Provenance("backup", str(path), metadata.get("GOGS_VERSION") or None, local_identity(),
                              _backup_time(metadata.get("DATE_TIME", "")))
    return snapshot, provenance


def _open(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except OSError as error:
        raise FatalError(f"cannot read the backup {path}: {error.strerror}", "check the --gogs-backup path") from None
    except zipfile.BadZipFile:
        raise FatalError(f"{path} is not a zip archive, or it is truncated", MAKE_BACKUP) from None


def _check_entries(archive: zipfile.ZipFile, path: Path) -> None:
    """First that it is a Gogs backup at all, then that no entry could escape its folder."""
    names = archive.namelist()
    wanted = [METADATA] + [_member(table) for table in COLUMNS]
    absent = [name for name in wanted if name not in set(names)]
    if absent:
        raise FatalError(f"{path} is not a Gogs database backup: it has no {absent[0]}", MAKE_BACKUP)
    for name in names:
        parts = name.replace("\\", "/").split("/")
        if not name.startswith(ROOT) or ".." in parts or name.startswith("/") or "\\" in name:
            raise FatalError(
                f"{path} has an entry outside its `gogs-backup/` folder: {name!r}",
                "this archive was not written by `gogs backup`; do not extract it, and " + MAKE_BACKUP,
            )
    for name in wanted:
        _check_size(archive.getinfo(name), path)


def _check_size(info: zipfile.ZipInfo, path: Path) -> None:
    size, packed = info.file_size, max(info.compress_size, 1)
    if size > limits.current()["backupEntryBytes"]:
        raise limits.fatal("backupEntryBytes", f"{path}: {info.filename}", f"it expands to {size:,} bytes", size)
    ratio = -(-size // packed)
    if size > RATIO_FLOOR and ratio > limits.current()["backupExpansionRatio"]:
        raise limits.fatal("backupExpansionRatio", f"{path}: {info.filename}",
                           f"it expands {ratio:,} times, from {packed:,} to {size:,} bytes", ratio)


def _member(table: str) -> str:
    return f"{ROOT}db/{COLUMNS[table][0]}.json"


def _member_lines(archive: zipfile.ZipFile, name: str, path: Path) -> Iterator[bytes]:
    try:
        with archive.open(name) as raw:
            number = 0
            while line := raw.readline(MAX_LINE_BYTES + 1):
                number += 1
                if len(line) > MAX_LINE_BYTES:
                    raise FatalError(f"{path}: {name} line {number} is longer than {MAX_LINE_BYTES:,} bytes",
                                     MAKE_BACKUP)
                yield line
    except DAMAGED:
        raise FatalError(f"{path} is damaged: {name} cannot be read", MAKE_BACKUP) from None


def _metadata(archive: zipfile.ZipFile, path: Path) -> dict[str, str]:
    metadata = {}
    for line in _member_lines(archive, METADATA, path):
        key, _, value = line.decode("utf-8", "replace").partition("=")
        metadata[key.strip()] = value.strip()
    if metadata.get("VERSION") != "1":
        raise FatalError(
            f"{path} is a Gogs backup of format version {metadata.get('VERSION')!r}; oamlint reads version '1'",
            "make the backup with Gogs 0.12 to 0.14, or upgrade oamlint",
        )
    return metadata


def _rows(archive: zipfile.ZipFile, table: str, path: Path, lines: dict[str, int]) -> Iterator[Row]:
    """The member's rows keyed by SQL column (fields it lacks are left out, OPTIONAL ones filled in)."""
    member = _member(table)
    fields = COLUMNS[table][1]
    for number, line in enumerate(_member_lines(archive, member, path), start=1):
        lines[table] = number
        if number > limits.current()["tableRows"]:
            raise limits.fatal("tableRows", f"{path}: {member}", "counting every line")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):  # ValueError: not JSON, not UTF-8, or an integer of 4,300+ digits
            record = None
        if not isinstance(record, dict):
            raise FatalError(f"{path}: {member} line {number} is not a JSON object", MAKE_BACKUP)
        row = {column: record[field] for column, (field, _) in fields.items() if field in record}
        yield {**{column: value for column, value in OPTIONAL.items() if column in fields}, **row}


def _backup_time(text: str) -> str | None:
    """DATE_TIME as Go prints it ("2026-11-25 21:04:55.78 +0000 UTC m=+0.04") in RFC 3339 UTC."""
    match = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(?:\.\d+)? ([+-]\d{4})", text)
    if match is None:
        return None
    moment = datetime.strptime(f"{match[1]} {match[2]}", "%Y-%m-%d %H:%M:%S %z")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
