#!/usr/bin/env bash
# Install the pinned Gogs into <repo>/.tools/bin/gogs for the live tests.
#
# Idempotent: does nothing when .tools/bin/gogs already reports the pinned version.
# Order of attempts:
#   1. reuse .tools/bin/gogs if `gogs --version` prints the pinned version;
#   2. copy a binary of the pinned version from the machine's tool cache
#      (${OAMLINT_TOOLS_CACHE:-$HOME/.cache/oamlint/tools}/gogs-<version>/gogs);
#   3. `CGO_ENABLED=0 go install gogs.io/gogs@v<version>` through the Go module proxy;
#   4. `go build` in GOGS_SRC, when that names an unpacked Gogs source tree of the pinned tag.
# A binary got by 3 or 4 is also put in the tool cache, so a fresh clone on the same machine reuses it.
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

if [ -n "${GOGS_SRC:-}" ]; then
    echo "install-gogs: building from the source tree GOGS_SRC=$GOGS_SRC"
    if (cd "$GOGS_SRC" && CGO_ENABLED=0 go build -trimpath -buildvcs=false -o "$target.tmp" .) >"$log" 2>&1 \
        && has_pinned_version "$target.tmp"; then
        mv "$target.tmp" "$target"
        echo "install-gogs: installed Gogs $GOGS_VERSION at $target"
        remember_in_cache
        exit 0
    fi
    rm -f "$target.tmp"
    echo "install-gogs: building from GOGS_SRC failed (or it is not Gogs $GOGS_VERSION):" >&2
    tail -n 5 "$log" >&2
fi

echo "install-gogs: error: could not install Gogs $GOGS_VERSION into $target" >&2
echo "hint: make the Go module proxy serve gogs.io/gogs@v$GOGS_VERSION and its dependencies," \
    "or set GOGS_SRC to an unpacked source tree of Gogs v$GOGS_VERSION, or put a Gogs $GOGS_VERSION" \
    "binary at $cache_dir/gogs; then run \`bash scripts/install-gogs.sh\` again" >&2
exit 1
