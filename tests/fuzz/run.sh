#!/usr/bin/env bash
# run.sh — builds an importer fuzz target with clang (libFuzzer + ASan + UBSan) and runs it.
# Needs clang and libclang-rt-14-dev (Debian). Usage: tests/fuzz/run.sh [import|docx] [SECONDS] (default
# import, 300 s).
#   import: any input to import_report; seeds are the samples in ../shared/samples, copied to a temporary
#           corpus (never into the repository).
#   docx:   the .docx reader; seeds are the hand-laid fixture, nianbao's own export of both formats and
#           their main documents' XML (see docx_fuzz.cpp for how the first byte picks the mode).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then set -- import "$1"; fi  # the older form: run.sh SECONDS
target="${1:-import}"
seconds="${2:-300}"
case "$target" in import|docx) ;; *) echo "run.sh: target is import or docx"; exit 2 ;; esac
command -v clang++ >/dev/null || { echo "run.sh: clang++ missing (apt-get install clang libclang-rt-14-dev)"; exit 2; }
out=build/fuzz
mkdir -p "$out"
clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -Icore -Icore/include -I/usr/include/stb "tests/fuzz/${target}_fuzz.cpp" $(find core -name '*.cpp') \
  $(pkg-config --cflags --libs gumbo pugixml) -o "$out/${target}_fuzz"
corpus=$(mktemp -d)
if [ "$target" = import ]; then
  cp ../shared/samples/*.txt ../shared/samples/real/*.html ../shared/samples/real/*.txt "$corpus"/ 2>/dev/null || true
else
  nianbao=build/native/nianbao
  [ -x "$nianbao" ] || { echo "run.sh: build the native CLI first (cmake --build --preset native)"; exit 2; }
  seed() { { printf "$1"; cat "$2"; } >"$corpus/$3"; }
  seed '\x01' tests/data/docx/hand-laid-2021.docx hand-laid.docx
  "$nianbao" render tests/data/yanshi-2020.json -o "$corpus/seed.docx"
  for f in 2019 2021; do
    "$nianbao" new --format "$f" --year 2024 --agency 青山县 -o "$corpus/new-$f.json"
    "$nianbao" render "$corpus/new-$f.json" -o "$corpus/blank-$f.docx"
    rm "$corpus/new-$f.json"
  done
  for d in "$corpus"/seed.docx "$corpus"/blank-*.docx; do
    unzip -p "$d" word/document.xml >"$corpus/xml.tmp"
    seed '\x00' "$corpus/xml.tmp" "$(basename "$d" .docx).xml"
    seed '\x01' "$d" "$(basename "$d").in"
    rm "$d"
  done
  rm -f "$corpus/xml.tmp"
fi
echo "run.sh: fuzzing $target for ${seconds}s, corpus $corpus, crashes go to $out/"
"$out/${target}_fuzz" -max_total_time="$seconds" -max_len=400000 -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix="$out/${target}-" "$corpus"
