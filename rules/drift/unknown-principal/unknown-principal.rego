# METADATA
# title: unknown-principal
# description: A role names a team or user that does not exist in Gogs
# custom:
#   level: error
#   fix: Correct the name (`<org>/<team>` for a team, the login for a user), or create the team or user in Gogs
#   tags: [drift, rbac]
package oamlint.rules.drift["unknown-principal"]

import data.oamlint.lib.drift
import data.oamlint.lib.result

report contains violation if {
	some grant in drift.declared
	problem := problems[grant.principal]
	subject := {
		"document": grant.document,
		"path": grant.entry,
		"repository": grant.repository,
		"principal": grant.principal,
		"role": grant.role,
		"component": grant.component,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Role `%s` on `%s` names `%s`, but %s",
		[grant.role, grant.repository, grant.principal, problem],
	))
}

# problems[principal]: what is wrong with a principal, as written; judged once per principal,
# which thousands of declarations share.
problems := {principal: problem |
	some principal in {grant.principal | some grant in drift.declared}
	problem := unknown({"principal": principal, "key": lower(principal)})
}

# unknown(grant): what Gogs lacks for the grant's `principal` and `key` (as in lib/drift `declared`).
unknown(grant) := sprintf("Gogs has no user `%s`", [name]) if {
	startswith(grant.key, "user:")
	name := substring(grant.principal, 5, -1)
	not drift.users[lower(name)]
}

unknown(grant) := sprintf("organisation `%s` has no team `%s` in Gogs", [org, team]) if {
	[org, team] := team_parts(grant)
	drift.organizations[lower(org)]
	not drift.teams[grant.key]
}

unknown(grant) := sprintf("Gogs has no organisation `%s`", [org]) if {
	[org, _] := team_parts(grant)
	not drift.organizations[lower(org)]
	not drift.unjudged_organization(org)
}

team_parts(grant) := split(substring(grant.principal, 5, -1), "/") if startswith(grant.key, "team:")

# Organisations the collector could not list may exist: their teams are not judged.
unevaluated contains "organizations" if {
	drift.missing.organizations # what unjudged_organization needs first, so a full export costs nothing here
	some grant in drift.declared
	[org, _] := team_parts(grant)
	drift.unjudged_organization(org)
}
