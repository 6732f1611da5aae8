# METADATA
# title: unowned-repository
# description: A repository of an organisation listed under `gogs.orgs` is declared by no spec
# custom:
#   level: warning
#   fix: Declare the repository in a spec (a `git-access` trait with its roles), or archive or delete it in Gogs
#   tags: [drift]
package oamlint.rules.drift["unowned-repository"]

import data.oamlint.lib.drift
import data.oamlint.lib.result

report contains violation if {
	some i, name in configured_orgs
	some repo in drift.repositories
	lower(repo.owner) == lower(name)
	not drift.declared_repositories[lower(repo.fullName)]
	subject := {
		"document": "",
		"path": ["gogs", "orgs", i],
		"repository": repo.fullName,
		"organization": name,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Repository `%s` (%s) of organisation `%s` is declared by no spec",
		[repo.fullName, repo.visibility, name],
	))
}

configured_orgs := orgs if {
	drift.exported
	orgs := input.config.gogs.orgs
}

unevaluated contains "repositories.private" if drift.missing["repositories.private"]

unevaluated contains "organizations" if {
	some name in configured_orgs
	drift.unjudged_organization(name)
}
