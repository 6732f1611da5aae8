package oamlint.lib.config_test

import data.oamlint.lib.config

# A rule's metadata chain, as rego.metadata.chain() gives it, with option defaults.
chain := [{
	"path": ["oamlint", "rules", "drift", "some-rule"],
	"annotations": {"custom": {"options": {"max": 5, "strict": true}}},
}]

test_option_defaults_to_metadata if {
	config.option(chain, "max") == 5 with input as {"config": {}}
	config.option(chain, "strict") with input as {"config": {"rules": {"some-rule": {"max": 2}}}}
}

test_option_from_config if {
	config.option(chain, "max") == 2 with input as {"config": {"rules": {"some-rule": {"max": 2}}}}
}

test_option_set_to_false_or_zero_is_used if {
	settings := {"config": {"rules": {"some-rule": {"max": 0, "strict": false}}}}
	config.option(chain, "max") == 0 with input as settings
	config.option(chain, "strict") == false with input as settings
	config.has_setting(chain, "strict") with input as settings
}

test_option_set_to_null_is_used if {
	config.option(chain, "max") == null with input as {"config": {"rules": {"some-rule": {"max": null}}}}
}

test_rule_given_only_a_level_uses_defaults if {
	settings := {"config": {"rules": {"some-rule": "warning"}}}
	config.option(chain, "max") == 5 with input as settings
	not config.has_setting(chain, "max") with input as settings
}

test_option_without_setting_or_default_is_undefined if {
	not config.option(chain, "other") with input as {"config": {}}
}

test_now_ns if {
	config.now_ns == 0 with input as {"now": "1970-01-01T00:00:00Z"}
}
