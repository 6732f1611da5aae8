package oamlint.rules["rbac-mapping"]["type-needs-role_test"]

import data.oamlint.rules["rbac-mapping"]["type-needs-role"] as rule
import data.oamlint.test.fixtures

config := {
	"types": {"rollout": "deploy", "kustomize": "deploy", "scaler": "none", "webservice": "none"},
	"gogs": {"url": "https://git.example.com"},
}

grant := {"permission": "read", "teams": ["acme/ci"]}

app(components) := fixtures.input_for([fixtures.document(fixtures.spec(components))], config)

component(roles, traits) := {"name": "payments-api", "type": "webservice", "traits": array.concat(
	[{"type": t} | some t in traits],
	[{"type": "git-access", "properties": {"repository": "acme/payments-api", "roles": roles}}],
)}

test_fail_trait_type_needs_undeclared_role if {
	violations := rule.report with input as app([component({"test": grant}, ["scaler", "rollout"])])
	violations == {{
		"category": "rbac-mapping",
		"rule": "type-needs-role",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 1, "type"],
		"message": "Component `payments-api` uses `rollout`, which needs the `deploy` role, but does not declare `deploy`",
		"properties": {"component": "payments-api", "repository": "acme/payments-api", "role": "deploy", "type": "rollout"},
	}}
}

test_fail_component_type_bound_by_url_without_trait if {
	manifests := {"name": "manifests", "type": "kustomize@v1", "properties": {"url": "https://git.example.com/acme/manifests"}}
	violations := rule.report with input as app([manifests])
	{[v.path, v.properties.role, v.properties.repository] | some v in violations} == {[["spec", "components", 0, "type"], "deploy", "acme/manifests"]}
}

test_success_role_declared if {
	count(rule.report) == 0 with input as app([component({"deploy": grant}, ["rollout"])])
}

test_success_none_needs_nothing_and_unmapped_types_are_left_alone if {
	count(rule.report) == 0 with input as app([component({}, ["scaler", "gateway"])])
}

test_success_unbound_component_is_left_to_missing_repository if {
	count(rule.report) == 0 with input as app([{"name": "web", "type": "webservice", "traits": [{"type": "rollout"}]}])
}
