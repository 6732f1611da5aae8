# METADATA
# title: role-exceeds-mapping
# description: A role holds more than the RBAC mapping allows for that role name
# custom:
#   level: error
#   fix: Lower the role's `permission` to the one the mapping allows, or grant the extra access to a role that is allowed it
#   tags: [security, least-privilege, rbac]
#   per_document: true
package oamlint.rules["least-privilege"]["role-exceeds-mapping"]

import data.oamlint.lib.access
import data.oamlint.lib.grants
import data.oamlint.lib.permissions
import data.oamlint.lib.result

report contains violation if {
	some role in access.declared_roles
	limit := grants.limit(role.document, role.role)
	permissions.levels[role.permission] > permissions.levels[limit.permission]
	some subject in result.role_subjects(role, ["permission"])
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` grants `%s` on `%s` to %s, but %s allows `%s` at most for `%s`",
		[role.role, role.permission, role.repository, result.whom(subject.principal), limit.source, limit.permission, role.role],
	))
}
