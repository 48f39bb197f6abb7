#!/usr/bin/env bash
# check-docx-pdf.sh — manual check of the Word export on paper (CI does not run it).
#
# Renders each report with `nianbao render -o X.docx`, converts the document to PDF with LibreOffice
# (as an office without Word would print it) and rasterizes every page to PNG under
# tests/e2e/artifacts/docx/ for a person to look at: A4 margins, headings, merged cells, table 三's
# header rows repeated on the next page, page numbers "— n —", empty cells empty.
# Installs libreoffice-writer-nogui and poppler-utils when missing; they are too big for CI, so they
# are deliberately not in scripts/setup.sh.
#
# Usage: scripts/check-docx-pdf.sh [REPORT.json ...]   (default: the seed report and a blank 2021 report)
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=build/native/nianbao
[ -x "$BIN" ] || { echo "check-docx-pdf: $BIN is missing; build first: cmake --build --preset native" >&2; exit 2; }
bash scripts/install-tools.sh soffice:libreoffice-writer-nogui pdftoppm:poppler-utils

OUT=tests/e2e/artifacts/docx
mkdir -p "$OUT"
if [ $# -eq 0 ]; then
  "$BIN" new --format 2021 --year 2024 --agency 青山县交通运输局 -o "$OUT/blank-2021.json"
  set -- tests/data/yanshi-2020.json "$OUT/blank-2021.json"
fi
for json in "$@"; do
  name=$(basename "$json" .json)
  "$BIN" render "$json" -o "$OUT/$name.docx"
  soffice --headless --convert-to pdf --outdir "$OUT" "$OUT/$name.docx" >/dev/null 2>&1
  rm -f "$OUT/$name"-*.png
  pdftoppm -r 70 -png "$OUT/$name.pdf" "$OUT/$name"
  echo "$OUT/$name.pdf: $(pdfinfo "$OUT/$name.pdf" | awk '/^Pages:/ {print $2}') pages; PNGs: $OUT/$name-*.png"
done
