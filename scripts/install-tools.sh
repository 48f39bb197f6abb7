#!/usr/bin/env bash
# install-tools.sh COMMAND:PACKAGE… — installs, from Debian's archive, the package of each command not on PATH.
# For the manual check scripts, whose tools are too big for CI (scripts/setup.sh installs what CI needs).
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=()
for tool in "$@"; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
