"""OPA that never answers, answers too slowly, or answers nonsense: exit 2 in bounded time, saying so truthfully.

The silent, trickling and garbage servers are fakes (tests/engine/fakes.py) because the real OPA cannot be
made to behave that way; the start deadline and the stale-server case use the real OPA binary.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from oamlint import lint
from oamlint.engine import opa as engine_opa
from tests.conftest import REPO, write
from tests.engine.fakes import answering_server, fake_opa, json_bytes, silent_server
from tests.engine.test_opa import ADMIN_APP

TIMEOUT_HINT = "hint: allow more time with --opa-timeout SECONDS, or lint fewer files at once\n"
SHAPE_HINT = ("hint: use OPA v1.x with the policies of this oamlint (`oamlint bundle` for --opa-url), "
              "or report a bug with the command you ran\n")


@pytest.fixture
def app(tmp_path: Path) -> str:
    return str(write(tmp_path / "app.yaml", ADMIN_APP))


def _timed(run_cli: Callable[..., Result], *args: str) -> tuple[Result, float]:
    began = time.monotonic()
    result = run_cli(*args)
    return result, time.monotonic() - began


def test_a_local_opa_that_accepts_but_never_answers_fails_at_the_opa_timeout(
    app: str, tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    opa = fake_opa(tmp_path / "silent", silent=True)
    result, took = _timed(run_cli, "check", app, "--opa", opa, "--opa-timeout", "1.5")
    assert (result.exit_code, result.stderr) == (2, (
        f"oamlint: error: OPA `{opa}` did not answer within 1.5s of its start (--opa-timeout)\n"
        f"hint: check that `{opa} version` prints an OPA v1.x version, or allow more time with --opa-timeout SECONDS\n"))
    assert 1.5 <= took < 10


def test_a_local_opa_that_never_answers_the_query_fails_at_the_opa_timeout(
    app: str, tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    opa = fake_opa(tmp_path / "hangs", silent=False)
    result, took = _timed(run_cli, "check", app, "--opa", opa, "--opa-timeout", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"oamlint: error: the OPA at `{opa}` did not answer the query within 1s (--opa-timeout)\n{TIMEOUT_HINT}")
    assert 1 <= took < 10


@pytest.mark.parametrize("stored", [False, True])
def test_the_two_queries_of_a_run_fail_together_at_the_opa_timeout(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, stored: bool
) -> None:
    """The rules are asked in two groups at once, on two connections (oamlint/lint.py `rule_groups`, on a machine
    of several cores), each with a copy of the envelope or, `stored` (above COPIES_DOCUMENTS, here made 0), after
    writing it into OPA's store (the fake takes it): neither unanswered query holds the run past --opa-timeout."""
    monkeypatch.setattr(lint, "cores", lambda: 2)  # split on any machine
    if stored:
        monkeypatch.setattr(engine_opa, "COPIES_DOCUMENTS", 0)
    opa = fake_opa(tmp_path / "hangs", silent=False)
    export = str(REPO / "examples/gogs/acme-export.json")
    result, took = _timed(run_cli, "check", str(REPO / "examples/apps"), "--export", export, "--opa", opa,
                          "--opa-timeout", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"oamlint: error: the OPA at `{opa}` did not answer the query within 1s (--opa-timeout)\n{TIMEOUT_HINT}")
    assert 1 <= took < 10


def test_the_real_opa_given_less_time_than_it_needs_to_start_says_so(
    app: str, opa_binary: str, run_cli: Callable[..., Result]
) -> None:
    result = run_cli("check", app, "--opa", opa_binary, "--opa-timeout", "0.01")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"oamlint: error: OPA `{opa_binary}` did not answer within 0.01s of its start "
                                    "(--opa-timeout)\n")


def test_an_opa_url_that_accepts_but_never_answers_fails_at_the_opa_timeout(
    app: str, run_cli: Callable[..., Result]
) -> None:
    with silent_server() as url:
        result, took = _timed(run_cli, "check", app, "--opa-url", url, "--opa-timeout", "1")
    assert (result.exit_code, result.stderr) == (2, (
        f"oamlint: error: the OPA at {url} did not answer within 1s (--opa-timeout)\n"
        "hint: check that it is running and reachable, or allow more time with --opa-timeout SECONDS\n"))
    assert 1 <= took < 10


def test_an_opa_url_that_never_answers_the_query_fails_at_the_opa_timeout(
    app: str, run_cli: Callable[..., Result]
) -> None:
    with answering_server(None) as url:
        result, took = _timed(run_cli, "check", app, "--opa-url", url, "--opa-timeout", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"oamlint: error: the OPA at {url} did not answer the query within 1s (--opa-timeout)\n{TIMEOUT_HINT}")
    assert 1 <= took < 10


def test_an_answer_trickling_in_a_byte_at_a_time_is_cut_at_the_opa_timeout(
    app: str, run_cli: Callable[..., Result]
) -> None:
    """Each byte comes well within the socket timeout; only the wall-clock deadline ends it."""
    with answering_server(None, trickle=True) as url:
        result, took = _timed(run_cli, "check", app, "--opa-url", url, "--opa-timeout", "1.5")
    assert (result.exit_code, result.stderr) == (
        2, f"oamlint: error: the OPA at {url} did not answer the query within 1.5s (--opa-timeout)\n{TIMEOUT_HINT}")
    assert 1.5 <= took < 10


def test_the_whole_run_stops_at_its_timeout_whatever_it_waits_for(
    app: str, tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    opa = fake_opa(tmp_path / "hangs", silent=False)
    result, took = _timed(run_cli, "check", app, "--opa", opa, "--opa-timeout", "300", "--timeout", "1.5")
    assert (result.exit_code, result.stderr) == (
        2, "oamlint: error: oamlint did not finish within 1.5s (--timeout)\nhint: allow more time with --timeout SECONDS\n")
    assert 1.5 <= took < 10


@pytest.mark.parametrize(("answer", "problem"), [
    (b"[]", "a JSON array instead of an object"),
    (b'"ok"', "a JSON string instead of an object"),
    (b"null", "a JSON null instead of an object"),
    (b"<html>busy</html>", "an answer that is not JSON"),
    (json_bytes({"result": []}), "result is a JSON array, not object"),
    (json_bytes({"result": "x"}), "result is a JSON string, not object"),
    (json_bytes({"result": {}}), "result is missing `findings`, `declared`, `held`, `lookups`, `opa_version`"),
    (json_bytes({"result": {"findings": [], "declared": [], "held": [], "lookups": {}}}), "result is missing `opa_version`"),
    (json_bytes({"result": {"findings": [], "declared": [], "held": [{"repository": "acme/a"}], "lookups": {},
                            "opa_version": "1.22.3"}}), 'result["held"][0] is missing `principal`, `permission`'),
    (json_bytes({"result": {"findings": [], "declared": [], "held": [], "lookups": {"repositories": "acme/a"},
                            "opa_version": "1.22.3"}}), 'result["lookups"]["repositories"] is a JSON string, not array'),
    (json_bytes({"result": {"findings": "none", "declared": [], "held": [], "lookups": {}, "opa_version": "1.22.3"}}),
     'result["findings"] is a JSON string, not array'),
    (json_bytes({"result": {"findings": [{"rule": "admin-grant"}], "declared": [], "held": [], "lookups": {}, "opa_version": "1.22.3"}}),
     'result["findings"][0] is missing `message`'),
    (json_bytes({"result": {"findings": [{"rule": 7, "message": "m"}], "declared": [], "held": [], "lookups": {}, "opa_version": "1.22.3"}}),
     'result["findings"][0]["rule"] is a JSON number, not string'),
    (json_bytes({"result": {"findings": [], "declared": [{"path": {}}], "held": [], "lookups": {}, "opa_version": "1.22.3"}}),
     'result["declared"][0]["path"] is a JSON object, not array or null'),
    (json_bytes({"result": {"findings": [], "declared": [], "held": [], "lookups": {}, "opa_version": 1}}),
     'result["opa_version"] is a JSON number, not string'),
])
def test_an_answer_of_an_unexpected_shape_is_exit_2_naming_what_is_wrong(
    app: str, run_cli: Callable[..., Result], answer: bytes, problem: str
) -> None:
    with answering_server(answer) as url:
        result = run_cli("check", app, "--opa-url", url)
    assert (result.exit_code, result.stderr) == (
        2, f"oamlint: error: the OPA at {url} answered with an unexpected shape: {problem}\n{SHAPE_HINT}")


def test_a_well_formed_answer_from_a_fake_server_is_accepted(app: str, run_cli: Callable[..., Result]) -> None:
    """The shape check lets the real shape through (what the garbage cases above are measured against), also of the
    findings asked apart (the rules in two groups: oamlint/lint.py `rule_groups`, on a machine of several cores)."""
    answer = {"result": {"findings": [], "declared": [], "held": [], "lookups": {}, "opa_version": "1.22.3"}}
    with answering_server(json_bytes(answer), findings=json_bytes({"result": []})) as url:
        result = run_cli("check", app, "--opa-url", url)
    assert (result.exit_code, result.stderr) == (0, "")


def test_findings_asked_apart_in_an_unexpected_shape_are_exit_2_not_dropped(
    run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second group's findings are asked apart (`data.oamlint.findings`, oamlint/lint.py `rule_groups`; at
    --opa-url with a copy of the envelope); an answer that is not a list of findings must stop the gate, not lose those findings.
    The fake answers every query with a well-formed `data.oamlint.output`, which is an object."""
    monkeypatch.setattr(lint, "cores", lambda: 2)  # split on any machine
    answer = {"result": {"findings": [], "declared": [], "held": [], "lookups": {}, "opa_version": "1.22.3"}}
    with answering_server(json_bytes(answer)) as url:
        result = run_cli("check", str(REPO / "examples/apps"), "--export", str(REPO / "examples/gogs/acme-export.json"),
                         "--opa-url", url)
    assert (result.exit_code, result.stderr) == (2, (
        f"oamlint: error: the OPA at {url} answered with an unexpected shape: data.oamlint.findings is a JSON object, "
        f"not an array\n{SHAPE_HINT}"))


def test_an_opa_url_with_credentials_is_never_printed_with_them(app: str, run_cli: Callable[..., Result]) -> None:
    """A user and password in --opa-url (or a token in its query) are secrets: every message names the server
    without them (oamlint.words.without_credentials)."""
    with silent_server() as url:
        secret = url.replace("http://", "http://ci:TOPSECRETpw@") + "/?token=TOPSECRETtoken"
        result = run_cli("check", app, "--opa-url", secret, "--opa-timeout", "0.5")
    assert (result.exit_code, result.stderr) == (2, (
        f"oamlint: error: the OPA at {url}/ did not answer within 0.5s (--opa-timeout)\n"
        "hint: check that it is running and reachable, or allow more time with --opa-timeout SECONDS\n"))
    assert "TOPSECRET" not in result.output + result.stderr


@pytest.mark.parametrize(("given", "shown"), [
    ("http://[::1", "http://[::1"),
    ("http://ci:TOPSECRETpw@[::1/x?token=TOPSECRETtoken", "http://[::1"),
    ("https://[fe80::1", "https://[fe80::1"),
])
def test_an_opa_url_python_cannot_split_is_a_usage_error_without_its_credentials(
    app: str, run_cli: Callable[..., Result], given: str, shown: str
) -> None:
    """An unclosed `[` of an IPv6 host made urlsplit raise, and the run ended as an internal error."""
    result = run_cli("check", app, "--opa-url", given)
    assert (result.exit_code, result.stderr) == (2, (
        f"oamlint: error: --opa-url `{shown}` is not an http(s) URL\n"
        "hint: pass e.g. --opa-url http://127.0.0.1:8181\n"))
    assert "TOPSECRET" not in result.output + result.stderr
