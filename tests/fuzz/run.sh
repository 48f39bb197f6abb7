#!/usr/bin/env bash
# run.sh — builds the libFuzzer targets (CMake preset "fuzz": clang with ASan + UBSan) and runs them.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET…]   long runs: every target (or those named) at once, SECONDS each
#                                           (default 3600); for hours, e.g. tests/fuzz/run.sh 14400
#   tests/fuzz/run.sh --ci                  CI: 20 s per target, one after the other
#
# Targets: json_fuzz (load → check → save), prose_fuzz (narrative → check, up to 1 MB, time budget per input),
# import_fuzz (published page or text → report), docx_fuzz (the .docx reader: ZIP framing, inflate, caps and
# the XML walker; the first byte of an input picks which, see docx_fuzz.cpp). Corpora start from tests/fuzz/corpus/<target> (small, checked
# in); long runs add the samples of ../shared/samples for the importer and keep what they learn in
# build/fuzz/corpus/<target> (never in the repository). Anything found goes to build/fuzz/findings/<target>/.
# Prints executions and findings per target; exits 1 when something was found.
set -euo pipefail
cd "$(dirname "$0")/../.."
ci=0
seconds=3600
if [ "${1:-}" = "--ci" ]; then ci=1; seconds=20; shift; elif [ -n "${1:-}" ]; then seconds="$1"; shift; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json_fuzz prose_fuzz import_fuzz docx_fuzz)
command -v clang++ >/dev/null || { echo "fuzz: clang++ missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}" >/dev/null

# Per target: libFuzzer options (input size, time and memory budgets per input).
options() {
  case "$1" in
    json_fuzz) echo "-max_len=262144 -timeout=10 -rss_limit_mb=2048" ;;
    prose_fuzz) echo "-max_len=4096 -timeout=30 -rss_limit_mb=1024 -malloc_limit_mb=512" ;;
    import_fuzz|docx_fuzz) echo "-max_len=400000 -timeout=20 -rss_limit_mb=2048" ;;
  esac
}

run_one() {
  local target="$1" out=build/fuzz
  local corpus="$out/corpus/$target" findings="$out/findings/$target" log="$out/logs/$target.log"
  mkdir -p "$corpus" "$findings" "$out/logs"
  if [ "$ci" = 1 ]; then corpus=$(mktemp -d); fi  # CI starts from the checked-in corpus each time
  cp -n tests/fuzz/corpus/"${target%_fuzz}"/* "$corpus"/ 2>/dev/null || true
  if [ "$target" = import_fuzz ] && [ "$ci" = 0 ]; then
    cp -n ../shared/samples/*.txt ../shared/samples/real/*.html ../shared/samples/real/*.txt "$corpus"/ 2>/dev/null || true
  fi
  # shellcheck disable=SC2046
  "$out/tests/fuzz/$target" $(options "$target") -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$findings/" "$corpus" tests/fuzz/corpus/"${target%_fuzz}" >"$log" 2>&1 || true
  local execs found
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  if [ "$ci" = 1 ]; then rm -rf "$corpus"; fi
  printf '%-12s %8s s  %10s executions  %3s findings  (log: %s)\n' "$target" "$seconds" "${execs:-?}" "$found" "$log"
  [ "$found" = 0 ] && [ -n "$execs" ]
}

status=0
if [ "$ci" = 1 ]; then
  for t in "${targets[@]}"; do run_one "$t" || status=1; done
else
  pids=()
  for t in "${targets[@]}"; do run_one "$t" & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || status=1; done
fi
[ "$status" = 0 ] || echo "fuzz: findings or a failed run: see build/fuzz/findings/ and build/fuzz/logs/" >&2
exit "$status"
