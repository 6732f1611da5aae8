# METADATA
# title: unknown-repository
# description: A spec binds a component to a repository that does not exist in Gogs
# custom:
#   level: error
#   fix: Correct the repository (`<owner>/<name>` as Gogs shows it), or create it in Gogs
#   tags: [drift]
package oamlint.rules.drift["unknown-repository"]

import data.oamlint.lib.access
import data.oamlint.lib.drift
import data.oamlint.lib.result

report contains violation if {
	drift.exported
	not drift.missing["repositories.private"]
	some binding in access.bindings
	not drift.repositories[lower(binding.repository)]
	subject := {
		"document": binding.document,
		"path": binding.source_path,
		"repository": binding.repository,
		"component": binding.component,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Component `%s` is bound to `%s`, which does not exist in Gogs",
		[binding.component, binding.repository],
	))
}

# A repository the collector cannot see may be private rather than absent.
unevaluated := drift.unseen({"repositories.private"})
