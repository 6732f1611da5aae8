#!/usr/bin/env bash
# Install the pinned Gogs into <repo>/.tools/bin/gogs for the live tests.
#
# Idempotent: does nothing when .tools/bin/gogs already reports the pinned version.
# Order of attempts:
#   1. reuse .tools/bin/gogs if `gogs --version` prints the pinned version;
#   2. copy a binary of the pinned version from the machine's tool cache
#      (${OAMLINT_TOOLS_CACHE:-$HOME/.cache/oamlint/tools}/gogs-<version>/gogs);
#   3. `CGO_ENABLED=0 go install gogs.io/gogs@v<version>` through the Go module proxy.
# A binary got by 3 is also put in the tool cache, so a fresh clone on the same machine reuses it.
# On 2026-11-25 the proxy answered 403 Forbidden for gogs.io/gogs at every version (and for its
# dependency go.bobheadxi.dev/streamline), so step 3 fails here; the live tests then skip, saying so.
# Exits non-zero, saying what failed and how to fix it, when every attempt fails.
set -euo pipefail

GOGS_VERSION=0.14.3
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin_dir="$repo_root/.tools/bin"
target="$bin_dir/gogs"
cache_dir="${OAMLINT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/oamlint/tools}/gogs-$GOGS_VERSION"
log="$(mktemp -t install-gogs.XXXXXX.log)"
trap 'rm -f "$log"' EXIT

has_pinned_version() {
    [ -x "$1" ] && [ "$("$1" --version 2>/dev/null)" = "Gogs version $GOGS_VERSION" ]
}

remember_in_cache() {
    mkdir -p "$cache_dir"
    cp "$target" "$cache_dir/gogs.tmp" && mv "$cache_dir/gogs.tmp" "$cache_dir/gogs"
    echo "install-gogs: cached a copy in $cache_dir/gogs"
}

if has_pinned_version "$target"; then
    echo "install-gogs: Gogs $GOGS_VERSION is already installed at $target"
    exit 0
fi
mkdir -p "$bin_dir"

if has_pinned_version "$cache_dir/gogs"; then
    echo "install-gogs: copying Gogs $GOGS_VERSION from the tool cache $cache_dir"
    cp "$cache_dir/gogs" "$target.tmp" && mv "$target.tmp" "$target"
    exit 0
fi

if ! command -v go >/dev/null 2>&1; then
    echo "install-gogs: error: \`go\` was not found on PATH" >&2
    echo "hint: install Go 1.25 or newer, then run \`bash scripts/install-gogs.sh\` again" >&2
    exit 1
fi

echo "install-gogs: running CGO_ENABLED=0 go install gogs.io/gogs@v$GOGS_VERSION (takes minutes on 2 cores)"
if CGO_ENABLED=0 GOFLAGS=-trimpath GOBIN="$bin_dir" go install "gogs.io/gogs@v$GOGS_VERSION" >"$log" 2>&1 \
    && has_pinned_version "$target"; then
    echo "install-gogs: installed Gogs $GOGS_VERSION at $target"
    remember_in_cache
    exit 0
fi
echo "install-gogs: go install failed:" >&2
tail -n 5 "$log" >&2

echo "install-gogs: error: could not install Gogs $GOGS_VERSION into $target" >&2
echo "hint: make the Go module proxy serve gogs.io/gogs@v$GOGS_VERSION and its dependencies," \
    "or put a Gogs $GOGS_VERSION binary at $cache_dir/gogs; then run \`bash scripts/install-gogs.sh\` again" >&2
exit 1
