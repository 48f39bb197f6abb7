#!/usr/bin/env bash
# run.sh — builds the web editor (build/web/nianbao.html) and opens it with the 2021 example report.
# Without a display (a server, a container) it prints the file:// address and serves the folder over HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset web >/dev/null
cmake --build --preset web
page="$PWD/build/web/nianbao.html"
echo "nianbao: file://$page#example=2021"
echo "         (one self-contained file: copy it anywhere and double-click it; no network needed)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null; then
  exec xdg-open "file://$page#example=2021"
fi
port=${PORT:-8000}
echo "nianbao: no display here; serving http://localhost:$port/nianbao.html#example=2021 (Ctrl+C stops)"
exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 --directory build/web
