# METADATA
# description: |
#   Normalises the access that specs declare, whatever the OAM form:
#   the v1beta1 `git-access` trait and the v1alpha2 `GitAccessTrait` trait object.
package oamlint.lib.access

# Every git-access trait: where it is, which component it belongs to, its properties.
traits contains trait if {
	some doc in input.documents
	doc.document.kind == "Application"
	some i, component in doc.document.spec.components
	some j, t in component.traits
	t.type == "git-access"
	trait := {
		"document": doc.id,
		"path": ["spec", "components", i, "traits", j, "properties"],
		"component": component.name,
		"properties": object.get(t, "properties", {}),
	}
}

traits contains trait if {
	some doc in input.documents
	doc.document.kind == "ApplicationConfiguration"
	some i, component in doc.document.spec.components
	some j, t in component.traits
	t.trait.kind == "GitAccessTrait"
	trait := {
		"document": doc.id,
		"path": ["spec", "components", i, "traits", j, "trait", "spec"],
		"component": component.componentName,
		"properties": object.get(t.trait, "spec", {}),
	}
}

# Every role a trait declares, with its principals as `team:<org>/<team>` and `user:<name>`.
declared_roles contains role if {
	some trait in traits
	some name, grant in trait.properties.roles
	role := {
		"document": trait.document,
		"path": array.concat(trait.path, ["roles", name]),
		"component": trait.component,
		"repository": object.get(trait.properties, "repository", ""),
		"role": name,
		"permission": object.get(grant, "permission", "read"),
		"principals": principals(grant),
		"grant": grant,
	}
}

principals(grant) := sort(array.concat(
	[sprintf("team:%s", [t]) | some t in object.get(grant, "teams", [])],
	[sprintf("user:%s", [u]) | some u in object.get(grant, "users", [])],
))
