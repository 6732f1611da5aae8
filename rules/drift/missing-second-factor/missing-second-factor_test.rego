package oamlint.rules.drift["missing-second-factor_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["missing-second-factor"] as rule

test_fail_once_per_local_user_without_a_second_factor if {
	violations := rule.report with input as fixture.envelope(fixture.specs, fixture.export)
	violations == {{
		"category": "drift",
		"rule": "missing-second-factor",
		"document": "",
		"path": ["gogs", "url"],
		"message": "`user:alice` signs in with a local password and has no second factor, but can push to 1 declared repository: `acme/api`",
		"properties": {"principal": "user:alice"},
	}}
}

test_success_when_the_user_has_a_second_factor if {
	export := json.patch(fixture.export, [{"op": "replace", "path": "/users/0/twoFactor", "value": true}])
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, export)
}

test_success_for_users_of_an_identity_provider_and_inactive_users if {
	export := json.patch(fixture.export, [{"op": "replace", "path": "/users/0/active", "value": false}])
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, export)
}

test_success_when_the_user_cannot_push_to_a_declared_repository if {
	specs := [fixture.app("site.yaml#0", "site", "acme/site", fixture.site_roles)]
	count(rule.report) == 0 with input as fixture.envelope(specs, fixture.export)
}

test_unevaluated_with_the_api_export if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, fixture.api_export)
	rule.unevaluated == {"users.signIn", "users.twoFactor"} with input as fixture.envelope(fixture.specs, fixture.api_export)
}

test_success_without_an_export if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, null)
}
