#!/usr/bin/env bash
# Runs every test of the hotline: unit, architecture, real PostgreSQL, real HTTP, and real-browser tests.
#
# Browser tests need Debian's chromium and chromium-driver. When they are missing and this script may install
# packages (root, or password-less sudo), it installs them; otherwise the browser tests are reported as skipped.
# The browser tests check every page they visit with axe-core, which scripts/fetch-axe.sh fetches with npm; without
# npm or the network the accessibility checks are reported as skipped.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt_get="apt-get"
  elif sudo -n true 2>/dev/null; then
    apt_get="sudo apt-get"
  else
    apt_get=""
  fi
  if [ -n "$apt_get" ]; then
    echo "Installing chromium and chromium-driver for the browser tests..."
    DEBIAN_FRONTEND=noninteractive $apt_get update -qq
    DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "chromium or chromium-driver is missing and cannot be installed here: browser tests will be skipped."
  fi
fi

if command -v npm >/dev/null 2>&1; then
  scripts/fetch-axe.sh || echo "axe-core could not be fetched: the accessibility checks will be skipped."
else
  echo "npm is missing: axe-core cannot be fetched, the accessibility checks will be skipped."
fi

exec mvn -B verify "$@"
