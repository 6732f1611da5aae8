package oamlint.rules["rbac-mapping"]["conflicting-declarations_test"]

import data.oamlint.rules["rbac-mapping"]["conflicting-declarations"] as rule
import data.oamlint.test.fixtures

doc(id, file, components) := fixtures.document_at(id, file, fixtures.spec(components))

component(name, repository, roles) := object.union(
	fixtures.component([fixtures.git_access({"repository": repository, "roles": roles})]),
	{"name": name},
)

deployers := {"permission": "write", "teams": ["acme/deployers"]}

test_fail_different_teams_in_another_document if {
	first := doc("apps/api.yaml#0", "apps/api.yaml", [component("api", "acme/payments", {"deploy": deployers})])
	second := doc("apps/worker.yaml#0", "apps/worker.yaml", [component("worker", "acme/payments", {"deploy": {
		"permission": "write",
		"teams": ["acme/platform"],
		"users": ["bob"],
	}})])
	violations := rule.report with input as {"config": {}, "documents": [second, first]}
	violations == {{
		"category": "rbac-mapping",
		"rule": "conflicting-declarations",
		"document": "apps/worker.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy"],
		"message": "Role `deploy` on `acme/payments` grants `write` to `team:acme/platform`, `user:bob` here, but `write` to `team:acme/deployers` in component `api` (apps/api.yaml)",
		"properties": {
			"repository": "acme/payments",
			"role": "deploy",
			"component": "worker",
			"rolePrincipals": ["team:acme/platform", "user:bob"],
		},
	}}
}

test_fail_different_permission_in_the_same_document_at_the_later_component if {
	components := [
		component("api", "acme/payments", {"deploy": deployers}),
		component("worker", "acme/payments", {"deploy": object.union(deployers, {"permission": "admin"})}),
		component("jobs", "acme/payments", {"deploy": {}}),
	]
	violations := rule.report with input as {"config": {}, "documents": [doc("apps/payments.yaml#0", "apps/payments.yaml", components)]}
	{[v.properties.component, v.message] | some v in violations} == {
		["worker", "Role `deploy` on `acme/payments` grants `admin` to `team:acme/deployers` here, but `write` to `team:acme/deployers` in component `api` (apps/payments.yaml)"],
		["jobs", "Role `deploy` on `acme/payments` grants `read` to nobody here, but `write` to `team:acme/deployers` in component `api` (apps/payments.yaml)"],
	}
}

test_fail_names_the_document_id_when_the_input_has_no_file if {
	components := [component("api", "acme/payments", {"deploy": deployers}), component("worker", "acme/payments", {"deploy": {}})]
	some violation in rule.report with input as {"config": {}, "documents": [{"id": "a.yaml#3", "document": doc("", "", components).document}]}
	endswith(violation.message, "in component `api` (a.yaml#3)")
}

test_success_same_grant_written_in_another_order if {
	first := component("api", "acme/payments", {"deploy": {"permission": "write", "teams": ["acme/a", "acme/b"], "identity": {"provider": "okta", "group": "x"}}})
	second := component("worker", "acme/payments", {"deploy": {"permission": "write", "teams": ["acme/b", "acme/a"]}})
	count(rule.report) == 0 with input as {"config": {}, "documents": [doc("a.yaml#0", "a.yaml", [first, second])]}
}

test_success_different_roles_or_repositories if {
	components := [
		component("api", "acme/payments", {"deploy": deployers}),
		component("worker", "acme/payments", {"test": {"permission": "read"}}),
		component("web", "acme/web", {"deploy": {"permission": "read"}}),
		component("odd", "", {"deploy": {"permission": "read"}}),
		component("odd2", "", {"deploy": {"permission": "admin"}}),
	]
	count(rule.report) == 0 with input as {"config": {}, "documents": [doc("a.yaml#0", "a.yaml", components)]}
}

# The environments of one Application (oamlint gives each its own document, with `source`) may
# grant differently by design; another Application is still compared with them.
environment(name, roles) := object.union(
	doc(sprintf("apps/shop.yaml#0@%s", [name]), "apps/shop.yaml", [component("api", "acme/shop", roles)]),
	{"source": "apps/shop.yaml#0", "environments": [name]},
)

test_success_environments_of_one_application_differ if {
	staging := environment("deploy-staging", {"deploy": deployers})
	prod := environment("deploy-prod", {"deploy": object.union(deployers, {"permission": "admin"})})
	count(rule.report) == 0 with input as {"config": {}, "documents": [staging, prod]}
}

test_fail_another_application_against_an_environment if {
	staging := environment("deploy-staging", {"deploy": deployers})
	prod := environment("deploy-prod", {"deploy": deployers})
	other := doc("apps/other.yaml#0", "apps/other.yaml", [component("other", "acme/shop", {"deploy": {}})])
	violations := rule.report with input as {"config": {}, "documents": [staging, prod, other]}

	# `other` sorts first, so both environments are reported against it (oamlint then reports them once)
	{v.document | some v in violations} == {"apps/shop.yaml#0@deploy-staging", "apps/shop.yaml#0@deploy-prod"}
}
