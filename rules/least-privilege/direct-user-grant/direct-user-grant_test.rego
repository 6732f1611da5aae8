package oamlint.rules["least-privilege"]["direct-user-grant_test"]

import data.oamlint.rules["least-privilege"]["direct-user-grant"] as rule
import data.oamlint.test.fixtures

test_fail_user_in_time_boxed_role if {
	violations := rule.report with input as fixtures.app({"oncall": {
		"permission": "write",
		"users": ["alice"],
		"until": "2026-12-31",
	}})
	violations == {{
		"category": "least-privilege",
		"rule": "direct-user-grant",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "oncall", "users", 0],
		"message": "Role `oncall` grants `write` on `acme/payments-api` to the individual user `alice` instead of a team",
		"properties": {
			"repository": "acme/payments-api",
			"role": "oncall",
			"component": "payments-api",
			"principal": "user:alice",
		},
	}}
}

test_fail_one_finding_per_user if {
	violations := rule.report with input as fixtures.app({"deploy": {
		"permission": "write",
		"teams": ["acme/deployers"],
		"users": ["alice", "bob"],
	}})
	{v.properties.principal | some v in violations} == {"user:alice", "user:bob"}
	{v.path[9] | some v in violations} == {0, 1}
}

test_fail_user_without_permission_is_read if {
	some violation in rule.report with input as fixtures.app({"audit": {"users": ["carol"]}})
	violation.message == "Role `audit` grants `read` on `acme/payments-api` to the individual user `carol` instead of a team"
}

test_fail_user_in_v1alpha2_git_access_trait if {
	doc := {
		"id": "legacy.yaml#0",
		"document": {
			"apiVersion": "core.oam.dev/v1alpha2",
			"kind": "ApplicationConfiguration",
			"spec": {"components": [{
				"componentName": "billing",
				"traits": [{"trait": {
					"kind": "GitAccessTrait",
					"spec": {"repository": "acme/billing", "roles": {"deploy": {"permission": "write", "users": ["bob"]}}},
				}}],
			}]},
		},
	}
	some violation in rule.report with input as {"documents": [doc]}
	violation.path == ["spec", "components", 0, "traits", 0, "trait", "spec", "roles", "deploy", "users", 0]
	violation.properties.component == "billing"
}

test_success_teams_only if {
	count(rule.report) == 0 with input as fixtures.app({
		"deploy": {"permission": "write", "teams": ["acme/deployers"]},
		"test": {"permission": "read", "teams": ["acme/ci"], "users": []},
	})
}

test_success_wildcard_users_are_left_to_broad_principal if {
	count(rule.report) == 0 with input as fixtures.app({"audit": {"users": ["*", "everyone"]}})
}
