"""Reading the API token: stripped, then one line of printable ASCII, else exit 2 saying what is wrong (never what)."""

from __future__ import annotations

from pathlib import Path

import pytest

from oamlint.errors import FatalError
from oamlint.gogs.client import TOKEN_HINT, read_token

TOKEN = "0123456789abcdef0123456789abcdef01234567"


def _refused(monkeypatch: pytest.MonkeyPatch, value: str) -> FatalError:
    monkeypatch.setenv("GOGS_TOKEN", value)
    with pytest.raises(FatalError) as caught:
        read_token(None)
    return caught.value


@pytest.mark.parametrize("value", [f"  {TOKEN}\n", f"\t{TOKEN}\r\n", TOKEN])
def test_surrounding_whitespace_is_stripped(monkeypatch, value: str):
    monkeypatch.setenv("GOGS_TOKEN", value)
    assert read_token(None) == TOKEN


def test_a_token_file_is_stripped_too(tmp_path: Path):
    token_file = tmp_path / "token"
    token_file.write_text(f"\n{TOKEN}\n\n")
    assert read_token(str(token_file)) == TOKEN


def test_a_token_file_with_a_second_comment_line_is_refused_clearly(tmp_path: Path):
    token_file = tmp_path / "token"
    token_file.write_text(f"{TOKEN}\n# the CI bot's token, rotated 2026-11\n")
    with pytest.raises(FatalError) as caught:
        read_token(str(token_file))
    assert caught.value.message == f"the token file {token_file} holds more than one line (a comment line, or two tokens?)"
    assert caught.value.hint == "put only the token in it, on one line: " + TOKEN_HINT


@pytest.mark.parametrize("value", [f"{TOKEN}\nsecond", f"{TOKEN}\rsecond", f"{TOKEN}\r\nsecond"])
def test_a_line_break_inside_gogs_token_is_refused(monkeypatch, value: str):
    assert _refused(monkeypatch, value).message == \
        "GOGS_TOKEN holds more than one line (a comment line, or two tokens?)"


@pytest.mark.parametrize("value", [f"{TOKEN}é", f"{TOKEN}€", f"{TOKEN[:9]} {TOKEN[9:]}", f"{TOKEN[:9]}\t{TOKEN[9:]}",
                                   f"{TOKEN}\x1b", f"{TOKEN}\x7f", f"{TOKEN}\u200b"])
def test_characters_outside_printable_ascii_are_refused(monkeypatch, value: str):
    error = _refused(monkeypatch, value)
    assert error.message == ("GOGS_TOKEN holds a character that is not printable ASCII (a space, tab, control or "
                             "non-ASCII character)")
    assert error.hint == "copy the token again; Gogs tokens are 40 hexadecimal digits"


def test_a_token_file_that_is_not_utf8_is_refused(tmp_path: Path):
    token_file = tmp_path / "token"
    token_file.write_bytes(TOKEN.encode() + b"\xff")
    with pytest.raises(FatalError) as caught:
        read_token(str(token_file))
    assert caught.value.message == f"the token file {token_file} is not UTF-8 text"


def test_a_token_file_that_cannot_be_read_is_named(tmp_path: Path):
    with pytest.raises(FatalError) as caught:
        read_token(str(tmp_path))
    assert caught.value.message == f"cannot read the token file {tmp_path}"


def test_a_blank_gogs_token_counts_as_unset(monkeypatch):
    assert _refused(monkeypatch, " \n ").message == \
        "--gogs-url needs an API token, but GOGS_TOKEN is not set and no --token-file was given"
