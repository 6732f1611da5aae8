# METADATA
# title: admin-grant
# description: A role grants admin on a repository
# custom:
#   level: error
#   fix: Grant `write` to the role that deploys, and keep admin with the organisation's Owners team
#   tags: [security, least-privilege]
package oamlint.rules["least-privilege"]["admin-grant"]

import data.oamlint.lib.access
import data.oamlint.lib.result

report contains violation if {
	some role in access.declared_roles
	role.permission == "admin"
	subject := {
		"document": role.document,
		"path": array.concat(role.path, ["permission"]),
		"repository": role.repository,
		"role": role.role,
		"component": role.component,
		"principal": concat(", ", role.principals),
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` grants `admin` on `%s` to %s",
		[role.role, role.repository, who(role.principals)],
	))
}

who(principals) := "nobody" if count(principals) == 0

who(principals) := concat(", ", [sprintf("`%s`", [p]) | some p in principals]) if count(principals) > 0
