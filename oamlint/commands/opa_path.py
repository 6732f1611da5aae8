"""`oamlint opa path`: where the provisioned OPA lives (for CI caches and container images)."""

from __future__ import annotations

import click

from oamlint import provision


def run() -> int:
    """Print `<cache>/opa/v<version>/opa`; the file may not exist yet (`oamlint opa install` makes it)."""
    click.echo(provision.cached_binary())
    return 0
