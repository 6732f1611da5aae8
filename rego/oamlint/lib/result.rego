# METADATA
# description: Builds every violation, so all rules report the same shape.
package oamlint.lib.result

# fail(chain, subject, message): a violation of the rule whose metadata chain is given.
#   chain   rego.metadata.chain() from the rule; its package path is
#           oamlint.rules.<category>["<slug>"]
#   subject an object with `document` (the document id), `path` (keys and indexes into
#           that document) and any properties that identify what the finding is about
#           (repository, principal, role, component, ...)
fail(chain, subject, message) := {
	"category": chain[0].path[2],
	"rule": chain[0].path[3],
	"document": subject.document,
	"path": subject.path,
	"message": message,
	"properties": object.remove(subject, {"document", "path"}),
}

# role_subject(role, suffix): the subject of a finding about a declared role as a whole (an
# item of lib/access `declared_roles`), located at `suffix` under the role (e.g. ["permission"]).
# `rolePrincipals` lists the role's principals, for a role of at most `former_principals_max` of them; Python
# derives from it the fingerprint such a finding had when a role's principals were one joined `principal`
# (oamlint.findings.former_fingerprint). A role gives a finding per principal, so every principal's finding
# carrying all of them made the output grow with the square of the role (a role of 1,300 users in 30 environments:
# 18 s of OPA's time and gigabytes of output, 1.5 s without).
role_subject(role, suffix) := object.union(
	{
		"document": role.document,
		"path": array.concat(role.path, suffix),
		"repository": role.repository,
		"role": role.role,
		"component": role.component,
	},
	former_principals(role.principals),
)

former_principals_max := 50

former_principals(principals) := {"rolePrincipals": principals} if count(principals) <= former_principals_max

else := {}

# role_subjects(role, suffix): one subject per principal of the role, so that a waiver or a
# baseline addresses each grant and adding a team to a role leaves the others' findings as
# they were; one subject with principal "" when the role names nobody.
role_subjects(role, suffix) := {object.union(role_subject(role, suffix), {"principal": principal}) |
	some principal in principals_or_none(role.principals)
}

principals_or_none(principals) := principals if count(principals) > 0

principals_or_none(principals) := [""] if count(principals) == 0

# who(principals): the principals of a role in a message: "`team:acme/ci`, `user:bob`", or "nobody".
who(principals) := "nobody" if count(principals) == 0

who(principals) := listing(principals) if count(principals) > 0

# At most five names, each in backticks, then how many more: a message never holds a whole list (a finding per
# role of conflicting-declarations named all 8,000 users of the first declaration: 69 MB of text for 600 roles).
listing(names) := concat(", ", [sprintf("`%s`", [n]) | some n in names]) if count(names) <= 5

listing(names) := sprintf("%s and %d more", [
	concat(", ", [sprintf("`%s`", [n]) | some n in array.slice(names, 0, 5)]),
	count(names) - 5,
]) if count(names) > 5

# whom(principal): the principal of one of `role_subjects` in a message: "`team:acme/ci`", or "nobody".
whom(principal) := who([p | some p in [principal]; p != ""])
