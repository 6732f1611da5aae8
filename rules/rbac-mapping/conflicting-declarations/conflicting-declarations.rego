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
# repository and role, reported at itself and naming the first. The environments of one
# Application (its `override` policies) are not compared with each other.
report contains violation if {
	some [repository, name], roles in conflicted
	repository != ""
	some role in roles
	first := first_for(role, [repository, name])
	[role.document, role.path] != [first[0], first[1]]
	grant(role) != [first[3], first[4]]
	violation := result.fail(rego.metadata.chain(), result.role_subject(role, []), sprintf(
		"Role `%s` on `%s` grants %s here, but %s in component `%s` (%s)",
		[name, repository, describe(role.permission, role.principals), describe(first[3], first[4]), first[2], file(first[0])],
	))
}

# conflicted[[repository, role name]]: the declarations of a role on a repository that do not all
# grant the same. Only these can differ from their first: a role alone, or declared alike
# everywhere, is never grouped or sorted. Only their declarations are gathered (OPA indexes the
# comprehension on `repository` and `name`), so `report` compares each declaration with those of
# its own role on its repository only, not with every one.
conflicted := {[repository, name]: roles |
	some [repository, name] in conflicted_pairs
	roles := {role | some role in access.declared_roles; role.repository == repository; role.role == name}
}

# The pairs declared with more than one grant, found without grouping every declaration: in the
# sorted distinct [repository, role name, permission, principals], the grants of one pair are
# neighbours, so such a pair is one whose entry follows an entry of the same pair.
conflicted_pairs contains [repository, name] if {
	some i, [repository, name, _, _] in variants
	i > 0
	[repository, name] == array.slice(variants[i - 1], 0, 2)
}

variants := sort({[role.repository, role.role, role.permission, role.principals] | some role in access.declared_roles})

# first_for(role, pair): the first declaration of the role's name on its repository that is not
# another environment of its own Application, as [document, path, component, permission,
# principals]. The first of all, computed once per pair (`firsts`), is that one unless it is
# another environment; only then are the others sorted for this role.
first_for(role, pair) := first if {
	first := firsts[pair]
	not access.other_environment(role.document, first[0])
} else := min({summary(other) |
	some other in conflicted[pair]
	not access.other_environment(role.document, other.document)
})

firsts := {pair: min({summary(role) | some role in roles}) | some pair, roles in conflicted}

summary(role) := [role.document, role.path, role.component, role.permission, role.principals]

grant(role) := [role.permission, role.principals]

describe(permission, principals) := sprintf("`%s` to %s", [permission, result.who(principals)])

file(document) := object.get(files, document, document)

files := {doc.id: doc.file | some doc in input.documents; doc.file}
