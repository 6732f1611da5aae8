# METADATA
# title: unbound-identity
# description: A user who can push to a declared repository does not sign in through the identity provider their role declares
# custom:
#   level: error
#   fix: Switch the user's authentication source in Gogs to the provider's login source (Site Administration → User Accounts), or remove their access
#   tags: [security, drift, identity]
package oamlint.rules.drift["unbound-identity"]

import data.oamlint.lib.drift
import data.oamlint.lib.result

report contains violation if {
	some grant in drift.declared
	is_string(grant.provider)
	unbound_here := unbound_users[grant.provider]
	some name in (drift.reached(grant) & object.keys(unbound_here))
	drift.writes(name, grant.repo)
	user := drift.users[name]
	how := unbound_here[name]
	held := drift.effective[[name, grant.repo]].gitPermission
	subject := {
		"document": grant.document,
		"path": array.concat(grant.path, ["identity", "provider"]),
		"repository": grant.repository,
		"principal": sprintf("user:%s", [user.name]),
		"role": grant.role,
		"component": grant.component,
		"permission": held,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"`user:%s` holds `%s` on `%s` and %s, but role `%s` declares identity provider `%s`",
		[user.name, held, grant.repository, how, grant.role, grant.provider],
	))
}

# unbound_users[provider][user]: how a user (lower case) signs in outside an identity provider
# that a declaration names. Judged once per user and provider, so that `report` only looks at the
# few such users among the thousands of (declaration, member) pairs.
unbound_users := {provider: {name: how | some name, user in drift.users; how := unbound(user.signIn, provider)} |
	some provider in {grant.provider | some grant in drift.declared; is_string(grant.provider)}
}

unbound(sign_in, _) := "signs in with a local password" if sign_in.kind == "local"

# A login source is judged only when `identity.providers` maps the provider to its sources.
unbound(sign_in, provider) := sprintf("signs in through %s, which `identity.providers.%s` does not list", [
	source_name(sign_in), provider,
]) if {
	sign_in.kind != "local"
	sources := input.config.identity.providers[provider]
	not sign_in.source in sources
}

source_name(sign_in) := sprintf("`%s`", [sign_in.source]) if is_string(sign_in.source)

source_name(sign_in) := "a login source defined outside the database (custom/conf/auth.d)" if not is_string(sign_in.source)

unevaluated contains "users.signIn" if {
	drift.missing["users.signIn"]
	some grant in drift.declared
	is_string(grant.provider)
}
