#!/usr/bin/env bash
# Every test of minzheng, on a fresh machine or an old one: installs what is missing
# (idempotently), then checks formatting, lints, builds the WASM target, smoke-runs the README's
# demo command, and runs every test suite. Exits non-zero on any failure; the last lines are the
# test runner's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
step() { printf '\n==> %s\n' "$*"; }

step "toolchain components"
if command -v rustup >/dev/null 2>&1; then
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$' \
    || rustup target add wasm32-unknown-unknown
fi

step "power-list samples against the JSON Schema (Python jsonschema)"
python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet jsonschema
python3 tests/power/validate_schema.py examples/data/power-list.json tests/power/broken.json

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "rustdoc (warnings are errors: every public item documented, every link resolves)"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --workspace

python3 tests/coverage.py --check # COVERAGE.md: every public core fn has a row (its C functions, its JS exports, or why not)

step "the browser package: build, vectors under Node, wasm-bindgen-test, forms in Chromium (tests/wasm.sh)"
tests/wasm.sh

step "the core alone for wasm32, without default features (the slim browser build)"
cargo build --quiet -p minzheng --no-default-features --target wasm32-unknown-unknown

step "README main command: cargo run --release -p minzheng-cli -- demo"
cargo run --quiet --release -p minzheng-cli -- demo > /tmp/minzheng-demo.$$.txt
grep -q "23 notices embedded" /tmp/minzheng-demo.$$.txt
rm -f /tmp/minzheng-demo.$$.txt
echo "demo ok"

step "the written .xlsx read by openpyxl"
bash tests/tables/xlsx-openpyxl.sh

step "fuzz smoke: every target, 60 s in all (nightly only; the long runs are in RELIABILITY.md)"
# The corpus under fuzz/corpus/ is replayed on stable by core/tests/fuzz_corpus.rs; here the
# fuzzers run from it, writing what they find to a scratch directory (the committed corpus
# stays as it is). A crash fails the run and leaves its input in fuzz/artifacts/<target>/.
if command -v rustup >/dev/null 2>&1 && rustup toolchain list | grep -q '^nightly'; then
  command -v cargo-fuzz >/dev/null 2>&1 || cargo install --locked --quiet cargo-fuzz --version 0.13.2
  fuzz_scratch=$(mktemp -d)
  (
    cd fuzz
    targets=$(cargo +nightly fuzz list)
    n=$(echo "$targets" | wc -w)
    each=$((60 / n)); [ "$each" -ge 3 ] || each=3
    for target in $targets; do
      mkdir -p "$fuzz_scratch/$target"
      if ! cargo +nightly fuzz run "$target" "$fuzz_scratch/$target" "corpus/$target" -- \
        -max_total_time="$each" >"$fuzz_scratch/$target.log" 2>&1; then
        tail -n 40 "$fuzz_scratch/$target.log"
        echo "fuzz target $target failed: input kept in fuzz/artifacts/$target/"
        exit 1
      fi
      grep -E '^Done' "$fuzz_scratch/$target.log" | sed "s/^/$target: /"
    done
  )
  rm -rf "$fuzz_scratch"
else
  echo "no nightly toolchain (rustup toolchain list): fuzzing skipped"
fi

tests/c-abi.sh # libminzheng (the C ABI) and the Java library on it; prints its own "N passed, N failed"
tests/spark.sh # the yearly re-check on Spark (local-cluster) against the CLI, a retried task; "N passed, N failed"
tests/miri.sh # Miri over the unsafe code of bindings-c (about 2 min); prints its own "N passed, N failed"
tests/asan.sh # bindings-c's tests with the library under AddressSanitizer (about 3 min); "N passed, N failed"
tests/bad-inputs.sh # the bad-input corpus through every face, bounded memory, determinism; "N passed, N failed"

step "cargo test --workspace (unit, integration, doc tests)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
cargo test --workspace 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
echo
echo "total: ${passed} passed, ${failed} failed"
exit "$status"
