# METADATA
# title: incomplete-export
# description: A drift rule could not be evaluated because the Gogs export lacks a part it needs
# custom:
#   level: warning
#   fix: Audit from a complete export, `oamlint drift --gogs-backup FILE.zip` or `--gogs-config app.ini`, instead of the API
#   tags: [drift]
package oamlint.rules.drift["incomplete-export"]

import data.oamlint.lib.config
import data.oamlint.lib.drift
import data.oamlint.lib.result

# Every drift rule names, in `unevaluated`, the parts of the export it needed and did not get.
report contains violation if {
	some slug
	some part in data.oamlint.rules.drift[slug].unevaluated
	not config.off(slug)
	subject := {
		"document": "",
		"path": ["gogs", slug, part],
		"rule": slug,
		"part": part,
	}
	violation := result.fail(rego.metadata.chain(), subject, sprintf(
		"could not evaluate %s: %s is not visible to the %s collector (%s); use --gogs-backup or --gogs-config for a complete export",
		[slug, part, input.gogs.provenance.source, drift.missing[part]],
	))
}
