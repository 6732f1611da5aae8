"""The envelope sends OPA only the effectiveAccess fields the policies read (oamlint/lint.py
POLICY_EFFECTIVE_FIELDS), and the rules in two groups asked at once (`lint.rule_groups`, `Engine.evaluate`);
neither loses anything: the whole output of the real policies is the same as with the export's entries in full and
in one query, over the examples (where every drift rule fires, tests/test_golden.py) and over a generated
organisation."""

from __future__ import annotations

import json
import random
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.request import urlopen

import pytest
from click.testing import CliRunner

from oamlint import lint
from oamlint.catalogue import load_catalogue
from oamlint.cli import cli
from oamlint.config import load_config, select_rules
from oamlint.engine import opa
from oamlint.engine.opa import STORED, Engine
from oamlint.gogs import export
from oamlint.options import EngineOptions
from oamlint.spec import environments
from oamlint.spec.discovery import discover
from oamlint.spec.loader import load_file
from tests.conftest import CORPUS, REPO, opa_server

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402


def _outputs(root: Path, export_path: Path, config: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(envelope, OPA's output for it, OPA's output with the export's effectiveAccess entries in full)."""
    documents = [doc for path in discover((str(root),)) for doc in load_file(path).documents]
    gogs = export.load(export_path)
    sent = lint.envelope(documents, load_config(str(config)), EngineOptions(), gogs)
    with Engine() as engine:
        return sent, engine.evaluate(sent), engine.evaluate({**sent, "gogs": gogs})


def _case(case: str, tmp_path: Path) -> tuple[Path, Path, Path]:
    """(spec directory, export, config) of the examples, or of an organisation of 30 generated applications."""
    if case == "examples":
        return REPO / "examples" / "apps", REPO / "examples/gogs/acme-export.json", REPO / "examples/.oamlint.yaml"
    generate.generate(30, tmp_path)
    return tmp_path / "apps", tmp_path / "gogs/export.json", tmp_path / ".oamlint.yaml"


def _sorted(output: dict[str, Any]) -> dict[str, Any]:
    return {key: sorted(map(repr, value)) if isinstance(value, list) else value for key, value in output.items()}


@pytest.mark.parametrize("case", ["examples", "generated"])
def test_effective_access_cut_to_what_the_policies_read_gives_the_same_output(case: str, tmp_path: Path) -> None:
    root, export_path, config = _case(case, tmp_path)
    sent, cut, full = _outputs(root, export_path, config)
    assert {tuple(entry) for entry in sent["gogs"]["effectiveAccess"]} == {lint.POLICY_EFFECTIVE_FIELDS}
    if case == "examples":
        assert any(f["rule"] == "unbound-identity" for f in cut["findings"])  # it reads effectiveAccess entries
    assert any(f["category"] == "drift" for f in cut["findings"])
    assert _sorted(cut) == _sorted(full)


@pytest.fixture(scope="module")
def remote_url(opa_binary: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real OPA started as a user would for --opa-url, with the oamlint bundle; its URL."""
    bundle = tmp_path_factory.mktemp("bundle") / "oamlint.tar.gz"
    assert CliRunner().invoke(cli, ["bundle", "--output", str(bundle)]).exit_code == 0
    with opa_server(opa_binary, bundle) as port:
        yield f"http://127.0.0.1:{port}"


def _requests(url: str) -> dict[tuple[str, str], int]:
    """How many requests the real OPA at `url` answered, by (handler, method), from its Prometheus /metrics."""
    counts: dict[tuple[str, str], int] = {}
    for line in urlopen(url + "/metrics").read().decode().splitlines():
        found = re.match(r'http_request_duration_seconds_count\{code="\d+",handler="([^"]+)",method="([^"]+)"\} (\d+)', line)
        if found:
            key = (found[1], found[2])
            counts[key] = counts.get(key, 0) + int(found[3])
    return counts


@pytest.mark.parametrize("where", ["copies", "stored", "remote"])
@pytest.mark.parametrize("gogs", ["export", "static"])
@pytest.mark.parametrize("case", ["examples", "generated"])
def test_the_rules_asked_in_two_groups_at_once_give_the_output_of_one_query(
    case: str, gogs: str, where: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`lint.rule_groups` splits the rules that are on in two; each query carries a copy of the envelope (the
    second without the export), or, above COPIES_DOCUMENTS (here made 0), the OPA oamlint starts holds the
    envelope once in its store for both queries; an OPA at --opa-url gets copies, and nothing is written into
    its store. Either way the output is the single query's."""
    if where == "stored":
        monkeypatch.setattr(opa, "COPIES_DOCUMENTS", 0)
    root, export_path, config = _case(case, tmp_path)
    documents = [doc for path in discover((str(root),)) for doc in load_file(path).documents]
    sent = lint.envelope(documents, load_config(str(config)), EngineOptions(),
                         export.load(export_path) if gogs == "export" else None, ("declared", "held", "lookups"))
    first, *also = lint.rule_groups(sent["rules"], sent["gogs"] is not None)
    assert len(also) == 1 and also[0] and sorted(first + also[0]) == sorted(sent["rules"])
    url = request.getfixturevalue("remote_url") if where == "remote" else None
    with Engine(opa_url=url) as engine:
        whole = engine.evaluate(sent)  # stored: the OPA it started is started again for a large input, first
        opa_at = url or f"http://127.0.0.1:{engine._process.port if engine._process else 0}"
        before = _requests(opa_at)
        split = engine.evaluate({**sent, "rules": first}, [{"rules": group} for group in also])
        asked = {key: n - before.get(key, 0) for key, n in _requests(opa_at).items() if n != before.get(key, 0)}
        with urlopen(f"{opa_at}/v1/data/{STORED}") as answer:
            assert json.load(answer) == {}  # undefined: never written (remote), or removed after the queries
    if where != "stored":
        assert asked == {("v1/data", "post"): 2}  # two queries; no write
    else:  # the envelope written once, two queries reading it, and its removal
        assert asked == {("v1/data", "put"): 1, ("v1/query", "post"): 2, ("v1/data", "delete"): 1}
    in_second = {tuple(rule) for rule in also[0]}
    assert {(f["category"], f["rule"]) for f in split["findings"]} & in_second  # the second group's findings count
    assert {f["category"] for f in split["findings"]} >= {"least-privilege", "rbac-mapping"}
    if gogs == "export":
        assert any(f["category"] == "drift" for f in split["findings"]) and split["held"]
    assert _sorted(split) == _sorted(whole)


def test_the_rules_are_split_in_two_groups_of_about_equal_cost_with_the_export_rules_first() -> None:
    rules = [[rule.category, rule.slug] for rule in load_catalogue().values()]
    for export_given in (True, False):
        first, second = lint.rule_groups(rules, export_given, answers=True)
        assert sorted(first + second) == sorted(rules) and not {tuple(r) for r in first} & {tuple(r) for r in second}
        assert [rule for rule in rules if rule in first] == first and [rule for rule in rules if rule in second] == second
        assert all(rule in first for rule in rules if rule[0] == lint.EXPORT_CATEGORY)

        def cost(group: list[list[str]]) -> int:
            return sum(lint.RULE_COST.get(slug, 0) for category, slug in group if export_given or category != "drift")

        heaviest = max(lint.RULE_COST.values())
        assert abs(cost(first) + lint.ANSWER_COST - cost(second)) <= heaviest or not export_given and cost(first) == 0
    one_rule = [rule for rule in rules if rule[1] == "admin-grant"]
    assert lint.rule_groups(one_rule, False, answers=False) == [one_rule]  # no answer: nothing to split it from
    assert lint.rule_groups(one_rule, False, answers=True) == [[], one_rule]  # the answers' query, and the rule's
    python_rules = [rule for rule in rules if not lint.RULE_COST.get(rule[1])]
    assert lint.rule_groups(python_rules, True) == [python_rules]  # a second group would cost nothing
    assert lint.rule_groups([rule for rule in rules if rule[0] == "drift"], True) == [[r for r in rules if r[0] == "drift"]]


def test_every_rego_rule_has_a_cost_to_split_by() -> None:
    """RULE_COST lists exactly the rules that OPA evaluates (a Rego file in their folder)."""
    rego = {rule.slug for rule in load_catalogue().values() if (rule.folder / f"{rule.slug}.rego").is_file()}
    assert set(lint.RULE_COST) == rego == {rule.slug for rule in load_catalogue().values() if rule.rego}


def test_an_opa_url_gets_one_query_for_many_documents(remote_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each query to an OPA at --opa-url carries its own copy of the envelope: above COPIES_DOCUMENTS
    documents the groups are asked as one query (with every rule), with the same output."""
    root, export_path, config = _case("examples", Path())
    documents = [doc for path in discover((str(root),)) for doc in load_file(path).documents]
    sent = lint.envelope(documents, load_config(str(config)), EngineOptions(), export.load(export_path))
    first, *also = lint.rule_groups(sent["rules"], True)
    monkeypatch.setattr(opa, "COPIES_DOCUMENTS", len(documents) - 1)
    with Engine(opa_url=remote_url) as engine:
        whole = engine.evaluate(sent)
        before = _requests(remote_url)
        split = engine.evaluate({**sent, "rules": first}, [{"rules": group} for group in also])
    asked = {key: n - before.get(key, 0) for key, n in _requests(remote_url).items() if n != before.get(key, 0)}
    assert asked == {("v1/data", "post"): 1}
    assert _sorted(split) == _sorted(whole)


def test_only_the_drift_rules_read_the_export() -> None:
    """What makes the split safe for an OPA at --opa-url (the second group's query goes there without the export:
    `Engine.evaluate`; `lint.rule_groups` puts every drift rule in the first group): `input.gogs` is read in
    lib/drift.rego and rules/drift/ only, and lib/drift is imported only there and by main.rego (whose `answer`
    the first group's query asks with the whole envelope)."""
    sources = [path for path in (REPO / "rego").rglob("*.rego") if not path.name.endswith("_test.rego")]
    sources += [path for path in (REPO / "rules").rglob("*.rego") if not path.name.endswith("_test.rego")]
    drift_rules = REPO / "rules" / lint.EXPORT_CATEGORY
    allowed = {REPO / "rego/oamlint/lib/drift.rego", REPO / "rego/oamlint/main.rego"}
    reading = {path for path in sources if re.search(r"\binput\.gogs\b|input\[\s*\"gogs\"", path.read_text())}
    importing = {path for path in sources if re.search(r"^import data\.oamlint\.lib\.drift\b", path.read_text(), re.M)}
    assert reading and importing
    assert {path for path in reading | importing if not path.is_relative_to(drift_rules)} <= allowed


def test_where_no_thread_can_be_started_the_second_query_is_asked_after_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process limit can refuse a new thread (RuntimeError "can't start new thread"; seen under `ulimit -v` with
    --opa-url): the run then asks the queries one after another, with the same output. The refusal is simulated,
    the rest is the real OPA."""
    root, export_path, config = _case("examples", tmp_path)
    documents = [doc for path in discover((str(root),)) for doc in load_file(path).documents]
    sent = lint.envelope(documents, load_config(str(config)), EngineOptions(), export.load(export_path))
    first, *also = lint.rule_groups(sent["rules"], True)
    monkeypatch.setattr(opa, "COPIES_DOCUMENTS", 0)  # the envelope in the store: the path that does not copy it
    with Engine() as engine:
        whole = engine.evaluate(sent)

        def refused(thread: threading.Thread) -> None:
            raise RuntimeError("can't start new thread")

        monkeypatch.setattr(threading.Thread, "start", refused)
        split = engine.evaluate({**sent, "rules": first}, [{"rules": group} for group in also])
    assert _sorted(split) == _sorted(whole)


def _expanded(root: Path, config: Path | None) -> dict[str, Any]:
    """The envelope of the specs under `root`, the environments of override policies expanded as `lint` does."""
    documents = environments.expand_all([doc for path in discover((str(root),)) for doc in load_file(path).documents])[0]
    return lint.envelope(documents, load_config(str(config) if config else None, (str(root),)), EngineOptions(), None)


@pytest.mark.parametrize("case", ["examples", "generated", "corpus"])
def test_per_document_rules_find_the_same_over_any_parts_of_the_documents(case: str, tmp_path: Path) -> None:
    """`per_document: true` in a rule's metadata lets `lint.evaluate` ask it over halves of the documents at once, so
    its findings about a document must depend on that document (and the config) alone. Checked over three random
    partitions in three parts of the examples, 30 generated applications and the corpus, the environments that
    override policies make among them; conflicting-declarations, which compares declarations across documents and
    is not marked, finds less over parts, which shows the check can fail."""
    root, config = (CORPUS / "oam", None) if case == "corpus" else _case(case, tmp_path)[::2]
    sent = _expanded(root, config)
    marked = [[rule.category, rule.slug] for rule in load_catalogue().values() if rule.per_document]
    assert marked and all(category != lint.EXPORT_CATEGORY for category, _ in marked)
    with Engine() as engine:
        def found(rules: list[list[str]], parts: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
            return [item for part in parts for item in engine.evaluate({**sent, "rules": rules, "documents": part})["findings"]]

        def findings(rules: list[list[str]], parts: list[list[dict[str, Any]]]) -> list[str]:
            return sorted(map(repr, found(rules, parts)))

        whole = findings(marked, [sent["documents"]])
        assert len({item["rule"] for item in found(marked, [sent["documents"]])}) >= 2  # several rules find something
        for seed in range(3):
            pick = random.Random(seed)
            parts: list[list[dict[str, Any]]] = [[], [], []]
            for document in sent["documents"]:
                parts[pick.randrange(3)].append(document)
            assert findings(marked, parts) == whole, seed
        if case == "examples":
            across = [["rbac-mapping", "conflicting-declarations"]]
            assert findings(across, [[document] for document in sent["documents"]]) != findings(across, [sent["documents"]])


@pytest.mark.parametrize(("select", "answers", "parts"), [
    (("admin-grant",), (), [{"documents"}]),  # one rule, per document: halves of the documents
    (("admin-grant", "plaintext-secret"), (), [{"rules"}]),  # two rules: a group each
    (("admin-grant",), ("declared",), [{"rules"}]),  # an answer over every document: the first query's
    (("conflicting-declarations",), (), []),  # not per document: one query
    (("schema",), (), []),  # no rule that OPA evaluates: one query, not two that evaluate nothing
])
def test_one_group_of_per_document_rules_is_asked_over_halves_of_the_documents(
    select: tuple[str, ...], answers: tuple[str, ...], parts: list[set[str]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`lint.evaluate` on the real OPA: what it asks at once, and the same output as one query."""
    monkeypatch.setattr(lint, "SPLIT_DOCUMENTS", 2)  # the examples' 4 documents are enough to split
    root, export_path, config = _case("examples", tmp_path)
    documents = environments.expand_all([doc for path in discover((str(root),)) for doc in load_file(path).documents])[0]
    sent = lint.envelope(documents, select_rules(load_config(str(config)), select, ()), EngineOptions(), None, answers)
    asked: list[list[set[str]]] = []
    with Engine() as engine:
        whole = engine.evaluate(sent)
        real = engine.evaluate

        def spy(envelope: dict[str, Any], also: Any = ()) -> dict[str, Any]:
            asked.append([set(part) for part in also])
            return real(envelope, also)

        monkeypatch.setattr(engine, "evaluate", spy)
        split = lint.evaluate(sent, EngineOptions(), engine)
    assert asked == [parts]
    assert (whole["findings"] or select == ("schema",)) and _sorted(split) == _sorted(whole)
