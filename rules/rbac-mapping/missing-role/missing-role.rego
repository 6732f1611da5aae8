# METADATA
# title: missing-role
# description: A required role is not declared for a component's repository
# custom:
#   level: error
#   fix: Declare the role in the component's `git-access` trait, with the teams and identity group that hold it
#   tags: [rbac]
#   per_document: true
package oamlint.rules["rbac-mapping"]["missing-role"]

import data.oamlint.lib.access
import data.oamlint.lib.result

# A component with a git-access trait: reported at the trait's `roles` (or its properties).
report contains violation if {
	some trait in access.traits
	roles := object.get(trait.properties, "roles", {})
	some role in access.required_roles(trait.document)
	not role in object.keys(roles)
	repository := object.get(trait.properties, "repository", "")
	subject := {
		"document": trait.document,
		"path": array.concat(trait.path, [key | some key in ["roles"]; key in object.keys(trait.properties)]),
		"component": trait.component,
		"repository": repository,
		"role": role,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Component `%s` does not declare the required role `%s`%s",
		[trait.component, role, on(repository)],
	))
}

# A component bound only by a kustomize/helm Git URL declares no role at all.
report contains violation if {
	some binding in access.bindings
	not [binding.document, binding.path] in with_trait
	some role in access.required_roles(binding.document)
	subject := {
		"document": binding.document,
		"path": binding.path,
		"component": binding.component,
		"repository": binding.repository,
		"role": role,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Component `%s` does not declare the required role `%s`%s: it has no `git-access` trait",
		[binding.component, role, on(binding.repository)],
	))
}

with_trait contains [trait.document, array.slice(trait.path, 0, 3)] if some trait in access.traits

on(repository) := sprintf(" for `%s`", [repository]) if repository != ""

on("") := ""
