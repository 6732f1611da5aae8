package oamlint.rules.drift["excess-permission_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["excess-permission"] as rule

with_roles(roles) := fixture.envelope([fixture.app("api.yaml#0", "api", "acme/api", roles)], fixture.export)

test_success_when_gogs_grants_what_is_declared if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, fixture.export)
}

test_fail_team_above_its_declared_permission if {
	roles := object.union(fixture.api_roles, {"deploy": {"permission": "read", "teams": ["acme/devs"]}})
	violations := rule.report with input as with_roles(roles)
	violations == {{
		"category": "drift",
		"rule": "excess-permission",
		"document": "api.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "permission"],
		"message": "`team:acme/devs` has `write` on `acme/api` in Gogs (the team holds the repository), but role `deploy` declares `read`",
		"properties": {
			"repository": "acme/api", "principal": "team:acme/devs", "role": "deploy",
			"component": "api", "permission": "write",
		},
	}}
}

test_fail_collaborator_above_the_team_they_are_declared_through if {
	roles := object.union(object.remove(fixture.api_roles, {"oncall"}), {"deploy": {"permission": "write", "teams": ["acme/devs"], "users": []}})
	export := json.patch(fixture.export, [{
		"op": "replace", "path": "/repositories/0/collaborators",
		"value": [{"user": "bob", "permission": "admin"}],
	}])
	violations := rule.report with input as fixture.envelope([fixture.app("api.yaml#0", "api", "acme/api", roles)], export)
	[v.message | some v in violations] == ["`user:bob` has `admin` on `acme/api` in Gogs (as a collaborator), but role `deploy` declares `write` to `team:acme/devs`, which it is a member of"]
}

test_fail_owners_team_declared_below_owner if {
	roles := object.union(fixture.api_roles, {"admin": {"permission": "admin", "teams": ["acme/Owners"]}})
	violations := rule.report with input as with_roles(roles)
	[v.message | some v in violations] == ["`team:acme/Owners` has `owner` on `acme/api` in Gogs (the Owners team has owner on every repository of its organisation), but role `admin` declares `admin`"]
}

test_success_the_highest_declaration_counts if {
	roles := object.union(fixture.api_roles, {"test": {"permission": "read", "teams": ["acme/devs"]}})
	count(rule.report) == 0 with input as with_roles(roles)
}

test_success_without_an_export if {
	roles := {"deploy": {"permission": "read", "teams": ["acme/devs"]}}
	count(rule.report) == 0 with input as fixture.envelope([fixture.app("api.yaml#0", "api", "acme/api", roles)], null)
}

test_unevaluated_with_the_api_export if {
	rule.unevaluated == {"teams.repositories", "repositories.private"} with input as fixture.envelope(fixture.specs, fixture.api_export)
}

test_fail_collaborator_on_a_private_repository_the_api_looked_up if {
	roles := object.union(fixture.api_roles, {"oncall": {"permission": "write", "users": ["frank"]}})
	export := fixture.looked_up_export(["acme/api"], ["acme"])
	violations := rule.report with input as fixture.envelope([fixture.app("api.yaml#0", "api", "acme/api", roles)], export)
	[v.message | some v in violations] == ["`user:frank` has `admin` on `acme/api` in Gogs (as a collaborator), but role `oncall` declares `write`"]
	rule.unevaluated == {"teams.repositories"} with input as fixture.envelope([fixture.app("api.yaml#0", "api", "acme/api", roles)], export)
}
