"""Install paths: the sdist and wheel as published, and a fresh virtualenv with only the wheel, which
lints the examples with OPA provisioned from a loopback mirror (there is no opa on PATH or in the venv)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from oamlint.opa_cache import OPA_VERSION
from tests.conftest import REPO, Installed
from tests.mirror import ASSET, Mirror, path_without


def test_the_sdist_and_the_wheel_pass_twine_check(installed: Installed) -> None:
    files = sorted(installed.dist.iterdir())
    assert sorted(f.suffix for f in files) == [".gz", ".whl"]
    done = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, files)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_fresh_virtualenv_lints_the_examples_with_opa_from_the_mirror(installed: Installed, opa_mirror: Mirror,
                                                                       tmp_path: Path) -> None:
    assert not (installed.bin / "opa").exists()
    env = {**os.environ, "PATH": os.pathsep.join([str(installed.bin), path_without("opa")]),
           "OAMLINT_CACHE_DIR": str(tmp_path / "cache"), "OAMLINT_OPA_DOWNLOAD_URL": opa_mirror.url}
    done = subprocess.run(["oamlint", "check", "."], cwd=REPO / "examples", env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 1, done.stderr
    checkout = subprocess.run([str(REPO / ".venv" / "bin" / "oamlint"), "check", "."], cwd=REPO / "examples",
                              capture_output=True, text=True, timeout=300)
    assert done.stdout == checkout.stdout  # the installed wheel reports exactly what the checkout does
    assert ("apps/payments.yaml:24:29: error: Role `deploy` grants `admin` on `acme/payments-api` to "
            "`team:acme/deployers` [admin-grant]") in done.stdout
    assert f"oamlint: downloading {opa_mirror.url}/v{OPA_VERSION}/{ASSET}\n" in done.stderr
    assert (tmp_path / "cache" / "opa" / f"v{OPA_VERSION}" / "opa").is_file()
