#!/usr/bin/env bash
# suite_names.sh SUITE — fails when a doctest case name holds a semicolon: CTest cuts such a name at the
# semicolon, runs no case by that filter and reports a pass, so the case could never fail.
set -euo pipefail
bad=$("$1" --list-test-cases --no-intro | grep -F ';' || true)
[ -z "$bad" ] || { echo "test names with a semicolon (CTest cannot run them; use a comma):" >&2; echo "$bad" >&2; exit 1; }
