"""`oamlint rules`: the rule catalogue."""

from __future__ import annotations

from oamlint import stdout
from oamlint.catalogue import load_catalogue


def run() -> int:
    rules = sorted(load_catalogue().values(), key=lambda r: (r.category, r.slug))
    width = max(len(r.slug) for r in rules)
    cat_width = max(len(r.category) for r in rules)
    lines = [f"{'RULE':<{width}}  {'CATEGORY':<{cat_width}}  {'LEVEL':<7}  DESCRIPTION"]
    lines += [f"{rule.slug:<{width}}  {rule.category:<{cat_width}}  {rule.level:<7}  {rule.description}" for rule in rules]
    stdout.write("".join(f"{line}\n" for line in lines))
    return 0
