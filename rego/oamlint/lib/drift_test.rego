package oamlint.lib.drift_test

import data.oamlint.lib.drift
import data.oamlint.lib.permissions

# A small Gogs export, shared by the drift rules' tests (data.oamlint.lib.drift_test.export):
#   acme: Owners [alice]; devs write [bob, carol] on acme/api and acme/site; auditors read [carol] on acme/api
#   acme/api private, frank a collaborator with admin, deploy key `ci` added 2025-06-01
#   acme/ledger private, declared by no spec in the tests; acme/site public
#   oscar a site administrator; bob's token last used 2025-12-20, alice's never
#   sign-in: bob through `Okta LDAP`, frank through `GitHub`, the others local; carol and oscar have 2FA
export := {
	"schemaVersion": "oamlint.gogs-export/2",
	"provenance": {
		"source": "backup", "location": "gogs-backup.zip", "gogsVersion": "0.14.3",
		"collectedAt": "2026-01-01T00:00:00Z", "collectedBy": "local:root", "sourceTime": null,
		"sha256": "0000000000000000000000000000000000000000000000000000000000000000",
	},
	"coverage": {"complete": true, "missing": []},
	"users": [user("alice", false), user("bob", false), user("carol", false), user("frank", false), user("oscar", true)],
	"organizations": [{
		"name": "acme", "fullName": "Acme", "owners": ["alice"], "members": ["alice", "bob", "carol"],
		"teams": [
			{"name": "Owners", "permission": "owner", "members": ["alice"], "repositories": ["acme/api", "acme/ledger", "acme/site"]},
			{"name": "auditors", "permission": "read", "members": ["carol"], "repositories": ["acme/api"]},
			{"name": "devs", "permission": "write", "members": ["bob", "carol"], "repositories": ["acme/api", "acme/site"]},
		],
		"webhooks": [],
	}],
	"repositories": [
		repository("api", "private", [{"user": "frank", "permission": "admin"}], [{
			"title": "ci", "fingerprint": "SHA256:x", "readOnly": true, "created": "2025-06-01T00:00:00Z",
		}]),
		repository("ledger", "private", [], []),
		repository("site", "public", [], []),
	],
	"accessTokens": [
		{"user": "alice", "name": "laptop", "created": "2025-12-01T00:00:00Z", "lastUsed": null},
		{"user": "bob", "name": "ci", "created": "2025-01-01T00:00:00Z", "lastUsed": "2025-12-20T00:00:00Z"},
	],
	"effectiveAccess": [
		access("alice", "acme/api", "owner", [{"via": "owners-team", "permission": "owner", "team": "Owners"}]),
		access("bob", "acme/api", "write", [{"via": "team", "permission": "write", "team": "devs"}]),
		access("carol", "acme/api", "write", [
			{"via": "team", "permission": "read", "team": "auditors"},
			{"via": "team", "permission": "write", "team": "devs"},
		]),
		access("frank", "acme/api", "admin", [{"via": "collaborator", "permission": "admin"}]),
		access("alice", "acme/ledger", "owner", [{"via": "owners-team", "permission": "owner", "team": "Owners"}]),
		access("*", "acme/site", "read", [{"via": "public", "permission": "read"}]),
		access("bob", "acme/site", "write", [{"via": "public", "permission": "read"}, {"via": "team", "permission": "write", "team": "devs"}]),
	],
}

user(name, admin) := {
	"name": name, "fullName": name, "siteAdmin": admin, "active": true, "lastLogin": null,
	"signIn": object.get(sign_in, name, {"kind": "local", "source": null}), "twoFactor": name in {"carol", "oscar"},
}

# bob signs in through the `Okta LDAP` source, frank through `GitHub`; the others with a local password, of
# whom carol and oscar have a second factor.
sign_in := {"bob": {"kind": "ldap", "source": "Okta LDAP"}, "frank": {"kind": "github", "source": "GitHub"}}

repository(name, visibility, collaborators, keys) := {
	"fullName": sprintf("acme/%s", [name]), "owner": "acme", "name": name, "ownerKind": "organization",
	"visibility": visibility, "collaborators": collaborators, "deployKeys": keys, "webhooks": [],
}

access(user, repository, permission, grants) := {
	"user": user, "repository": repository, "permission": permission, "gitPermission": permission, "grants": grants,
}

# What the API collector gives for the same instance: no team repositories, no tokens, no site
# administrators, no private repositories.
api_export := object.union(export, {
	"provenance": object.union(export.provenance, {"source": "api"}),
	"coverage": {"complete": false, "missing": [
		{"part": "accessTokens", "reason": "no tokens"},
		{"part": "effectiveAccess.teams", "reason": "no team repositories"},
		{"part": "organizations", "reason": "no organisation list"},
		{"part": "repositories.private", "reason": "no private repositories"},
		{"part": "teams.repositories", "reason": "no team repositories"},
		{"part": "users.siteAdmin", "reason": "no site administrators"},
		{"part": "users.signIn", "reason": "no sign-in sources"},
		{"part": "users.twoFactor", "reason": "no second factors"},
	]},
	"users": [object.union(u, {"siteAdmin": null, "signIn": null, "twoFactor": null}) | some u in export.users],
	"organizations": [object.union(export.organizations[0], {"teams": [object.union(t, {"repositories": null}) |
		some t in export.organizations[0].teams
	]})],
	"repositories": [r | some r in export.repositories; r.visibility == "public"],
	"accessTokens": null,
	"effectiveAccess": [e | some e in export.effectiveAccess; e.repository == "acme/site"; e.user == "*"],
})

# What the API collector gives when it also looked names up (`drift --gogs-url` with specs):
# the repositories among `repos` that exist, private ones included, and `lookups` naming what it
# asked for (found or not).
looked_up_export(repos, orgs) := object.union(api_export, {
	"lookups": {"repositories": repos, "organizations": orgs},
	"repositories": [r | some r in export.repositories; visible(r, repos)],
})

visible(repo, _) if repo.visibility == "public"

visible(repo, repos) if repo.fullName in repos

# An Application with one component and its git-access trait.
app(id, component, repository, roles) := {"id": id, "kind": "Application", "document": {
	"apiVersion": "core.oam.dev/v1beta1",
	"kind": "Application",
	"spec": {"components": [{
		"name": component,
		"type": "webservice",
		"traits": [{"type": "git-access", "properties": {"repository": repository, "roles": roles}}],
	}]},
}}

config := {"gogs": {"url": "https://git.example.com", "orgs": ["acme"]}}

now := "2026-01-01T00:00:00Z"

# envelope(documents, gogs): the input oamlint sends, with the test config and clock.
envelope(documents, gogs) := {"documents": documents, "gogs": gogs, "config": config, "now": now}

# The specs most tests start from: acme/api and acme/site declared as Gogs has them, acme/ledger not.
api_roles := {
	"deploy": {"permission": "write", "teams": ["acme/devs"]},
	"audit": {"permission": "read", "teams": ["acme/auditors"]},
	"oncall": {"permission": "admin", "users": ["frank"]},
}

site_roles := {"deploy": {"permission": "write", "teams": ["acme/devs"]}}

specs := [app("api.yaml#0", "api", "acme/api", api_roles), app("site.yaml#0", "site", "acme/site", site_roles)]

test_declared_lists_one_grant_per_principal_with_its_entry_path if {
	declared := drift.declared with input as envelope(
		[app("a.yaml#0", "api", "Acme/API", {"deploy": {
			"permission": "write",
			"teams": ["acme/devs"],
			"users": ["Bob", "*"],
		}})],
		export,
	)
	{[g.principal, g.key, g.repo, g.level, g.entry] | some g in declared} == {
		["team:acme/devs", "team:acme/devs", "acme/api", 2, ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "teams", 0]],
		["user:Bob", "user:bob", "acme/api", 2, ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "users", 0]],
	}
}

test_declared_is_empty_without_an_export if {
	count(drift.declared) == 0 with input as envelope(specs, null)
	count(drift.held) == 0 with input as envelope(specs, null)
	count(drift.declared_repositories) == 0 with input as envelope(specs, null)
}

test_declared_leaves_out_grants_past_their_until if {
	roles := {
		"old": {"permission": "write", "users": ["bob"], "until": "2025-12-31"},
		"today": {"permission": "write", "users": ["carol"], "until": "2026-01-01"},
		"later": {"permission": "write", "users": ["frank"], "until": "2026-01-01T12:00:00Z"},
		"bad": {"permission": "write", "users": ["oscar"], "until": "soon"},
	}
	declared := drift.declared with input as envelope([app("a.yaml#0", "api", "acme/api", roles)], export)
	{g.principal | some g in declared} == {"user:carol", "user:frank", "user:oscar"}
}

test_held_lists_teams_owners_and_collaborators if {
	held := drift.held with input as envelope([], export)
	{[h.principal, h.repository, h.permission, h.via] | some h in held} == {
		["team:acme/Owners", "acme/api", "owner", "owners-team"],
		["team:acme/Owners", "acme/ledger", "owner", "owners-team"],
		["team:acme/Owners", "acme/site", "owner", "owners-team"],
		["team:acme/auditors", "acme/api", "read", "team"],
		["team:acme/devs", "acme/api", "write", "team"],
		["team:acme/devs", "acme/site", "write", "team"],
		["user:frank", "acme/api", "admin", "collaborator"],
	}
}

test_held_without_team_repositories_keeps_owners_and_collaborators if {
	held := drift.held with input as envelope([], api_export)
	{[h.principal, h.repository] | some h in held} == {["team:acme/Owners", "acme/site"]}
}

test_declared_for_a_user_includes_the_teams_they_are_in if {
	found := drift.declared_for("acme/api", "user:carol") with input as envelope(specs, export)
	{g.principal | some g in found} == {"team:acme/devs", "team:acme/auditors"}
}

test_declared_for_a_team_is_only_what_names_it if {
	found := drift.declared_for("acme/api", "team:acme/devs") with input as envelope(specs, export)
	{g.role | some g in found} == {"deploy"}
}

test_highest_prefers_the_higher_level_then_the_principal_itself_then_the_first_place if {
	grants := {
		{"level": 1, "key": "user:bob", "document": "a", "entry": [0], "role": "read"},
		{"level": 2, "key": "user:bob", "document": "b", "entry": [0], "role": "later"},
		{"level": 2, "key": "team:acme/devs", "document": "a", "entry": [0], "role": "team"},
		{"level": 2, "key": "user:bob", "document": "a", "entry": [1], "role": "first"},
	}
	drift.highest(grants, "user:bob").role == "first"
	drift.highest(grants, "user:carol").role == "team"
}

test_binding_of_is_the_first_place_a_repository_is_named if {
	docs := [app("b.yaml#0", "second", "acme/api", {}), app("a.yaml#0", "first", "acme/api", {})]
	binding := drift.binding_of("acme/api") with input as envelope(docs, export)
	binding.component == "first"
}

test_granted_for_teams if {
	given := envelope([], export)
	drift.granted({"key": "team:acme/devs", "repo": "acme/api"}) == 2 with input as given
	drift.granted({"key": "team:acme/owners", "repo": "acme/ledger"}) == 4 with input as given
	drift.granted({"key": "team:acme/auditors", "repo": "acme/ledger"}) == 0 with input as given
	drift.granted({"key": "team:acme/auditors", "repo": "acme/site"}) == 1 with input as given
}

test_granted_for_users if {
	given := envelope([], export)
	drift.granted({"key": "user:carol", "repo": "acme/api"}) == 2 with input as given
	drift.granted({"key": "user:frank", "repo": "acme/ledger"}) == 0 with input as given
	drift.granted({"key": "user:frank", "repo": "acme/site"}) == 1 with input as given
}

test_granted_is_undefined_when_the_export_cannot_tell if {
	not drift.granted({"key": "team:acme/devs", "repo": "acme/site"}) with input as envelope([], api_export)
	not drift.granted({"key": "team:acme/nobody", "repo": "acme/api"}) with input as envelope([], export)
	not drift.granted({"key": "user:zoe", "repo": "acme/api"}) with input as envelope([], export)
	not drift.granted({"key": "user:bob", "repo": "acme/nowhere"}) with input as envelope([], export)
}

test_unseen_names_the_missing_parts_asked_for if {
	drift.unseen({"accessTokens", "users.active"}) == {"accessTokens"} with input as envelope([], api_export)
	drift.unseen({"accessTokens"}) == set() with input as envelope([], export)
}

test_level_name if {
	permissions.level_name(3) == "admin"
}

test_lookups_name_every_bound_repository_and_every_organisation_named if {
	roles := {"deploy": {"permission": "write", "teams": ["platform/devs", "*"]}}
	specs_and_policy := array.concat(specs, [app("x.yaml#0", "x", "other/x", roles)])
	lookups := drift.lookups with input as envelope(specs_and_policy, null)
	lookups == {
		"repositories": ["acme/api", "acme/site", "other/x"],
		"organizations": ["acme", "other", "platform"],
	}
}

test_a_repository_looked_up_and_not_found_is_judged if {
	gone := [app("gone.yaml#0", "gone", "acme/gone", {})]
	count(drift.unjudged_repositories) == 0 with input as envelope(gone, looked_up_export(["acme/gone"], []))
	drift.unjudged_repositories == {"acme/gone"} with input as envelope(gone, api_export)
	drift.unseen_private == {"repositories.private"} with input as envelope(gone, api_export)
}
