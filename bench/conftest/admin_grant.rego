# The admin-grant rule alone, written for conftest: what oamlint's admin-grant reports, in conftest's form
# (one `deny` message per role and principal that holds admin through a git-access trait).
package main

import rego.v1

deny contains msg if {
	some component in input.spec.components
	some trait in component.traits
	trait.type == "git-access"
	some name, role in trait.properties.roles
	role.permission == "admin"
	some principal in array.concat([sprintf("team:%s", [t]) | some t in role.teams], [sprintf("user:%s", [u]) | some u in role.users])
	msg := sprintf("Role `%s` grants `admin` on `%s` to `%s`", [name, trait.properties.repository, principal])
}
