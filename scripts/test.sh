#!/usr/bin/env bash
# test.sh — installs what is missing, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native

# The web editor and its browser tests.
cmake --preset web >/dev/null
cmake --build --preset web
NIANBAO_BIN="$PWD/build/native/nianbao" bash tests/e2e/run.sh
