# METADATA
# title: plaintext-secret
# description: A spec holds a secret in plain text
# custom:
#   level: error
#   fix: Move the value into a Kubernetes Secret or your secret manager, reference it (`secretRef`, `valueFrom`, `${...}`), and rotate it, since it is already in Git history
#   tags: [security, least-privilege, secrets]
package oamlint.rules["least-privilege"]["plaintext-secret"]

import data.oamlint.lib.result
import data.oamlint.lib.secrets

# Every place a secret shows, with what it looks like; one document may show several.
found contains [doc.id, path, kind] if {
	some doc in input.documents
	walk(doc.document, [path, value])
	count(path) > 0
	some kind in secrets.kinds(path[count(path) - 1], value)
}

# `env: [{name: DB_PASSWORD, value: hunter2}]` and `parameterValues` pairs.
found contains [doc.id, array.concat(path, ["value"]), "a literal value for a secret-like name"] if {
	some doc in input.documents
	walk(doc.document, [path, pair])
	secrets.held_under(pair.name, pair.value)
}

report contains violation if {
	some [document, path, _] in found
	kinds := sort({kind |
		some [d, p, kind] in found
		d == document
		p == path
	})
	subject := object.union({"document": document, "path": path}, component(document, path))
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"`%s` holds a plaintext secret (%s)",
		[dotted(path), concat(", ", kinds)],
	))
}

# The component a path is in, for Applications and ApplicationConfigurations.
component(document, path) := {"component": name} if {
	array.slice(path, 0, 2) == ["spec", "components"]
	i := path[2]
	some doc in input.documents
	doc.id == document
	c := doc.document.spec.components[i]
	name := object.get(c, "name", object.get(c, "componentName", ""))
	name != ""
} else := {}

# `spec.components[0].properties.env[1].value`, as oamlint writes paths elsewhere.
dotted(path) := concat("", [part |
	some i, key in path
	part := segment(i, key)
])

segment(_, key) := sprintf("[%d]", [key]) if is_number(key)

segment(0, key) := key if is_string(key)

segment(i, key) := sprintf(".%s", [key]) if {
	is_string(key)
	i > 0
}
