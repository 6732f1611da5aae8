package oamlint.rules.drift["site-admin-access_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["site-admin-access"] as rule

test_fail_once_per_site_administrator if {
	violations := rule.report with input as fixture.envelope(fixture.specs, fixture.export)
	violations == {{
		"category": "drift",
		"rule": "site-admin-access",
		"document": "",
		"path": ["gogs", "url"],
		"message": "Site administrator `oscar` has owner access (web UI and API) to 2 declared repositories that no spec grants them: `acme/api`, `acme/site`",
		"properties": {"principal": "user:oscar"},
	}}
}

test_fail_lists_five_repositories_then_how_many_more if {
	names := ["a1", "a2", "a3", "a4", "a5", "a6", "a7"]
	export := object.union(fixture.export, {"repositories": [fixture.repository(n, "private", [], []) | some n in names]})
	specs := [fixture.app(sprintf("%s.yaml#0", [n]), n, sprintf("acme/%s", [n]), {}) | some n in names]
	violations := rule.report with input as fixture.envelope(specs, export)
	[v.message | some v in violations] == ["Site administrator `oscar` has owner access (web UI and API) to 7 declared repositories that no spec grants them: `acme/a1`, `acme/a2`, `acme/a3`, `acme/a4`, `acme/a5` and 2 more"]
}

test_fail_only_the_repositories_not_granted_to_the_administrator if {
	specs := [
		fixture.app("api.yaml#0", "api", "acme/api", {"admin": {"permission": "admin", "users": ["oscar"]}}),
		fixture.app("site.yaml#0", "site", "acme/site", {}),
	]
	violations := rule.report with input as fixture.envelope(specs, fixture.export)
	[v.message | some v in violations] == ["Site administrator `oscar` has owner access (web UI and API) to 1 declared repository that no spec grants them: `acme/site`"]
}

test_success_when_every_declared_repository_grants_the_administrator if {
	specs := [fixture.app("api.yaml#0", "api", "acme/api", {"admin": {"permission": "admin", "users": ["oscar"]}})]
	count(rule.report) == 0 with input as fixture.envelope(specs, fixture.export)
}

test_success_when_the_api_cannot_tell_who_is_an_administrator if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, fixture.api_export)
	rule.unevaluated == {"users.siteAdmin"} with input as fixture.envelope(fixture.specs, fixture.api_export)
}

test_success_without_an_export if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, null)
}
