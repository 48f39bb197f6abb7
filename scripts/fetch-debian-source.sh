#!/usr/bin/env bash
# fetch-debian-source.sh SRCPKG VERSION_PREFIX DEST — unpacks a Debian source package into DEST.
#
# Uses a private apt configuration (its own sources list and lists folder under build/apt-src/) so the
# system's apt sources are never changed. The mirror address is read from the system's own sources.
# Looks in sid, forky (testing) and bookworm, and takes the newest version starting with VERSION_PREFIX.
# Example: scripts/fetch-debian-source.sh imgui 1.92.2 third_party/imgui
set -euo pipefail
pkg=$1 prefix=$2 dest=$3
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

version=$(apt-cache "${apt_opts[@]}" showsrc "$pkg" 2>/dev/null | awk '/^Version:/{print $2}' | grep -E "^${prefix//./\\.}" | sort -V | tail -n 1 || true)
if [ -z "$version" ]; then
  echo "fetch-debian-source: no version of $pkg starting with $prefix in sid, forky or bookworm;" >&2
  echo "  available: $(apt-cache "${apt_opts[@]}" showsrc "$pkg" 2>/dev/null | awk '/^Version:/{print $2}' | tr '\n' ' ')" >&2
  exit 1
fi
(cd "$work/download" && rm -rf ./* && apt-get "${apt_opts[@]}" source -qq --download-only "$pkg=$version" >/dev/null)
dsc=$(ls "$work/download"/*.dsc | head -n 1)
rm -rf "$dest.tmp" && mkdir -p "$(dirname "$dest")"
dpkg-source --no-check -x "$dsc" "$dest.tmp" >/dev/null
rm -rf "$dest" && mv "$dest.tmp" "$dest"
echo "$version" >"$dest/.debian-version"
echo "fetch-debian-source: $pkg $version unpacked into $dest"
