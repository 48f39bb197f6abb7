#!/usr/bin/env bash
# check_throughput.sh — times `nianbao check` over thousands of generated report files.
#
# Usage: bench/check_throughput.sh [FILES] [RUNS]   (defaults: 3000 files, 5 runs)
# Generates FILES reports in a temporary folder — half 2019-format variants of the seed report, half
# zero-filled 2021-format reports, one in ten with a wrong 总计 cell — then runs
# `nianbao check FILE…` over all of them RUNS times and prints the median files per second, and the median
# time CPython takes merely to json.load the same files, with the ratio check / json.load.
# Needs a built binary (cmake --build --preset native --target nianbao).
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${1:-3000}
RUNS=${2:-5}
BIN=build/native/nianbao
SEED=tests/data/yanshi-2020.json
[ -x "$BIN" ] || { echo "check_throughput: build $BIN first" >&2; exit 2; }

DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

# 2021 template: a blank report with every empty cell set to 0.
"$BIN" new --format 2021 --year 2022 --agency 基准测试局 -o - | sed 's/: null/: 0/' >"$DIR/template-2021.json"

half=$((FILES / 2))
for ((i = 0; i < FILES; i++)); do
  if ((i < half)); then src=$SEED; name="偃师市人民政府办公室"; else src="$DIR/template-2021.json"; name="基准测试局"; fi
  if ((i % 10 == 0)); then
    sed -e "s/$name/机关$i/" -e 's/"t3.unable.1.total": [0-9]*/"t3.unable.1.total": 6/' "$src" >"$DIR/r$i.json"
  else
    sed -e "s/$name/机关$i/" "$src" >"$DIR/r$i.json"
  fi
done
rm "$DIR/template-2021.json"

times=()
for ((run = 0; run < RUNS; run++)); do
  start=$(date +%s%N)
  status=0
  "$BIN" check "$DIR"/r*.json >/dev/null || status=$?
  end=$(date +%s%N)
  # One in ten files has a wrong cell, so the expected exit status is 1.
  [ "$status" -eq 1 ] || { echo "check_throughput: unexpected exit status $status" >&2; exit 1; }
  times+=($((end - start)))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
awk -v n="$FILES" -v ns="$median" -v runs="$RUNS" 'BEGIN {
  printf "nianbao check over %d files (human output to /dev/null), median of %d runs: %.3f s = %.0f files/s (%.1f µs per file)\n",
         n, runs, ns / 1e9, n / (ns / 1e9), ns / 1e3 / n }'
check_ns=$median

# CPython parsing the same files (no checking at all): the floor any checker has to be compared with.
times=()
for ((run = 0; run < RUNS; run++)); do
  start=$(date +%s%N)
  python3 -c 'import json, sys
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        json.load(f)' "$DIR"/r*.json
  end=$(date +%s%N)
  times+=($((end - start)))
done
parse_ns=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
awk -v n="$FILES" -v c="$check_ns" -v p="$parse_ns" -v cores="$(nproc)" 'BEGIN {
  printf "CPython json.load over the same %d files, median: %.3f s; nianbao check / json.load = %.2f (%d cores)\n",
         n, p / 1e9, c / p, cores }'

start=$(date +%s%N)
"$BIN" check --json "$DIR"/r*.json >/dev/null || true
end=$(date +%s%N)
awk -v n="$FILES" -v ns="$((end - start))" 'BEGIN { printf "nianbao check --json over %d files, one run: %.0f files/s\n", n, n / (ns / 1e9) }'
