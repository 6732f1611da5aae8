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
	some binding in access.bindings
	not drift.repositories[lower(binding.repository)]
	not drift.unjudged_repositories[lower(binding.repository)]
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

# A repository the collector can neither list nor looked up may be private rather than absent;
# one looked up by a site administrator and not found does not exist.
unevaluated := drift.unseen_private
