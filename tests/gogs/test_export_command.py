"""`oamlint export` end to end: exit codes, atomic output, schema versions, and the token never shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint.errors import FatalError
from oamlint.gogs import client as client_module
from oamlint.gogs import export
from tests.gogs.conftest import LiveGogs, free_port, reply, serve

SOURCES_HINT = "hint: pass exactly one of --gogs-backup FILE.zip, --gogs-config app.ini, --gogs-db DSN or --gogs-url URL\n"
WRONG_TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed"


def _assert_secret_absent(secret: str, result: Result, directory: Path) -> None:
    assert secret not in result.stdout and secret not in result.stderr
    for written in directory.rglob("*"):
        if written.is_file():
            assert secret not in written.read_text(errors="replace"), written


def test_export_writes_a_valid_export_that_loads_back(gogs: LiveGogs, gogs_backup: Path, tmp_path: Path, run_cli):
    out = tmp_path / "export.json"
    result = run_cli("export", "--gogs-backup", str(gogs_backup), "--output", str(out))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert export.load(out)["provenance"]["source"] == "backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_export_without_output_prints_to_stdout(gogs: LiveGogs, run_cli):
    result = run_cli("export", "--gogs-config", str(gogs.app_ini))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schemaVersion"] == "oamlint.gogs-export/2"


def test_an_api_export_holds_no_token(gogs: LiveGogs, tmp_path: Path, run_cli, monkeypatch):
    token_file = tmp_path / "secrets" / "token"
    token_file.parent.mkdir()
    token_file.write_text(gogs.admin_token + "\n")
    monkeypatch.delenv("GOGS_TOKEN", raising=False)
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    result = run_cli("export", "--gogs-url", gogs.base_url, "--token-file", str(token_file), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    _assert_secret_absent(gogs.admin_token, result, out.parent)


@pytest.mark.parametrize("case", ["wrong token", "not a site admin", "gogs down", "not gogs"])
def test_failing_api_exports_exit_2_write_nothing_and_never_show_the_token(
    case: str, gogs: LiveGogs, tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(client_module, "RETRY_DELAYS", (0.0,))
    token = gogs.user_tokens["bob"] if case == "not a site admin" else WRONG_TOKEN
    monkeypatch.setenv("GOGS_TOKEN", token)
    out = tmp_path / "export.json"
    with serve(lambda handler: reply(handler, 200, b"<html>blog</html>", "text/html")) as blog:
        url = {"gogs down": f"http://127.0.0.1:{free_port()}", "not gogs": blog}.get(case, gogs.base_url)
        result = run_cli("export", "--gogs-url", url, "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.startswith("oamlint: error: ") and "\nhint: " in result.stderr
    assert list(tmp_path.iterdir()) == []
    _assert_secret_absent(token, result, tmp_path)


def test_a_failed_export_leaves_an_existing_output_file_untouched(tmp_path: Path, run_cli):
    out = tmp_path / "export.json"
    out.write_text("previous export\n")
    result = run_cli("export", "--gogs-backup", str(tmp_path / "missing.zip"), "-o", str(out))
    assert result.exit_code == 2
    assert out.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_export_needs_exactly_one_source(tmp_path: Path, run_cli):
    none = run_cli("export")
    assert (none.exit_code, none.stderr) == (2, "oamlint: error: no Gogs source was given\n" + SOURCES_HINT)
    two = run_cli("export", "--gogs-backup", "a.zip", "--gogs-url", "http://127.0.0.1:9")
    assert two.stderr == "oamlint: error: --gogs-backup, --gogs-url were all given\n" + SOURCES_HINT
    stray = run_cli("export", "--gogs-backup", "a.zip", "--token-file", "t")
    assert stray.stderr == "oamlint: error: --token-file is only used with --gogs-url\n" + SOURCES_HINT


def test_a_real_oamlint_process_with_a_rejected_token_exits_2_without_showing_it(gogs: LiveGogs, tmp_path: Path):
    env = {**os.environ, "GOGS_TOKEN": WRONG_TOKEN}
    out = tmp_path / "export.json"
    done = subprocess.run([sys.executable, "-m", "oamlint", "export", "--gogs-url", gogs.base_url, "-o", str(out)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"oamlint: error: Gogs at {gogs.base_url} rejected the API token (401 Unauthorized)\n"
                           f"hint: {client_module.TOKEN_HINT}\n")
    assert not out.exists()


def test_loading_an_export_of_another_schema_version_says_how_to_fix_it(gogs_backup: Path, tmp_path: Path, run_cli):
    out = tmp_path / "export.json"
    run_cli("export", "--gogs-backup", str(gogs_backup), "-o", str(out))
    document = json.loads(out.read_text())
    document["schemaVersion"] = "oamlint.gogs-export/0"
    out.write_text(json.dumps(document))
    with pytest.raises(FatalError) as caught:
        export.load(out)
    assert caught.value.message == (f'{out} has schema version "oamlint.gogs-export/0", '
                                    'but this oamlint reads "oamlint.gogs-export/2"')
    assert caught.value.hint == "write a new export with `oamlint export` from this version of oamlint"


def test_loading_an_export_changed_by_hand_is_refused(gogs_backup: Path, tmp_path: Path, run_cli):
    out = tmp_path / "export.json"
    run_cli("export", "--gogs-backup", str(gogs_backup), "-o", str(out))
    document = json.loads(out.read_text())
    document["users"][0]["siteAdmin"] = not document["users"][0]["siteAdmin"]
    out.write_text(json.dumps(document))
    with pytest.raises(FatalError) as caught:
        export.load(out)
    assert caught.value.message == f"{out} was changed after it was exported (its sha256 does not match)"


def test_loading_an_export_that_breaks_the_schema_names_the_place(gogs_backup: Path, tmp_path: Path, run_cli):
    out = tmp_path / "export.json"
    run_cli("export", "--gogs-backup", str(gogs_backup), "-o", str(out))
    document = json.loads(out.read_text())
    document["repositories"][0]["visibility"] = "secret"
    out.write_text(json.dumps(document))
    with pytest.raises(FatalError) as caught:
        export.load(out)
    assert caught.value.message == (f"{out} does not match the export schema at repositories/0/visibility: "
                                    "'secret' is not one of ['private', 'public', 'unlisted']")
