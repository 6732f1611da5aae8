# METADATA
# description: |
#   Go-style durations ("90m", "1h30m", "720h", "1.5h"), plus "d" for days.
package oamlint.lib.duration

# Nanoseconds in one of each unit (integers, so that sums stay exact).
units := {
	"ns": 1,
	"us": 1000,
	"µs": 1000,
	"ms": 1000000,
	"s": 1000000000,
	"m": 60000000000,
	"h": 3600000000000,
	"d": 86400000000000,
}

# One number and its unit; "ms" comes before "m" because RE2 alternation is leftmost-first.
part := `([0-9]+(?:\.[0-9]+)?)(ns|us|µs|ms|s|m|h|d)`

# nanoseconds(text): the duration in nanoseconds; undefined when `text` is not a duration.
nanoseconds(text) := 0 if text == "0"

nanoseconds(text) := sum(amounts) if {
	is_string(text)
	regex.match(sprintf("^(?:%s)+$", [part]), text)
	amounts := [amount |
		some match in regex.find_all_string_submatch_n(part, text, -1)
		amount := to_number(match[1]) * units[match[2]]
	]
}

# seconds(text): the duration in seconds; undefined when `text` is not a duration.
seconds(text) := nanoseconds(text) / 1000000000

# valid(text): `text` is a duration.
valid(text) if nanoseconds(text)

# Nanoseconds in a day.
day_ns := units.d

# ends_ns(until): the last nanosecond of a time-boxed grant's `until`: the end of the day (UTC)
# for a date (`2026-12-31`), else the RFC 3339 time itself; undefined when it is neither.
ends_ns(until) := (time.parse_rfc3339_ns(sprintf("%sT00:00:00Z", [until])) + day_ns) - 1 if {
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, until)
}

ends_ns(until) := time.parse_rfc3339_ns(until) if not regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, until)
