# METADATA
# title: stale-credential
# description: An access token or deploy key has not been used (or, where Gogs does not record use, renewed) for longer than allowed
# custom:
#   level: warning
#   fix: Delete the credential in Gogs; if it is still needed, replace it with a new one (or a short-lived one issued per job)
#   tags: [security, drift, credentials]
#   options:
#     maxAgeDays: 90
package oamlint.rules.drift["stale-credential"]

import data.oamlint.lib.config
import data.oamlint.lib.drift
import data.oamlint.lib.duration
import data.oamlint.lib.result

report contains violation if {
	drift.exported
	some token in input.gogs.accessTokens
	[since, what] := activity(token)
	days := age_days(since)
	days > max_age_days
	subject := {"document": "", "path": ["gogs", "url"], "principal": sprintf("token:%s/%s", [token.user, token.name])}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Access token `%s` of `%s` %s %s, %d days ago (more than %d)",
		[token.name, token.user, what, date(since), days, max_age_days],
	))
}

# Gogs records no use of a deploy key: only when it was added.
report contains violation if {
	some repo in drift.repositories
	some key in repo.deployKeys
	key.created != null
	days := age_days(key.created)
	days > max_age_days
	subject := object.union(place(repo), {
		"repository": repo.fullName,
		"principal": sprintf("deploy-key:%s", [key.title]),
	})
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Deploy key `%s` on `%s` was added %s, %d days ago (more than %d), and Gogs does not record its use",
		[key.title, repo.fullName, date(key.created), days, max_age_days],
	))
}

max_age_days := config.option(rego.metadata.chain(), "maxAgeDays")

activity(token) := [token.lastUsed, "was last used"] if token.lastUsed != null

activity(token) := [token.created, "has not been used since it was created"] if {
	token.lastUsed == null
	token.created != null
}

age_days(since) := floor((config.now_ns - time.parse_rfc3339_ns(since)) / duration.day_ns)

date(timestamp) := substring(timestamp, 0, 10)

# Keys on a declared repository point at its spec; on another repository of a `gogs.orgs`
# organisation, at that entry; other repositories are outside the audit.
place(repo) := {"document": binding.document, "path": binding.source_path} if {
	binding := drift.binding_of(lower(repo.fullName))
}

place(repo) := {"document": "", "path": ["gogs", "orgs", i]} if {
	not drift.binding_of(lower(repo.fullName))
	some i, name in input.config.gogs.orgs
	lower(name) == lower(repo.owner)
}

unevaluated := drift.unseen({"accessTokens"}) | drift.unseen_private
