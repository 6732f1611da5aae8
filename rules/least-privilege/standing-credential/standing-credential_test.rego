package oamlint.rules["least-privilege"]["standing-credential_test"]

import data.oamlint.rules["least-privilege"]["standing-credential"] as rule
import data.oamlint.test.fixtures

roles := {
	"deploy": {"permission": "write", "teams": ["acme/deployers"]},
	"test": {"permission": "read", "teams": ["acme/ci"]},
	"audit": {"teams": ["acme/auditors"]},
}

app(roles, credentials) := fixtures.app_with({"roles": roles, "credentials": credentials}, {})

credentials_path := ["spec", "components", 0, "traits", 0, "properties", "credentials"]

messages(roles, credentials) := {v.message | some v in violations} if {
	violations := rule.report with input as app(roles, credentials)
}

test_fail_credential_for_a_read_only_role if {
	violations := rule.report with input as app(roles, {"kind": "token", "ttl": "1h", "roles": ["deploy", "test"]})
	violations == {{
		"category": "least-privilege",
		"rule": "standing-credential",
		"document": "apps/payments.yaml#0",
		"path": array.concat(credentials_path, ["roles", 1]),
		"message": "Credential `token` for `acme/payments-api` is issued to role `test`, which only has `read`",
		"properties": {
			"repository": "acme/payments-api",
			"component": "payments-api",
			"role": "test",
			"principal": "team:acme/ci",
		},
	}}
}

test_fail_role_without_permission_only_reads if {
	messages(roles, {"kind": "oidc", "ttl": "1h", "roles": ["audit"]}) == {"Credential `oidc` for `acme/payments-api` is issued to role `audit`, which only has `read`"}
}

test_fail_without_roles_list if {
	violations := rule.report with input as app(roles, {"kind": "deploy-key", "ttl": "1h"})
	some violation in violations
	count(violations) == 1
	violation.path == credentials_path
	violation.message == "Credential `deploy-key` for `acme/payments-api` is issued to every role: it has no `roles` list"
	violation.properties == {"repository": "acme/payments-api", "component": "payments-api"}
}

test_fail_roles_list_names_every_role if {
	writers := {"deploy": {"permission": "write"}, "release": {"permission": "write"}}
	violations := rule.report with input as app(writers, {"kind": "deploy-key", "ttl": "1h", "roles": ["release", "deploy"]})
	some violation in violations
	count(violations) == 1
	violation.path == array.concat(credentials_path, ["roles"])
	violation.message == "Credential `deploy-key` for `acme/payments-api` is issued to every role (`deploy`, `release`)"
}

test_fail_every_role_including_read_only_ones if {
	messages(roles, {"kind": "deploy-key", "ttl": "1h", "roles": ["deploy", "test", "audit"]}) == {
		"Credential `deploy-key` for `acme/payments-api` is issued to every role (`audit`, `deploy`, `test`)",
		"Credential `deploy-key` for `acme/payments-api` is issued to role `test`, which only has `read`",
		"Credential `deploy-key` for `acme/payments-api` is issued to role `audit`, which only has `read`",
	}
}

test_fail_each_credential_in_a_list if {
	violations := rule.report with input as app(roles, [
		{"kind": "deploy-key", "ttl": "1h", "roles": ["deploy"]},
		{"kind": "token", "ttl": "1h"},
	])
	some violation in violations
	count(violations) == 1
	violation.path == array.concat(credentials_path, [1])
}

test_success_credential_only_for_deploy if {
	count(rule.report) == 0 with input as app(roles, {"kind": "deploy-key", "ttl": "1h", "roles": ["deploy"]})
}

test_success_one_role_listed_when_only_one_is_declared if {
	count(rule.report) == 0 with input as app({"deploy": {"permission": "write"}}, {"kind": "token", "ttl": "1h", "roles": ["deploy"]})
}

test_success_empty_roles_list_issues_nothing if {
	count(rule.report) == 0 with input as app(roles, {"kind": "token", "ttl": "1h", "roles": []})
}

test_success_undeclared_role_is_not_this_rules_business if {
	count(rule.report) == 0 with input as app(roles, {"kind": "token", "ttl": "1h", "roles": ["deploy", "release"]})
}

test_success_without_credentials if {
	count(rule.report) == 0 with input as app(roles, null)
}

test_fail_a_role_listed_again_once_at_its_first_place if {
	violations := rule.report with input as app(roles, {"kind": "token", "ttl": "1h", "roles": ["test", "deploy", "test", "test"]})
	[v.path | some v in violations] == [array.concat(credentials_path, ["roles", 0])]
}
