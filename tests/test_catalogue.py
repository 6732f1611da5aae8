"""Every rule folder is complete, and its README's examples do what they say.

A ```yaml block under `## Avoid` must fire the rule; one under `## Prefer` must give no
(unsuppressed) finding at all. A block whose info string is more than `yaml` (for example
```` ```yaml .oamlint.yaml ````) is shown, not run. Every block is linted with the design's
`.oamlint.yaml` and a fixed `now`, all in one OPA process.
"""

from __future__ import annotations

import collections
import datetime
import os
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from oamlint.config import load_config
from oamlint.engine.opa import Engine
from oamlint.lint import lint
from oamlint.options import EngineOptions
from tests.conftest import REPO, write

RULES = REPO / "rules"
FOLDERS = sorted(p for p in RULES.glob("*/*") if p.is_dir())
SECTIONS = ("## What it does", "## Why is this bad?", "## Avoid", "## Prefer", "## Options")
NOW = datetime.datetime(2026, 11, 25, tzinfo=datetime.timezone.utc)
DESIGN_CONFIG = """\
roles:
  deploy: write
  test: read
  audit: read
requiredRoles: [deploy, test, audit]
types:
  rollout: deploy
  kustomize: deploy
  scaler: none
  webservice: none
  git-access: none
credentials:
  maxTTL: 24h
gogs:
  url: https://git.example.com
  orgs: [acme]
"""
# A fenced block: its info string and its text.
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def slug_of(folder: Path) -> str:
    return f"{folder.parent.name}/{folder.name}"


def section(markdown: str, heading: str) -> str:
    """The text under `heading`, up to the next `## ` heading."""
    start = markdown.find(f"\n{heading}\n")
    if start < 0:
        return ""
    rest = markdown[start + len(heading) + 2:]
    end = re.search(r"^## ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def runnable_blocks(folder: Path, heading: str) -> list[str]:
    readme = folder / "README.md"
    if not readme.is_file():
        return []
    return [text for info, text in FENCE.findall(section(readme.read_text(encoding="utf-8"), heading))
            if info.strip() == "yaml"]


def examples(heading: str) -> list[Path]:
    return [folder for folder in FOLDERS if runnable_blocks(folder, heading)]


@pytest.mark.parametrize("folder", FOLDERS, ids=slug_of)
def test_every_rule_folder_is_complete(folder: Path) -> None:
    slug = folder.name
    if (folder / f"{slug}.rego").is_file():
        expected = [f"{slug}.rego", f"{slug}_test.rego", "README.md"]
    else:
        expected = ["rule.toml", "README.md"]
    missing = [name for name in expected if not (folder / name).is_file()]
    assert missing == [], f"{slug_of(folder)} needs {', '.join(missing)} (a Rego rule: <slug>.rego, "\
        "<slug>_test.rego, README.md; a Python rule: rule.toml, README.md)"


@pytest.mark.parametrize("folder", FOLDERS, ids=slug_of)
def test_every_readme_has_the_catalogue_sections_in_order(folder: Path) -> None:
    readme = folder / "README.md"
    if not readme.is_file():
        pytest.fail(f"{slug_of(folder)} has no README.md")
    text = readme.read_text(encoding="utf-8")
    assert text.startswith(f"# {folder.name}\n"), "the README's title is the rule's slug"
    positions = [text.find(f"\n{heading}\n") for heading in SECTIONS]
    missing = [heading for heading, at in zip(SECTIONS, positions) if at < 0]
    assert missing == [], f"{slug_of(folder)}/README.md lacks {missing}"
    assert positions == sorted(positions), f"the sections come in the order {SECTIONS}"


class Examples(NamedTuple):
    root: Path  # <root>/<category>/<slug>/{avoid,prefer}-<n>.yaml
    findings: dict[str, list[tuple[str, bool]]]  # absolute file → [(rule, suppressed)]

    def of(self, folder: Path, heading: str) -> dict[str, list[tuple[str, bool]]]:
        kind = heading.removeprefix("## ").lower()
        files = [self.root / folder.parent.name / folder.name / f"{kind}-{i}.yaml"
                 for i in range(len(runnable_blocks(folder, heading)))]
        return {file.name: self.findings.get(str(file), []) for file in files}


@pytest.fixture(scope="module")
def linted(tmp_path_factory: pytest.TempPathFactory) -> Examples:
    """Every runnable README block, each its own file and its own evaluation, in one OPA.

    One evaluation per block, not one for all: rules that compare documents (two specs
    declaring one repository) would otherwise see every README's example at once.
    """
    root = tmp_path_factory.mktemp("readme-examples")
    config = load_config(str(write(root / ".oamlint.yaml", DESIGN_CONFIG)))
    files = [
        str(write(root / folder.parent.name / folder.name / f"{heading.removeprefix('## ').lower()}-{i}.yaml", text))
        for heading in ("## Avoid", "## Prefer")
        for folder in examples(heading)
        for i, text in enumerate(runnable_blocks(folder, heading))
    ]
    found: dict[str, list[tuple[str, bool]]] = collections.defaultdict(list)
    with Engine() as engine:
        for file in files:
            for finding in lint([file], config, EngineOptions(now=NOW), engine).findings:
                found[os.path.abspath(finding.file)].append((finding.rule, finding.suppressed))
    return Examples(root, found)


@pytest.mark.parametrize("folder", examples("## Avoid"), ids=slug_of)
def test_the_avoid_example_fires_the_rule(folder: Path, linted: Examples) -> None:
    for name, found in linted.of(folder, "## Avoid").items():
        rules = [rule for rule, _ in found]
        assert folder.name in rules, f"{slug_of(folder)}/README.md: Avoid block {name} gives only {rules}"


@pytest.mark.parametrize("folder", examples("## Prefer"), ids=slug_of)
def test_the_prefer_example_has_no_finding_at_all(folder: Path, linted: Examples) -> None:
    for name, found in linted.of(folder, "## Prefer").items():
        rules = [rule for rule, suppressed in found if not suppressed]
        assert rules == [], f"{slug_of(folder)}/README.md: Prefer block {name} gives {rules}"


def test_the_structure_and_waiver_rules_have_runnable_or_config_examples() -> None:
    """The READMEs written with this test: structure rules run both blocks; waiver rules show config."""
    for slug in ("yaml-syntax", "duplicate-key", "schema", "template-file"):
        folder = RULES / "structure" / slug
        assert runnable_blocks(folder, "## Avoid") and runnable_blocks(folder, "## Prefer"), slug
    for slug in ("expired-waiver", "unused-waiver"):
        text = (RULES / "waivers" / slug / "README.md").read_text(encoding="utf-8")
        assert "```yaml .oamlint.yaml\n" in section(text, "## Avoid"), slug
