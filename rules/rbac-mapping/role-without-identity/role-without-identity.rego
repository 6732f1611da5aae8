# METADATA
# title: role-without-identity
# description: A role is not bound to an identity-provider group
# custom:
#   level: warning
#   fix: Add `identity` with the identity provider and the group whose members hold the role
#   tags: [rbac, identity]
#   per_document: true
package oamlint.rules["rbac-mapping"]["role-without-identity"]

import data.oamlint.lib.access
import data.oamlint.lib.result

report contains violation if {
	some role in access.declared_roles
	not role.grant.identity
	subject := {
		"document": role.document,
		"path": role.path,
		"repository": role.repository,
		"role": role.role,
		"component": role.component,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` on `%s` is not bound to an identity-provider group, so who holds it is decided only in Gogs",
		[role.role, role.repository],
	))
}
