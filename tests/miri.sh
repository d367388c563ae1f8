#!/usr/bin/env bash
# Miri over the unsafe code of bindings-c (raw pointers in and out, caller buffers, handles made
# with Box::into_raw and freed with Box::from_raw, strings handed to C and taken back, the
# per-thread last error, a handle shared by threads, a panic caught at the boundary): runs the
# bindings-c tests named miri_* (bindings-c/src/miri_tests.rs) under `cargo +nightly miri test`.
#
# Excluded, with the reason: the other tests of bindings-c (src/tests.rs) each build the
# national calendar (23 years of notices parsed from JSON), which takes Miri about 100 s per
# test, and run the shared vectors (thousands of cases): hours under Miri. They exercise the
# same exported functions through the same helpers (src/ffi.rs) as the miri_* tests, which use
# a one-year calendar (bindings-c/tests/miri-calendar-2024.json); they run natively in
# tests/c-abi.sh, where the C side is also checked by valgrind, ASan+UBSan and TSan.
# Miri runs isolated (no file, clock or environment access): the calendar is compiled in.
# The last line is "N passed, N failed"; about 2 minutes on 2 cores once Miri's sysroot is built.
set -uo pipefail
cd "$(dirname "$0")/.."
if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly miri --version >/dev/null 2>&1; then
  rustup component add miri rust-src --toolchain nightly
fi
cargo +nightly miri setup >/dev/null 2>&1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo +nightly miri test -p minzheng-c -- miri_ \
  2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "Miri (bindings-c): ${passed} passed, ${failed} failed"
exit "$status"
