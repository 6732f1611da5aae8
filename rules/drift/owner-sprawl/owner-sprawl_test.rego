package oamlint.rules.drift["owner-sprawl_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["owner-sprawl"] as rule

owners(names) := json.patch(fixture.export, [{"op": "replace", "path": "/organizations/0/owners", "value": names}])

test_success_within_the_default_of_three if {
	count(rule.report) == 0 with input as fixture.envelope([], owners(["alice", "bob", "carol"]))
}

test_fail_more_owners_than_the_default if {
	violations := rule.report with input as fixture.envelope([], owners(["dave", "alice", "bob", "carol"]))
	violations == {{
		"category": "drift",
		"rule": "owner-sprawl",
		"document": "",
		"path": ["gogs", "orgs", 0],
		"message": "Organisation `acme` has 4 owners (alice, bob, carol, dave), more than the 3 allowed",
		"properties": {"organization": "acme"},
	}}
}

test_fail_more_owners_than_the_configured_max if {
	given := object.union(fixture.envelope([], fixture.export), {"config": {
		"gogs": {"orgs": ["acme"]},
		"rules": {"owner-sprawl": {"level": "warning", "max": 0}},
	}})
	violations := rule.report with input as given
	[v.message | some v in violations] == ["Organisation `acme` has 1 owner (alice), more than the 0 allowed"]
}

test_unevaluated_only_for_a_configured_organisation_not_found if {
	rule.unevaluated == set() with input as fixture.envelope([], fixture.api_export)
	given := object.union(fixture.envelope([], fixture.api_export), {"config": {"gogs": {"orgs": ["umbrella"]}}})
	rule.unevaluated == {"organizations"} with input as given
}

test_success_without_an_export if {
	count(rule.report) == 0 with input as fixture.envelope([], null)
}
