# METADATA
# title: plaintext-secret
# description: A spec holds a secret in plain text
# custom:
#   level: error
#   fix: Move the value into a Kubernetes Secret or your secret manager, reference it (`secretRef`, `valueFrom`, `${...}`), and rotate it, since it is already in Git history
#   tags: [security, least-privilege, secrets]
#   per_document: true
package oamlint.rules["least-privilege"]["plaintext-secret"]

import data.oamlint.lib.result
import data.oamlint.lib.secrets

# found(document): every place a secret shows in one document, as [path, kind] pairs, with
# what it looks like; one place may show several kinds. (Per document, so that grouping the
# kinds of a place never scans the findings of every other document.) Walking every string of
# every document is the costly part, so each walk runs only when the document's JSON text shows
# a trace of what it looks for (lib/secrets `traces`).
found(document) := by_leaf(document, traces) | by_pair(document, traces) if traces := secrets.traces(document)

by_leaf(document, traces) := {[path, kind] |
	walk(document, [path, value])
	is_string(value) # secrets.kinds is empty for anything else
	count(path) > 0
	key := path[count(path) - 1]
	secrets.suspect(key, value) # cheap; the detailed checks only where it holds
	some kind in secrets.kinds(key, value)
} if {
	"leaf" in traces
} else := set()

# `env: [{name: DB_PASSWORD, value: hunter2}]` and `parameterValues` pairs.
by_pair(document, traces) := {[array.concat(path, ["value"]), "a literal value for a secret-like name"] |
	walk(document, [path, pair])
	secrets.held_under(pair.name, pair.value)
} if {
	"pair" in traces
} else := set()

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
