#!/usr/bin/env bash
# Install the PostgreSQL and MariaDB servers that the database collector tests start on loopback
# (tests/gogs/servers.py): Debian's `postgresql` and `mariadb-server` packages.
#
# Idempotent: installs only what is missing, and does nothing when both are there. Installing needs apt-get
# and root (or sudo without a password); without them it says what to install and exits 1, and those tests
# then skip, saying so (on CI, where CI=true, they fail instead: .ci/run runs this script first).
set -euo pipefail

missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    missing+=(postgresql)
fi
if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    missing+=(mariadb-server)
fi
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-databases: the PostgreSQL and MariaDB servers are installed"
    exit 0
fi

as_root=()
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    else
        echo "install-databases: error: ${missing[*]} not installed, and this user cannot install packages" >&2
        echo "hint: run \`sudo apt-get install ${missing[*]}\`, then run the tests again" >&2
        exit 1
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-databases: error: ${missing[*]} not installed, and there is no apt-get" >&2
    echo "hint: install a PostgreSQL server and a MariaDB (or MySQL) server with this system's package manager" >&2
    exit 1
fi
echo "install-databases: installing ${missing[*]} with apt-get"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
