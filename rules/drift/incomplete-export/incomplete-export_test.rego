package oamlint.rules.drift["incomplete-export_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["incomplete-export"] as rule

test_fail_once_per_rule_and_missing_part if {
	violations := rule.report with input as fixture.envelope(fixture.specs, fixture.api_export)
	{[v.properties.rule, v.properties.part] | some v in violations} == {
		["excess-permission", "repositories.private"],
		["excess-permission", "teams.repositories"],
		["missing-access", "effectiveAccess.teams"],
		["missing-access", "repositories.private"],
		["missing-access", "teams.repositories"],
		["missing-second-factor", "users.signIn"],
		["missing-second-factor", "users.twoFactor"],
		["site-admin-access", "users.siteAdmin"],
		["stale-credential", "accessTokens"],
		["stale-credential", "repositories.private"],
		["undeclared-access", "repositories.private"],
		["undeclared-access", "teams.repositories"],
		["unknown-repository", "repositories.private"],
		["unowned-repository", "repositories.private"],
	}
}

test_fail_says_which_part_which_collector_and_how_to_fix if {
	some violation in rule.report with input as fixture.envelope(fixture.specs, fixture.api_export)
	violation.properties.rule == "site-admin-access"
	violation == {
		"category": "drift",
		"rule": "incomplete-export",
		"document": "",
		"path": ["gogs", "site-admin-access", "users.siteAdmin"],
		"message": "could not evaluate site-admin-access: users.siteAdmin is not visible to the api collector (no site administrators); use --gogs-backup or --gogs-config for a complete export",
		"properties": {"rule": "site-admin-access", "part": "users.siteAdmin"},
	}
}

test_success_rules_turned_off_are_not_reported if {
	given := object.union(fixture.envelope(fixture.specs, fixture.api_export), {"config": {"rules": {
		"site-admin-access": "off",
		"stale-credential": {"level": "off"},
		"missing-access": {"level": "error"},
	}}})
	rules := {v.properties.rule | some v in rule.report} with input as given
	not "site-admin-access" in rules
	not "stale-credential" in rules
	"missing-access" in rules
}

test_success_with_a_complete_export if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, fixture.export)
}

test_success_without_an_export if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, null)
}
