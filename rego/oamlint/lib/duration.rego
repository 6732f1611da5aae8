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
