#!/usr/bin/env bash
# setup.sh — installs everything the build and the tests need on a fresh Debian 12 machine.
# Safe to run again: it only installs what is missing. Needs root (or sudo) for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Debian packages for the native build (core, CLI, tests).
NATIVE_PACKAGES=(build-essential cmake pkg-config nlohmann-json3-dev doctest-dev libstb-dev libgumbo-dev fonts-wqy-microhei)

# Installs the Debian packages given as arguments that are not installed yet.
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

install_missing "${NATIVE_PACKAGES[@]}"
echo "setup: native dependencies present"

# Browser tests (tests/e2e): Debian's Chromium driven by playwright-core from the npm registry;
# serif CJK fonts so the screenshots of the exported report look like the printed page.
E2E_PACKAGES=(chromium fonts-arphic-uming fonts-arphic-ukai)
command -v node >/dev/null || E2E_PACKAGES+=(nodejs npm)
install_missing "${E2E_PACKAGES[@]}"
[ -d tests/e2e/node_modules/playwright-core ] || (cd tests/e2e && npm install --no-audit --no-fund)
echo "setup: browser test dependencies present"

# Dear ImGui 1.92.2b from Debian's source package (bookworm's binary package is 1.86, too old).
bash scripts/fetch-debian-source.sh imgui 1.92.2 third_party/imgui
