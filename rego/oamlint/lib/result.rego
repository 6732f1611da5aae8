# METADATA
# description: Builds every violation, so all rules report the same shape.
package oamlint.lib.result

# fail(chain, subject, message): a violation of the rule whose metadata chain is given.
#   chain   rego.metadata.chain() from the rule; its package path is
#           oamlint.rules.<category>["<slug>"]
#   subject an object with `document` (the document id), `path` (keys and indexes into
#           that document) and any properties that identify what the finding is about
#           (repository, principal, role, component, ...)
fail(chain, subject, message) := {
	"category": chain[0].path[2],
	"rule": chain[0].path[3],
	"document": subject.document,
	"path": subject.path,
	"message": message,
	"properties": object.remove(subject, {"document", "path"}),
}
