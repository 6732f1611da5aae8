# METADATA
# description: |
#   Gogs permissions, ranked, and the Owners team: the one home of these facts in Rego.
#   The specs declare `read`, `write` or `admin`; Gogs also has `owner` (what the Owners team
#   and a repository's owner hold). Python knows the same two facts where it reads Gogs itself:
#   the ranks are Gogs's access modes (`LEVELS` in oamlint/gogs/records.py, which the access
#   diff ranks by), and the collector computes effective access with `OWNERS_TEAM`
#   (oamlint/gogs/effective_access.py); tests/test_agreement.py checks that they agree.
package oamlint.lib.permissions

# Permission names, lowest first.
levels := {"none": 0, "read": 1, "write": 2, "admin": 3, "owner": 4}

# The team Gogs gives `owner` on every repository of its organisation.
owners_team := "Owners"

# owners(team): `team` (a team name, any case) is an organisation's Owners team.
owners(team) if lower(team) == lower(owners_team)

# level_name(level): the name of a level, for messages.
level_name(level) := [name | some name, l in levels; l == level][0]
