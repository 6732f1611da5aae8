# METADATA
# title: undeclared-access
# description: A team or user has access in Gogs to a declared repository that no spec declares
# custom:
#   level: error
#   fix: Declare the access in a role of the repository's `git-access` trait, or remove it in Gogs
#   tags: [security, drift]
package oamlint.rules.drift["undeclared-access"]

import data.oamlint.lib.drift
import data.oamlint.lib.result

report contains violation if {
	some holding in drift.held
	holding.via != "owners-team"
	drift.declared_repositories[holding.repo]
	count(drift.declared_for(holding.repo, holding.key)) == 0
	binding := drift.binding_of(holding.repo)
	subject := {
		"document": binding.document,
		"path": binding.source_path,
		"repository": holding.repository,
		"principal": holding.principal,
		"permission": holding.permission,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"`%s` has `%s` on `%s` in Gogs (%s), which no spec declares",
		[holding.principal, holding.permission, holding.repository, how[holding.via]],
	))
}

how := {"team": "the team holds the repository", "collaborator": "as a collaborator"}

# Team grants need the team's repositories; a declared repository neither seen nor looked up may be private.
unevaluated := drift.unseen({"teams.repositories"}) | drift.unseen_private
