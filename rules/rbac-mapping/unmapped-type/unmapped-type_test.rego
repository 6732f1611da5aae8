package oamlint.rules["rbac-mapping"]["unmapped-type_test"]

import data.oamlint.rules["rbac-mapping"]["unmapped-type"] as rule
import data.oamlint.test.fixtures

types := {"webservice": "none", "rollout": "deploy"}

doc(id, components) := fixtures.document_at(id, fixtures.file, fixtures.spec(components))

component(name, type, traits) := {"name": name, "type": type, "traits": [{"type": t} | some t in traits]}

test_fail_unmapped_trait_type if {
	violations := rule.report with input as {"config": {"types": types}, "documents": [doc(
		"apps/payments.yaml#0",
		[component("payments-api", "webservice", ["git-access", "gateway"])],
	)]}
	violations == {{
		"category": "rbac-mapping",
		"rule": "unmapped-type",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 1, "type"],
		"message": "Type `gateway` is not in `types` in .oamlint.yaml, so the role it needs on the repository is unknown",
		"properties": {"component": "payments-api", "type": "gateway"},
	}}
}

test_fail_once_per_document_at_the_first_use if {
	components := [
		component("api", "worker", ["gateway"]),
		component("web", "webservice", ["gateway", "rollout"]),
		component("jobs", "worker@v2", []),
	]
	violations := rule.report with input as {"config": {"types": types}, "documents": [doc("a.yaml#0", components), doc("b.yaml#0", components)]}
	{[v.document, v.properties.type, v.path, v.properties.component] | some v in violations} == {
		["a.yaml#0", "worker", ["spec", "components", 0, "type"], "api"],
		["a.yaml#0", "gateway", ["spec", "components", 0, "traits", 0, "type"], "api"],
		["b.yaml#0", "worker", ["spec", "components", 0, "type"], "api"],
		["b.yaml#0", "gateway", ["spec", "components", 0, "traits", 0, "type"], "api"],
	}
}

test_success_without_types_in_config if {
	count(rule.report) == 0 with input as {"config": {}, "documents": [doc("a.yaml#0", [component("api", "worker", ["gateway"])])]}
}

test_success_git_access_is_exempt_and_pins_are_ignored if {
	components := [component("api", "webservice@v1", ["git-access", "rollout@v3"])]
	count(rule.report) == 0 with input as {"config": {"types": types}, "documents": [doc("a.yaml#0", components)]}
}
