# METADATA
# description: |
#   Gogs permissions, ranked, and the Owners team: the one home of these facts in Rego.
#   The specs declare `read`, `write` or `admin`; Gogs also has `owner` (what the Owners team
#   and a repository's owner hold). Python ranks permissions for the access diff with the
#   same table (`PERMISSION_RANK` in oamlint/access_diff.py); tests/test_agreement.py checks
#   that the two agree.
package oamlint.lib.permissions

# Permission names, lowest first.
levels := {"none": 0, "read": 1, "write": 2, "admin": 3, "owner": 4}

# The team Gogs gives `owner` on every repository of its organisation.
owners_team := "Owners"

# owners(team): `team` (a team name, any case) is an organisation's Owners team.
owners(team) if lower(team) == lower(owners_team)

# level_name(level): the name of a level, for messages.
level_name(level) := [name | some name, l in levels; l == level][0]
