#!/usr/bin/env bash
# test.sh — installs what is missing, builds, and runs every test.
#   native: CLI, core/CLI/editor doctest suites (CTest lists every case), golden outputs, core purity
#   asan:   the core and CLI suites again under AddressSanitizer + UndefinedBehaviorSanitizer
#   web:    the single-file editor and its browser tests (headless Chromium)
# In CI (CI=true) warnings are errors (NIANBAO_WERROR).
set -euo pipefail
cd "$(dirname "$0")/.."

werror=OFF
[ "${CI:-}" = true ] && werror=ON

bash scripts/setup.sh
cmake --preset native -DNIANBAO_WERROR=$werror >/dev/null
cmake --build --preset native
ctest --preset native

cmake --preset asan -DNIANBAO_WERROR=$werror >/dev/null
cmake --build --preset asan
ctest --preset asan

# The web editor and its browser tests.
cmake --preset web -DNIANBAO_WERROR=$werror >/dev/null
cmake --build --preset web
NIANBAO_BIN="$PWD/build/native/nianbao" bash tests/e2e/run.sh
