# METADATA
# description: |
#   What the drift rules share: the Gogs export (`input.gogs`) indexed by lower-case name
#   (Gogs names are case-insensitive), the access the specs declare per repository and
#   principal, the access Gogs holds per repository and holder (the owning organisation's
#   teams and the repository's collaborators), team membership expansion, and the parts of
#   the export its collector could not see. Every set is empty without an export, so the
#   drift rules stay silent in a plain `oamlint check`.
package oamlint.lib.drift

import data.oamlint.lib.access
import data.oamlint.lib.config
import data.oamlint.lib.duration
import data.oamlint.lib.permissions

exported if is_object(input.gogs)

# missing[part]: why the collector could not see `part` (from coverage.missing).
missing[item.part] := item.reason if {
	exported
	some item in input.gogs.coverage.missing
}

# unseen(parts): the parts among `parts` that the export lacks.
unseen(parts) := {part | some part in parts; missing[part]}

# What a collector that cannot list everything (the API) looks up by name, from the specs alone
# (no export needed): every repository a component is bound to, and every organisation that owns
# one of them, that a role's team belongs to, or that `gogs.orgs` lists.
lookups := {
	"repositories": sort({r | some b in access.bindings; r := b.repository; count(split(r, "/")) == 2}),
	"organizations": sort({o | some o in named_organizations; o != ""}),
}

named_organizations contains split(b.repository, "/")[0] if some b in access.bindings

named_organizations contains org if {
	some team in declared_teams
	is_string(team)
	not contains(team, "*")
	[org, _] := split(team, "/")
}

# Every `teams` entry of every role, once (thousands of roles name a few teams).
declared_teams contains team if {
	some role in access.declared_roles
	some team in object.get(role.grant, "teams", [])
}

named_organizations contains org if {
	some org in input.config.gogs.orgs
	is_string(org)
}

# The names the export's collector looked up (lower case): `lookups` of an API export; a name
# looked up and absent from the export does not exist in Gogs.
looked_up[kind] := {lower(name) | some name in input.gogs.lookups[kind]} if {
	exported
	some kind in ["repositories", "organizations"]
}

# Declared repositories the export can say nothing about: not in it, not looked up, and its
# collector cannot list private repositories (they may exist).
unjudged_repositories := {repo |
	missing["repositories.private"]
	some repo in declared_repositories
	not repositories[repo]
	not looked_up.repositories[repo]
}

# unseen_private: {"repositories.private"} when some declared repository is unjudged, else empty.
unseen_private contains "repositories.private" if count(unjudged_repositories) > 0

# unjudged_organization(name): the export lacks the organisation, its collector cannot list
# organisations, and it did not look the name up (so it may exist).
unjudged_organization(name) if {
	missing.organizations
	not organizations[lower(name)]
	not looked_up.organizations[lower(name)]
}

# The export's lists as objects keyed by lower-case name. They are complete rules (built once,
# then looked up by key); a partial rule would scan its list again for every look-up.
repositories := {lower(repo.fullName): repo | exported; some repo in input.gogs.repositories}

users := {lower(user.name): user | exported; some user in input.gogs.users}

organizations := {lower(org.name): org | exported; some org in input.gogs.organizations}

# teams["team:<org>/<team>"] (lower case): the export's team, with its `organization`.
teams := {lower(sprintf("team:%s/%s", [org.name, team.name])): object.union(team, {"organization": org.name}) |
	some org in organizations
	some team in org.teams
}

# effective[[user, repository]] (lower case): the export's effectiveAccess entry. oamlint sends only the
# fields the policies read (oamlint/lint.py POLICY_EFFECTIVE_FIELDS): add a field there before reading it here.
effective := {[lower(entry.user), lower(entry.repository)]: entry | exported; some entry in input.gogs.effectiveAccess}

# Repositories some spec binds a component to (lower case).
declared_repositories := {lower(binding.repository) | exported; some binding in access.bindings}

# bound_in[repo]: the bindings naming a repository (lower case). Grouped through [repo, binding]
# pairs so that OPA indexes the inner comprehension on `repo` (a `lower(...) == repo` test is not indexed).
bound_in := {repo: {b | some [r, b] in bindings_by_repo; r == repo} | some repo in declared_repositories}

bindings_by_repo := {[lower(b.repository), b] | exported; some b in access.bindings}

# binding_of(repo): where a repository is first named (by document, then path), for findings
# about access to it that no role declares.
binding_of(repo) := ranked[0][2] if {
	ranked := sort([[b.document, b.source_path, b] | some b in bound_in[repo]])
	count(ranked) > 0
}

# Every principal a role names, one entry per `teams` or `users` item; wildcards are left to
# broad-principal, and a time-boxed grant past its `until` declares nothing any more.
#   document, path, component, repository, role, permission   as in lib/access declared_roles
#   entry       the path of the item, e.g. [..., "roles", "deploy", "teams", 0]
#   principal   `team:<org>/<team>` or `user:<name>`, as written
#   key, repo   principal and repository in lower case
#   level       permissions.levels[permission]
#   provider    the role's `identity.provider`, or null
declared contains grant if {
	exported
	some role in access.declared_roles
	current(role)
	repo := lower(role.repository) # once per role, not per principal
	level := permissions.levels[role.permission]
	provider := object.get(role.grant, ["identity", "provider"], null)
	some kind, field in {"team": "teams", "user": "users"}
	some i, name in object.get(role.grant, field, [])
	is_string(name)
	not contains(name, "*")
	principal := sprintf("%s:%s", [kind, name])
	grant := {
		"document": role.document,
		"path": role.path,
		"entry": array.concat(role.path, [field, i]),
		"component": role.component,
		"repository": role.repository,
		"repo": repo,
		"role": role.role,
		"permission": role.permission,
		"level": level,
		"principal": principal,
		"key": lower(principal),
		"provider": provider,
	}
}

# A grant without `until`, or whose `until` has not passed (an unreadable one is
# expired-grant's to report, and still counts here).
current(role) if not role.grant.until

current(role) if {
	role.grant.until
	unexpired(role.grant.until)
}

# unexpired(until): `until` has not passed, or cannot be read (parsed once per role).
unexpired(until) := ends >= config.now_ns if {
	ends := duration.ends_ns(until)
} else := true

# declared_on[[repo, key]]: the declarations of one principal on one repository (lower case),
# built in one pass (OPA indexes the inner comprehension on `repo` and `key`), so that a look-up
# by repository and holder reads the few declarations it needs instead of all on the repository.
declared_on := {[repo, key]: {g | some g in declared; g.repo == repo; g.key == key} | some [repo, key] in declared_pairs}

# The (repository, principal) pairs the specs declare, and the highest declaration of each.
declared_pairs contains [grant.repo, grant.key] if some grant in declared

top(repo, key) := highest(declared_on[[repo, key]], key)

# highest(grants, key): the grant with the highest level; on a tie, one naming `key` itself
# rather than a team it is a member of, then the first by document and path.
# (Most holders have one declaration on a repository: that one needs no sorting.)
highest(grants, key) := grant if {
	count(grants) == 1
	some grant in grants
} else := ranked[0][4] if {
	ranked := sort([[0 - g.level, to_number(g.key != key), g.document, g.entry, g] | some g in grants])
	count(ranked) > 0
}

# declared_for(repo, key): the declarations that give the holder `key` access to `repo`: those
# naming it and, for a user, those naming a team the user is a member of (`memberships`).
declared_for(repo, key) := declared_on_or_none(repo, key) | {grant |
	startswith(key, "user:")
	some team in memberships[substring(key, 5, -1)]
	some grant in declared_on[[repo, team]]
}

declared_on_or_none(repo, key) := grants if {
	grants := declared_on[[repo, key]]
} else := set()

# reached(grant): the users (lower case) a declaration names: the user itself, or the team's members.
reached(grant) := {substring(grant.key, 5, -1)} if startswith(grant.key, "user:")

reached(grant) := object.get(members, grant.key, set()) if startswith(grant.key, "team:")

# writes(user, repo): git lets the user (lower case) push to the repository: its effectiveAccess
# entry, site administration left out, is write or more.
writes(user, repo) if permissions.levels[effective[[user, repo]].gitPermission] >= 2

# members[team key]: the team's members (lower case), where the export shows them.
members := {key: {lower(m) | some m in team.members} | some key, team in teams}

# memberships[user]: the keys of the teams a user (lower case) is a member of; members inverted,
# in one pass (OPA indexes the inner comprehension on `user`).
memberships := {user: {key | some [u, key] in member_of; u == user} | some [user, _] in member_of}

member_of := {[user, key] | some key, names in members; some user in names}

# holds[team key]: the repositories a team lists (lower case), where the export shows them.
holds := {key: {lower(r) | some r in team.repositories} | some key, team in teams; is_array(team.repositories)}

# Who holds access in Gogs, per repository (the holders an administrator grants to):
#   repository, principal   Gogs's spelling; repo and key in lower case
#   permission, level       what the holder gets
#   via                     team (the team lists the repository), owners-team (every repository
#                           of the organisation), collaborator
# Owners of user-owned repositories, public read and site administrators are not holders here.
held contains grant if {
	some team in teams
	not permissions.owners(team.name)
	principal := team_principal(team) # once per team, not per repository
	some repository in team.repositories
	grant := holding(repository, principal, team.permission, "team")
}

held contains grant if {
	some team in teams
	permissions.owners(team.name)
	principal := team_principal(team)
	organization := lower(team.organization)
	some repo in repositories
	lower(repo.owner) == organization
	grant := holding(repo.fullName, principal, "owner", "owners-team")
}

held contains grant if {
	some repo in repositories
	some collaborator in repo.collaborators
	grant := holding(repo.fullName, sprintf("user:%s", [collaborator.user]), collaborator.permission, "collaborator")
}

team_principal(team) := sprintf("team:%s/%s", [team.organization, team.name])

holding(repository, principal, permission, via) := {
	"repository": repository,
	"repo": lower(repository),
	"principal": principal,
	"key": lower(principal),
	"permission": permission,
	"level": permissions.levels[permission],
	"via": via,
}

# granted(grant): the level Gogs gives a declared principal on the declared repository, public
# read included; undefined when the principal or the repository is not in the export, or when
# the export cannot tell (a team's repositories not visible).
granted(grant) := max({team_level(grant), public_level(grant.repo)}) if startswith(grant.key, "team:")

granted(grant) := max({user_level(grant), public_level(grant.repo)}) if startswith(grant.key, "user:")

team_level(grant) := level if {
	team := teams[grant.key]
	permissions.owners(team.name)
	repo := repositories[grant.repo]
	level := 4 * to_number(lower(repo.owner) == lower(team.organization))
} else := permissions.levels[team.permission] if {
	team := teams[grant.key]
	repositories[grant.repo]
	holds[grant.key][grant.repo]
} else := 0 if {
	repositories[grant.repo]
	holds[grant.key]
}

# What git enforces for a user (site administration left out): their effectiveAccess entry.
user_level(grant) := permissions.levels[entry.gitPermission] if {
	entry := effective[[substring(grant.key, 5, -1), grant.repo]]
} else := 0 if {
	users[substring(grant.key, 5, -1)]
	repositories[grant.repo]
}

public_level(repo) := 1 if repositories[repo].visibility != "private"

public_level(repo) := 0 if repositories[repo].visibility == "private"
