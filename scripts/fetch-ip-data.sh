#!/usr/bin/env bash
# Fetches the public IP data the hosting trace uses into <HOTLINE_DATA_DIR>/ip (default ./data/ip), with npm pack:
#
#   geo-whois-asn-country/  @ip-location-db/geo-whois-asn-country-mmdb (CC0): the country of each address
#   asn/                    @ip-location-db/asn (CC-BY-4.0; data by RouteViews, DB-IP and the NRO): AS numbers and
#                           network organisations
#
#   scripts/fetch-ip-data.sh                      the latest release of both
#   IP_DATA_VERSION=2.3.2026061719 scripts/fetch-ip-data.sh    a given release
#
# Each package is unpacked beside the one in use, then swapped in by renaming a link, so a running hotline never
# reads a half-written file: it picks up the new data within a minute, without a restart. The previous release is
# removed once the new one is in place. The data is never committed (data/ is ignored by git).
set -euo pipefail

target="${HOTLINE_DATA_DIR:-./data}/ip"
version="${IP_DATA_VERSION:-latest}"
command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch the IP data (it comes with Node.js)." >&2; exit 1; }

mkdir -p "$target"
work="$(mktemp -d "$target/.fetch.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# fetch PACKAGE NAME FILE...: unpacks FILEs (and the package's manifest and licences) to NAME-<version>, links NAME.
fetch() {
  local package="$1" name="$2"
  shift 2
  mkdir -p "$work/$name"
  echo "Fetching $package@$version ..."
  (cd "$work/$name" && npm pack --silent "$package@$version" >/dev/null)
  tar -xzf "$work/$name"/*.tgz -C "$work/$name"
  local unpacked="$work/$name/package"
  local release
  release="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$unpacked/package.json" | head -n 1)"
  [ -n "$release" ] || { echo "$package: no version in its package.json" >&2; exit 1; }
  local dir="$name-$release"
  if [ -e "$target/$dir" ] && [ "$(readlink "$target/$name" 2>/dev/null)" = "$dir" ]; then
    echo "  $package $release is already in place."
    return
  fi
  rm -rf "${target:?}/$dir"
  mkdir -p "$target/$dir"
  for file in "$@" package.json README.md; do
    [ -f "$unpacked/$file" ] || { echo "$package $release has no $file" >&2; exit 1; }
    cp "$unpacked/$file" "$target/$dir/"
  done
  cp "$unpacked"/*LICENSE* "$unpacked"/MODIFICATIONS "$target/$dir/" 2>/dev/null || true
  # A directory left by hand where the link goes is kept aside, not overwritten.
  if [ -d "$target/$name" ] && [ ! -L "$target/$name" ]; then
    mv "$target/$name" "$target/$name-kept-$(date +%Y%m%d%H%M%S)"
  fi
  local previous
  previous="$(readlink "$target/$name" 2>/dev/null || true)"
  ln -sfn "$dir" "$target/.$name.link"
  mv -Tf "$target/.$name.link" "$target/$name"
  if [ -n "$previous" ] && [ "$previous" != "$dir" ]; then
    rm -rf "${target:?}/$previous"
  fi
  echo "  $package $release is in $target/$name"
}

fetch @ip-location-db/geo-whois-asn-country-mmdb geo-whois-asn-country geo-whois-asn-country.mmdb
fetch @ip-location-db/asn asn asn-ipv4.csv asn-ipv6.csv

echo "Done. The hosting trace credits: country data CC0 (ip-location-db); AS data CC-BY-4.0 by RouteViews, DB-IP and the NRO."
