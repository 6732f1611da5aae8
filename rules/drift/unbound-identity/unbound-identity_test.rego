package oamlint.rules.drift["unbound-identity_test"]

import data.oamlint.lib.drift_test as fixture
import data.oamlint.rules.drift["unbound-identity"] as rule

okta := {"provider": "okta", "group": "api-deployers"}

# The test config, with `okta` mapped to the `Okta LDAP` login source.
with_roles(roles, export) := object.union(
	fixture.envelope([fixture.app("api.yaml#0", "api", "acme/api", roles)], export),
	{"config": object.union(fixture.config, {"identity": {"providers": {"okta": ["Okta LDAP"]}}})},
)

test_fail_local_password_user_of_a_team_in_a_role_with_a_provider if {
	roles := {"deploy": {"permission": "write", "teams": ["acme/devs"], "identity": okta}}
	violations := rule.report with input as with_roles(roles, fixture.export)
	violations == {{
		"category": "drift",
		"rule": "unbound-identity",
		"document": "api.yaml#0",
		"path": ["spec", "components", 0, "traits", 0, "properties", "roles", "deploy", "identity", "provider"],
		"message": "`user:carol` holds `write` on `acme/api` and signs in with a local password, but role `deploy` declares identity provider `okta`",
		"properties": {
			"repository": "acme/api", "principal": "user:carol", "role": "deploy",
			"component": "api", "permission": "write",
		},
	}}
}

test_fail_user_signing_in_through_a_source_the_provider_does_not_list if {
	roles := {"oncall": {"permission": "admin", "users": ["frank"], "identity": okta}}
	violations := rule.report with input as with_roles(roles, fixture.export)
	[v.message | some v in violations] == ["`user:frank` holds `admin` on `acme/api` and signs in through `GitHub`, which `identity.providers.okta` does not list, but role `oncall` declares identity provider `okta`"]
}

test_success_when_every_user_signs_in_through_the_provider if {
	export := json.patch(fixture.export, [{"op": "replace", "path": "/users/2/signIn", "value": {"kind": "ldap", "source": "Okta LDAP"}}])
	roles := {"deploy": {"permission": "write", "teams": ["acme/devs"], "identity": okta}}
	count(rule.report) == 0 with input as with_roles(roles, export)
}

test_success_a_source_is_not_judged_when_the_provider_is_not_mapped if {
	roles := {"oncall": {"permission": "admin", "users": ["frank"], "identity": {"provider": "keycloak", "group": "oncall"}}}
	count(rule.report) == 0 with input as with_roles(roles, fixture.export)
}

test_success_for_a_user_who_cannot_push if {
	export := json.patch(fixture.export, [{"op": "replace", "path": "/effectiveAccess/2/gitPermission", "value": "read"}])
	roles := {"audit": {"permission": "read", "teams": ["acme/auditors"], "identity": okta}}
	count(rule.report) == 0 with input as with_roles(roles, export)
}

test_success_for_a_role_without_a_provider if {
	roles := {"deploy": {"permission": "write", "teams": ["acme/devs"]}}
	count(rule.report) == 0 with input as with_roles(roles, fixture.export)
	rule.unevaluated == set() with input as with_roles(roles, fixture.api_export)
}

test_unevaluated_with_the_api_export if {
	roles := {"deploy": {"permission": "write", "teams": ["acme/devs"], "identity": okta}}
	count(rule.report) == 0 with input as with_roles(roles, fixture.api_export)
	rule.unevaluated == {"users.signIn"} with input as with_roles(roles, fixture.api_export)
}

test_success_without_an_export if {
	roles := {"deploy": {"permission": "write", "teams": ["acme/devs"], "identity": okta}}
	count(rule.report) == 0 with input as with_roles(roles, null)
}
