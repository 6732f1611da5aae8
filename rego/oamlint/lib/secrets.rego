# METADATA
# description: |
#   What a plaintext secret looks like: a literal value under a secret-like key, or a value
#   shaped like a private key, an access token, an AWS key or a URL with a password.
#   Everything here describes what was found; nothing returns the secret itself.
package oamlint.lib.secrets

# Key names that hold secrets, compared lower-case without `-`, `_` and `.`, as the end of the
# key: `password`, `dbPassword`, `GITHUB_TOKEN`, `client-secret`, `aws_secret_access_key`.
secret_words := {"password", "passwd", "secret", "token", "apikey", "privatekey", "accesskey", "secretkey"}

# Patterns that give a secret away whatever key holds it: description → RE2 pattern.
value_patterns := {
	"a private key": `-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----`,
	"a GitHub token": `\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b`,
	"a GitLab token": `\bglpat-[A-Za-z0-9_-]{20,}`,
	"an AWS access key": `\b(AKIA|ASIA)[0-9A-Z]{16}\b`,
	"a URL with a password": `[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]+:[^/\s@${*][^/\s@]*@`,
}

# What each value pattern leaves in a document's text (`text`): a part of every match that
# escaping cannot change or break (`\b`, `^` and `$` can fail next to an escaped character, so
# the hints have none). Each begins with a literal, which lets RE2 jump from one
# occurrence of it to the next instead of trying every position. Keyed like `value_patterns`,
# plus the Gogs token (a whole string value: quoted in the text).
value_hints := {
	"a private key": [`PRIVATE KEY-----`],
	"a GitHub token": [`gh[pousr]_[A-Za-z0-9]{36}`, `github_pat_[A-Za-z0-9_]{22}`],
	"a GitLab token": [`glpat-[A-Za-z0-9_-]{20}`],
	"an AWS access key": [`AKIA[0-9A-Z]{16}`, `ASIA[0-9A-Z]{16}`],
	"a URL with a password": [`://[^/\s:@]+:[^/\s@]+@`],
	"a Gogs-style access token": [`"[0-9a-f]{40}"`],
}

# A Gogs access token is 40 lower-case hex digits, like a Git commit id: only a whole value
# counts, and not under a key that names a commit.
gogs_token := `^[0-9a-f]{40}$`

commit_words := {"commit", "sha", "revision", "rev", "ref", "digest", "hash", "version", "tag"}

# A value that points at a secret instead of holding it: `${DB_PASSWORD}`, `$(TOKEN)`,
# `$TOKEN`, `{{ .Values.token }}`.
reference := `^\s*(\$\{.*\}|\$\(.*\)|\$[A-Za-z_][A-Za-z0-9_]*|\{\{.*\}\})\s*$`

normalise(key) := lower(regex.replace(key, `[-_.]`, ""))

# secret_key(key): the key names something that holds a secret: lower-case, it ends with one of
# `secret_words` once `-`, `_` and `.` are dropped. One regular expression built once from the
# words (`p[-_.]*a[-_.]*…d[-_.]*$`) instead of normalising the key once per word: this runs on
# every string of every document (plaintext-secret's `suspect`).
secret_key(key) if regex.match(secret_key_pattern, lower(key))

secret_key_pattern := sprintf("(%s)[-_.]*$", [concat("|", [concat("[-_.]*", split(word, "")) | some word in secret_words])])

# suspect(key, value): the string `value` under `key` may be a secret: its key is secret-like or
# its value matches one of the patterns. Cheap (two regular expressions built once) and true of
# everything `kinds` reports, so plaintext-secret runs the detailed checks on these only.
suspect(key, _) if secret_key(key)

suspect(_, value) if regex.match(any_value_pattern, value)

any_value_pattern := concat("|", [sprintf("(?:%s)", [pattern]) | some pattern in array.concat([p | some p in value_patterns], [gogs_token])])

# traces(document): what the document's text (`text`) shows of a secret, so that plaintext-secret
# walks a document string by string only when it may find something:
#   "leaf"   a secret-like key (in lower case it ends with a secret word, then `":`), or a value
#            hint: true of every document where `kinds` reports a string
#   "pair"   a secret-like `name` (`"name": "`, a string ending with a secret word, then `"`) that
#            is not followed by a `value` that is a reference: true of every document where
#            `held_under(pair.name, pair.value)` holds (see `referenced_names`)
# The letters of a secret word and `-_.` are never escaped, and lower() maps the text rune by rune
# as it maps a key, so a secret-like key or name always shows. Keys are matched in the reversed
# text, where the pattern begins with a literal (`:"`) RE2 can jump to.
traces(document) := {trace | some trace in ["leaf", "pair"]; shows(trace, written, backwards)} if {
	written := text(document)
	backwards := strings.reverse(lower(written))
}

# text(document): the document as OPA writes a value (sprintf's `%v`): like JSON with the keys of
# every object sorted, `": "` after a key and `", "` between items, each string quoted as Go quotes
# it (`"` and `\` escaped, unprintable characters as `\x..` or `\u..`: every escape is a backslash
# and more characters, none of them `"`). Three times cheaper than json.marshal;
# test_text_is_written_as_traces_expects pins the form.
text(document) := sprintf("%v", [document])

shows("leaf", _, backwards) if regex.match(key_backwards, backwards)

shows("leaf", written, _) if {
	some hints in value_hints
	some hint in hints
	regex.match(hint, written)
}

shows("pair", written, _) if regex.match(name_pattern, lower(regex.replace(written, referenced_names, "")))

# A key that ends with a secret word, spelt backwards: `:"`, then any `-_.`, then a secret word
# backwards with any `-_.` between its letters.
key_backwards := sprintf(`:"[-_.]*(%s)`, [concat("|", [concat("[-_.]*", split(strings.reverse(word), "")) | some word in secret_words])])

# A `name` whose string (escapes included) ends with a secret word and any `-_.`, in lower case.
name_pattern := sprintf(`"name": "(?:[^"\\]|\\.)*(%s)[-_.]*"`, [concat("|", [concat("[-_.]*", split(word, "")) | some word in secret_words])])

# A `name` that holds no secret pair, in the text as it is: the object ends after it, or its next
# key is `valueFrom`, or `value` with a string `literal` rejects as a reference (`${...}`, `$(...)`,
# `$NAME`, `{{...}}`, without quotes or backslashes). Keys sort in the text (`value` before
# `valueFrom`), so no other `value` key can follow. The generated and most real specs name every
# secret this way (`DB_PASSWORD: ${DB_PASSWORD}`, or `valueFrom` a Kubernetes Secret).
referenced_names := `"name": "(?:[^"\\]|\\.)*"(?:\}|, "valueFrom":|, "value": "(?:\$\{[^"\\]*\}|\$\([^"\\]*\)|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^"\\]*\}\})")`

# literal(value): a non-empty string that is not a reference, a `<placeholder>` or a yes/no word.
literal(value) if {
	is_string(value)
	trim_space(value) != ""
	not regex.match(reference, value)
	not regex.match(`^\s*<[^<>]*>\s*$`, value)
	not lower(trim_space(value)) in {"true", "false", "yes", "no", "on", "off"}
}

# held_under(key, value): `value` is a secret written under a secret-like `key`.
held_under(key, value) if {
	is_string(key)
	secret_key(key)
	literal(value)
	not secret_name(key, value)
}

# In KubeVela specs `secret: db-conn`, `dbSecret: mysql` or `secretKey: password` name a
# Kubernetes Secret or a key in one: a Kubernetes-name-shaped value under a key ending in
# `secret` or `secretKey` is read as such a name (except for client and API secrets).
secret_name(key, value) if {
	normalised := normalise(key)
	some word in {"secret", "secretkey"}
	endswith(normalised, word)
	not endswith(normalised, "clientsecret")
	not endswith(normalised, "apisecret")
	regex.match(`^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$`, value)
}

# kinds(key, value): what the string `value` under `key` looks like, as descriptions for
# messages; empty when it does not look like a secret.
kinds(key, value) := by_key(key, value) | by_value(key, value)

by_key(key, value) := {"a literal value under a secret-like key" | held_under(key, value)}

by_value(key, value) := {kind |
	is_string(value)
	some kind, pattern in value_patterns
	regex.match(pattern, value)
} | {"a Gogs-style access token" |
	is_string(value)
	regex.match(gogs_token, value)
	not commit_key(key)
}

commit_key(key) if {
	some word in commit_words
	contains(normalise(key), word)
}
