# METADATA
# title: direct-user-grant
# description: A role grants access to an individual user instead of a team
# custom:
#   level: warning
#   fix: Add the user to a team and grant the role to the team; for break-glass access, add `until` and a waiver with a reason
#   tags: [security, least-privilege]
#   per_document: true
package oamlint.rules["least-privilege"]["direct-user-grant"]

import data.oamlint.lib.access
import data.oamlint.lib.grants
import data.oamlint.lib.result

report contains violation if {
	some role in access.declared_roles
	some i, user in object.get(role.grant, "users", [])
	not grants.broad[user] # everyone and wildcards are broad-principal's
	subject := {
		"document": role.document,
		"path": array.concat(role.path, ["users", i]),
		"repository": role.repository,
		"role": role.role,
		"component": role.component,
		"principal": sprintf("user:%s", [user]),
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` grants `%s` on `%s` to the individual user `%s` instead of a team",
		[role.role, role.permission, role.repository, user],
	))
}
