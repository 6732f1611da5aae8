# METADATA
# title: broad-principal
# description: A role is granted to the Owners team, to every member, or to a wildcard
# custom:
#   level: error
#   fix: Grant the role to the one team (and identity group) that needs it, such as `acme/deployers`, never to Owners, everyone or a pattern
#   tags: [security, least-privilege]
#   per_document: true
package oamlint.rules["least-privilege"]["broad-principal"]

import data.oamlint.lib.access
import data.oamlint.lib.grants
import data.oamlint.lib.result

# Principal kind for each list of a grant.
kinds := {"teams": "team", "users": "user"}

report contains violation if {
	some role in access.declared_roles
	some field, kind in kinds
	some i, entry in object.get(role.grant, field, [])
	reason := grants.broad[entry]
	violation := broad(role, array.concat(role.path, [field, i]), sprintf("%s:%s", [kind, entry]), reason)
}

report contains violation if {
	some role in access.declared_roles
	identity := role.grant.identity
	reason := grants.broad[identity.group]
	principal := sprintf("group:%s/%s", [object.get(identity, "provider", ""), identity.group])
	violation := broad(role, array.concat(role.path, ["identity", "group"]), principal, reason)
}

broad(role, path, principal, reason) := result.fail(
	rego.metadata.chain(),
	{
		"document": role.document,
		"path": path,
		"repository": role.repository,
		"role": role.role,
		"component": role.component,
		"principal": principal,
	},
	sprintf(
		"Role `%s` grants `%s` on `%s` to `%s`, %s",
		[role.role, role.permission, role.repository, principal, reason],
	),
)
