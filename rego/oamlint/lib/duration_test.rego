package oamlint.lib.duration_test

import data.oamlint.lib.duration

test_success_single_units if {
	duration.seconds("90m") == 5400
	duration.seconds("24h") == 86400
	duration.seconds("45s") == 45
	duration.seconds("7d") == 604800
}

test_success_combined_units if {
	duration.seconds("1h30m") == 5400
	duration.seconds("1d12h") == 129600
	duration.seconds("2m30s") == 150
}

test_success_fractions_and_subsecond_units if {
	duration.seconds("1.5h") == 5400
	duration.seconds("1500ms") == 1.5
	duration.seconds("2000000us") == 2
	duration.seconds("3000000000ns") == 3
	duration.seconds("1000000µs") == 1
}

test_success_zero if {
	duration.seconds("0") == 0
	duration.valid("0")
}

test_success_valid if {
	duration.valid("720h")
}

test_fail_not_a_duration if {
	not duration.seconds("forever")
	not duration.seconds("")
	not duration.seconds("1 h")
	not duration.seconds("h")
	not duration.seconds("1h30")
	not duration.seconds("-1h")
	not duration.seconds("1y")
	not duration.seconds("1.h")
	not duration.valid("soon")
}

test_fail_number_without_unit if {
	not duration.seconds(3600)
	not duration.seconds("3600")
}
