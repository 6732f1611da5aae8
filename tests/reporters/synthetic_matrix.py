"""A generated access matrix of any size, for the browser test and bench/bench_html.py.

`organizations` organisations share the repositories and teams round-robin; users are not in an
organisation. Each cell gets a state drawn with a fixed seed, and declared and actual levels
that agree with it, so filters and sorting have something to work on.
"""

from __future__ import annotations

import datetime
import random

from oamlint.reporters import html
from oamlint.reporters.matrix import LEVELS, Cell, Matrix, Principal, Repository

NOW = datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc)
STATE_WEIGHTS = {"declared": 70, "more": 5, "less": 5, "undeclared": 12, "unknown": 1, "owners": 7}


def repository_name(index: int, organizations: int = 4) -> str:
    return f"org-{index % organizations}/repo-{index:04d}"


def matrix(repositories: int = 2000, principals: int = 300, density: float = 1.0, organizations: int = 4,
           seed: int = 7) -> Matrix:
    """`density`: the share of repository × principal pairs that have a cell."""
    rng = random.Random(seed)
    repos = tuple(Repository(repository_name(i, organizations), f"org-{i % organizations}",
                             "public" if i % 9 == 0 else "private") for i in range(repositories))
    teams = principals * 2 // 3
    people = tuple(Principal(f"team:org-{i % organizations}/team-{i:03d}", "team", f"org-{i % organizations}")
                   for i in range(teams))
    people += tuple(Principal(f"user:user-{i:03d}", "user", "", known=i % 50 != 0) for i in range(principals - teams))
    states, weights = list(STATE_WEIGHTS), list(STATE_WEIGHTS.values())
    pairs = [(r, p) for r in range(repositories) for p in range(principals) if density >= 1.0 or rng.random() < density]
    drawn = rng.choices(states, weights, k=len(pairs))
    levels = [tuple(sorted(rng.sample(range(1, 5), 2))) for _ in range(64)]
    cells = []
    for n, (r, p) in enumerate(pairs):
        state = drawn[n] if people[p].known else "unknown"
        declared, actual = _levels(state, *levels[n % 64])
        path = (f"{actual} through team {people[p].name[5:]}",) if actual != "none" else ()
        cells.append(Cell(r, p, declared, actual, state, path, (f"{declared} by role deploy at apps/a.yaml:{r + 1}",)))
    return Matrix(repos, people, tuple(cells))


def _levels(state: str, low: int, high: int) -> tuple[str, str]:
    return {
        "declared": (LEVELS[low], LEVELS[low]), "more": (LEVELS[low], LEVELS[high]),
        "less": (LEVELS[high], LEVELS[low]), "undeclared": ("none", LEVELS[low]),
        "unknown": (LEVELS[low], "none"), "owners": ("none", "owner"),
    }[state]


def page(m: Matrix) -> str:
    """The report page around a generated matrix (no findings, no waivers)."""
    audit = html.Audit(
        title="Access audit (generated)", version="0", generated="2026-12-01 00:00 UTC",
        verdict={"kind": "warn", "badge": "Warnings", "findings": "No findings.", "access": ""},
        facts=[], source="backup", gaps=[], matrix=m, findings=[], rules={}, waivers=[], moment=NOW,
    )
    return html.page(audit)
