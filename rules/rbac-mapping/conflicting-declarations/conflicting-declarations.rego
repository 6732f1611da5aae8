# METADATA
# title: conflicting-declarations
# description: Two components declare different grants for the same repository and role
# custom:
#   level: warning
#   fix: Make every declaration of the role on this repository grant the same permission to the same teams and users
#   tags: [rbac]
package oamlint.rules["rbac-mapping"]["conflicting-declarations"]

import data.oamlint.lib.access
import data.oamlint.lib.result

# Each declaration that differs from the first one (by document id, then path) for its
# repository and role, reported at itself and naming the first.
report contains violation if {
	some key, roles in declarations
	first := earliest(roles)
	some role in roles
	role != first
	grant(role) != grant(first)
	subject := {
		"document": role.document,
		"path": role.path,
		"repository": role.repository,
		"role": role.role,
		"component": role.component,
		"principal": concat(", ", role.principals),
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` on `%s` grants %s here, but %s in component `%s` (%s)",
		[role.role, role.repository, describe(role), describe(first), first.component, file(first.document)],
	))
}

# [repository, role] → its declarations.
declarations[[role.repository, role.role]] contains role if {
	some role in access.declared_roles
	role.repository != ""
}

earliest(roles) := role if {
	first := min({[role.document, role.path] | some role in roles})
	some role in roles
	[role.document, role.path] == first
}

grant(role) := [role.permission, role.principals]

describe(role) := sprintf("`%s` to %s", [role.permission, who(role.principals)])

who(principals) := "nobody" if count(principals) == 0

who(principals) := concat(", ", [sprintf("`%s`", [p]) | some p in principals]) if count(principals) > 0

file(document) := object.get(files, document, document)

files := {doc.id: doc.file | some doc in input.documents; doc.file}
