package oamlint.lib.permissions_test

import data.oamlint.lib.permissions

test_levels_rank_none_below_read_below_write_below_admin_below_owner if {
	order := [name | some name in ["none", "read", "write", "admin", "owner"]]
	ranks := [permissions.levels[name] | some name in order]
	ranks == sort(ranks)
	count({r | some r in ranks}) == 5
}

test_level_name if {
	permissions.level_name(3) == "admin"
	permissions.level_name(0) == "none"
}

test_owners_in_any_case if {
	permissions.owners("Owners")
	permissions.owners("owners")
	not permissions.owners("deployers")
}
