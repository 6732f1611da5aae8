package oamlint.rules.drift["stale-credential_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["stale-credential"] as rule

# The fixture's clock is 2026-01-01: bob's token was used 12 days ago, alice's created 31 days
# ago and never used, the deploy key `ci` on acme/api added 214 days ago.
at(now, documents, export) := object.union(fixture.envelope(documents, export), {"now": now})

test_fail_deploy_key_older_than_the_default_at_the_repository if {
	violations := rule.report with input as fixture.envelope(fixture.specs, fixture.export)
	violations == {{
		"category": "drift",
		"rule": "stale-credential",
		"document": "api.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "repository"],
		"message": "Deploy key `ci` on `acme/api` was added 2025-06-01, 214 days ago (more than 90), and Gogs does not record its use",
		"properties": {"repository": "acme/api", "principal": "deploy-key:ci"},
	}}
}

test_fail_deploy_key_on_an_undeclared_repository_at_the_organisation if {
	violations := rule.report with input as fixture.envelope([], fixture.export)
	[[v.document, v.path] | some v in violations] == [["", ["gogs", "orgs", 0]]]
}

test_success_deploy_keys_outside_the_audit if {
	given := json.patch(fixture.envelope([], fixture.export), [{"op": "replace", "path": "/config", "value": {}}])
	count(rule.report) == 0 with input as given
}

test_fail_tokens_unused_for_longer_than_the_configured_age if {
	export := object.union(fixture.export, {"repositories": []})
	given := object.union(fixture.envelope([], export), {"config": {"rules": {"stale-credential": {"maxAgeDays": 20}}}})
	violations := rule.report with input as given
	violations == {{
		"category": "drift",
		"rule": "stale-credential",
		"document": "",
		"path": ["gogs", "url"],
		"message": "Access token `laptop` of `alice` has not been used since it was created 2025-12-01, 31 days ago (more than 20)",
		"properties": {"principal": "token:alice/laptop"},
	}}
}

test_fail_token_last_used_long_ago if {
	violations := rule.report with input as at("2026-06-01T00:00:00Z", [], object.union(fixture.export, {"repositories": []}))
	{v.message | some v in violations} == {
		"Access token `ci` of `bob` was last used 2025-12-20, 163 days ago (more than 90)",
		"Access token `laptop` of `alice` has not been used since it was created 2025-12-01, 182 days ago (more than 90)",
	}
}

test_success_credentials_without_times_are_not_judged if {
	export := object.union(fixture.export, {
		"accessTokens": [{"user": "bob", "name": "old", "created": null, "lastUsed": null}],
		"repositories": [object.union(fixture.export.repositories[0], {"deployKeys": [{
			"title": "k", "fingerprint": "SHA256:y", "readOnly": true, "created": null,
		}]})],
	})
	count(rule.report) == 0 with input as at("2030-01-01T00:00:00Z", fixture.specs, export)
}

test_unevaluated_with_the_api_export if {
	rule.unevaluated == {"accessTokens", "repositories.private"} with input as fixture.envelope(fixture.specs, fixture.api_export)
}

test_unevaluated_only_tokens_when_the_api_looked_every_declared_repository_up if {
	export := fixture.looked_up_export(["acme/api", "acme/site"], ["acme"])
	rule.unevaluated == {"accessTokens"} with input as fixture.envelope(fixture.specs, export)
}

test_success_without_an_export if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, null)
}
