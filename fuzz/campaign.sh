#!/usr/bin/env bash
# The long fuzzing campaign recorded in RELIABILITY.md: each target in turn for SECONDS_EACH
# (default 600) at the lowest CPU priority, from the committed corpus, new inputs kept in a
# scratch directory (OUT, default /tmp/minzheng-fuzz-campaign); a crash leaves its input in
# fuzz/artifacts/<target>/ and the next target still runs. Prints one line per target:
# executions, execs/s, corpus size (files in the scratch corpus), peak RSS, crash or not.
#   fuzz/campaign.sh [target...]
set -uo pipefail
cd "$(dirname "$0")"
SECONDS_EACH=${SECONDS_EACH:-600}
OUT=${OUT:-/tmp/minzheng-fuzz-campaign}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(c_abi logs eligibility calendar power crosscheck identifiers annual_report)
mkdir -p "$OUT"
cargo +nightly fuzz build >/dev/null 2>&1 || { echo "fuzz build failed"; exit 1; }
for t in "${targets[@]}"; do
  mkdir -p "$OUT/corpus/$t"
  nice -n 19 cargo +nightly fuzz run "$t" "$OUT/corpus/$t" "corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -max_len=8192 -print_final_stats=1 >"$OUT/$t.log" 2>&1
  rc=$?
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$OUT/$t.log" | grep -Eo '[0-9]+$')
  speed=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$OUT/$t.log" | grep -Eo '[0-9]+$')
  rss=$(grep -Eo 'stat::peak_rss_mb: *[0-9]+' "$OUT/$t.log" | grep -Eo '[0-9]+$')
  cov=$(grep -Eo 'cov: [0-9]+' "$OUT/$t.log" | tail -1)
  files=$(find "$OUT/corpus/$t" -type f | wc -l)
  verdict=$([ $rc -eq 0 ] && echo "no crash" || echo "CRASH (exit $rc), see $OUT/$t.log")
  echo "$t: ${SECONDS_EACH}s, ${execs:-?} execs, ${speed:-?}/s, ${cov:-?}, new corpus ${files} files, peak RSS ${rss:-?} MB, $verdict" | tee -a "$OUT/summary.txt"
done
