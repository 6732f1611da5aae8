# METADATA
# title: unmapped-type
# description: A trait or component type is not mapped to the Git role it needs
# custom:
#   level: warning
#   fix: Add the type to `types` in .oamlint.yaml with the role it needs (`deploy`, `test`, `audit`) or `none`
#   tags: [rbac]
package oamlint.rules["rbac-mapping"]["unmapped-type"]

import data.oamlint.lib.access
import data.oamlint.lib.result

# The oamlint trait itself needs no role.
exempt := {"git-access"}

# One finding per document and type, at its first use.
report contains violation if {
	is_object(input.config.types)
	some document, types in unmapped
	some type in types
	use := first_use(document, type)
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

# Document id → the types it uses that `types` does not map.
unmapped[use.document] contains use.type if {
	some use in access.type_uses
	use.type != ""
	not use.type in exempt
	not use.type in object.keys(input.config.types)
}

# Document id → its type uses, so that finding the first use does not scan every document.
uses_in[use.document] contains use if some use in access.type_uses

first_use(document, type) := use if {
	orders := {use.order | some use in uses_in[document]; use.type == type}
	some use in uses_in[document]
	use.type == type
	use.order == min(orders)
}
