#!/usr/bin/env bash
# batch_throughput.sh — a province's worth of units batch-checked by the CLI (issue 11 §7).
#
# Usage: bench/batch_throughput.sh [UNITS] [RUNS]   (defaults: 2000 units, 5 runs)
# Generates UNITS 2024 reports (2021 format, figures varied per unit, one in ten with a wrong 总计 cell), their
# 2023 reports in another folder and a roster naming every unit, then times
#   nianbao batch --roster ROSTER.csv --summary OUT.csv 2024/ --previous 2023/
# (every unit paired with last year's, so CY1–CY4 run) and `nianbao aggregate 2024/` RUNS times each, and prints
# the medians. Needs a built binary (cmake --build --preset native --target nianbao).
set -euo pipefail
cd "$(dirname "$0")/.."

UNITS=${1:-2000}
RUNS=${2:-5}
BIN=$PWD/build/native/nianbao
[ -x "$BIN" ] || { echo "batch_throughput: build $BIN first" >&2; exit 2; }

DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

python3 - "$DIR" "$UNITS" tests/rules/base/zero-2021.json <<'PY'
import json, os, sys
out, n, base = sys.argv[1], int(sys.argv[2]), json.load(open(sys.argv[3], encoding="utf-8"))
os.makedirs(f"{out}/2024"); os.makedirs(f"{out}/2023")
roster = ["机关名称,机关类型"]
for i in range(n):
    agency = f"基准市第{i}局"
    roster.append(f"{agency},部门")
    for year in (2023, 2024):
        doc = json.loads(json.dumps(base))
        doc["agency"], doc["year"], doc["published"] = agency, year, f"{year + 1}-01-2{i % 10}"
        doc["sections"]["overview"] = f"{agency}{year}年度认真贯彻《条例》，主动公开政府信息{i * 3 + year % 7}条。"
        k = i % 17
        for row in ("new", "granted", "total"):
            for col in ("natural", "total"):
                doc["cells"][f"t3.{row}.{col}"] = k
        doc["cells"]["t2.fees.amount"] = f"{i % 50}.{i % 97:02d}"
        if year == 2024 and i % 10 == 0:
            doc["cells"]["t3.total.total"] = k + 1
        json.dump(doc, open(f"{out}/{year}/u{i}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
open(f"{out}/roster.csv", "w", encoding="utf-8-sig").write("\n".join(roster) + "\n")
PY

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

times=()
for ((run = 0; run < RUNS; run++)); do
  start=$(date +%s%N)
  status=0
  "$BIN" batch --roster "$DIR/roster.csv" --summary "$DIR/summary.csv" "$DIR/2024" --previous "$DIR/2023" >/dev/null || status=$?
  end=$(date +%s%N)
  [ "$status" -eq 1 ] || { echo "batch_throughput: unexpected exit status $status" >&2; exit 1; }
  times+=($((end - start)))
done
awk -v n="$UNITS" -v ns="$(median "${times[@]}")" -v runs="$RUNS" -v cores="$(nproc)" 'BEGIN {
  printf "nianbao batch: %d units + %d last-year reports, roster, CSV summary; median of %d runs: %.3f s (%.0f units/s, %d cores)\n",
         n, n, runs, ns / 1e9, n / (ns / 1e9), cores }'

times=()
for ((run = 0; run < RUNS; run++)); do
  start=$(date +%s%N)
  "$BIN" aggregate --agency 基准市人民政府 -o "$DIR/agg.json" "$DIR/2024" 2>/dev/null
  end=$(date +%s%N)
  times+=($((end - start)))
done
awk -v n="$UNITS" -v ns="$(median "${times[@]}")" -v runs="$RUNS" 'BEGIN {
  printf "nianbao aggregate of %d units, median of %d runs: %.3f s\n", n, runs, ns / 1e9 }'
