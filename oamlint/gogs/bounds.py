"""Stand-in for oamlint.limits (issue 8a) until it is merged: the same names, defaults and messages.

`current()[name]` is a limit's value; `fatal(name, subject, actual, needed)` is the exit-2 error for it.
"""

from __future__ import annotations

from oamlint.errors import FatalError

MiB = 1 << 20
_VALUES = {"backupEntryBytes": 256 * MiB, "backupExpansionRatio": 200, "tableRows": 1_000_000,
           "exportBytes": 128 * MiB}


def current() -> dict[str, int]:
    return _VALUES


def fatal(name: str, subject: str, actual: str = "", needed: int | None = None) -> FatalError:
    amount = f" ({actual})" if actual else ""
    return FatalError(f"{subject} exceeds the `{name}` limit of {_VALUES[name]:,}{amount}",
                      f"raise it with `--limit {name}=…` or `limits: {{{name}: …}}` in .oamlint.yaml")
