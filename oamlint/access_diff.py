"""The access a change makes, computed from declared grants.

`diff_grants` compares the grants the specs declare at a base revision with those in the
working tree, one grant per repository × principal × role: added, removed, raised, lowered.
`diff_live` compares the declared grants with what Gogs grants today (repository × principal,
Gogs has no roles); `live_grants` reads those from the holders the policies publish
(`output.held`, from `held` in rego/oamlint/lib/drift.rego): Python does not compute them again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from oamlint.gogs.records import LEVELS
from oamlint.report import GOGS, AccessDiff, AccessGrant, Change, ChangeKind

# Gogs's access modes, by name: the same ranks as `levels` in rego/oamlint/lib/permissions.rego
# (tests/test_agreement.py checks).
PERMISSION_RANK = {name: mode for mode, name in enumerate(LEVELS)}
OWNERS_VIA = "owners-team"  # `via` of the Owners team's holdings in `output.held`


def rank(permission: str) -> int:
    return PERMISSION_RANK.get(permission, 0)


def diff_grants(before: Iterable[AccessGrant], after: Iterable[AccessGrant], against: str) -> AccessDiff:
    """Grants added, removed, raised and lowered, per repository × principal × role."""
    old = _strongest(before, lambda g: (g.repository, g.principal, g.role))
    new = _strongest(after, lambda g: (g.repository, g.principal, g.role))
    changes = [
        _change(key, old.get(key), new.get(key), role=key[2])
        for key in sorted(old.keys() | new.keys())
    ]
    return AccessDiff(against, tuple(c for c in changes if c is not None))


def diff_live(declared: Iterable[AccessGrant], live: Mapping[tuple[str, str], str], against: str = GOGS) -> AccessDiff:
    """What applying the specs would change in Gogs, per repository × principal.

    `live` maps (repository, principal) to the permission Gogs grants today; only repositories
    the specs declare are compared (undeclared ones are the drift rules' business).
    """
    wanted = _strongest(declared, lambda g: (g.repository, g.principal))
    repositories = {repository for repository, _ in wanted}
    today = {
        key: AccessGrant(key[0], key[1], "", permission)
        for key, permission in live.items() if key[0] in repositories
    }
    changes = [_change(key, today.get(key), wanted.get(key)) for key in sorted(today.keys() | wanted.keys())]
    return AccessDiff(against, tuple(c for c in changes if c is not None))


def live_grants(held: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """(repository, principal) → the permission Gogs grants today, from OPA's `output.held`.

    `held` items are {repository, principal, permission, via}: team grants (`team:<org>/<team>`)
    and collaborators (`user:<name>`). In the specs' words (`owner` is `admin`). The Owners
    team is left out: it holds every repository of its organisation by design, and the specs
    keep admin there. Parts the export could not see hold nothing.
    """
    found: dict[tuple[str, str], str] = {}
    for item in held:
        if item.get("via") == OWNERS_VIA:
            continue
        key, permission = (str(item["repository"]), str(item["principal"])), str(item["permission"])
        permission = "admin" if permission == "owner" else permission
        if rank(permission) > rank(found.get(key, "none")):
            found[key] = permission
    return found


def _strongest(grants: Iterable[AccessGrant], key: Any) -> dict[Any, AccessGrant]:
    """One grant per key: the strongest, first written wins a tie (grants come sorted by file)."""
    chosen: dict[Any, AccessGrant] = {}
    for grant in grants:
        k = key(grant)
        if k not in chosen or rank(grant.permission) > rank(chosen[k].permission):
            chosen[k] = grant
    return chosen


def _change(key: tuple[str, ...], old: AccessGrant | None, new: AccessGrant | None, role: str = "") -> Change | None:
    before = old.permission if old else ""
    after = new.permission if new else ""
    if before == after:
        return None
    if not before:
        kind: ChangeKind = "added"
    elif not after:
        kind = "removed"
    else:
        kind = "raised" if rank(after) > rank(before) else "lowered"
    where = new or old
    assert where is not None
    file, line = (where.file, where.line) if new else ("", 0)  # a removed grant has no line in the change
    return Change(kind, key[0], key[1], role, before, after, file, line)
