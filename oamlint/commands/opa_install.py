"""`oamlint opa install`: put the pinned OPA into oamlint's cache now (for images and CI caches)."""

from __future__ import annotations

import click

from oamlint import provision


def run() -> int:
    """Fetch (or build) OPA into the cache unless it is there; prints its path on stdout.

    Raises FatalError when it can be neither downloaded nor built.
    """
    click.echo(provision.install(reason="`oamlint opa install`"))
    return 0
