package oamlint.lib.secrets_test

import data.oamlint.lib.secrets

test_success_secret_keys_in_any_spelling if {
	every key in ["password", "dbPassword", "DB_PASSWORD", "passwd", "secret", "client-secret", "GITHUB_TOKEN", "apiKey", "api_key", "privateKey", "aws.access-key", "secretKey"] {
		secrets.secret_key(key)
	}
}

test_fail_ordinary_keys if {
	every key in ["username", "tokenTTL", "secretName", "passwordSecretRef", "keyId", "image", "url"] {
		not secrets.secret_key(key)
	}
}

test_success_literal_values if {
	every value in ["hunter2", "Test-123456!", " s3cr3t "] {
		secrets.literal(value)
	}
}

test_fail_references_placeholders_and_yes_no_are_not_literal if {
	every value in ["", "  ", "${DB_PASSWORD}", "$(TOKEN)", "$TOKEN", "{{ .Values.token }}", "<docker password>", "yes", "True", "off", 42, null] {
		not secrets.literal(value)
	}
}

test_success_held_under_secret_key if {
	secrets.held_under("password", "root")
	secrets.held_under("api-secret", "secret-token-xyz")
	secrets.held_under("clientSecret", "abc123")
	secrets.held_under("secretKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
}

test_fail_kubernetes_secret_names_are_not_held if {
	not secrets.held_under("secret", "db-conn")
	not secrets.held_under("dbSecret", "mysql")
	not secrets.held_under("credentialSecret", "grafana")
	not secrets.held_under("secretKey", "key1")
	not secrets.held_under(0, "hunter2")
}

test_success_kinds_by_value if {
	secrets.kinds("key", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----") == {"a private key"}
	secrets.kinds("key", "-----BEGIN PRIVATE KEY-----") == {"a private key"}
	secrets.kinds("args", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789") == {"a GitHub token"}
	secrets.kinds("args", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz") == {"a GitHub token"}
	secrets.kinds("args", "glpat-Ab3dEf6hIj9kLm2nOp5q") == {"a GitLab token"}
	secrets.kinds("args", "AKIAIOSFODNN7EXAMPLE") == {"an AWS access key"}
	secrets.kinds("url", "https://deployer:pa55@git.example.com/acme/x.git") == {"a URL with a password"}
	secrets.kinds("auth", "0123456789abcdef0123456789abcdef01234567") == {"a Gogs-style access token"}
	secrets.kinds(3, "0123456789abcdef0123456789abcdef01234567") == {"a Gogs-style access token"}
}

test_success_kinds_by_key_and_value if {
	secrets.kinds("token", "glpat-Ab3dEf6hIj9kLm2nOp5q") == {"a GitLab token", "a literal value under a secret-like key"}
}

test_fail_look_alikes if {
	every key_value in [
		["revision", "0123456789abcdef0123456789abcdef01234567"],
		["commitSha", "0123456789abcdef0123456789abcdef01234567"],
		["image", "acme/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"],
		["image", "acme/app:0123456789abcdef0123456789abcdef01234567"],
		["url", "https://git@git.example.com/acme/x.git"],
		["url", "postgres://app:${DB_PASSWORD}@db:5432/x"],
		["url", "https://user:****@git.example.com/"],
		["key", "-----BEGIN PUBLIC KEY-----"],
		["args", "AKIA-not-a-key"],
		["enabled", true],
	] {
		secrets.kinds(key_value[0], key_value[1]) == set()
	}
}

test_success_secret_key_pattern_drops_separators_anywhere if {
	every key in ["pass-word", "Pass.Word_", "x_T.o-K_e-N", "PRIVATE_KEY", "aws_secret_access_key"] {
		secrets.secret_key(key)
	}
	not secrets.secret_key("passwordx")
}

test_success_every_value_pattern_has_a_hint if {
	object.keys(secrets.value_hints) == object.keys(secrets.value_patterns) | {"a Gogs-style access token"}
	every hints in secrets.value_hints {
		count(hints) > 0
	}
}

# The prefilter over a document's JSON text must see every secret `kinds` reports, also next to
# characters that JSON escapes (a newline before a token defeats `\b` in the text).
test_success_every_secret_shows_in_the_json_text if {
	every value in [
		"-----BEGIN RSA PRIVATE KEY-----\nMIIE",
		"x\nghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
		"\"github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
		"<glpat-Ab3dEf6hIj9kLm2nOp5q>",
		"\tAKIAIOSFODNN7EXAMPLE\n",
		"https://de\"p<l\\oyer:p\u00e4\"55@git.example.com/acme/x.git",
		"0123456789abcdef0123456789abcdef01234567",
	] {
		count(secrets.kinds("args", value)) > 0
		"leaf" in secrets.traces({"spec": {"args": [value]}})
	}
	secrets.traces({"spec": {"DB_Pass-Word.": "hunter2"}}) == {"leaf"}
	secrets.traces({"spec": {"x": {"private_KEY": {}}}}) == {"leaf"}
	secrets.traces({"env": [{"name": "db.password", "value": "hunter2"}]}) == {"pair"}
}

test_fail_documents_without_a_trace_are_not_walked if {
	secrets.traces({"spec": {"image": "acme/app:1.0", "tokenTTL": "1h", "password_hint": "x"}}) == set()
}

# The "pair" trace holds for every document where a pair is a secret, also when the name has
# escaped characters or a key sorts between `name` and `value` (`vALUE` sorts before `value`).
test_success_every_secret_pair_shows_in_the_json_text if {
	every pair in [
		{"name": "DB_PASSWORD", "value": "hunter2"},
		{"name": "x\"db\\\npassword.", "value": "hunter2"},
		{"name": "APİKEY", "value": "k-1"},
		{"name": "<api>&_token", "value": "${A\"B}x"},
		{"name": "DB_PASSWORD", "vALUE": "${DB_PASSWORD}", "value": "hunter2"},
		{"name": "DB_PASSWORD", "optional": "${x}", "value": "hunter2"},
	] {
		secrets.held_under(pair.name, pair.value)
		"pair" in secrets.traces({"env": [{"name": "LOG", "value": "$(LOG)"}, pair]})
	}
}

# A secret-like name whose value is a reference, or that has no value, holds nothing: such a
# document is not walked for pairs.
test_fail_referenced_or_valueless_names_are_not_walked_for_pairs if {
	secrets.traces({"env": [
		{"name": "DB_PASSWORD", "value": "${DB_PASSWORD}"},
		{"name": "A_TOKEN", "value": "$(A_TOKEN)"},
		{"name": "B_TOKEN", "value": "$B_TOKEN"},
		{"name": "C_SECRET", "value": "{{ .Values.secret }}"},
		{"name": "D_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
		{"name": "E_PASSWORD"},
		{"name": "LOG_LEVEL", "value": "info"},
	]}) == set()
}

# The form of `text` that `traces` relies on (a change in OPA's rendering must fail here): keys
# sorted whatever the order of the input, `": "` and `", "`, and every escape a backslash followed
# by characters other than `"`.
test_text_is_written_as_traces_expects if {
	document := json.unmarshal(`{"value": "a\"b\\c\u0001\u00a0é<", "name": "x", "b": {"valueFrom": 1, "a": [1.50, null, true]}}`)
	secrets.text(document) == `{"b": {"a": [1.50, null, true], "valueFrom": 1}, "name": "x", "value": "a\"b\\c\x01\u00a0é<"}`
}
