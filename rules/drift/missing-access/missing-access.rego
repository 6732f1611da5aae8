# METADATA
# title: missing-access
# description: A spec declares access that Gogs does not grant
# custom:
#   level: warning
#   fix: Grant the declared permission in Gogs (team repositories, collaborators), or lower or remove the declaration
#   tags: [drift]
package oamlint.rules.drift["missing-access"]

import data.oamlint.lib.drift
import data.oamlint.lib.permissions
import data.oamlint.lib.result

report contains violation if {
	some [repo, key] in drift.declared_pairs
	declared := drift.top(repo, key)
	level := drift.granted(declared)
	level < declared.level
	not uncertain(declared)
	subject := {
		"document": declared.document,
		"path": array.concat(declared.path, ["permission"]),
		"repository": declared.repository,
		"principal": declared.principal,
		"role": declared.role,
		"component": declared.component,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` declares `%s` on `%s` for `%s`, but Gogs grants %s",
		[declared.role, declared.permission, declared.repository, declared.principal, granted_text(level)],
	))
}

granted_text(0) := "no access"

granted_text(level) := sprintf("only `%s`", [permissions.level_name(level)]) if level > 0

# A user's access may come through a team whose repositories the export does not show.
uncertain(declared) if {
	startswith(declared.key, "user:")
	drift.missing["effectiveAccess.teams"]
}

unevaluated := drift.unseen({"teams.repositories", "effectiveAccess.teams"}) | drift.unseen_private
