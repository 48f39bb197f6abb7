#!/usr/bin/env bash
# core_purity.sh — fails if anything under core/ includes UI, Emscripten or GL headers (core must stay headless).
set -u
root=${1:-$(dirname "$0")/..}
bad=$(grep -rnE '#[[:space:]]*include[[:space:]]*[<"](imgui|emscripten|GLFW|GL/|GLES|SDL)' "$root/core" || true)
if [ -n "$bad" ]; then
  echo "core/ must not include UI, Emscripten or GL headers:"
  echo "$bad"
  exit 1
fi
echo "core/ includes no UI, Emscripten or GL header"
