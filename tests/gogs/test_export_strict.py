"""Reading an export back (`check --export`): strict JSON within `exportBytes`, or exit 2 — never exit 3.

The exports are real ones, collected from the gogs_data backup, then damaged as a hand or a tool might.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oamlint import limits
from oamlint.errors import FatalError
from oamlint.gogs import collect
from oamlint.gogs.export import FIX_EXPORT, load, render
from tests.gogs.gogs_data import write_backup


@pytest.fixture
def export_text(tmp_path: Path) -> str:
    return render(collect(gogs_backup=str(write_backup(tmp_path / "backup.zip"))))


def _refused(tmp_path: Path, text: str) -> FatalError:
    path = tmp_path / "export.json"
    path.write_text(text)
    with pytest.raises(FatalError) as caught:
        load(path)
    return caught.value


def test_a_real_export_loads(tmp_path: Path, export_text: str):
    path = tmp_path / "export.json"
    path.write_text(export_text)
    assert load(path)["users"][0]["name"] == "alice"


@pytest.mark.parametrize(("old", "new"), [
    ('"fullName": "Alice"', '"fullName": NaN'),
    ('"fullName": "Alice"', '"fullName": Infinity'),
    ('"fullName": "Alice"', '"fullName": ' + "7" * 5000),
    ('"fullName": "Alice"', '"fullName": ' + "[" * 100_000 + "]" * 100_000),
])
def test_values_that_are_not_strict_json_are_refused(tmp_path: Path, export_text: str, old: str, new: str):
    assert old in export_text
    error = _refused(tmp_path, export_text.replace(old, new, 1))
    assert (error.message, error.hint) == (f"{tmp_path / 'export.json'} is not a JSON export written by `oamlint export`",
                                           FIX_EXPORT)


def test_an_export_past_the_export_bytes_limit_is_refused_naming_it(tmp_path: Path, export_text: str):
    path = tmp_path / "export.json"
    path.write_text(export_text)
    with limits.applied(["exportBytes=1KiB"]), pytest.raises(FatalError) as caught:
        load(path)
    assert caught.value.message == (f"the export {path} exceeds the `exportBytes` limit of 1 KiB "
                                    f"(it is {len(export_text.encode()):,} bytes)")


def test_a_fifo_in_place_of_an_export_is_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    with pytest.raises(FatalError) as caught:
        load(fifo)
    assert caught.value.message == f"the export {fifo} is a FIFO (named pipe), not a regular file"
