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

# found(document): every place a secret shows in one document, as [path, kind] pairs, with
# what it looks like; one place may show several kinds. (Per document, so that grouping the
# kinds of a place never scans the findings of every other document.)
found(document) := {[path, kind] |
	walk(document, [path, value])
	is_string(value) # secrets.kinds is empty for anything else
	count(path) > 0
	some kind in secrets.kinds(path[count(path) - 1], value)
} | {[array.concat(path, ["value"]), "a literal value for a secret-like name"] |
	# `env: [{name: DB_PASSWORD, value: hunter2}]` and `parameterValues` pairs.
	walk(document, [path, pair])
	secrets.held_under(pair.name, pair.value)
}

report contains violation if {
	some doc in input.documents
	hits := found(doc.document)
	some path in {path | some [path, _] in hits}
	kinds := sort({kind |
		some [p, kind] in hits
		p == path
	})
	subject := object.union({"document": doc.id, "path": path}, component(doc.document, path))
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"`%s` holds a plaintext secret (%s)",
		[dotted(path), concat(", ", kinds)],
	))
}

# The component a path is in, for Applications and ApplicationConfigurations.
component(document, path) := {"component": name} if {
	array.slice(path, 0, 2) == ["spec", "components"]
	c := document.spec.components[path[2]]
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
