#!/usr/bin/env bash
# The yearly re-check on Spark (examples/spark) against `minzheng crosscheck`: installs what is
# missing (a JDK, Debian's JNA, python3-venv, and pyspark pinned in a venv under target/), builds
# libminzheng and the CLI (release), the job jar (the Java library and libminzheng.so packed
# inside, javac against pyspark's jars), generates a few thousand synthetic households with the
# CLI's generator (plus a JSON Lines file of good and bad records), then runs the job in
# local-cluster mode (two executor JVMs: the library really travels in the jar) and checks that
# the per-household results, the report of records not used and the summary are the CLI's;
# then again with one task failing on its first attempt, mid-run (Spark retries it).
# The last line is "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export CARGO_TERM_COLOR=never
PYSPARK_VERSION=3.5.3
HOUSEHOLDS=${SPARK_TEST_HOUSEHOLDS:-3000}
passed=0
failed=0
failures=()
step() { printf '\n==> %s\n' "$*"; }
ok() { passed=$((passed + 1)); echo "ok: $*"; }
ko() { failed=$((failed + 1)); failures+=("$*"); echo "FAILED: $*"; }
check() { # check NAME COMMAND...: runs the command, counts it.
  local name=$1
  shift
  if "$@"; then ok "$name"; else ko "$name"; fi
}
finish() {
  echo
  if [ ${#failures[@]} -gt 0 ]; then
    printf 'failed: %s\n' "${failures[@]}"
  fi
  echo "${passed} passed, ${failed} failed"
  [ "$failed" -eq 0 ]
  exit $?
}

step "tools (installed when missing)"
need_apt=()
command -v javac >/dev/null 2>&1 || need_apt+=(default-jdk-headless)
[ -f /usr/share/java/jna.jar ] || need_apt+=(libjna-java)
python3 -c "import ensurepip, venv" 2>/dev/null || need_apt+=(python3-venv python3-pip)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
venv=$root/target/spark-venv
if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv" && "$venv/bin/pip" install --quiet "pyspark==$PYSPARK_VERSION"
fi
spark_home=$("$venv/bin/python" -c "import os, pyspark; print(os.path.dirname(pyspark.__file__))")
export SPARK_HOME=$spark_home
submit=$venv/bin/spark-submit
"$submit" --version 2>&1 | grep -m1 -o "version $PYSPARK_VERSION" || { ko "pyspark $PYSPARK_VERSION"; finish; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

step "build: libminzheng and the CLI (release), the job jar"
check "cargo build --release -p minzheng-c -p minzheng-cli" \
  cargo build --quiet --release -p minzheng-c -p minzheng-cli
check "examples/spark/build.sh" examples/spark/build.sh target/release/libminzheng.so \
  "$spark_home/jars" "$scratch/build"
jar=$scratch/build/minzheng-spark.jar
[ -f "$jar" ] || finish

step "data: $HOUSEHOLDS synthetic households (crosscheck-generate), plus a JSON Lines file"
data=$scratch/data
target/release/minzheng crosscheck-generate --dir "$data" --households "$HOUSEHOLDS" \
  --records-per-household 10 --seed 11 2>/dev/null
# Good and bad JSON Lines records: a recipient's car, a person who is no recipient, an invalid
# number, a line that is not a record, a blank line (skipped, but counted in the line numbers).
member=$(python3 -c 'import csv, sys
print(next(r["id_number"] for r in csv.DictReader(open(sys.argv[1])) if len(r["id_number"]) == 18))' \
  "$data/households.csv")
cat >"$data/records/extra.jsonl" <<EOF
{"id_number": "$member", "kind": "vehicle", "value_fen": 12000000}
{"id_number": "110105195001010012", "kind": "vehicle", "value_fen": 1}

{"id_number": "110105195001010013", "kind": "wages", "monthly_fen": 500000}
{"id_number": "$member", "kind": "spaceship"}
EOF
check "a recipient's identity number was found for the JSON Lines file" test -n "$member"

step "the CLI: minzheng crosscheck"
profile=examples/data/profile-sample-city.json
mkdir -p "$scratch/cli"
check "minzheng crosscheck" bash -c "target/release/minzheng --json crosscheck --profile $profile \
  --households '$data/households.csv' --records '$data/records' --date 2026-07-01 \
  --out '$scratch/cli/result.jsonl' >'$scratch/cli/summary.json' 2>'$scratch/cli/log'"
echo "$(($(wc -l <"$scratch/cli/result.jsonl") - 1)) result lines, $(($(wc -l <"$scratch/cli/result.jsonl.rejected.tsv") - 1)) records not used"

spark_run() { # spark_run OUT EXTRA_ARGS...: the job in local-cluster mode (2 executor JVMs).
  local out=$1
  shift
  nice -n 10 "$submit" --master 'local-cluster[2,1,1024]' --driver-memory 1g \
    --conf spark.task.maxFailures=4 --conf spark.ui.enabled=false \
    --jars /usr/share/java/jna.jar --class cn.minzheng.spark.Recheck "$jar" \
    --profile "$root/$profile" --households "$data/households.csv" --records "$data/records" \
    --date 2026-07-01 --out "$out" --partitions 6 --batch 200 "$@" >"$out.log" 2>&1 ||
    { tail -n 40 "$out.log"; return 1; }
}
same_as_cli() { # same_as_cli OUT: header, sorted results, sorted report, summary.
  local out=$1
  head -n 1 "$scratch/cli/result.jsonl" | cmp -s - "$out/header.json" || { echo "header differs"; return 1; }
  tail -n +2 "$scratch/cli/result.jsonl" | LC_ALL=C sort >"$out.cli.sorted"
  cat "$out"/result/part-* | LC_ALL=C sort >"$out.spark.sorted"
  cmp "$out.cli.sorted" "$out.spark.sorted" || { diff "$out.cli.sorted" "$out.spark.sorted" | head -c 3000; return 1; }
  tail -n +2 "$scratch/cli/result.jsonl.rejected.tsv" | LC_ALL=C sort >"$out.cli.rejected"
  cat "$out"/rejected/part-* | LC_ALL=C sort >"$out.spark.rejected"
  cmp "$out.cli.rejected" "$out.spark.rejected" || { diff "$out.cli.rejected" "$out.spark.rejected" | head -c 3000; return 1; }
  python3 - "$scratch/cli/summary.json" "$out/summary.json" <<'EOF' || return 1
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
if a != b:
    print("summaries differ:", json.dumps(a, sort_keys=True), json.dumps(b, sort_keys=True), sep="\n")
    sys.exit(1)
EOF
  echo "$(wc -l <"$out.spark.sorted") result lines and $(wc -l <"$out.spark.rejected") report lines identical"
}

step "Spark, local-cluster[2,1,1024]: the job jar ships libminzheng to two executor JVMs"
check "spark-submit (local-cluster)" spark_run "$scratch/spark"
check "results, report of records not used and summary identical to the CLI's" same_as_cli "$scratch/spark"
check "the run used two executors (separate JVMs)" bash -c \
  "grep -c 'Granted executor ID' '$scratch/spark.log' | grep -qx 2"
check "the JSON Lines file's bad lines are reported (not_recipient, invalid number, unreadable)" bash -c \
  "grep -q '^extra.jsonl	2	not_recipient	' '$scratch/spark.spark.rejected' &&
   grep -q '^extra.jsonl	4	id_' '$scratch/spark.spark.rejected' &&
   grep -q '^extra.jsonl	5	' '$scratch/spark.spark.rejected'"
check "the recipient's car from the JSON Lines file is in a result (source.line 1 of extra.jsonl)" \
  python3 - "$scratch/spark" <<'EOF'
import glob, json, sys
out = sys.argv[1]
d = json.load(open(out + "/header.json"))["minzheng_crosscheck"]["datasets"].index("extra.jsonl")
hits = [r for f in glob.glob(out + "/result/part-*") for l in open(f) if l.strip()
        for r in json.loads(l).get("records", []) if r["source"] == {"dataset": d, "line": 1}]
sys.exit(0 if len(hits) == 1 and hits[0]["fact"]["kind"] == "vehicle" else 1)
EOF
check "changes were found (the comparison is not of empty files)" bash -c \
  "[ \$(wc -l <'$scratch/spark.spark.sorted') -gt $((HOUSEHOLDS / 50)) ]"

step "a re-check task fails on its first attempt, mid-run; Spark retries it"
check "spark-submit with a failing first attempt" spark_run "$scratch/retry" --fail-once-partition 0
check "the task did fail once and was retried" bash -c \
  "grep -q 'test hook: partition 0 fails on its first attempt' '$scratch/retry.log'"
check "results after the retry identical to the CLI's" same_as_cli "$scratch/retry"

finish
