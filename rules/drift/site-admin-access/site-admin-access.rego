# METADATA
# title: site-admin-access
# description: A Gogs site administrator has access to declared repositories that no spec grants them
# custom:
#   level: note
#   fix: Keep site administration to the few accounts that run Gogs, and do not use them for daily work; declare the access if the administrator needs it
#   tags: [security, drift]
package oamlint.rules.drift["site-admin-access"]

import data.oamlint.lib.drift
import data.oamlint.lib.result

report contains violation if {
	some user in drift.users
	user.siteAdmin == true
	key := lower(sprintf("user:%s", [user.name]))
	repos := sort([drift.repositories[repo].fullName |
		some repo in drift.declared_repositories
		drift.repositories[repo]
		count(drift.declared_for(repo, key)) == 0
	])
	count(repos) > 0
	subject := {"document": "", "path": ["gogs", "url"], "principal": sprintf("user:%s", [user.name])}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Site administrator `%s` has owner access (web UI and API) to %d declared %s that no spec grants them: %s",
		[user.name, count(repos), plural(count(repos)), result.listing(repos)],
	))
}

plural(1) := "repository"

plural(n) := "repositories" if n != 1

unevaluated := drift.unseen({"users.siteAdmin"})
