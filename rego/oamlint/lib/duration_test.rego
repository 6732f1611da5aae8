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

test_ends_ns_a_date_ends_at_the_end_of_its_day if {
	duration.ends_ns("2026-12-31") == time.parse_rfc3339_ns("2027-01-01T00:00:00Z") - 1
	duration.ends_ns("2026-12-31T18:00:00Z") == time.parse_rfc3339_ns("2026-12-31T18:00:00Z")
	not duration.ends_ns("next friday")
	duration.day_ns == ((24 * 60) * 60) * 1000000000
}
