#!/usr/bin/env bash
# setup.sh — installs everything the build and the tests need on a fresh Debian 12 machine.
# Safe to run again: it only installs what is missing. Needs root (or sudo) for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# install_missing PACKAGE... — apt-get installs the packages that are not installed yet.
install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Native build (core, CLI, tests); WenQuanYi Micro Hei is the CJK font of the headless editor tests.
NATIVE_PACKAGES=(build-essential cmake pkg-config nlohmann-json3-dev doctest-dev libstb-dev libgumbo-dev
                 fonts-wqy-microhei)
# Web editor (build/web/nianbao.html): Emscripten 3.1.6 with Debian's acorn for its JS optimizer;
# WenQuanYi Micro Hei (GBK, embedded in the page) and DejaVu Sans (UI symbols); fontTools to subset.
WEB_PACKAGES=(emscripten node-acorn fonts-dejavu-core python3-fonttools)
# Browser tests (tests/e2e): Debian's Chromium driven by playwright-core from the npm registry (never a
# downloaded browser); serif CJK fonts so screenshots of the exported report look like the printed page.
E2E_PACKAGES=(chromium fonts-arphic-uming fonts-arphic-ukai)
command -v node >/dev/null && command -v npm >/dev/null || E2E_PACKAGES+=(nodejs npm)
install_missing "${NATIVE_PACKAGES[@]}" "${WEB_PACKAGES[@]}" "${E2E_PACKAGES[@]}"

# Dear ImGui 1.92.2b from Debian's source package (bookworm's binary package is 1.86, too old).
bash scripts/fetch-debian-source.sh imgui 1.92.2 third_party/imgui

# The importer's HTML parser is compiled from source for the web build (the .deb holds native code only).
# When the Debian mirror does not carry gumbo-parser's sources, take Google's gumbo 0.10.1 (the version of
# bookworm's libgumbo-dev, so web and native parse alike) from the npm package gumbo-parser@0.3.0, which
# bundles exactly those C sources in deps/gumbo-parser/.
if [ ! -f third_party/gumbo/.debian-version ] && ! bash scripts/fetch-debian-source.sh gumbo-parser 0. third_party/gumbo; then
  echo "setup: gumbo sources from the npm registry (gumbo-parser@0.3.0 bundles gumbo 0.10.1)"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent gumbo-parser@0.3.0 >/dev/null && tar xzf gumbo-parser-0.3.0.tgz)
  rm -rf third_party/gumbo && mkdir -p third_party && mv "$tmp/package/deps/gumbo-parser" third_party/gumbo
  echo "0.10.1 (npm gumbo-parser@0.3.0)" >third_party/gumbo/.debian-version
  rm -rf "$tmp"
fi

[ -d tests/e2e/node_modules/playwright-core ] || (cd tests/e2e && npm ci --no-audit --no-fund >/dev/null)
echo "setup: all dependencies present"
