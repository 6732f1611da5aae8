"""The benchmark kit (bench/) works: the generator is deterministic and its export is valid, and the runner
runs at the smallest size. No timing is asserted here: the numbers live in BENCHMARKS.md."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from oamlint.gogs import export

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import run  # noqa: E402


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_generator_is_deterministic_and_its_export_validates(tmp_path: Path) -> None:
    counts = generate.generate(12, tmp_path / "a")
    generate.generate(12, tmp_path / "b")
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert counts["applications"] == 12 and counts["repositories"] == 24
    document = export.load(tmp_path / "a" / "gogs" / "export.json")  # schema, version and sha256 checked
    held = {repo["fullName"] for repo in document["repositories"]}
    declared = {name for _, name in generate.declared(12)}
    assert declared - held and held - declared  # some declared repositories are missing, some are undeclared
    assert len(list((tmp_path / "a" / "apps").iterdir())) == 12


def test_generated_organisation_has_violations_of_the_benchmarked_rule(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    generate.generate(18, tmp_path)
    result = run_cli("check", str(tmp_path / "apps"), "--config", str(tmp_path / ".oamlint.yaml"), "--select",
                     "admin-grant", "--format", "json", "--now", generate.NOW)
    findings = json.loads(result.stdout)["findings"]
    assert {f["file"].rsplit("/", 1)[-1] for f in findings} == {"app-00000.yaml", "app-00017.yaml"}  # 1 in 17


def test_runner_smoke_at_the_smallest_size(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    run.main(["--sizes", "2", "--repeat", "1", "--cases", "static,all,select,floor,one", "--out", str(out)])
    results = json.loads(out.read_text())
    (size,) = results["sizes"]
    assert size["applications"] == 2 and size["repositories"] == 4
    assert set(size["cases"]) == {"static", "all", "select", "floor", "one"}
    for case in size["cases"].values():
        (measured,) = case["runs"]
        assert measured["wall"] > 0 and measured["cpu"] > 0 and measured["peakMiB"] > 1
    assert "--select admin-grant" in size["cases"]["select"]["command"]


def test_breakdown_smoke_at_the_smallest_size(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """bench/breakdown.py times every pipeline step of a real run and every Rego rule in a real OPA (no timing is
    asserted: the numbers are BENCHMARKS.md's)."""
    import breakdown  # bench/breakdown.py (bench/ is first on sys.path)

    assert Path(breakdown.__file__).parent == BENCH
    breakdown.main(["--size", "3", "--rounds", "1"])
    printed = capsys.readouterr().out
    steps = [line.split("`")[1] for line in printed.splitlines() if line.startswith("| `") and "." in line.split("`")[1]]
    assert steps[:3] == ["gogs.export.load", "lint.find", "lint.load_files"] and "lint.evaluate" in steps
    from oamlint.catalogue import load_catalogue

    rego = {slug for slug, rule in load_catalogue().items() if rule.rego}
    assert {slug for slug in rego if f"| `{slug}` alone |" in printed} == rego
