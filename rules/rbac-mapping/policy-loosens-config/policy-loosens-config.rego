# METADATA
# title: policy-loosens-config
# description: A git-access-policy allows more than .oamlint.yaml does
# custom:
#   level: error
#   fix: A policy may only tighten the organisation's settings; lower the value to at most the config's, or change .oamlint.yaml
#   tags: [rbac]
#   per_document: true
package oamlint.rules["rbac-mapping"]["policy-loosens-config"]

import data.oamlint.lib.access
import data.oamlint.lib.duration
import data.oamlint.lib.permissions
import data.oamlint.lib.result

report contains violation if {
	some policy in access.policies
	some role, permission in policy.properties.roles
	limit := input.config.roles[role]
	permissions.levels[permission] > permissions.levels[limit]
	subject := {
		"document": policy.document,
		"path": array.concat(policy.path, ["roles", role]),
		"role": role,
		"policy": policy.name,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Policy `%s` allows role `%s` `%s`, but `roles` in .oamlint.yaml allows `%s` at most",
		[policy.name, role, permission, limit],
	))
}

report contains violation if {
	some policy in access.policies
	ttl := policy.properties.maxCredentialTTL
	limit := input.config.credentials.maxTTL
	duration.seconds(ttl) > duration.seconds(limit)
	subject := {
		"document": policy.document,
		"path": array.concat(policy.path, ["maxCredentialTTL"]),
		"policy": policy.name,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Policy `%s` lets credentials live `%s`, but `credentials.maxTTL` in .oamlint.yaml allows `%s` at most",
		[policy.name, ttl, limit],
	))
}
