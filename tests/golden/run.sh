#!/usr/bin/env bash
# golden/run.sh NIANBAO_BIN SHARED_DIR [--update] — the CLI's outputs on the seed and the seven real samples, byte for byte.
#
# For each input (the seed text, every Pingtan page and text copy, the seed's figures in tests/data/) it keeps
# what a user gets: the imported report JSON with the import log, `check --json` findings (with --previous
# for consecutive Pingtan years), and the page `render --with-findings` writes. The files in tests/golden/
# expected/ were produced before the core was restructured; any byte that changes fails this test, so a
# refactoring is proven not to change behaviour. A deliberate change regenerates them with --update and
# shows in the diff of the commit.
set -euo pipefail
bin=$1 shared=$2 mode=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
expected=$here/expected
samples=$shared/samples
if [ ! -d "$samples/real" ]; then
  echo "SKIPPED: $samples is absent; golden outputs were not compared"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$work/out
mkdir -p "$out"
cd "$work"

# import NAME SOURCE: imported JSON and import log (paths relative, so outputs do not depend on the checkout).
import() {
  cp "$2" "$1"
  "$bin" import "$1" -o "out/$1.json" --verbose 2>"$out/$1.log" || echo "exit $?" >>"$out/$1.log"
}
check() {  # check NAME.json [PREV.json]
  local name=$1 prev=${2:-}
  (cd "$out" && if [ -n "$prev" ]; then "$bin" check --json --previous "$prev" "$name"; else "$bin" check --json "$name"; fi \
    >"$name.findings${prev:+-previous}" 2>&1 || echo "exit $?" >>"$name.findings${prev:+-previous}")
}
render() {
  (cd "$out" && "$bin" render "$1" -o "$1.html" --with-findings 2>"$1.render.log" || echo "exit $?" >>"$1.render.log")
}

import yanshi-2020.txt "$samples/yanshi-2020.txt"
cp "$here/../data/yanshi-2020.json" "$out/yanshi-2020-figures.json"
for y in 2019 2020 2021 2022 2023 2024 2025; do
  for ext in html txt; do import "pingtan-$y.$ext" "$samples/real/pingtan-$y.$ext"; done
done
for f in "$out"/*.json; do
  name=$(basename "$f")
  check "$name"
  render "$name"
done
for y in 2020 2021 2022 2023 2024 2025; do
  for ext in html txt; do check "pingtan-$y.$ext.json" "pingtan-$((y - 1)).$ext.json"; done
done

rm "$out/yanshi-2020-figures.json"  # an input, not an output

if [ "$mode" = "--update" ]; then
  rm -rf "$expected" && mkdir -p "$expected" && cp "$out"/* "$expected/"
  echo "golden: wrote $(ls "$expected" | wc -l) files to $expected"
  exit 0
fi
if ! diff -r "$expected" "$out" >"$work/diff"; then
  head -n 60 "$work/diff"
  echo "golden: outputs differ from tests/golden/expected ($(grep -c '^[<>]' "$work/diff") lines)"
  exit 1
fi
echo "golden: $(ls "$out" | wc -l) outputs byte-identical"
