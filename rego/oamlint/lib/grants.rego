# METADATA
# description: |
#   What the least-privilege rules need on top of lib/access: permission levels, the limits
#   that `.oamlint.yaml` and a spec's `git-access-policy` set (a policy may tighten a limit,
#   never loosen it), the credentials each git-access trait issues, and principals that reach
#   too many people.
package oamlint.lib.grants

import data.oamlint.lib.access
import data.oamlint.lib.duration
import data.oamlint.lib.permissions

# The most a credential may live when neither the config nor a policy says.
default_max_ttl := "24h"

# policies(document): the git-access-policies of that document (lib/access `policies`).
policies(document) := object.get(policies_by_document, document, set())

# Document id → its git-access-policies. (Built once: a look-up scanning every document on
# each call is quadratic over a thousand documents.)
policies_by_document := {document: found |
	some policy in access.policies
	document := policy.document
	found := {other | some other in access.policies; other.document == document}
}

# limit(document, name): role_limit of the roles of that name in that document. Only a policy
# makes it differ between documents, so it is worked out once per role name a policy limits in
# its document (`policy_limits`), and once per role name for the rest (`config_limits`).
limit(document, name) := found if {
	found := policy_limits[[document, name]]
} else := config_limits[name]

policy_limits := {[policy.document, name]: limit |
	some policy in access.policies
	some name, _ in policy.properties.roles
	limit := role_limit({"document": policy.document, "role": name})
}

config_limits := {name: {"permission": p, "source": "`roles` in .oamlint.yaml"} |
	some name, p in input.config.roles
	permissions.levels[p]
}

# role_limit(role): the strictest limit on a role from lib/access `declared_roles`, as
# {"permission", "source"}; undefined when neither the config nor a policy limits that role.
role_limit(role) := {"permission": ranked[0][2], "source": ranked[0][3]} if {
	ranked := sort(array.concat(
		[[permissions.levels[p], 0, p, "`roles` in .oamlint.yaml"] |
			p := input.config.roles[role.role]
		],
		[[permissions.levels[p], 1, p, sprintf("policy `%s`", [policy.name])] |
			some policy in policies(role.document)
			p := policy.properties.roles[role.role]
		],
	))
	count(ranked) > 0
}

# max_ttl(document): the strictest credential lifetime for a document, as {"text",
# "nanoseconds", "source"}: config `credentials.maxTTL`, tightened by a policy's
# `maxCredentialTTL`; 24h when neither is set. Unparsable limits are ignored here.
max_ttl(document) := {"text": ranked[0][2], "nanoseconds": ranked[0][0], "source": ranked[0][3]} if {
	ranked := sort(array.concat(
		[[duration.nanoseconds(t), 0, t, "`credentials.maxTTL` in .oamlint.yaml"] |
			t := input.config.credentials.maxTTL
		],
		[[duration.nanoseconds(t), 1, t, sprintf("policy `%s`", [policy.name])] |
			some policy in policies(document)
			t := policy.properties.maxCredentialTTL
		],
	))
	count(ranked) > 0
} else := {"text": default_max_ttl, "nanoseconds": duration.nanoseconds(default_max_ttl), "source": "oamlint's default"}

# Every credential a git-access trait issues (`credentials` is one mapping, or a list of them).
#   document, component, repository   as in lib/access
#   path                              the credential mapping
#   properties                        its fields (kind, ttl, roles)
#   roles                             the trait's roles: name → grant
credentials contains credential if {
	some trait in access.traits
	is_object(trait.properties.credentials)
	credential := issued(trait, trait.properties.credentials, ["credentials"])
}

credentials contains credential if {
	some trait in access.traits
	some i, item in trait.properties.credentials
	is_array(trait.properties.credentials)
	is_object(item)
	credential := issued(trait, item, ["credentials", i])
}

issued(trait, properties, suffix) := {
	"document": trait.document,
	"path": array.concat(trait.path, suffix),
	"component": trait.component,
	"repository": object.get(trait.properties, "repository", ""),
	"properties": properties,
	"roles": object.get(trait.properties, "roles", {}),
}

# kind(credential): what is issued, for messages.
kind(credential) := object.get(credential.properties, "kind", "credential")

# broad[entry]: breadth(entry) of every team, user and identity-group entry some role names,
# judged once per distinct entry (thousands of roles name a few teams); no key when it names one.
broad := {entry: phrase | some entry in named_entries; phrase := breadth(entry)}

named_entries contains entry if {
	some role in access.declared_roles
	some field in ["teams", "users"]
	some entry in object.get(role.grant, field, [])
}

named_entries contains role.grant.identity.group if some role in access.declared_roles

# breadth(entry): how a team, user or identity-group entry reaches too many people, as a
# phrase for messages; undefined when it names one team or one user.
breadth(entry) := "which means every user" if {
	lower(entry) in {"*", "all", "everyone"}
} else := sprintf("which means every member of `%s`", [org]) if {
	[org, "*"] = split(entry, "/")
	not contains(org, "*")
} else := "which is a wildcard" if {
	contains(entry, "*")
} else := sprintf("which is the Owners team of `%s`", [org]) if {
	[org, team] := split(entry, "/")
	permissions.owners(team)
}
