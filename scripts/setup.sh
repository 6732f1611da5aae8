#!/usr/bin/env bash
# Set up everything oamlint needs in this checkout, idempotently:
#   .venv/            Python virtual environment with oamlint (editable) and its test tools
#   .tools/bin/opa    OPA at the pinned version, linked into .venv/bin: the `opa` on PATH if it is that
#                     version, else fetched by `oamlint opa install` when OAMLINT_OPA_DOWNLOAD_URL names
#                     a mirror of OPA's releases, else built with `go install`
#   .tools/bin/gogs   Gogs, for the live drift tests (scripts/install-gogs.sh)
# Reruns reuse what is already there. Needs python3 (>= 3.11), and Go for OPA (without a mirror)
# and Gogs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OPA_VERSION="v$(sed -n 's/^OPA_VERSION = "\(.*\)".*/\1/p' "$ROOT/oamlint/opa_cache.py")"  # the pinned version
TOOLS="$ROOT/.tools/bin"
VENV="$ROOT/.venv"
mkdir -p "$TOOLS"

say() { printf 'setup: %s\n' "$*" >&2; }

if [ ! -x "$VENV/bin/python" ]; then
  say "creating virtual environment in .venv"
  python3 -m venv "$VENV"
fi
stamp="$VENV/.oamlint-installed"
if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
  say "installing oamlint and its test tools into .venv"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e "$ROOT[test]"
  touch "$stamp"
fi

opa_version() { "$1" version 2>/dev/null | sed -n 's/^Version: /v/p'; }
if [ "$(opa_version "$TOOLS/opa")" != "$OPA_VERSION" ]; then
  if command -v opa >/dev/null && [ "$(opa_version "$(command -v opa)")" = "$OPA_VERSION" ]; then
    say "using $(command -v opa)"
    ln -sf "$(command -v opa)" "$TOOLS/opa"
  elif [ -n "${OAMLINT_OPA_DOWNLOAD_URL:-}" ]; then
    say "fetching OPA $OPA_VERSION from the mirror in OAMLINT_OPA_DOWNLOAD_URL"
    ln -sf "$("$VENV/bin/oamlint" opa install)" "$TOOLS/opa"
  else
    command -v go >/dev/null || { say "Go is needed to build OPA $OPA_VERSION (or put opa $OPA_VERSION on PATH, or set OAMLINT_OPA_DOWNLOAD_URL to a mirror)"; exit 1; }
    say "building OPA $OPA_VERSION with go install (a minute or two, once)"
    GOBIN="$TOOLS" go install "github.com/open-policy-agent/opa@$OPA_VERSION"
  fi
fi
ln -sf "$TOOLS/opa" "$VENV/bin/opa"

# The SARIF multitool (Microsoft's validator, with GitHub's ingestion rules) for tests/reporters/test_sarif_consumers.py.
MULTITOOL_VERSION="5.7.0"
multitool="$ROOT/.tools/sarif-multitool/node_modules/@microsoft/sarif-multitool/package.json"
if command -v npm >/dev/null && ! grep -q "\"version\": \"$MULTITOOL_VERSION\"" "$multitool" 2>/dev/null; then
  say "installing @microsoft/sarif-multitool $MULTITOOL_VERSION into .tools/sarif-multitool"
  npm install --silent --no-audit --no-fund --prefix "$ROOT/.tools/sarif-multitool" \
    "@microsoft/sarif-multitool@$MULTITOOL_VERSION" >/dev/null || say "WARNING: the SARIF multitool could not be installed"
fi

if [ -f "$ROOT/scripts/install-gogs.sh" ] && [ "${OAMLINT_SKIP_GOGS:-}" != "1" ]; then
  bash "$ROOT/scripts/install-gogs.sh" || say "WARNING: Gogs could not be installed; the live Gogs tests will be skipped (see above)"
fi
