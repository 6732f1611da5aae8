package oamlint.lib.grants_test

import data.oamlint.lib.access
import data.oamlint.lib.grants
import data.oamlint.test.fixtures

deploy := {"deploy": {"permission": "write", "teams": ["acme/deployers"]}}

with_policy(properties, config) := fixtures.input_for(
	[fixtures.document({"components": [fixtures.component([fixtures.git_access({"roles": deploy})])], "policies": [fixtures.policy(properties)]})],
	config,
)

limit_of(name, given) := limit if {
	some role in access.declared_roles with input as given
	role.role == name
	limit := grants.limit(role.document, role.role) with input as given
	limit == grants.role_limit(role) with input as given # the look-up agrees with judging the role
}

test_role_limit_a_policy_without_a_valid_level_leaves_the_config_limit if {
	limit_of("deploy", with_policy({"roles": {"deploy": "almighty"}}, {"roles": {"deploy": "write"}})) == {"permission": "write", "source": "`roles` in .oamlint.yaml"}
	not limit_of("deploy", with_policy({"roles": {"deploy": "almighty"}}, {}))
}

test_limit_is_per_document_only_where_a_policy_limits_the_role if {
	given := fixtures.input_for(
		[
			fixtures.document({"components": [fixtures.component([fixtures.git_access({"roles": deploy})])], "policies": [fixtures.policy({"roles": {"deploy": "read"}})]}),
			fixtures.document_at("apps/other.yaml#0", "apps/other.yaml", {"components": [fixtures.component([fixtures.git_access({"roles": deploy})])]}),
		],
		{"roles": {"deploy": "write"}},
	)
	grants.limit(fixtures.id, "deploy").permission == "read" with input as given
	grants.limit("apps/other.yaml#0", "deploy").permission == "write" with input as given
	not grants.limit("apps/other.yaml#0", "test") with input as given
}

test_role_limit_from_the_config if {
	limit_of("deploy", fixtures.app_with({"roles": deploy}, {"roles": {"deploy": "admin"}})) == {"permission": "admin", "source": "`roles` in .oamlint.yaml"}
}

test_role_limit_a_policy_tightens_the_config if {
	limit_of("deploy", with_policy({"roles": {"deploy": "read"}}, {"roles": {"deploy": "write"}})) == {"permission": "read", "source": "policy `access`"}
}

test_role_limit_a_policy_cannot_loosen_the_config if {
	limit_of("deploy", with_policy({"roles": {"deploy": "admin"}}, {"roles": {"deploy": "write"}})).permission == "write"
}

test_role_limit_undefined_without_a_limit if {
	not limit_of("deploy", fixtures.app(deploy))
}

test_max_ttl_defaults_to_a_day if {
	grants.max_ttl(fixtures.id) == {"text": "24h", "nanoseconds": 86400000000000, "source": "oamlint's default"} with input as fixtures.app(deploy)
}

test_max_ttl_a_policy_tightens_the_config if {
	given := with_policy({"maxCredentialTTL": "1h"}, {"credentials": {"maxTTL": "12h"}})
	grants.max_ttl(fixtures.id).text == "1h" with input as given
	grants.max_ttl(fixtures.id).source == "policy `access`" with input as given
}

test_credentials_one_mapping_or_a_list if {
	one := fixtures.app_with({"roles": deploy, "credentials": {"kind": "token", "ttl": "1h"}}, {})
	[c.path | some c in grants.credentials] == [array.concat(fixtures.trait_path, ["credentials"])] with input as one
	listed := fixtures.app_with({"roles": deploy, "credentials": [{"kind": "token"}, {"kind": "deploy-key"}]}, {})
	{grants.kind(c) | some c in grants.credentials} == {"token", "deploy-key"} with input as listed
}

test_breadth_of_broad_entries_only if {
	grants.breadth("*") == "which means every user"
	grants.breadth("acme/*") == "which means every member of `acme`"
	grants.breadth("acme/dep*") == "which is a wildcard"
	grants.breadth("acme/Owners") == "which is the Owners team of `acme`"
	not grants.breadth("acme/deployers")
}
