package oamlint.rules["rbac-mapping"]["empty-role_test"]

import data.oamlint.rules["rbac-mapping"]["empty-role"] as rule
import data.oamlint.test.fixtures

identity := {"provider": "okta", "group": "payments-deployers"}

test_fail_role_without_teams_or_users if {
	violations := rule.report with input as fixtures.app({"deploy": {"permission": "write", "identity": identity}})
	violations == {{
		"category": "rbac-mapping",
		"rule": "empty-role",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy"],
		"message": "Role `deploy` on `acme/payments-api` names no teams and no users, so nobody holds it",
		"properties": {"repository": "acme/payments-api", "role": "deploy", "component": "payments-api"},
	}}
}

test_fail_empty_lists_and_a_role_with_no_value if {
	roles := {"deploy": {"teams": [], "users": [], "identity": identity}, "test": null, "audit": {"teams": ["acme/auditors"]}}
	{v.properties.role | some v in rule.report} == {"deploy", "test"} with input as fixtures.app(roles)
}

test_success_teams_or_users if {
	count(rule.report) == 0 with input as fixtures.app({
		"deploy": {"permission": "write", "teams": ["acme/deployers"], "identity": identity},
		"oncall": {"permission": "write", "users": ["alice"]},
	})
}
