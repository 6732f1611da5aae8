"""`oamlint opa install`: put the pinned OPA into oamlint's cache now (for images and CI caches)."""

from __future__ import annotations

from oamlint import provision, stdout


def run() -> int:
    """Fetch (or build) OPA into the cache unless it is there; prints its path on stdout.

    Raises FatalError when it can be neither downloaded nor built.
    """
    stdout.write(f"{provision.install(reason='`oamlint opa install`')}\n")
    return 0
