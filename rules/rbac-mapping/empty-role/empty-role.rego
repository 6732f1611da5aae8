# METADATA
# title: empty-role
# description: A role names no teams and no users
# custom:
#   level: error
#   fix: List the teams (`<org>/<team>`) that hold the role, or remove the role
#   tags: [rbac]
#   per_document: true
package oamlint.rules["rbac-mapping"]["empty-role"]

import data.oamlint.lib.access
import data.oamlint.lib.result

report contains violation if {
	some role in access.declared_roles
	count(role.principals) == 0
	subject := {
		"document": role.document,
		"path": role.path,
		"repository": role.repository,
		"role": role.role,
		"component": role.component,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` on `%s` names no teams and no users, so nobody holds it",
		[role.role, role.repository],
	))
}
