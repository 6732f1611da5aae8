"""The limits that bound what reading a Gogs backup or database may cost (until oamlint.limits holds them).

Each value is the default of a limit named in SECURITY.md ("Limits"); `exceeded` is the one error for all of them.
"""

from __future__ import annotations

from oamlint.errors import FatalError

BACKUP_ENTRY_BYTES = 512 * 1024**2  # uncompressed bytes of one backup member
BACKUP_EXPANSION_RATIO = 200  # uncompressed / compressed bytes of one member larger than 1 MiB
ROWS_PER_TABLE = 1_000_000  # rows (backup: lines) of one table
EXPORT_BYTES = 256 * 1024**2  # bytes of an export file read with --export


def exceeded(name: str, what: str) -> FatalError:
    """`what` happened, which is past the limit `name`: exit 2, saying how to raise it."""
    return FatalError(f"{what}, past the `{name}` limit",
                      f"if this source is trusted and really that large, raise the `{name}` limit (see SECURITY.md)")
