package oamlint.rules["rbac-mapping"]["role-without-identity_test"]

import data.oamlint.rules["rbac-mapping"]["role-without-identity"] as rule
import data.oamlint.test.fixtures

identity := {"provider": "okta", "group": "payments-deployers"}

test_fail_role_without_identity if {
	violations := rule.report with input as fixtures.app({"oncall": {"permission": "write", "users": ["alice"], "until": "2026-12-31"}})
	violations == {{
		"category": "rbac-mapping",
		"rule": "role-without-identity",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "oncall"],
		"message": "Role `oncall` on `acme/payments-api` is not bound to an identity-provider group, so who holds it is decided only in Gogs",
		"properties": {"repository": "acme/payments-api", "role": "oncall", "component": "payments-api"},
	}}
}

test_fail_only_the_roles_without_identity if {
	roles := {"deploy": {"teams": ["acme/deployers"], "identity": identity}, "test": {"teams": ["acme/ci"]}, "audit": null}
	{v.properties.role | some v in rule.report} == {"test", "audit"} with input as fixtures.app(roles)
}

test_fail_v1alpha2_trait_object if {
	doc := {"id": "legacy.yaml#0", "file": "legacy.yaml", "document": {
		"apiVersion": "core.oam.dev/v1alpha2",
		"kind": "ApplicationConfiguration",
		"spec": {"components": [{"componentName": "billing", "traits": [{"trait": {"kind": "GitAccessTrait", "spec": {
			"repository": "acme/billing",
			"roles": {"deploy": {"teams": ["acme/deployers"]}},
		}}}]}]},
	}}
	violations := rule.report with input as {"config": {}, "documents": [doc]}
	{v.path | some v in violations} == {["spec", "components", 0, "traits", 0, "trait", "spec", "roles", "deploy"]}
}

test_success_every_role_bound_to_a_group if {
	count(rule.report) == 0 with input as fixtures.app({
		"deploy": {"permission": "write", "teams": ["acme/deployers"], "identity": identity},
		"audit": {"permission": "read", "teams": ["acme/auditors"], "identity": {"provider": "okta", "group": "sec-audit"}},
	})
}
