package oamlint.rules["least-privilege"]["broad-principal_test"]

import data.oamlint.rules["least-privilege"]["broad-principal"] as rule
import data.oamlint.test.fixtures

messages(roles) := {v.message | some v in violations} if {
	violations := rule.report with input as fixtures.app(roles)
}

test_fail_owners_team if {
	violations := rule.report with input as fixtures.app({"deploy": {"permission": "write", "teams": ["acme/deployers", "acme/Owners"]}})
	violations == {{
		"category": "least-privilege",
		"rule": "broad-principal",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "teams", 1],
		"message": "Role `deploy` grants `write` on `acme/payments-api` to `team:acme/Owners`, which is the Owners team of `acme`",
		"properties": {
			"repository": "acme/payments-api",
			"role": "deploy",
			"component": "payments-api",
			"principal": "team:acme/Owners",
		},
	}}
}

test_fail_owners_team_in_any_case if {
	messages({"audit": {"permission": "read", "teams": ["acme/OWNERS"]}}) == {"Role `audit` grants `read` on `acme/payments-api` to `team:acme/OWNERS`, which is the Owners team of `acme`"}
}

test_fail_every_member_of_the_organisation if {
	messages({"test": {"permission": "read", "teams": ["acme/*"]}}) == {"Role `test` grants `read` on `acme/payments-api` to `team:acme/*`, which means every member of `acme`"}
}

test_fail_everyone_as_team_or_user if {
	messages({"test": {"permission": "read", "teams": ["*", "All"], "users": ["everyone"]}}) == {
		"Role `test` grants `read` on `acme/payments-api` to `team:*`, which means every user",
		"Role `test` grants `read` on `acme/payments-api` to `team:All`, which means every user",
		"Role `test` grants `read` on `acme/payments-api` to `user:everyone`, which means every user",
	}
}

test_fail_wildcard_pattern if {
	violations := rule.report with input as fixtures.app({"deploy": {"permission": "write", "users": ["deploy-*"]}})
	some violation in violations
	violation.message == "Role `deploy` grants `write` on `acme/payments-api` to `user:deploy-*`, which is a wildcard"
	violation.path == ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "users", 0]
}

test_fail_wildcard_identity_group if {
	violations := rule.report with input as fixtures.app({"deploy": {
		"permission": "write",
		"teams": ["acme/deployers"],
		"identity": {"provider": "okta", "group": "*"},
	}})
	some violation in violations
	violation.path == ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "identity", "group"]
	violation.properties.principal == "group:okta/*"
	violation.message == "Role `deploy` grants `write` on `acme/payments-api` to `group:okta/*`, which means every user"
}

test_fail_in_v1alpha2_git_access_trait if {
	doc := {
		"id": "legacy.yaml#0",
		"document": {
			"apiVersion": "core.oam.dev/v1alpha2",
			"kind": "ApplicationConfiguration",
			"spec": {"components": [{
				"componentName": "billing",
				"traits": [{"trait": {
					"kind": "GitAccessTrait",
					"spec": {"repository": "acme/billing", "roles": {"deploy": {"permission": "write", "teams": ["acme/owners"]}}},
				}}],
			}]},
		},
	}
	some violation in rule.report with input as {"documents": [doc]}
	violation.path == ["spec", "components", 0, "traits", 0, "trait", "spec", "roles", "deploy", "teams", 0]
}

test_success_named_teams_users_and_groups if {
	count(rule.report) == 0 with input as fixtures.app({
		"deploy": {
			"permission": "write",
			"teams": ["acme/deployers", "acme/owners-of-payments", "owners"],
			"identity": {"provider": "okta", "group": "payments-deployers"},
		},
		"oncall": {"permission": "write", "users": ["alice", "allison"]},
		"audit": {"teams": ["acme/everyone-in-security"]},
	})
}
