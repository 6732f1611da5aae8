"""The git-access trait and git-access-policy schemas, as `validate()` applies them to OAM documents."""

from __future__ import annotations

import copy
from typing import Any

from oamlint.spec.schema import SchemaViolation, validate

TRAIT = ("spec", "components", 0, "traits", 0, "properties")
POLICY = ("spec", "policies", 0, "properties")
GRANTS: dict[str, Any] = {
    "deploy": {
        "permission": "write",
        "teams": ["acme/deployers"],
        "identity": {"provider": "okta", "group": "payments-deployers"},
    },
    "oncall": {"permission": "write", "users": ["alice"], "until": "2026-12-31"},
}
ACCESS: dict[str, Any] = {
    "repository": "acme/payments-api",
    "roles": GRANTS,
    "credentials": {"kind": "deploy-key", "ttl": "1h", "roles": ["deploy"]},
}
POLICY_PROPERTIES: dict[str, Any] = {
    "requiredRoles": ["deploy"],
    "maxCredentialTTL": "24h",
    "roles": {"deploy": "write"},
}


def application(access: Any, policy: Any = None, trait_type: str = "git-access") -> dict[str, Any]:
    trait = {"type": trait_type, "properties": access}
    spec: dict[str, Any] = {"components": [{"name": "api", "type": "webservice", "traits": [trait]}]}
    if policy is not None:
        spec["policies"] = [{"name": "access", "type": "git-access-policy", "properties": policy}]
    metadata = {"name": "payments"}
    return {"apiVersion": "core.oam.dev/v1beta1", "kind": "Application", "metadata": metadata, "spec": spec}


def changed(base: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """A deep copy of `base` with `value` at `path` (a `None` value removes the key)."""
    result = copy.deepcopy(base)
    target = result
    for key in path[:-1]:
        target = target[key]
    if value is None:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return result


def test_the_design_example_passes() -> None:
    assert validate(application(ACCESS, POLICY_PROPERTIES)) == []


def test_a_date_time_until_and_a_pinned_trait_type_pass() -> None:
    access = changed(ACCESS, ("roles", "oncall", "until"), "2026-12-31T18:00:00Z")

    assert validate(application(access, trait_type="git-access@v1")) == []


def test_repository_must_be_owner_slash_name() -> None:
    found = validate(application(changed(ACCESS, ("repository",), "payments-api")))

    assert found == [
        SchemaViolation(
            (*TRAIT, "repository"),
            'expected `<owner>/<name>` of a repository on the Gogs instance, got a string ("payments-api")',
        )
    ]


def test_repository_is_required_even_without_properties() -> None:
    document = application({})
    del document["spec"]["components"][0]["traits"][0]["properties"]

    assert validate(document) == [SchemaViolation((*TRAIT, "repository"), "`repository` is required")]


def test_unknown_key_is_rejected_with_the_closest_known_one() -> None:
    found = validate(application({**ACCESS, "repo": "acme/payments-api"}))

    assert found == [SchemaViolation((*TRAIT, "repo"), "unknown field `repo`; did you mean `repository`?")]


def test_unknown_key_far_from_any_known_one_lists_the_known_ones() -> None:
    found = validate(application(changed(ACCESS, ("roles", "deploy", "expires"), "2027-01-01")))

    assert found == [
        SchemaViolation(
            (*TRAIT, "roles", "deploy", "expires"),
            "unknown field `expires`; expected one of `identity`, `permission`, `teams`, `until`, `users`",
        )
    ]


def test_permission_must_be_read_write_or_admin() -> None:
    found = validate(application(changed(ACCESS, ("roles", "deploy", "permission"), "owner")))

    assert found == [
        SchemaViolation(
            (*TRAIT, "roles", "deploy", "permission"),
            'expected one of `read`, `write`, `admin`, got a string ("owner")',
        )
    ]


def test_teams_must_be_org_slash_team() -> None:
    found = validate(application(changed(ACCESS, ("roles", "deploy", "teams"), ["deployers", "acme/ci"])))

    assert found == [
        SchemaViolation(
            (*TRAIT, "roles", "deploy", "teams", 0),
            'expected a team as `<org>/<team>`, got a string ("deployers")',
        )
    ]


def test_users_must_be_a_list_of_strings() -> None:
    found = validate(application(changed(ACCESS, ("roles", "oncall", "users"), "alice")))

    assert found == [SchemaViolation((*TRAIT, "roles", "oncall", "users"), 'expected a list, got a string ("alice")')]


def test_identity_needs_provider_and_group() -> None:
    found = validate(application(changed(ACCESS, ("roles", "deploy", "identity"), {"provider": "okta"})))

    assert found == [SchemaViolation((*TRAIT, "roles", "deploy", "identity", "group"), "`group` is required")]


def test_until_must_be_a_date_or_date_time() -> None:
    found = validate(application(changed(ACCESS, ("roles", "oncall", "until"), "next friday")))

    assert found == [
        SchemaViolation(
            (*TRAIT, "roles", "oncall", "until"),
            'expected a date (`2026-12-31`) or date-time (`2026-12-31T18:00:00Z`), got a string ("next friday")',
        )
    ]


def test_credentials_kind_and_ttl() -> None:
    access = changed(ACCESS, ("credentials",), {"kind": "password", "ttl": "1 hour", "roles": "deploy"})

    assert validate(application(access)) == [
        SchemaViolation(
            (*TRAIT, "credentials", "kind"),
            'expected one of `deploy-key`, `token`, `oidc`, got a string ("password")',
        ),
        SchemaViolation((*TRAIT, "credentials", "roles"), 'expected a list, got a string ("deploy")'),
        SchemaViolation(
            (*TRAIT, "credentials", "ttl"),
            "expected a duration such as `1h`, `90m` or `1h30m` (units ns, us, ms, s, m, h, d), "
            'got a string ("1 hour")',
        ),
    ]


def test_compound_and_day_durations_pass() -> None:
    access = changed(ACCESS, ("credentials", "ttl"), "1h30m")
    policy = changed(POLICY_PROPERTIES, ("maxCredentialTTL",), "7d")

    assert validate(application(access, policy)) == []


def test_null_fields_are_dropped_before_checking() -> None:
    assert validate(application({**ACCESS, "credentials": None})) == []


def test_policy_properties_are_checked() -> None:
    policy = {"requiredRoles": "deploy", "maxCredentialTTL": 24, "roles": {"deploy": "owner"}, "require": []}

    assert validate(application(ACCESS, policy)) == [
        SchemaViolation((*POLICY, "maxCredentialTTL"), "expected a string, got a number (24)"),
        SchemaViolation((*POLICY, "require"), "unknown field `require`; did you mean `requiredRoles`?"),
        SchemaViolation((*POLICY, "requiredRoles"), 'expected a list, got a string ("deploy")'),
        SchemaViolation(
            (*POLICY, "roles", "deploy"),
            'expected one of `read`, `write`, `admin`, got a string ("owner")',
        ),
    ]


def test_policy_without_properties_passes_the_access_schema() -> None:
    document = application(ACCESS, POLICY_PROPERTIES)
    del document["spec"]["policies"][0]["properties"]

    assert validate(document) == []


def test_other_trait_and_policy_types_are_left_open() -> None:
    document = application({"replicas": 2, "anything": True}, trait_type="scaler")
    document["spec"]["policies"] = [{"name": "where", "type": "topology", "properties": {"clusters": ["local"]}}]

    assert validate(document) == []


def test_git_access_trait_object_in_an_application_configuration() -> None:
    grant = {**ACCESS, "repository": "billing"}
    trait = {"apiVersion": "oamlint.dev/v1alpha1", "kind": "GitAccessTrait", "spec": grant}
    scaler = {"apiVersion": "core.oam.dev/v1alpha2", "kind": "ManualScalerTrait", "spec": {"replicaCount": 2}}
    document = {
        "apiVersion": "core.oam.dev/v1alpha2",
        "kind": "ApplicationConfiguration",
        "metadata": {"name": "billing"},
        "spec": {"components": [{"componentName": "billing", "traits": [{"trait": scaler}, {"trait": trait}]}]},
    }

    assert validate(document) == [
        SchemaViolation(
            ("spec", "components", 0, "traits", 1, "trait", "spec", "repository"),
            'expected `<owner>/<name>` of a repository on the Gogs instance, got a string ("billing")',
        )
    ]


def test_malformed_application_shapes_are_left_to_the_kind_schema() -> None:
    document = application(ACCESS)
    document["spec"]["components"][0]["traits"] = ["git-access"]
    document["spec"]["policies"] = "none"

    assert [v.path for v in validate(document)] == [("spec", "components", 0, "traits", 0), ("spec", "policies")]


def test_kinds_without_a_schema_still_get_their_access_checked() -> None:
    document = application(changed(ACCESS, ("repository",), 7))
    document["apiVersion"] = "core.oam.dev/v1alpha2"

    assert validate(document) == [SchemaViolation((*TRAIT, "repository"), "expected a string, got a number (7)")]
