package oamlint.rules["least-privilege"]["plaintext-secret_test"]

import data.oamlint.rules["least-privilege"]["plaintext-secret"] as rule
import data.oamlint.test.fixtures

app(component_properties, spec) := fixtures.input_for(
	[fixtures.document(object.union(
		{"components": [object.union(
			fixtures.component([fixtures.git_access({
				"roles": {"deploy": {"permission": "write", "teams": ["acme/deployers"]}},
				"credentials": {"kind": "token", "ttl": "1h", "roles": ["deploy"]},
			})]),
			{"properties": component_properties},
		)]},
		spec,
	))],
	{},
)

messages(component_properties, spec) := {v.message | some v in violations} if {
	violations := rule.report with input as app(component_properties, spec)
}

# The secret appears nowhere in what the rule reports.
leaks(violations, secret) if {
	some violation in violations
	contains(json.marshal(violation), secret)
}

test_fail_password_key_in_component_properties if {
	violations := rule.report with input as app({"image": "payments:1", "dbPassword": "hunter2-prod"}, {})
	violations == {{
		"category": "least-privilege",
		"rule": "plaintext-secret",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "properties", "dbPassword"],
		"message": "`spec.components[0].properties.dbPassword` holds a plaintext secret (a literal value under a secret-like key)",
		"properties": {"component": "payments-api"},
	}}
	not leaks(violations, "hunter2-prod")
}

test_fail_env_pair_with_secret_name if {
	violations := rule.report with input as app(
		{"env": [
			{"name": "LOG_LEVEL", "value": "debug"},
			{"name": "DB_PASSWORD", "value": "hunter2-prod"},
		]},
		{},
	)
	some violation in violations
	count(violations) == 1
	violation.path == ["spec", "components", 0, "properties", "env", 1, "value"]
	violation.message == "`spec.components[0].properties.env[1].value` holds a plaintext secret (a literal value for a secret-like name)"
	not leaks(violations, "hunter2-prod")
}

test_fail_secret_keys_in_any_spelling if {
	violations := rule.report with input as app(
		{
			"api_key": "k-1",
			"apiKey": "k-2",
			"GITHUB_TOKEN": "t-1",
			"client-secret": "s-1",
			"aws_secret_access_key": "s-2",
			"passwd": "p-1",
			"privateKey": "p-2",
		},
		{},
	)
	{v.path[4] | some v in violations} == {"api_key", "apiKey", "GITHUB_TOKEN", "client-secret", "aws_secret_access_key", "passwd", "privateKey"}
}

test_fail_private_key_in_trait_properties if {
	key := "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
	violations := rule.report with input as app({}, {"components": [{
		"name": "payments-api",
		"type": "webservice",
		"traits": [{"type": "git-access", "properties": {"repository": "acme/payments-api", "sshKey": key}}],
	}]})
	some violation in violations
	count(violations) == 1
	violation.message == "`spec.components[0].traits[0].properties.sshKey` holds a plaintext secret (a private key)"
	not leaks(violations, "b3BlbnNzaC1rZXktdjEAAAAA")
}

test_fail_tokens_and_keys_under_any_key if {
	github := concat("", ["ghp_", "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"])
	gitlab := "glpat-Ab3dEf6hIj9kLm2nOp5q"
	aws := "AKIAIOSFODNN7EXAMPLE"
	gogs := "0123456789abcdef0123456789abcdef01234567"
	violations := rule.report with input as app(
		{"args": [sprintf("--auth=%s", [github]), gitlab, sprintf("id=%s", [aws]), gogs]},
		{},
	)
	{v.message | some v in violations} == {
		"`spec.components[0].properties.args[0]` holds a plaintext secret (a GitHub token)",
		"`spec.components[0].properties.args[1]` holds a plaintext secret (a GitLab token)",
		"`spec.components[0].properties.args[2]` holds a plaintext secret (an AWS access key)",
		"`spec.components[0].properties.args[3]` holds a plaintext secret (a Gogs-style access token)",
	}
	not leaks(violations, github)
	not leaks(violations, gitlab)
	not leaks(violations, aws)
	not leaks(violations, gogs)
}

test_fail_url_with_password_in_policy_properties if {
	violations := rule.report with input as app({}, {"policies": [{
		"name": "mirror",
		"type": "git-mirror",
		"properties": {"url": "https://deployer:s3cr3t-pass@git.example.com/acme/payments-api.git"},
	}]})
	some violation in violations
	count(violations) == 1
	violation.path == ["spec", "policies", 0, "properties", "url"]
	violation.properties == {}
	violation.message == "`spec.policies[0].properties.url` holds a plaintext secret (a URL with a password)"
	not leaks(violations, "s3cr3t-pass")
}

test_fail_several_kinds_at_one_path_are_one_finding if {
	messages({"token": "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"}, {}) == {"`spec.components[0].properties.token` holds a plaintext secret (a GitHub token, a literal value under a secret-like key)"}
}

test_fail_workflow_step_properties if {
	violations := rule.report with input as app({}, {"workflow": {"steps": [{
		"name": "notify",
		"type": "notification",
		"properties": {"slack": {"url": {"value": "https://hooks.example.com/x"}, "token": "xoxb-123"}},
	}]}})
	some violation in violations
	violation.path == ["spec", "workflow", "steps", 0, "properties", "slack", "token"]
}

test_fail_v1alpha2_parameter_values if {
	doc := {
		"id": "legacy.yaml#0",
		"document": {
			"apiVersion": "core.oam.dev/v1alpha2",
			"kind": "ApplicationConfiguration",
			"spec": {"components": [{
				"componentName": "billing",
				"parameterValues": [{"name": "dbPassword", "value": "hunter2"}],
			}]},
		},
	}
	some violation in rule.report with input as {"documents": [doc]}
	violation.path == ["spec", "components", 0, "parameterValues", 0, "value"]
	violation.properties == {"component": "billing"}
}

test_success_references_and_empty_values if {
	count(rule.report) == 0 with input as app(
		{
			"password": "${DB_PASSWORD}",
			"token": "$(GITHUB_TOKEN)",
			"apiKey": "$API_KEY",
			"secret": "{{ .Values.secret }}",
			"privateKey": "",
			"clientSecret": {"secretRef": {"name": "oauth", "key": "client-secret"}},
			"env": [
				{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
				{"name": "API_TOKEN", "value": "${API_TOKEN}"},
			],
			"url": "postgres://app:${DB_PASSWORD}@db:5432/payments",
		},
		{},
	)
}

test_success_ordinary_values if {
	count(rule.report) == 0 with input as app(
		{
			"image": "registry.example.com/payments-api:0123456789abcdef0123456789abcdef01234567",
			"revision": "0123456789abcdef0123456789abcdef01234567",
			"commitSha": "0123456789abcdef0123456789abcdef01234567",
			"tokenTTL": "1h",
			"secretName": "payments-db",
			"passwordSecretRef": "payments-db",
			"url": "https://git.example.com/acme/payments-api.git",
			"clone": "ssh://git@git.example.com:22/acme/payments-api.git",
			"note": "keys look like -----BEGIN PUBLIC KEY-----",
			"enabled": true,
			"password": 1234,
		},
		{},
	)
}

test_success_kubernetes_secret_names_placeholders_and_flags if {
	count(rule.report) == 0 with input as app(
		{
			"dbSecret": "mysql-conn",
			"envMappings": {"DB_PASSWORD": {"secret": "db-conn"}},
			"password": "<database password>",
			"env": [
				{"name": "ALLOW_EMPTY_PASSWORD", "value": "yes"},
				{"name": "DB_SECRET", "value": "payments-db"},
			],
		},
		{},
	)
}

test_success_credentials_kind_token_is_not_a_secret if {
	count(rule.report) == 0 with input as app({}, {})
}
