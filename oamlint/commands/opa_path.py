"""`oamlint opa path`: where the provisioned OPA lives (for CI caches and container images)."""

from __future__ import annotations

from oamlint import opa_cache, stdout


def run() -> int:
    """Print `<cache>/opa/v<version>/opa`; the file may not exist yet (`oamlint opa install` makes it)."""
    stdout.write(f"{opa_cache.cached_binary()}\n")
    return 0
