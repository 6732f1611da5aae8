"""`oamlint opa path`: where the provisioned OPA lives (for CI caches and container images)."""

from __future__ import annotations

import click

from oamlint import opa_cache


def run() -> int:
    """Print `<cache>/opa/v<version>/opa`; the file may not exist yet (`oamlint opa install` makes it)."""
    click.echo(opa_cache.cached_binary())
    return 0
