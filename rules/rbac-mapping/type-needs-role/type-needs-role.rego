# METADATA
# title: type-needs-role
# description: A component uses a type mapped to a role that its git-access trait does not declare
# custom:
#   level: error
#   fix: Declare the role the type needs in the component's `git-access` trait, or map the type to another role in .oamlint.yaml `types`
#   tags: [rbac]
package oamlint.rules["rbac-mapping"]["type-needs-role"]

import data.oamlint.lib.access
import data.oamlint.lib.result

report contains violation if {
	some use in access.type_uses
	role := input.config.types[use.type]
	role != "none"
	key := [use.document, use.component_path]
	key in access.bound
	not declares(key, role)
	subject := {
		"document": use.document,
		"path": use.path,
		"component": use.component,
		"repository": concat(", ", sort(repositories[key])),
		"role": role,
		"type": use.type,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Component `%s` uses `%s`, which needs the `%s` role, but does not declare `%s`",
		[use.component, use.type, role, role],
	))
}

# [document, component path] → the roles its git-access traits declare.
declared[key] contains role if {
	some trait in access.traits
	key := [trait.document, array.slice(trait.path, 0, 3)]
	some role, _ in object.get(trait.properties, "roles", {})
}

declares(key, role) if role in declared[key]

# [document, component path] → the repositories it is bound to.
repositories[[binding.document, binding.path]] contains binding.repository if some binding in access.bindings
