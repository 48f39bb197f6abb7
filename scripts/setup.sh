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
# stb also gives .docx its deflate/inflate, pugixml its XML; python3-docx reads the exported .docx back in
# the tests, as a second implementation of the format.
NATIVE_PACKAGES=(build-essential cmake pkg-config nlohmann-json3-dev doctest-dev libstb-dev libgumbo-dev libutfcpp-dev
                 libpugixml-dev python3-docx fonts-wqy-microhei)
# Web editor (build/web/nianbao.html): Emscripten 3.1.6 with Debian's acorn for its JS optimizer;
# the page draws with the computer's fonts and embeds only its font notices' characters, cut from WenQuanYi
# Micro Hei (a native package) with fontTools.
WEB_PACKAGES=(emscripten node-acorn python3-fonttools)
# Browser tests (tests/e2e): Debian's Chromium driven by playwright-core from the npm registry (never a
# downloaded browser). Noto Sans CJK SC is the editor's font there, as 微软雅黑 is on an office PC; it also
# has characters beyond U+FFFF such as 𬌗 (U+2C317), which WenQuanYi lacks. Serif CJK fonts so screenshots of
# the exported report look like the printed page.
E2E_PACKAGES=(chromium fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai)
command -v node >/dev/null && command -v npm >/dev/null || E2E_PACKAGES+=(nodejs npm)
# Fuzz targets (tests/fuzz, CMake preset "fuzz"): clang with libFuzzer and the sanitizers' runtime.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)
install_missing "${NATIVE_PACKAGES[@]}" "${WEB_PACKAGES[@]}" "${E2E_PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"

# Sources compiled into the editor: Dear ImGui, gumbo and pugixml (see fetch-sources.sh).
bash scripts/fetch-sources.sh

[ -d tests/e2e/node_modules/playwright-core ] || (cd tests/e2e && npm ci --no-audit --no-fund >/dev/null)
echo "setup: all dependencies present"
