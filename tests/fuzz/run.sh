#!/usr/bin/env bash
# run.sh — builds the importer fuzz target with clang (libFuzzer + ASan + UBSan) and runs it.
# Needs clang and libclang-rt-14-dev (Debian). Usage: tests/fuzz/run.sh [SECONDS] (default 300).
# Seeds are the samples in ../shared/samples, copied to a temporary corpus (never into the repository).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-300}"
command -v clang++ >/dev/null || { echo "run.sh: clang++ missing (apt-get install clang libclang-rt-14-dev)"; exit 2; }
out=build/fuzz
mkdir -p "$out"
clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -Icore/include -Icore tests/fuzz/import_fuzz.cpp $(find core -name "*.cpp") $(pkg-config --cflags --libs gumbo) -o "$out/import_fuzz"
corpus=$(mktemp -d)
cp ../shared/samples/*.txt ../shared/samples/real/*.html ../shared/samples/real/*.txt "$corpus"/ 2>/dev/null || true
echo "run.sh: fuzzing for ${seconds}s, corpus $corpus, crashes go to $out/"
"$out/import_fuzz" -max_total_time="$seconds" -max_len=400000 -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix="$out/" "$corpus"
