#!/usr/bin/env bash
# check-html-pdf.sh — manual check of the exported page on paper (CI does not run it).
#
# Renders each report with `nianbao render`, converts the page to PDF with LibreOffice (as offices do
# to make a Word/PDF copy) and with Chromium (browser printing), and rasterizes every PDF page to PNG
# under tests/e2e/artifacts/pdf/ for a person to look at: borders, headings, no row cut in two,
# table 三's header repeated on each page.
# Installs libreoffice-writer-nogui and poppler-utils when missing; they are too big for CI, so they
# are deliberately not in scripts/setup.sh.
#
# Usage: scripts/check-html-pdf.sh [REPORT.json ...]   (default: tests/data/html/yanshi-2020-figures.json)
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=build/native/nianbao
[ -x "$BIN" ] || { echo "check-html-pdf: $BIN is missing; build first: cmake --build --preset native" >&2; exit 2; }
bash scripts/install-tools.sh soffice:libreoffice-writer-nogui pdftoppm:poppler-utils chromium:chromium

OUT=tests/e2e/artifacts/pdf
mkdir -p "$OUT"
[ $# -gt 0 ] || set -- tests/data/html/yanshi-2020-figures.json
for json in "$@"; do
  name=$(basename "$json" .json)
  html="$OUT/$name.html"
  "$BIN" render "$json" -o "$html"
  soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$OUT" "$html" >/dev/null 2>&1
  mv "$OUT/$name.pdf" "$OUT/$name-libreoffice.pdf"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --user-data-dir="$(mktemp -d)" --no-pdf-header-footer --print-to-pdf="$OUT/$name-chromium.pdf" \
    "file://$(realpath "$html")" >/dev/null 2>&1
  for engine in libreoffice chromium; do
    pdf="$OUT/$name-$engine.pdf"
    rm -f "$OUT/$name-$engine"-*.png
    pdftoppm -r 70 -png "$pdf" "$OUT/$name-$engine"
    echo "$pdf: $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages; PNGs: $OUT/$name-$engine-*.png"
  done
done
