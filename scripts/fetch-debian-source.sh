#!/usr/bin/env bash
# fetch-debian-source.sh SRCPKG VERSION_PREFIX DEST [ORIG_SHA256] — unpacks a Debian source package into DEST.
# With ORIG_SHA256, the upstream tarball (*.orig.tar.*) must have exactly that SHA-256, or nothing is unpacked.
#
# Uses a private apt configuration (its own sources list and lists folder under build/apt-src/) so the
# system's apt sources are never changed. The mirror address is read from the system's own sources.
# Looks in sid, forky (testing) and bookworm, and takes the newest version starting with VERSION_PREFIX.
# Example: scripts/fetch-debian-source.sh imgui 1.92.2 third_party/imgui
set -euo pipefail
pkg=$1 prefix=$2 dest=$3 orig_sha256=${4:-}
cd "$(dirname "$0")/.."

if [ -f "$dest/.debian-version" ]; then
  echo "fetch-debian-source: $pkg $(cat "$dest/.debian-version") already in $dest"
  exit 0
fi
command -v dpkg-source >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev; }

mirror=$( (cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null || true) \
  | grep -v '^[[:space:]]*#' | grep -oE 'https?://[^ ]+/debian/?' | grep -v -- '-security' | head -n 1 || true)
mirror=${mirror%/}
[ -n "$mirror" ] || { echo "fetch-debian-source: no Debian mirror found in the system's apt sources" >&2; exit 1; }

work=$PWD/build/apt-src
mkdir -p "$work/lists/partial" "$work/archives/partial" "$work/download"
printf 'deb-src [trusted=yes] %s %s main\n' "$mirror" sid "$mirror" forky "$mirror" bookworm >"$work/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache::Archives=$work/archives"
          -o "APT::Sandbox::User=root" -o "Acquire::Languages=none")
apt-get "${apt_opts[@]}" update -qq

version=$(apt-cache "${apt_opts[@]}" showsrc "$pkg" 2>/dev/null | awk '/^Version:/{print $2}' | grep -E "^$(printf '%s' "$prefix" | sed 's/[.+]/\\&/g')" | sort -V | tail -n 1 || true)
if [ -z "$version" ]; then
  echo "fetch-debian-source: no version of $pkg starting with $prefix in sid, forky or bookworm;" >&2
  echo "  available: $(apt-cache "${apt_opts[@]}" showsrc "$pkg" 2>/dev/null | awk '/^Version:/{print $2}' | tr '\n' ' ')" >&2
  exit 1
fi
(cd "$work/download" && rm -rf ./* && apt-get "${apt_opts[@]}" source -qq --download-only "$pkg=$version" >/dev/null)
dsc=$(ls "$work/download"/*.dsc | head -n 1)
if [ -n "$orig_sha256" ]; then
  orig=$(ls "$work/download"/*.orig.tar.* | head -n 1)
  echo "$orig_sha256  $orig" | sha256sum -c --quiet - || { echo "fetch-debian-source: $orig does not have the pinned SHA-256" >&2; exit 1; }
fi
rm -rf "$dest.tmp" && mkdir -p "$(dirname "$dest")"
dpkg-source --no-check -x "$dsc" "$dest.tmp" >/dev/null
rm -rf "$dest" && mv "$dest.tmp" "$dest"
echo "$version" >"$dest/.debian-version"
echo "fetch-debian-source: $pkg $version unpacked into $dest"
