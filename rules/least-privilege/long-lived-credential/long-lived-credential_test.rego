package oamlint.rules["least-privilege"]["long-lived-credential_test"]

import data.oamlint.rules["least-privilege"]["long-lived-credential"] as rule
import data.oamlint.test.fixtures

app(credentials, policies, config) := fixtures.input_for(
	[fixtures.document({
		"components": [fixtures.component([fixtures.git_access({
			"roles": {"deploy": {"permission": "write", "teams": ["acme/deployers"]}},
			"credentials": credentials,
		})])],
		"policies": policies,
	})],
	config,
)

config := {"credentials": {"maxTTL": "24h"}}

policy(max) := [{"name": "access", "type": "git-access-policy", "properties": {"maxCredentialTTL": max}}]

credentials_path := ["spec", "components", 0, "traits", 0, "properties", "credentials"]

messages(credentials, policies, cfg) := {v.message | some v in violations} if {
	violations := rule.report with input as app(credentials, policies, cfg)
}

test_fail_ttl_above_config_maximum if {
	violations := rule.report with input as app({"kind": "deploy-key", "ttl": "720h", "roles": ["deploy"]}, [], config)
	violations == {{
		"category": "least-privilege",
		"rule": "long-lived-credential",
		"document": "apps/payments.yaml#0",
		"path": array.concat(credentials_path, ["ttl"]),
		"message": "Credential `deploy-key` for `acme/payments-api` lives `720h`, longer than the `24h` allowed by `credentials.maxTTL` in .oamlint.yaml",
		"properties": {"repository": "acme/payments-api", "component": "payments-api"},
	}}
}

test_fail_without_ttl if {
	violations := rule.report with input as app({"kind": "token", "roles": ["deploy"]}, [], config)
	some violation in violations
	count(violations) == 1
	violation.path == credentials_path
	violation.message == "Credential `token` for `acme/payments-api` has no `ttl`, so it never expires"
}

test_fail_empty_ttl if {
	messages({"ttl": "", "roles": ["deploy"]}, [], config) == {"Credential `credential` for `acme/payments-api` has no `ttl`, so it never expires"}
}

test_fail_unparsable_ttl if {
	violations := rule.report with input as app({"kind": "deploy-key", "ttl": "forever"}, [], config)
	some violation in violations
	count(violations) == 1
	violation.path == array.concat(credentials_path, ["ttl"])
	violation.message == "Credential `deploy-key` for `acme/payments-api` has `ttl` `forever`, which is not a duration; expected a Go-style duration such as `90m`, `1h30m`, `24h` or `7d`"
}

test_fail_number_ttl_is_not_a_duration if {
	messages({"kind": "oidc", "ttl": 3600}, [], config) == {"Credential `oidc` for `acme/payments-api` has `ttl` `3600`, which is not a duration; expected a Go-style duration such as `90m`, `1h30m`, `24h` or `7d`"}
}

test_fail_policy_tightens_the_maximum if {
	messages({"kind": "deploy-key", "ttl": "2h"}, policy("90m"), config) == {"Credential `deploy-key` for `acme/payments-api` lives `2h`, longer than the `90m` allowed by policy `access`"}
}

test_fail_policy_cannot_loosen_the_maximum if {
	messages({"kind": "deploy-key", "ttl": "2d"}, policy("720h"), config) == {"Credential `deploy-key` for `acme/payments-api` lives `2d`, longer than the `24h` allowed by `credentials.maxTTL` in .oamlint.yaml"}
}

test_fail_default_maximum_is_a_day if {
	messages({"kind": "deploy-key", "ttl": "25h"}, [], {}) == {"Credential `deploy-key` for `acme/payments-api` lives `25h`, longer than the `24h` allowed by oamlint's default"}
}

test_fail_unparsable_maximum_falls_back_to_the_default if {
	messages({"kind": "deploy-key", "ttl": "48h"}, policy("a while"), {"credentials": {"maxTTL": "long"}}) == {"Credential `deploy-key` for `acme/payments-api` lives `48h`, longer than the `24h` allowed by oamlint's default"}
}

test_fail_each_credential_in_a_list if {
	violations := rule.report with input as app(
		[{"kind": "deploy-key", "ttl": "1h"}, {"kind": "token", "ttl": "30d"}],
		[],
		config,
	)
	some violation in violations
	count(violations) == 1
	violation.path == array.concat(credentials_path, [1, "ttl"])
}

test_fail_in_v1alpha2_git_access_trait if {
	doc := {
		"id": "legacy.yaml#0",
		"document": {
			"apiVersion": "core.oam.dev/v1alpha2",
			"kind": "ApplicationConfiguration",
			"spec": {"components": [{
				"componentName": "billing",
				"traits": [{"trait": {
					"kind": "GitAccessTrait",
					"spec": {"repository": "acme/billing", "credentials": {"kind": "token", "ttl": "8760h"}},
				}}],
			}]},
		},
	}
	some violation in rule.report with input as {"config": config, "documents": [doc]}
	violation.path == ["spec", "components", 0, "traits", 0, "trait", "spec", "credentials", "ttl"]
	violation.properties == {"repository": "acme/billing", "component": "billing"}
}

test_success_short_ttl if {
	count(rule.report) == 0 with input as app({"kind": "deploy-key", "ttl": "1h", "roles": ["deploy"]}, policy("24h"), config)
}

test_success_ttl_at_the_maximum if {
	count(rule.report) == 0 with input as app({"kind": "deploy-key", "ttl": "1d"}, [], config)
}

test_success_longer_config_maximum if {
	count(rule.report) == 0 with input as app({"kind": "deploy-key", "ttl": "72h"}, [], {"credentials": {"maxTTL": "168h"}})
}

test_success_without_credentials if {
	count(rule.report) == 0 with input as app(null, [], config)
}
