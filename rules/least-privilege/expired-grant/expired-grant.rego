# METADATA
# title: expired-grant
# description: A time-boxed role grant is past its `until` date, or its `until` is not a date
# custom:
#   level: error
#   fix: Remove the expired role, or, if the access is still needed, renew it with a new `until` and the reason
#   tags: [security, least-privilege]
package oamlint.rules["least-privilege"]["expired-grant"]

import data.oamlint.lib.access
import data.oamlint.lib.config
import data.oamlint.lib.result

report contains violation if {
	some role in access.declared_roles
	until := role.grant.until
	ends_ns(until) < config.now_ns
	violation := result.fail(rego.metadata.chain(), subject(role), sprintf(
		"Role `%s` grants `%s` on `%s` to %s until `%s`, which has passed",
		[role.role, role.permission, role.repository, who(role.principals), until],
	))
}

report contains violation if {
	some role in access.declared_roles
	until := role.grant.until
	not ends_ns(until)
	violation := result.fail(rego.metadata.chain(), subject(role), sprintf(
		"Role `%s` has `until` `%v`, which is not a date; expected `YYYY-MM-DD` or an RFC 3339 time such as `2026-12-31T18:00:00Z`",
		[role.role, until],
	))
}

# The last nanosecond of a grant: the end of the day (UTC) for a date, else the timestamp.
ends_ns(until) := (time.parse_rfc3339_ns(sprintf("%sT00:00:00Z", [until])) + day_ns) - 1 if {
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, until)
}

ends_ns(until) := time.parse_rfc3339_ns(until) if {
	not regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, until)
}

day_ns := ((24 * 60) * 60) * 1000000000

subject(role) := {
	"document": role.document,
	"path": array.concat(role.path, ["until"]),
	"repository": role.repository,
	"role": role.role,
	"component": role.component,
	"principal": concat(", ", role.principals),
}

who(principals) := "nobody" if count(principals) == 0

who(principals) := concat(", ", [sprintf("`%s`", [p]) | some p in principals]) if count(principals) > 0
