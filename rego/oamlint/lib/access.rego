# METADATA
# description: |
#   Normalises the access that specs declare, whatever the OAM form:
#   the v1beta1 `git-access` trait and the v1alpha2 `GitAccessTrait` trait object,
#   the `git-access-policy` policy, and which repository every component comes from.
package oamlint.lib.access

# Every git-access trait: where it is, which component it belongs to, its properties.
# Python validates the same places before OPA runs (`access_properties` in oamlint/spec/schema.py);
# tests/test_agreement.py checks the two walkers agree. Change both together.
traits contains trait if {
	some doc in input.documents
	doc.document.kind == "Application"
	some i, component in lists(doc.document.spec.components)
	some j, t in lists(component.traits)
	base_type(t.type) == "git-access"
	trait := {
		"document": doc.id,
		"path": ["spec", "components", i, "traits", j, "properties"],
		"component": component.name,
		"properties": object.get(t, "properties", {}),
	}
}

traits contains trait if {
	some doc in input.documents
	doc.document.kind == "ApplicationConfiguration"
	some i, component in lists(doc.document.spec.components)
	some j, t in lists(component.traits)
	t.trait.kind == "GitAccessTrait"
	trait := {
		"document": doc.id,
		"path": ["spec", "components", i, "traits", j, "trait", "spec"],
		"component": component_name(component),
		"properties": object.get(t.trait, "spec", {}),
	}
}

# Document id → the id of the Application it is an environment of (oamlint gives one document per
# environment of an Application whose deploy steps apply `override` policies); itself otherwise.
source_of := {doc.id: object.get(doc, "source", doc.id) | some doc in input.documents}

# other_environment(a, b): two documents are different environments of one Application, whose
# grants may differ by design (staging and prod).
other_environment(a, b) if {
	a != b
	source_of[a] == source_of[b]
}

# lists(x): `x` when it is a list, else nothing to walk (a mapping where a list belongs is the
# schema rule's finding; Python's walker skips it too).
lists(x) := x if is_array(x)

lists(x) := [] if not is_array(x)

# Every role a trait declares, with its principals as `team:<org>/<team>` and `user:<name>`.
# A role written with no value (`deploy:`) is an empty grant.
declared_roles contains role if {
	some trait in traits
	some name, value in trait.properties.roles
	grant := grant_object(value)
	role := {
		"document": trait.document,
		"path": array.concat(trait.path, ["roles", name]),
		"component": trait.component,
		"repository": object.get(trait.properties, "repository", ""),
		"role": name,
		"permission": object.get(grant, "permission", "read"),
		"principals": principals(grant),
		"grant": grant,
	}
}

grant_object(value) := value if is_object(value)

grant_object(null) := {}

principals(grant) := sort(array.concat(
	[sprintf("team:%s", [t]) | some t in object.get(grant, "teams", [])],
	[sprintf("user:%s", [u]) | some u in object.get(grant, "users", [])],
))

# Every component of every Application (`spec.components[i]`, named by `name`) and
# ApplicationConfiguration (named by `componentName`, or `revisionName`).
#   path        the component, e.g. ["spec", "components", 0]
#   type        its type without a `@vN` pin ("" when it has none, as in v1alpha2)
components contains component if {
	some doc in input.documents
	doc.document.kind in {"Application", "ApplicationConfiguration"}
	some i, c in doc.document.spec.components
	component := {
		"document": doc.id,
		"path": ["spec", "components", i],
		"component": component_name(c),
		"type": component_type(c),
	}
}

component_name(c) := c.name

default component_type(_) := ""

component_type(c) := base_type(c.type)

component_name(c) := object.get(c, "componentName", object.get(c, "revisionName", "")) if not c.name

# Which repository each component comes from; a component may have several.
#   document, path, component   the component, as in `components`
#   repository                  `<owner>/<name>` on the Gogs instance
#   source                      "git-access" (the trait) or the component type ("kustomize", "helm")
#   source_path                 where the repository is written: the trait's `repository`, or the `url`
bindings contains binding if {
	some trait in traits
	repository := trait.properties.repository
	is_string(repository)
	repository != ""
	binding := {
		"document": trait.document,
		"path": array.slice(trait.path, 0, 3),
		"component": trait.component,
		"repository": repository,
		"source": "git-access",
		"source_path": array.concat(trait.path, ["repository"]),
	}
}

bindings contains binding if {
	some doc in input.documents
	doc.document.kind == "Application"
	some i, c in doc.document.spec.components
	kind := base_type(c.type)
	properties := c.properties
	object.get(properties, "repoType", default_repo_type[kind]) == "git"
	repository := gogs_repository(properties.url)
	binding := {
		"document": doc.id,
		"path": ["spec", "components", i],
		"component": c.name,
		"repository": repository,
		"source": kind,
		"source_path": ["spec", "components", i, "properties", "url"],
	}
}

# The fluxcd addon's defaults: a kustomize source is Git unless told otherwise, a helm one is not.
default_repo_type := {"kustomize": "git", "helm": "helm"}

# Components with at least one binding, as [document, path] pairs, for fast look-up.
bound := {[binding.document, binding.path] | some binding in bindings}

# [document, component path, role name] of every role the git-access traits of a component
# declare: one pass over the traits, built once, then looked up (`[...] in component_roles`).
component_roles := {[trait.document, array.slice(trait.path, 0, 3), name] |
	some trait in traits
	some name, _ in object.get(trait.properties, "roles", {})
}

# Every git-access-policy: its name (KubeVela's generated one when it has none), properties, and
# where they are.
policies contains policy if {
	some doc in input.documents
	doc.document.kind == "Application"
	some k, p in lists(doc.document.spec.policies)
	base_type(p.type) == "git-access-policy"
	policy := {
		"document": doc.id,
		"name": object.get(p, "name", sprintf("%s-auto-gen-%d", [p.type, k])),
		"path": ["spec", "policies", k, "properties"],
		"properties": object.get(p, "properties", {}),
	}
}

# The roles every component of `document` must declare: the config's, plus its policies' (a
# policy may add roles, never remove them).
required_roles(document) := config_required_roles | object.get(policy_required_roles, document, set())

config_required_roles := {role | some role in object.get(input, ["config", "requiredRoles"], [])}

# Document id → the roles its git-access policies require.
policy_required_roles := {document: roles |
	some policy in policies
	document := policy.document
	roles := {role |
		some other in policies
		other.document == document
		some role in object.get(other.properties, "requiredRoles", [])
	}
}

# Every trait and component type a spec uses, with where it is written.
#   document, component, component_path   the component using the type
#   path                                   the `type` key
#   type                                   without a `@vN` pin
#   order                                  [component index, trait index or -1]: document order
type_uses contains use if {
	some doc in input.documents
	doc.document.kind == "Application"
	some i, c in doc.document.spec.components
	is_string(c.type)
	use := {
		"document": doc.id,
		"path": ["spec", "components", i, "type"],
		"component": c.name,
		"component_path": ["spec", "components", i],
		"type": base_type(c.type),
		"order": [i, -1],
	}
}

type_uses contains use if {
	some doc in input.documents
	doc.document.kind == "Application"
	some i, c in doc.document.spec.components
	some j, t in c.traits
	is_string(t.type)
	use := {
		"document": doc.id,
		"path": ["spec", "components", i, "traits", j, "type"],
		"component": c.name,
		"component_path": ["spec", "components", i],
		"type": base_type(t.type),
		"order": [i, j],
	}
}

# A definition name without its revision pin: `webservice@v2` → `webservice`.
base_type(name) := split(name, "@")[0] if is_string(name)

# gogs_repository(url): `<owner>/<name>` when `url` is a Git URL on the configured Gogs host
# (https://host/owner/name.git, git@host:owner/name.git, ssh://git@host:22/owner/name);
# undefined otherwise.
gogs_repository(url) := repository if {
	is_string(url)
	[host, path] := url_parts(url)
	lower(host) == gogs_host
	repository := repository_path(path)
}

# `scheme://[user@]host[:port][/path]`: the groups are the scheme, the host and the path ("" when
# there is none). One pattern for the specs' URLs and the configured Gogs URL.
url_with_scheme := `^([A-Za-z][A-Za-z0-9+.-]*)://(?:[^@/]+@)?([^/:?#]+)(?::[0-9]*)?(/[^?#]*)?`

# Host and path of a URL with a scheme; an http(s) URL must be below the Gogs URL's own path.
url_parts(url) := [match[2], trim_prefix(match[3], gogs_prefix)] if {
	[match] := regex.find_all_string_submatch_n(url_with_scheme, url, 1)
	lower(match[1]) in {"http", "https"}
	startswith(match[3], sprintf("%s/", [gogs_prefix]))
}

url_parts(url) := [match[2], match[3]] if {
	[match] := regex.find_all_string_submatch_n(url_with_scheme, url, 1)
	not lower(match[1]) in {"http", "https"}
}

# The scp-like form `user@host:owner/name.git`.
url_parts(url) := [match[1], match[2]] if {
	not contains(url, "://")
	[match] := regex.find_all_string_submatch_n(`^(?:[^@/:]+@)?([^/:]+):(.+)$`, url, 1)
}

repository_path(path) := concat("/", parts) if {
	parts := split(trim_suffix(trim(path, "/"), ".git"), "/")
	count(parts) == 2
	every part in parts {
		part != ""
	}
}

# The configured Gogs URL's host (lower case) and path ("" or "/prefix" when served below a path).
gogs_host := lower(gogs_url_match[2])

gogs_prefix := trim_suffix(gogs_url_match[3], "/")

gogs_url_match := match if {
	[match] := regex.find_all_string_submatch_n(url_with_scheme, input.config.gogs.url, 1)
}
