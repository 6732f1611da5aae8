package oamlint.lib.result_test

import data.oamlint.lib.access
import data.oamlint.lib.result
import data.oamlint.test.fixtures

# What rego.metadata.chain() gives inside a rule's package.
chain := [{"path": ["oamlint", "rules", "least-privilege", "admin-grant"]}]

test_fail_builds_the_violation_shape_oamlint_locates if {
	subject := {"document": "a.yaml#0", "path": ["spec", "x"], "repository": "acme/api", "role": "deploy"}
	result.fail(chain, subject, "message") == {
		"category": "least-privilege",
		"rule": "admin-grant",
		"document": "a.yaml#0",
		"path": ["spec", "x"],
		"message": "message",
		"properties": {"repository": "acme/api", "role": "deploy"},
	}
}

test_role_subject_names_the_role_and_locates_under_it if {
	some role in access.declared_roles with input as fixtures.app({"deploy": {"permission": "write", "teams": ["acme/b", "acme/a"]}})
	result.role_subject(role, ["permission"]) == {
		"document": fixtures.id,
		"path": fixtures.role_path("deploy", ["permission"]),
		"repository": fixtures.repository,
		"role": "deploy",
		"component": "payments-api",
		"principal": "team:acme/a, team:acme/b",
	}
}

test_who_names_principals_or_nobody if {
	result.who([]) == "nobody"
	result.who(["team:acme/ci", "user:bob"]) == "`team:acme/ci`, `user:bob`"
}
