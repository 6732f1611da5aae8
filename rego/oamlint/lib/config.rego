# METADATA
# description: A rule's options, from .oamlint.yaml `rules:` or the rule's METADATA defaults.
package oamlint.lib.config

# option(chain, name): rules.<slug>.<name> from the config when set, else the rule's
# `custom.options.<name>` default from its METADATA.
option(chain, name) := input.config.rules[chain[0].path[3]][name]

option(chain, name) := value if {
	not has_setting(chain, name)
	some entry in chain
	value := entry.annotations.custom.options[name]
}

# has_setting(chain, name): the config sets the option, whatever its value (`false` and `0` too).
has_setting(chain, name) if _ = input.config.rules[chain[0].path[3]][name]

# off(slug): `.oamlint.yaml` (after --select/--ignore) switches the rule off. Python decides the
# same in `Config.level` (oamlint/config.py); tests/test_agreement.py checks they agree.
off(slug) if input.config.rules[slug] == "off"

off(slug) if input.config.rules[slug].level == "off"

# The run's clock, passed in by oamlint so that every decision about time is reproducible.
now_ns := time.parse_rfc3339_ns(input.now)
