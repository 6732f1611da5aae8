package oamlint.rules.drift["unknown-principal_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["unknown-principal"] as rule

with_roles(roles, export) := fixture.envelope([fixture.app("api.yaml#0", "api", "acme/api", roles)], export)

test_success_when_every_principal_exists if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, fixture.export)
}

test_success_names_are_case_insensitive if {
	roles := {"deploy": {"permission": "write", "teams": ["ACME/Devs"], "users": ["Bob"]}}
	count(rule.report) == 0 with input as with_roles(roles, fixture.export)
}

test_fail_unknown_user_at_its_entry if {
	roles := {"oncall": {"permission": "write", "users": ["frank", "zoe"]}}
	violations := rule.report with input as with_roles(roles, fixture.export)
	violations == {{
		"category": "drift",
		"rule": "unknown-principal",
		"document": "api.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "oncall", "users", 1],
		"message": "Role `oncall` on `acme/api` names `user:zoe`, but Gogs has no user `zoe`",
		"properties": {"repository": "acme/api", "principal": "user:zoe", "role": "oncall", "component": "api"},
	}}
}

test_fail_unknown_team_of_a_known_organisation if {
	roles := {"test": {"permission": "read", "teams": ["acme/ci"]}}
	violations := rule.report with input as with_roles(roles, fixture.api_export)
	[v.message | some v in violations] == ["Role `test` on `acme/api` names `team:acme/ci`, but organisation `acme` has no team `ci` in Gogs"]
}

test_fail_team_of_an_unknown_organisation if {
	roles := {"test": {"permission": "read", "teams": ["umbrella/ci"]}}
	violations := rule.report with input as with_roles(roles, fixture.export)
	[v.message | some v in violations] == ["Role `test` on `acme/api` names `team:umbrella/ci`, but Gogs has no organisation `umbrella`"]
}

test_success_organisation_the_api_could_not_list_is_not_judged if {
	roles := {"test": {"permission": "read", "teams": ["umbrella/ci", "acme/devs"]}}
	count(rule.report) == 0 with input as with_roles(roles, fixture.api_export)
	rule.unevaluated == {"organizations"} with input as with_roles(roles, fixture.api_export)
}

test_success_unevaluated_only_when_an_organisation_was_not_found if {
	rule.unevaluated == set() with input as fixture.envelope(fixture.specs, fixture.api_export)
}

test_success_without_an_export if {
	count(rule.report) == 0 with input as with_roles({"oncall": {"users": ["zoe"]}}, null)
}

test_fail_team_of_an_organisation_the_api_looked_up_and_did_not_find if {
	roles := {"test": {"permission": "read", "teams": ["umbrella/ci", "acme/devs"]}}
	export := fixture.looked_up_export(["acme/api"], ["acme", "umbrella"])
	violations := rule.report with input as with_roles(roles, export)
	[v.message | some v in violations] == ["Role `test` on `acme/api` names `team:umbrella/ci`, but Gogs has no organisation `umbrella`"]
	rule.unevaluated == set() with input as with_roles(roles, export)
}
