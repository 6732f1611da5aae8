# METADATA
# title: oamlint
# description: Entry point. One query of data.oamlint.output evaluates every rule that is on over every document; oamlint may also ask data.oamlint.findings for some of the rules at the same time (oamlint/lint.py `evaluate`, oamlint/engine/opa.py `Engine.evaluate`).
package oamlint

import data.oamlint.lib.access
import data.oamlint.lib.drift

# Every violation of the rules that are on: `input.rules` lists them as [category, slug]
# (oamlint/lint.py `envelope`, after .oamlint.yaml levels and --select/--ignore), so a rule that is
# off is never evaluated and a one-rule run costs one rule. Without `input.rules` (an input written
# by hand), every rule under data.oamlint.rules.<category>["<slug>"].
findings contains violation if {
	some [category, slug] in selected
	some violation in data.oamlint.rules[category][slug].report
}

findings contains violation if {
	not input.rules
	some category, slug
	some violation in data.oamlint.rules[category][slug].report
}

# The rules whose findings are wanted: `input.rules`. Where oamlint keeps the input in OPA's store for two queries at
# once, each query gives its own group of rules here (`with data.oamlint.selected as …`: oamlint/engine/opa.py
# STORED_OUTPUT, STORED_FINDINGS).
selected := input.rules

# What oamlint asks for: the findings, the grants the specs declare (for the JSON report and
# the access diffs), what Gogs grants today when an export is given (for the access diff
# against Gogs: lib/drift `held`, the same holders the drift rules compare with), the names an
# API collection looks up (`drift --gogs-url`), and the OPA version that produced them.
# oamlint/lint.py and commands/drift.py read these keys. Each of `declared`, `held` and `lookups`
# is computed only when `input.answers` lists it (oamlint asks for what its run uses: the
# names to look up cost as much as a rule); it is empty otherwise. Without `input.answers` (an
# input written by hand), all three.
output := {
	"findings": findings,
	"declared": declared,
	"held": held,
	"lookups": lookups,
	"opa_version": opa.runtime().version,
}

answers := {answer | some answer in object.get(input, "answers", ["declared", "held", "lookups"])}

declared := access.declared_roles if "declared" in answers

else := []

held := [object.filter(h, ["repository", "principal", "permission", "via"]) | some h in drift.held] if "held" in answers

else := []

lookups := drift.lookups if "lookups" in answers

else := {"repositories": [], "organizations": []}
