# METADATA
# title: unmapped-type
# description: A trait or component type is not mapped to the Git role it needs
# custom:
#   level: warning
#   fix: Add the type to `types` in .oamlint.yaml with the role it needs (`deploy`, `test`, `audit`) or `none`
#   tags: [rbac]
#   per_document: true
package oamlint.rules["rbac-mapping"]["unmapped-type"]

import data.oamlint.lib.access
import data.oamlint.lib.result

# The oamlint trait itself needs no role.
exempt := {"git-access"}

# One finding per document and type, at its first use.
report contains violation if {
	count(unmapped) > 0
	some use in access.type_uses
	use.type in unmapped
	type := use.type
	document := use.document
	use.order == min({other.order | some other in access.type_uses; other.document == document; other.type == type})
	subject := {
		"document": document,
		"path": use.path,
		"component": use.component,
		"type": type,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Type `%s` is not in `types` in .oamlint.yaml, so the role it needs on the repository is unknown",
		[type],
	))
}

# The types the specs use that `types` does not map, each once (usually none: then the uses are
# not looked at again).
unmapped := (used - exempt) - object.keys(input.config.types) if is_object(input.config.types)

used := {use.type | some use in access.type_uses; use.type != ""}
