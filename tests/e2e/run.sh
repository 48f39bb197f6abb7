#!/usr/bin/env bash
# run.sh — the browser tests: node --test over tests/e2e/*.test.mjs in Debian's headless Chromium.
# Needs build/web/nianbao.html (cmake --build --preset web); scripts/test.sh builds it first.
set -euo pipefail
cd "$(dirname "$0")"
[ -n "${NIANBAO_BIN:-}" ] || export NIANBAO_BIN="$PWD/../../build/native/nianbao"
[ -f ../../build/web/nianbao.html ] || { echo "e2e: build/web/nianbao.html missing: cmake --preset web && cmake --build --preset web" >&2; exit 1; }
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund >/dev/null
exec node --test --test-concurrency=1 ./*.test.mjs
