# METADATA
# title: oamlint
# description: Entry point. One query of data.oamlint.output evaluates every rule that is on over every document; oamlint may also ask data.oamlint.findings for some of the rules at the same time (oamlint/lint.py `evaluate`).
package oamlint

import data.oamlint.lib.access
import data.oamlint.lib.drift

# Every violation of the rules that are on: `input.rules` lists them as [category, slug]
# (oamlint/lint.py `envelope`, after .oamlint.yaml levels and --select/--ignore), so a rule that is
# off is never evaluated and a one-rule run costs one rule. Without `input.rules` (an input written
# by hand), every rule under data.oamlint.rules.<category>["<slug>"].
findings contains violation if {
	some violation in findings_of(input.rules)
}

findings contains violation if {
	not input.rules
	some category, slug
	some violation in data.oamlint.rules[category][slug].report
}

# What oamlint asks for: the findings, the grants the specs declare (for the access diff
# of `check --base`), what Gogs grants today when an export is given (for the access diff
# against Gogs: lib/drift `held`, the same holders the drift rules compare with), the names an
# API collection looks up (`drift --gogs-url`), and the OPA version that produced them.
# oamlint/lint.py and commands/drift.py read these keys.
output := answer(findings)

# The violations of the rules in `rules` ([category, slug] pairs, each a rule under data.oamlint.rules).
findings_of(rules) := {violation |
	some [category, slug] in rules
	some violation in data.oamlint.rules[category][slug].report
}

# `output` with `found` as its findings.
answer(found) := {
	"findings": found,
	"declared": declared,
	"held": [object.filter(h, ["repository", "principal", "permission", "via"]) | some h in drift.held],
	"lookups": drift.lookups,
	"opa_version": opa.runtime().version,
}

# The grants the specs declare, unless oamlint says no report of this run lists them (`input.grants` false).
declared := access.declared_roles if object.get(input, "grants", true)

else := []
