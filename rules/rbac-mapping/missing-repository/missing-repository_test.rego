package oamlint.rules["rbac-mapping"]["missing-repository_test"]

import data.oamlint.rules["rbac-mapping"]["missing-repository"] as rule
import data.oamlint.test.fixtures

config := {"gogs": {"url": "https://git.example.com", "orgs": ["acme"]}}

app(components) := fixtures.input_for([fixtures.document(fixtures.spec(components))], config)

web := {"name": "payments-api", "type": "webservice", "properties": {"image": "registry.example.com/payments-api:1.4.2"}}

test_fail_component_without_git_access_trait if {
	violations := rule.report with input as app([web])
	violations == {{
		"category": "rbac-mapping",
		"rule": "missing-repository",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0],
		"message": "Component `payments-api` does not say which repository it comes from, so nobody's access to it can be checked",
		"properties": {"component": "payments-api"},
	}}
}

test_fail_only_the_unbound_component if {
	bound := object.union(web, {"name": "worker", "traits": [{"type": "git-access", "properties": {"repository": "acme/worker"}}]})
	violations := rule.report with input as app([bound, web])
	{[v.path, v.properties.component] | some v in violations} == {[["spec", "components", 1], "payments-api"]}
}

test_fail_git_access_trait_without_repository if {
	component := object.union(web, {"traits": [{"type": "git-access", "properties": {"roles": {}}}]})
	count(rule.report) == 1 with input as app([component])
}

test_fail_kustomize_from_another_git_host if {
	component := {"name": "manifests", "type": "kustomize", "properties": {"url": "https://github.com/acme/manifests", "path": "."}}
	count(rule.report) == 1 with input as app([component])
}

test_fail_v1alpha2_component_without_git_access_trait_object if {
	doc := {"id": "legacy.yaml#0", "file": "legacy.yaml", "document": {
		"apiVersion": "core.oam.dev/v1alpha2",
		"kind": "ApplicationConfiguration",
		"spec": {"components": [{"componentName": "billing", "traits": [{"trait": {"kind": "ManualScalerTrait", "spec": {"replicaCount": 2}}}]}]},
	}}
	violations := rule.report with input as {"config": {}, "documents": [doc]}
	{[v.path, v.message] | some v in violations} == {[
		["spec", "components", 0],
		"Component `billing` does not say which repository it comes from, so nobody's access to it can be checked",
	]}
}

test_success_component_with_git_access_trait if {
	component := object.union(web, {"traits": [{"type": "git-access", "properties": {"repository": "acme/payments-api"}}]})
	count(rule.report) == 0 with input as app([component])
}

test_success_kustomize_from_gogs if {
	component := {"name": "manifests", "type": "kustomize", "properties": {"url": "git@git.example.com:acme/manifests.git", "path": "."}}
	count(rule.report) == 0 with input as app([component])
}

test_success_v1alpha2_git_access_trait_object if {
	doc := {"id": "legacy.yaml#0", "file": "legacy.yaml", "document": {
		"apiVersion": "core.oam.dev/v1alpha2",
		"kind": "ApplicationConfiguration",
		"spec": {"components": [{"componentName": "billing", "traits": [{"trait": {"kind": "GitAccessTrait", "spec": {"repository": "acme/billing"}}}]}]},
	}}
	count(rule.report) == 0 with input as {"config": {}, "documents": [doc]}
}

test_success_definitions_have_no_components if {
	doc := {"id": "defs.yaml#0", "file": "defs.yaml", "document": {
		"apiVersion": "core.oam.dev/v1beta1",
		"kind": "ComponentDefinition",
		"spec": {"workload": {"definition": {"apiVersion": "apps/v1", "kind": "Deployment"}}, "components": [web]},
	}}
	count(rule.report) == 0 with input as {"config": {}, "documents": [doc]}
}
