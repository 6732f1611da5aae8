package oamlint.rules.drift["unknown-repository_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["unknown-repository"] as rule

gone := [fixture.app("gone.yaml#0", "archive", "acme/archive", {})]

test_success_when_every_repository_exists if {
	count(rule.report) == 0 with input as fixture.envelope(fixture.specs, fixture.export)
}

test_fail_repository_not_in_gogs if {
	violations := rule.report with input as fixture.envelope(gone, fixture.export)
	violations == {{
		"category": "drift",
		"rule": "unknown-repository",
		"document": "gone.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "repository"],
		"message": "Component `archive` is bound to `acme/archive`, which does not exist in Gogs",
		"properties": {"repository": "acme/archive", "component": "archive"},
	}}
}

test_fail_kustomize_url_to_a_missing_repository if {
	doc := {"id": "k.yaml#0", "document": {"kind": "Application", "spec": {"components": [{
		"name": "config",
		"type": "kustomize",
		"properties": {"url": "https://git.example.com/acme/config.git"},
	}]}}}
	violations := rule.report with input as fixture.envelope([doc], fixture.export)
	[v.path | some v in violations] == [["spec", "components", 0, "properties", "url"]]
}

test_success_when_private_repositories_are_not_visible if {
	count(rule.report) == 0 with input as fixture.envelope(gone, fixture.api_export)
	rule.unevaluated == {"repositories.private"} with input as fixture.envelope(gone, fixture.api_export)
}

test_success_without_an_export if {
	count(rule.report) == 0 with input as fixture.envelope(gone, null)
}

test_fail_repository_the_api_looked_up_and_did_not_find if {
	export := fixture.looked_up_export(["acme/archive"], ["acme"])
	violations := rule.report with input as fixture.envelope(gone, export)
	[v.message | some v in violations] == ["Component `archive` is bound to `acme/archive`, which does not exist in Gogs"]
	rule.unevaluated == set() with input as fixture.envelope(gone, export)
}
