# METADATA
# title: missing-repository
# description: A component does not say which Gogs repository it comes from
# custom:
#   level: error
#   fix: Add a `git-access` trait that names the `repository` as `<owner>/<name>`, or give a kustomize/helm component a Git `url` on the Gogs host
#   tags: [rbac]
#   per_document: true
package oamlint.rules["rbac-mapping"]["missing-repository"]

import data.oamlint.lib.access
import data.oamlint.lib.result

report contains violation if {
	some component in access.components
	not [component.document, component.path] in access.bound
	subject := {
		"document": component.document,
		"path": component.path,
		"component": component.component,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"Component `%s` does not say which repository it comes from, so nobody's access to it can be checked",
		[component.component],
	))
}
