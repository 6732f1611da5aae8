#!/usr/bin/env bash
# Debian's Chromium and its WebDriver, for the browser tests of the HTML report
# (tests/reporters/test_html_browser.py), installed only when missing. Needs root (CI runs as root);
# elsewhere, run `sudo apt-get install chromium chromium-driver` once, or the browser tests are
# skipped locally with that hint.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-chromium: not root; install Debian's chromium and chromium-driver to run the browser tests" >&2
  exit 0
fi
echo "install-chromium: installing Debian's chromium and chromium-driver (once)" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
