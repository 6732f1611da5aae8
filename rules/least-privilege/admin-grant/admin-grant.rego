# METADATA
# title: admin-grant
# description: A role grants admin on a repository
# custom:
#   level: error
#   fix: Grant `write` to the role that deploys, and keep admin with the organisation's Owners team
#   tags: [security, least-privilege]
#   per_document: true
package oamlint.rules["least-privilege"]["admin-grant"]

import data.oamlint.lib.access
import data.oamlint.lib.result

report contains violation if {
	some role in access.declared_roles
	role.permission == "admin"
	some subject in result.role_subjects(role, ["permission"])
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` grants `admin` on `%s` to %s",
		[role.role, role.repository, result.whom(subject.principal)],
	))
}
