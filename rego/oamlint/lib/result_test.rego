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
		"rolePrincipals": ["team:acme/a", "team:acme/b"],
	}
}

test_role_subjects_are_one_per_principal if {
	some role in access.declared_roles with input as fixtures.app({"deploy": {"permission": "write", "teams": ["acme/b"], "users": ["al"]}})
	{s.principal | some s in result.role_subjects(role, ["permission"])} == {"team:acme/b", "user:al"}
	every s in result.role_subjects(role, ["permission"]) {
		s.rolePrincipals == ["team:acme/b", "user:al"]
		s.path == fixtures.role_path("deploy", ["permission"])
	}
}

users(n) := [sprintf("u%03d", [i]) | some i in numbers.range(1, n)]

test_role_principals_are_carried_only_for_a_role_of_at_most_former_principals_max if {
	some at_most in access.declared_roles with input as fixtures.app({"deploy": {"permission": "write", "users": users(50)}})
	every s in result.role_subjects(at_most, ["permission"]) {
		count(s.rolePrincipals) == 50
	}
	some over in access.declared_roles with input as fixtures.app({"deploy": {"permission": "write", "users": users(51)}})
	count(result.role_subjects(over, ["permission"])) == 51
	every s in result.role_subjects(over, ["permission"]) {
		not "rolePrincipals" in object.keys(s)
	}
}

test_role_subjects_of_a_role_naming_nobody_is_one_with_no_principal if {
	some role in access.declared_roles with input as fixtures.app({"deploy": {"permission": "write"}})
	[s.principal | some s in result.role_subjects(role, [])] == [""]
}

test_who_names_principals_or_nobody if {
	result.who([]) == "nobody"
	result.who(["team:acme/ci", "user:bob"]) == "`team:acme/ci`, `user:bob`"
	result.who(users(7)) == "`u001`, `u002`, `u003`, `u004`, `u005` and 2 more"
	result.whom("") == "nobody"
	result.whom("user:bob") == "`user:bob`"
}
