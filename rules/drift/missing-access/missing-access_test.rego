package oamlint.rules.drift["missing-access_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["missing-access"] as rule

test_success_when_gogs_grants_what_is_declared if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, fixture.export)
}

test_fail_team_without_the_repository if {
	roles := {"audit": {"permission": "read", "teams": ["acme/auditors"]}}
	specs := [fixture.app("ledger.yaml#0", "ledger", "acme/ledger", roles)]
	violations := rule.report with input as fixture.envelope(specs, fixture.export)
	violations == {{
		"category": "drift",
		"rule": "missing-access",
		"document": "ledger.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "audit", "permission"],
		"message": "Role `audit` declares `read` on `acme/ledger` for `team:acme/auditors`, but Gogs grants no access",
		"properties": {"repository": "acme/ledger", "principal": "team:acme/auditors", "role": "audit", "component": "ledger"},
	}}
}

test_fail_user_with_public_read_only if {
	roles := object.union(fixture.site_roles, {"oncall": {"permission": "write", "users": ["frank"]}})
	specs := [fixture.app("site.yaml#0", "site", "acme/site", roles)]
	violations := rule.report with input as fixture.envelope(specs, fixture.export)
	[v.message | some v in violations] == ["Role `oncall` declares `write` on `acme/site` for `user:frank`, but Gogs grants only `read`"]
}

test_fail_once_per_principal_at_the_highest_declaration if {
	roles := {
		"deploy": {"permission": "write", "teams": ["acme/auditors"]},
		"audit": {"permission": "read", "teams": ["acme/auditors"]},
	}
	specs := [fixture.app("ledger.yaml#0", "ledger", "acme/ledger", roles)]
	violations := rule.report with input as fixture.envelope(specs, fixture.export)
	[v.properties.role | some v in violations] == ["deploy"]
}

test_success_public_read_satisfies_a_read_declaration if {
	roles := {"audit": {"permission": "read", "teams": ["acme/auditors"], "users": ["frank"]}}
	specs := [fixture.app("site.yaml#0", "site", "acme/site", roles)]
	count(rule.report) == 0 with input as fixture.envelope(specs, fixture.export)
}

test_success_unknown_principals_and_repositories_are_left_to_other_rules if {
	specs := [
		fixture.app("a.yaml#0", "api", "acme/api", {"deploy": {"permission": "write", "teams": ["acme/nobody"], "users": ["zoe"]}}),
		fixture.app("b.yaml#0", "gone", "acme/gone", {"deploy": {"permission": "write", "teams": ["acme/devs"]}}),
	]
	count(rule.report) == 0 with input as fixture.envelope(specs, fixture.export)
}

test_success_when_the_api_export_cannot_tell if {
	# The API export shows no team repositories, and a user's access may come through a team.
	roles := object.union(fixture.site_roles, {"oncall": {"permission": "write", "users": ["frank"]}})
	specs := [fixture.app("site.yaml#0", "site", "acme/site", roles)]
	count(rule.report) == 0 with input as fixture.envelope(specs, fixture.api_export)
	rule.unevaluated == {"teams.repositories", "effectiveAccess.teams"} with input as fixture.envelope(specs, fixture.api_export)
}

test_fail_owners_team_is_known_even_from_the_api if {
	specs := [fixture.app("site.yaml#0", "site", "acme/site", {"deploy": {"permission": "write", "teams": ["acme/Owners"]}})]
	export := json.patch(fixture.api_export, [{"op": "replace", "path": "/repositories/0/owner", "value": "other"}])
	violations := rule.report with input as fixture.envelope(specs, export)
	[v.message | some v in violations] == ["Role `deploy` declares `write` on `acme/site` for `team:acme/Owners`, but Gogs grants only `read`"]
}

test_success_without_an_export if {
	specs := [fixture.app("ledger.yaml#0", "ledger", "acme/ledger", {"audit": {"teams": ["acme/auditors"]}})]
	count(rule.report) == 0 with input as fixture.envelope(specs, null)
}

test_unevaluated_private_repositories_only_when_a_declared_one_was_not_looked_up if {
	rule.unevaluated == {"teams.repositories", "effectiveAccess.teams", "repositories.private"} with input as fixture.envelope(fixture.specs, fixture.api_export)
	export := fixture.looked_up_export(["acme/api", "acme/site"], ["acme"])
	rule.unevaluated == {"teams.repositories", "effectiveAccess.teams"} with input as fixture.envelope(fixture.specs, export)
}
