"""Collect from Gogs's own backup archive (`gogs backup --database-only`).

Layout: `gogs-backup/metadata.ini` (VERSION = 1, DATE_TIME, GOGS_VERSION) and `gogs-backup/db/<GoType>.json`,
one JSON object per line keyed by Go struct field names. The archive is read member by member and line by line
(never extracted); only the columns in `tables.COLUMNS` are kept. An entry outside `gogs-backup/` (zip-slip),
a missing member, a damaged member or a line that is not JSON stops the export with a FatalError.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from oamlint.errors import FatalError
from oamlint.gogs import records as r
from oamlint.gogs.tables import COLUMNS, OPTIONAL, Row, local_identity, snapshot_from_tables

ROOT = "gogs-backup/"
METADATA = ROOT + "metadata.ini"
MAKE_BACKUP = "create one with `gogs backup --database-only` on the Gogs server and pass that file"
DAMAGED = (zipfile.BadZipFile, EOFError, zlib.error, UnicodeDecodeError)


def collect_backup(path: Path) -> tuple[r.Snapshot, r.Provenance]:
    with _open(path) as archive:
        _check_entries(archive, path)
        metadata = _metadata(archive, path)
        snapshot = snapshot_from_tables(lambda table: _rows(archive, table, path), str(path))
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
    wanted = [METADATA] + [f"{ROOT}db/{stem}.json" for stem, _ in COLUMNS.values()]
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


def _member_lines(archive: zipfile.ZipFile, name: str, path: Path) -> Iterator[str]:
    try:
        with archive.open(name) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")
    except DAMAGED:
        raise FatalError(f"{path} is damaged: {name} cannot be read", MAKE_BACKUP) from None


def _metadata(archive: zipfile.ZipFile, path: Path) -> dict[str, str]:
    metadata = {}
    for line in _member_lines(archive, METADATA, path):
        key, _, value = line.partition("=")
        metadata[key.strip()] = value.strip()
    if metadata.get("VERSION") != "1":
        raise FatalError(
            f"{path} is a Gogs backup of format version {metadata.get('VERSION')!r}; oamlint reads version '1'",
            "make the backup with Gogs 0.12 to 0.14, or upgrade oamlint",
        )
    return metadata


def _rows(archive: zipfile.ZipFile, table: str, path: Path) -> Iterator[Row]:
    stem, fields = COLUMNS[table]
    member = f"{ROOT}db/{stem}.json"
    for number, line in enumerate(_member_lines(archive, member, path), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None
        if not isinstance(record, dict):
            raise FatalError(f"{path}: {member} line {number} is not a JSON object", MAKE_BACKUP)
        yield {column: record[field] if field in record or column not in OPTIONAL else OPTIONAL[column]
               for column, field in fields.items()}


def _backup_time(text: str) -> str | None:
    """DATE_TIME as Go prints it ("2026-11-25 21:04:55.78 +0000 UTC m=+0.04") in RFC 3339 UTC."""
    match = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(?:\.\d+)? ([+-]\d{4})", text)
    if match is None:
        return None
    moment = datetime.strptime(f"{match[1]} {match[2]}", "%Y-%m-%d %H:%M:%S %z")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
