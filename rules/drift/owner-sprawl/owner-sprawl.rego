# METADATA
# title: owner-sprawl
# description: An organisation's Owners team has more members than allowed
# custom:
#   level: warning
#   fix: Keep only the people who administer the organisation in its Owners team; give everyone else a team with the permission they need
#   tags: [security, drift, least-privilege]
#   options:
#     max: 3
package oamlint.rules.drift["owner-sprawl"]

import data.oamlint.lib.config
import data.oamlint.lib.drift
import data.oamlint.lib.result

report contains violation if {
	drift.exported
	limit := config.option(rego.metadata.chain(), "max")
	some i, name in input.config.gogs.orgs
	org := drift.organizations[lower(name)]
	count(org.owners) > limit
	subject := {"document": "", "path": ["gogs", "orgs", i], "organization": name}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Organisation `%s` has %d %s (%s), more than the %d allowed",
		[name, count(org.owners), noun(count(org.owners)), concat(", ", sort(org.owners)), limit],
	))
}

noun(1) := "owner"

noun(n) := "owners" if n != 1

unevaluated contains "organizations" if {
	some name in input.config.gogs.orgs
	drift.unjudged_organization(name)
}
