# METADATA
# title: expired-grant
# description: A time-boxed role grant is past its `until` date, or its `until` is not a date
# custom:
#   level: error
#   fix: Remove the expired role, or, if the access is still needed, renew it with a new `until` and the reason
#   tags: [security, least-privilege]
#   per_document: true
package oamlint.rules["least-privilege"]["expired-grant"]

import data.oamlint.lib.access
import data.oamlint.lib.config
import data.oamlint.lib.duration
import data.oamlint.lib.result

report contains violation if {
	some role in access.declared_roles
	until := role.grant.until
	duration.ends_ns(until) < config.now_ns
	some subject in result.role_subjects(role, ["until"])
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` grants `%s` on `%s` to %s until `%s`, which has passed",
		[role.role, role.permission, role.repository, result.whom(subject.principal), until],
	))
}

report contains violation if {
	some role in access.declared_roles
	until := role.grant.until
	not duration.ends_ns(until)
	violation := result.fail(rego.metadata.chain(), result.role_subject(role, ["until"]), sprintf(
		"Role `%s` has `until` `%v`, which is not a date; expected `YYYY-MM-DD` or an RFC 3339 time such as `2026-12-31T18:00:00Z`",
		[role.role, until],
	))
}
