# METADATA
# title: excess-permission
# description: A team or user holds a higher permission in Gogs than the specs declare
# custom:
#   level: error
#   fix: Lower the grant in Gogs to the declared permission, or raise the declaration if the access is really needed
#   tags: [security, drift, least-privilege]
package oamlint.rules.drift["excess-permission"]

import data.oamlint.lib.drift
import data.oamlint.lib.result

report contains violation if {
	some holding in drift.held
	grants := drift.declared_for(holding.repo, holding.key)
	holding.level > max({grant.level | some grant in grants}) # undefined when nothing is declared
	declared := drift.highest(grants, holding.key) # ranked only for a holding above every declaration
	subject := {
		"document": declared.document,
		"path": array.concat(declared.path, ["permission"]),
		"repository": holding.repository,
		"principal": holding.principal,
		"role": declared.role,
		"component": declared.component,
		"permission": holding.permission,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"`%s` has `%s` on `%s` in Gogs (%s), but role `%s` declares `%s`%s",
		[
			holding.principal, holding.permission, holding.repository, how[holding.via],
			declared.role, declared.permission, through(declared, holding),
		],
	))
}

how := {
	"team": "the team holds the repository",
	"owners-team": "the Owners team has owner on every repository of its organisation",
	"collaborator": "as a collaborator",
}

through(declared, holding) := "" if declared.key == holding.key

through(declared, holding) := sprintf(" to `%s`, which it is a member of", [declared.principal]) if {
	declared.key != holding.key
}

# Team grants need the team's repositories; a declared repository neither seen nor looked up may be private.
unevaluated := drift.unseen({"teams.repositories"}) | drift.unseen_private
