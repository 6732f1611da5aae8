"""`oamlint rules`: the rule catalogue."""

from __future__ import annotations

import click

from oamlint.catalogue import load_catalogue


def run() -> int:
    rules = sorted(load_catalogue().values(), key=lambda r: (r.category, r.slug))
    width = max(len(r.slug) for r in rules)
    cat_width = max(len(r.category) for r in rules)
    click.echo(f"{'RULE':<{width}}  {'CATEGORY':<{cat_width}}  {'LEVEL':<7}  DESCRIPTION")
    for rule in rules:
        click.echo(f"{rule.slug:<{width}}  {rule.category:<{cat_width}}  {rule.level:<7}  {rule.description}")
    return 0
