package oamlint.rules["least-privilege"]["admin-grant_test"]

import data.oamlint.rules["least-privilege"]["admin-grant"] as rule
import data.oamlint.test.fixtures

test_fail_admin_role_on_application if {
	violations := rule.report with input as fixtures.app({"deploy": {"permission": "admin", "teams": ["acme/deployers"]}})
	violations == {{
		"category": "least-privilege",
		"rule": "admin-grant",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "permission"],
		"message": "Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers`",
		"properties": {
			"repository": "acme/payments-api",
			"role": "deploy",
			"component": "payments-api",
			"principal": "team:acme/deployers",
			"rolePrincipals": ["team:acme/deployers"],
		},
	}}
}

test_fail_once_per_principal_of_the_role if {
	violations := rule.report with input as fixtures.app({"deploy": {"permission": "admin", "teams": ["acme/deployers"], "users": ["bob"]}})
	{[v.properties.principal, v.message] | some v in violations} == {
		["team:acme/deployers", "Role `deploy` grants `admin` on `acme/payments-api` to `team:acme/deployers`"],
		["user:bob", "Role `deploy` grants `admin` on `acme/payments-api` to `user:bob`"],
	}
}

test_fail_admin_role_without_principals_names_nobody if {
	some violation in rule.report with input as fixtures.app({"oncall": {"permission": "admin"}})
	violation.message == "Role `oncall` grants `admin` on `acme/payments-api` to nobody"
}

test_fail_admin_in_v1alpha2_git_access_trait if {
	doc := {
		"id": "legacy.yaml#1",
		"document": {
			"apiVersion": "core.oam.dev/v1alpha2",
			"kind": "ApplicationConfiguration",
			"spec": {"components": [{
				"componentName": "billing",
				"traits": [{"trait": {
					"apiVersion": "oamlint.dev/v1alpha1",
					"kind": "GitAccessTrait",
					"spec": {"repository": "acme/billing", "roles": {"deploy": {
						"permission": "admin",
						"users": ["bob"],
					}}},
				}}],
			}]},
		},
	}
	some violation in rule.report with input as {"documents": [doc]}
	violation.path == ["spec", "components", 0, "traits", 0, "trait", "spec", "roles", "deploy", "permission"]
	violation.properties.component == "billing"
}

test_success_write_and_read_roles if {
	count(rule.report) == 0 with input as fixtures.app({
		"deploy": {"permission": "write", "teams": ["acme/deployers"]},
		"audit": {"permission": "read", "teams": ["acme/auditors"]},
	})
}

test_success_role_without_permission_defaults_to_read if {
	count(rule.report) == 0 with input as fixtures.app({"test": {"teams": ["acme/ci"]}})
}
