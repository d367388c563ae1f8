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

step "core and bindings build for wasm32-unknown-unknown"
cargo build --quiet -p minzheng -p minzheng-wasm --target wasm32-unknown-unknown

step "README main command: cargo run --release -p minzheng-cli -- demo"
cargo run --quiet --release -p minzheng-cli -- demo > /tmp/minzheng-demo.$$.txt
grep -q "23 notices embedded" /tmp/minzheng-demo.$$.txt
rm -f /tmp/minzheng-demo.$$.txt
echo "demo ok"

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
