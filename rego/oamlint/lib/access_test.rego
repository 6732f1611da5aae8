package oamlint.lib.access_test

import data.oamlint.lib.access

gogs := {"gogs": {"url": "https://git.example.com", "orgs": ["acme"]}}

envelope(documents, config) := {"documents": documents, "config": config}

application(id, components) := {"id": id, "document": {
	"apiVersion": "core.oam.dev/v1beta1",
	"kind": "Application",
	"spec": {"components": components},
}}

with_trait(name, repository) := {"name": name, "type": "webservice", "traits": [
	{"type": "scaler", "properties": {"replicas": 2}},
	{"type": "git-access", "properties": {"repository": repository}},
]}

source(name, type, properties) := {"name": name, "type": type, "properties": properties}

repository_of(url) := repositories if {
	docs := [application("a.yaml#0", [source("c", "kustomize", {"url": url})])]
	repositories := {b.repository | some b in access.bindings} with input as envelope(docs, gogs)
}

test_bindings_from_git_access_trait if {
	bindings := access.bindings with input as envelope([application("a.yaml#0", [with_trait("api", "acme/api")])], {})
	bindings == {{
		"document": "a.yaml#0",
		"path": ["spec", "components", 0],
		"component": "api",
		"repository": "acme/api",
		"source": "git-access",
		"source_path": ["spec", "components", 0, "traits", 1, "properties", "repository"],
	}}
}

test_bindings_from_git_access_trait_pinned_to_a_revision if {
	component := {"name": "api", "type": "webservice", "traits": [{"type": "git-access@v2", "properties": {"repository": "acme/api"}}]}
	{b.repository | some b in access.bindings} == {"acme/api"} with input as envelope([application("a.yaml#0", [component])], {})
}

test_bindings_from_v1alpha2_git_access_trait_object if {
	doc := {"id": "legacy.yaml#2", "document": {
		"apiVersion": "core.oam.dev/v1alpha2",
		"kind": "ApplicationConfiguration",
		"spec": {"components": [{"componentName": "billing", "traits": [
			{"trait": {"apiVersion": "core.oam.dev/v1alpha2", "kind": "ManualScalerTrait", "spec": {"replicaCount": 2}}},
			{"trait": {"apiVersion": "oamlint.dev/v1alpha1", "kind": "GitAccessTrait", "spec": {"repository": "acme/billing"}}},
		]}]},
	}}
	bindings := access.bindings with input as envelope([doc], {})
	bindings == {{
		"document": "legacy.yaml#2",
		"path": ["spec", "components", 0],
		"component": "billing",
		"repository": "acme/billing",
		"source": "git-access",
		"source_path": ["spec", "components", 0, "traits", 1, "trait", "spec", "repository"],
	}}
}

test_no_binding_from_git_access_trait_without_repository if {
	count(access.bindings) == 0 with input as envelope([application("a.yaml#0", [with_trait("api", "")])], {})
	count(access.traits) == 1 with input as envelope([application("a.yaml#0", [with_trait("api", "")])], {})
}

test_bindings_from_kustomize_url_on_gogs_host if {
	component := source("manifests", "kustomize", {"repoType": "git", "url": "https://git.example.com/acme/payments-api.git", "path": "./deploy"})
	bindings := access.bindings with input as envelope([application("a.yaml#0", [component])], gogs)
	bindings == {{
		"document": "a.yaml#0",
		"path": ["spec", "components", 0],
		"component": "manifests",
		"repository": "acme/payments-api",
		"source": "kustomize",
		"source_path": ["spec", "components", 0, "properties", "url"],
	}}
}

test_bindings_from_helm_chart_in_git if {
	component := source("chart", "helm", {"repoType": "git", "url": "git@git.example.com:acme/charts.git", "chart": "./charts/api"})
	{b.source | some b in access.bindings} == {"helm"} with input as envelope([application("a.yaml#0", [component])], gogs)
}

test_no_binding_from_helm_repository if {
	component := source("chart", "helm", {"url": "https://git.example.com/acme/charts", "chart": "api"})
	count(access.bindings) == 0 with input as envelope([application("a.yaml#0", [component])], gogs)
}

test_kustomize_defaults_to_git if {
	repository_of("https://git.example.com/acme/api") == {"acme/api"}
}

test_no_binding_from_kustomize_in_a_bucket if {
	component := source("c", "kustomize", {"repoType": "oss", "url": "https://git.example.com/acme/api"})
	count(access.bindings) == 0 with input as envelope([application("a.yaml#0", [component])], gogs)
}

test_no_binding_from_other_component_types if {
	component := source("c", "webservice", {"repoType": "git", "url": "https://git.example.com/acme/api"})
	count(access.bindings) == 0 with input as envelope([application("a.yaml#0", [component])], gogs)
}

test_no_url_binding_without_gogs_config if {
	component := source("c", "kustomize", {"url": "https://git.example.com/acme/api"})
	count(access.bindings) == 0 with input as envelope([application("a.yaml#0", [component])], {})
}

test_url_forms_on_the_gogs_host if {
	repository_of("https://git.example.com/acme/api.git") == {"acme/api"}
	repository_of("https://GIT.Example.com/acme/api/") == {"acme/api"}
	repository_of("http://ci:secret@git.example.com:3000/acme/api.git") == {"acme/api"}
	repository_of("git@git.example.com:acme/api.git") == {"acme/api"}
	repository_of("git.example.com:acme/api") == {"acme/api"}
	repository_of("ssh://git@git.example.com/acme/api") == {"acme/api"}
	repository_of("ssh://git@git.example.com:2222/acme/api.git") == {"acme/api"}
}

test_url_forms_that_are_not_a_gogs_repository if {
	repository_of("https://github.com/acme/api.git") == set()
	repository_of("https://git.example.com.evil.io/acme/api") == set()
	repository_of("git@github.com:acme/api.git") == set()
	repository_of("https://git.example.com/acme") == set()
	repository_of("https://git.example.com/acme/api/tree/main") == set()
	repository_of("https://git.example.com//api") == set()
	repository_of("./local/path") == set()
}

test_non_string_url_binds_nothing if {
	component := source("c", "kustomize", {"url": 42})
	count(access.bindings) == 0 with input as envelope([application("a.yaml#0", [component])], gogs)
}

kustomize(url) := source("c", "kustomize", {"url": url})

test_url_below_a_gogs_served_under_a_path if {
	config := {"gogs": {"url": "https://example.com/gogs/"}}
	{b.repository | some b in access.bindings} == {"acme/api"} with input as envelope(
		[application("a.yaml#0", [kustomize("https://example.com/gogs/acme/api.git")])],
		config,
	)
	count(access.bindings) == 0 with input as envelope(
		[application("a.yaml#0", [kustomize("https://example.com/acme/api.git")])],
		config,
	)
}

test_components_of_applications_and_application_configurations if {
	legacy := {"id": "b.yaml#0", "document": {
		"apiVersion": "core.oam.dev/v1alpha2",
		"kind": "ApplicationConfiguration",
		"spec": {"components": [{"componentName": "web"}, {"revisionName": "web-v2"}]},
	}}
	definition := {"id": "c.yaml#0", "document": {
		"apiVersion": "core.oam.dev/v1beta1",
		"kind": "ComponentDefinition",
		"spec": {"workload": {"type": "autodetects.core.oam.dev"}},
	}}
	components := access.components with input as envelope(
		[application("a.yaml#0", [source("api", "webservice@v3", {}), {"name": "odd", "type": 7}]), legacy, definition],
		{},
	)
	components == {
		{"document": "a.yaml#0", "path": ["spec", "components", 0], "component": "api", "type": "webservice"},
		{"document": "a.yaml#0", "path": ["spec", "components", 1], "component": "odd", "type": ""},
		{"document": "b.yaml#0", "path": ["spec", "components", 0], "component": "web", "type": ""},
		{"document": "b.yaml#0", "path": ["spec", "components", 1], "component": "web-v2", "type": ""},
	}
}

test_bound_indexes_components_with_a_binding if {
	docs := [application("a.yaml#0", [with_trait("api", "acme/api"), source("web", "webservice", {})])]
	bound := access.bound with input as envelope(docs, {})
	bound == {["a.yaml#0", ["spec", "components", 0]]}
}

policy_app(id, properties) := {"id": id, "document": {
	"apiVersion": "core.oam.dev/v1beta1",
	"kind": "Application",
	"spec": {
		"components": [],
		"policies": [
			{"name": "where", "type": "topology", "properties": {"clusters": ["local"]}},
			{"name": "access", "type": "git-access-policy", "properties": properties},
		],
	},
}}

test_policies if {
	policies := access.policies with input as envelope([policy_app("a.yaml#0", {"requiredRoles": ["oncall"]})], {})
	policies == {{
		"document": "a.yaml#0",
		"name": "access",
		"path": ["spec", "policies", 1, "properties"],
		"properties": {"requiredRoles": ["oncall"]},
	}}
}

test_required_roles_are_the_union_of_config_and_policy if {
	docs := [policy_app("a.yaml#0", {"requiredRoles": ["oncall", "deploy"]}), policy_app("b.yaml#0", {})]
	config := {"requiredRoles": ["deploy", "test"]}
	access.required_roles("a.yaml#0") == {"deploy", "test", "oncall"} with input as envelope(docs, config)
	access.required_roles("b.yaml#0") == {"deploy", "test"} with input as envelope(docs, config)
}

test_required_roles_without_config if {
	access.required_roles("a.yaml#0") == set() with input as {"documents": [], "config": null}
}

test_type_uses_in_document_order if {
	docs := [application("a.yaml#0", [with_trait("api", "acme/api"), source("web", "worker@v1", {})])]
	uses := {[u.type, u.order, u.path] | some u in access.type_uses} with input as envelope(docs, {})
	uses == {
		["webservice", [0, -1], ["spec", "components", 0, "type"]],
		["scaler", [0, 0], ["spec", "components", 0, "traits", 0, "type"]],
		["git-access", [0, 1], ["spec", "components", 0, "traits", 1, "type"]],
		["worker", [1, -1], ["spec", "components", 1, "type"]],
	}
}

test_declared_roles_keep_their_shape if {
	component := {"name": "api", "type": "webservice", "traits": [{"type": "git-access", "properties": {
		"repository": "acme/api",
		"roles": {"deploy": {"permission": "write", "users": ["bob"], "teams": ["acme/deployers"]}},
	}}]}
	roles := access.declared_roles with input as envelope([application("a.yaml#0", [component])], {})
	roles == {{
		"document": "a.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy"],
		"component": "api",
		"repository": "acme/api",
		"role": "deploy",
		"permission": "write",
		"principals": ["team:acme/deployers", "user:bob"],
		"grant": {"permission": "write", "users": ["bob"], "teams": ["acme/deployers"]},
	}}
}

test_unnamed_policy_gets_kubevelas_generated_name if {
	doc := {"id": "a.yaml#0", "document": {"kind": "Application", "spec": {"policies": [{"type": "git-access-policy", "properties": {}}]}}}
	{p.name | some p in access.policies} == {"git-access-policy-auto-gen-0"} with input as envelope([doc], {})
}

test_role_without_value_is_an_empty_grant if {
	component := {"name": "api", "type": "webservice", "traits": [{"type": "git-access", "properties": {
		"repository": "acme/api",
		"roles": {"deploy": null, "test": "read"},
	}}]}
	roles := {[r.role, r.permission, r.principals, r.grant] | some r in access.declared_roles} with input as envelope([application("a.yaml#0", [component])], {})
	roles == {["deploy", "read", [], {}]}
}

test_component_roles_index_every_trait_of_a_component if {
	component := {"name": "api", "type": "webservice", "traits": [
		{"type": "git-access", "properties": {"repository": "acme/api", "roles": {"deploy": {}}}},
		{"type": "git-access", "properties": {"repository": "acme/api-config", "roles": {"test": {}}}},
	]}
	other := {"name": "web", "type": "webservice", "traits": [{"type": "git-access", "properties": {"repository": "acme/web"}}]}
	index := access.component_roles with input as envelope([application("a.yaml#0", [component, other])], {})
	index == {["a.yaml#0", ["spec", "components", 0], "deploy"], ["a.yaml#0", ["spec", "components", 0], "test"]}
}
