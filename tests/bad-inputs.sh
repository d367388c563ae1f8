#!/usr/bin/env bash
# The bad-input corpus (tests/bad-inputs/cases.json) through every face: Rust (the core's
# integration test), the CLI, C (libminzheng), Java (examples/java over JNA), JavaScript under
# Node and in headless Chromium; then the determinism check (tests/determinism.sh). Reuses what
# tests/c-abi.sh and tests/wasm.sh built (target/release/libminzheng.so, bindings-wasm/pkg) and
# builds what is missing when run alone. Last line: "N passed, N failed"; exits non-zero on any
# failure. See tests/bad-inputs/README.md.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export CARGO_TERM_COLOR=never
step() { printf '\n==> %s\n' "$*"; }
passed=0
failed=0
tally() { # tally FACE LOGFILE STATUS: adds the runner's "N passed, N failed" last line
  local last
  last=$(tail -n 1 "$2")
  grep '^FAIL' "$2" | head -n 30
  if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
    echo "$1: $last"
    if [ "$3" -ne 0 ] && [ "${BASH_REMATCH[2]}" -eq 0 ]; then failed=$((failed + 1)); echo "$1: exit $3"; fi
  else
    failed=$((failed + 1))
    tail -n 20 "$2"
    echo "$1: did not run to the end (exit $3)"
  fi
}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

step "build what is missing (release CLI and libminzheng; the npm package)"
cargo build --quiet --release -p minzheng-cli -p minzheng-c || { echo "build failed"; exit 1; }
if [ ! -d bindings-wasm/npm/node_modules ]; then
  (cd bindings-wasm/npm && npm install --no-audit --no-fund --loglevel=error) || { echo "npm install failed"; exit 1; }
fi
if [ ! -f bindings-wasm/pkg/node.js ] || [ ! -f bindings-wasm/pkg/minzheng_bg.wasm ]; then
  bindings-wasm/build.sh >/dev/null || { echo "npm package build failed"; exit 1; }
fi
cli=$root/target/release/minzheng
so=$root/target/release/libminzheng.so
# The library's SONAME is libminzheng.so.0: link and load it from a scratch directory.
mkdir -p "$scratch/lib"
ln -sf "$so" "$scratch/lib/libminzheng.so"
ln -sf "$so" "$scratch/lib/libminzheng.so.0"

# The cases of one face as tab-separated lines for the C and Java runners: id, op, input (hex,
# or gen:prefix:unit:count:suffix in hex), date, date2 (YYYYMMDD), n, number, name.
extract() {
  python3 - "$1" <<'PY'
import json, sys
face = sys.argv[1]
ymd = lambda d: str(int(d.replace("-", ""))) if d and d.replace("-", "").isdigit() else "0"
for c in json.load(open("tests/bad-inputs/cases.json"))["cases"]:
    if face not in c["faces"]:
        continue
    if "input_gen" in c:
        g = c["input_gen"]
        h = lambda s: s.encode("utf-8").hex()
        inp = f'gen:{h(g.get("prefix", ""))}:{h(g["repeat"])}:{g["count"]}:{h(g.get("suffix", ""))}'
    elif "input_hex" in c:
        inp = c["input_hex"]
    else:
        inp = c.get("input", "").encode("utf-8").hex()
    number, name = c.get("expect_" + face, c["expect"])
    print("\t".join([c["id"], c["op"], inp, ymd(c.get("date", "")), ymd(c.get("date2", "")),
                     str(c.get("n", 0)), str(number), name]))
PY
}

step "Rust: cargo test -p minzheng --test bad_inputs"
cargo test --quiet -p minzheng --test bad_inputs >"$scratch/rust.log" 2>&1
status=$?
n=$(python3 -c "import json; print(sum('rust' in c['faces'] for c in json.load(open('tests/bad-inputs/cases.json'))['cases']))")
if [ $status -eq 0 ]; then echo "$n passed, 0 failed" >>"$scratch/rust.log"; else echo "0 passed, $n failed" >>"$scratch/rust.log"; fi
tally rust "$scratch/rust.log" $status

step "CLI: tests/bad-inputs/cli.py"
python3 tests/bad-inputs/cli.py "$cli" >"$scratch/cli.log" 2>&1
tally cli "$scratch/cli.log" $?

step "C: tests/bad-inputs/c_cases.c against target/release/libminzheng.so, under ASan, UBSan and LeakSanitizer"
extract c >"$scratch/c.tsv"
# The caller's side built with the sanitizers: a bad input must not make the caller read or
# write out of bounds, hit undefined behaviour, or leak what the library handed it.
if gcc -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -O1 -g \
  -fsanitize=address,undefined -fno-sanitize-recover=all -I bindings-c/include \
  tests/bad-inputs/c_cases.c -L "$scratch/lib" -lminzheng -Wl,-rpath,"$scratch/lib" \
  -o "$scratch/c_cases" 2>"$scratch/c.log"; then
  "$scratch/c_cases" "$scratch/c.tsv" examples/data >"$scratch/c.log" 2>&1
  tally c "$scratch/c.log" $?
else
  cat "$scratch/c.log"; failed=$((failed + 1)); echo "c: does not compile"
fi

step "Java: tests/bad-inputs/BadInputs.java over examples/java (JNA)"
jna=/usr/share/java/jna.jar
if command -v javac >/dev/null && [ -f "$jna" ]; then
  extract java >"$scratch/java.tsv"
  mkdir -p "$scratch/java/linux-x86-64"
  cp "$so" "$scratch/java/linux-x86-64/libminzheng.so"
  if javac --release 8 -nowarn -cp "$jna" -d "$scratch/java" $(find examples/java/src/main/java -name '*.java') \
    tests/bad-inputs/BadInputs.java 2>"$scratch/java.log"; then
    java -cp "$scratch/java:$jna" BadInputs "$scratch/java.tsv" examples/data >"$scratch/java.log" 2>&1
    tally java "$scratch/java.log" $?
  else
    cat "$scratch/java.log"; failed=$((failed + 1)); echo "java: does not compile"
  fi
else
  failed=$((failed + 1)); echo "java: no JDK or JNA (tests/c-abi.sh installs them)"
fi

step "JavaScript under Node: tests/bad-inputs/node.mjs"
node tests/bad-inputs/node.mjs >"$scratch/node.log" 2>&1
tally node "$scratch/node.log" $?

step "JavaScript in headless Chromium: tests/bad-inputs/chromium.mjs"
if [ -d bindings-wasm/npm/node_modules/playwright-core ] && command -v chromium >/dev/null; then
  node tests/bad-inputs/chromium.mjs >"$scratch/chromium.log" 2>&1
  tally chromium "$scratch/chromium.log" $?
else
  failed=$((failed + 1)); echo "chromium: no playwright-core or chromium (tests/wasm.sh installs them)"
fi

step "bounded memory on streamed input: peak RSS of the CLI batch, 200,000 households vs 1,000"
# The batch streams its input: memory must not grow with the file. One thread, JSON Lines made
# from the sample households (case ids numbered); the big file is about 60 MB.
python3 - "$scratch" <<'PY'
import sys
lines = [l for l in open("examples/data/households-sample.jsonl", encoding="utf-8").read().splitlines() if l.strip()]
for name, n in (("small", 1000), ("big", 200000)):
    with open(f"{sys.argv[1]}/{name}.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(lines[i % len(lines)].replace('"case_id": "', f'"case_id": "M{i}-', 1) + "\n")
PY
rss() { /usr/bin/time -f "%M" "$cli" eligibility batch --profile examples/data/profile-sample-city.json \
  --input "$scratch/$1.jsonl" --date 2026-06-01 --threads 1 2>&1 >/dev/null | tail -n 1; }
small_kb=$(rss small)
big_kb=$(rss big)
big_mb=$(( $(stat -c %s "$scratch/big.jsonl") / 1048576 ))
echo "peak RSS: 1,000 households ${small_kb} KB; 200,000 households (${big_mb} MB) ${big_kb} KB"
if [[ "$small_kb" =~ ^[0-9]+$ && "$big_kb" =~ ^[0-9]+$ ]] && [ "$big_kb" -le $((small_kb * 2 + 16384)) ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL memory: the batch's peak grows with its input"
fi

step "determinism: the same inputs through every face give byte-identical JSON (tests/determinism.sh)"
tests/determinism.sh "$cli" "$so" >"$scratch/determinism.log" 2>&1
tally determinism "$scratch/determinism.log" $?

echo
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
