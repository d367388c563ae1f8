#!/usr/bin/env bash
# AddressSanitizer (with LeakSanitizer) over the Rust side of the C ABI: the bindings-c tests —
# every shared vector in tests/vectors/ through the exported C functions, NULL pointers,
# zero-length and too-small buffers, invalid UTF-8, handles shared by threads, a panic caught at
# the boundary — run with the library itself instrumented (`-Zsanitizer=address`, nightly), so
# an out-of-bounds read or a leak inside libminzheng is reported, not only on the C side
# (tests/c-abi.sh instruments the C programs with ASan+UBSan; the library there is not).
# The standard library is not rebuilt (no `-Zbuild-std`): its own code is not instrumented.
# Excluded, with the reason: the miri_* tests (run under Miri by tests/miri.sh).
# The last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
CARGO_TARGET_DIR=target/asan RUSTFLAGS="-Zsanitizer=address" \
  ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 \
  cargo +nightly test --release -p minzheng-c --target x86_64-unknown-linux-gnu -- --skip miri_ \
  2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
if grep -q 'ERROR: AddressSanitizer\|ERROR: LeakSanitizer' "$log"; then
  echo "a sanitizer report (above)"
  failed=$((failed + 1))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$passed" -eq 0 ]; then echo "no test ran"; failed=$((failed + 1)); fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
