package oamlint.rules["rbac-mapping"]["missing-role_test"]

import data.oamlint.rules["rbac-mapping"]["missing-role"] as rule
import data.oamlint.test.fixtures

config := {
	"requiredRoles": ["deploy", "test", "audit"],
	"gogs": {"url": "https://git.example.com", "orgs": ["acme"]},
}

grant := {"permission": "read", "teams": ["acme/ci"]}

app(components, policies) := fixtures.input_for([fixtures.document({"components": components, "policies": policies})], config)

with_roles(roles) := {"name": "payments-api", "type": "webservice", "traits": [{"type": "git-access", "properties": {
	"repository": "acme/payments-api",
	"roles": roles,
}}]}

test_fail_required_role_not_declared if {
	violations := rule.report with input as app([with_roles({"deploy": grant, "test": grant})], [])
	violations == {{
		"category": "rbac-mapping",
		"rule": "missing-role",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles"],
		"message": "Component `payments-api` does not declare the required role `audit` for `acme/payments-api`",
		"properties": {"component": "payments-api", "repository": "acme/payments-api", "role": "audit"},
	}}
}

test_fail_trait_without_roles_at_its_properties if {
	component := {"name": "api", "type": "webservice", "traits": [{"type": "git-access", "properties": {"repository": "acme/api"}}]}
	violations := rule.report with input as app([component], [])
	{[v.properties.role, v.path] | some v in violations} == {
		["deploy", ["spec", "components", 0, "traits", 0, "properties"]],
		["test", ["spec", "components", 0, "traits", 0, "properties"]],
		["audit", ["spec", "components", 0, "traits", 0, "properties"]],
	}
}

test_fail_trait_without_repository_names_no_repository if {
	component := {"name": "api", "type": "webservice", "traits": [{"type": "git-access", "properties": {"roles": {"deploy": grant, "test": grant}}}]}
	{v.message | some v in rule.report} == {"Component `api` does not declare the required role `audit`"} with input as app([component], [])
}

test_fail_role_added_by_policy if {
	roles := {"deploy": grant, "test": grant, "audit": grant}
	policy := {"name": "access", "type": "git-access-policy", "properties": {"requiredRoles": ["oncall"]}}
	{v.properties.role | some v in rule.report} == {"oncall"} with input as app([with_roles(roles)], [policy])
}

test_fail_policy_cannot_drop_a_config_role if {
	policy := {"name": "access", "type": "git-access-policy", "properties": {"requiredRoles": ["deploy"]}}
	{v.properties.role | some v in rule.report} == {"test", "audit"} with input as app([with_roles({"deploy": grant})], [policy])
}

test_fail_v1alpha2_trait_object if {
	doc := {"id": "legacy.yaml#0", "file": "legacy.yaml", "document": {
		"apiVersion": "core.oam.dev/v1alpha2",
		"kind": "ApplicationConfiguration",
		"spec": {"components": [{"componentName": "billing", "traits": [{"trait": {"kind": "GitAccessTrait", "spec": {
			"repository": "acme/billing",
			"roles": {"deploy": grant, "test": grant},
		}}}]}]},
	}}
	violations := rule.report with input as {"config": config, "documents": [doc]}
	{[v.properties.role, v.path] | some v in violations} == {["audit", ["spec", "components", 0, "traits", 0, "trait", "spec", "roles"]]}
}

test_fail_component_bound_by_url_without_trait if {
	component := {"name": "manifests", "type": "kustomize", "properties": {"url": "https://git.example.com/acme/manifests.git"}}
	violations := rule.report with input as app([component], [])
	count(violations) == 3
	some violation in violations
	violation.properties.role == "deploy"
	violation.path == ["spec", "components", 0]
	violation.message == "Component `manifests` does not declare the required role `deploy` for `acme/manifests`: it has no `git-access` trait"
}

test_success_url_bound_component_with_trait_is_checked_once if {
	component := object.union(with_roles({"deploy": grant}), {"type": "kustomize", "properties": {"url": "https://git.example.com/acme/payments-api"}})
	{[v.properties.role, v.path] | some v in rule.report} == {
		["test", ["spec", "components", 0, "traits", 0, "properties", "roles"]],
		["audit", ["spec", "components", 0, "traits", 0, "properties", "roles"]],
	} with input as app([component], [])
}

test_success_all_required_roles_declared if {
	roles := {"deploy": grant, "test": grant, "audit": grant, "oncall": grant}
	count(rule.report) == 0 with input as app([with_roles(roles)], [])
}

test_success_component_without_binding_is_left_to_missing_repository if {
	component := {"name": "web", "type": "webservice", "properties": {}}
	count(rule.report) == 0 with input as app([component], [])
}

test_success_no_required_roles if {
	count(rule.report) == 0 with input as app([with_roles({})], []) with input.config as {}
}
