# METADATA
# title: missing-second-factor
# description: A user who signs in with a local password and can push to a declared repository has no second factor
# custom:
#   level: warning
#   fix: Have the user turn on two-factor authentication (Your Settings → Security), or bind them to the identity provider's login source
#   tags: [security, drift, identity]
package oamlint.rules.drift["missing-second-factor"]

import data.oamlint.lib.drift
import data.oamlint.lib.result

report contains violation if {
	some name, user in drift.users
	user.signIn.kind == "local"
	user.twoFactor == false
	user.active != false
	repos := sort([drift.repositories[repo].fullName |
		some repo in drift.declared_repositories
		drift.repositories[repo]
		drift.writes(name, repo)
	])
	count(repos) > 0
	subject := {"document": "", "path": ["gogs", "url"], "principal": sprintf("user:%s", [user.name])}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"`user:%s` signs in with a local password and has no second factor, but can push to %d declared %s: %s",
		[user.name, count(repos), plural(count(repos)), result.listing(repos)],
	))
}

plural(1) := "repository"

plural(n) := "repositories" if n != 1

unevaluated := drift.unseen({"users.signIn", "users.twoFactor"})
