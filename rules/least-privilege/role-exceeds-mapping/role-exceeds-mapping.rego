# METADATA
# title: role-exceeds-mapping
# description: A role holds more than the RBAC mapping allows for that role name
# custom:
#   level: error
#   fix: Lower the role's `permission` to the one the mapping allows, or grant the extra access to a role that is allowed it
#   tags: [security, least-privilege, rbac]
package oamlint.rules["least-privilege"]["role-exceeds-mapping"]

import data.oamlint.lib.access
import data.oamlint.lib.grants
import data.oamlint.lib.result

report contains violation if {
	some role in access.declared_roles
	limit := grants.role_limit(role)
	grants.levels[role.permission] > grants.levels[limit.permission]
	subject := {
		"document": role.document,
		"path": array.concat(role.path, ["permission"]),
		"repository": role.repository,
		"role": role.role,
		"component": role.component,
		"principal": concat(", ", role.principals),
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` grants `%s` on `%s`, but %s allows `%s` at most for `%s`",
		[role.role, role.permission, role.repository, limit.source, limit.permission, role.role],
	))
}
