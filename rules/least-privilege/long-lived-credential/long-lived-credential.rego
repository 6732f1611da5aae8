# METADATA
# title: long-lived-credential
# description: A credential has no TTL, an unreadable TTL, or a TTL above the allowed maximum
# custom:
#   level: error
#   fix: Set `ttl` to the shortest lifetime that works (`1h` covers a deploy job), within `credentials.maxTTL` and the policy's `maxCredentialTTL`
#   tags: [security, least-privilege, credentials]
#   per_document: true
package oamlint.rules["least-privilege"]["long-lived-credential"]

import data.oamlint.lib.duration
import data.oamlint.lib.grants
import data.oamlint.lib.result

report contains violation if {
	some credential in grants.credentials
	object.get(credential.properties, "ttl", null) in {null, ""}
	violation := result.fail(rego.metadata.chain(), subject(credential, credential.path), sprintf(
		"Credential `%s` for `%s` has no `ttl`, so it never expires",
		[grants.kind(credential), credential.repository],
	))
}

report contains violation if {
	some credential in grants.credentials
	ttl := credential.properties.ttl
	not ttl in {null, ""}
	not duration.valid(ttl)
	violation := result.fail(rego.metadata.chain(), subject(credential, array.concat(credential.path, ["ttl"])), sprintf(
		"Credential `%s` for `%s` has `ttl` `%v`, which is not a duration; expected a Go-style duration such as `90m`, `1h30m`, `24h` or `7d`",
		[grants.kind(credential), credential.repository, ttl],
	))
}

report contains violation if {
	some credential in grants.credentials
	ttl := credential.properties.ttl
	limit := grants.max_ttl(credential.document)
	duration.nanoseconds(ttl) > limit.nanoseconds
	violation := result.fail(rego.metadata.chain(), subject(credential, array.concat(credential.path, ["ttl"])), sprintf(
		"Credential `%s` for `%s` lives `%s`, longer than the `%s` allowed by %s",
		[grants.kind(credential), credential.repository, ttl, limit.text, limit.source],
	))
}

subject(credential, path) := {
	"document": credential.document,
	"path": path,
	"repository": credential.repository,
	"component": credential.component,
}
