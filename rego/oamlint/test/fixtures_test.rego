# METADATA
# description: |
#   The inputs rule tests start from, so a test says only what differs. One Application
#   (`apps/payments.yaml#0`) whose component `payments-api` has a git-access trait on
#   `acme/payments-api`; build the input with `input_for`, or the common cases `app(roles)`
#   and `app_with(properties, config)`. The drift rules share a Gogs export too:
#   data.oamlint.lib.drift_test. (A `_test.rego` file: never part of the bundle.)
package oamlint.test.fixtures

id := "apps/payments.yaml#0"

file := "apps/payments.yaml"

repository := "acme/payments-api"

# Where the trait's properties are in the document.
trait_path := ["spec", "components", 0, "traits", 0, "properties"]

# The path of a role (or something under it) in the document.
role_path(name, suffix) := array.concat(array.concat(trait_path, ["roles", name]), suffix)

# app(roles): the Application with these `roles`, and an empty config.
app(roles) := app_with({"roles": roles}, {})

# app_with(properties, config): the trait's properties (the repository is added unless given).
app_with(properties, config) := input_for([document(spec([component([git_access(properties)])]))], config)

# input_for(documents, config): the envelope oamlint sends to OPA (see `envelope` in oamlint/lint.py).
input_for(documents, config) := {"config": config, "documents": documents, "now": "2026-11-25T00:00:00Z"}

# document(s): the Application `apps/payments.yaml#0` with spec `s`; document_at names another.
document(s) := document_at(id, file, s)

document_at(doc_id, doc_file, s) := {"id": doc_id, "file": doc_file, "index": 0, "kind": "Application", "document": {
	"apiVersion": "core.oam.dev/v1beta1",
	"kind": "Application",
	"metadata": {"name": "payments"},
	"spec": s,
}}

spec(components) := {"components": components}

component(traits) := {"name": "payments-api", "type": "webservice", "traits": traits}

git_access(properties) := {"type": "git-access", "properties": object.union({"repository": repository}, properties)}

policy(properties) := {"name": "access", "type": "git-access-policy", "properties": properties}
