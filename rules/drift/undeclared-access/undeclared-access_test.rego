package oamlint.rules.drift["undeclared-access_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["undeclared-access"] as rule

test_success_when_the_specs_declare_every_holder if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, fixture.export)
}

test_fail_collaborator_no_role_names if {
	roles := object.remove(fixture.api_roles, {"oncall"})
	specs := [fixture.app("api.yaml#0", "api", "acme/api", roles)]
	violations := rule.report with input as fixture.envelope(specs, fixture.export)
	violations == {{
		"category": "drift",
		"rule": "undeclared-access",
		"document": "api.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "repository"],
		"message": "`user:frank` has `admin` on `acme/api` in Gogs (as a collaborator), which no spec declares",
		"properties": {"repository": "acme/api", "principal": "user:frank", "permission": "admin"},
	}}
}

test_fail_team_holding_a_repository_no_role_names if {
	specs := [fixture.app("site.yaml#0", "site", "acme/site", {"audit": {"permission": "read", "teams": ["acme/auditors"]}})]
	violations := rule.report with input as fixture.envelope(specs, fixture.export)
	[v.message | some v in violations] == ["`team:acme/devs` has `write` on `acme/site` in Gogs (the team holds the repository), which no spec declares"]
}

test_fail_when_the_declaration_has_expired if {
	roles := object.union(fixture.api_roles, {"oncall": {"permission": "admin", "users": ["frank"], "until": "2025-12-01"}})
	specs := [fixture.app("api.yaml#0", "api", "acme/api", roles)]
	violations := rule.report with input as fixture.envelope(specs, fixture.export)
	{v.properties.principal | some v in violations} == {"user:frank"}
}

test_success_collaborator_in_a_declared_team if {
	export := json.patch(fixture.export, [{
		"op": "replace", "path": "/repositories/0/collaborators",
		"value": [{"user": "bob", "permission": "write"}],
	}])
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, export)
}

test_success_owners_team_and_undeclared_repositories_are_left_to_other_rules if {
	# acme/ledger is held by Owners only and declared by no spec: unowned-repository's, not this rule's.
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, fixture.export)
}

test_success_without_an_export if {
	count(rule.report) == 0 with input as fixture.envelope([fixture.app("a.yaml#0", "api", "acme/api", {})], null)
}

test_unevaluated_with_the_api_export if {
	rule.unevaluated == {"teams.repositories", "repositories.private"} with input as fixture.envelope(fixture.specs, fixture.api_export)
	rule.unevaluated == set() with input as fixture.envelope(fixture.specs, fixture.export)
}

test_fail_undeclared_collaborator_on_a_private_repository_the_api_looked_up if {
	roles := object.remove(fixture.api_roles, {"oncall"})
	export := fixture.looked_up_export(["acme/api"], ["acme"])
	violations := rule.report with input as fixture.envelope([fixture.app("api.yaml#0", "api", "acme/api", roles)], export)
	[v.message | some v in violations] == ["`user:frank` has `admin` on `acme/api` in Gogs (as a collaborator), which no spec declares"]
	rule.unevaluated == {"teams.repositories"} with input as fixture.envelope([fixture.app("api.yaml#0", "api", "acme/api", roles)], export)
}
