"""Properties of effective access over generated Gogs data (hypothesis), through the export oamlint builds.

For any snapshot — users (some site administrators), organisations with teams (an `Owners` team among them),
repositories owned by either, team members, team repositories and collaborators with any access mode, duplicates
and dangling ids included — adding one grant never lowers anyone's access to any repository, in the web/API sense
(`permission`) or the git sense (`gitPermission`), and the export does not depend on the order of the rows.
"""

from __future__ import annotations

import dataclasses
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from oamlint.gogs import records as r
from oamlint.gogs.build import build_content
from oamlint.gogs.effective_access import EVERYONE, OWNERS_TEAM

USERS = range(1, 6)
ORGS = range(10, 13)
REPOS = range(100, 108)
TEAMS = range(200, 208)
MODES = st.integers(r.NONE, r.OWNER)


@st.composite
def snapshots(draw: st.DrawFn) -> r.Snapshot:
    users = [r.Account(i, f"user{i}", "", False, draw(st.booleans()), True) for i in USERS]
    orgs = [r.Account(i, f"org{i}", "", True, False, True) for i in ORGS]
    owners = list(USERS) + list(ORGS)
    repos = [r.Repo(i, draw(st.sampled_from(owners)), f"repo{i}", draw(st.booleans()), draw(st.booleans()))
             for i in draw(st.lists(st.sampled_from(REPOS), unique=True, max_size=len(REPOS)))]
    teams = []
    for i in draw(st.lists(st.sampled_from(TEAMS), unique=True, max_size=len(TEAMS))):
        org = draw(st.sampled_from(ORGS))
        named = {team.name for team in teams if team.org_id == org}
        name = OWNERS_TEAM if OWNERS_TEAM not in named and draw(st.booleans()) else f"team{i}"
        teams.append(r.Team(i, org, name, r.OWNER if name == OWNERS_TEAM else draw(MODES)))
    ids = st.sampled_from([*USERS, 99])  # 99: a dangling id, as a damaged or hostile source may hold
    team_ids = st.sampled_from([*TEAMS])
    return r.Snapshot(
        accounts=tuple(users + orgs), repos=tuple(repos), teams=tuple(teams),
        collaborations=tuple(draw(st.lists(st.builds(r.Collaboration, st.sampled_from(REPOS), ids, MODES),
                                           max_size=12))),
        deploy_keys=(), webhooks=(),
        team_members=tuple(draw(st.lists(st.builds(r.TeamMember, team_ids, ids), max_size=12))),
        team_repos=tuple(draw(st.lists(st.builds(r.TeamRepo, team_ids, st.sampled_from(REPOS)), max_size=12))),
        org_members=tuple(draw(st.lists(st.builds(r.OrgMember, st.sampled_from(ORGS), ids), max_size=6))),
        tokens=(),
    )


def _with_grant(snapshot: r.Snapshot, data: st.DataObject) -> r.Snapshot:
    """The snapshot with one more grant of any kind Gogs has."""
    kind = data.draw(st.sampled_from(["collaborator", "team member", "team repository", "site admin"]))
    user = data.draw(st.sampled_from(USERS))
    if kind == "collaborator":
        grant = r.Collaboration(data.draw(st.sampled_from(REPOS)), user, data.draw(MODES))
        return dataclasses.replace(snapshot, collaborations=(*snapshot.collaborations, grant))
    if kind == "team member":
        member = r.TeamMember(data.draw(st.sampled_from(TEAMS)), user)
        return dataclasses.replace(snapshot, team_members=(*(snapshot.team_members or ()), member))
    if kind == "team repository":
        link = r.TeamRepo(data.draw(st.sampled_from(TEAMS)), data.draw(st.sampled_from(REPOS)))
        return dataclasses.replace(snapshot, team_repos=(*(snapshot.team_repos or ()), link))
    accounts = tuple(dataclasses.replace(a, site_admin=True) if a.id == user else a for a in snapshot.accounts)
    return dataclasses.replace(snapshot, accounts=accounts)


def _levels(snapshot: r.Snapshot) -> dict[tuple[str, str, str], int]:
    """(user, repository, permission | gitPermission) -> level, for every user and repository: a user without an
    entry of their own has what everyone (`*`) has, and nothing on a repository with no entry at all."""
    entries = {(e["user"], e["repository"]): e for e in build_content(snapshot)["effectiveAccess"]}
    accounts = {a.id: a for a in snapshot.accounts}
    names = [f"{accounts[p.owner_id].name}/{p.name}" for p in snapshot.repos]
    levels = {}
    for user in (a.name for a in snapshot.accounts if not a.is_org):
        for repository in names:
            for sense in ("permission", "gitPermission"):
                entry = entries.get((user, repository)) or entries.get((EVERYONE, repository))
                levels[(user, repository, sense)] = r.LEVELS.index(entry[sense]) if entry else r.NONE
    return levels


@settings(max_examples=300, deadline=None)
@given(snapshots(), st.data())
def test_adding_a_grant_never_lowers_anyones_access(snapshot: r.Snapshot, data: st.DataObject):
    before = _levels(snapshot)
    after = _levels(_with_grant(snapshot, data))
    lowered = {key: (level, after[key]) for key, level in before.items() if after[key] < level}
    assert lowered == {}


def _shuffled(snapshot: r.Snapshot, rng: random.Random) -> r.Snapshot:
    changes = {}
    for part in dataclasses.fields(snapshot):
        value = getattr(snapshot, part.name)
        if isinstance(value, tuple):
            changes[part.name] = tuple(rng.sample(value, len(value)))
    return dataclasses.replace(snapshot, **changes)


@settings(max_examples=300, deadline=None)
@given(snapshots(), st.randoms(use_true_random=False))
def test_the_export_does_not_depend_on_the_order_of_rows(snapshot: r.Snapshot, rng: random.Random):
    assert build_content(_shuffled(snapshot, rng)) == build_content(snapshot)


def test_the_generated_snapshots_hold_what_the_properties_need():
    """The strategy reaches the interesting cases: public and private repositories of users and organisations,
    Owners teams, site administrators and grants to dangling ids."""
    seen: set[str] = set()

    @settings(max_examples=300, deadline=None)
    @given(snapshots())
    def collect(snapshot: r.Snapshot) -> None:
        kinds = {a.id: a.is_org for a in snapshot.accounts}
        seen.update(f"{'org' if kinds[p.owner_id] else 'user'} {'private' if p.private else 'public'}"
                    for p in snapshot.repos)
        seen.update("owners team" for t in snapshot.teams if t.name == OWNERS_TEAM)
        seen.update("site admin" for a in snapshot.accounts if a.site_admin)
        seen.update("dangling" for c in snapshot.collaborations if c.user_id == 99)

    collect()
    assert seen == {"org private", "org public", "user private", "user public", "owners team", "site admin",
                    "dangling"}
