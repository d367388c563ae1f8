#!/usr/bin/env bash
# libminzheng, the C ABI, and the Java library on it: installs what is missing (cbindgen pinned,
# a C toolchain, valgrind, a JDK, Debian's JNA and JUnit), then checks the committed header
# against cbindgen, builds and installs the library under a scratch prefix, checks its
# exports and SONAME, compiles the header as C99 and C++, runs the C convention tests, the
# Rust-driven vector run, a 16-thread stress test on shared handles (plain, ASan+UBSan, TSan), the
# C example (shared, static, valgrind, ASan+UBSan), the Java
# jar's JUnit tests and demo, and valgrind over the Java run's native calls. Miri over the
# unsafe code is tests/miri.sh.
# The last line is "N passed, N failed"; exits non-zero on any failure.
#
# Usage: tests/c-abi.sh            run every check
#        tests/c-abi.sh --regen    rewrite bindings-c/include/minzheng.h, then check
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export CARGO_TERM_COLOR=never
CBINDGEN_VERSION=0.29.2
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

step "tools (installed when missing)"
need_apt=()
for pair in gcc:gcc g++:g++ valgrind:valgrind pkg-config:pkg-config javac:default-jdk-headless \
  nm:binutils; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need_apt+=("${pair#*:}")
done
[ -f /usr/share/java/jna.jar ] || need_apt+=(libjna-java)
[ -f /usr/share/java/junit4.jar ] || need_apt+=(junit4)
[ -f /usr/share/java/hamcrest-core.jar ] || need_apt+=(libhamcrest-java)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if ! cbindgen --version 2>/dev/null | grep -q " $CBINDGEN_VERSION\$"; then
  cargo install --locked --quiet cbindgen --version "$CBINDGEN_VERSION"
fi
cbindgen --version

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
prefix=$scratch/prefix
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
IFS=. read -r v_major v_minor v_patch <<<"$version"

step "header: bindings-c/include/minzheng.h is what cbindgen $CBINDGEN_VERSION generates"
if [ "${1:-}" = "--regen" ]; then
  (cd bindings-c && cbindgen --quiet --config cbindgen.toml --crate minzheng-c \
    --output include/minzheng.h)
fi
(cd bindings-c && cbindgen --quiet --config cbindgen.toml --crate minzheng-c \
  --output "$scratch/minzheng.h")
check "header up to date (tests/c-abi.sh --regen rewrites it)" \
  diff -u bindings-c/include/minzheng.h "$scratch/minzheng.h"

step "Rust tests of the C functions (conventions, every shared vector)"
check "cargo test -p minzheng-c" cargo test --quiet -p minzheng-c

step "build and install libminzheng under a scratch prefix"
check "bindings-c/install.sh" bindings-c/install.sh "$prefix"
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
so=$prefix/lib/libminzheng.so.$version

step "exports: only minzheng_* symbols; SONAME libminzheng.so.$v_major"
nm -D --defined-only "$so" | awk '{print $3}' | sort >"$scratch/exports.txt"
echo "$(wc -l <"$scratch/exports.txt") exported symbols"
check "every exported symbol starts with minzheng_" \
  bash -c "! grep -v '^minzheng_' '$scratch/exports.txt'"
check "SONAME is libminzheng.so.$v_major" \
  bash -c "readelf -d '$so' | grep -q 'SONAME.*\\[libminzheng.so.$v_major\\]'"
check "every function of the header is exported" bash -c \
  "grep -o 'minzheng_[a-z0-9_]*(' bindings-c/include/minzheng.h | tr -d '(' | sort -u \
   | comm -23 - '$scratch/exports.txt' | (! grep .)"
check "pkg-config knows minzheng $version" \
  bash -c "[ \"\$(pkg-config --modversion minzheng)\" = '$version' ]"

step "the header compiles as C99 and as C++ (-Wall -Wextra -Wpedantic -Werror)"
warn="-Wall -Wextra -Wpedantic -Werror"
check "C99" bash -c "echo '#include <minzheng.h>' | gcc -std=c99 $warn \$(pkg-config --cflags minzheng) -fsyntax-only -x c -"
check "C11" bash -c "echo '#include <minzheng.h>' | gcc -std=c11 $warn \$(pkg-config --cflags minzheng) -fsyntax-only -x c -"
check "C++11 (compile, link, run)" bash -c "g++ -std=c++11 $warn \$(pkg-config --cflags minzheng) \
  bindings-c/tests/c/header_cpp.cpp -o '$scratch/header_cpp' \$(pkg-config --libs minzheng) \
  -Wl,-rpath,$prefix/lib && '$scratch/header_cpp'"

step "C convention tests (version macros vs Cargo.toml $version, panic, NULL, UTF-8, last error, threads)"
check "conventions.c" bash -c "gcc -std=c99 $warn -pthread \$(pkg-config --cflags minzheng) \
  -DCARGO_MAJOR=$v_major -DCARGO_MINOR=$v_minor -DCARGO_PATCH=$v_patch \
  bindings-c/tests/c/conventions.c -o '$scratch/conventions' \$(pkg-config --libs minzheng) \
  -Wl,-rpath,$prefix/lib && '$scratch/conventions'"
check "conventions.c under valgrind (0 errors, 0 leaks)" bash -c "valgrind -q --error-exitcode=9 \
  --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
  '$scratch/conventions' >/dev/null"

step "16 threads share one calendar and one profile handle; every answer against a single-threaded run"
stress() { # stress NAME EXTRA_CFLAGS...: builds bindings-c/tests/c/stress.c and runs it, 16 threads.
  local bin=$scratch/$1
  shift
  gcc -std=c99 $warn -O1 -g -pthread "$@" $(pkg-config --cflags minzheng) bindings-c/tests/c/stress.c \
    -o "$bin" $(pkg-config --libs minzheng) -Wl,-rpath,"$prefix/lib" &&
    ASAN_OPTIONS=detect_leaks=1 TSAN_OPTIONS=halt_on_error=1 "$bin" \
      examples/data/profile-sample-city.json examples/data/household-sample.json 16
}
check "stress.c (pthreads)" stress stress
check "stress.c with AddressSanitizer and UndefinedBehaviorSanitizer" stress stress_asan \
  -fsanitize=address,undefined -fno-sanitize-recover=all
# ThreadSanitizer sees the C side's accesses (the Rust library is not instrumented: its own
# synchronisation is Miri's part, tests/miri.sh); it fails the run on any race it reports.
check "stress.c with ThreadSanitizer" stress stress_tsan -fsanitize=thread

step "examples/c: C99 program, Makefile, pkg-config, linked shared and static"
rm -rf "$scratch/example" && cp -r examples/c "$scratch/example"
check "make (shared and static)" make -s -C "$scratch/example"
expect_demo() { # expect_demo BINARY: runs the demo and checks its answers.
  local out=$scratch/demo.out
  "$@" "$root/examples/data" >"$out" 2>&1 || { cat "$out"; return 1; }
  grep -q "reply due 2024-10-29" "$out" &&
    grep -q "status on 2024-10-25: due soon, 2 workday(s) left" "$out" &&
    grep -q "computed 100000 due dates, 0 error(s)" "$out" &&
    grep -q "first: received 2010-01-01, due 2010-01-29" "$out" &&
    grep -q "110105\*\*\*\*\*\*\*\*002X born 19491231, female" "$out" &&
    grep -q "id.check_character_wrong" "$out" &&
    grep -q "most urgent: dibao-2025-00377$" "$out" &&
    grep -q "refusal register: 450 refusal(s)" "$out" &&
    grep -q "registered separately (staff relatives): 57 case(s)" "$out" &&
    grep -q "^410000,2025-12,城市低保,365,1074,292548.50$" "$out" &&
    grep -q "^done$" "$out" || { cat "$out"; return 1; }
}
check "demo, shared library" expect_demo "$scratch/example/minzheng_demo_shared"
check "demo, static archive (no libminzheng.so needed)" bash -c \
  "! ldd '$scratch/example/minzheng_demo_static' | grep -q minzheng"
check "demo, static archive, answers" expect_demo "$scratch/example/minzheng_demo_static"
check "demo under valgrind (0 errors, 0 leaks)" expect_demo valgrind -q --error-exitcode=9 \
  --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
  "$scratch/example/minzheng_demo_shared"
check "demo with AddressSanitizer and UndefinedBehaviorSanitizer" bash -c \
  "gcc -std=c99 $warn -g -fsanitize=address,undefined -fno-sanitize-recover=all \
   \$(pkg-config --cflags minzheng) examples/c/minzheng_demo.c -o '$scratch/demo_asan' \
   \$(pkg-config --libs minzheng) -Wl,-rpath,$prefix/lib"
check "demo with ASan+UBSan, answers" expect_demo env ASAN_OPTIONS=detect_leaks=1 "$scratch/demo_asan"

step "examples/java: Java 8 jar over JNA, JUnit tests, demo"
check "examples/java/build.sh (javac --release 8, JUnit, vectors, demo)" \
  examples/java/build.sh "$prefix/lib/libminzheng.so.$version" "$scratch/java"

step "valgrind over the Java run's native calls (no error or definite leak with libminzheng in its stack)"
# The JVM under valgrind reports millions of errors of its own (its collector and interpreter
# touch memory valgrind cannot follow); bindings-c/tests/valgrind_minzheng.py keeps the reports
# with a libminzheng frame. The control run leaks a calendar on purpose and must be seen.
java_valgrind() { # java_valgrind NAME CLASS ARGS...: the JVM under valgrind, interpreted.
  local logs=$scratch/$1
  shift
  rm -f "$logs".*.log
  valgrind --trace-children=yes --smc-check=all-non-file --error-limit=no --leak-check=full \
    --show-leak-kinds=definite,indirect --num-callers=40 --log-file="$logs.%p.log" \
    java -Xint -XX:+UseSerialGC -XX:-UsePerfData -Djna.library.path="$prefix/lib" \
    -cp "$scratch/java/minzheng.jar:/usr/share/java/jna.jar:$scratch/java/demo-classes:$scratch/java/test-classes" \
    "$@" >"$logs.out" 2>&1
}
java_demo_clean() {
  java_valgrind vg-demo cn.minzheng.demo.Demo "$root/examples/data" &&
    grep -q '^done$' "$scratch/vg-demo.out" &&
    python3 bindings-c/tests/valgrind_minzheng.py "$scratch"/vg-demo.*.log
}
java_leak_seen() {
  java_valgrind vg-leak cn.minzheng.LeakProbe &&
    python3 bindings-c/tests/valgrind_minzheng.py --expect-some "$scratch"/vg-leak.*.log | tail -n 1
}
check "Java demo under valgrind: no error or leak with libminzheng in its stack" java_demo_clean
check "control: a calendar leaked on purpose from Java is seen in libminzheng" java_leak_seen

echo
if [ ${#failures[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${failures[@]}"
fi
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
