package oamlint.rules["least-privilege"]["role-exceeds-mapping_test"]

import data.oamlint.rules["least-privilege"]["role-exceeds-mapping"] as rule
import data.oamlint.test.fixtures

config := {"roles": {"deploy": "write", "test": "read", "audit": "read"}}

app(roles, policies) := fixtures.input_for(
	[fixtures.document({"components": [fixtures.component([fixtures.git_access({"roles": roles})])], "policies": policies})],
	config,
)

test_fail_test_role_with_write if {
	violations := rule.report with input as app({"test": {"permission": "write", "teams": ["acme/ci"]}}, [])
	violations == {{
		"category": "least-privilege",
		"rule": "role-exceeds-mapping",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "test", "permission"],
		"message": "Role `test` grants `write` on `acme/payments-api` to `team:acme/ci`, but `roles` in .oamlint.yaml allows `read` at most for `test`",
		"properties": {
			"repository": "acme/payments-api",
			"role": "test",
			"component": "payments-api",
			"principal": "team:acme/ci",
			"rolePrincipals": ["team:acme/ci"],
		},
	}}
}

test_fail_deploy_role_with_admin if {
	some violation in rule.report with input as app({"deploy": {"permission": "admin", "teams": ["acme/deployers"]}}, [])
	violation.message == "Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers`, but `roles` in .oamlint.yaml allows `write` at most for `deploy`"
}

test_fail_policy_tightens_the_mapping if {
	violations := rule.report with input as app(
		{"deploy": {"permission": "write", "teams": ["acme/deployers"]}},
		[fixtures.policy({"roles": {"deploy": "read"}})],
	)
	some violation in violations
	count(violations) == 1
	violation.message == "Role `deploy` grants `write` on `acme/payments-api` to `team:acme/deployers`, but policy `access` allows `read` at most for `deploy`"
}

test_fail_policy_cannot_loosen_the_mapping if {
	some violation in rule.report with input as app(
		{"test": {"permission": "write", "teams": ["acme/ci"]}},
		[fixtures.policy({"roles": {"test": "admin"}})],
	)
	violation.message == "Role `test` grants `write` on `acme/payments-api` to `team:acme/ci`, but `roles` in .oamlint.yaml allows `read` at most for `test`"
}

test_fail_policy_limits_a_role_the_config_does_not_name if {
	some violation in rule.report with input as app(
		{"oncall": {"permission": "write", "users": ["alice"]}},
		[fixtures.policy({"roles": {"oncall": "read"}})],
	)
	violation.properties.principal == "user:alice"
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
					"spec": {"repository": "acme/billing", "roles": {"audit": {"permission": "write", "teams": ["acme/auditors"]}}},
				}}],
			}]},
		},
	}
	some violation in rule.report with input as {"config": config, "documents": [doc]}
	violation.path == ["spec", "components", 0, "traits", 0, "trait", "spec", "roles", "audit", "permission"]
}

test_success_roles_within_the_mapping if {
	count(rule.report) == 0 with input as app(
		{
			"deploy": {"permission": "write", "teams": ["acme/deployers"]},
			"test": {"permission": "read", "teams": ["acme/ci"]},
			"audit": {"teams": ["acme/auditors"]},
		},
		[fixtures.policy({"roles": {"deploy": "write"}})],
	)
}

test_success_role_not_in_the_mapping if {
	count(rule.report) == 0 with input as app({"oncall": {"permission": "admin", "users": ["alice"]}}, [])
}

test_success_unknown_permission_is_left_to_the_schema if {
	count(rule.report) == 0 with input as app({"test": {"permission": "maintain", "teams": ["acme/ci"]}}, [])
}

test_success_without_config if {
	count(rule.report) == 0 with input as object.remove(
		app({"test": {"permission": "admin", "teams": ["acme/ci"]}}, []),
		{"config"},
	)
}

test_success_other_policy_types_do_not_limit if {
	count(rule.report) == 0 with input as app(
		{"deploy": {"permission": "write", "teams": ["acme/deployers"]}},
		[{"name": "topology", "type": "topology", "properties": {"roles": {"deploy": "read"}}}],
	)
}
