package oamlint.rules["least-privilege"]["expired-grant_test"]

import data.oamlint.rules["least-privilege"]["expired-grant"] as rule
import data.oamlint.test.fixtures

app(roles, now) := object.union(fixtures.app(roles), {"now": now})

oncall(until) := {"oncall": {"permission": "write", "users": ["alice"], "until": until}}

messages(roles, now) := {v.message | some v in violations} if {
	violations := rule.report with input as app(roles, now)
}

test_fail_date_in_the_past if {
	violations := rule.report with input as app(oncall("2026-10-31"), "2026-11-25T00:00:00Z")
	violations == {{
		"category": "least-privilege",
		"rule": "expired-grant",
		"document": "apps/payments.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "oncall", "until"],
		"message": "Role `oncall` grants `write` on `acme/payments-api` to `user:alice` until `2026-10-31`, which has passed",
		"properties": {
			"repository": "acme/payments-api",
			"role": "oncall",
			"component": "payments-api",
			"principal": "user:alice",
			"rolePrincipals": ["user:alice"],
		},
	}}
}

test_fail_date_expires_at_the_end_of_the_day if {
	count(rule.report) == 1 with input as app(oncall("2026-11-24"), "2026-11-25T00:00:00Z")
}

test_fail_timestamp_in_the_past if {
	messages(
		{"deploy": {"permission": "write", "teams": ["acme/deployers", "acme/sre"], "until": "2026-11-24T23:59:59+01:00"}},
		"2026-11-25T00:00:00Z",
	) == {
		"Role `deploy` grants `write` on `acme/payments-api` to `team:acme/deployers` until `2026-11-24T23:59:59+01:00`, which has passed",
		"Role `deploy` grants `write` on `acme/payments-api` to `team:acme/sre` until `2026-11-24T23:59:59+01:00`, which has passed",
	}
}

test_fail_grant_to_nobody if {
	messages({"audit": {"until": "2025-01-01"}}, "2026-11-25T00:00:00Z") == {"Role `audit` grants `read` on `acme/payments-api` to nobody until `2025-01-01`, which has passed"}
}

test_fail_until_is_not_a_date if {
	violations := rule.report with input as app(oncall("next week"), "2026-11-25T00:00:00Z")
	some violation in violations
	count(violations) == 1
	violation.path == ["spec", "components", 0, "traits", 0, "properties", "roles", "oncall", "until"]
	violation.message == "Role `oncall` has `until` `next week`, which is not a date; expected `YYYY-MM-DD` or an RFC 3339 time such as `2026-12-31T18:00:00Z`"
}

test_fail_until_is_not_a_string if {
	messages(oncall(20261231), "2026-11-25T00:00:00Z") == {"Role `oncall` has `until` `20261231`, which is not a date; expected `YYYY-MM-DD` or an RFC 3339 time such as `2026-12-31T18:00:00Z`"}
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
					"spec": {"repository": "acme/billing", "roles": {"oncall": {"users": ["bob"], "until": "2026-01-01"}}},
				}}],
			}]},
		},
	}
	some violation in rule.report with input as {"now": "2026-11-25T00:00:00Z", "documents": [doc]}
	violation.path == ["spec", "components", 0, "traits", 0, "trait", "spec", "roles", "oncall", "until"]
}

test_success_date_is_today if {
	count(rule.report) == 0 with input as app(oncall("2026-11-25"), "2026-11-25T23:59:59Z")
}

test_success_date_in_the_future if {
	count(rule.report) == 0 with input as app(oncall("2026-12-31"), "2026-11-25T00:00:00Z")
}

test_success_timestamp_in_the_future if {
	count(rule.report) == 0 with input as app(oncall("2026-11-25T08:00:00Z"), "2026-11-25T07:59:59Z")
}

test_success_grant_without_until if {
	count(rule.report) == 0 with input as app({"deploy": {"permission": "write", "teams": ["acme/deployers"]}}, "2026-11-25T00:00:00Z")
}
