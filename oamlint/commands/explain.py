"""`oamlint explain RULE`: print the rule's README."""

from __future__ import annotations

import difflib

from oamlint import stdout
from oamlint.catalogue import load_catalogue
from oamlint.errors import FatalError


def run(*, rule: str) -> int:
    """Print RULE's README. Raises FatalError for an unknown rule (with the closest match)."""
    catalogue = load_catalogue()
    if rule not in catalogue:
        close = difflib.get_close_matches(rule, catalogue, n=1)
        hint = f"did you mean `{close[0]}`?" if close else "`oamlint rules` lists every rule"
        raise FatalError(f"no rule named `{rule}`", hint)
    stdout.write(catalogue[rule].readme.read_text(encoding="utf-8"))
    return 0
