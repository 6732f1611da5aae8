package oamlint.rules.drift["unowned-repository_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["unowned-repository"] as rule

test_fail_repository_of_a_configured_organisation_no_spec_declares if {
	violations := rule.report with input as fixture.envelope(fixture.specs, fixture.export)
	violations == {{
		"category": "drift",
		"rule": "unowned-repository",
		"document": "",
		"path": ["gogs", "orgs", 0],
		"message": "Repository `acme/ledger` (private) of organisation `acme` is declared by no spec",
		"properties": {"repository": "acme/ledger", "organization": "acme"},
	}}
}

test_success_when_every_repository_is_declared if {
	specs := array.concat(fixture.specs, [fixture.app("ledger.yaml#0", "ledger", "ACME/Ledger", {})])
	count(rule.report) == 0 with input as fixture.envelope(specs, fixture.export)
}

test_success_organisations_not_configured_are_not_audited if {
	given := object.union(fixture.envelope(fixture.specs, fixture.export), {"config": {"gogs": {"orgs": ["umbrella"]}}})
	count(rule.report) == 0 with input as given
	count(rule.unevaluated) == 0 with input as given
}

test_unevaluated_with_the_api_export if {
	given := fixture.envelope(fixture.specs, fixture.api_export)
	rule.unevaluated == {"repositories.private"} with input as given
	given_umbrella := object.union(given, {"config": {"gogs": {"orgs": ["acme", "umbrella"]}}})
	rule.unevaluated == {"repositories.private", "organizations"} with input as given_umbrella
}

test_success_without_an_export if {
	count(rule.report) == 0 with input as fixture.envelope([], null)
}
