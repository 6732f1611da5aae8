package oamlint.rules["rbac-mapping"]["policy-loosens-config_test"]

import data.oamlint.rules["rbac-mapping"]["policy-loosens-config"] as rule
import data.oamlint.test.fixtures

config := {
	"roles": {"deploy": "write", "test": "read", "audit": "read"},
	"requiredRoles": ["deploy", "test", "audit"],
	"credentials": {"maxTTL": "24h"},
}

app(properties) := fixtures.input_for(
	[fixtures.document({"components": [], "policies": [
		{"name": "placement", "type": "topology", "properties": {"clusters": ["local"]}},
		fixtures.policy(properties),
	]})],
	config,
)

test_fail_policy_allows_a_role_more_than_config if {
	violations := rule.report with input as app({"roles": {"test": "write", "deploy": "write"}})
	violations == {{
		"category": "rbac-mapping",
		"rule": "policy-loosens-config",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "policies", 1, "properties", "roles", "test"],
		"message": "Policy `access` allows role `test` `write`, but `roles` in .oamlint.yaml allows `read` at most",
		"properties": {"role": "test", "policy": "access"},
	}}
}

test_fail_policy_allows_longer_credentials_than_config if {
	violations := rule.report with input as app({"maxCredentialTTL": "7d"})
	violations == {{
		"category": "rbac-mapping",
		"rule": "policy-loosens-config",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "policies", 1, "properties", "maxCredentialTTL"],
		"message": "Policy `access` lets credentials live `7d`, but `credentials.maxTTL` in .oamlint.yaml allows `24h` at most",
		"properties": {"policy": "access"},
	}}
}

test_fail_compound_duration_just_above_the_limit if {
	count(rule.report) == 1 with input as app({"maxCredentialTTL": "23h60m1s"})
}

test_success_policy_tightens_config if {
	count(rule.report) == 0 with input as app({
		"roles": {"deploy": "read", "test": "read"},
		"maxCredentialTTL": "1h",
		"requiredRoles": ["deploy", "oncall"],
	})
}

test_success_equal_limits_and_roles_the_config_does_not_limit if {
	count(rule.report) == 0 with input as app({"roles": {"deploy": "write", "oncall": "admin"}, "maxCredentialTTL": "1440m"})
}

test_success_no_config_limits if {
	count(rule.report) == 0 with input as app({"roles": {"deploy": "admin"}, "maxCredentialTTL": "720h"}) with input.config as {}
}

test_success_unparsable_durations_are_left_to_the_schema if {
	count(rule.report) == 0 with input as app({"maxCredentialTTL": "forever"})
}
