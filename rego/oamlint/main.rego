# METADATA
# title: oamlint
# description: Entry point. One query of data.oamlint.output evaluates every rule over every document.
package oamlint

import data.oamlint.lib.access
import data.oamlint.lib.drift

# Every violation of every rule under data.oamlint.rules.<category>["<slug>"].
findings contains violation if {
	some category, slug
	some violation in data.oamlint.rules[category][slug].report
}

# What oamlint asks for: the findings, the grants the specs declare (for the access diff
# of `check --base`), the names an API collection looks up (`drift --gogs-url`), and the OPA
# version that produced them.
output := {
	"findings": findings,
	"declared": access.declared_roles,
	"lookups": drift.lookups,
	"opa_version": opa.runtime().version,
}
