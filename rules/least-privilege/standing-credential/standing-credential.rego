# METADATA
# title: standing-credential
# description: A credential is issued to every role, or to a role that only reads
# custom:
#   level: warning
#   fix: List under `credentials.roles` only the roles that write, usually just `deploy`; read-only roles use their team or identity group
#   tags: [security, least-privilege, credentials]
#   per_document: true
package oamlint.rules["least-privilege"]["standing-credential"]

import data.oamlint.lib.access
import data.oamlint.lib.grants
import data.oamlint.lib.permissions
import data.oamlint.lib.result

report contains violation if {
	some credential in grants.credentials
	object.get(credential.properties, "roles", null) == null
	violation := result.fail(rego.metadata.chain(), subject(credential, credential.path), sprintf(
		"Credential `%s` for `%s` is issued to every role: it has no `roles` list",
		[grants.kind(credential), credential.repository],
	))
}

report contains violation if {
	some credential in grants.credentials
	declared := object.keys(credential.roles)
	count(declared) > 1
	issued := {name | some name in credential.properties.roles}
	declared == issued
	violation := result.fail(rego.metadata.chain(), subject(credential, array.concat(credential.path, ["roles"])), sprintf(
		"Credential `%s` for `%s` is issued to every role (%s)",
		[grants.kind(credential), credential.repository, names(declared)],
	))
}

report contains violation if {
	some credential in grants.credentials
	some [i, name] in first_places(credential.properties.roles)
	grant := credential.roles[name]
	permission := object.get(grant, "permission", "read")
	permissions.levels[permission] < permissions.levels.write
	path := array.concat(credential.path, ["roles", i])
	violation := result.fail(
		rego.metadata.chain(),
		object.union(subject(credential, path), {"role": name, "principal": concat(", ", access.principals(grant))}),
		sprintf(
			"Credential `%s` for `%s` is issued to role `%s`, which only has `%s`",
			[grants.kind(credential), credential.repository, name, permission],
		),
	)
}

subject(credential, path) := {
	"document": credential.document,
	"path": path,
	"repository": credential.repository,
	"component": credential.component,
}

names(roles) := concat(", ", [sprintf("`%s`", [name]) | some name in sort(roles)])

# [index, name] of each role a credential is issued to, at its first place in `roles`: a role listed again is the
# same grant, and reporting it again repeated its principals in every finding (2,000 listings of a role of 2,000
# users: 66 MB of output). Sorted once, not searched once per item.
first_places(roles) := {[i, name] |
	pairs := sort([[item, j] | some j, item in roles])
	some k, [name, i] in pairs
	not listed_before(pairs, k)
}

listed_before(pairs, k) if {
	k > 0
	pairs[k - 1][0] == pairs[k][0]
}
