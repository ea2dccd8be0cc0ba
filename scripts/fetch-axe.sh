#!/usr/bin/env bash
# Fetches axe-core, Deque's accessibility rules engine (MPL-2.0), with npm pack into .cache/axe-core (ignored by git):
# the browser tests run it on every page they visit. Never committed; without it the accessibility checks are skipped.
#
#   scripts/fetch-axe.sh                            the pinned release
#   AXE_CORE_VERSION=4.14.1 scripts/fetch-axe.sh    a given release
set -euo pipefail
cd "$(dirname "$0")/.."

version="${AXE_CORE_VERSION:-4.14.1}"
target=.cache/axe-core
if [ -f "$target/axe.min.js" ] && grep -q "\"version\": \"$version\"" "$target/package.json" 2>/dev/null; then
  echo "axe-core $version is in $target."
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch axe-core (it comes with Node.js)." >&2; exit 1; }

mkdir -p .cache
work="$(mktemp -d .cache/.axe.XXXXXX)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@$version" >/dev/null)
tar -xzf "$work"/axe-core-*.tgz -C "$work"
for file in axe.min.js package.json LICENSE; do
  [ -f "$work/package/$file" ] || { echo "axe-core $version has no $file" >&2; exit 1; }
  cp "$work/package/$file" "$work/"
done
rm -rf "$work/package" "$work"/axe-core-*.tgz "${target:?}"
mv "$work" "$target"
trap - EXIT
echo "axe-core $version is in $target."
