# METADATA
# title: type-needs-role
# description: A component uses a type mapped to a role that its git-access trait does not declare
# custom:
#   level: error
#   fix: Declare the role the type needs in the component's `git-access` trait, or map the type to another role in .oamlint.yaml `types`
#   tags: [rbac]
#   per_document: true
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
	document := use.document
	component_path := use.component_path
	repositories := {binding.repository |
		some binding in access.bindings
		binding.document == document
		binding.path == component_path
	}
	subject := {
		"document": use.document,
		"path": use.path,
		"component": use.component,
		"repository": concat(", ", sort(repositories)),
		"role": role,
		"type": use.type,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Component `%s` uses `%s`, which needs the `%s` role, but does not declare `%s`",
		[use.component, use.type, role, role],
	))
}

declares(key, role) if [key[0], key[1], role] in access.component_roles
