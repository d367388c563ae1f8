#!/usr/bin/env bash
# Builds the Java library (Java 8 bytecode, javac --release 8) over JNA with libminzheng packed
# inside the jar (linux-x86-64/libminzheng.so, where JNA looks), its javadoc, then runs the
# JUnit tests (the shared vectors included) and the demo, from the jar alone.
# Usage: examples/java/build.sh LIBMINZHENG_SO OUT_DIR
# Needs Debian's libjna-java, junit4 and libhamcrest-java (tests/c-abi.sh installs them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
so=$1
out=$2
jna=/usr/share/java/jna.jar
junit=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar
rm -rf "$out" && mkdir -p "$out/classes/linux-x86-64" "$out/test-classes" "$out/demo-classes"
javac --release 8 -Xlint:all -Werror -cp "$jna" -d "$out/classes" \
  $(find "$here/src/main/java" -name '*.java')
cp "$so" "$out/classes/linux-x86-64/libminzheng.so"
jar cf "$out/minzheng.jar" -C "$out/classes" .
javadoc -quiet -Xdoclint:all -Werror -cp "$jna" -d "$out/javadoc" -sourcepath "$here/src/main/java" cn.minzheng >/dev/null
jar tf "$out/minzheng.jar" | grep -q '^linux-x86-64/libminzheng.so$'
# Java 8 class files (major version 52) in the jar.
major=$(od -An -j6 -N2 -tu1 "$out/classes/cn/minzheng/Calendar.class" | awk '{print $1 * 256 + $2}')
[ "$major" = 52 ] || { echo "class file version $major, not 52 (Java 8)"; exit 1; }
cp="$out/minzheng.jar:$jna"
javac --release 8 -Xlint:all,-options -cp "$cp:$junit" -d "$out/test-classes" \
  $(find "$here/src/test/java" -name '*.java')
javac --release 8 -Xlint:all -cp "$cp" -d "$out/demo-classes" $(find "$here/src/demo/java" -name '*.java')
# No jna.library.path: the library comes out of the jar.
java -Dminzheng.root="$root" -cp "$cp:$junit:$out/test-classes" org.junit.runner.JUnitCore \
  cn.minzheng.MinzhengTest cn.minzheng.VectorsTest cn.minzheng.CoverageTest
java -cp "$cp:$out/demo-classes" cn.minzheng.demo.Demo "$root/examples/data"
