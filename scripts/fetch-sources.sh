#!/usr/bin/env bash
# fetch-sources.sh — the third-party sources compiled into the editor, unpacked under third_party/.
# Used by setup.sh and by the GitHub workflow (which installs Emscripten its own way).
set -euo pipefail
cd "$(dirname "$0")/.."

# Dear ImGui 1.92.2b from Debian's source package (bookworm's binary package is 1.86, too old), pinned by exact
# version and the SHA-256 of its upstream tarball.
bash scripts/fetch-debian-source.sh imgui 1.92.2b+ds-1 third_party/imgui \
  e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48

# The importer's HTML parser is compiled from source for the web build (the .deb holds native code only).
# When the Debian mirror does not carry gumbo-parser's sources, take Google's gumbo 0.10.1 (the version of
# bookworm's libgumbo-dev, so web and native parse alike) from the npm package gumbo-parser@0.3.0, which
# bundles exactly those C sources in deps/gumbo-parser/.
if [ ! -f third_party/gumbo/.debian-version ] && ! bash scripts/fetch-debian-source.sh gumbo-parser 0.10 third_party/gumbo; then
  echo "setup: gumbo sources from the npm registry (gumbo-parser@0.3.0 bundles gumbo 0.10.1)"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent gumbo-parser@0.3.0 >/dev/null && tar xzf gumbo-parser-0.3.0.tgz)
  rm -rf third_party/gumbo && mkdir -p third_party && mv "$tmp/package/deps/gumbo-parser" third_party/gumbo
  echo "0.10.1 (npm gumbo-parser@0.3.0)" >third_party/gumbo/.debian-version
  rm -rf "$tmp"
fi

